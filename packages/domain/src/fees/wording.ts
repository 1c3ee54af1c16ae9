import type { BilingualMessage } from "../errors/index.ts";
import { describeRounding, isDefaultRounding, type RoundingPolicy } from "../money/index.ts";

/**
 * The words of bill explanations (R-FEE-4), in English and Chinese, so a cashier can read a line
 * out to an owner: "物业服务费：89.37㎡ × 2.35元/㎡/月 × 17/30天 = 119.01元".
 */

/**
 * What to append after the amount when the estate rounds other than to the fen half up (the
 * default goes unsaid, as on a paper bill): " (rounded to the jiao, half up)" / "（按角四舍五入）".
 */
export function roundingNote(policy: RoundingPolicy): BilingualMessage {
  if (isDefaultRounding(policy)) return { en: "", zh: "" };
  const words = describeRounding(policy);
  return { en: ` (rounded ${words.en})`, zh: `（${words.zh}）` };
}

/** "× 1 month" or "× 17/30 days". */
export function prorationWords(chargedDays: number, daysInMonth: number): BilingualMessage {
  if (chargedDays === daysInMonth) return { en: " × 1 month", zh: " × 1个月" };
  return { en: ` × ${chargedDays}/${daysInMonth} days`, zh: ` × ${chargedDays}/${daysInMonth}天` };
}

/** "× (1 − 30% vacancy discount)". */
export function vacancyWords(percent: string): BilingualMessage {
  return { en: ` × (1 − ${percent} vacancy discount)`, zh: ` × (1 − ${percent}空置优惠)` };
}
