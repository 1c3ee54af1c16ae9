import {
  type BilingualMessage,
  type Bill,
  type BillableUnit,
  computeHandoverPrepayment,
  daysBetween,
  type FeeSchedule,
  type HandoverPrepayment,
} from "@wuye/domain";
import { type CashierOutcome, dateZh, yuanEn, yuanZh } from "./read-out.ts";

/**
 * R-HND-3: what the owner pays at handover — the rest of the handover month plus six whole months
 * by default — with the covered start and end dates the handover record 房屋交接表 carries, one
 * line per covered month, and the total.
 */
export function explainHandoverPrepayment(
  schedule: FeeSchedule,
  unit: BillableUnit,
): CashierOutcome<{ readonly prepayment: HandoverPrepayment }> {
  const outcome = computeHandoverPrepayment(schedule, unit);
  if (!outcome.ok) return outcome;
  const { prepayment } = outcome;
  const { coveredFrom, coveredTo, months, bills, total } = prepayment;
  // The first bill is prorated when charging starts after the 1st (R-FEE-3); show how.
  const [first] = bills;
  const partial = first !== undefined && !first.chargedFrom.endsWith("-01") ? first : undefined;
  const lines: BilingualMessage[] = [
    {
      zh: `交房日期 ${dateZh(prepayment.handoverDate)}，预收期 ${dateZh(coveredFrom)}至${dateZh(coveredTo)}（${coverageZh(partial, months)}）`,
      en: `Handed over ${prepayment.handoverDate}; prepaid from ${coveredFrom} to ${coveredTo} (${coverageEn(partial, months)})`,
    },
    ...(partial ? partial.lines.map((line) => line.explanation) : []),
    ...bills.map(monthLine),
    {
      zh: `预收合计：${yuanZh(total)}（水电费按月抄表另计）`,
      en: `Prepayment total: ${yuanEn(total)} (water and electricity are billed monthly from readings)`,
    },
  ];
  return {
    ok: true,
    prepayment,
    readOut: { heading: { zh: "交房预收物业费", en: "Handover prepayment" }, lines },
  };
}

function chargedDays(bill: Bill): number {
  return daysBetween(bill.chargedFrom, bill.chargedTo) + 1;
}

function coverageZh(partial: Bill | undefined, months: number): string {
  return partial ? `交房当月 ${chargedDays(partial)} 天 + ${months} 个整月` : `${months} 个整月`;
}

function coverageEn(partial: Bill | undefined, months: number): string {
  return partial
    ? `${chargedDays(partial)} days of the handover month + ${months} whole months`
    : `${months} whole months`;
}

/** One covered month: its days, each item's amount, and the month's total. */
function monthLine(bill: Bill): BilingualMessage {
  const itemsZh = bill.lines.map((line) => `${line.itemName.zh} ${yuanZh(line.amount)}`).join(" + ");
  const itemsEn = bill.lines.map((line) => `${line.itemName.en} ${yuanEn(line.amount)}`).join(" + ");
  return {
    zh: `${bill.period}（${dateZh(bill.chargedFrom)}至${dateZh(bill.chargedTo)}）：${itemsZh} = ${yuanZh(bill.total)}`,
    en: `${bill.period} (${bill.chargedFrom} to ${bill.chargedTo}): ${itemsEn} = ${yuanEn(bill.total)}`,
  };
}
