import type { BilingualMessage } from "../errors/index.ts";
import { formatQuantity } from "./text.ts";
import type { Quantity, RoundingPolicy } from "./types.ts";

/** A unit price as published, with at least two decimals: `"150"` → `"150.00"`, `"0.5283"` stays. */
export function formatPrice(price: Quantity): string {
  if (price.scale >= 2) return formatQuantity(price);
  return formatQuantity({ units: price.units * 10n ** BigInt(2 - price.scale), scale: 2 });
}

const STEP_WORDS: Readonly<Record<RoundingPolicy["step"], BilingualMessage>> = {
  fen: { en: "fen", zh: "分" },
  jiao: { en: "jiao", zh: "角" },
  yuan: { en: "yuan", zh: "元" },
};

const MODE_WORDS: Readonly<Record<RoundingPolicy["mode"], BilingualMessage>> = {
  halfUp: { en: "half up", zh: "四舍五入" },
  halfEven: { en: "half to even", zh: "银行家舍入" },
  down: { en: "down", zh: "舍去" },
  up: { en: "up", zh: "进位" },
};

/** A rounding policy in words for explanations: "to the jiao, half up" / "按角四舍五入". */
export function describeRounding(policy: RoundingPolicy): BilingualMessage {
  const step = STEP_WORDS[policy.step];
  const mode = MODE_WORDS[policy.mode];
  return { en: `to the ${step.en}, ${mode.en}`, zh: `按${step.zh}${mode.zh}` };
}

/** True for R-FEE-3's default (to the fen, half up), which a paper bill leaves unsaid. */
export function isDefaultRounding(policy: RoundingPolicy): boolean {
  return policy.step === "fen" && policy.mode === "halfUp";
}
