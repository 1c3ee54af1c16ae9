/**
 * Indicators 品质指标 (R-QLT-1): one pure function per indicator over plain records of an estate
 * and period; rates as exact ratios with a percentage string, a defined result when there is no data.
 */
export {
  type ArrearsRecord,
  arrearsRecoveryRateIndicator,
  collectionRateIndicator,
  type ReceivableRecord,
} from "./collection.ts";
export {
  type ComplaintRecord,
  complaintMeanTimeToResolve,
  complaintOnTimeRate,
} from "./complaints.ts";
export { type DrillRecord, drillCoverageIndicator, type EmergencyPlanRecord } from "./drills.ts";
export { indicatorErrors } from "./errors.ts";
export {
  type MaintenanceTaskRecord,
  maintenanceOnTimeRate,
  type PatrolRoundRecord,
  patrolCompleteness,
} from "./facilities.ts";
export { INDICATOR_FORMULAS } from "./formulas.ts";
export {
  DEFAULT_REPAIR_INDICATOR_POLICY,
  type RepairIndicatorPolicy,
  type RepairRecord,
  repairCompletionRate,
  repairMeanResponseTime,
  repeatRepairRate,
} from "./repairs.ts";
export {
  DEFAULT_SATISFACTION_POLICY,
  type SatisfactionPolicy,
  type SatisfactionRating,
  type SatisfactionResponse,
  satisfactionRate,
} from "./satisfaction.ts";
export type {
  IndicatorHeader,
  IndicatorMeanDuration,
  IndicatorName,
  IndicatorNoData,
  IndicatorRate,
  IndicatorScope,
  MeanDurationIndicator,
  RateIndicator,
} from "./types.ts";
