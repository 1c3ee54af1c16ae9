import type { Refusal } from "../errors/index.ts";
import { emergencyErrors } from "./errors.ts";
import { isEmergencyType, resolveEmergencyPolicy } from "./policy.ts";
import type { EmergencyPlan, EmergencyPlanReview, EmergencyPolicy } from "./types.ts";

function blank(value: unknown): boolean {
  return typeof value !== "string" || value.trim() === "";
}

/**
 * What an emergency plan 应急预案 lacks (R-EMG-1): responsible people with contacts, evacuation
 * routes and assembly points. An empty list means the plan is complete. A plan may be drafted
 * incomplete, so the gaps come back as values rather than thrown.
 */
export function checkEmergencyPlan(plan: EmergencyPlan): readonly Refusal[] {
  const planId = plan.id;
  const refusals: Refusal[] = [];
  if (!isEmergencyType(plan.type))
    refusals.push(emergencyErrors.EMG_UNKNOWN_TYPE.refuse({ type: String(plan.type) }, ["type"]));
  if (blank(plan.title))
    refusals.push(
      emergencyErrors.EMG_FIELD_REQUIRED.refuse({ field: "title", fieldZh: "预案名称" }, ["title"]),
    );
  const people = plan.responsiblePeople.filter((person) => !blank(person.name));
  if (people.length === 0) {
    refusals.push(emergencyErrors.EMG_PLAN_NO_RESPONSIBLE_PERSON.refuse({ planId }, ["responsiblePeople"]));
  }
  for (const person of people) {
    if (blank(person.phone)) {
      refusals.push(
        emergencyErrors.EMG_PLAN_CONTACT_MISSING.refuse({ planId, person: person.name }, [
          "responsiblePeople",
        ]),
      );
    }
  }
  if (!plan.evacuationRoutes.some((route) => !blank(route))) {
    refusals.push(emergencyErrors.EMG_PLAN_NO_EVACUATION_ROUTE.refuse({ planId }, ["evacuationRoutes"]));
  }
  if (!plan.assemblyPoints.some((point) => !blank(point))) {
    refusals.push(emergencyErrors.EMG_PLAN_NO_ASSEMBLY_POINT.refuse({ planId }, ["assemblyPoints"]));
  }
  return refusals;
}

/** Reviews an estate's plans (R-EMG-1): which required types have no plan, and which plans have gaps. */
export function reviewEmergencyPlans(
  plans: readonly EmergencyPlan[],
  policy: Partial<EmergencyPolicy> = {},
): EmergencyPlanReview {
  const { requiredPlanTypes } = resolveEmergencyPolicy(policy);
  const missingTypes = requiredPlanTypes.filter((type) => !plans.some((plan) => plan.type === type));
  const gaps = plans
    .map((plan) => ({ planId: plan.id, refusals: checkEmergencyPlan(plan) }))
    .filter((gap) => gap.refusals.length > 0);
  return { missingTypes, gaps, complete: missingTypes.length === 0 && gaps.length === 0, rule: "R-EMG-1" };
}
