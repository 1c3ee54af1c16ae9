import { daysBetween, type IsoDate } from "../calendar/index.ts";
import type { BilingualMessage } from "../errors/index.ts";
import { addMoney, type Money, multiplyMoney } from "../money/index.ts";
import { assertRenovationDate } from "./dates.ts";
import type { RenovationViolation } from "./violation.ts";
import { daysEn, listedPenaltyWords, penaltyHead, yuanWords } from "./wording.ts";

/** A violation's penalty on a given day: the one-off amount plus the daily amount accrued so far. */
export interface RenovationViolationPenaltyAmount {
  readonly base: Money;
  /** Days after the rectify-by date, up to and including the day rectified (or `asOf`). */
  readonly daysUnrectified: number;
  readonly daily: Money;
  readonly total: Money;
  /**
   * The amount as the cashier reads it out, in both languages, e.g. "Penalty for security bars
   * installed on windows (serious): ¥1,000.00 + 3 days late × ¥50.00/day = ¥1,150.00" /
   * "违约金：安装窗户防护栏（严重违章）1000.00元 + 逾期整改 3 天 × 50.00元/天 = 1150.00元".
   */
  readonly explanation: BilingualMessage;
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
  return { base, daysUnrectified, daily, total, explanation: explain(violation, daysUnrectified, total) };
}

function explain(violation: RenovationViolation, days: number, total: Money): BilingualMessage {
  const { penalty, classification } = violation;
  // A minor violation's terms already say it: verbal notice, no penalty.
  if (classification.severity === "minor") return penalty.explanation;
  const head = penaltyHead(violation.label, classification.severity);
  const listed = listedPenaltyWords(penalty.listed, penalty.multiplier);
  const perDay = yuanWords(penalty.dailyAmount);
  const sum = yuanWords(total);
  const en = [head.en, listed.en];
  const zh = [head.zh, listed.zh];
  if (days > 0) {
    en.push(` + ${daysEn(days)} late × ${perDay.en}/day`);
    zh.push(` + 逾期整改 ${days} 天 × ${perDay.zh}/天`);
  }
  // Only arithmetic needs its result; a plain listed amount is the total already.
  if (days > 0 || penalty.multiplier) {
    en.push(` = ${sum.en}`);
    zh.push(` = ${sum.zh}`);
  }
  // Still open with a daily amount: say what it will grow by (R-REN-7).
  if (!violation.rectifiedOn && penalty.dailyAmount > 0n) {
    en.push(`, growing by ${perDay.en} a day unrectified after ${violation.rectifyBy}`);
    zh.push(`，${violation.rectifyBy}后仍未整改的每天另计 ${perDay.zh}`);
  }
  return { en: en.join(""), zh: zh.join("") };
}
