/**
 * Occupancy 档案 · 承接查验 · 交房 · 入住 (R-ARC-1…3, R-HND-1/2/4): the owner archive, takeover
 * defects, the unit handover checklist, tenant registration, move-in and move-out with their
 * effect on billing, and the masking of personal data by role.
 */
export { occupancyErrors } from "./errors.ts";
export { checkUnitHandover, HANDOVER_CHECK_NAMES, type HandoverCheck } from "./handover.ts";
export {
  confirmMoveIn,
  confirmMoveOut,
  handOverUnit,
  newUnitOccupancy,
  type OccupancyBillingEffect,
  type OccupancyEffects,
  type OccupancyStep,
  type OccupancyStepOptions,
} from "./occupancy-changes.ts";
export {
  type HandOverData,
  type MoveInData,
  type MoveOutData,
  type OccupancyActions,
  type OccupancyStatus,
  type Occupant,
  type UnitOccupancy,
  unitOccupancyWorkflow,
} from "./occupancy-workflow.ts";
export { checkOwnerArchive } from "./owner-archive.ts";
export {
  canSeePersonalData,
  maskIdentityNumber,
  maskPhoneNumber,
  showIdentityNumber,
  showOwnerArchive,
  showPhoneNumber,
} from "./personal-data.ts";
export {
  DEFAULT_OCCUPANCY_POLICY,
  type OccupancyPolicy,
  type OccupancyPolicyInput,
  resolveOccupancyPolicy,
} from "./policy.ts";
export {
  advanceTakeoverDefect,
  checkTakeoverCompletion,
  TAKEOVER_SCOPE_NAMES,
  type TakeoverDefectActions,
  type TakeoverDefectStep,
  takeoverDefectWorkflow,
} from "./takeover.ts";
export {
  registerTenant,
  type TenancyPeriod,
  type TenantRegistration,
  type TenantRegistrationResult,
} from "./tenant-registration.ts";
export type {
  HandoverCheckItem,
  HandoverDefect,
  HandoverReceipt,
  IdentityDocument,
  OccupancyCheck,
  OwnerArchive,
  Resident,
  TakeoverDefect,
  TakeoverDefectStatus,
  TakeoverInspection,
  TakeoverScope,
  TenantRecord,
  UnitHandover,
} from "./types.ts";
