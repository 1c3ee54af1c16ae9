import { dateOf, elapsedMs, happenedBy, meanDurationOf, periodOf, rateOf, within } from "./measure.ts";
import type { IndicatorScope, MeanDurationIndicator, RateIndicator } from "./types.ts";

/** A valid complaint (R-CMP-2) as the indicators need it. */
export interface ComplaintRecord {
  readonly id: string;
  readonly receivedAt: Date;
  /** The resolution deadline from its severity (R-CMP-4). */
  readonly resolutionDueAt: Date;
  readonly resolvedAt?: Date;
}

/**
 * Complaint on-time rate 投诉处理及时率 (R-QLT-1, R-CMP-4): of the complaints whose resolution
 * deadline fell in the period, the share resolved by it. A complaint still inside its deadline
 * when the indicator is read (`asOf`) is left out rather than counted late.
 */
export function complaintOnTimeRate(
  complaints: readonly ComplaintRecord[],
  scope: IndicatorScope,
): RateIndicator {
  const period = periodOf(scope);
  let numerator = 0;
  let denominator = 0;
  for (const c of complaints) {
    if (!within(period, dateOf(period, c.resolutionDueAt, c.id, "resolutionDueAt"), c.id, "resolutionDueAt"))
      continue;
    const resolved = happenedBy(period, c.resolvedAt) ? c.resolvedAt : undefined;
    if (!resolved && !happenedBy(period, c.resolutionDueAt)) continue; // still inside its deadline
    denominator += 1;
    if (resolved && resolved.getTime() <= c.resolutionDueAt.getTime()) numerator += 1;
  }
  return rateOf(
    "complaintOnTimeRate",
    period,
    ["R-CMP-4"],
    { numerator, denominator },
    {
      en: "No complaint fell due in the period",
      zh: "统计期内没有到期的投诉",
    },
  );
}

/** Mean time to resolve 投诉平均处理时长 (R-QLT-1): over the complaints resolved in the period. */
export function complaintMeanTimeToResolve(
  complaints: readonly ComplaintRecord[],
  scope: IndicatorScope,
): MeanDurationIndicator {
  const period = periodOf(scope);
  const durations = complaints.flatMap((c) => {
    if (!happenedBy(period, c.resolvedAt)) return [];
    if (!within(period, dateOf(period, c.resolvedAt, c.id, "resolvedAt"), c.id, "resolvedAt")) return [];
    return [elapsedMs(c.id, c.receivedAt, c.resolvedAt, ["receivedAt", "resolvedAt"])];
  });
  return meanDurationOf("complaintMeanTimeToResolve", period, ["R-CMP-5"], durations, {
    en: "No complaint was resolved in the period",
    zh: "统计期内没有解决的投诉",
  });
}
