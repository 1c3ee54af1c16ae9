import { describe, expect, it } from "vitest";
import { parseMoney } from "../../money/index.ts";
import { computeUnitBill } from "../bill.ts";
import { billingPeriodOf, shiftBillingPeriod } from "../period.ts";
import { DEFAULT_FEE_POLICY, resolveFeePolicy } from "../policy.ts";
import type { FeePolicy } from "../types.ts";
import { billOf, expectRefusal, expectThrownRefusal, refusalOf, schedule, unit1201 } from "./fixtures.ts";

describe("R-FEE-3 proration of a partial month", () => {
  it("prorates by days of occupancy from the handover day (default)", () => {
    const bill = billOf(computeUnitBill(schedule(), unit1201, "2026-11"));
    expect(bill.chargedFrom).toBe("2026-11-14");
    expect(bill.chargedTo).toBe("2026-11-30");
    const [property, parking] = bill.lines;
    expect(property?.explanation.zh).toBe("物业服务费：89.37㎡ × 2.35元/㎡/月 × 17/30天 = 119.01元");
    expect(property?.explanation.en).toBe(
      "Property service fee: 89.37 m² × ¥2.35/m²/month × 17/30 days = ¥119.01",
    );
    expect(property?.basis).toMatchObject({ proration: { chargedDays: 17, daysInMonth: 30 } });
    expect(parking?.explanation.zh).toBe("车位管理费：150.00元/个/月 × 1个 × 17/30天 = 85.00元");
  });

  it("counts the days of the calendar month, leap February included", () => {
    const unit = { ...unit1201, handoverDate: "2028-02-15" };
    const [line] = billOf(computeUnitBill(schedule(), unit, "2028-02")).lines;
    expect(line?.basis).toMatchObject({ proration: { chargedDays: 15, daysInMonth: 29 } });
    // 89.37 × 2.60 × 15/29 = 120.1873…
    expect(line?.amount).toBe(parseMoney("120.19"));
  });

  it("charges a whole month when handed over on the 1st", () => {
    const unit = { ...unit1201, handoverDate: "2026-11-01" };
    const [line] = billOf(computeUnitBill(schedule(), unit, "2026-11")).lines;
    expect(line?.explanation.zh).toBe("物业服务费：89.37㎡ × 2.35元/㎡/月 × 1个月 = 210.02元");
  });

  it("charges the whole month under the whole-month policy", () => {
    const [line] = billOf(computeUnitBill(schedule({ proration: "wholeMonth" }), unit1201, "2026-11")).lines;
    expect(line?.amount).toBe(parseMoney("210.02"));
    expect(line?.basis).toMatchObject({ proration: { chargedDays: 30, daysInMonth: 30 } });
  });

  it("starts charging the month after handover when the policy says so", () => {
    const fees = schedule({ chargeStart: "followingMonth" });
    const november = computeUnitBill(fees, unit1201, "2026-11");
    expectRefusal(refusalOf(november), "FEE_NOT_YET_CHARGEABLE");
    expect(refusalOf(november)?.message).toBe(
      "Unit 3-1201 is charged from 2026-12-01, after the period 2026-11",
    );
    const december = billOf(computeUnitBill(fees, unit1201, "2026-12"));
    expect(december.chargedFrom).toBe("2026-12-01");
    expect(december.lines[0]?.amount).toBe(parseMoney("210.02"));
  });

  it("refuses a period before handover, and a unit not handed over", () => {
    expectRefusal(refusalOf(computeUnitBill(schedule(), unit1201, "2026-10")), "FEE_NOT_YET_CHARGEABLE");
    const { handoverDate: _, ...keys } = unit1201;
    const outcome = computeUnitBill(schedule(), keys, "2026-11");
    expectRefusal(refusalOf(outcome), "FEE_NOT_HANDED_OVER");
    expect(refusalOf(outcome)?.messageZh).toBe("房屋 3-1201 尚未交房，暂不计收费用");
  });

  it("refuses a handover date that is not a date", () => {
    const error = expectThrownRefusal(
      () => computeUnitBill(schedule(), { ...unit1201, handoverDate: "2026-02-30" }, "2026-11"),
      "FEE_INVALID_DATE",
    );
    expect(error.path).toEqual(["unit", "handoverDate"]);
  });
});

