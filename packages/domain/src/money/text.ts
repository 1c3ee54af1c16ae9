import { moneyErrors } from "./errors.ts";
import type { Money, Quantity } from "./types.ts";

const AMOUNT = /^(-)?[¥￥]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Reads an amount written the way a cashier writes it: `1234.56`, `1234.5`, `1234`, `¥1,234.56`,
 * `-¥12.30`. Refuses anything finer than the fen: money never carries sub-fen decimals.
 */
export function parseMoney(text: string): Money {
  const match = AMOUNT.exec(text.trim());
  if (!match) throw moneyErrors.MONEY_INVALID_AMOUNT.error({ text });
  const [, sign, whole = "", decimals = ""] = match;
  if (decimals.length > 2) throw moneyErrors.MONEY_TOO_MANY_DECIMALS.error({ text, decimals: 2 });
  const fen = BigInt(whole.replaceAll(",", "")) * 100n + BigInt(decimals.padEnd(2, "0"));
  return (sign ? -fen : fen) as Money;
}

export interface FormatMoneyOptions {
  /** Prefix `¥` (and group thousands unless `grouping` says otherwise). @default false */
  readonly symbol?: boolean;
  /** Group thousands with commas. @default the value of `symbol` */
  readonly grouping?: boolean;
}

/** Writes `1234.56`, or `¥1,234.56` with `{ symbol: true }`; always two decimals. */
export function formatMoney(amount: Money, options: FormatMoneyOptions = {}): string {
  const symbol = options.symbol ?? false;
  const grouping = options.grouping ?? symbol;
  const negative = amount < 0n;
  const digits = (negative ? -amount : amount).toString().padStart(3, "0");
  let whole = digits.slice(0, -2);
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return `${negative ? "-" : ""}${symbol ? "¥" : ""}${whole}.${digits.slice(-2)}`;
}

export interface ParseQuantityOptions {
  /** Refuse more decimal places than this (e.g. a price policy of 2 or 4 decimals). */
  readonly maxDecimals?: number;
  /** @default false */
  readonly allowNegative?: boolean;
}

/** Reads an exact decimal such as a building area `"89.37"` or a unit price `"2.355"`. */
export function parseQuantity(text: string, options: ParseQuantityOptions = {}): Quantity {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw moneyErrors.MONEY_INVALID_QUANTITY.error({ text });
  const [, sign, whole = "", decimals = ""] = match;
  if (options.maxDecimals !== undefined && decimals.length > options.maxDecimals) {
    throw moneyErrors.MONEY_TOO_MANY_DECIMALS.error({ text, decimals: options.maxDecimals });
  }
  const units = BigInt(whole + decimals);
  if (sign && units !== 0n && !options.allowNegative)
    throw moneyErrors.MONEY_NEGATIVE_QUANTITY.error({ text });
  return { units: sign ? -units : units, scale: decimals.length };
}

/** Makes an exact quantity from a whole number (months, workers, kWh read as integers). */
export function quantityOf(whole: bigint | number): Quantity {
  return { units: BigInt(whole), scale: 0 };
}

/** Writes a quantity with exactly its own decimals: `{ units: 8937n, scale: 2 }` → `"89.37"`. */
export function formatQuantity(quantity: Quantity): string {
  const negative = quantity.units < 0n;
  const digits = (negative ? -quantity.units : quantity.units).toString();
  if (quantity.scale === 0) return (negative ? "-" : "") + digits;
  const padded = digits.padStart(quantity.scale + 1, "0");
  return `${negative ? "-" : ""}${padded.slice(0, -quantity.scale)}.${padded.slice(-quantity.scale)}`;
}
