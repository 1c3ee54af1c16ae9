import type { Refusal } from "../errors/index.ts";
import { formatMoney, negateMoney } from "../money/index.ts";
import { collectionErrors } from "./errors.ts";
import { creditBalanceOf } from "./ledger.ts";
import { assertMovementRecord } from "./lines.ts";
import type { CollectionEntry, MoneyMovementRecord } from "./types.ts";

export type CollectionReversalResult =
  | { readonly ok: true; readonly entry: CollectionEntry }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/**
 * R-FEE-9: corrects a ledger entry the only allowed way, with a new entry of the same kind and
 * the opposite amount that names the one it reverses (冲销), by its own author, time and reason.
 * `ledger` is the unit's entries so far: it shows whether the entry was already reversed and,
 * for credit, whether the credit is still there to take back.
 */
export function reverseCollectionEntry(
  entry: CollectionEntry,
  record: MoneyMovementRecord,
  ledger: readonly CollectionEntry[],
): CollectionReversalResult {
  assertMovementRecord(record);
  const refusals: Refusal[] = [];
  if (entry.reverses !== undefined) {
    refusals.push(collectionErrors.COL_REVERSAL_OF_REVERSAL.refuse({ entryId: entry.entryId }));
  }
  const earlier = ledger.find((e) => e.reverses === entry.entryId);
  if (earlier) {
    refusals.push(
      collectionErrors.COL_ALREADY_REVERSED.refuse({ entryId: entry.entryId, reversalId: earlier.entryId }),
    );
  }
  if (record.at.getTime() < entry.at.getTime()) {
    refusals.push(collectionErrors.COL_REVERSAL_BEFORE_ENTRY.refuse({ entryId: entry.entryId }, ["at"]));
  }
  if (entry.kind === "paymentToCredit" && refusals.length === 0) {
    // R-FEE-6: credit already spent on bills cannot be taken back without first undoing those bills.
    const balance = creditBalanceOf(ledger, entry.unitId);
    if (balance < entry.amount) {
      refusals.push(
        collectionErrors.COL_CREDIT_ALREADY_SPENT.refuse({
          entryId: entry.entryId,
          amount: formatMoney(entry.amount, { symbol: true }),
          balance: formatMoney(balance, { symbol: true }),
        }),
      );
    }
  }
  if (refusals.length > 0) return { ok: false, refusals };
  return {
    ok: true,
    entry: {
      entryId: `${entry.entryId}/reversal`,
      sourceId: entry.sourceId,
      kind: entry.kind,
      unitId: entry.unitId,
      ...(entry.lineId === undefined ? {} : { lineId: entry.lineId }),
      ...(entry.billId === undefined ? {} : { billId: entry.billId }),
      amount: negateMoney(entry.amount),
      author: record.author,
      at: record.at,
      reason: record.reason,
      reverses: entry.entryId,
    },
  };
}
