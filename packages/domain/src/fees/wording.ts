import type { BilingualMessage } from "../errors/index.ts";
import { formatQuantity, type Quantity, type RoundingPolicy } from "../money/index.ts";

/**
 * The words of bill explanations (R-FEE-4), in English and Chinese, so a cashier can read a line
 * out to an owner: "物业服务费：89.37㎡ × 2.35元/㎡/月 × 17/30天 = 119.01元".
 */

/** A price as published, with at least two decimals: `"150"` → `"150.00"`, `"0.5283"` stays. */
export function priceText(price: Quantity): string {
  if (price.scale >= 2) return formatQuantity(price);
  return formatQuantity({ units: price.units * 10n ** BigInt(2 - price.scale), scale: 2 });
}

const STEP_WORDS: Record<RoundingPolicy["step"], BilingualMessage> = {
  fen: { en: "fen", zh: "分" },
  jiao: { en: "jiao", zh: "角" },
  yuan: { en: "yuan", zh: "元" },
};

const MODE_WORDS: Record<RoundingPolicy["mode"], BilingualMessage> = {
  halfUp: { en: "half up", zh: "四舍五入" },
  halfEven: { en: "half to even", zh: "银行家舍入" },
  down: { en: "down", zh: "舍去" },
  up: { en: "up", zh: "进位" },
};

/**
 * What to append after the amount when the estate rounds other than to the fen half up (the
 * default goes unsaid, as on a paper bill): " (rounded to the jiao, half up)" / "（按角四舍五入）".
 */
export function roundingNote(policy: RoundingPolicy): BilingualMessage {
  if (policy.step === "fen" && policy.mode === "halfUp") return { en: "", zh: "" };
  const step = STEP_WORDS[policy.step];
  const mode = MODE_WORDS[policy.mode];
  return { en: ` (rounded to the ${step.en}, ${mode.en})`, zh: `（按${step.zh}${mode.zh}）` };
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
