import { describe, expect, it } from "vitest";
import { parseMoney, sumMoney } from "../../money/index.ts";
import { computeUnitBill } from "../bill.ts";
import type { HandoverPrepayment } from "../prepayment.ts";
import { computeHandoverPrepayment } from "../prepayment.ts";
import { billOf, expectRefusal, propertyFee, refusalOf, schedule, standard, unit1201 } from "./fixtures.ts";

function prepaid(outcome: ReturnType<typeof computeHandoverPrepayment>): HandoverPrepayment {
  if (!outcome.ok) throw new Error(outcome.refusals[0]?.code);
  return outcome.prepayment;
}

describe("R-HND-3 handover prepayment", () => {
  it("collects the rest of the handover month plus six whole months by default", () => {
    const prepayment = prepaid(computeHandoverPrepayment(schedule(), unit1201));
    expect(prepayment).toMatchObject({
      unitId: "3-1201",
      handoverDate: "2026-11-14",
      coveredFrom: "2026-11-14",
      coveredTo: "2027-05-31",
      months: 6,
    });
    expect(prepayment.bills.map((bill) => bill.period)).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
      "2027-03",
      "2027-04",
      "2027-05",
    ]);
    expect(prepayment.bills[0]?.lines[0]?.explanation.zh).toBe(
      "物业服务费：89.37㎡ × 2.35元/㎡/月 × 17/30天 = 119.01元",
    );
  });

  it("itemises the amount as the monthly bills would, with the standard of each month", () => {
    const fees = schedule();
    const prepayment = prepaid(computeHandoverPrepayment(fees, unit1201));
    // Nov: 119.01 + 85.00; Dec: 210.02 + 150; Jan–May (2027 standard): 5 × (232.36 + 160)
    expect(prepayment.total).toBe(parseMoney("2525.83"));
    expect(prepayment.total).toBe(sumMoney(prepayment.bills.map((bill) => bill.total)));
    for (const bill of prepayment.bills) {
      expect(bill).toEqual(billOf(computeUnitBill(fees, unit1201, bill.period, { includeMetered: false })));
    }
    expect(prepayment.bills[2]?.standardId).toBe("res-2027");
  });

  it("does not prepay metered fees", () => {
    const prepayment = prepaid(computeHandoverPrepayment(schedule(), unit1201));
    expect(prepayment.bills.flatMap((bill) => bill.lines.map((line) => line.kind))).not.toContain("metered");
    expect(prepayment.bills.every((bill) => bill.missingReadings.length === 0)).toBe(true);
  });

  it("covers exactly six months from a handover on the 1st", () => {
    const prepayment = prepaid(
      computeHandoverPrepayment(schedule(), { ...unit1201, handoverDate: "2026-11-01" }),
    );
    expect([prepayment.coveredFrom, prepayment.coveredTo, prepayment.bills.length]).toEqual([
      "2026-11-01",
      "2027-04-30",
      6,
    ]);
  });

  it("follows the policy: months collected, whole first month, charging from the next month", () => {
    const three = prepaid(computeHandoverPrepayment(schedule({ prepaymentMonths: 3 }), unit1201));
    expect([three.coveredTo, three.bills.length]).toEqual(["2027-02-28", 4]);
    const whole = prepaid(computeHandoverPrepayment(schedule({ proration: "wholeMonth" }), unit1201));
    expect(whole.bills[0]?.lines[0]?.amount).toBe(parseMoney("210.02"));
    const next = prepaid(computeHandoverPrepayment(schedule({ chargeStart: "followingMonth" }), unit1201));
    expect([next.coveredFrom, next.coveredTo, next.bills.length]).toEqual(["2026-12-01", "2027-05-31", 6]);
  });

  it("refuses a unit not handed over", () => {
    const { handoverDate: _, ...keys } = unit1201;
    expectRefusal(refusalOf(computeHandoverPrepayment(schedule(), keys)), "FEE_NOT_HANDED_OVER");
  });

  it("refuses a handover before any standard is in force", () => {
    const fees = schedule({}, [standard("later", "2027-01-01", [propertyFee("2.35")])]);
    expectRefusal(refusalOf(computeHandoverPrepayment(fees, unit1201)), "FEE_NO_STANDARD_IN_FORCE");
  });
});
