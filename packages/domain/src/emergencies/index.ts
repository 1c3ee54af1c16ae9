/**
 * Emergencies 应急 (R-EMG-1…3): emergency plans per type, drill coverage, and the incident
 * workflow from declaration to the review with lessons learned.
 */
export { drillCoverage } from "./drill-coverage.ts";
export { emergencyErrors } from "./errors.ts";
export { advanceIncident, declareIncident, type IncidentDeclaration, type IncidentStep } from "./incident.ts";
export {
  type IncidentAction,
  type IncidentActionData,
  type IncidentNotificationInput,
  incidentWorkflow,
  residentsNotYetNotified,
} from "./incident-workflow.ts";
export { checkEmergencyPlan, reviewEmergencyPlans } from "./plans.ts";
export {
  DEFAULT_EMERGENCY_POLICY,
  EMERGENCY_TYPES,
  isEmergencyType,
  resolveEmergencyPolicy,
} from "./policy.ts";
export type {
  DrillCoverage,
  EmergencyDrill,
  EmergencyPlan,
  EmergencyPlanReview,
  EmergencyPolicy,
  EmergencyResponsiblePerson,
  EmergencyType,
  Incident,
  IncidentActionLog,
  IncidentNotification,
  IncidentNotificationChannel,
  IncidentReview,
  IncidentStatus,
  PlanDrillStatus,
} from "./types.ts";
