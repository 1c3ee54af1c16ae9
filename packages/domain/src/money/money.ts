import { moneyErrors } from "./errors.ts";
import type { Money } from "./types.ts";

/** Makes money from a whole number of fen. */
export function moneyFromFen(fen: bigint | number): Money {
  if (typeof fen === "number" && !Number.isSafeInteger(fen)) {
    throw moneyErrors.MONEY_INVALID_AMOUNT.error({ text: String(fen) });
  }
  return BigInt(fen) as Money;
}

export const ZERO_MONEY = 0n as Money;

export function addMoney(a: Money, b: Money): Money {
  return (a + b) as Money;
}

export function subtractMoney(a: Money, b: Money): Money {
  return (a - b) as Money;
}

export function negateMoney(a: Money): Money {
  return -a as Money;
}

export function sumMoney(amounts: Iterable<Money>): Money {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total as Money;
}

/** Multiplies by a whole count (months, workers, spaces); fractional factors go through `exactProduct`. */
export function multiplyMoney(a: Money, count: bigint | number): Money {
  return (a * BigInt(count)) as Money;
}

export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minMoney(a: Money, b: Money): Money {
  return a < b ? a : b;
}

export function maxMoney(a: Money, b: Money): Money {
  return a > b ? a : b;
}

export function isZeroMoney(a: Money): boolean {
  return a === 0n;
}

export function isNegativeMoney(a: Money): boolean {
  return a < 0n;
}

export function isPositiveMoney(a: Money): boolean {
  return a > 0n;
}
