import { daysBetween, type IsoDate } from "../calendar/index.ts";
import { addMoney, formatMoney, type Money, multiplyMoney } from "../money/index.ts";
import { assertRenovationDate } from "./dates.ts";
import type { RenovationViolation } from "./violation.ts";

/** A violation's penalty on a given day: the one-off amount plus the daily amount accrued so far. */
export interface RenovationViolationPenaltyAmount {
  readonly base: Money;
  /** Days after the rectify-by date, up to and including the day rectified (or `asOf`). */
  readonly daysUnrectified: number;
  readonly daily: Money;
  readonly total: Money;
  readonly basis: string;
}

/**
 * R-REN-7: the penalty a violation has run up by `asOf` — fixed once it is rectified. The daily
 * amount counts each day after the rectify-by date until the day of rectification.
 */
export function renovationViolationPenalty(
  violation: RenovationViolation,
  asOf: IsoDate,
): RenovationViolationPenaltyAmount {
  assertRenovationDate(asOf, ["asOf"]);
  const { base, dailyAmount } = violation.penalty;
  const end = violation.rectifiedOn ?? asOf;
  const daysUnrectified = dailyAmount > 0n ? Math.max(0, daysBetween(violation.rectifyBy, end)) : 0;
  const daily = multiplyMoney(dailyAmount, daysUnrectified);
  const total = addMoney(base, daily);
  const basis =
    daysUnrectified > 0
      ? `${violation.penalty.basis}: ${daysUnrectified} day(s) late × ${formatMoney(dailyAmount, { symbol: true })} → ${formatMoney(total, { symbol: true })}`
      : violation.penalty.basis;
  return { base, daysUnrectified, daily, total, basis };
}
