import { formatMoney, type Money, type Ratio, sumMoney } from "../money/index.ts";
import { collectionErrors } from "./errors.ts";
import { assertLines, assertPeriod } from "./lines.ts";
import type { OutstandingLine } from "./types.ts";

/** An exact rate: the reduced ratio and its percentage, absent when there was nothing to collect. */
export interface ExactCollectionRate {
  /** Reduced `num/den`; absent when the denominator is zero. */
  readonly ratio?: Ratio;
  /** E.g. `"92.35%"`, rounded half up to `decimals`; absent with `ratio`. */
  readonly percentage?: string;
  readonly rules: readonly string[];
}

/** 收缴率 of a period: what was collected of what that period billed (R-FEE-8). */
export interface CollectionRateReport extends ExactCollectionRate {
  readonly period: string;
  readonly receivable: Money;
  readonly collected: Money;
}

/** 清欠率 of a period: what was recovered of the arrears carried in from earlier periods (R-FEE-8). */
export interface ArrearsRecoveryReport extends ExactCollectionRate {
  readonly period: string;
  readonly openingArrears: Money;
  readonly recovered: Money;
}

export interface CollectionRateOptions {
  /** Decimals of the percentage. @default 2 */
  readonly decimals?: number;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Writes an exact non-negative ratio as a percentage rounded half up: 9235/10000 → `"92.35%"`. */
export function formatRatioAsPercentage(value: Ratio, decimals = 2): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = value.num * 100n * scale;
  let whole = scaled / value.den;
  if ((scaled % value.den) * 2n >= value.den) whole += 1n;
  const digits = whole.toString().padStart(decimals + 1, "0");
  return decimals === 0 ? `${digits}%` : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}%`;
}

function exactRate(
  part: Money,
  whole: Money,
  names: [string, string],
  options: CollectionRateOptions,
): ExactCollectionRate {
  const decimals = options.decimals ?? 2;
  if (part < 0n || whole < 0n || part > whole || !Number.isInteger(decimals) || decimals < 0) {
    throw collectionErrors.COL_INVALID_RATE_INPUT.error({
      numerator: `${names[0]} ${formatMoney(part, { symbol: true })}`,
      denominator: `${names[1]} ${formatMoney(whole, { symbol: true })}`,
    });
  }
  if (whole === 0n) return { rules: ["R-FEE-8"] };
  const divisor = gcd(part, whole);
  const ratio = { num: part / divisor, den: whole / divisor };
  return { ratio, percentage: formatRatioAsPercentage(ratio, decimals), rules: ["R-FEE-8"] };
}

/** R-FEE-8 collection rate 收缴率 = collected ÷ receivable of one period, exactly. */
export function collectionRate(
  input: { readonly period: string; readonly receivable: Money; readonly collected: Money },
  options: CollectionRateOptions = {},
): CollectionRateReport {
  assertPeriod(input.period);
  return {
    period: input.period,
    receivable: input.receivable,
    collected: input.collected,
    ...exactRate(input.collected, input.receivable, ["collected", "receivable"], options),
  };
}

/**
 * R-FEE-8 arrears-recovery rate 清欠率 = recovered ÷ arrears carried into the period from earlier
 * periods. Reported on its own, never mixed into the period's collection rate.
 */
export function arrearsRecoveryRate(
  input: { readonly period: string; readonly openingArrears: Money; readonly recovered: Money },
  options: CollectionRateOptions = {},
): ArrearsRecoveryReport {
  assertPeriod(input.period);
  return {
    period: input.period,
    openingArrears: input.openingArrears,
    recovered: input.recovered,
    ...exactRate(input.recovered, input.openingArrears, ["recovered", "opening arrears"], options),
  };
}

/** R-FEE-8: the collection rate of `period` from line snapshots (amount billed, amount settled). */
export function collectionRateOfPeriod(
  lines: readonly OutstandingLine[],
  period: string,
  options: CollectionRateOptions = {},
): CollectionRateReport {
  assertLines(lines);
  const ofPeriod = lines.filter((line) => line.period === period);
  return collectionRate(
    {
      period,
      receivable: sumMoney(ofPeriod.map((line) => line.amount)),
      collected: sumMoney(ofPeriod.map((line) => line.settled)),
    },
    options,
  );
}
