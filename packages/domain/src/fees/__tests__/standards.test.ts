import { describe, expect, it } from "vitest";
import { computeUnitBill } from "../bill.ts";
import { buildFeeSchedule, feeStandardInForce } from "../schedule.ts";
import {
  billOf,
  ESTATE,
  expectRefusal,
  expectThrownRefusal,
  propertyFee,
  refusalOf,
  schedule,
  standard,
  standards2026,
  unit1201,
} from "./fixtures.ts";

const settled = { ...unit1201, handoverDate: "2025-06-18" };

describe("R-FEE-1 fee standards with effective dates", () => {
  it("bills each period with the standard in force for it", () => {
    const fees = schedule();
    const december = billOf(computeUnitBill(fees, settled, "2026-12"));
    const january = billOf(computeUnitBill(fees, settled, "2027-01"));
    expect(december.standardId).toBe("res-2026");
    expect(december.lines[0]?.explanation.zh).toBe("物业服务费：89.37㎡ × 2.35元/㎡/月 × 1个月 = 210.02元");
    expect(january.standardId).toBe("res-2027");
    expect(january.lines[0]?.explanation.zh).toBe("物业服务费：89.37㎡ × 2.60元/㎡/月 × 1个月 = 232.36元");
    expect(january.lines.every((line) => line.standardId === "res-2027")).toBe(true);
  });

  it("recomputes an old bill exactly after a newer standard is published", () => {
    const before = billOf(computeUnitBill(schedule(), settled, "2026-11"));
    const later = [...standards2026, standard("res-2028", "2028-01-01", [propertyFee("3.10")])];
    const after = billOf(computeUnitBill(schedule({}, later), settled, "2026-11"));
    expect(after).toEqual(before);
  });

  it("keeps standards per unit type", () => {
    const shop = { ...settled, id: "S-01", unitType: "commercial" as const, parkingSpaces: 0 };
    const bill = billOf(computeUnitBill(schedule(), shop, "2026-11"));
    expect(bill.standardId).toBe("com-2026");
    expect(bill.lines.map((line) => line.explanation.zh)).toEqual([
      "物业服务费：89.37㎡ × 5.80元/㎡/月 × 1个月 = 518.35元",
    ]);
  });

  it("refuses a period before any standard's effective date", () => {
    const outcome = computeUnitBill(schedule(), settled, "2025-12");
    expectRefusal(refusalOf(outcome), "FEE_NO_STANDARD_IN_FORCE");
    expect(refusalOf(outcome)?.message).toBe(
      "No fee standard for residential units is in force on 2025-12-01",
    );
    expect(refusalOf(outcome)?.rule).toBe("R-FEE-1");
  });

  it("refuses a unit type the estate has no standard for", () => {
    const store = { ...settled, unitType: "storage" as const };
    expectRefusal(refusalOf(computeUnitBill(schedule(), store, "2026-11")), "FEE_NO_STANDARD_IN_FORCE");
  });

  it("names the standard in force on a day, or none", () => {
    const fees = schedule();
    expect(feeStandardInForce(fees, "residential", "2026-12-31")?.id).toBe("res-2026");
    expect(feeStandardInForce(fees, "residential", "2027-01-01")?.id).toBe("res-2027");
    expect(feeStandardInForce(fees, "residential", "2025-12-31")).toBeUndefined();
    expectThrownRefusal(() => feeStandardInForce(fees, "residential", "2027-02-30"), "FEE_INVALID_DATE");
  });

  it("accepts standards in any order", () => {
    const reversed = schedule({}, [...standards2026].reverse());
    expect(billOf(computeUnitBill(reversed, settled, "2027-03")).standardId).toBe("res-2027");
    expect(billOf(computeUnitBill(reversed, settled, "2026-03")).standardId).toBe("res-2026");
  });
});

describe("R-FEE-1 a standard changing mid-month", () => {
  const midMonth = [
    standard("old", "2026-01-01", [propertyFee("2.00")]),
    standard("new", "2026-11-16", [propertyFee("3.00")]),
  ];
  const fees = schedule({}, midMonth);

  it("first applies to the next whole period: November keeps the old standard", () => {
    const november = billOf(computeUnitBill(fees, settled, "2026-11"));
    const december = billOf(computeUnitBill(fees, settled, "2026-12"));
    expect(november.standardId).toBe("old");
    expect(november.lines).toHaveLength(1);
    expect(november.lines[0]?.explanation.en).toBe(
      "Property service fee: 89.37 m² × ¥2.00/m²/month × 1 month = ¥178.74",
    );
    expect(december.standardId).toBe("new");
  });

  it("applies to a unit whose charging starts on or after its effective date", () => {
    const late = { ...settled, handoverDate: "2026-11-20" };
    const bill = billOf(computeUnitBill(fees, late, "2026-11"));
    expect(bill.standardId).toBe("new");
    expect(bill.lines[0]?.explanation.zh).toBe("物业服务费：89.37㎡ × 3.00元/㎡/月 × 11/30天 = 98.31元");
  });

  it("lets the first standard of an estate cover a unit handed over after it takes effect mid-month", () => {
    const firstOnly = schedule({}, [standard("first", "2026-11-10", [propertyFee("2.00")])]);
    expect(billOf(computeUnitBill(firstOnly, unit1201, "2026-11")).standardId).toBe("first");
    const early = { ...unit1201, handoverDate: "2026-11-05" };
    expectRefusal(refusalOf(computeUnitBill(firstOnly, early, "2026-11")), "FEE_NO_STANDARD_IN_FORCE");
  });
});

describe("R-FEE-1 publishing standards", () => {
  it("refuses two standards for one unit type taking effect the same day", () => {
    const error = expectThrownRefusal(
      () =>
        buildFeeSchedule({
          estateId: ESTATE,
          standards: [
            standard("a", "2026-01-01", [propertyFee("2")]),
            standard("b", "2026-01-01", [propertyFee("3")]),
          ],
        }),
      "FEE_DUPLICATE_STANDARD",
    );
    expect(error.path).toEqual(["standards", "1", "effectiveFrom"]);
  });

  it("allows the same effective date for different unit types", () => {
    const both = [
      standard("r", "2026-01-01", [propertyFee("2")]),
      standard("c", "2026-01-01", [propertyFee("5")], "commercial"),
    ];
    expect(() => buildFeeSchedule({ estateId: ESTATE, standards: both })).not.toThrow();
  });

  it("refuses a standard of another estate", () => {
    const foreign = { ...standard("x", "2026-01-01", [propertyFee("2")]), estateId: "other" };
    const error = expectThrownRefusal(
      () => buildFeeSchedule({ estateId: ESTATE, standards: [foreign] }),
      "FEE_STANDARD_WRONG_ESTATE",
    );
    expect(error.message).toBe(`Fee standard x belongs to estate other, not to ${ESTATE}`);
  });

  it("refuses an item listed twice in one standard", () => {
    expectThrownRefusal(
      () =>
        buildFeeSchedule({
          estateId: ESTATE,
          standards: [standard("d", "2026-01-01", [propertyFee("2"), propertyFee("3")])],
        }),
      "FEE_DUPLICATE_ITEM",
    );
  });

  it("refuses an effective date that is not a date", () => {
    const error = expectThrownRefusal(
      () =>
        buildFeeSchedule({ estateId: ESTATE, standards: [standard("e", "2026-13-01", [propertyFee("2")])] }),
      "FEE_INVALID_DATE",
    );
    expect(error.path).toEqual(["standards", "0", "effectiveFrom"]);
  });
});
