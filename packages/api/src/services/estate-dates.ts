import { addDays, businessDateOf, type IsoDate, startOfBusinessDate } from "@wuye/domain";

/**
 * Business dates 业务日期 at the boundary of the estate areas (occupancy, access, community,
 * indicators): GraphQL's `Date` and Prisma's `date` columns are JS `Date`s at UTC midnight, the
 * domain's business dates are `"YYYY-MM-DD"` strings in the estate's time zone (R-CAL-1).
 */

/** The business date a `Date` scalar or `date` column holds. */
export function isoOf(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** A business date as a `date` column value. */
export function dateColumn(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** Records in force on `day` (a `date` column value): started, and not ended (an end date is inclusive). */
export function inForceOn(day: Date) {
  return { startDate: { lte: day }, OR: [{ endDate: null }, { endDate: { gte: day } }] };
}

/** Today in the estate's time zone, as a `date` column value. */
export function todayColumn(now: Date, timeZone?: string): Date {
  return dateColumn(businessDateOf(now, timeZone));
}

/** Today in the estate's time zone. */
export function todayIn(now: Date, timeZone: string): IsoDate {
  return businessDateOf(now, timeZone);
}

/** The instants of one business day in the estate's zone: `[start, end)`. */
export function dayWindow(date: IsoDate, timeZone: string): { gte: Date; lt: Date } {
  return { gte: startOfBusinessDate(date, timeZone), lt: startOfBusinessDate(addDays(date, 1), timeZone) };
}

/** The instants of a period of business dates, both ends included: `[from 00:00, to + 1 00:00)`. */
export function periodWindow(from: IsoDate, to: IsoDate, timeZone: string): { gte: Date; lt: Date } {
  return { gte: startOfBusinessDate(from, timeZone), lt: startOfBusinessDate(addDays(to, 1), timeZone) };
}

/** An estate's policy for one area (`estate.policy.occupancy`…), or nothing. */
export function areaPolicy<T>(policy: unknown, area: string): Partial<T> {
  const value = (policy as Record<string, unknown> | null | undefined)?.[area];
  return value && typeof value === "object" ? (value as Partial<T>) : {};
}
