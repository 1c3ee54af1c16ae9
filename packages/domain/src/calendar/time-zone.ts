import { calendarErrors } from "./errors.ts";
import { epochDayOf, type IsoDate, isoDateOfEpochDay, MS_PER_DAY } from "./iso-date.ts";

/** The estates' default time zone (R-CAL-1): mainland China, UTC+8 all year since 1992. */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

/** Where an instant falls on the estate's wall clock: its business date and time since local midnight. */
export interface WallClock {
  readonly date: IsoDate;
  /** Milliseconds since local midnight of `date` as the wall clock shows it. */
  readonly msOfDay: number;
}

// Instants are kept to years 0001–9999 so business dates always print as YYYY-MM-DD.
// A day of margin either side leaves room for any zone's offset.
const EARLIEST_INSTANT = epochDayOf("0001-01-02") * MS_PER_DAY;
const LATEST_INSTANT = epochDayOf("9999-12-30") * MS_PER_DAY;

// A memo only: building an Intl formatter is slow, and the same few zones are asked for again.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const known = formatters.get(timeZone);
  if (known) return known;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    throw calendarErrors.CAL_INVALID_TIME_ZONE.error({ timeZone: String(timeZone) }, ["timeZone"]);
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/** Throws `CAL_INVALID_TIME_ZONE` unless `timeZone` is an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  if (typeof timeZone !== "string") {
    throw calendarErrors.CAL_INVALID_TIME_ZONE.error({ timeZone: String(timeZone) }, ["timeZone"]);
  }
  formatterFor(timeZone);
}

/** Throws `CAL_INVALID_INSTANT` unless `instant` is a valid `Date` within years 0001–9999. */
export function assertInstant(instant: Date, path: readonly string[] = ["instant"]): void {
  const time = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(time) || time < EARLIEST_INSTANT || time > LATEST_INSTANT) {
    const shown = instant instanceof Date && !Number.isNaN(time) ? instant.toISOString() : String(instant);
    throw calendarErrors.CAL_INVALID_INSTANT.error({ instant: shown }, path);
  }
}

/** Wall-clock reading in `timeZone`, as milliseconds since 1970-01-01T00:00 on that wall clock. */
function wallTimeOf(time: number, timeZone: string): number {
  const field: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(time)) {
    if (part.type !== "literal") field[part.type] = Number(part.value);
  }
  const midnight = new Date(0);
  midnight.setUTCFullYear(field.year ?? Number.NaN, (field.month ?? Number.NaN) - 1, field.day);
  const subSecond = ((time % 1000) + 1000) % 1000; // Intl drops milliseconds
  return (
    midnight.getTime() +
    (field.hour ?? 0) * 3_600_000 +
    (field.minute ?? 0) * 60_000 +
    (field.second ?? 0) * 1000 +
    subSecond
  );
}

function offsetAt(time: number, timeZone: string): number {
  return wallTimeOf(time, timeZone) - time;
}

/** The business date and local time of day of `instant` in `timeZone`. */
export function wallClockOf(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): WallClock {
  assertInstant(instant);
  assertTimeZone(timeZone);
  const wall = wallTimeOf(instant.getTime(), timeZone);
  const epochDay = Math.floor(wall / MS_PER_DAY);
  return { date: isoDateOfEpochDay(epochDay, ["instant"]), msOfDay: wall - epochDay * MS_PER_DAY };
}

/**
 * The business date 业务日期 of an instant in the estate's time zone (R-CAL-1): 23:30 in Beijing on
 * 20 November is 20 November even though it is 15:30 UTC, and 00:30 on 21 November is the 21st
 * although UTC still reads the 20th.
 */
export function businessDateOf(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): IsoDate {
  return wallClockOf(instant, timeZone).date;
}

/**
 * The instant the wall clock of `timeZone` reads `msOfDay` on `date`. Offsets come from `Intl`.
 * Where a clock change makes that reading ambiguous the earlier instant wins, and where it skips
 * the reading the clock is read forward by the gap (as Temporal's "compatible" choice does).
 */
export function instantAtWallClock(
  date: IsoDate,
  msOfDay: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): Date {
  assertTimeZone(timeZone);
  const wall = epochDayOf(date) * MS_PER_DAY + msOfDay;
  // Offsets never exceed ±1 day, so a day either side brackets any clock change around `wall`.
  const offsetBefore = offsetAt(wall - MS_PER_DAY, timeZone);
  const offsetAfter = offsetAt(wall + MS_PER_DAY, timeZone);
  const withBefore = wall - offsetBefore;
  if (offsetBefore === offsetAfter) return new Date(withBefore);
  const withAfter = wall - offsetAfter;
  const beforeFits = offsetAt(withBefore, timeZone) === offsetBefore;
  const afterFits = offsetAt(withAfter, timeZone) === offsetAfter;
  if (beforeFits && afterFits) return new Date(Math.min(withBefore, withAfter));
  if (afterFits) return new Date(withAfter);
  return new Date(withBefore); // fits alone, or the reading was skipped: read forward by the gap
}

/** 00:00 local on a business date, as an instant (the start of that business day). */
export function startOfBusinessDate(date: IsoDate, timeZone: string = DEFAULT_TIME_ZONE): Date {
  return instantAtWallClock(date, 0, timeZone);
}
