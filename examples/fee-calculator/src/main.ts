/**
 * Prints what a cashier at Sunny Garden reads out, in Chinese and English, for unit 3-1201:
 * its monthly bill, its handover prepayment and its renovation deposit settlement.
 * Run: pnpm --filter @wuye/example-fee-calculator start
 */
import {
  type CashierOutcome,
  explainHandoverPrepayment,
  explainMonthlyBill,
  firstMonthlyPeriod,
  juneReadings,
  refusalLines,
  renderReadOut,
  renovation3_1201,
  settleRenovationDeposit,
  sunnyGardenSchedule,
  unit3_1201,
} from "./index.ts";

const sections: readonly [string, CashierOutcome<object>][] = [
  ["1.", explainMonthlyBill(sunnyGardenSchedule, unit3_1201, firstMonthlyPeriod, juneReadings)],
  ["2.", explainHandoverPrepayment(sunnyGardenSchedule, unit3_1201)],
  ["3.", settleRenovationDeposit(renovation3_1201)],
];

let refused = false;
const printed = sections.map(([number, outcome]) => {
  if (outcome.ok) return `${number} ${renderReadOut(outcome.readOut)}`;
  // A rule said no: the cashier reads out why, in both languages, and nothing is charged.
  refused = true;
  return [
    `${number} 不能办理 · Refused`,
    ...refusalLines(outcome.refusals).flatMap((l) => [`  ${l.zh}`, `  ${l.en}`]),
  ].join("\n");
});
console.log(printed.join("\n\n"));
if (refused) process.exitCode = 1;
