import { type Money, minMoney, subtractMoney, ZERO_MONEY } from "../money/index.ts";
import { oldestFirst, outstandingOf } from "./lines.ts";
import type { LineSettlement, OutstandingLine } from "./types.ts";

/** What an amount settled across lines, and what is left of it. */
export interface SettlementRun {
  readonly settlements: readonly LineSettlement[];
  readonly left: Money;
}

/**
 * R-FEE-6: pours `amount` into `lines` oldest first; each line takes at most what it still owes,
 * so an older line is always paid in full before a newer one receives anything.
 */
export function settleOldestFirst(lines: readonly OutstandingLine[], amount: Money): SettlementRun {
  const settlements: LineSettlement[] = [];
  let left = amount;
  for (const line of oldestFirst(lines)) {
    if (left <= 0n) break;
    const owed = outstandingOf(line);
    if (owed <= 0n) continue;
    const paid = minMoney(owed, left);
    left = subtractMoney(left, paid);
    settlements.push({
      lineId: line.lineId,
      billId: line.billId,
      period: line.period,
      dueDate: line.dueDate,
      amount: paid,
      outstandingBefore: owed,
      outstandingAfter: subtractMoney(owed, paid),
    });
  }
  return { settlements, left: left < 0n ? ZERO_MONEY : left };
}
