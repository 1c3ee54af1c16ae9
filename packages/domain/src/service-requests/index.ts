/**
 * Service requests 客户服务 (R-SVC-1…3): calls and visits logged, forwarded within 10 minutes when
 * not settled on the spot, escalated when major, urgent or sudden, and followed up until answered.
 */
export { serviceRequestErrors } from "./errors.ts";
export {
  type LoggedServiceContact,
  logServiceContact,
  type ServiceContactLog,
} from "./log-service-contact.ts";
export {
  overdueServiceRequestSteps,
  type ServiceRequestStepState,
  type ServiceRequestStepStatus,
  serviceRequestStepStatuses,
} from "./overdue.ts";
export { DEFAULT_SERVICE_REQUEST_POLICY, type ServiceRequestPolicy } from "./policy.ts";
export {
  closeServiceRequest,
  followUpServiceRequest,
  forwardServiceRequest,
  recordServiceRequestAnswer,
  type ServiceRequestOutcome,
  type ServiceRequestStepRequest,
  settleServiceRequestOnSpot,
} from "./service-request-flow.ts";
export {
  SERVICE_ATTENTION_REASONS,
  SERVICE_CONTACT_KINDS,
  type ServiceAttentionReason,
  type ServiceCaller,
  type ServiceClosing,
  type ServiceContactKind,
  type ServiceEntry,
  type ServiceEscalation,
  type ServiceFollowUp,
  type ServiceForwarding,
  type ServiceRequest,
  type ServiceRequestDeadline,
  type ServiceRequestStatus,
  type ServiceRequestStep,
} from "./types.ts";
export {
  type ServiceRequestAction,
  type ServiceRequestActionData,
  serviceRequestWorkflow,
} from "./workflow.ts";
