import { describe, expect, it } from "vitest";
import { DomainError } from "../../errors/index.ts";
import {
  formatMoney,
  formatQuantity,
  moneyFromFen,
  parseMoney,
  parseQuantity,
  quantityOf,
} from "../index.ts";

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe("money as text", () => {
  it.each([
    ["1234.56", 123456n],
    ["1234.5", 123450n],
    ["1234", 123400n],
    ["0.01", 1n],
    ["¥1,234.56", 123456n],
    ["￥1,234,567.00", 123456700n],
    ["-¥12.30", -1230n],
    [" 7.00 ", 700n],
  ])("parses %s", (text, fen) => {
    expect(parseMoney(text)).toBe(fen);
  });

  it.each(["", "abc", "1,23.00", "12,34", "1.2.3", "¥", "--1", "1e3"])("refuses %j as an amount", (text) => {
    expect(codeOf(() => parseMoney(text))).toBe("MONEY_INVALID_AMOUNT");
  });

  it("refuses an amount finer than the fen, with both messages", () => {
    try {
      parseMoney("2.355");
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: "MONEY_TOO_MANY_DECIMALS",
        message: '"2.355" has more than 2 decimal places',
        messageZh: "「2.355」的小数位超过 2 位",
      });
    }
  });

  it("formats plain, with the yuan sign and with grouping", () => {
    expect(formatMoney(moneyFromFen(123456))).toBe("1234.56");
    expect(formatMoney(moneyFromFen(123456), { symbol: true })).toBe("¥1,234.56");
    expect(formatMoney(moneyFromFen(123456789), { grouping: true })).toBe("1,234,567.89");
    expect(formatMoney(moneyFromFen(-5))).toBe("-0.05");
    expect(formatMoney(moneyFromFen(0), { symbol: true })).toBe("¥0.00");
    expect(formatMoney(moneyFromFen(-100000), { symbol: true })).toBe("-¥1,000.00");
  });

  it("round-trips every formatted amount", () => {
    for (const fen of [0n, 1n, 99n, 100n, 100001n, -123456789n]) {
      const amount = moneyFromFen(fen);
      expect(parseMoney(formatMoney(amount))).toBe(amount);
      expect(parseMoney(formatMoney(amount, { symbol: true }))).toBe(amount);
    }
  });

  it("refuses a fractional or unsafe number of fen", () => {
    expect(codeOf(() => moneyFromFen(1.5))).toBe("MONEY_INVALID_AMOUNT");
    expect(codeOf(() => moneyFromFen(2 ** 60))).toBe("MONEY_INVALID_AMOUNT");
  });
});

describe("exact quantities", () => {
  it("parses areas and prices exactly", () => {
    expect(parseQuantity("89.37")).toEqual({ units: 8937n, scale: 2 });
    expect(parseQuantity("2.355", { maxDecimals: 4 })).toEqual({ units: 2355n, scale: 3 });
    expect(parseQuantity("-3.5", { allowNegative: true })).toEqual({ units: -35n, scale: 1 });
    expect(quantityOf(6)).toEqual({ units: 6n, scale: 0 });
  });

  it("refuses negatives, garbage and too many decimals", () => {
    expect(codeOf(() => parseQuantity("-89.37"))).toBe("MONEY_NEGATIVE_QUANTITY");
    expect(codeOf(() => parseQuantity("89,37"))).toBe("MONEY_INVALID_QUANTITY");
    expect(codeOf(() => parseQuantity("2.355", { maxDecimals: 2 }))).toBe("MONEY_TOO_MANY_DECIMALS");
  });

  it("formats with its own decimals", () => {
    expect(formatQuantity({ units: 8937n, scale: 2 })).toBe("89.37");
    expect(formatQuantity({ units: 5n, scale: 3 })).toBe("0.005");
    expect(formatQuantity({ units: -35n, scale: 1 })).toBe("-3.5");
    expect(formatQuantity(quantityOf(12))).toBe("12");
  });
});
