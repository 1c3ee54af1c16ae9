import { formatMoney, type Money, subtractMoney, sumMoney } from "../money/index.ts";
import { collectionErrors } from "./errors.ts";
import { entriesOf } from "./ledger.ts";
import { assertLines, assertMovementRecord } from "./lines.ts";
import { settleOldestFirst } from "./settle-lines.ts";
import type { CollectionEntry, LineSettlement, MoneyMovementRecord, OutstandingLine } from "./types.ts";

/** Prepaid credit 预存款 of a unit to be applied to its new bill lines. */
export interface CreditToApply extends MoneyMovementRecord {
  /** The application's id; ledger entries are numbered `<applicationId>/1`, … */
  readonly applicationId: string;
  readonly unitId: string;
  /** The unit's credit balance now, e.g. from `creditBalanceOf(ledger, unitId)`. */
  readonly available: Money;
  readonly lines: readonly OutstandingLine[];
}

/** What credit paid: `applied + remaining === available` exactly. */
export interface CreditApplication {
  readonly applicationId: string;
  readonly unitId: string;
  readonly available: Money;
  readonly settlements: readonly LineSettlement[];
  readonly applied: Money;
  readonly remaining: Money;
  /** One `creditToLine` entry per line paid; their sum is what left the credit. */
  readonly entries: readonly CollectionEntry[];
}

/**
 * R-FEE-6: applies a unit's prepaid credit to its outstanding lines, oldest first (typically
 * right after a new bill is issued). Lines of other units are left alone.
 */
export function applyCredit(credit: CreditToApply): CreditApplication {
  if (credit.available < 0n) {
    throw collectionErrors.COL_NEGATIVE_CREDIT.error(
      { amount: formatMoney(credit.available, { symbol: true }) },
      ["available"],
    );
  }
  assertMovementRecord(credit);
  assertLines(credit.lines);
  const own = credit.lines.filter((line) => line.unitId === credit.unitId);
  const run = settleOldestFirst(own, credit.available);
  const applied = sumMoney(run.settlements.map((s) => s.amount));
  return {
    applicationId: credit.applicationId,
    unitId: credit.unitId,
    available: credit.available,
    settlements: run.settlements,
    applied,
    remaining: subtractMoney(credit.available, applied),
    entries: entriesOf(
      credit.applicationId,
      credit.unitId,
      credit,
      run.settlements.map((line) => ({ kind: "creditToLine", amount: line.amount, line })),
    ),
  };
}
