import type { IsoDate } from "../calendar/index.ts";
import { formatMoney, isNegativeMoney, type Money, minMoney, sumMoney } from "../money/index.ts";
import { invalidRecord, periodOf, rateOf, recordDate, within } from "./measure.ts";
import type { IndicatorScope, RateIndicator } from "./types.ts";

/** A charge falling due in a period, and what has been collected toward it (R-FEE-8). */
export interface ReceivableRecord {
  readonly id: string;
  readonly dueOn: IsoDate;
  readonly receivable: Money;
  /** Collected toward this charge by the time the indicator is read. */
  readonly collected: Money;
}

/** Arrears from before the period, and what the period recovered of them (R-FEE-8). */
export interface ArrearsRecord {
  readonly id: string;
  /** When the charge originally fell due; before the period's start for prior-period arrears. */
  readonly dueOn: IsoDate;
  /** Still owed when the period began. */
  readonly outstandingAtStart: Money;
  /** Paid toward it during the period. */
  readonly recovered: Money;
}

function assertAmounts(id: string, amounts: Record<string, Money>): void {
  for (const [field, amount] of Object.entries(amounts)) {
    if (isNegativeMoney(amount)) {
      throw invalidRecord(
        id,
        `${field} is negative (${formatMoney(amount)})`,
        `${field} 为负数（${formatMoney(amount)}）`,
      );
    }
  }
}

/**
 * Collection rate 收缴率 (R-QLT-1, R-FEE-8) = collected ÷ receivable for the charges due in the
 * period, in exact fen. Collection beyond a charge is prepayment 预收, not collection of this
 * period, so each charge counts at most its own amount.
 */
export function collectionRateIndicator(
  charges: readonly ReceivableRecord[],
  scope: IndicatorScope,
): RateIndicator<Money> {
  const period = periodOf(scope);
  const due = charges.filter((c) => within(period, c.dueOn, c.id, "dueOn"));
  for (const c of due) assertAmounts(c.id, { receivable: c.receivable, collected: c.collected });
  return rateOf(
    "collectionRate",
    period,
    ["R-FEE-8"],
    {
      numerator: sumMoney(due.map((c) => minMoney(c.collected, c.receivable))),
      denominator: sumMoney(due.map((c) => c.receivable)),
    },
    { en: "Nothing was receivable in the period", zh: "统计期内没有应收费用" },
  );
}

/**
 * Arrears-recovery rate 清欠率 (R-QLT-1, R-FEE-8) = prior-period arrears recovered in the period ÷
 * prior-period arrears outstanding at its start, in exact fen; reported apart from the collection rate.
 */
export function arrearsRecoveryRateIndicator(
  arrears: readonly ArrearsRecord[],
  scope: IndicatorScope,
): RateIndicator<Money> {
  const period = periodOf(scope);
  const prior = arrears.filter((a) => recordDate(a.dueOn, a.id, "dueOn") < period.from);
  for (const a of prior)
    assertAmounts(a.id, { outstandingAtStart: a.outstandingAtStart, recovered: a.recovered });
  return rateOf(
    "arrearsRecoveryRate",
    period,
    ["R-FEE-8"],
    {
      numerator: sumMoney(prior.map((a) => minMoney(a.recovered, a.outstandingAtStart))),
      denominator: sumMoney(prior.map((a) => a.outstandingAtStart)),
    },
    { en: "No prior-period arrears were outstanding at the start", zh: "期初没有往期欠费" },
  );
}
