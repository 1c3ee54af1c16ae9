import {
  addDays,
  billingPeriodOf,
  businessDateOf,
  daysInMonth,
  type IsoDate,
  shiftBillingPeriod,
  startOfBusinessDate,
} from "@wuye/domain";

/**
 * The demo estate's "now": every record is dated before it, so the data looks the same whenever
 * it is seeded. Friday 20 November 2026, 10:00 in Shanghai.
 */
export const DEMO_NOW = new Date("2026-11-20T10:00:00+08:00");

/** The demo estates' time zone (R-CAL-1): business dates are read in it. */
export const DEMO_TIME_ZONE = "Asia/Shanghai";

const MINUTE = 60_000;

// Memos only: the domain reads the zone through Intl, which is slow, and the seed asks about the
// same few hundred days hundreds of thousands of times.
const dayStarts = new Map<IsoDate, number>();
const datesByQuarterHour = new Map<number, IsoDate>();
const QUARTER_HOUR = 15 * MINUTE;

/** The instant a Shanghai wall clock reads `hour:minute` on `date`. */
export function instantOn(date: IsoDate, hour: number, minute = 0): Date {
  let start = dayStarts.get(date);
  if (start === undefined) {
    start = startOfBusinessDate(date, DEMO_TIME_ZONE).getTime();
    dayStarts.set(date, start);
  }
  return new Date(start + (hour * 60 + minute) * MINUTE);
}

export function minutesAfter(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * MINUTE);
}

export function hoursAfter(at: Date, hours: number): Date {
  return minutesAfter(at, hours * 60);
}

export function daysAfter(at: Date, days: number): Date {
  return minutesAfter(at, days * 24 * 60);
}

/** The business date of an instant in Shanghai (every zone's midnight falls on a quarter hour). */
export function businessDate(at: Date): IsoDate {
  const bucket = Math.floor(at.getTime() / QUARTER_HOUR);
  let date = datesByQuarterHour.get(bucket);
  if (date === undefined) {
    date = businessDateOf(new Date(bucket * QUARTER_HOUR), DEMO_TIME_ZONE);
    datesByQuarterHour.set(bucket, date);
  }
  return date;
}

/** First day of a billing period `"2026-11"`. */
export function periodFirstDay(period: string): IsoDate {
  return `${period}-01`;
}

/** Last day of a billing period. */
export function periodLastDay(period: string): IsoDate {
  const days = daysInMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)));
  return `${period}-${String(days).padStart(2, "0")}`;
}

/** The `count` billing periods ending with the one that contains `today`, oldest first. */
export function periodsEndingAt(today: IsoDate, count: number): string[] {
  const current = billingPeriodOf(today);
  return Array.from({ length: count }, (_, index) => shiftBillingPeriod(current, index - count + 1));
}

/** R-FEE-4: a month's bills are issued by the month-end run of the month before. */
export function billIssueDate(period: string): IsoDate {
  return addDays(periodFirstDay(period), -1);
}

/** A day of the period, clamped to its length (`28` in February). */
export function dayOfPeriod(period: string, day: number): IsoDate {
  const last = Number(periodLastDay(period).slice(8, 10));
  return `${period}-${String(Math.min(Math.max(day, 1), last)).padStart(2, "0")}`;
}
