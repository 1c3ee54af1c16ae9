import {
  type BilingualMessage,
  type Bill,
  type BillableUnit,
  type BillingPeriod,
  computeUnitBill,
  type FeeSchedule,
  feeStandardInForce,
  type MeterReadings,
} from "@wuye/domain";
import { type CashierOutcome, dateZh, yuanEn, yuanZh } from "./read-out.ts";

/**
 * R-FEE-2/3/4: a unit's bill for one month — property fee by area, fixed fees, metered water and
 * electricity — with each line's explanation as the domain wrote it, and the total.
 */
export function explainMonthlyBill(
  schedule: FeeSchedule,
  unit: BillableUnit,
  period: BillingPeriod,
  readings: MeterReadings,
): CashierOutcome<{ readonly bill: Bill }> {
  const outcome = computeUnitBill(schedule, unit, period, { readings });
  if (!outcome.ok) return outcome;
  const { bill } = outcome;
  const lines: BilingualMessage[] = [
    {
      zh: `房号 ${bill.unitId}，账期 ${bill.period}（${dateZh(bill.chargedFrom)}至${dateZh(bill.chargedTo)}），收费标准 ${bill.standardId}`,
      en: `Unit ${bill.unitId}, period ${bill.period} (${bill.chargedFrom} to ${bill.chargedTo}), fee standard ${bill.standardId}`,
    },
    ...bill.lines.map((line) => line.explanation),
    // R-FEE-2: a metered item without a reading is not billed as zero; it is billed once read.
    ...bill.missingReadings.map((code) => {
      const name = itemName(schedule, unit, bill, code);
      return {
        zh: `${name.zh}：本期未抄表，抄表后计费`,
        en: `${name.en}: not read this month; billed once read`,
      };
    }),
    { zh: `本月合计：${yuanZh(bill.total)}`, en: `Total for the month: ${yuanEn(bill.total)}` },
  ];
  return { ok: true, bill, readOut: { heading: { zh: "月度账单", en: "Monthly bill" }, lines } };
}

function itemName(schedule: FeeSchedule, unit: BillableUnit, bill: Bill, code: string): BilingualMessage {
  const standard = feeStandardInForce(schedule, unit.unitType, bill.chargedFrom);
  return standard?.items.find((item) => item.code === code)?.name ?? { zh: code, en: code };
}
