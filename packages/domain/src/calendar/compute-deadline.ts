import { countWorkingDays } from "./count-working-days.ts";
import {
  CALENDAR_DAYS_CALENDAR,
  type Deadline,
  type DeadlineSpec,
  type DeadlineUnit,
  ELAPSED_TIME_CALENDAR,
  MAX_DEADLINE_AMOUNT,
} from "./deadline.ts";
import { calendarErrors } from "./errors.ts";
import { addDays } from "./iso-date.ts";
import { officialCalendar } from "./official-calendar.ts";
import { assertInstant, DEFAULT_TIME_ZONE, instantAtWallClock, wallClockOf } from "./time-zone.ts";
import type { WorkingDayCalendar } from "./working-day-calendar.ts";

/** Options of {@link computeDeadline}. */
export interface DeadlineOptions {
  /** The estate's time zone. @default "Asia/Shanghai" */
  readonly timeZone?: string;
  /** The working-day calendar. @default officialCalendar */
  readonly calendar?: WorkingDayCalendar;
}

const MS_PER_UNIT = { minutes: 60_000, hours: 3_600_000 } as const;

function assertSpec(spec: DeadlineSpec): void {
  const { amount, unit } = spec;
  if (!Object.hasOwn(MAX_DEADLINE_AMOUNT, unit)) {
    throw calendarErrors.CAL_INVALID_UNIT.error({ unit: String(unit) }, ["unit"]);
  }
  if (typeof amount === "number" && amount < 0) {
    throw calendarErrors.CAL_NEGATIVE_AMOUNT.error({ amount: String(amount) }, ["amount"]);
  }
  if (!Number.isInteger(amount)) {
    throw calendarErrors.CAL_NON_INTEGER_AMOUNT.error({ amount: String(amount) }, ["amount"]);
  }
  const max = MAX_DEADLINE_AMOUNT[unit as DeadlineUnit];
  if (amount > max) {
    throw calendarErrors.CAL_AMOUNT_TOO_LARGE.error({ amount: String(amount), unit, max: String(max) }, [
      "amount",
    ]);
  }
}

/**
 * When something received at `from` is due (R-CAL-1):
 * - `minutes`, `hours`: elapsed time, `from` plus the amount;
 * - `calendarDays`: the same wall-clock time that many business dates later;
 * - `workingDays`: the same wall-clock time on the amount-th following working day of the
 *   official calendar (Friday 16:00 + 1 → Monday 16:00, later when Monday is a holiday).
 *   Received on a weekend or holiday, it counts as received at 00:00 of the next working day (so
 *   Saturday + 1 → Tuesday 00:00, i.e. the end of Monday, when both are working days). A day counted in a year the calendar data
 *   does not cover is judged by weekends alone and the deadline is provisional (R-CAL-2).
 */
export function computeDeadline(from: Date, spec: DeadlineSpec, options: DeadlineOptions = {}): Deadline {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const calendar = options.calendar ?? officialCalendar;
  assertInstant(from, ["from"]);
  assertSpec(spec);
  const received = wallClockOf(from, timeZone);
  const result = { from, spec: { amount: spec.amount, unit: spec.unit }, timeZone };

  if (spec.unit === "minutes" || spec.unit === "hours") {
    const due = new Date(from.getTime() + spec.amount * MS_PER_UNIT[spec.unit]);
    assertInstant(due, ["amount"]);
    return { ...result, due, provisional: false, skipped: [], calendar: ELAPSED_TIME_CALENDAR };
  }
  if (spec.unit === "calendarDays") {
    const due = instantAtWallClock(addDays(received.date, spec.amount), received.msOfDay, timeZone);
    return { ...result, due, provisional: false, skipped: [], calendar: CALENDAR_DAYS_CALENDAR };
  }

  const count = countWorkingDays(received.date, spec.amount, calendar);
  const unchanged = count.due === received.date && !count.restartedAtStartOfDay;
  const due = unchanged
    ? from
    : instantAtWallClock(count.due, count.restartedAtStartOfDay ? 0 : received.msOfDay, timeZone);
  return { ...result, due, provisional: count.provisional, skipped: count.skipped, calendar: calendar.name };
}

/** Whether `at` is past the deadline: the due instant itself is still on time. */
export function isOverdue(deadline: Deadline, at: Date): boolean {
  assertInstant(at, ["at"]);
  return at.getTime() > deadline.due.getTime();
}
