import {
  type CollectionLadderPolicy,
  type DueDatePolicy,
  type FeePolicy,
  type LateChargePolicy,
  type Money,
  parseMoney,
  type ReminderPolicy,
} from "@wuye/domain";
import { dateColumn, isoOf } from "../estate-dates.ts";

/**
 * Conversions between the database's columns and the domain's plain values for the money areas:
 * `date` columns ⇄ business dates `YYYY-MM-DD`, `Decimal` ⇄ exact `Money`, and an estate's policy
 * JSON ⇄ the domain's policy objects. Nothing here decides a rule.
 */

/** Anything Prisma returns for a `Decimal` column. */
export interface DecimalLike {
  toFixed(decimalPlaces: number): string;
}

// One definition of the date-column conversions, re-exported for the fee and collection services.
export { dateColumn, isoOf };

/** A money column as exact `Money` (two decimals in the database, so nothing is lost). */
export function moneyOf(value: DecimalLike): Money {
  return parseMoney(value.toFixed(2));
}

/** A `Decimal(14,4)` unit price as published: at least two decimals, trailing zeros dropped. */
export function priceTextOf(value: DecimalLike): string {
  const [whole, decimals = ""] = value.toFixed(4).split(".");
  return `${whole}.${decimals.replace(/0+$/, "").padEnd(2, "0")}`;
}

/** A reading or quantity without trailing zeros: `1240.000` → `1240`, `12.500` → `12.5`. */
export function decimalTextOf(value: DecimalLike, places: number): string {
  const text = value.toFixed(places);
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

/** The billing period `YYYY-MM` of a period's first day. */
export function periodOf(periodStart: Date): string {
  return isoOf(periodStart).slice(0, 7);
}

/**
 * What an estate's `policy` JSON says about money (absent settings take the domain's documented
 * defaults): `fees` is the fee area's `FeePolicy` (R-FEE-2/3, R-FEE-11, R-HND-3); `collection`
 * holds the due date and reminders (R-FEE-5), late charges (R-FEE-7, money as decimal strings)
 * and the collection ladder's pace (R-FEE-10).
 */
export interface EstateMoneyPolicy {
  readonly fees: Partial<FeePolicy>;
  readonly dueDate?: DueDatePolicy;
  readonly reminders?: ReminderPolicy;
  readonly lateCharges: Partial<LateChargePolicy>;
  readonly ladder: Partial<CollectionLadderPolicy>;
  readonly timeZone: string;
}

interface StoredCollectionPolicy {
  readonly dueDate?: DueDatePolicy;
  readonly reminders?: ReminderPolicy;
  readonly lateCharges?: Partial<Omit<LateChargePolicy, "capAmount">> & { readonly capAmount?: string };
  readonly ladder?: Partial<CollectionLadderPolicy>;
}

export interface StoredMoneyPolicy {
  readonly fees?: Partial<FeePolicy>;
  readonly collection?: StoredCollectionPolicy;
}

export function moneyPolicyOf(policy: unknown, timeZone: string): EstateMoneyPolicy {
  const stored = (policy && typeof policy === "object" ? policy : {}) as StoredMoneyPolicy;
  const collection = stored.collection ?? {};
  const { capAmount, ...lateCharges } = collection.lateCharges ?? {};
  return {
    fees: stored.fees ?? {},
    ...(collection.dueDate ? { dueDate: collection.dueDate } : {}),
    ...(collection.reminders ? { reminders: collection.reminders } : {}),
    lateCharges: { ...lateCharges, ...(capAmount === undefined ? {} : { capAmount: parseMoney(capAmount) }) },
    ladder: { timeZone, ...collection.ladder },
    timeZone,
  };
}
