/**
 * Calendar 日历与期限 (R-CAL-1, R-CAL-2): business dates in the estate's time zone, the official
 * mainland working-day calendar, and deadlines in minutes, hours, calendar days or working days.
 */
export { computeDeadline, type DeadlineOptions, isOverdue } from "./compute-deadline.ts";
export {
  type Deadline,
  type DeadlineSpec,
  type DeadlineStanding,
  type DeadlineState,
  type DeadlineUnit,
  deadlineStanding,
  MAX_DEADLINE_AMOUNT,
  type SkippedDay,
} from "./deadline.ts";
export { calendarErrors } from "./errors.ts";
export {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  type IsoDate,
  isIsoDate,
  isoWeekdayOf,
} from "./iso-date.ts";
export { classifyDate, officialCalendar } from "./official-calendar.ts";
export { businessDateOf, DEFAULT_TIME_ZONE, startOfBusinessDate } from "./time-zone.ts";
export {
  createWorkingDayCalendar,
  type DayClassification,
  type DayReason,
  type WorkingDayCalendar,
  type WorkingDayCalendarData,
} from "./working-day-calendar.ts";
