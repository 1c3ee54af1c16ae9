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
    expect(quote.lines.map((l) => l.explanation)).toEqual([
      {
        en: "Labour: Call-out and labour 1.5 hour × ¥33.33 = ¥49.995, rounded to the fen, half up: ¥50.00",
        zh: "人工：Call-out and labour 1.5 hour × 33.33元 = 49.995元，按分四舍五入为 50.00元",
      },
      {
        en: "Materials: Angle valve 2 piece × ¥25.00 = ¥50.00",
        zh: "材料：Angle valve 2 piece × 25.00元 = 50.00元",
      },
      {
        en: "Materials: Braided hose 0.8 m × ¥12.50 = ¥10.00",
        zh: "材料：Braided hose 0.8 m × 12.50元 = 10.00元",
      },
    ]);
    expect(quote.explanation).toEqual({
      en: "Total: labour ¥50.00 + materials ¥60.00 = ¥110.00 (price list 2026 price list)",
      zh: "合计：人工 50.00元 + 材料 60.00元 = 110.00元（维修收费标准：2026 price list）",
    });
  });

  it("reads out a Chinese price list as an owner sees it", () => {
    const result = quoteRepair(
      {
        id: "2026版",
        items: [{ code: "L-TAP", name: "更换水龙头", kind: "labour", unit: "项", price: parseMoney("50") }],
      },
      [{ code: "L-TAP", quantity: " 1 " }],
    );
    if (!result.ok) throw new Error("expected a quote");
    expect(result.quote.lines[0]?.explanation).toEqual({
      en: "Labour: 更换水龙头 1 项 × ¥50.00 = ¥50.00",
      zh: "人工：更换水龙头 1 项 × 50.00元 = 50.00元",
    });
    expect(result.quote.explanation.zh).toBe(
      "合计：人工 50.00元 + 材料 0.00元 = 50.00元（维修收费标准：2026版）",
    );
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
    expect(result.ok && result.quote.lines[0]?.explanation).toEqual({
      en: "Labour: Call-out and labour 1.5 hour × ¥33.33 = ¥49.995, rounded to the fen, down: ¥49.99",
      zh: "人工：Call-out and labour 1.5 hour × 33.33元 = 49.995元，按分舍去为 49.99元",
    });
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
