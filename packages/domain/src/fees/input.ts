import { type IsoDate, isIsoDate } from "../calendar/index.ts";
import { isDomainError } from "../errors/index.ts";
import { parseQuantity, type Quantity } from "../money/index.ts";
import { feeErrors } from "./errors.ts";

/**
 * Readers for the fee area's inputs: each turns text from a form or the database into an exact
 * value, or throws the fee code that names the field at fault (R-FEE-2).
 */

/** Reads an exact decimal (sign allowed, so callers can name the negative case themselves). */
export function readDecimal(text: unknown, field: string, path: readonly string[]): Quantity {
  if (typeof text !== "string") {
    throw feeErrors.FEE_INVALID_NUMBER.error({ field, text: String(text) }, path);
  }
  try {
    return parseQuantity(text, { allowNegative: true });
  } catch (error) {
    if (isDomainError(error)) throw feeErrors.FEE_INVALID_NUMBER.error({ field, text }, path);
    throw error;
  }
}

/** R-FEE-2: a unit price in yuan, not negative, with no more decimals than the estate allows. */
export function readPrice(text: unknown, maxDecimals: number, path: readonly string[]): Quantity {
  const price = readDecimal(text, "Price", path);
  if (price.units < 0n) throw feeErrors.FEE_NEGATIVE_PRICE.error({ price: String(text) }, path);
  if (price.scale > maxDecimals) {
    throw feeErrors.FEE_PRICE_TOO_PRECISE.error({ price: String(text), decimals: maxDecimals }, path);
  }
  return price;
}

/** R-FEE-3: the building area 产权面积 in m², never negative. */
export function readArea(text: unknown, path: readonly string[]): Quantity {
  const area = readDecimal(text, "Building area", path);
  if (area.units < 0n) throw feeErrors.FEE_NEGATIVE_AREA.error({ area: String(text) }, path);
  return area;
}

/** A whole count of at least zero (parking spaces, passes). */
export function readCount(value: unknown, field: string, path: readonly string[]): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw feeErrors.FEE_INVALID_COUNT.error({ field, count: String(value) }, path);
  }
  return value;
}

/** A business date `YYYY-MM-DD`. */
export function readDate(value: unknown, field: string, path: readonly string[]): IsoDate {
  if (!isIsoDate(value)) throw feeErrors.FEE_INVALID_DATE.error({ field, date: String(value) }, path);
  return value;
}
