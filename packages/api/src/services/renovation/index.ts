/**
 * Renovation 装修管理, the application service (R-REN-1…9): applications and their file, the
 * review and decision, fees, permit, inspections, violations and the deposit settlement. Every
 * rule is the domain's; this layer loads, calls it and writes the outcome in one transaction.
 */
export { amendRenovation, applyForRenovation, RENOVATION_DESK_ROLES } from "./application.ts";
export { inspectRenovationSite } from "./inspections.ts";
export { type LoadedRenovation, loadRenovation } from "./load.ts";
export { payRenovationFees, renovationFeesFor, settleRenovationDeposit } from "./money.ts";
export { estateRenovationSettings } from "./policy.ts";
export { renovationFromHistory, violationFromHistory } from "./record.ts";
export {
  applyForRenovationCompletion,
  approveRenovation,
  confirmRenovationDecision,
  inspectRenovationCompletion,
  issueRenovationPermit,
  rejectRenovation,
  startRenovationReview,
  startRenovationWork,
} from "./steps.ts";
export { decodeRecordData, encodeRecordData, type StoredEvent } from "./stored-record.ts";
export {
  AUTHORITY_REPORTING_ROLES,
  advanceViolation,
  recordViolation,
  reportViolation,
  VIOLATION_RECORDING_ROLES,
} from "./violations.ts";
