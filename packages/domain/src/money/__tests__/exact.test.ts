import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addExact,
  allocateMoney,
  describeExact,
  exactProduct,
  type Money,
  moneyFromFen,
  parseMoney,
  parseQuantity,
  type RoundingPolicy,
  ratio,
  roundExact,
  roundMoney,
  sumMoney,
} from "../index.ts";

const fenAmount = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map((n) => n as Money);
const policy = fc.record({
  step: fc.constantFrom("fen", "jiao", "yuan"),
  mode: fc.constantFrom("halfUp", "halfEven", "down", "up"),
}) as fc.Arbitrary<RoundingPolicy>;

describe("R-FEE-3 exact amounts rounded once", () => {
  it("multiplies area by price by a day fraction without floating point", () => {
    // 89.37 m² × ¥2.35 × 17/30 = 119.01105 yuan
    const exact = exactProduct(parseQuantity("2.35"), [parseQuantity("89.37"), ratio(17, 30)]);
    expect(roundExact(exact)).toBe(parseMoney("119.01"));
    expect(describeExact(exact)).toBe("≈119.0111");
  });

  it("rounds halves up by default, away from zero for negatives", () => {
    expect(roundExact({ num: 5n, den: 10n })).toBe(1n);
    expect(roundExact({ num: 4n, den: 10n })).toBe(0n);
    expect(roundExact({ num: -5n, den: 10n })).toBe(-1n);
  });

  it("honours the estate's step and mode", () => {
    const amount = parseMoney("123.45");
    expect(roundMoney(amount, { step: "jiao", mode: "halfUp" })).toBe(parseMoney("123.50"));
    expect(roundMoney(amount, { step: "yuan", mode: "halfUp" })).toBe(parseMoney("123.00"));
    expect(roundMoney(parseMoney("122.50"), { step: "yuan", mode: "halfEven" })).toBe(parseMoney("122.00"));
    expect(roundMoney(parseMoney("123.50"), { step: "yuan", mode: "halfEven" })).toBe(parseMoney("124.00"));
    expect(roundMoney(parseMoney("123.01"), { step: "yuan", mode: "up" })).toBe(parseMoney("124.00"));
    expect(roundMoney(parseMoney("123.99"), { step: "yuan", mode: "down" })).toBe(parseMoney("123.00"));
  });

  it("refuses a zero denominator", () => {
    expect(() => ratio(1, 0)).toThrow(expect.objectContaining({ code: "MONEY_DIVISION_BY_ZERO" }));
  });

  it("property: rounding is idempotent", () => {
    fc.assert(
      fc.property(fenAmount, policy, (amount, p) => {
        const once = roundMoney(amount, p);
        expect(roundMoney(once, p)).toBe(once);
      }),
    );
  });

  it("property: rounding moves an amount by at most one step (half a step when rounding to nearest)", () => {
    const steps = { fen: 1n, jiao: 10n, yuan: 100n };
    fc.assert(
      fc.property(fenAmount, policy, (amount, p) => {
        const moved = roundMoney(amount, p) - amount;
        const distance = moved < 0n ? -moved : moved;
        const bound = p.mode === "halfUp" || p.mode === "halfEven" ? steps[p.step] / 2n : steps[p.step] - 1n;
        expect(distance <= (p.step === "fen" ? 0n : bound)).toBe(true);
      }),
    );
  });

  it("property: a month split into two prorated parts stays within one rounding step per part of the whole", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 100_000n }), // area in 0.01 m²
        fc.bigInt({ min: 1n, max: 100_000n }), // price in 0.0001 yuan
        fc.integer({ min: 28, max: 31 }),
        fc.integer({ min: 0, max: 31 }),
        (areaUnits, priceUnits, days, splitAt) => {
          const split = Math.min(splitAt, days);
          const price = { units: priceUnits, scale: 4 };
          const area = { units: areaUnits, scale: 2 };
          const whole = roundExact(exactProduct(price, [area]));
          const first = roundExact(exactProduct(price, [area, ratio(split, days)]));
          const second = roundExact(exactProduct(price, [area, ratio(days - split, days)]));
          const gap = first + second - whole;
          expect(gap >= -2n && gap <= 2n).toBe(true);
          // and the exact parts add up to the exact whole
          const exactSum = addExact(
            exactProduct(price, [area, ratio(split, days)]),
            exactProduct(price, [area, ratio(days - split, days)]),
          );
          expect(roundExact(exactSum)).toBe(whole);
        },
      ),
    );
  });
});

describe("R-FEE-6 allocation never loses or creates a fen", () => {
  it("splits ¥100.00 three ways as 33.34 + 33.33 + 33.33", () => {
    expect(allocateMoney(parseMoney("100.00"), [1n, 1n, 1n])).toEqual([3334n, 3333n, 3333n]);
  });

  it("splits by area weights", () => {
    const shares = allocateMoney(parseMoney("1000.00"), [parseQuantity("89.37"), parseQuantity("120.5")]);
    expect(shares).toEqual([parseMoney("425.84"), parseMoney("574.16")]);
  });

  it("shares whole jiao and gives the leftover to the heaviest part", () => {
    expect(allocateMoney(moneyFromFen(1005), [1n, 3n], "jiao")).toEqual([250n, 755n]);
  });

  it("refuses all-zero and negative weights", () => {
    expect(() => allocateMoney(moneyFromFen(100), [0n, 0n])).toThrow(
      expect.objectContaining({ code: "MONEY_ALLOCATION_WITHOUT_WEIGHT" }),
    );
    expect(() => allocateMoney(moneyFromFen(100), [1n, -1n])).toThrow(
      expect.objectContaining({ code: "MONEY_NEGATIVE_WEIGHT" }),
    );
  });

  it("property: the parts always sum exactly to the total", () => {
    fc.assert(
      fc.property(
        fenAmount,
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom("fen", "jiao", "yuan"),
        (total, weights, step) => {
          fc.pre(weights.some((w) => w > 0n));
          const parts = allocateMoney(total, weights, step as "fen" | "jiao" | "yuan");
          expect(sumMoney(parts)).toBe(total);
          expect(parts).toHaveLength(weights.length);
          parts.forEach((part, i) => {
            if (weights[i] === 0n && step === "fen") expect(part).toBe(0n);
          });
        },
      ),
    );
  });

  it("property: each part is within one step of its exact proportional share", () => {
    fc.assert(
      fc.property(
        fenAmount,
        fc.array(fc.bigInt({ min: 1n, max: 10n ** 6n }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = allocateMoney(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0n);
          parts.forEach((part, i) => {
            const exactTimesSum = total * (weights[i] ?? 0n);
            const diff = part * sum - exactTimesSum;
            expect((diff < 0n ? -diff : diff) < sum).toBe(true);
          });
        },
      ),
    );
  });
});
