/**
 * Complaints 投诉 (R-CMP-1…6): recording, the validity decision, severity from structured facts,
 * escalation and overrides, deadlines and reporting duties, the handling flow and overdue steps.
 */
export {
  approveComplaintResult,
  assignComplaint,
  type ComplaintRequest,
  closeComplaint,
  closeInvalidComplaint,
  declareComplaintInvalid,
  recordComplaintHandling,
  recordComplaintReturnVisit,
  replyToComplainant,
  reportComplaintBack,
  returnComplaintToDepartment,
} from "./complaint-flow.ts";
export {
  type ComplaintReevaluation,
  type ComplaintSeverityOverride,
  type ComplaintSeverityResult,
  classifyComplaint,
  overrideComplaintSeverity,
  reevaluateComplaintSeverity,
} from "./complaint-severity.ts";
export type { ComplaintEvent, ComplaintOutcome, ComplaintStepBy } from "./complaint-step.ts";
export { complaintReportingDuties, complaintSeverityDeadlines } from "./deadlines.ts";
export { complaintErrors } from "./errors.ts";
export {
  agreeComplaintNextReply,
  approveComplaintExtension,
  type ComplaintExtensionRequest,
  type ComplaintNextReplyAgreement,
} from "./follow-ups.ts";
export {
  type ComplaintStepState,
  type ComplaintStepStatus,
  complaintStepStatuses,
  overdueComplaintSteps,
} from "./overdue.ts";
export { type ComplaintPolicy, DEFAULT_COMPLAINT_POLICY, resolveComplaintPolicy } from "./policy.ts";
export { type ComplaintIntake, recordComplaint } from "./record-complaint.ts";
export {
  COMPLAINT_SEVERITY_CRITERIA,
  type ComplaintSeverityContext,
  type ComplaintSeverityCriterion,
  classifyComplaintSeverity,
} from "./severity-criteria.ts";
export {
  COMPLAINT_CHANNELS,
  COMPLAINT_SATISFACTIONS,
  COMPLAINT_SEVERITIES,
  type Complainant,
  type Complaint,
  type ComplaintChannel,
  type ComplaintClosure,
  type ComplaintCriterionId,
  type ComplaintDeadline,
  type ComplaintEntry,
  type ComplaintExtension,
  type ComplaintFacts,
  type ComplaintHarm,
  type ComplaintNextReply,
  type ComplaintOutage,
  type ComplaintReportingDuty,
  type ComplaintSatisfaction,
  type ComplaintSeverity,
  type ComplaintSeverityChange,
  type ComplaintSeverityChangeKind,
  type ComplaintSeverityClassification,
  type ComplaintStatus,
  type ComplaintStep,
  type FiredComplaintCriterion,
} from "./types.ts";
export { type ComplaintAction, type ComplaintActionData, complaintWorkflow } from "./workflow.ts";
