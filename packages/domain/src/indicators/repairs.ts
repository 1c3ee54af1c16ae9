import {
  dateOf,
  elapsedMs,
  happenedBy,
  invalidRecord,
  meanDurationOf,
  periodOf,
  rateOf,
  within,
} from "./measure.ts";
import type { IndicatorScope, MeanDurationIndicator, RateIndicator } from "./types.ts";

/** A repair order 维修单 as the indicators need it (R-REP-1…5). */
export interface RepairRecord {
  readonly id: string;
  readonly requestedAt: Date;
  /** When the request was answered (R-REP-1). */
  readonly answeredAt?: Date;
  /** When the owner accepted the repair (R-REP-4). */
  readonly completedAt?: Date;
  /** Second repairs after an unsatisfied return visit (R-REP-5). @default 0 */
  readonly repeatRepairs?: number;
  /** Withdrawn requests are not counted. */
  readonly cancelled?: boolean;
}

export interface RepairIndicatorPolicy {
  /** R-REP-1: a request is answered within this many minutes. @default 15 */
  readonly responseTargetMinutes: number;
}

export const DEFAULT_REPAIR_INDICATOR_POLICY: RepairIndicatorPolicy = { responseTargetMinutes: 15 };

function requestedInPeriod(records: readonly RepairRecord[], scope: IndicatorScope) {
  const period = periodOf(scope);
  const requests = records.filter(
    (r) =>
      !r.cancelled && within(period, dateOf(period, r.requestedAt, r.id, "requestedAt"), r.id, "requestedAt"),
  );
  return { period, requests };
}

/**
 * Repair response time 报修响应时长 (R-QLT-1, R-REP-1): the mean time from request to answer over
 * the period's answered requests, the share answered within the target, and how many await an answer.
 */
export function repairMeanResponseTime(
  repairs: readonly RepairRecord[],
  scope: IndicatorScope,
  policy: RepairIndicatorPolicy = DEFAULT_REPAIR_INDICATOR_POLICY,
): MeanDurationIndicator & { readonly withinTarget: RateIndicator; readonly unanswered: number } {
  const { period, requests } = requestedInPeriod(repairs, scope);
  const answered = requests.flatMap((r) =>
    happenedBy(period, r.answeredAt)
      ? [elapsedMs(r.id, r.requestedAt, r.answeredAt, ["requestedAt", "answeredAt"])]
      : [],
  );
  const targetMs = policy.responseTargetMinutes * 60_000;
  const empty = { en: "No repair request of the period was answered", zh: "统计期内没有已响应的报修" };
  const withinTarget = rateOf(
    "repairMeanResponseTime",
    period,
    ["R-REP-1"],
    { numerator: answered.filter((ms) => ms <= targetMs).length, denominator: answered.length },
    empty,
  );
  return {
    ...meanDurationOf("repairMeanResponseTime", period, ["R-REP-1"], answered, empty),
    withinTarget,
    unanswered: requests.length - answered.length,
  };
}

/**
 * Repair completion rate 维修完成率 (R-QLT-1, R-REP-2/4): of the requests received in the period,
 * the share completed (accepted by the owner) by the end of the period, or by `asOf` if earlier.
 */
export function repairCompletionRate(repairs: readonly RepairRecord[], scope: IndicatorScope): RateIndicator {
  const { period, requests } = requestedInPeriod(repairs, scope);
  const completed = requests.filter(
    (r) =>
      happenedBy(period, r.completedAt) && dateOf(period, r.completedAt, r.id, "completedAt") <= period.to,
  );
  return rateOf(
    "repairCompletionRate",
    period,
    ["R-REP-2", "R-REP-4"],
    {
      numerator: completed.length,
      denominator: requests.length,
    },
    { en: "No repair request was received in the period", zh: "统计期内没有受理报修" },
  );
}

/**
 * Repeat-repair rate 返修率 (R-QLT-1, R-REP-5): of the repairs completed in the period, the share
 * that needed a second repair after the return visit.
 */
export function repeatRepairRate(repairs: readonly RepairRecord[], scope: IndicatorScope): RateIndicator {
  const period = periodOf(scope);
  const completed = repairs.filter(
    (r) =>
      !r.cancelled &&
      happenedBy(period, r.completedAt) &&
      within(period, dateOf(period, r.completedAt, r.id, "completedAt"), r.id, "completedAt"),
  );
  for (const r of completed) {
    const repeats = r.repeatRepairs ?? 0;
    if (!Number.isSafeInteger(repeats) || repeats < 0) {
      throw invalidRecord(
        r.id,
        `repeatRepairs must be a whole number of at least 0 (got ${repeats})`,
        `二次维修次数须为不小于 0 的整数（${repeats}）`,
      );
    }
  }
  const repeated = completed.filter((r) => (r.repeatRepairs ?? 0) > 0).length;
  return rateOf(
    "repeatRepairRate",
    period,
    ["R-REP-5"],
    { numerator: repeated, denominator: completed.length },
    {
      en: "No repair was completed in the period",
      zh: "统计期内没有完成的维修",
    },
  );
}
