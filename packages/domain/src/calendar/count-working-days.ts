import type { SkippedDay } from "./deadline.ts";
import { addDays, type IsoDate } from "./iso-date.ts";
import type { DayClassification, WorkingDayCalendar } from "./working-day-calendar.ts";

/** Where working-day counting ended. */
export interface WorkingDayCount {
  /** The business date the deadline falls on. */
  readonly due: IsoDate;
  /** True when counting began at the start of `due`'s first working day (received on a day off). */
  readonly restartedAtStartOfDay: boolean;
  readonly skipped: readonly SkippedDay[];
  readonly provisional: boolean;
}

function skippedDay(day: DayClassification): SkippedDay {
  return {
    date: day.date,
    reason: day.reason === "publicHoliday" ? "publicHoliday" : "weekend",
    ...(day.name ? { name: day.name } : {}),
    ...(day.nameZh ? { nameZh: day.nameZh } : {}),
  };
}

/**
 * Counts `amount` working days from a receipt on business date `received` (R-CAL-1):
 * - received on a working day, the deadline is the `amount`-th following working day;
 * - received on a day off, it counts as received at the start of the next working day, and the
 *   days off passed over are reported as skipped.
 * Any day examined in a year the calendar does not cover makes the result provisional (R-CAL-2).
 */
export function countWorkingDays(
  received: IsoDate,
  amount: number,
  calendar: WorkingDayCalendar,
): WorkingDayCount {
  const skipped: SkippedDay[] = [];
  let provisional = false;
  const examine = (date: IsoDate): DayClassification => {
    const day = calendar.classify(date);
    if (day.provisional) provisional = true;
    if (!day.working) skipped.push(skippedDay(day));
    return day;
  };

  let date = received;
  let restartedAtStartOfDay = false;
  while (!examine(date).working) {
    date = addDays(date, 1);
    restartedAtStartOfDay = true;
  }
  for (let remaining = amount; remaining > 0; ) {
    date = addDays(date, 1);
    if (examine(date).working) remaining--;
  }
  return { due: date, restartedAtStartOfDay, skipped, provisional };
}
