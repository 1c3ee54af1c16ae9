/**
 * Renovation 装修管理 (R-REN-1 … R-REN-9): application review, fees, permit, daily inspections and
 * violations, completion acceptance and the deposit settlement.
 */
export type { RenovationAction, RenovationActionData, RenovationDecisionSignatures } from "./action-data.ts";
export { type AdvanceRenovationResult, advanceRenovation } from "./advance-renovation.ts";
export {
  type ConsentedWorkKind,
  REQUIRED_RENOVATION_DRAWINGS,
  type RenovationApplicant,
  type RenovationApplication,
  type RenovationAuthorityApproval,
  type RenovationAuthorityConcern,
  type RenovationConsent,
  type RenovationContractor,
  type RenovationDocument,
  type RenovationDocumentKind,
  type RenovationDrawing,
  type RenovationDrawingKind,
  type RenovationPremisesKind,
  type RenovationSignature,
  type RenovationWorkItem,
} from "./application.ts";
export {
  overdueViolationAuthorityReports,
  reportViolationToAuthority,
  type ViolationAuthorityReportResult,
  type ViolationAuthorityReportStatus,
  violationAuthorityReportStatus,
} from "./authority-report.ts";
export { checkRenovationApplication } from "./check-application.ts";
export { checkAuthorityApprovals, requiredAuthorityApprovals } from "./check-approvals.ts";
export { checkProhibitedWork } from "./check-prohibited-work.ts";
export { computeRenovationFees, type RenovationFeeInput } from "./compute-fees.ts";
export {
  balanceRenovationDeposit,
  earliestDepositRefundDate,
  type RenovationDepositBalance,
} from "./deposit-settlement.ts";
export { renovationErrors } from "./errors.ts";
export {
  RENOVATION_FEE_PURPOSES,
  type RenovationDepositStandard,
  type RenovationFeeBasis,
  type RenovationFeeItem,
  type RenovationFeeLine,
  type RenovationFeeStandard,
  type RenovationFees,
} from "./fee-standard.ts";
export type { RenovationContext } from "./guards.ts";
export {
  DEFAULT_RENOVATION_POLICY,
  RENOVATION_INSPECTING_DEPARTMENTS,
  type RenovationInspectingDepartment,
  type RenovationPolicy,
  renovationPolicy,
} from "./policy.ts";
export {
  type RecordViolationInput,
  type RecordViolationResult,
  recordRenovationViolation,
} from "./record-violation.ts";
export {
  type ConstructionPermit,
  openRenovation,
  RENOVATION_STATUSES,
  type Renovation,
  type RenovationCompletion,
  type RenovationCompletionFailure,
  type RenovationCompletionInspection,
  type RenovationDamage,
  type RenovationDecision,
  type RenovationDepositSettlement,
  type RenovationDepositSignOffs,
  type RenovationEntryInspection,
  type RenovationPayment,
  type RenovationSettledPenalty,
  type RenovationStatus,
  type WorkerPass,
} from "./renovation.ts";
export { reviewRenovationApplication } from "./review-application.ts";
export { isRenovationDecisionOverdue, renovationDecisionDeadline } from "./review-deadline.ts";
export {
  type MissedRenovationInspection,
  missedRenovationInspections,
  type RenovationSiteInspection,
} from "./site-inspections.ts";
export type {
  RenovationViolation,
  RenovationViolationClassification,
  RenovationViolationPenaltyTerms,
  RenovationViolationStatus,
  ViolationAuthorityReportDuty,
} from "./violation.ts";
export {
  DEFAULT_RENOVATION_PENALTY_CATALOGUE,
  type RenovationPenaltyCatalogue,
  type RenovationViolationCatalogueEntry,
  type RenovationViolationSeverity,
} from "./violation-catalogue.ts";
export { type RenovationViolationPenaltyAmount, renovationViolationPenalty } from "./violation-penalty.ts";
export {
  type AdvanceRenovationViolationResult,
  advanceRenovationViolation,
  type RenovationViolationAction,
  type RenovationViolationActionData,
  renovationViolationWorkflow,
} from "./violation-workflow.ts";
export { renovationWorkflow } from "./workflow.ts";
