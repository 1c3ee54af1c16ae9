import data from "chinese-days/dist/chinese-days.json" with { type: "json" };
import dataPackage from "chinese-days/package.json" with { type: "json" };
import type { IsoDate } from "./iso-date.ts";
import {
  createWorkingDayCalendar,
  type DayClassification,
  type WorkingDayCalendar,
} from "./working-day-calendar.ts";

/**
 * The official mainland working-day calendar 法定节假日与调休安排 (R-CAL-1), from the State
 * Council's yearly notices as maintained in the `chinese-days` package. Upgrading the package
 * brings in the next year once it is published (R-CAL-2).
 */
export const officialCalendar: WorkingDayCalendar = createWorkingDayCalendar({
  source: `chinese-days ${dataPackage.version}`,
  holidays: data.holidays,
  workdays: data.workdays,
});

/** Whether a business date is a working day, and why (R-CAL-1; provisional outside the data, R-CAL-2). */
export function classifyDate(
  date: IsoDate,
  calendar: WorkingDayCalendar = officialCalendar,
): DayClassification {
  return calendar.classify(date);
}
