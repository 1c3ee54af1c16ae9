import type { HandoverCheckItem, TakeoverScope } from "./types.ts";

/** An estate's settings for archives, handover and move-in; every field has a documented default. */
export interface OccupancyPolicy {
  /**
   * What the takeover inspection must cover (R-HND-1).
   * @default civil works, plumbing, electrical, fire, smart systems, greening
   */
  readonly takeoverScopes: readonly TakeoverScope[];
  /**
   * What is inspected with the owner at handover (R-HND-2). An estate without central heating
   * drops `heating`.
   * @default water, power, heating, fixtures, smoke alarms, emergency lights
   */
  readonly handoverChecks: readonly HandoverCheckItem[];
  /**
   * Roles that see identity and phone numbers in full (R-ARC-3); everyone else sees them masked.
   * @default ["customer_service", "manager"]
   */
  readonly personalDataRoles: readonly string[];
  /**
   * Departments sent the move-in notice 入住知会单 (R-HND-4).
   * @default ["security", "engineering", "cleaning", "cashier"]
   */
  readonly moveInNotify: readonly string[];
}

export const DEFAULT_OCCUPANCY_POLICY: OccupancyPolicy = {
  takeoverScopes: ["civilWorks", "plumbing", "electrical", "fire", "smartSystems", "greening"],
  handoverChecks: ["water", "power", "heating", "fixtures", "smokeAlarms", "emergencyLights"],
  personalDataRoles: ["customer_service", "manager"],
  moveInNotify: ["security", "engineering", "cleaning", "cashier"],
};

export type OccupancyPolicyInput = Partial<OccupancyPolicy>;

export function resolveOccupancyPolicy(input: OccupancyPolicyInput = {}): OccupancyPolicy {
  return { ...DEFAULT_OCCUPANCY_POLICY, ...input };
}
