import { type Quantity, type Ratio, ROUND_TO_FEN_HALF_UP } from "../money/index.ts";
import { feeErrors } from "./errors.ts";
import { readDecimal } from "./input.ts";
import type { FeePolicy, VacancyDiscountPolicy } from "./types.ts";

/** The defaults of R-FEE-2, R-FEE-3, R-HND-3 and R-FEE-11, used wherever an estate sets nothing. */
export const DEFAULT_FEE_POLICY: FeePolicy = {
  priceDecimals: 2,
  rounding: ROUND_TO_FEN_HALF_UP,
  proration: "byDays",
  chargeStart: "handoverDay",
  prepaymentMonths: 6,
};

export const DEFAULT_VACANCY_MINIMUM_MONTHS = 6;

/** A vacancy discount read once: the factor a line is multiplied by and its display text. */
export interface PreparedVacancyDiscount {
  readonly rate: string;
  readonly percent: string;
  /** `1 − rate`, exact. */
  readonly remaining: Ratio;
  readonly minimumVacantMonths: number;
  readonly itemKinds: ReadonlySet<"area" | "fixed">;
}

const STEPS = ["fen", "jiao", "yuan"];
const MODES = ["halfUp", "halfEven", "down", "up"];

function invalid(setting: string, value: unknown, expected: string): never {
  throw feeErrors.FEE_INVALID_POLICY.error(
    { setting, value: JSON.stringify(value) ?? String(value), expected },
    ["policy", ...setting.split(".")],
  );
}

function wholeNumberIn(setting: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    invalid(setting, value, `a whole number from ${min} to ${max}`);
  }
  return value;
}

function oneOf<T extends string>(setting: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) invalid(setting, value, allowed.join(" | "));
  return value as T;
}

/**
 * An estate's policy over the defaults, checked: a setting out of range is `FEE_INVALID_POLICY`
 * (with the setting's path), a vacancy rate outside 0–1 is `FEE_INVALID_DISCOUNT`.
 */
export function resolveFeePolicy(overrides: Partial<FeePolicy> = {}): FeePolicy {
  // Setting by setting, so an override left `undefined` keeps the default rather than erasing it.
  const d = DEFAULT_FEE_POLICY;
  const policy: FeePolicy = {
    priceDecimals: overrides.priceDecimals ?? d.priceDecimals,
    rounding: overrides.rounding ?? d.rounding,
    proration: overrides.proration ?? d.proration,
    chargeStart: overrides.chargeStart ?? d.chargeStart,
    prepaymentMonths: overrides.prepaymentMonths ?? d.prepaymentMonths,
    ...(overrides.vacancyDiscount ? { vacancyDiscount: overrides.vacancyDiscount } : {}),
  };
  wholeNumberIn("priceDecimals", policy.priceDecimals, 0, 6);
  oneOf("rounding.step", policy.rounding?.step, STEPS);
  oneOf("rounding.mode", policy.rounding?.mode, MODES);
  oneOf("proration", policy.proration, ["byDays", "wholeMonth"]);
  oneOf("chargeStart", policy.chargeStart, ["handoverDay", "followingMonth"]);
  wholeNumberIn("prepaymentMonths", policy.prepaymentMonths, 1, 36);
  if (policy.vacancyDiscount !== undefined) prepareVacancyDiscount(policy.vacancyDiscount);
  return policy;
}

/** Writes a fraction as a percentage without floating point: `0.125` → `"12.5%"`. */
function percentOf(rate: Quantity): string {
  const hundredths = rate.units * 100n;
  if (rate.scale <= 2) return `${(hundredths * 10n ** BigInt(2 - rate.scale)) / 100n}%`;
  const text = hundredths.toString().padStart(rate.scale + 1, "0");
  const whole = text.slice(0, -rate.scale);
  const decimals = text.slice(-rate.scale).replace(/0+$/, "");
  return decimals ? `${whole}.${decimals}%` : `${whole}%`;
}

/** R-FEE-11: checks and reads a vacancy discount once per schedule. */
export function prepareVacancyDiscount(discount: VacancyDiscountPolicy): PreparedVacancyDiscount {
  const rate = (() => {
    try {
      return readDecimal(discount.rate, "Vacancy discount", ["policy", "vacancyDiscount", "rate"]);
    } catch {
      throw feeErrors.FEE_INVALID_DISCOUNT.error({ rate: String(discount.rate) }, [
        "policy",
        "vacancyDiscount",
        "rate",
      ]);
    }
  })();
  const one = 10n ** BigInt(rate.scale);
  if (rate.units < 0n || rate.units > one) {
    throw feeErrors.FEE_INVALID_DISCOUNT.error({ rate: discount.rate }, [
      "policy",
      "vacancyDiscount",
      "rate",
    ]);
  }
  const minimumVacantMonths = wholeNumberIn(
    "vacancyDiscount.minimumVacantMonths",
    discount.minimumVacantMonths ?? DEFAULT_VACANCY_MINIMUM_MONTHS,
    0,
    1200,
  );
  const kinds = discount.itemKinds ?? ["area"];
  if (!Array.isArray(kinds) || kinds.length === 0) {
    invalid("vacancyDiscount.itemKinds", kinds, 'a non-empty list of "area" and "fixed"');
  }
  for (const kind of kinds) oneOf("vacancyDiscount.itemKinds", kind, ["area", "fixed"]);
  return {
    rate: discount.rate,
    percent: percentOf(rate),
    remaining: { num: one - rate.units, den: one },
    minimumVacantMonths,
    itemKinds: new Set(kinds),
  };
}
