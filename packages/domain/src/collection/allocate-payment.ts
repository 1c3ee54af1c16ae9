import type { Refusal } from "../errors/index.ts";
import { formatMoney, type Money, subtractMoney, sumMoney } from "../money/index.ts";
import { collectionErrors } from "./errors.ts";
import { entriesOf } from "./ledger.ts";
import { assertLines, assertMovementRecord, outstandingOf } from "./lines.ts";
import { settleOldestFirst } from "./settle-lines.ts";
import type {
  CollectionEntry,
  CollectionEntryKind,
  LineSettlement,
  MoneyMovementRecord,
  OutstandingLine,
} from "./types.ts";

/** A payment 缴费 received for a unit, to be spread over its bill lines. */
export interface PaymentToAllocate extends MoneyMovementRecord {
  /** The payment's id; ledger entries are numbered `<paymentId>/1`, `<paymentId>/2`, … */
  readonly paymentId: string;
  readonly unitId: string;
  readonly amount: Money;
  /** The unit's bill lines; paid lines may be included and receive nothing. */
  readonly lines: readonly OutstandingLine[];
  /** Lines the payer chose to pay 指定缴费; absent or empty means oldest first. */
  readonly designatedLineIds?: readonly string[];
}

/** Where a payment went: ledger-ready, and `allocated + creditDeposited === payment` exactly. */
export interface PaymentAllocation {
  readonly ok: true;
  readonly paymentId: string;
  readonly unitId: string;
  readonly order: "oldestFirst" | "designated";
  readonly payment: Money;
  readonly settlements: readonly LineSettlement[];
  readonly allocated: Money;
  /** The excess kept as prepaid credit 预存款 on the unit. */
  readonly creditDeposited: Money;
  readonly entries: readonly CollectionEntry[];
}

export type PaymentAllocationResult =
  | PaymentAllocation
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/**
 * R-FEE-6: settles the unit's oldest outstanding lines first (due date, then period, then the
 * order given), or only the lines the payer designated; any excess becomes prepaid credit.
 * Refuses designated lines that are unknown, of another unit or already paid. Throws
 * `COL_NON_POSITIVE_PAYMENT` for a payment of zero or less.
 */
export function allocatePayment(payment: PaymentToAllocate): PaymentAllocationResult {
  if (payment.amount <= 0n) {
    throw collectionErrors.COL_NON_POSITIVE_PAYMENT.error(
      { amount: formatMoney(payment.amount, { symbol: true }) },
      ["amount"],
    );
  }
  assertMovementRecord(payment);
  assertLines(payment.lines);

  const designated = payment.designatedLineIds ?? [];
  let eligible: OutstandingLine[];
  if (designated.length > 0) {
    const chosen = designatedLines(payment, designated);
    if (!chosen.ok) return chosen;
    eligible = chosen.lines;
  } else {
    eligible = payment.lines.filter((line) => line.unitId === payment.unitId);
  }

  const run = settleOldestFirst(eligible, payment.amount);
  const allocated = sumMoney(run.settlements.map((s) => s.amount));
  const creditDeposited = subtractMoney(payment.amount, allocated);
  const movements: { kind: CollectionEntryKind; amount: Money; line?: LineSettlement }[] =
    run.settlements.map((line) => ({ kind: "paymentToLine", amount: line.amount, line }));
  // R-FEE-6: the excess is kept on the unit as prepaid credit, never returned silently.
  if (creditDeposited > 0n) movements.push({ kind: "paymentToCredit", amount: creditDeposited });

  return {
    ok: true,
    paymentId: payment.paymentId,
    unitId: payment.unitId,
    order: designated.length > 0 ? "designated" : "oldestFirst",
    payment: payment.amount,
    settlements: run.settlements,
    allocated,
    creditDeposited,
    entries: entriesOf(payment.paymentId, payment.unitId, payment, movements),
  };
}

function designatedLines(
  payment: PaymentToAllocate,
  designated: readonly string[],
): { ok: true; lines: OutstandingLine[] } | { ok: false; refusals: Refusal[] } {
  const byId = new Map(payment.lines.map((line) => [line.lineId, line]));
  const seen = new Set<string>();
  const refusals: Refusal[] = [];
  const lines: OutstandingLine[] = [];
  designated.forEach((lineId, index) => {
    const path = ["designatedLineIds", String(index)];
    if (seen.has(lineId)) throw collectionErrors.COL_DUPLICATE_LINE.error({ lineId }, path);
    seen.add(lineId);
    const line = byId.get(lineId);
    if (!line) {
      refusals.push(collectionErrors.COL_DESIGNATED_LINE_UNKNOWN.refuse({ lineId }, path));
    } else if (line.unitId !== payment.unitId) {
      refusals.push(
        collectionErrors.COL_DESIGNATED_LINE_OTHER_UNIT.refuse(
          { lineId, lineUnitId: line.unitId, unitId: payment.unitId },
          path,
        ),
      );
    } else if (outstandingOf(line) <= 0n) {
      refusals.push(collectionErrors.COL_DESIGNATED_LINE_SETTLED.refuse({ lineId }, path));
    } else {
      lines.push(line);
    }
  });
  return refusals.length > 0 ? { ok: false, refusals } : { ok: true, lines };
}
