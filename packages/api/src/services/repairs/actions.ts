import {
  formatMoney,
  quoteRepair,
  type RepairCause,
  type RepairQuoteLineInput,
  type RepairTechnician,
} from "@wuye/domain";
import type { WuyeTx } from "../../db/index.ts";
import { NotFoundError, ValidationError } from "../../errors/index.ts";
import { inForceOn, todayColumn } from "../estate-dates.ts";
import { accepted, callDomain, type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { repairPriceListOf, repairWarrantyFor } from "./records.ts";
import { type LoadedRepairOrder, type RepairStepInput, stepRepairOrder } from "./steps.ts";

/**
 * The business actions on a repair order, one per mutation: each names the domain action and
 * builds its data (the technician from the roster, the warranty decision from the unit's
 * handover, the quote from the estate's price list). The domain decides; `stepRepairOrder` writes.
 */

/** R-REP-1: answered, deciding whether someone goes on site at once. */
export function respondToRepair(sc: ServiceContext, input: RepairStepInput & { onSiteNow: boolean }) {
  return stepRepairOrder(sc, input, { action: "respond", data: () => ({ onSiteNow: input.onSiteNow }) });
}

/** A technician of the estate: an engineering assignment in force today, with its trades. */
export async function findRepairTechnician(
  sc: ServiceContext,
  estateId: string,
  technicianId: GlobalId,
  path: readonly string[],
): Promise<RepairTechnician> {
  const userId = idOf(technicianId, "RepairTechnician", "technician", path);
  const estate = await sc.prisma.estate.findUniqueOrThrow({
    where: { id: estateId },
    select: { timeZone: true },
  });
  const today = todayColumn(sc.now, estate.timeZone);
  const assignments = await sc.prisma.staffAssignment.findMany({
    where: {
      userId,
      estateId,
      role: "engineering",
      user: { active: true },
      ...inForceOn(today),
    },
    select: { trades: true, user: { select: { name: true } } },
  });
  const first = assignments[0];
  if (!first) throw new NotFoundError("technician", path);
  return { id: userId, name: first.user.name, trades: [...new Set(assignments.flatMap((a) => a.trades))] };
}

/** R-REP-2: a technician of the repair's trade (the domain refuses another trade). */
export function assignRepair(sc: ServiceContext, input: RepairStepInput & { technicianId: GlobalId }) {
  return stepRepairOrder(sc, input, {
    action: "assign",
    data: async ({ row }) => ({
      technician: await findRepairTechnician(sc, row.estateId, input.technicianId, ["input", "technicianId"]),
    }),
  });
}

/** The warranty decision for the order, or why there is none to make. */
function decidedWarranty({ row, policy }: LoadedRepairOrder, cause: RepairCause | null | undefined) {
  return callDomain(() => repairWarrantyFor(row, row.unit?.handoverDate, policy, cause ?? undefined));
}

/** R-REP-3: within warranty, free, with the plan agreed with the owner. */
export function agreeFreeRepairPlan(
  sc: ServiceContext,
  input: RepairStepInput & { plan: string; cause?: RepairCause | null },
) {
  return stepRepairOrder(sc, input, {
    action: "agreeFreePlan",
    data: (loaded) => {
      const warranty = decidedWarranty(loaded, input.cause);
      if (!warranty) {
        throw new ValidationError([
          {
            path: ["input", "repairOrderId"],
            message: "The warranty cannot be decided: the order has no unit with a handover date",
          },
        ]);
      }
      return { warranty, plan: input.plan };
    },
  });
}

/**
 * R-REP-3: outside warranty, priced from the estate's published list (labour + materials, each
 * line explained), with the reason; the warranty decision goes along when one can be made, so
 * the domain refuses to charge for work the warranty covers.
 */
export function quoteRepairWork(
  sc: ServiceContext,
  input: RepairStepInput & {
    lines: readonly RepairQuoteLineInput[];
    reason: string;
    cause?: RepairCause | null;
  },
) {
  return stepRepairOrder(sc, input, {
    action: "quote",
    data: (loaded) => {
      const { list } = repairPriceListOf(loaded.row.estate.policy);
      const priced = accepted(callDomain(() => quoteRepair(list, input.lines)));
      const warranty = decidedWarranty(loaded, input.cause);
      return { quote: priced.quote, reason: input.reason, ...(warranty ? { warranty } : {}) };
    },
    alongside: (tx, { row }, step) => {
      const coverage = step.order.coverage;
      if (coverage?.kind !== "paid") return Promise.resolve();
      return tx.repairQuote.create({
        data: {
          repairOrderId: row.id,
          labour: formatMoney(coverage.quote.labour),
          materials: formatMoney(coverage.quote.materials),
          total: formatMoney(coverage.quote.total),
          explanation: coverage.quote.explanation.zh,
          quotedAt: sc.now,
          quotedById: step.event.actor.id,
        },
      });
    },
  });
}

/** The open quote's decision, kept on its row beside the flow. */
function decideOpenQuote(decision: "accepted" | "declined", sc: ServiceContext) {
  return (tx: WuyeTx, loaded: LoadedRepairOrder) =>
    tx.repairQuote.updateMany({
      where: { repairOrderId: loaded.row.id, decision: null },
      data: { decision, decidedAt: sc.now },
    });
}

/** R-REP-3: the owner of the unit accepts the quote (or customer service records it). */
export function acceptRepairQuote(sc: ServiceContext, input: RepairStepInput) {
  return stepRepairOrder(sc, input, {
    action: "acceptQuote",
    data: () => undefined,
    alongside: decideOpenQuote("accepted", sc),
  });
}

/** R-REP-3: the owner declines: no paid work, the order is withdrawn. */
export function declineRepairQuote(sc: ServiceContext, input: RepairStepInput & { reason: string }) {
  return stepRepairOrder(sc, input, {
    action: "declineQuote",
    data: () => ({ reason: input.reason }),
    alongside: decideOpenQuote("declined", sc),
  });
}

/** R-REP-3: work starts; paid work only once the owner has accepted the quote. */
export function startRepair(sc: ServiceContext, input: RepairStepInput) {
  return stepRepairOrder(sc, input, { action: "start", data: () => undefined });
}

/** R-REP-2: done, with what was done. */
export function completeRepair(sc: ServiceContext, input: RepairStepInput & { workDone: string }) {
  return stepRepairOrder(sc, input, { action: "complete", data: () => ({ workDone: input.workDone }) });
}

/** R-REP-4: the owner and the technician check and sign together. */
export function acceptRepairJointly(
  sc: ServiceContext,
  input: RepairStepInput & { ownerSignature: string; technicianSignature: string },
) {
  return stepRepairOrder(sc, input, {
    action: "acceptJointly",
    data: () => ({ ownerSignature: input.ownerSignature, technicianSignature: input.technicianSignature }),
  });
}

/** R-REP-4: the joint check finds the work unfinished; it goes back in progress. */
export function rejectRepairAtAcceptance(sc: ServiceContext, input: RepairStepInput & { defects: string }) {
  return stepRepairOrder(sc, input, {
    action: "rejectAtAcceptance",
    data: () => ({ defects: input.defects }),
  });
}

/**
 * R-REP-5: the return visit 回访, 1 to 3 days after completion: satisfied closes the order;
 * dissatisfied reopens it for a second repair 二次维修 (the repeat count goes up). The visit is
 * kept as a record of its own.
 */
export function returnVisitRepair(
  sc: ServiceContext,
  input: RepairStepInput & { satisfied: boolean; comment?: string | null },
) {
  const visit = {
    alongside: (tx: WuyeTx, loaded: LoadedRepairOrder, step: { event: { actor: { id: string } } }) =>
      tx.repairReturnVisit.create({
        data: {
          repairOrderId: loaded.row.id,
          visitedAt: sc.now,
          visitorId: step.event.actor.id,
          satisfied: input.satisfied,
          comment: input.comment ?? null,
        },
      }),
  };
  return input.satisfied
    ? stepRepairOrder(sc, input, {
        action: "returnVisitSatisfied",
        data: () => (input.comment ? { comment: input.comment } : {}),
        ...visit,
      })
    : stepRepairOrder(sc, input, {
        action: "returnVisitDissatisfied",
        data: () => ({ complaint: input.comment ?? "" }),
        ...visit,
      });
}

/** The request is withdrawn before work starts (the reporter, or customer service). */
export function withdrawRepair(sc: ServiceContext, input: RepairStepInput & { reason: string }) {
  return stepRepairOrder(sc, input, { action: "withdraw", data: () => ({ reason: input.reason }) });
}
