import { addDays, daysBetween, type IsoDate } from "../calendar/index.ts";
import { assertRenovationDate } from "./dates.ts";
import {
  DEFAULT_RENOVATION_POLICY,
  type RenovationInspectingDepartment,
  type RenovationPolicy,
} from "./policy.ts";

/** One department's daily round of an active site 装修巡查记录 (R-REN-7). */
export interface RenovationSiteInspection {
  readonly renovationId: string;
  readonly date: IsoDate;
  readonly department: RenovationInspectingDepartment;
  readonly inspector: string;
  readonly findings?: string;
}

/** A day on which a department did not inspect an active site. */
export interface MissedRenovationInspection {
  readonly date: IsoDate;
  readonly department: RenovationInspectingDepartment;
}

/**
 * R-REN-7: each department inspects every active site every day (weekends and holidays too:
 * work goes on). Lists the missing rounds from `activeFrom` through `activeThrough`, by date then
 * department; inspections of other renovations are ignored.
 */
export function missedRenovationInspections(
  site: { readonly renovationId: string; readonly activeFrom: IsoDate; readonly activeThrough: IsoDate },
  inspections: readonly RenovationSiteInspection[],
  policy: RenovationPolicy = DEFAULT_RENOVATION_POLICY,
): readonly MissedRenovationInspection[] {
  assertRenovationDate(site.activeFrom, ["activeFrom"]);
  assertRenovationDate(site.activeThrough, ["activeThrough"]);
  const done = new Set(
    inspections.filter((i) => i.renovationId === site.renovationId).map((i) => `${i.date}|${i.department}`),
  );
  const missed: MissedRenovationInspection[] = [];
  const days = daysBetween(site.activeFrom, site.activeThrough);
  for (let offset = 0; offset <= days; offset++) {
    const date = addDays(site.activeFrom, offset);
    for (const department of policy.dailyInspectionDepartments) {
      if (!done.has(`${date}|${department}`)) missed.push({ date, department });
    }
  }
  return missed;
}
