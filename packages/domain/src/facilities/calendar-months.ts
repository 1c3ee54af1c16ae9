import { addDays, daysInMonth, type IsoDate, isIsoDate } from "../calendar/index.ts";
import { facilityErrors } from "./errors.ts";

/**
 * The same day `months` months later (earlier when negative), kept inside the month: 31 January
 * plus one month is 28 (or 29) February, so a monthly plan never skips a short month.
 * Plain calendar arithmetic; no working-day calendar is consulted.
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  if (!isIsoDate(date)) throw facilityErrors.FAC_INVALID_DATE.error({ date: String(date) }, ["date"]);
  if (!Number.isInteger(months)) {
    throw facilityErrors.FAC_INVALID_PERIOD.error({ period: String(months) }, ["months"]);
  }
  const [yearText = "", monthText = "", dayText = ""] = date.split("-");
  const monthIndex = Number(yearText) * 12 + (Number(monthText) - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const day = Math.min(Number(dayText), daysInMonth(year, month));
  const first = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
  return addDays(first, day - 1);
}
