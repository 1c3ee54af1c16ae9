/**
 * The fee calculator's calculations, importable on their own: each takes the estate's data and
 * returns the domain's result together with what the cashier reads out, or the rules' refusals.
 */
export { firstMonthlyPeriod, juneReadings, sunnyGardenSchedule, unit3_1201 } from "./estate.ts";
export { explainHandoverPrepayment } from "./handover-prepayment.ts";
export { explainMonthlyBill } from "./monthly-bill.ts";
export {
  type CashierOutcome,
  type CashierReadOut,
  dateZh,
  refusalLines,
  renderReadOut,
  yuanEn,
  yuanZh,
} from "./read-out.ts";
export {
  type RenovationDamageFacts,
  type RenovationDepositCase,
  type RenovationViolationFacts,
  renovation3_1201,
} from "./renovation-case.ts";
export { type RenovationDepositResult, settleRenovationDeposit } from "./renovation-deposit.ts";
