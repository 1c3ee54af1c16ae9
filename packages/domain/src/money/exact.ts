import { moneyErrors } from "./errors.ts";
import type { ExactAmount, Money, Quantity, Ratio, RoundingPolicy, RoundingStep } from "./types.ts";

const POWERS_OF_TEN: bigint[] = [];
function powerOfTen(exponent: number): bigint {
  let power = POWERS_OF_TEN[exponent];
  if (power === undefined) {
    power = 10n ** BigInt(exponent);
    POWERS_OF_TEN[exponent] = power;
  }
  return power;
}

/** An exact ratio such as 17/30 days of a month. */
export function ratio(num: bigint | number, den: bigint | number): Ratio {
  const d = BigInt(den);
  if (d === 0n) throw moneyErrors.MONEY_DIVISION_BY_ZERO.error(undefined);
  return d < 0n ? { num: -BigInt(num), den: -d } : { num: BigInt(num), den: d };
}

export type Factor = Quantity | Ratio | bigint;

/**
 * The exact product of a unit price and its factors, in fen, before any rounding:
 * `exactProduct(price, [area, ratio(17, 30)])` for area × price × 17/30 days. A `Money` price is
 * taken in fen; a `Quantity` price is in yuan and may have more decimals than the fen.
 */
export function exactProduct(price: Money | Quantity, factors: readonly Factor[]): ExactAmount {
  let num: bigint;
  let den: bigint;
  if (typeof price === "bigint") {
    num = price;
    den = 1n;
  } else {
    num = price.units * 100n;
    den = powerOfTen(price.scale);
  }
  for (const factor of factors) {
    if (typeof factor === "bigint") {
      num *= factor;
    } else if ("units" in factor) {
      num *= factor.units;
      den *= powerOfTen(factor.scale);
    } else {
      num *= factor.num;
      den *= factor.den;
    }
  }
  return { num, den };
}

/** The exact value of money, for adding to other exact amounts before one final rounding. */
export function exactMoney(amount: Money): ExactAmount {
  return { num: amount, den: 1n };
}

export function addExact(a: ExactAmount, b: ExactAmount): ExactAmount {
  return a.den === b.den
    ? { num: a.num + b.num, den: a.den }
    : { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

const STEP_IN_FEN: Record<RoundingStep, bigint> = { fen: 1n, jiao: 10n, yuan: 100n };

/** The default of R-FEE-3: to the fen, half up (四舍五入). */
export const ROUND_TO_FEN_HALF_UP: RoundingPolicy = { step: "fen", mode: "halfUp" };

/** Divides and rounds to a whole multiple of `step` according to `mode`. */
function roundQuotient(num: bigint, den: bigint, policy: RoundingPolicy): bigint {
  const scaledDen = den * STEP_IN_FEN[policy.step];
  const negative = num < 0n;
  const magnitude = negative ? -num : num;
  let quotient = magnitude / scaledDen;
  const remainder = magnitude % scaledDen;
  if (remainder !== 0n) {
    const twice = remainder * 2n;
    switch (policy.mode) {
      case "halfUp":
        if (twice >= scaledDen) quotient += 1n;
        break;
      case "halfEven":
        if (twice > scaledDen || (twice === scaledDen && quotient % 2n === 1n)) quotient += 1n;
        break;
      case "up":
        quotient += 1n;
        break;
      case "down":
        break;
    }
  }
  const rounded = quotient * STEP_IN_FEN[policy.step];
  return negative ? -rounded : rounded;
}

/** Rounds an exact amount once, to the policy's step (R-FEE-3: once per bill line). */
export function roundExact(amount: ExactAmount, policy: RoundingPolicy = ROUND_TO_FEN_HALF_UP): Money {
  return roundQuotient(amount.num, amount.den, policy) as Money;
}

/** Rounds money to a coarser step (jiao, yuan). Idempotent: rounding a rounded amount changes nothing. */
export function roundMoney(amount: Money, policy: RoundingPolicy = ROUND_TO_FEN_HALF_UP): Money {
  return roundQuotient(amount, 1n, policy) as Money;
}

/** True when the exact amount is already a whole number of fen (nothing was lost by rounding). */
export function isWholeFen(amount: ExactAmount): boolean {
  return amount.num % amount.den === 0n;
}

/** Writes an exact amount in yuan for an explanation, with up to `digits` decimals, marking `≈` when cut. */
export function describeExact(amount: ExactAmount, digits = 4): string {
  const scale = powerOfTen(digits);
  const scaled = roundQuotient(amount.num * scale, amount.den * 100n, { step: "fen", mode: "halfUp" });
  const exact = (amount.num * scale) % (amount.den * 100n) === 0n;
  const negative = scaled < 0n;
  const text = (negative ? -scaled : scaled).toString().padStart(digits + 1, "0");
  const trimmed = `${text.slice(0, -digits)}.${text.slice(-digits)}`.replace(/\.?0+$/, "");
  return `${exact ? "" : "≈"}${negative ? "-" : ""}${trimmed}`;
}
