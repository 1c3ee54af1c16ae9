import { describe, expect, it } from "vitest";
import {
  checkEmergencyPlan,
  EMERGENCY_TYPES,
  type EmergencyType,
  resolveEmergencyPolicy,
  reviewEmergencyPlans,
} from "../index.ts";
import { firePlan, planOf, thrownCode } from "./fixtures.ts";

describe("R-EMG-1 an emergency plan names responsible people, routes and assembly points", () => {
  it("a complete plan has no gaps", () => {
    expect(checkEmergencyPlan(firePlan)).toEqual([]);
  });

  it("lists every gap at once", () => {
    const draft = {
      ...firePlan,
      title: "",
      responsiblePeople: [],
      evacuationRoutes: [" "],
      assemblyPoints: [],
    };
    expect(checkEmergencyPlan(draft).map((r) => r.code)).toEqual([
      "EMG_FIELD_REQUIRED",
      "EMG_PLAN_NO_RESPONSIBLE_PERSON",
      "EMG_PLAN_NO_EVACUATION_ROUTE",
      "EMG_PLAN_NO_ASSEMBLY_POINT",
    ]);
  });

  it("needs a contact for every responsible person", () => {
    const plan = {
      ...firePlan,
      responsiblePeople: [
        ...firePlan.responsiblePeople,
        { name: "Liu Anbao", duty: "evacuation", phone: "" },
      ],
    };
    const [refusal] = checkEmergencyPlan(plan);
    expect(refusal).toMatchObject({ code: "EMG_PLAN_CONTACT_MISSING", rule: "R-EMG-1" });
    expect(refusal?.messageZh).toContain("Liu Anbao");
  });

  it("refuses an unknown type", () => {
    const codes = checkEmergencyPlan({ ...firePlan, type: "alien" as EmergencyType }).map((r) => r.code);
    expect(codes).toEqual(["EMG_UNKNOWN_TYPE"]);
  });

  it("reviews the estate: missing types and plans with gaps", () => {
    const incomplete = { ...planOf("powerOutage"), assemblyPoints: [] };
    const review = reviewEmergencyPlans([firePlan, incomplete]);
    expect(review.missingTypes).toEqual([
      "waterOutage",
      "naturalDisaster",
      "equipmentFailure",
      "publicSecurity",
    ]);
    expect(review.gaps).toEqual([
      {
        planId: "EP-powerOutage",
        refusals: [expect.objectContaining({ code: "EMG_PLAN_NO_ASSEMBLY_POINT" })],
      },
    ]);
    expect(review.complete).toBe(false);
  });

  it("an estate with a complete plan of every type passes", () => {
    const review = reviewEmergencyPlans(EMERGENCY_TYPES.map((type) => planOf(type)));
    expect(review).toEqual({ missingTypes: [], gaps: [], complete: true, rule: "R-EMG-1" });
  });

  it("the required types are policy", () => {
    expect(reviewEmergencyPlans([firePlan], { requiredPlanTypes: ["fire"] }).complete).toBe(true);
    expect(thrownCode(() => resolveEmergencyPolicy({ requiredPlanTypes: ["flood" as EmergencyType] }))).toBe(
      "EMG_UNKNOWN_TYPE",
    );
  });
});
