import { daysInMonth, type IsoDate, isIsoDate } from "../calendar/index.ts";
import { renovationErrors } from "./errors.ts";

/** Throws `REN_INVALID_DATE` unless `value` is a real `YYYY-MM-DD` date. */
export function assertRenovationDate(value: unknown, path: readonly string[]): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw renovationErrors.REN_INVALID_DATE.error({ field: path.join("."), value: String(value) }, path);
  }
}

/**
 * The same day `months` later; a day the target month lacks becomes its last day
 * (2026-11-30 + 3 months → 2027-02-28), the usual reading of "three months after".
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  assertRenovationDate(date, ["date"]);
  const [year = 0, month = 0, day = 0] = date.split("-").map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, "0")}-${pad2(targetMonth)}-${pad2(targetDay)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}
