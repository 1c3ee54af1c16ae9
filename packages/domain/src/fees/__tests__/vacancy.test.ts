import { describe, expect, it } from "vitest";
import { parseMoney } from "../../money/index.ts";
import { computeUnitBill } from "../bill.ts";
import { resolveFeePolicy } from "../policy.ts";
import { billOf, expectThrownRefusal, schedule, unit1201 } from "./fixtures.ts";

const vacant = { ...unit1201, handoverDate: "2025-06-18", vacantSince: "2026-05-01" };
const discounted = schedule({ vacancyDiscount: { rate: "0.3", minimumVacantMonths: 6 } });

describe("R-FEE-11 vacancy discount", () => {
  it("is off by default", () => {
    const [line] = billOf(computeUnitBill(schedule(), vacant, "2026-11")).lines;
    expect(line?.amount).toBe(parseMoney("210.02"));
    expect(line?.basis).not.toHaveProperty("vacancy.rate");
  });

  it("takes the discount off a unit vacant for the threshold, and shows it on the line", () => {
    const [line, parking] = billOf(computeUnitBill(discounted, vacant, "2026-11")).lines;
    // 89.37 × 2.35 × 70% = 147.0137 → 147.01
    expect(line?.amount).toBe(parseMoney("147.01"));
    expect(line?.explanation).toEqual({
      en: "Property service fee: 89.37 m² × ¥2.35/m²/month × 1 month × (1 − 30% vacancy discount) = ¥147.01",
      zh: "物业服务费：89.37㎡ × 2.35元/㎡/月 × 1个月 × (1 − 30%空置优惠) = 147.01元",
    });
    expect(line?.basis).toMatchObject({
      vacancy: {
        rate: "0.3",
        percent: "30%",
        vacantSince: "2026-05-01",
        vacantMonths: 6,
        undiscountedAmount: parseMoney("210.02"),
      },
    });
    // Only the property service fee by default.
    expect(parking?.amount).toBe(parseMoney("150.00"));
  });

  it("does not apply below the threshold", () => {
    const recent = { ...vacant, vacantSince: "2026-05-02" };
    const [line] = billOf(computeUnitBill(discounted, recent, "2026-11")).lines;
    expect(line?.amount).toBe(parseMoney("210.02"));
    const [next] = billOf(computeUnitBill(discounted, recent, "2026-12")).lines;
    expect(next?.amount).toBe(parseMoney("147.01"));
  });

  it("uses a default threshold of six months and can cover fixed fees", () => {
    const fees = schedule({ vacancyDiscount: { rate: "0.5", itemKinds: ["area", "fixed"] } });
    const [line, parking] = billOf(computeUnitBill(fees, vacant, "2026-11")).lines;
    expect(line?.amount).toBe(parseMoney("105.01"));
    expect(parking?.explanation.zh).toBe(
      "车位管理费：150.00元/个/月 × 1个 × 1个月 × (1 − 50%空置优惠) = 75.00元",
    );
    expect(billOf(computeUnitBill(fees, vacant, "2026-10")).lines[0]?.amount).toBe(parseMoney("210.02"));
  });

  it("combines with proration and rounds once", () => {
    const handedOver = { ...unit1201, vacantSince: "2026-05-14", handoverDate: "2026-11-14" };
    const fees = schedule({ vacancyDiscount: { rate: "0.125", minimumVacantMonths: 6 } });
    const [line] = billOf(computeUnitBill(fees, handedOver, "2026-11")).lines;
    // 89.37 × 2.35 × 17/30 × 87.5% = 104.13466… → 104.13
    expect(line?.amount).toBe(parseMoney("104.13"));
    expect(line?.explanation.zh).toBe(
      "物业服务费：89.37㎡ × 2.35元/㎡/月 × 17/30天 × (1 − 12.5%空置优惠) = 104.13元",
    );
  });

  it("refuses a rate outside 0 to 1 or not a number", () => {
    for (const rate of ["1.5", "-0.1", "30%", ""]) {
      expectThrownRefusal(() => resolveFeePolicy({ vacancyDiscount: { rate } }), "FEE_INVALID_DISCOUNT");
    }
    expect(() => resolveFeePolicy({ vacancyDiscount: { rate: "1" } })).not.toThrow();
  });

  it("refuses a bad threshold or item kind", () => {
    expectThrownRefusal(
      () => resolveFeePolicy({ vacancyDiscount: { rate: "0.3", minimumVacantMonths: -1 } }),
      "FEE_INVALID_POLICY",
    );
    expectThrownRefusal(
      () => resolveFeePolicy({ vacancyDiscount: { rate: "0.3", itemKinds: ["metered" as "area"] } }),
      "FEE_INVALID_POLICY",
    );
    expectThrownRefusal(
      () => resolveFeePolicy({ vacancyDiscount: { rate: "0.3", itemKinds: [] } }),
      "FEE_INVALID_POLICY",
    );
  });

  it("refuses a vacancy date that is not a date", () => {
    expectThrownRefusal(
      () => computeUnitBill(discounted, { ...vacant, vacantSince: "May 2026" }, "2026-11"),
      "FEE_INVALID_DATE",
    );
  });
});
