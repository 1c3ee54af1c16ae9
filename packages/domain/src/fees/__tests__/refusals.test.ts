import { describe, expect, it } from "vitest";
import type { Refusal } from "../../errors/index.ts";
import { computeUnitBill } from "../bill.ts";
import { runMonthlyBilling } from "../billing-run.ts";
import { feeErrors } from "../errors.ts";
import { measureConsumption } from "../meter.ts";
import { computeOneOffCharge } from "../one-off.ts";
import { resolveFeePolicy } from "../policy.ts";
import { buildFeeSchedule } from "../schedule.ts";
import { ESTATE, expectRefusal, parkingFee, propertyFee, schedule, standard, unit1201 } from "./fixtures.ts";

const settled = { ...unit1201, handoverDate: "2025-06-18" };

/** Runs an action and returns its refusal, whether returned as a value or thrown. */
function refusalFrom(action: () => unknown): Refusal | undefined {
  try {
    const result = action() as {
      ok?: boolean;
      refusals?: readonly Refusal[];
      skipped?: { refusals: Refusal[] }[];
    };
    return result.refusals?.[0] ?? result.skipped?.[0]?.refusals[0];
  } catch (error) {
    return error as Refusal;
  }
}

const onePass = { unitType: "residential" as const, on: "2026-11-20" };

/** One way to provoke every fee refusal; the catalogue test below keeps this list complete. */
const cases: Record<keyof typeof feeErrors, () => unknown> = {
  FEE_NO_STANDARD_IN_FORCE: () => computeUnitBill(schedule(), settled, "2025-12"),
  FEE_DUPLICATE_STANDARD: () =>
    schedule({}, [
      standard("a", "2026-01-01", [propertyFee("1")]),
      standard("b", "2026-01-01", [propertyFee("2")]),
    ]),
  FEE_STANDARD_WRONG_ESTATE: () =>
    buildFeeSchedule({ estateId: "elsewhere", standards: [standard("a", "2026-01-01", [propertyFee("1")])] }),
  FEE_DUPLICATE_ITEM: () => schedule({}, [standard("a", "2026-01-01", [propertyFee("1"), propertyFee("2")])]),
  FEE_NEGATIVE_AREA: () => computeUnitBill(schedule(), { ...settled, buildingArea: "-1" }, "2026-11"),
  FEE_NEGATIVE_PRICE: () => schedule({}, [standard("a", "2026-01-01", [propertyFee("-1")])]),
  FEE_PRICE_TOO_PRECISE: () => schedule({}, [standard("a", "2026-01-01", [propertyFee("2.355")])]),
  FEE_INVALID_NUMBER: () => computeUnitBill(schedule(), { ...settled, buildingArea: "about 90" }, "2026-11"),
  FEE_INVALID_COUNT: () => computeOneOffCharge(schedule(), { ...onePass, itemCode: "pass", count: 0.5 }),
  FEE_NEGATIVE_READING: () => measureConsumption("water", { from: "-5", to: "1" }),
  FEE_READING_BACKWARDS: () =>
    computeUnitBill(schedule(), settled, "2026-11", { readings: { water: { from: "20", to: "10" } } }),
  FEE_READING_EXCEEDS_METER: () => measureConsumption("water", { from: "1", to: "1000", meterDigits: 3 }),
  FEE_INVALID_METER_DIGITS: () => measureConsumption("water", { from: "1", to: "2", meterDigits: 40 }),
  FEE_UNKNOWN_METER: () =>
    computeUnitBill(schedule(), settled, "2026-11", { readings: { gas: { from: "1", to: "2" } } }),
  FEE_UNKNOWN_ITEM: () => computeOneOffCharge(schedule(), { ...onePass, itemCode: "swimming" }),
  FEE_NOT_ONE_OFF: () => computeOneOffCharge(schedule(), { ...onePass, itemCode: "parking" }),
  FEE_INVALID_PERIOD: () => computeUnitBill(schedule(), settled, "Nov 2026"),
  FEE_INVALID_DATE: () => computeUnitBill(schedule(), { ...settled, handoverDate: "2026/11/14" }, "2026-11"),
  FEE_INVALID_POLICY: () => resolveFeePolicy({ prepaymentMonths: 37 }),
  FEE_NOT_HANDED_OVER: () =>
    computeUnitBill(schedule(), { id: "x", unitType: "residential", buildingArea: "1" }, "2026-11"),
  FEE_NOT_YET_CHARGEABLE: () => computeUnitBill(schedule(), unit1201, "2026-01"),
  FEE_INVALID_DISCOUNT: () => resolveFeePolicy({ vacancyDiscount: { rate: "2" } }),
  FEE_DUPLICATE_UNIT: () => runMonthlyBilling(schedule(), { period: "2026-11", units: [settled, settled] }),
  FEE_NOTHING_TO_BILL: () =>
    computeUnitBill(
      schedule({}, [standard("p", "2026-01-01", [parkingFee("1")])]),
      { ...settled, parkingSpaces: 0 },
      "2026-11",
    ),
};

describe("fee refusals", () => {
  it("has a case for every code in the catalogue", () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(feeErrors).sort());
  });

  it.each(Object.entries(cases))("%s carries its code, rule and both messages", (code, action) => {
    const refusal = refusalFrom(action);
    expectRefusal(refusal, code);
    expect(refusal?.rule).toMatch(/^R-(FEE|HND)-\d+$/);
  });

  it("documents every code with English and Chinese templates", () => {
    for (const kind of Object.values(feeErrors)) {
      expect(kind.code).toMatch(/^FEE_[A-Z_]+$/);
      expect(kind.template.en.length).toBeGreaterThan(10);
      expect(kind.template.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("keeps the estate in the wrong-estate message", () => {
    expect(refusalFrom(cases.FEE_STANDARD_WRONG_ESTATE)?.message).toBe(
      `Fee standard a belongs to estate ${ESTATE}, not to elsewhere`,
    );
  });
});
