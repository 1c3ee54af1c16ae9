import type { IsoDate } from "./iso-date.ts";

/** How a deadline 期限 is stated: elapsed minutes or hours, calendar days 自然日, or working days 工作日. */
export type DeadlineUnit = "minutes" | "hours" | "calendarDays" | "workingDays";

/** A deadline as the procedures state it, e.g. `{ amount: 3, unit: "workingDays" }`. */
export interface DeadlineSpec {
  readonly amount: number;
  readonly unit: DeadlineUnit;
}

/** A day that working-day counting passed over, and why. */
export interface SkippedDay {
  readonly date: IsoDate;
  readonly reason: "weekend" | "publicHoliday";
  /** The holiday, e.g. "National Day". */
  readonly name?: string;
  /** The holiday in Chinese, e.g. "国庆节". */
  readonly nameZh?: string;
}

/** A computed deadline: when something is due, and how that was worked out (R-CAL-1). */
export interface Deadline {
  readonly from: Date;
  /** The last instant that is still on time. */
  readonly due: Date;
  readonly spec: DeadlineSpec;
  readonly timeZone: string;
  /** R-CAL-2: some day counted lies in a year the data does not cover. */
  readonly provisional: boolean;
  /** What working-day counting skipped and why (empty for the other units). */
  readonly skipped: readonly SkippedDay[];
  /** Which calendar data was used, e.g. "chinese-days 1.5.7 (2004–2026)". */
  readonly calendar: string;
}

/** Largest amount accepted per unit: about a hundred years, far past any procedure. */
export const MAX_DEADLINE_AMOUNT: Readonly<Record<DeadlineUnit, number>> = {
  minutes: 36_525 * 24 * 60,
  hours: 36_525 * 24,
  calendarDays: 36_525,
  workingDays: 36_525,
};

/** `Deadline.calendar` for units that need no holiday data. */
export const ELAPSED_TIME_CALENDAR = "elapsed time (no holiday data needed)";
export const CALENDAR_DAYS_CALENDAR = "calendar days (no holiday data needed)";

/** Where a deadline stands: still open, missed and still open, or met on time or late. */
export type DeadlineState = "pending" | "overdue" | "metOnTime" | "metLate";

export interface DeadlineStanding {
  readonly state: DeadlineState;
  /** How far past `due` the step was met, or is now while still open; 0 when on time. */
  readonly lateByMs: number;
}

/**
 * Where a deadline stands at `at`, given when (if ever) the step was met. An open step stays
 * overdue until it is met: a deadline never quietly lapses.
 */
export function deadlineStanding(deadline: Deadline, at: Date, metAt?: Date): DeadlineStanding {
  const due = deadline.due.getTime();
  if (metAt !== undefined) {
    const lateByMs = Math.max(0, metAt.getTime() - due);
    return { state: lateByMs > 0 ? "metLate" : "metOnTime", lateByMs };
  }
  const lateByMs = Math.max(0, at.getTime() - due);
  return { state: lateByMs > 0 ? "overdue" : "pending", lateByMs };
}
