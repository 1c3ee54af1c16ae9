import { daysInMonth, type IsoDate } from "../calendar/index.ts";
import { feeErrors } from "./errors.ts";
import { readDate } from "./input.ts";
import type { BillingPeriod } from "./types.ts";

/** A billing period 账期 with its calendar facts worked out once. */
export interface BillingMonth {
  readonly period: BillingPeriod;
  readonly year: number;
  readonly month: number;
  readonly days: number;
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  /** Months since year 0, so periods compare and step by integer arithmetic. */
  readonly index: number;
}

const PERIOD = /^(\d{4})-(\d{2})$/;

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function monthOfIndex(index: number): BillingMonth {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (year < 1 || year > 9999) {
    throw feeErrors.FEE_INVALID_PERIOD.error({ period: `${year}-${pad(month, 2)}` }, ["period"]);
  }
  const days = daysInMonth(year, month);
  const period = `${pad(year, 4)}-${pad(month, 2)}`;
  return { period, year, month, days, firstDay: `${period}-01`, lastDay: `${period}-${pad(days, 2)}`, index };
}

/** R-FEE-3: reads a billing period `"2026-11"`; anything else is `FEE_INVALID_PERIOD`. */
export function billingMonth(period: BillingPeriod): BillingMonth {
  const match = typeof period === "string" ? PERIOD.exec(period) : null;
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || year < 1 || month < 1 || month > 12) {
    throw feeErrors.FEE_INVALID_PERIOD.error({ period: String(period) }, ["period"]);
  }
  return monthOfIndex(year * 12 + month - 1);
}

/** The billing period a business date falls in: `"2026-11-21"` → `"2026-11"`. */
export function billingPeriodOf(date: IsoDate): BillingPeriod {
  return readDate(date, "Date", ["date"]).slice(0, 7);
}

/** The period `count` months after `period` (before it when negative): the next bill is `shiftBillingPeriod(p, 1)`. */
export function shiftBillingPeriod(period: BillingPeriod, count: number): BillingPeriod {
  if (!Number.isSafeInteger(count))
    throw feeErrors.FEE_INVALID_PERIOD.error({ period: String(count) }, ["count"]);
  return monthOfIndex(billingMonth(period).index + count).period;
}

/** The month `count` months after `month`. */
export function monthAfter(month: BillingMonth, count: number): BillingMonth {
  return monthOfIndex(month.index + count);
}

/** Day of month of a validated business date. */
export function dayOfMonth(date: IsoDate): number {
  return Number(date.slice(8, 10));
}

/**
 * Whole calendar months from `from` to `to` (R-FEE-11: "vacant six months or more"): 05-15 to
 * 11-15 is 6, to 11-14 is 5. A later `from` gives a negative count.
 */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  const fromIndex = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7));
  const toIndex = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  const months = toIndex - fromIndex;
  return dayOfMonth(to) < dayOfMonth(from) ? months - 1 : months;
}
