import { expect } from "vitest";
import type { Refusal } from "../../errors/index.ts";
import type { Bill, BillOutcome } from "../bill-types.ts";
import { buildFeeSchedule, type FeeSchedule } from "../schedule.ts";
import type { BillableUnit, FeeItem, FeePolicy, FeeStandard } from "../types.ts";

/** The test estate 阳光花园: a 2026 standard, raised from 2027-01-01; commercial units priced apart. */
export const ESTATE = "sunny-garden";

export const propertyFee = (price: string): FeeItem => ({
  code: "property",
  kind: "area",
  name: { en: "Property service fee", zh: "物业服务费" },
  price,
});
export const parkingFee = (price: string): FeeItem => ({
  code: "parking",
  kind: "fixed",
  per: "parkingSpace",
  name: { en: "Parking management fee", zh: "车位管理费" },
  price,
});
export const elevatorFee = (price: string): FeeItem => ({
  code: "elevator",
  kind: "fixed",
  per: "unit",
  name: { en: "Elevator fee", zh: "电梯费" },
  price,
});
export const waterFee = (price: string): FeeItem => ({
  code: "water",
  kind: "metered",
  meter: "water",
  measure: { en: "m³", zh: "吨" },
  name: { en: "Water", zh: "水费" },
  price,
});
export const powerFee = (price: string): FeeItem => ({
  code: "power",
  kind: "metered",
  meter: "electricity",
  measure: { en: "kWh", zh: "度" },
  name: { en: "Electricity", zh: "电费" },
  price,
});
export const passFee = (price: string): FeeItem => ({
  code: "pass",
  kind: "oneOff",
  per: "each",
  measure: { en: "pass", zh: "张" },
  name: { en: "Worker pass fee", zh: "施工人员出入证工本费" },
  price,
});
export const renovationFee = (price: string): FeeItem => ({
  code: "renovation",
  kind: "oneOff",
  per: "squareMetre",
  name: { en: "Renovation management fee", zh: "装修管理费" },
  price,
});

export function standard(
  id: string,
  effectiveFrom: string,
  items: readonly FeeItem[],
  unitType: FeeStandard["unitType"] = "residential",
): FeeStandard {
  return { id, estateId: ESTATE, unitType, effectiveFrom, items };
}

export const standards2026: readonly FeeStandard[] = [
  standard("res-2026", "2026-01-01", [
    propertyFee("2.35"),
    parkingFee("150"),
    waterFee("4.10"),
    passFee("10"),
  ]),
  standard("res-2027", "2027-01-01", [
    propertyFee("2.60"),
    parkingFee("160"),
    waterFee("4.30"),
    passFee("10"),
  ]),
  standard("com-2026", "2026-01-01", [propertyFee("5.80")], "commercial"),
];

export function schedule(
  policy?: Partial<FeePolicy>,
  standards: readonly FeeStandard[] = standards2026,
): FeeSchedule {
  return buildFeeSchedule({ estateId: ESTATE, standards, ...(policy ? { policy } : {}) });
}

export const unit1201: BillableUnit = {
  id: "3-1201",
  unitType: "residential",
  buildingArea: "89.37",
  handoverDate: "2026-11-14",
  parkingSpaces: 1,
};

export function billOf(outcome: BillOutcome): Bill {
  if (!outcome.ok) throw new Error(`expected a bill, got ${outcome.refusals.map((r) => r.code).join(", ")}`);
  return outcome.bill;
}

/** Asserts a refusal carries the code and both messages (R-FEE-*: every refusal is bilingual). */
export function expectRefusal(refusal: Refusal | undefined, code: string): void {
  expect(refusal?.code).toBe(code);
  expect(refusal?.message).toMatch(/\w/);
  expect(refusal?.messageZh).toMatch(/[\u4e00-\u9fff]/);
}

/** Runs `action`, asserting it throws a DomainError with the code and both messages. */
export function expectThrownRefusal(action: () => unknown, code: string): Refusal {
  try {
    action();
  } catch (error) {
    expectRefusal(error as Refusal, code);
    return error as Refusal;
  }
  throw new Error(`expected ${code} to be thrown`);
}

export function refusalOf(outcome: { ok: boolean; refusals?: readonly Refusal[] }): Refusal | undefined {
  return outcome.ok ? undefined : outcome.refusals?.[0];
}
