import { facilityErrors } from "./errors.ts";
import type { FacilityPolicy } from "./types.ts";

/** The defaults: maintenance is overdue the day after it falls due. */
export const DEFAULT_FACILITY_POLICY: FacilityPolicy = { maintenanceGraceDays: 0 };

/** An estate's facility policy: its overrides laid over the defaults, checked. */
export function resolveFacilityPolicy(overrides: Partial<FacilityPolicy> = {}): FacilityPolicy {
  const policy = { ...DEFAULT_FACILITY_POLICY, ...overrides };
  if (!Number.isInteger(policy.maintenanceGraceDays) || policy.maintenanceGraceDays < 0) {
    throw facilityErrors.FAC_INVALID_PERIOD.error({ period: String(policy.maintenanceGraceDays) }, [
      "maintenanceGraceDays",
    ]);
  }
  return policy;
}
