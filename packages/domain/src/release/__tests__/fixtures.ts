import { parseMoney } from "../../money/index.ts";
import type { PhonedConsent, ReleaseItem, ReleaseRequest, UnitAccountStatement } from "../index.ts";

/** 10:00 in Beijing on 21 November 2026. */
export const at = new Date("2026-11-21T02:00:00Z");
export const today = "2026-11-21";

export const sofa: ReleaseItem = { description: "three-seat sofa", category: "furniture", quantity: 1 };
export const cartons: ReleaseItem = { description: "book cartons", category: "carton", quantity: 6 };
export const umbrella: ReleaseItem = { description: "umbrella", category: "smallItem", quantity: 1 };

export function consent(overrides: Partial<PhonedConsent> = {}): PhonedConsent {
  return {
    calledAt: new Date("2026-11-21T01:50:00Z"),
    calledBy: "Desk officer Li",
    contactName: "Owner Wang",
    phone: "13812345678",
    outcome: "agreed",
    answer: "yes, my tenant is leaving",
    ...overrides,
  };
}

export function request(overrides: Partial<ReleaseRequest> = {}): ReleaseRequest {
  return {
    unitId: "3-1201",
    carrier: { name: "Wang Wei", identityNumber: "110101199003071234", relation: "owner" },
    items: [sofa],
    reason: "temporary",
    ...overrides,
  };
}

export function statement(overrides: Partial<UnitAccountStatement> = {}): UnitAccountStatement {
  return {
    unitId: "3-1201",
    asOf: today,
    outstanding: [
      { kind: "propertyFee", label: "November property fee", amount: parseMoney("0") },
      { kind: "utility", label: "Water to date", amount: parseMoney("0") },
    ],
    ...overrides,
  };
}
