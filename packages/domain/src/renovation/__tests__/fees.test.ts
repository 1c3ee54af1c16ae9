import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatMoney,
  type Money,
  moneyFromFen,
  parseMoney,
  parseQuantity,
  sumMoney,
} from "../../money/index.ts";
import { computeRenovationFees, RENOVATION_FEE_PURPOSES, type RenovationFeeStandard } from "../index.ts";
import { feeStandard } from "./fixtures.ts";

const area = parseQuantity("89.37");
const yuan = (m: Money) => formatMoney(m);

describe("R-REN-5 renovation fees", () => {
  it("computes each fee from the estate's standard, explained in English and Chinese with what it is for", () => {
    const fees = computeRenovationFees({ buildingArea: area, workers: 3 }, feeStandard);
    expect(fees.lines.map((l) => [l.item, yuan(l.amount), l.refundable, l.explanation])).toEqual([
      [
        "deposit",
        "2000.00",
        true,
        { en: "Renovation deposit: fixed ¥2,000.00 per household", zh: "装修押金：固定 2000.00元/户" },
      ],
      // 89.37 × 3.5 = 312.795 → rounded once, half up, to the fen (the default goes unsaid).
      [
        "managementFee",
        "312.80",
        false,
        {
          en: "Renovation management fee: 89.37 m² × ¥3.50/m² = ¥312.80",
          zh: "装修管理费：89.37㎡ × 3.50元/㎡ = 312.80元",
        },
      ],
      [
        "debrisRemovalFee",
        "300.00",
        false,
        { en: "Debris removal fee: fixed ¥300.00 per household", zh: "装修垃圾清运费：固定 300.00元/户" },
      ],
      [
        "passFee",
        "30.00",
        false,
        {
          en: "Worker pass fee: 3 workers × ¥10.00 = ¥30.00",
          zh: "出入证工本费：3人 × 10.00元/人 = 30.00元",
        },
      ],
      [
        "passDeposit",
        "60.00",
        true,
        {
          en: "Worker pass deposit: 3 workers × ¥20.00 = ¥60.00",
          zh: "出入证押金：3人 × 20.00元/人 = 60.00元",
        },
      ],
    ]);
    expect(yuan(fees.total)).toBe("2702.80");
    expect(yuan(fees.refundable)).toBe("2060.00");
    expect(yuan(fees.deposit)).toBe("2000.00");
    expect(fees.workers).toBe(3);
    for (const line of fees.lines) {
      expect(line.purpose).toBe(RENOVATION_FEE_PURPOSES[line.item]);
      expect(line.purpose.zh.length).toBeGreaterThan(0);
    }
  });

  it("caps the deposit where the city sets a cap, keeping the uncapped amount for the explanation", () => {
    const standard: RenovationFeeStandard = {
      ...feeStandard,
      deposit: { basis: "perSquareMetre", price: parseQuantity("30"), cap: parseMoney("2000") },
    };
    const [deposit] = computeRenovationFees({ buildingArea: area, workers: 1 }, standard).lines;
    expect(deposit).toMatchObject({
      item: "deposit",
      amount: parseMoney("2000"),
      uncapped: parseMoney("2681.10"),
      explanation: {
        en: "Renovation deposit: 89.37 m² × ¥30.00/m² = ¥2,681.10, capped at ¥2,000.00 per household",
        zh: "装修押金：89.37㎡ × 30.00元/㎡ = 2681.10元，超过每户上限，按 2000.00元收取",
      },
    });
  });

  it("a fixed deposit above the cap says so in both languages", () => {
    const standard: RenovationFeeStandard = {
      ...feeStandard,
      deposit: { basis: "fixed", amount: parseMoney("3000"), cap: parseMoney("2000") },
    };
    const [deposit] = computeRenovationFees({ buildingArea: area, workers: 1 }, standard).lines;
    expect(deposit?.explanation).toEqual({
      en: "Renovation deposit: fixed ¥3,000.00 per household, capped at ¥2,000.00 per household",
      zh: "装修押金：固定 3000.00元/户，超过每户上限，按 2000.00元收取",
    });
  });

  it("a deposit under the cap is not touched", () => {
    const standard: RenovationFeeStandard = {
      ...feeStandard,
      deposit: { basis: "fixed", amount: parseMoney("1500"), cap: parseMoney("2000") },
    };
    const [deposit] = computeRenovationFees({ buildingArea: area, workers: 1 }, standard).lines;
    expect(deposit?.amount).toBe(parseMoney("1500"));
    expect(deposit).not.toHaveProperty("uncapped");
  });

  it("takes no deposit where the city forbids one, and no pass deposit where the estate uses none", () => {
    const { deposit: _deposit, passDepositPerWorker: _pass, ...standard } = feeStandard;
    const fees = computeRenovationFees({ buildingArea: area, workers: 2 }, standard);
    expect(fees.lines.map((l) => l.item)).toEqual(["managementFee", "debrisRemovalFee", "passFee"]);
    expect(fees.deposit).toBe(0n);
    expect(fees.refundable).toBe(0n);
  });

  it("follows the standard's rounding policy for per-m² lines", () => {
    const standard: RenovationFeeStandard = { ...feeStandard, rounding: { step: "jiao", mode: "down" } };
    const fees = computeRenovationFees({ buildingArea: area, workers: 0 }, standard);
    expect(yuan(fees.lines[1]!.amount)).toBe("312.70");
    // A rounding other than the fen half up is said, as on a bill line.
    expect(fees.lines[1]!.explanation).toEqual({
      en: "Renovation management fee: 89.37 m² × ¥3.50/m² = ¥312.70 (rounded to the jiao, down)",
      zh: "装修管理费：89.37㎡ × 3.50元/㎡ = 312.70元（按角舍去）",
    });
  });

  it("keeps a price's published decimals and counts one worker in the singular", () => {
    const standard: RenovationFeeStandard = {
      ...feeStandard,
      debrisRemovalFee: { basis: "perSquareMetre", price: parseQuantity("0.525") },
    };
    const fees = computeRenovationFees({ buildingArea: area, workers: 1 }, standard);
    // 89.37 × 0.525 = 46.91925 → 46.92.
    expect(fees.lines[2]!.explanation).toEqual({
      en: "Debris removal fee: 89.37 m² × ¥0.525/m² = ¥46.92",
      zh: "装修垃圾清运费：89.37㎡ × 0.525元/㎡ = 46.92元",
    });
    expect(fees.lines[3]!.explanation).toEqual({
      en: "Worker pass fee: 1 worker × ¥10.00 = ¥10.00",
      zh: "出入证工本费：1人 × 10.00元/人 = 10.00元",
    });
  });

  it("charges no pass fee when no worker needs a pass", () => {
    const fees = computeRenovationFees({ buildingArea: area, workers: 0 }, feeStandard);
    expect(fees.lines.filter((l) => l.item.startsWith("pass")).map((l) => l.amount)).toEqual([0n, 0n]);
  });

  it("refuses bad input: negative area, fractional or negative workers, negative prices", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return "accepted";
    };
    const negativeArea = parseQuantity("-1", { allowNegative: true });
    expect(code(() => computeRenovationFees({ buildingArea: negativeArea, workers: 1 }, feeStandard))).toBe(
      "REN_NEGATIVE_AMOUNT",
    );
    expect(code(() => computeRenovationFees({ buildingArea: area, workers: 1.5 }, feeStandard))).toBe(
      "REN_INVALID_WORKER_COUNT",
    );
    expect(code(() => computeRenovationFees({ buildingArea: area, workers: -1 }, feeStandard))).toBe(
      "REN_INVALID_WORKER_COUNT",
    );
    const negativePrice: RenovationFeeStandard = {
      ...feeStandard,
      managementFee: { basis: "perSquareMetre", price: parseQuantity("-2", { allowNegative: true }) },
    };
    expect(code(() => computeRenovationFees({ buildingArea: area, workers: 1 }, negativePrice))).toBe(
      "REN_NEGATIVE_AMOUNT",
    );
    for (const standard of [
      { ...feeStandard, debrisRemovalFee: { basis: "fixed", amount: parseMoney("-1") } },
      { ...feeStandard, passFeePerWorker: parseMoney("-1") },
      { ...feeStandard, deposit: { basis: "fixed", amount: parseMoney("100"), cap: parseMoney("-1") } },
    ] satisfies RenovationFeeStandard[]) {
      expect(code(() => computeRenovationFees({ buildingArea: area, workers: 1 }, standard))).toBe(
        "REN_NEGATIVE_AMOUNT",
      );
    }
  });

  it("the total is exactly the sum of the lines and the deposit never exceeds its cap (property)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 100_000_00n }),
        fc.bigInt({ min: 0n, max: 100_000n }),
        fc.bigInt({ min: 0n, max: 5_000_00n }),
        fc.integer({ min: 0, max: 200 }),
        (areaUnits, priceUnits, capFen, workers) => {
          const standard: RenovationFeeStandard = {
            ...feeStandard,
            deposit: {
              basis: "perSquareMetre",
              price: { units: priceUnits, scale: 3 },
              cap: moneyFromFen(capFen),
            },
          };
          const fees = computeRenovationFees(
            { buildingArea: { units: areaUnits, scale: 2 }, workers },
            standard,
          );
          expect(fees.total).toBe(sumMoney(fees.lines.map((l) => l.amount)));
          expect(fees.deposit <= capFen).toBe(true);
          expect(fees.refundable <= fees.total).toBe(true);
        },
      ),
    );
  });
});
