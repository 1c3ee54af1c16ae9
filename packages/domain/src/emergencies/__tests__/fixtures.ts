import { DomainError } from "../../errors/index.ts";
import type { EmergencyPlan } from "../index.ts";

export const firePlan: EmergencyPlan = {
  id: "EP-FIRE",
  type: "fire",
  title: "Fire emergency plan 火灾应急预案",
  responsiblePeople: [{ name: "Chen Jingli", duty: "incident commander", phone: "13900000001" }],
  evacuationRoutes: ["Stairs A and B to the ground floor"],
  assemblyPoints: ["Central lawn"],
};

export function planOf(type: EmergencyPlan["type"], id = `EP-${type}`): EmergencyPlan {
  return { ...firePlan, id, type, title: `${type} plan` };
}

/** The code a call throws. */
export function thrownCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}
