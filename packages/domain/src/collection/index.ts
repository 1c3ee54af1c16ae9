/**
 * Collection 费用收缴 (R-FEE-5 to R-FEE-10): payments and prepaid credit, late charges, due-date
 * reminders, arrears and their ages, collection rates, the collection ladder, and the ledger
 * entries every money movement produces.
 */
export {
  allocatePayment,
  type PaymentAllocation,
  type PaymentAllocationResult,
  type PaymentToAllocate,
} from "./allocate-payment.ts";
export { applyCredit, type CreditApplication, type CreditToApply } from "./apply-credit.ts";
export {
  ARREARS_AGE_BANDS,
  type ArrearsAgeBand,
  type ArrearsAging,
  type ArrearsBandTotal,
  type ArrearsLine,
  ageArrears,
  arrearsAgeBandOf,
  isInArrears,
  linesInArrears,
} from "./arrears.ts";
export {
  type CollectionAttempt,
  type CollectionAttemptData,
  type CollectionCase,
  type CollectionLadderContext,
  type CollectionLadderPolicy,
  type CollectionMeasure,
  type CollectionOutcome,
  type CollectionStage,
  type CollectionStep,
  collectionWorkflow,
  DEFAULT_COLLECTION_LADDER_POLICY,
  type UtilityCutOff,
} from "./collection-ladder.ts";
export {
  type ArrearsRecoveryReport,
  arrearsRecoveryRate,
  type CollectionRateOptions,
  type CollectionRateReport,
  collectionRate,
  collectionRateOfPeriod,
  type ExactCollectionRate,
  formatRatioAsPercentage,
} from "./collection-rates.ts";
export {
  type CollectionAttemptRequest,
  type CollectionAttemptResult,
  type CollectionOutlook,
  nextCollectionSteps,
  openCollectionCase,
  recordCollectionAttempt,
} from "./collection-steps.ts";
export { collectionErrors } from "./errors.ts";
export { computeLateCharge, type LateCharge } from "./late-charge.ts";
export {
  checkLateChargePolicy,
  DEFAULT_LATE_CHARGE_POLICY,
  type LateChargeCheckOptions,
  type LateChargePolicy,
} from "./late-charge-policy.ts";
export { creditBalanceOf, settledOnLine } from "./ledger.ts";
export {
  billDueDate,
  DEFAULT_DUE_DATE_POLICY,
  DEFAULT_REMINDER_POLICY,
  type DueDatePolicy,
  type PaymentReminder,
  type ReminderChannel,
  type ReminderPolicy,
  type ReminderScheduleOptions,
  reminderSchedule,
} from "./reminders.ts";
export { type CollectionReversalResult, reverseCollectionEntry } from "./reverse-entry.ts";
export type {
  CollectionEntry,
  CollectionEntryKind,
  LineSettlement,
  MoneyMovementRecord,
  OutstandingLine,
} from "./types.ts";
