import { addMoney, type Money, subtractMoney, ZERO_MONEY } from "../money/index.ts";
import type { CollectionEntry, CollectionEntryKind, LineSettlement, MoneyMovementRecord } from "./types.ts";

/** Builds the ledger entries of one source (payment or credit application), numbered from 1. */
export function entriesOf(
  sourceId: string,
  unitId: string,
  record: MoneyMovementRecord,
  movements: readonly { kind: CollectionEntryKind; amount: Money; line?: LineSettlement }[],
): CollectionEntry[] {
  return movements.map(({ kind, amount, line }, index) => ({
    entryId: `${sourceId}/${index + 1}`,
    sourceId,
    kind,
    unitId,
    ...(line ? { lineId: line.lineId, billId: line.billId } : {}),
    amount,
    author: record.author,
    at: record.at,
    reason: record.reason,
  }));
}

/**
 * The unit's prepaid credit 预存款 according to a ledger: what payments put in minus what credit
 * settled, reversals included (their amounts are negative). R-FEE-6.
 */
export function creditBalanceOf(entries: readonly CollectionEntry[], unitId: string): Money {
  let balance = ZERO_MONEY;
  for (const entry of entries) {
    if (entry.unitId !== unitId) continue;
    if (entry.kind === "paymentToCredit") balance = addMoney(balance, entry.amount);
    else if (entry.kind === "creditToLine") balance = subtractMoney(balance, entry.amount);
  }
  return balance;
}

/** What a ledger says was paid on one line, from payments and credit, reversals included. */
export function settledOnLine(entries: readonly CollectionEntry[], lineId: string): Money {
  let settled = ZERO_MONEY;
  for (const entry of entries) {
    if (entry.lineId === lineId && (entry.kind === "paymentToLine" || entry.kind === "creditToLine")) {
      settled = addMoney(settled, entry.amount);
    }
  }
  return settled;
}
