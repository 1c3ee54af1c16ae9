import type { IsoDate } from "../calendar/index.ts";
import { periodOf, rateOf, within } from "./measure.ts";
import type { IndicatorScope, RateIndicator } from "./types.ts";

/** An emergency plan 应急预案 in force (R-EMG-1). */
export interface EmergencyPlanRecord {
  readonly id: string;
  readonly type: string;
}

/** A drill 演练 held for a plan (R-EMG-2). */
export interface DrillRecord {
  readonly planId: string;
  readonly heldOn: IsoDate;
}

/**
 * Drill coverage 演练覆盖率 (R-QLT-1, R-EMG-2): the share of the estate's emergency plans drilled
 * at least once in the period; also lists the plans not drilled.
 */
export function drillCoverageIndicator(
  plans: readonly EmergencyPlanRecord[],
  drills: readonly DrillRecord[],
  scope: IndicatorScope,
): RateIndicator & { readonly undrilledPlanIds: readonly string[] } {
  const period = periodOf(scope);
  const drilled = new Set(
    drills.filter((d) => within(period, d.heldOn, d.planId, "heldOn")).map((d) => d.planId),
  );
  const planIds = [...new Set(plans.map((p) => p.id))];
  const rate = rateOf(
    "drillCoverage",
    period,
    ["R-EMG-2"],
    { numerator: planIds.filter((id) => drilled.has(id)).length, denominator: planIds.length },
    { en: "The estate has no emergency plan", zh: "本项目没有应急预案" },
  );
  return { ...rate, undrilledPlanIds: planIds.filter((id) => !drilled.has(id)) };
}
