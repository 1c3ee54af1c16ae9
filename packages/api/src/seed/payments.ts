import {
  type Actor,
  addMoney,
  allocatePayment,
  applyCredit,
  type CollectionEntry,
  formatMoney,
  type Money,
  type OutstandingLine,
  subtractMoney,
  sumMoney,
} from "@wuye/domain";
import type { BillStatus, PaymentMethod } from "../generated/prisma/enums.ts";
import type { TrackedBill, TrackedLine } from "./billing.ts";
import { businessDate, minutesAfter } from "./clock.ts";
import { actorOf, type SeedContext } from "./context.ts";
import { type PaymentIntent, paymentIntents, paymentReference } from "./payment-habits.ts";
import { segmentOn, type UnitLife } from "./residents.ts";
import { writeWorkflowEvent } from "./workflow-events.ts";

/** What a unit's account looked like over time: kept for the stories that need it later. */
export interface UnitAccount {
  readonly unitId: string;
  readonly lines: readonly TrackedLine[];
  /** Every amount settled on a line, when. */
  readonly settlements: readonly { readonly lineId: string; readonly at: Date; readonly amount: Money }[];
  /** Prepaid credit left today. */
  readonly credit: Money;
}

const METHODS: readonly (readonly [PaymentMethod, number])[] = [
  ["wechatPay", 45],
  ["alipay", 25],
  ["bankTransfer", 10],
  ["bankCard", 10],
  ["cash", 10],
];

/**
 * R-FEE-5/6/9: each unit's payments over the window, by its owner's habit — monthly, a quarter or
 * a year ahead, late, or not at all — allocated by the domain's `allocatePayment` (oldest line
 * first, the excess kept as prepaid credit) and, when a new bill arrives, `applyCredit`. Every
 * movement is a ledger row with its author, time and reason. Bills get their final status.
 */
export function writeChunkPayments(
  ctx: SeedContext,
  lives: readonly UnitLife[],
  billsByUnit: ReadonlyMap<string, TrackedBill[]>,
): Map<string, UnitAccount> {
  const accounts = new Map<string, UnitAccount>();
  for (const life of lives) {
    const bills = billsByUnit.get(life.plan.id);
    if (!bills || bills.length === 0) continue;
    accounts.set(life.plan.id, simulateUnit(ctx, life, bills));
  }
  return accounts;
}

