declare const moneyBrand: unique symbol;

/**
 * An exact amount of CNY (人民币) in integer fen 分 (0.01 yuan). A branded `bigint`, so `===`
 * compares amounts and no binary floating point ever touches money (R-FEE-3).
 */
export type Money = bigint & { readonly [moneyBrand]: "CNY fen" };

/**
 * An exact decimal quantity that is not money: a building area in m², a meter reading, a unit
 * price in yuan that may carry more decimals than the fen. Its value is `units × 10^−scale`.
 */
export interface Quantity {
  readonly units: bigint;
  readonly scale: number;
}

/** An exact rational number `num / den` (den > 0): proration factors such as 17/30 days. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

/** An exact amount in fen before rounding: what a bill line is worth until it is rounded once. */
export type ExactAmount = Ratio;

/** The step a bill line is rounded to: the fen 分 by default; an estate may choose jiao 角 or yuan 元. */
export type RoundingStep = "fen" | "jiao" | "yuan";

/**
 * How a value between two steps is decided. `halfUp` (四舍五入, the default) rounds halves away
 * from zero; `halfEven` is banker's rounding; `down` truncates toward zero; `up` away from zero.
 */
export type RoundingMode = "halfUp" | "halfEven" | "down" | "up";

export interface RoundingPolicy {
  readonly step: RoundingStep;
  readonly mode: RoundingMode;
}
