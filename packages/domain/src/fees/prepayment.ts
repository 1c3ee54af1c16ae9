import type { IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import type { Money } from "../money/index.ts";
import { billPreparedUnit, prepareUnit } from "./bill.ts";
import type { Bill } from "./bill-types.ts";
import { feeErrors } from "./errors.ts";
import { billingMonth, dayOfMonth, monthAfter } from "./period.ts";
import type { FeeSchedule } from "./schedule.ts";
import type { BillableUnit } from "./types.ts";

/**
 * The handover prepayment 预收物业费 (R-HND-3): what the owner pays at handover, and the dates it
 * covers, recorded on the handover record 房屋交接表.
 */
export interface HandoverPrepayment {
  readonly unitId: string;
  readonly handoverDate: IsoDate;
  /** First day covered: the day charging starts (the handover day by default). */
  readonly coveredFrom: IsoDate;
  /** Last day covered: always a month end, so the first monthly bill starts on the 1st. */
  readonly coveredTo: IsoDate;
  /** Whole months collected in advance (the policy's `prepaymentMonths`). */
  readonly months: number;
  /** One bill per covered month, each exactly what the monthly bill of that month would be. */
  readonly bills: readonly Bill[];
  readonly total: Money;
}

export type HandoverPrepaymentOutcome =
  | { readonly ok: true; readonly prepayment: HandoverPrepayment }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/**
 * R-HND-3: the fees collected in advance at handover. It covers the rest of the month in which
 * charging starts (prorated per the policy) plus `prepaymentMonths` whole months — so six months
 * from 14 November run to 31 May, and from 1 November to 30 April. Each month is billed exactly as
 * its monthly bill would be (same standard, rounding and lines), so prepaid and monthly-billed
 * owners pay the same; metered items are not prepaid (nothing has been consumed yet).
 */
export function computeHandoverPrepayment(
  schedule: FeeSchedule,
  unit: BillableUnit,
): HandoverPrepaymentOutcome {
  const prepared = prepareUnit(schedule, unit);
  const { handoverDate } = unit;
  const chargeStart = prepared.chargeStart;
  if (handoverDate === undefined || chargeStart === undefined) {
    return { ok: false, refusals: [feeErrors.FEE_NOT_HANDED_OVER.refuse({ unitId: unit.id }, ["unit"])] };
  }
  const months = schedule.policy.prepaymentMonths;
  const first = billingMonth(chargeStart.slice(0, 7));
  const count = dayOfMonth(chargeStart) === 1 ? months : months + 1;
  const bills: Bill[] = [];
  let total = 0n;
  for (let offset = 0; offset < count; offset++) {
    const outcome = billPreparedUnit(schedule, monthAfter(first, offset), prepared, {
      includeMetered: false,
    });
    if (!outcome.ok) return outcome;
    bills.push(outcome.bill);
    total += outcome.bill.total;
  }
  return {
    ok: true,
    prepayment: {
      unitId: unit.id,
      handoverDate,
      coveredFrom: chargeStart,
      coveredTo: monthAfter(first, count - 1).lastDay,
      months,
      bills,
      total: total as Money,
    },
  };
}
