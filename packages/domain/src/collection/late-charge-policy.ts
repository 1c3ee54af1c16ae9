import type { Refusal } from "../errors/index.ts";
import {
  formatMoney,
  formatQuantity,
  type Money,
  parseQuantity,
  type Quantity,
  ROUND_TO_FEN_HALF_UP,
  type RoundingPolicy,
} from "../money/index.ts";
import { collectionErrors } from "./errors.ts";
import { assertPolicyDays } from "./policy-days.ts";

/**
 * An estate's late-payment charge 滞纳金/违约金 policy (R-FEE-7). There is no national rate: the
 * charge is contractual, so it is off unless the estate enables it as data.
 */
export interface LateChargePolicy {
  /** @default false */
  readonly enabled: boolean;
  /** Per day, as an exact decimal fraction of the principal: `"0.0005"` is 0.05 % a day. @default "0" */
  readonly dailyRate: string;
  /** Days after the due date that accrue nothing. @default 0 */
  readonly graceDays: number;
  /** The most a line can be charged, as money. Optional. */
  readonly capAmount?: Money;
  /** The most a line can be charged, as a percentage of its principal: `"30"` is 30 %. Optional. */
  readonly capPercentOfPrincipal?: string;
  /** How the charge is rounded, once per line. @default fen, half up */
  readonly rounding?: RoundingPolicy;
}

/** R-FEE-7 default: no late charges. */
export const DEFAULT_LATE_CHARGE_POLICY: LateChargePolicy = { enabled: false, dailyRate: "0", graceDays: 0 };

/** The point beyond which courts generally cut a contractual charge (R-FEE-7). */
const THIRTY_PERCENT = { units: 30n, scale: 0 } as const;

/** A policy with its decimals read exactly, checked once. */
export interface ReadLateChargePolicy {
  readonly enabled: boolean;
  readonly dailyRateText: string;
  readonly dailyRate: Quantity;
  readonly graceDays: number;
  readonly capAmount?: Money;
  readonly capPercent?: Quantity;
  readonly rounding: RoundingPolicy;
}

/** Fills defaults and reads the decimals; throws on a malformed policy (bad input). */
export function readLateChargePolicy(policy: Partial<LateChargePolicy> = {}): ReadLateChargePolicy {
  const full = { ...DEFAULT_LATE_CHARGE_POLICY, ...policy };
  const dailyRate = readDecimal(full.dailyRate, () =>
    collectionErrors.COL_INVALID_LATE_CHARGE_RATE.error({ rate: String(full.dailyRate) }, ["dailyRate"]),
  );
  if (dailyRate.units >= 10n ** BigInt(dailyRate.scale)) {
    throw collectionErrors.COL_INVALID_LATE_CHARGE_RATE.error({ rate: full.dailyRate }, ["dailyRate"]);
  }
  assertPolicyDays("graceDays", full.graceDays);
  if (full.capAmount !== undefined && full.capAmount < 0n) {
    throw collectionErrors.COL_INVALID_LATE_CHARGE_CAP.error(
      { cap: formatMoney(full.capAmount, { symbol: true }) },
      ["capAmount"],
    );
  }
  const capPercent =
    full.capPercentOfPrincipal === undefined
      ? undefined
      : readDecimal(full.capPercentOfPrincipal, () =>
          collectionErrors.COL_INVALID_LATE_CHARGE_CAP.error(
            { cap: `${String(full.capPercentOfPrincipal)}%` },
            ["capPercentOfPrincipal"],
          ),
        );
  return {
    enabled: full.enabled,
    dailyRateText: full.dailyRate,
    dailyRate,
    graceDays: full.graceDays,
    ...(full.capAmount === undefined ? {} : { capAmount: full.capAmount }),
    ...(capPercent === undefined ? {} : { capPercent }),
    rounding: full.rounding ?? ROUND_TO_FEN_HALF_UP,
  };
}

function readDecimal(text: string, fail: () => Error): Quantity {
  try {
    return parseQuantity(text, { maxDecimals: 12 });
  } catch {
    throw fail();
  }
}

/** `a < b` for exact decimals. */
function lessThan(a: Quantity, b: Quantity): boolean {
  const scale = Math.max(a.scale, b.scale);
  return a.units * 10n ** BigInt(scale - a.scale) < b.units * 10n ** BigInt(scale - b.scale);
}

/**
 * Days overdue after which `rate × days` reaches 30 % of the principal: ⌈0.3 ÷ rate⌉. Counted
 * without the grace days, which accrue nothing.
 */
function daysToThirtyPercent(rate: Quantity): bigint {
  const num = 3n * 10n ** BigInt(rate.scale);
  const den = 10n * rate.units;
  return (num + den - 1n) / den;
}

export interface LateChargeCheckOptions {
  /** How far ahead the check looks for a line reaching 30 %. @default 365 (a year) */
  readonly horizonDays?: number;
}

/**
 * R-FEE-7: warns when a late-charge configuration could take a line's charge past 30 % of its
 * overdue principal, the level above which courts generally cut contractual charges. Warnings
 * are values: the estate may still adopt the policy. No warnings when charges are off.
 */
export function checkLateChargePolicy(
  policy: Partial<LateChargePolicy> = {},
  options: LateChargeCheckOptions = {},
): readonly Refusal[] {
  const read = readLateChargePolicy(policy);
  const horizon = options.horizonDays ?? 365;
  assertPolicyDays("horizonDays", horizon);
  if (!read.enabled || read.dailyRate.units === 0n) return [];
  if (read.capPercent !== undefined) {
    // A percentage cap of 30 or less bounds every line, whatever the rate.
    return lessThan(THIRTY_PERCENT, read.capPercent)
      ? [
          collectionErrors.COL_LATE_CHARGE_CAP_ABOVE_30_PERCENT.refuse({
            percent: formatQuantity(read.capPercent),
          }),
        ]
      : [];
  }
  // An amount cap alone does not bound small principals, so only the rate decides.
  const days = daysToThirtyPercent(read.dailyRate) + BigInt(read.graceDays);
  return days <= BigInt(horizon)
    ? [
        collectionErrors.COL_LATE_CHARGE_MAY_EXCEED_30_PERCENT.refuse({
          days: days.toString(),
          horizon: String(horizon),
        }),
      ]
    : [collectionErrors.COL_LATE_CHARGE_UNCAPPED.refuse({ days: days.toString() })];
}
