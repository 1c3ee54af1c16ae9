/**
 * Repairs 维修 (R-REP-1…5): the repair order workflow, the warranty decision, quotes from the
 * published price list, and the response, completion and return-visit deadlines.
 */
export {
  checkRepairDeadlines,
  overdueRepairSteps,
  type RepairDeadlineCheck,
  type RepairDeadlineState,
  type RepairDeadlineStep,
  type RepairDeadlines,
  repairDeadlines,
} from "./deadlines.ts";
export { repairErrors } from "./errors.ts";
export {
  DEFAULT_REPAIR_POLICY,
  NATIONAL_MINIMUM_WARRANTY_PERIODS,
  type RepairPolicy,
  type RepairPolicyOverrides,
  resolveRepairPolicy,
} from "./policy.ts";
export { quoteRepair, type RepairQuoteResult } from "./quote.ts";
export { advanceRepair, type RepairRequestInput, type RepairStep, registerRepair } from "./repair-order.ts";
export type {
  RepairCause,
  RepairComponentCategory,
  RepairCoverage,
  RepairOrder,
  RepairPriceItem,
  RepairPriceKind,
  RepairPriceList,
  RepairQuote,
  RepairQuoteLine,
  RepairQuoteLineInput,
  RepairSeasonSpan,
  RepairStatus,
  RepairTechnician,
  RepairTrade,
  RepairWarrantyDecision,
  RepairWarrantyOverride,
  RepairWarrantyPeriod,
  RepairWarrantyPeriodSource,
  RepairWarrantyStatus,
} from "./types.ts";
export {
  decideRepairWarranty,
  overrideRepairWarranty,
  type RepairWarrantyInput,
  type RepairWarrantyOverrideInput,
} from "./warranty.ts";
export {
  type RepairAction,
  type RepairActionData,
  type RepairGuardContext,
  repairWorkflow,
} from "./workflow.ts";
