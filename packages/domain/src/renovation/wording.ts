import type { BilingualMessage } from "../errors/index.ts";
import {
  describeRounding,
  formatMoney,
  formatQuantity,
  isDefaultRounding,
  type Money,
  type Quantity,
  type RoundingPolicy,
} from "../money/index.ts";
import { severityLabel } from "./labels.ts";
import type { RenovationViolationSeverity } from "./violation-catalogue.ts";

/**
 * The words a cashier reads out for renovation amounts (R-REN-5, R-REN-7, R-REN-9), in English and
 * Chinese, written the way the fees area writes bill lines: "¥1,000.00" and "1000.00元",
 * "89.37 m²" and "89.37㎡".
 */

/** An amount: `{ en: "¥2,000.00", zh: "2000.00元" }`. */
export function yuanWords(amount: Money): BilingualMessage {
  return { en: formatMoney(amount, { symbol: true }), zh: `${formatMoney(amount)}元` };
}

/** Said after a per-m² amount only when the estate rounds other than to the fen half up. */
export function roundingWords(policy: RoundingPolicy): BilingualMessage {
  if (isDefaultRounding(policy)) return { en: "", zh: "" };
  const words = describeRounding(policy);
  return { en: ` (rounded ${words.en})`, zh: `（${words.zh}）` };
}

/** "1 day" / "3 days". */
export function daysEn(days: number): string {
  return `${days} ${days === 1 ? "day" : "days"}`;
}

/** "Penalty for security bars installed on windows (serious): " / "违约金：安装窗户防护栏（严重违章）". */
export function penaltyHead(
  label: BilingualMessage,
  severity: RenovationViolationSeverity,
): BilingualMessage {
  const graded = severityLabel(severity);
  return { en: `Penalty for ${label.en} (${graded.en}): `, zh: `违约金：${label.zh}（${graded.zh}）` };
}

/**
 * The catalogue's penalty, times the repeat multiplier on a repeat of the same type (R-REN-7):
 * "¥1,000.00 × 2 (repeat of the same type)" / "1000.00元 × 2倍（同类违章再犯）".
 */
export function listedPenaltyWords(listed: Money, multiplier: Quantity | undefined): BilingualMessage {
  const amount = yuanWords(listed);
  if (!multiplier) return amount;
  const times = formatQuantity(multiplier);
  return {
    en: `${amount.en} × ${times} (repeat of the same type)`,
    zh: `${amount.zh} × ${times}倍（同类违章再犯）`,
  };
}
