import type { IsoDate } from "../calendar/index.ts";
import type { BilingualMessage } from "../errors/index.ts";
import type { Money, Ratio } from "../money/index.ts";

/** The indicators of R-QLT-1 (品质指标), one pure function each. */
export type IndicatorName =
  | "satisfactionRate"
  | "complaintOnTimeRate"
  | "complaintMeanTimeToResolve"
  | "repairMeanResponseTime"
  | "repairCompletionRate"
  | "repeatRepairRate"
  | "collectionRate"
  | "arrearsRecoveryRate"
  | "maintenanceOnTimeRate"
  | "drillCoverage"
  | "patrolCompleteness";

/** The estate and period an indicator is read for. */
export interface IndicatorScope {
  readonly estateId: string;
  /** First business date of the period. */
  readonly from: IsoDate;
  /** Last business date of the period (included). */
  readonly to: IsoDate;
  /** @default "Asia/Shanghai" */
  readonly timeZone?: string;
  /**
   * When the indicator is read. Items whose deadline is still ahead at this instant are left out
   * of on-time rates rather than counted late. Absent: the period is over and everything counts.
   */
  readonly asOf?: Date;
}

/** What every indicator result says about itself. */
export interface IndicatorHeader {
  readonly indicator: IndicatorName;
  readonly estateId: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** How it is computed, in words (en/zh). */
  readonly formula: BilingualMessage;
  readonly rules: readonly string[];
}

/** Nothing to measure in the period: a defined result, never NaN. */
export interface IndicatorNoData extends IndicatorHeader {
  readonly status: "noData";
  readonly reason: BilingualMessage;
}

/** An exact rate: numerator ÷ denominator, with the percentage written to two decimals half-up. */
export interface IndicatorRate<N extends number | Money = number> extends IndicatorHeader {
  readonly status: "ok";
  readonly kind: "rate";
  readonly numerator: N;
  readonly denominator: N;
  /** e.g. "93.75%" — computed from the exact ratio, never from floating point. */
  readonly percentage: string;
}

/** An exact mean duration: the sum of the durations over their count. */
export interface IndicatorMeanDuration extends IndicatorHeader {
  readonly status: "ok";
  readonly kind: "meanDuration";
  readonly count: number;
  readonly totalMs: number;
  /** The exact mean in milliseconds, as a ratio. */
  readonly meanMs: Ratio;
  /** The mean in minutes, two decimals half-up, e.g. "12.50". */
  readonly meanMinutes: string;
  /** The mean in hours, two decimals half-up, e.g. "26.75". */
  readonly meanHours: string;
}

export type RateIndicator<N extends number | Money = number> = IndicatorRate<N> | IndicatorNoData;
export type MeanDurationIndicator = IndicatorMeanDuration | IndicatorNoData;
