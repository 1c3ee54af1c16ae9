import { emergencyErrors } from "./errors.ts";
import type { EmergencyPolicy, EmergencyType } from "./types.ts";

/** Every emergency type the procedures name (R-EMG-1). */
export const EMERGENCY_TYPES: readonly EmergencyType[] = [
  "fire",
  "powerOutage",
  "waterOutage",
  "naturalDisaster",
  "equipmentFailure",
  "publicSecurity",
];

export function isEmergencyType(value: unknown): value is EmergencyType {
  return EMERGENCY_TYPES.includes(value as EmergencyType);
}

/**
 * The defaults: a plan for every type, each drilled at least once in twelve months (the fire
 * law's yearly minimum; a key fire-safety unit sets `drillPeriodMonthsByType: { fire: 6 }`).
 */
export const DEFAULT_EMERGENCY_POLICY: EmergencyPolicy = {
  requiredPlanTypes: EMERGENCY_TYPES,
  drillPeriodMonths: 12,
  drillPeriodMonthsByType: {},
};

function assertMonths(value: number, setting: string): void {
  if (!Number.isInteger(value) || value < 1 || value > 120) {
    throw emergencyErrors.EMG_INVALID_POLICY.error({ setting, value: String(value) }, [setting]);
  }
}

/** An estate's emergency policy: its overrides laid over the defaults, checked. */
export function resolveEmergencyPolicy(overrides: Partial<EmergencyPolicy> = {}): EmergencyPolicy {
  const policy = { ...DEFAULT_EMERGENCY_POLICY, ...overrides };
  assertMonths(policy.drillPeriodMonths, "drillPeriodMonths");
  for (const [type, months] of Object.entries(policy.drillPeriodMonthsByType)) {
    if (!isEmergencyType(type))
      throw emergencyErrors.EMG_UNKNOWN_TYPE.error({ type }, ["drillPeriodMonthsByType"]);
    assertMonths(months ?? 0, `drillPeriodMonthsByType.${type}`);
  }
  for (const type of policy.requiredPlanTypes) {
    if (!isEmergencyType(type)) {
      throw emergencyErrors.EMG_UNKNOWN_TYPE.error({ type: String(type) }, ["requiredPlanTypes"]);
    }
  }
  return policy;
}