describe("R-FEE-3 rounding once per line", () => {
  it("rounds the exact product once, to the fen half up by default", () => {
    const [line] = billOf(computeUnitBill(schedule(), unit1201, "2026-11")).lines;
    // 89.37 × 2.35 × 17/30 = 119.01105 yuan exactly = 11901.105 fen, rounded once to 119.01
    const exact = line?.basis.exact ?? { num: 0n, den: 1n };
    expect(exact.num * 1000n).toBe(11901105n * exact.den);
    expect(line?.amount).toBe(parseMoney("119.01"));
    expect(line?.basis.rounding).toEqual({ step: "fen", mode: "halfUp" });
  });

  it("follows the estate's rounding step and mode and says so on the line", () => {
    const fees = schedule({ rounding: { step: "jiao", mode: "halfUp" } });
    const [line] = billOf(computeUnitBill(fees, unit1201, "2026-11")).lines;
    expect(line?.amount).toBe(parseMoney("119.00"));
    expect(line?.explanation).toEqual({
      en: "Property service fee: 89.37 m² × ¥2.35/m²/month × 17/30 days = ¥119.00 (rounded to the jiao, half up)",
      zh: "物业服务费：89.37㎡ × 2.35元/㎡/月 × 17/30天 = 119.00元（按角四舍五入）",
    });
    const up = schedule({ rounding: { step: "yuan", mode: "up" } });
    const [rounded] = billOf(computeUnitBill(up, unit1201, "2026-11")).lines;
    expect(rounded?.amount).toBe(parseMoney("120.00"));
    expect(rounded?.explanation.zh).toMatch(/（按元进位）$/);
  });
});

describe("R-FEE-3 billing periods", () => {
  it("refuses anything but a calendar month YYYY-MM", () => {
    for (const period of ["2026-13", "2026-00", "2026-1", "2026/11", "0000-01", "2026-11-01"]) {
      expectThrownRefusal(() => computeUnitBill(schedule(), unit1201, period), "FEE_INVALID_PERIOD");
    }
  });

  it("finds the period of a date and steps between periods", () => {
    expect(billingPeriodOf("2026-11-21")).toBe("2026-11");
    expect(shiftBillingPeriod("2026-12", 1)).toBe("2027-01");
    expect(shiftBillingPeriod("2026-01", -1)).toBe("2025-12");
    expect(shiftBillingPeriod("2026-11", 14)).toBe("2028-01");
    expectThrownRefusal(() => billingPeriodOf("2026-11"), "FEE_INVALID_DATE");
    expectThrownRefusal(() => shiftBillingPeriod("9999-12", 1), "FEE_INVALID_PERIOD");
    expectThrownRefusal(() => shiftBillingPeriod("2026-11", 0.5), "FEE_INVALID_PERIOD");
  });
});

describe("R-FEE-3 policy defaults and checks", () => {
  it("documents its defaults", () => {
    expect(DEFAULT_FEE_POLICY).toEqual({
      priceDecimals: 2,
      rounding: { step: "fen", mode: "halfUp" },
      proration: "byDays",
      chargeStart: "handoverDay",
      prepaymentMonths: 6,
    });
    expect(resolveFeePolicy()).toEqual(DEFAULT_FEE_POLICY);
    expect(resolveFeePolicy({ rounding: undefined, prepaymentMonths: undefined })).toEqual(
      DEFAULT_FEE_POLICY,
    );
    expect(resolveFeePolicy({ proration: "wholeMonth" })).toEqual({
      ...DEFAULT_FEE_POLICY,
      proration: "wholeMonth",
    });
  });

  it.each<[string, Partial<FeePolicy>, string[]]>([
    ["price decimals above 6", { priceDecimals: 7 }, ["policy", "priceDecimals"]],
    ["fractional price decimals", { priceDecimals: 2.5 }, ["policy", "priceDecimals"]],
    [
      "an unknown rounding step",
      { rounding: { step: "mao" as "fen", mode: "halfUp" } },
      ["policy", "rounding", "step"],
    ],
    [
      "an unknown rounding mode",
      { rounding: { step: "fen", mode: "nearest" as "up" } },
      ["policy", "rounding", "mode"],
    ],
    ["an unknown proration", { proration: "byWeeks" as "byDays" }, ["policy", "proration"]],
    ["an unknown charge start", { chargeStart: "moveIn" as "handoverDay" }, ["policy", "chargeStart"]],
    ["zero prepaid months", { prepaymentMonths: 0 }, ["policy", "prepaymentMonths"]],
  ])("refuses %s", (_name, policy, path) => {
    const error = expectThrownRefusal(() => resolveFeePolicy(policy), "FEE_INVALID_POLICY");
    expect(error.path).toEqual(path);
  });
});
