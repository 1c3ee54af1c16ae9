import { describe, expect, it } from "vitest";
import { formatMoney, parseMoney } from "../../money/index.ts";
import { quoteRepair } from "../index.ts";
import { priceList, thrownCode } from "./fixtures.ts";

describe("R-REP-3 the quote: labour + materials from the published price list", () => {
  it("prices each line from the list and totals labour and materials", () => {
    const result = quoteRepair(priceList, [
      { code: "L-VISIT", quantity: "1.5" },
      { code: "M-VALVE", quantity: "2" },
      { code: "M-HOSE", quantity: "0.8" },
    ]);
    if (!result.ok) throw new Error("expected a quote");
    const { quote } = result;
    expect(quote.lines.map((l) => [l.code, l.quantity, formatMoney(l.amount)])).toEqual([
      ["L-VISIT", "1.5", "50.00"],
      ["M-VALVE", "2", "50.00"],
      ["M-HOSE", "0.8", "10.00"],
    ]);
    expect(quote.labour).toBe(parseMoney("50.00"));
    expect(quote.materials).toBe(parseMoney("60.00"));
    expect(quote.total).toBe(parseMoney("110.00"));
    expect(quote.priceListId).toBe("2026 price list");
  });

  it("rounds each line once, to the fen half up (1.5 h × ¥33.33 = ¥49.995 → ¥50.00)", () => {
    const result = quoteRepair(priceList, [{ code: "L-VISIT", quantity: "1.5" }]);
    expect(result.ok && result.quote.total).toBe(parseMoney("50.00"));
  });

  it("follows another rounding policy when given one", () => {
    const result = quoteRepair(priceList, [{ code: "L-VISIT", quantity: "1.5" }], {
      step: "fen",
      mode: "down",
    });
    expect(result.ok && result.quote.total).toBe(parseMoney("49.99"));
  });

  it("refuses every item that is not on the price list, naming each line", () => {
    const result = quoteRepair(priceList, [
      { code: "L-VISIT", quantity: "1" },
      { code: "M-GOLD-TAP", quantity: "1" },
      { code: "L-OVERTIME", quantity: "2" },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusals.map((r) => [r.code, r.path?.join(".")])).toEqual([
      ["REP_UNKNOWN_PRICE_ITEM", "lines.1.code"],
      ["REP_UNKNOWN_PRICE_ITEM", "lines.2.code"],
    ]);
    expect(result.refusals[0]?.messageZh).toContain("M-GOLD-TAP");
    expect(result.refusals[0]?.rule).toBe("R-REP-3");
  });

  it("refuses an empty quote", () => {
    const result = quoteRepair(priceList, []);
    expect(!result.ok && result.refusals.map((r) => r.code)).toEqual(["REP_QUOTE_EMPTY"]);
  });

  it.each([
    ["0", "REP_QUANTITY_NOT_POSITIVE"],
    ["0.000", "REP_QUANTITY_NOT_POSITIVE"],
    ["-1", "MONEY_NEGATIVE_QUANTITY"],
    ["one", "MONEY_INVALID_QUANTITY"],
    ["1.2345", "MONEY_TOO_MANY_DECIMALS"],
  ])("throws on the quantity %s", (quantity, code) => {
    expect(thrownCode(() => quoteRepair(priceList, [{ code: "M-VALVE", quantity }]))).toBe(code);
  });
});
