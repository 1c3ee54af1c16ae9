import { calendarErrors } from "./errors.ts";

/** A business date 业务日期 `"YYYY-MM-DD"`, read in the estate's time zone (R-CAL-1). */
export type IsoDate = string;

export const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** A date split into its fields, already checked to exist. */
export interface DateFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function monthLength(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** True when `value` is a real date written `YYYY-MM-DD` with a year from 0001 to 9999. */
export function isIsoDate(value: unknown): value is IsoDate {
  return fieldsOrUndefined(value) !== undefined;
}

function fieldsOrUndefined(value: unknown): DateFields | undefined {
  if (typeof value !== "string") return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return undefined;
  return { year, month, day };
}

/** Splits a business date, throwing `CAL_INVALID_DATE` for anything that is not a real date. */
export function dateFields(date: IsoDate, path: readonly string[] = ["date"]): DateFields {
  const fields = fieldsOrUndefined(date);
  if (!fields) throw calendarErrors.CAL_INVALID_DATE.error({ date: String(date) }, path);
  return fields;
}

/** Days since 1970-01-01 (negative before). `setUTCFullYear` keeps years 1–99 out of the 1900s. */
export function epochDayOf(date: IsoDate, path?: readonly string[]): number {
  const { year, month, day } = dateFields(date, path);
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month - 1, day);
  return midnight.getTime() / MS_PER_DAY;
}

/** The business date `epochDay` days after 1970-01-01; `CAL_INVALID_DATE` outside 0001–9999. */
export function isoDateOfEpochDay(epochDay: number, path: readonly string[] = ["date"]): IsoDate {
  const utc = new Date(epochDay * MS_PER_DAY);
  const year = utc.getUTCFullYear();
  const text = `${String(year).padStart(4, "0")}-${pad2(utc.getUTCMonth() + 1)}-${pad2(utc.getUTCDate())}`;
  if (Number.isNaN(year) || year < 1 || year > 9999) {
    throw calendarErrors.CAL_INVALID_DATE.error({ date: Number.isNaN(year) ? "out of range" : text }, path);
  }
  return text;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

/** Plain calendar arithmetic: the date `days` later (earlier when negative); no calendar consulted. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) {
    throw calendarErrors.CAL_NON_INTEGER_AMOUNT.error({ amount: String(days) }, ["days"]);
  }
  return isoDateOfEpochDay(epochDayOf(date) + days, ["days"]);
}

/**
 * The same day `months` later (earlier when negative); a day the target month lacks becomes its
 * last day (2026-11-30 + 3 months → 2027-02-28; 31 January + 1 month → end of February), the
 * usual reading of "three months after" and what keeps a monthly plan from skipping short months.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) {
    throw calendarErrors.CAL_NON_INTEGER_AMOUNT.error({ amount: String(months) }, ["months"]);
  }
  const { year, month, day } = dateFields(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  if (targetYear < 1 || targetYear > 9999) {
    throw calendarErrors.CAL_INVALID_DATE.error({ date: `${targetYear}-${pad2(targetMonth)}` }, ["months"]);
  }
  const targetDay = Math.min(day, monthLength(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, "0")}-${pad2(targetMonth)}-${pad2(targetDay)}`;
}

/** `to − from` in days: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDayOf(to, ["to"]) - epochDayOf(from, ["from"]);
}

/** Number of days in `month` (1–12) of `year` (1–9999), leap years included. */
export function daysInMonth(year: number, month: number): number {
  const validYear = Number.isInteger(year) && year >= 1 && year <= 9999;
  const validMonth = Number.isInteger(month) && month >= 1 && month <= 12;
  if (!validYear || !validMonth) {
    throw calendarErrors.CAL_INVALID_MONTH.error(
      { year: String(year), month: String(month) },
      validYear ? ["month"] : ["year"],
    );
  }
  return monthLength(year, month);
}

/** ISO weekday of a business date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  const weekday = (((epochDayOf(date) + 3) % 7) + 7) % 7;
  return weekday + 1;
}
