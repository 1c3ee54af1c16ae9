/**
 * Fees 收费 (R-FEE-1 … R-FEE-4, R-FEE-11, R-HND-3): fee standards with effective dates, the
 * monthly bill of a unit, the handover prepayment, one-off charges and the month-end billing run.
 */
export { computeUnitBill, type UnitBillOptions } from "./bill.ts";
export type {
  AreaLineBasis,
  Bill,
  BillLine,
  BillLineBasis,
  BillOutcome,
  FixedLineBasis,
  LineProration,
  MeteredLineBasis,
  OneOffLineBasis,
  VacancyDiscountBasis,
} from "./bill-types.ts";
export { type BillingRun, type BillingRunInput, runMonthlyBilling, type SkippedUnit } from "./billing-run.ts";
export { type FeeErrorCode, feeErrors } from "./errors.ts";
export { type MeterConsumption, measureConsumption } from "./meter.ts";
export {
  computeOneOffCharge,
  type OneOffChargeOutcome,
  type OneOffChargeRequest,
} from "./one-off.ts";
export { billingPeriodOf, shiftBillingPeriod } from "./period.ts";
export { DEFAULT_FEE_POLICY, resolveFeePolicy } from "./policy.ts";
export {
  computeHandoverPrepayment,
  type HandoverPrepayment,
  type HandoverPrepaymentOutcome,
} from "./prepayment.ts";
export { buildFeeSchedule, type FeeSchedule, type FeeScheduleInput, feeStandardInForce } from "./schedule.ts";
export type {
  AreaFeeItem,
  BillableUnit,
  BillingPeriod,
  FeeItem,
  FeeItemKind,
  FeePolicy,
  FeeStandard,
  FixedFeeItem,
  MeteredFeeItem,
  MeterReading,
  MeterReadings,
  OneOffFeeItem,
  UnitType,
  VacancyDiscountPolicy,
} from "./types.ts";
