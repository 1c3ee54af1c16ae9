/**
 * Facilities 工程维保 · 巡检 (R-FAC-1…4): the facility ledger, maintenance plans with their due
 * dates, patrol-round completeness, and the work orders findings raise.
 */
export { facilityErrors } from "./errors.ts";
export {
  type FacilityLedgerInput,
  type FacilityWarrantyStatus,
  facilityWarrantyStatus,
  recordFacilityMaintenance,
  registerFacility,
} from "./ledger.ts";
export { listOverdueMaintenance, maintenanceStatus, nextMaintenanceDue } from "./maintenance-plan.ts";
export { assessPatrolRound } from "./patrol-round.ts";
export { DEFAULT_FACILITY_POLICY, resolveFacilityPolicy } from "./policy.ts";
export type {
  CheckpointScan,
  FacilityLedgerEntry,
  FacilityMaintenanceRecord,
  FacilityPolicy,
  FacilityType,
  MaintenancePeriod,
  MaintenancePlan,
  MaintenanceStatus,
  PatrolCheckpoint,
  PatrolFinding,
  PatrolFindingKind,
  PatrolRound,
  PatrolRoundAssessment,
  PatrolRoute,
  WorkOrderRequest,
} from "./types.ts";
export { findingRaisesWorkOrder, workOrdersFromPatrolRound } from "./work-order.ts";
