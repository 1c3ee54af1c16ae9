import { addMonths, type IsoDate, isIsoDate } from "../calendar/index.ts";
import { emergencyErrors } from "./errors.ts";
import { resolveEmergencyPolicy } from "./policy.ts";
import type {
  DrillCoverage,
  EmergencyDrill,
  EmergencyPlan,
  EmergencyPolicy,
  PlanDrillStatus,
} from "./types.ts";

function requireDate(value: IsoDate, path: string): IsoDate {
  if (!isIsoDate(value)) throw emergencyErrors.EMG_INVALID_DATE.error({ date: String(value) }, [path]);
  return value;
}

/**
 * Drill coverage on `asOf` (R-EMG-2): a plan is covered while its last drill is within the
 * policy period (12 months by default, per type if set) — through the same day of the month
 * that many months later. Drills dated after `asOf` are planned, not held, and do not count.
 */
export function drillCoverage(
  plans: readonly EmergencyPlan[],
  drills: readonly EmergencyDrill[],
  asOf: IsoDate,
  policy: Partial<EmergencyPolicy> = {},
): DrillCoverage {
  const { drillPeriodMonths, drillPeriodMonthsByType } = resolveEmergencyPolicy(policy);
  requireDate(asOf, "asOf");
  const planIds = new Set(plans.map((plan) => plan.id));
  const lastDrill = new Map<string, IsoDate>();
  const unmatchedDrills: string[] = [];
  for (const drill of drills) {
    requireDate(drill.heldOn, "heldOn");
    if (!planIds.has(drill.planId)) {
      unmatchedDrills.push(drill.id);
      continue;
    }
    const known = lastDrill.get(drill.planId);
    if (drill.heldOn <= asOf && (known === undefined || drill.heldOn > known))
      lastDrill.set(drill.planId, drill.heldOn);
  }
  const statuses: PlanDrillStatus[] = plans.map((plan) => {
    const periodMonths = drillPeriodMonthsByType[plan.type] ?? drillPeriodMonths;
    const lastDrillOn = lastDrill.get(plan.id);
    if (lastDrillOn === undefined) return { planId: plan.id, type: plan.type, periodMonths, covered: false };
    const coveredUntil = addMonths(lastDrillOn, periodMonths);
    return {
      planId: plan.id,
      type: plan.type,
      periodMonths,
      lastDrillOn,
      coveredUntil,
      covered: asOf <= coveredUntil,
    };
  });
  const coveredCount = statuses.filter((s) => s.covered).length;
  return {
    asOf,
    plans: statuses,
    coveredCount,
    planCount: plans.length,
    ratio: plans.length === 0 ? null : coveredCount / plans.length,
    uncovered: statuses.filter((s) => !s.covered).map((s) => s.planId),
    unmatchedDrills,
    rule: "R-EMG-2",
  };
}
