import { describe, expect, it } from "vitest";
import { parseMoney, sumMoney } from "../../money/index.ts";
import { computeUnitBill } from "../bill.ts";
import {
  billOf,
  ESTATE,
  expectRefusal,
  parkingFee,
  refusalOf,
  schedule,
  standard,
  standards2026,
  unit1201,
  waterFee,
} from "./fixtures.ts";

describe("R-FEE-4 the bill of a unit for a month", () => {
  const readings = { water: { from: "1234", to: "1240" } };

  it("itemises the lines in the published order, each with basis and explanation", () => {
    const bill = billOf(computeUnitBill(schedule(), unit1201, "2026-11", { readings }));
    expect(bill).toMatchObject({
      unitId: "3-1201",
      period: "2026-11",
      estateId: ESTATE,
      standardId: "res-2026",
      chargedFrom: "2026-11-14",
      chargedTo: "2026-11-30",
      missingReadings: [],
    });
    expect(bill.lines.map((line) => [line.itemCode, line.kind, line.explanation.zh])).toEqual([
      ["property", "area", "物业服务费：89.37㎡ × 2.35元/㎡/月 × 17/30天 = 119.01元"],
      ["parking", "fixed", "车位管理费：150.00元/个/月 × 1个 × 17/30天 = 85.00元"],
      ["water", "metered", "水费：(1240 − 1234)吨 × 4.10元/吨 = 24.60元"],
    ]);
    expect(bill.lines.map((line) => line.explanation.en)).toEqual([
      "Property service fee: 89.37 m² × ¥2.35/m²/month × 17/30 days = ¥119.01",
      "Parking management fee: ¥150.00/space/month × 1 space × 17/30 days = ¥85.00",
      "Water: (1240 − 1234) m³ × ¥4.10/m³ = ¥24.60",
    ]);
    expect(bill.lines[0]?.itemName).toEqual({ en: "Property service fee", zh: "物业服务费" });
  });

  it("totals exactly the sum of its lines", () => {
    const bill = billOf(computeUnitBill(schedule(), unit1201, "2026-11", { readings }));
    expect(bill.total).toBe(sumMoney(bill.lines.map((line) => line.amount)));
    expect(bill.total).toBe(parseMoney("228.61"));
  });

  it("bills without a reading and names the meter still to read", () => {
    const bill = billOf(computeUnitBill(schedule(), unit1201, "2026-11"));
    expect(bill.lines.map((line) => line.itemCode)).toEqual(["property", "parking"]);
    expect(bill.missingReadings).toEqual(["water"]);
  });

  it("refuses a bill with no line to charge", () => {
    const fees = schedule({}, [standard("spaces", "2026-01-01", [parkingFee("150"), waterFee("4")])]);
    const outcome = computeUnitBill(fees, { ...unit1201, parkingSpaces: 0 }, "2026-11");
    expectRefusal(refusalOf(outcome), "FEE_NOTHING_TO_BILL");
    expect(refusalOf(outcome)?.rule).toBe("R-FEE-4");
  });

  it("does not depend on anything but its inputs", () => {
    const first = computeUnitBill(schedule(), unit1201, "2026-11", { readings });
    const second = computeUnitBill(schedule({}, [...standards2026]), { ...unit1201 }, "2026-11", {
      readings,
    });
    expect(second).toEqual(first);
  });
});
