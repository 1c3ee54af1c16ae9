import { daysBetween, type IsoDate } from "../calendar/index.ts";
import type { BilingualMessage } from "../errors/index.ts";
import {
  describeExact,
  exactProduct,
  formatMoney,
  isWholeFen,
  type Money,
  minMoney,
  ratio,
  roundExact,
  ZERO_MONEY,
} from "../money/index.ts";
import { type LateChargePolicy, readLateChargePolicy } from "./late-charge-policy.ts";
import { assertLines, outstandingOf } from "./lines.ts";
import type { OutstandingLine } from "./types.ts";

/** A line's late-payment charge 滞纳金 at a date, with the arithmetic a person may dispute. */
export interface LateCharge {
  readonly lineId: string;
  readonly asOf: IsoDate;
  readonly enabled: boolean;
  /** What is still owed on the line: the charge's base. */
  readonly principal: Money;
  readonly daysPastDue: number;
  /** Days past due beyond the grace days: the days that accrue. */
  readonly chargedDays: number;
  readonly dailyRate: string;
  /** `principal × dailyRate × chargedDays`, rounded once. */
  readonly uncapped: Money;
  /** The lower of the amount cap and the percentage cap (rounded down to the fen), if any. */
  readonly cap?: Money;
  readonly capped: boolean;
  readonly amount: Money;
  readonly rules: readonly string[];
  readonly explanation: BilingualMessage;
}

const money = (amount: Money) => formatMoney(amount, { symbol: true });

/**
 * R-FEE-7: the late charge of one line as of `asOf` (a business date). Off by default. Accrues
 * from the day after the due date once the grace days are over, on the amount still owed on
 * `asOf`; capped by the policy's amount and percentage caps, and never more than either.
 */
export function computeLateCharge(
  line: OutstandingLine,
  asOf: IsoDate,
  policy: Partial<LateChargePolicy> = {},
): LateCharge {
  assertLines([line]);
  const read = readLateChargePolicy(policy);
  const principal = outstandingOf(line);
  const daysPastDue = Math.max(0, daysBetween(line.dueDate, asOf));
  const chargedDays = Math.max(0, daysPastDue - read.graceDays);
  const base = {
    lineId: line.lineId,
    asOf,
    enabled: read.enabled,
    principal,
    daysPastDue,
    chargedDays,
    dailyRate: read.dailyRateText,
    rules: ["R-FEE-7"],
  };
  if (!read.enabled || chargedDays === 0 || principal === 0n || read.dailyRate.units === 0n) {
    return {
      ...base,
      uncapped: ZERO_MONEY,
      capped: false,
      amount: ZERO_MONEY,
      explanation: noCharge(read.enabled, principal, daysPastDue, read.graceDays),
    };
  }

  const exact = exactProduct(principal, [read.dailyRate, BigInt(chargedDays)]);
  const uncapped = roundExact(exact, read.rounding);
  let cap: Money | undefined = read.capAmount;
  if (read.capPercent !== undefined) {
    // Rounded down, so the charge never exceeds the exact percentage of the principal.
    const percentCap = roundExact(exactProduct(principal, [read.capPercent, ratio(1, 100)]), {
      step: "fen",
      mode: "down",
    });
    cap = cap === undefined ? percentCap : minMoney(cap, percentCap);
  }
  const amount = cap === undefined ? uncapped : minMoney(uncapped, cap);
  const capped = amount !== uncapped;
  const formula = `${money(principal)} × ${read.dailyRateText} × ${chargedDays}`;
  // Show the exact product only when rounding changed it, e.g. "= ≈¥0.1667 → ¥0.17".
  const described = describeExact(exact).replace(/^(≈?)/, "$1¥");
  const result = isWholeFen(exact) ? money(uncapped) : `${described} → ${money(uncapped)}`;
  const capText = capped && cap !== undefined ? money(cap) : "";
  return {
    ...base,
    uncapped,
    ...(cap === undefined ? {} : { cap }),
    capped,
    amount,
    explanation: {
      en:
        `${formula} days (${daysPastDue} days past due − ${read.graceDays} grace days) = ${result}` +
        (capped ? `; capped at ${capText}` : "") +
        ` (R-FEE-7)`,
      zh:
        `${formula} 天（逾期 ${daysPastDue} 天 − 宽限 ${read.graceDays} 天）= ${result}` +
        (capped ? `；按上限 ${capText} 计收` : "") +
        `（R-FEE-7）`,
    },
  };
}

function noCharge(
  enabled: boolean,
  principal: Money,
  daysPastDue: number,
  graceDays: number,
): BilingualMessage {
  if (!enabled) {
    return { en: "Late charges are off for this estate (R-FEE-7)", zh: "本项目未启用滞纳金（R-FEE-7）" };
  }
  if (principal === 0n) return { en: "Nothing is owed on the line", zh: "该明细无欠费" };
  if (daysPastDue === 0) return { en: "The line is not past due", zh: "该明细尚未逾期" };
  if (daysPastDue <= graceDays) {
    return {
      en: `${daysPastDue} days past due, within the ${graceDays} grace days`,
      zh: `逾期 ${daysPastDue} 天，在 ${graceDays} 天宽限期内`,
    };
  }
  return { en: "The daily rate is zero", zh: "日费率为零" };
}
