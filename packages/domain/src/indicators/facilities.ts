import type { IsoDate } from "../calendar/index.ts";
import { dateOf, periodOf, rateOf, within } from "./measure.ts";
import type { IndicatorScope, RateIndicator } from "./types.ts";

/** A planned maintenance task 维保任务 (R-FAC-2). */
export interface MaintenanceTaskRecord {
  readonly id: string;
  readonly dueOn: IsoDate;
  readonly doneOn?: IsoDate;
}

/** A scheduled patrol round 巡检 (R-FAC-3): the route's checkpoints and those actually visited. */
export interface PatrolRoundRecord {
  readonly id: string;
  readonly scheduledOn: IsoDate;
  readonly checkpoints: readonly string[];
  readonly visited: readonly string[];
}

/**
 * Maintenance on-time rate 维保及时率 (R-QLT-1, R-FAC-2): of the tasks due in the period, the share
 * done by their due date. A task not yet due on the `asOf` date is left out.
 */
export function maintenanceOnTimeRate(
  tasks: readonly MaintenanceTaskRecord[],
  scope: IndicatorScope,
): RateIndicator {
  const period = periodOf(scope);
  const today = period.asOf ? dateOf(period, period.asOf, "asOf", "asOf") : undefined;
  let numerator = 0;
  let denominator = 0;
  for (const task of tasks) {
    if (!within(period, task.dueOn, task.id, "dueOn")) continue;
    const done =
      task.doneOn !== undefined && (today === undefined || task.doneOn <= today) ? task.doneOn : undefined;
    // Still open on its due date: it can yet be done on time.
    if (done === undefined && today !== undefined && task.dueOn >= today) continue;
    denominator += 1;
    if (done !== undefined && done <= task.dueOn) numerator += 1;
  }
  return rateOf(
    "maintenanceOnTimeRate",
    period,
    ["R-FAC-2"],
    { numerator, denominator },
    {
      en: "No maintenance task fell due in the period",
      zh: "统计期内没有到期的维保任务",
    },
  );
}

/**
 * Patrol completeness 巡检完整率 (R-QLT-1, R-FAC-3): over the rounds scheduled in the period,
 * checkpoints visited ÷ checkpoints scheduled (each checkpoint counted once per round). Also
 * counts the rounds in which no checkpoint was visited at all.
 */
export function patrolCompleteness(
  rounds: readonly PatrolRoundRecord[],
  scope: IndicatorScope,
): RateIndicator & { readonly missedRounds: number } {
  const period = periodOf(scope);
  let numerator = 0;
  let denominator = 0;
  let missedRounds = 0;
  for (const round of rounds) {
    if (!within(period, round.scheduledOn, round.id, "scheduledOn")) continue;
    const planned = new Set(round.checkpoints);
    const visited = new Set(round.visited.filter((checkpoint) => planned.has(checkpoint)));
    denominator += planned.size;
    numerator += visited.size;
    if (planned.size > 0 && visited.size === 0) missedRounds += 1;
  }
  const rate = rateOf(
    "patrolCompleteness",
    period,
    ["R-FAC-3"],
    { numerator, denominator },
    {
      en: "No patrol checkpoint was scheduled in the period",
      zh: "统计期内没有计划巡检点",
    },
  );
  return { ...rate, missedRounds };
}