function simulateUnit(ctx: SeedContext, life: UnitLife, bills: readonly TrackedBill[]): UnitAccount {
  const random = ctx.random.fork(`pay:${life.plan.index}`);
  const method = random.weighted(METHODS);
  const cashier = actorOf(life.estate.staff.cashier);
  const ordered = [...bills].sort(
    (a, b) => a.issuedAt.getTime() - b.issuedAt.getTime() || (a.period < b.period ? -1 : 1),
  );
  const lines: TrackedLine[] = [];
  const lineById = new Map<string, TrackedLine>();
  const settlements: { lineId: string; at: Date; amount: Money }[] = [];
  const states = new Map(
    ordered.map((bill) => [bill.billId, { bill, status: "issued" as BillStatus, version: 0 }]),
  );
  let credit = 0n as Money;

  const intents = paymentIntents(ctx, life, ordered, random);
  type Step = { at: Date; bill?: TrackedBill; intent?: PaymentIntent };
  const steps: Step[] = [
    ...ordered.map((bill): Step => ({ at: bill.issuedAt, bill })),
    ...intents.filter((intent) => intent.at < ctx.now).map((intent): Step => ({ at: intent.at, intent })),
  ].sort((a: Step, b: Step) => a.at.getTime() - b.at.getTime() || (a.bill ? 0 : 1) - (b.bill ? 0 : 1));

  const outstanding = (): TrackedLine[] => lines.filter((line) => line.settled < line.amount);
  const owed = (filter?: (line: TrackedLine) => boolean) =>
    sumMoney(
      outstanding()
        .filter((line) => !filter || filter(line))
        .map((line) => subtractMoney(line.amount, line.settled)),
    );
  // Money settled on lines moves their bills along issued → partially paid → paid, each change a
  // `bill` step in the history as the API's ledger writes it (R-QLT-2).
  const settle = (entries: readonly CollectionEntry[], at: Date, action: string, data: unknown) => {
    const touched = new Set<string>();
    for (const entry of entries) {
      const line = entry.lineId ? lineById.get(entry.lineId) : undefined;
      if (!line) continue;
      line.settled = addMoney(line.settled, entry.amount);
      settlements.push({ lineId: line.lineId, at, amount: entry.amount });
      touched.add(line.billId);
    }
    for (const billId of touched) {
      const state = states.get(billId)!;
      const paid = sumMoney(state.bill.lines.map((line) => line.settled));
      const status: BillStatus = paid <= 0n ? "issued" : paid < state.bill.total ? "partiallyPaid" : "paid";
      if (status === state.status) continue;
      writeWorkflowEvent(ctx.writer, ctx.ids, billId, {
        workflow: "bill",
        action,
        from: state.status,
        to: status,
        actor: cashier,
        at,
        data,
      });
      state.status = status;
      state.version += 1;
    }
  };

  for (const step of steps) {
    if (step.bill) {
      for (const line of step.bill.lines) {
        lines.push(line);
        lineById.set(line.lineId, line);
      }
      if (credit > 0n) {
        credit = spendCredit(ctx, life, cashier, credit, outstanding(), minutesAfter(step.at, 5), settle);
      }
      continue;
    }
    const rule = step.intent!.rule;
    let amount: Money;
    let reason = PAYMENT_REASON;
    switch (rule.kind) {
      case "exact":
        amount = rule.amount;
        reason = rule.reason;
        break;
      case "inAdvance":
        amount = addMoney(owed(), rule.extra);
        break;
      case "dueBy":
        amount = owed((line) => line.dueDate <= rule.date);
        break;
      default:
        amount = owed();
    }
    if (amount <= 0n) continue;
    const paymentId = ctx.ids.next();
    const result = allocatePayment({
      paymentId,
      unitId: life.plan.id,
      amount,
      lines: outstanding(),
      author: cashier,
      at: step.at,
      reason,
    });
    if (!result.ok)
      throw new Error(`seed: payment refused (${result.refusals.map((r) => r.code).join(", ")})`);
    const payer = segmentOn(life, businessDate(step.at))?.owner ?? life.owner;
    ctx.writer.add("Payment", {
      id: paymentId,
      estateId: life.estate.id,
      unitId: life.plan.id,
      amount: formatMoney(amount),
      method,
      reference: paymentReference(method, random),
      payerName: payer?.name ?? null,
      receivedAt: step.at,
      reason,
      reversalOfId: null,
      createdById: cashier.id,
      createdAt: step.at,
    });
    for (const entry of result.entries) {
      if (entry.kind === "paymentToLine") {
        ctx.writer.add("PaymentAllocation", {
          id: ctx.ids.next(),
          billLineId: entry.lineId!,
          paymentId,
          creditEntryId: null,
          amount: formatMoney(entry.amount),
          reason: entry.reason,
          reversalOfId: null,
          createdById: cashier.id,
          createdAt: step.at,
        });
      } else if (entry.kind === "paymentToCredit") {
        // R-FEE-6: the excess stays on the unit as prepaid credit 预存款.
        ctx.writer.add("CreditEntry", {
          id: ctx.ids.next(),
          unitId: life.plan.id,
          direction: "credit",
          amount: formatMoney(entry.amount),
          paymentId,
          billLineId: null,
          reason: `${reason} — 预存 (prepaid credit)`,
          reversalOfId: null,
          createdById: cashier.id,
          createdAt: step.at,
        });
        credit = addMoney(credit, entry.amount);
      }
    }
    settle(result.entries, step.at, "pay", { paymentId, rules: ["R-FEE-6"] });
  }

  for (const bill of ordered) {
    const state = states.get(bill.billId)!;
    const last = settlements.filter((s) => lineById.get(s.lineId)?.billId === bill.billId).at(-1);
    ctx.writer.add("Bill", {
      ...bill.row,
      status: state.status,
      version: state.version,
      updatedAt: last?.at ?? bill.issuedAt,
    });
  }
  return { unitId: life.plan.id, lines, settlements, credit };
}

/** The reasons the API's money desk writes (R-FEE-9: every movement says why). */
const PAYMENT_REASON = "缴纳物业费 (fees paid)";
const CREDIT_REASON = "预存款抵扣 (prepaid credit applied)";

/** R-FEE-6: prepaid credit pays the new lines, oldest first; each use is a debit and an allocation. */
function spendCredit(
  ctx: SeedContext,
  life: UnitLife,
  cashier: Actor,
  available: Money,
  lines: readonly OutstandingLine[],
  at: Date,
  settle: (entries: readonly CollectionEntry[], at: Date, action: string, data: unknown) => void,
): Money {
  const application = applyCredit({
    applicationId: ctx.ids.next(),
    unitId: life.plan.id,
    available,
    lines,
    author: cashier,
    at,
    reason: CREDIT_REASON,
  });
  for (const entry of application.entries) {
    const debitId = ctx.ids.next();
    ctx.writer.add("CreditEntry", {
      id: debitId,
      unitId: life.plan.id,
      direction: "debit",
      amount: formatMoney(entry.amount),
      paymentId: null,
      billLineId: entry.lineId!,
      reason: entry.reason,
      reversalOfId: null,
      createdById: cashier.id,
      createdAt: at,
    });
    ctx.writer.add("PaymentAllocation", {
      id: ctx.ids.next(),
      billLineId: entry.lineId!,
      paymentId: null,
      creditEntryId: debitId,
      amount: formatMoney(entry.amount),
      reason: entry.reason,
      reversalOfId: null,
      createdById: cashier.id,
      createdAt: at,
    });
  }
  settle(application.entries, at, "applyCredit", { applied: application.applied, rules: ["R-FEE-6"] });
  return application.remaining;
}
