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
  it("computes each fee from the estate's standard, with its basis and what it is for", () => {
    const fees = computeRenovationFees({ buildingArea: area, workers: 3 }, feeStandard);
    expect(fees.lines.map((l) => [l.item, yuan(l.amount), l.refundable, l.basis])).toEqual([
      ["deposit", "2000.00", true, "fixed ¥2,000.00 per household"],
      // 89.37 × 3.5 = 312.795 → rounded once, half up, to the fen.
      ["managementFee", "312.80", false, "89.37 m² × ¥3.5/m² = ¥312.80"],
      ["debrisRemovalFee", "300.00", false, "fixed ¥300.00 per household"],
      ["passFee", "30.00", false, "3 worker(s) × ¥10.00 = ¥30.00"],
      ["passDeposit", "60.00", true, "3 worker(s) × ¥20.00 = ¥60.00"],
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
      basis: "89.37 m² × ¥30/m² = ¥2,681.10, capped at ¥2,000.00",
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
