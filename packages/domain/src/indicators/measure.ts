import {
  businessDateOf,
  DEFAULT_TIME_ZONE,
  daysBetween,
  type IsoDate,
  isIsoDate,
  startOfBusinessDate,
} from "../calendar/index.ts";
import type { BilingualMessage } from "../errors/index.ts";
import { type Money, ratio } from "../money/index.ts";
import { indicatorErrors } from "./errors.ts";
import { INDICATOR_FORMULAS } from "./formulas.ts";
import type {
  IndicatorHeader,
  IndicatorName,
  IndicatorNoData,
  IndicatorScope,
  MeanDurationIndicator,
  RateIndicator,
} from "./types.ts";

/** A scope checked once: real dates, `from` ≤ `to`, a known time zone. */
export interface Period {
  readonly estateId: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly timeZone: string;
  readonly asOf?: Date;
}

export function periodOf(scope: IndicatorScope): Period {
  if (daysBetween(scope.from, scope.to) < 0) {
    throw indicatorErrors.IND_INVALID_PERIOD.error({ from: scope.from, to: scope.to }, ["to"]);
  }
  const timeZone = scope.timeZone ?? DEFAULT_TIME_ZONE;
  startOfBusinessDate(scope.from, timeZone); // validates the zone
  if (scope.asOf) businessDateOf(scope.asOf, timeZone); // validates the instant
  return { ...scope, timeZone };
}

/** A record's business date, throwing `IND_INVALID_RECORD` for anything that is not one. */
export function recordDate(date: IsoDate, record: string, field: string): IsoDate {
  if (!isIsoDate(date))
    throw invalidRecord(record, `${field} is not a YYYY-MM-DD date`, `${field} 不是有效日期`);
  return date;
}

/** True when a record's business date lies in the period. */
export function within(period: Period, date: IsoDate, record: string, field: string): boolean {
  const checked = recordDate(date, record, field);
  return checked >= period.from && checked <= period.to;
}

export function invalidRecord(record: string, problem: string, problemZh: string): Error {
  return indicatorErrors.IND_INVALID_RECORD.error({ record, problem, problemZh }, ["records", record]);
}

/** The business date of an instant on a record, throwing `IND_INVALID_RECORD` for a non-date. */
export function dateOf(period: Period, instant: Date, record: string, field: string): IsoDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw invalidRecord(record, `${field} is not a valid instant`, `${field} 不是有效时间`);
  }
  return businessDateOf(instant, period.timeZone);
}

/** True when the instant has happened by the time the indicator is read. */
export function happenedBy(period: Period, instant: Date | undefined): instant is Date {
  return instant !== undefined && (period.asOf === undefined || instant.getTime() <= period.asOf.getTime());
}

function header(indicator: IndicatorName, period: Period, rules: readonly string[]): IndicatorHeader {
  return {
    indicator,
    estateId: period.estateId,
    from: period.from,
    to: period.to,
    formula: INDICATOR_FORMULAS[indicator],
    rules: ["R-QLT-1", ...rules],
  };
}

export function noData(
  indicator: IndicatorName,
  period: Period,
  rules: readonly string[],
  reason: BilingualMessage,
): IndicatorNoData {
  return { ...header(indicator, period, rules), status: "noData", reason };
}

/**
 * Writes `num / den` (both ≥ 0, den > 0) with `decimals` places, rounded half up, using integer
 * arithmetic only: 15/16 at 2 places is "0.94".
 */
export function formatExactDecimal(num: bigint, den: bigint, decimals = 2): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = num * scale;
  let quotient = scaled / den;
  if ((scaled % den) * 2n >= den) quotient += 1n;
  const digits = quotient.toString().padStart(decimals + 1, "0");
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A rate from exact counts or amounts; a zero denominator gives the no-data result. */
export function rateOf<N extends number | Money>(
  indicator: IndicatorName,
  period: Period,
  rules: readonly string[],
  measured: { readonly numerator: N; readonly denominator: N },
  empty: BilingualMessage,
): RateIndicator<N> {
  const num = BigInt(measured.numerator);
  const den = BigInt(measured.denominator);
  if (den === 0n) return noData(indicator, period, rules, empty);
  return {
    ...header(indicator, period, rules),
    status: "ok",
    kind: "rate",
    numerator: measured.numerator,
    denominator: measured.denominator,
    percentage: `${formatExactDecimal(num * 100n, den)}%`,
  };
}

/** An exact mean of durations in milliseconds; no durations gives the no-data result. */
export function meanDurationOf(
  indicator: IndicatorName,
  period: Period,
  rules: readonly string[],
  durationsMs: readonly number[],
  empty: BilingualMessage,
): MeanDurationIndicator {
  if (durationsMs.length === 0) return noData(indicator, period, rules, empty);
  const total = durationsMs.reduce((sum, ms) => sum + BigInt(ms), 0n);
  const count = BigInt(durationsMs.length);
  return {
    ...header(indicator, period, rules),
    status: "ok",
    kind: "meanDuration",
    count: durationsMs.length,
    totalMs: Number(total),
    meanMs: ratio(total, count),
    meanMinutes: formatExactDecimal(total, count * 60_000n),
    meanHours: formatExactDecimal(total, count * 3_600_000n),
  };
}

/** The milliseconds from `start` to `end`, refusing an end before the start. */
export function elapsedMs(
  record: string,
  start: Date,
  end: Date,
  names: [start: string, end: string],
): number {
  const ms = end.getTime() - start.getTime();
  if (Number.isNaN(ms) || ms < 0) {
    throw invalidRecord(record, `${names[1]} is before ${names[0]}`, `${names[1]} 早于 ${names[0]}`);
  }
  return ms;
}
