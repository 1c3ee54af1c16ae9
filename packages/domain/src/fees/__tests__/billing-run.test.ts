import { describe, expect, it } from "vitest";
import { parseMoney, sumMoney } from "../../money/index.ts";
import { computeUnitBill } from "../bill.ts";
import { runMonthlyBilling } from "../billing-run.ts";
import type { BillableUnit, MeterReadings } from "../types.ts";
import { billOf, expectRefusal, schedule, unit1201 } from "./fixtures.ts";

const units: BillableUnit[] = [
  { id: "1-101", unitType: "residential", buildingArea: "120.50", handoverDate: "2025-03-01" },
  { ...unit1201, id: "1-102", handoverDate: "2026-12-05" },
  { id: "1-103", unitType: "residential", buildingArea: "75.00" },
  { id: "S-01", unitType: "storage", buildingArea: "8.00", handoverDate: "2025-03-01" },
  { ...unit1201, id: "1-104", handoverDate: "2026-11-14" },
  { ...unit1201, id: "1-105", buildingArea: "-3" },
  { id: "1-101", unitType: "residential", buildingArea: "99.00", handoverDate: "2025-03-01" },
  { ...unit1201, id: "1-106", handoverDate: "2025-01-01" },
];
const readings = new Map<string, MeterReadings>([
  ["1-101", { water: { from: "100", to: "112" } }],
  ["1-106", { water: { from: "200", to: "150" } }],
]);

describe("R-FEE-4 the month-end billing run", () => {
  const run = runMonthlyBilling(schedule(), { period: "2026-12", units, readings });

  it("bills every billable unit, in input order, as the single-unit bill would", () => {
    expect(run.bills.map((bill) => bill.unitId)).toEqual(["1-101", "1-102", "1-104"]);
    const first = units[0] as BillableUnit;
    const single = computeUnitBill(schedule(), first, "2026-12", { readings: readings.get("1-101") ?? {} });
    expect(run.bills[0]).toEqual(billOf(single));
    expect(run.bills[1]?.lines[0]?.basis).toMatchObject({ proration: { chargedDays: 27, daysInMonth: 31 } });
  });

  it("reports every skipped unit and why", () => {
    expect(run.skipped.map((skip) => [skip.unitId, skip.refusals.map((refusal) => refusal.code)])).toEqual([
      ["1-103", ["FEE_NOT_HANDED_OVER"]],
      ["S-01", ["FEE_NO_STANDARD_IN_FORCE"]],
      ["1-105", ["FEE_NEGATIVE_AREA"]],
      ["1-101", ["FEE_DUPLICATE_UNIT"]],
      ["1-106", ["FEE_READING_BACKWARDS"]],
    ]);
    for (const skip of run.skipped) for (const refusal of skip.refusals) expectRefusal(refusal, refusal.code);
  });

  it("totals its lines and amounts exactly", () => {
    expect(run.lineCount).toBe(run.bills.reduce((count, bill) => count + bill.lines.length, 0));
    expect(run.total).toBe(sumMoney(run.bills.map((bill) => bill.total)));
    // 1-101: 120.50 × 2.35 = 283.18 (283.175) + water 12 × 4.10 = 49.20
    expect(run.bills[0]?.total).toBe(parseMoney("332.38"));
    expect(run).toMatchObject({ estateId: "sunny-garden", period: "2026-12" });
  });

  it("reports a unit not yet chargeable in the period", () => {
    const november = runMonthlyBilling(schedule(), { period: "2026-11", units: [units[1] as BillableUnit] });
    expect(november.bills).toEqual([]);
    expectRefusal(november.skipped[0]?.refusals[0], "FEE_NOT_YET_CHARGEABLE");
  });

  it("is deterministic: the same inputs give the same run", () => {
    expect(runMonthlyBilling(schedule(), { period: "2026-12", units, readings })).toEqual(run);
  });

  it("accepts any iterable of units and an empty estate", () => {
    function* generated() {
      yield* units.slice(0, 2);
    }
    expect(runMonthlyBilling(schedule(), { period: "2026-12", units: generated() }).bills).toHaveLength(2);
    expect(runMonthlyBilling(schedule(), { period: "2026-12", units: [] })).toMatchObject({
      bills: [],
      skipped: [],
      lineCount: 0,
      total: 0n,
    });
  });

  it("refuses a malformed period for the whole run", () => {
    expect(() => runMonthlyBilling(schedule(), { period: "December", units })).toThrow(
      expect.objectContaining({ code: "FEE_INVALID_PERIOD" }),
    );
  });

  it("lets errors that are not refusals through", () => {
    const broken = {
      id: "x",
      unitType: "residential",
      get buildingArea(): string {
        throw new TypeError("boom");
      },
    };
    expect(() =>
      runMonthlyBilling(schedule(), { period: "2026-12", units: [broken as BillableUnit] }),
    ).toThrow(TypeError);
  });
});
