import { addDays, addMonths, daysBetween, type IsoDate } from "../calendar/index.ts";
import { facilityErrors } from "./errors.ts";
import { resolveFacilityPolicy } from "./policy.ts";
import { requireFacilityDate } from "./text.ts";
import type { FacilityPolicy, MaintenancePeriod, MaintenancePlan, MaintenanceStatus } from "./types.ts";

const PERIOD_STEP: Readonly<Record<MaintenancePeriod, { days?: number; months?: number }>> = {
  daily: { days: 1 },
  weekly: { days: 7 },
  monthly: { months: 1 },
  quarterly: { months: 3 },
  yearly: { months: 12 },
};

/**
 * The next due date of periodic maintenance (R-FAC-2): one period after the last done date.
 * Months are calendar months kept inside the month (done 31 January → due 28/29 February).
 */
export function nextMaintenanceDue(period: MaintenancePeriod, lastDoneOn: IsoDate): IsoDate {
  const step = Object.hasOwn(PERIOD_STEP, period) ? PERIOD_STEP[period] : undefined;
  if (!step) throw facilityErrors.FAC_INVALID_PERIOD.error({ period: String(period) }, ["period"]);
  requireFacilityDate(lastDoneOn, "lastDoneOn");
  return step.months === undefined ? addDays(lastDoneOn, step.days ?? 0) : addMonths(lastDoneOn, step.months);
}

/**
 * Where a maintenance plan stands on `today` (R-FAC-2): the next due date follows from the last
 * done date (the plan's start date until it is first done); past it, plus the policy's grace
 * days, the maintenance is flagged overdue.
 */
export function maintenanceStatus(
  plan: MaintenancePlan,
  today: IsoDate,
  policy: Partial<FacilityPolicy> = {},
): MaintenanceStatus {
  const { maintenanceGraceDays } = resolveFacilityPolicy(policy);
  requireFacilityDate(today, "today");
  requireFacilityDate(plan.startsOn, "startsOn");
  const nextDueOn =
    plan.lastDoneOn === undefined ? plan.startsOn : nextMaintenanceDue(plan.period, plan.lastDoneOn);
  const daysPastDue = Math.max(0, daysBetween(nextDueOn, today));
  return {
    planId: plan.id,
    period: plan.period,
    ...(plan.lastDoneOn === undefined ? {} : { lastDoneOn: plan.lastDoneOn }),
    nextDueOn,
    overdue: daysPastDue > maintenanceGraceDays,
    daysPastDue,
    rule: "R-FAC-2",
  };
}

/** The plans whose maintenance is overdue on `today`, most overdue first (R-FAC-2). */
export function listOverdueMaintenance(
  plans: readonly MaintenancePlan[],
  today: IsoDate,
  policy: Partial<FacilityPolicy> = {},
): readonly MaintenanceStatus[] {
  return plans
    .map((plan) => maintenanceStatus(plan, today, policy))
    .filter((status) => status.overdue)
    .sort((a, b) => b.daysPastDue - a.daysPastDue);
}
