import type { IsoDate } from "../calendar/index.ts";
import type { Money } from "../money/index.ts";
import type { Actor } from "../workflow/index.ts";

/**
 * A bill line 账单明细 as collection sees it: what was billed, when it falls due and how much of
 * it is paid. Plain data, so the API can build it from the fees area or from the database.
 */
export interface OutstandingLine {
  readonly lineId: string;
  readonly billId: string;
  readonly unitId: string;
  /** The month the line bills, `"YYYY-MM"`. */
  readonly period: string;
  /** The last day to pay on time 缴费截止日; from the next day the line is in arrears (R-FEE-5). */
  readonly dueDate: IsoDate;
  /** What the line bills (应收), never negative. */
  readonly amount: Money;
  /** What has been paid on it so far (实收), net of reversals: 0 ≤ settled ≤ amount. */
  readonly settled: Money;
}

/**
 * The kinds of money movement collection produces. Each names where the money comes from and
 * where it goes, so the unit's prepaid credit 预存款 is Σ `paymentToCredit` − Σ `creditToLine`
 * and a line's settled amount is Σ `paymentToLine` + Σ `creditToLine` (R-FEE-6).
 */
export type CollectionEntryKind = "paymentToLine" | "paymentToCredit" | "creditToLine";

/**
 * One entry of the fee ledger 收费台账 (R-FEE-9): who moved how much, when, why, and between
 * which line and the unit's credit. Entries are never edited; a correction is a new entry of
 * the same kind with the opposite amount that names the entry it `reverses`.
 */
export interface CollectionEntry {
  /** `"<sourceId>/<n>"` for a new movement, `"<entryId>/reversal"` for its reversal. */
  readonly entryId: string;
  /** The payment or credit application the entry belongs to. */
  readonly sourceId: string;
  readonly kind: CollectionEntryKind;
  readonly unitId: string;
  readonly lineId?: string;
  readonly billId?: string;
  /** Positive for a movement, negative for its reversal. */
  readonly amount: Money;
  readonly author: Actor;
  readonly at: Date;
  readonly reason: string;
  /** The entry this one reverses. */
  readonly reverses?: string;
}

/** Who records a money movement, when and why (R-FEE-9). */
export interface MoneyMovementRecord {
  readonly author: Actor;
  readonly at: Date;
  readonly reason: string;
}

/** How much of one line a payment or credit settled. */
export interface LineSettlement {
  readonly lineId: string;
  readonly billId: string;
  readonly period: string;
  readonly dueDate: IsoDate;
  readonly amount: Money;
  readonly outstandingBefore: Money;
  readonly outstandingAfter: Money;
}
