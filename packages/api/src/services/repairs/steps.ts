import {
  advanceRepair,
  type RepairAction,
  type RepairActionData,
  type RepairOrder,
  type RepairStep,
  repairWorkflow,
} from "@wuye/domain";
import { staffRolesFor } from "../../auth/index.ts";
import { visibleRepairOrders } from "../../auth/visibility.ts";
import { recordTransition, type WuyeTx } from "../../db/index.ts";
import { NotFoundError } from "../../errors/index.ts";
import { accepted, callDomain, type GlobalId, idOf, type ServiceContext, writeStep } from "../support.ts";
import {
  domainRepairOrder,
  type RepairDetails,
  repairColumnsOf,
  repairDetailsOf,
  repairJson,
  repairPolicyOf,
} from "./records.ts";
import { repairActorOf } from "./register.ts";

/**
 * One step of a repair order 维修单 (R-REP-1…5): load the order the viewer may see, rebuild the
 * domain's order, let `advanceRepair` decide, then write the new state, its history line and
 * whatever the step keeps beside it (a quote, a return visit) in one transaction, and publish
 * the change once it has committed.
 */

/** What every step's input carries. */
export interface RepairStepInput {
  readonly repairOrderId: GlobalId;
  readonly expectedVersion?: number | null;
}

const ORDER_PATH = ["input", "repairOrderId"];

/** The order as stored, with its estate's policy and its unit's handover date. */
export async function loadRepairOrder(sc: ServiceContext, globalId: GlobalId) {
  const id = idOf(globalId, "RepairOrder", "repair order", ORDER_PATH);
  const row = await sc.prisma.repairOrder.findFirst({
    where: { id, AND: [visibleRepairOrders(sc.viewer)] },
    include: {
      estate: { select: { timeZone: true, policy: true } },
      unit: { select: { handoverDate: true } },
    },
  });
  if (!row) throw new NotFoundError("repair order", ORDER_PATH);
  return {
    row,
    order: domainRepairOrder(row),
    details: repairDetailsOf(row),
    policy: repairPolicyOf(row.estate),
  };
}

export type LoadedRepairOrder = Awaited<ReturnType<typeof loadRepairOrder>>;

export interface RepairStepOptions<A extends RepairAction> {
  readonly action: A;
  /** The action's data, built from the loaded order (may refuse, e.g. an unknown price item). */
  readonly data: (loaded: LoadedRepairOrder) => RepairActionData[A] | Promise<RepairActionData[A]>;
  /** Rows kept beside the flow, written in the same transaction (a quote, a return visit). */
  readonly alongside?: (
    tx: WuyeTx,
    loaded: LoadedRepairOrder,
    step: Extract<RepairStep<A>, { ok: true }>,
  ) => Promise<unknown>;
}

/** The result of a step: the order's id, and the domain's order after it. */
export interface RepairStepResult {
  readonly repairOrderId: string;
  readonly order: RepairOrder;
}

export async function stepRepairOrder<A extends RepairAction>(
  sc: ServiceContext,
  input: RepairStepInput,
  options: RepairStepOptions<A>,
): Promise<RepairStepResult> {
  const loaded = await loadRepairOrder(sc, input.repairOrderId);
  const { row, order, details, policy } = loaded;
  const actor = repairActorOf(sc.viewer, row, staffRolesFor(repairWorkflow, options.action));
  const data = await options.data(loaded);
  const step = accepted(
    callDomain(() => advanceRepair(order, { action: options.action, actor, at: sc.now, data }, policy)),
  ) as Extract<RepairStep<A>, { ok: true }>;
  const changes = {
    ...callDomain(() => repairColumnsOf(step.order, details, policy, sc.now)),
    // When the current round's technician was assigned (cleared when a second repair reopens it).
    assignedAt: step.order.technician ? (options.action === "assign" ? sc.now : row.assignedAt) : null,
  };
  await writeStep("repair order", () =>
    sc.prisma.$transaction(async (tx) => {
      await recordTransition(tx, {
        recordId: row.id,
        event: {
          ...step.event,
          workflow: "repair",
          ...(step.event.data === undefined ? {} : { data: repairJson(step.event.data) }),
        },
        ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
        changes,
      });
      await options.alongside?.(tx, loaded, step);
    }),
  );
  publishRepairChange(sc, row.estateId, row.id, details, step.event);
  return { repairOrderId: row.id, order: step.order };
}

/** After the commit: tell subscribers (the estate's staff, and whoever filed the order). */
function publishRepairChange(
  sc: ServiceContext,
  estateId: string,
  recordId: string,
  details: RepairDetails,
  event: { action: string; from: string; to: string; at: Date },
): void {
  sc.pubsub.publish("workflow:status", estateId, {
    workflow: "repair",
    recordId,
    estateId,
    action: event.action,
    from: event.from,
    to: event.to,
    at: event.at.toISOString(),
    filedByUserId: details.filedByUserId ?? null,
  });
}
