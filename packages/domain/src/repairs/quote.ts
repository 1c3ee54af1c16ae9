import type { BilingualMessage, Refusal } from "../errors/index.ts";
import {
  describeExact,
  type ExactAmount,
  exactProduct,
  formatMoney,
  type Money,
  parseQuantity,
  ROUND_TO_FEN_HALF_UP,
  type RoundingPolicy,
  roundExact,
  sumMoney,
} from "../money/index.ts";
import { repairErrors } from "./errors.ts";
import type {
  RepairPriceItem,
  RepairPriceList,
  RepairQuote,
  RepairQuoteLine,
  RepairQuoteLineInput,
} from "./types.ts";
import { PRICE_KIND_WORDS, roundingWords } from "./wording.ts";

/** A quote, or the reasons the price list cannot support it. */
export type RepairQuoteResult =
  | { readonly ok: true; readonly quote: RepairQuote }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

// Prices are whole fen and quantities have at most 3 decimals: the exact product has at most 5.
const EXACT_DIGITS = 5;

/**
 * "Labour: Call-out 1.5 hour × ¥33.33 = ¥49.995, rounded to the fen, half up: ¥50.00" /
 * "人工：上门维修 1.5 小时 × 33.33元 = 49.995元，按分四舍五入为 50.00元"; the rounding is said only
 * when it changed the amount, so the owner can redo the sum.
 */
function lineWords(
  item: RepairPriceItem,
  quantity: string,
  exact: ExactAmount,
  amount: Money,
  rounding: RoundingPolicy,
): BilingualMessage {
  const kind = PRICE_KIND_WORDS[item.kind];
  const price = formatMoney(item.price);
  const result = formatMoney(amount);
  const en = `${kind.en}: ${item.name} ${quantity} ${item.unit} × ¥${price} = ¥`;
  const zh = `${kind.zh}：${item.name} ${quantity} ${item.unit} × ${price}元 = `;
  // The exact amount is in fen: it is unchanged by rounding when it equals the amount.
  if (exact.num === amount * exact.den) return { en: en + result, zh: `${zh + result}元` };
  const exactText = describeExact(exact, EXACT_DIGITS);
  const words = roundingWords(rounding);
  return {
    en: `${en}${exactText}, ${words.en}: ¥${result}`,
    zh: `${zh}${exactText}元，${words.zh} ${result}元`,
  };
}

/** "Total: labour ¥50.00 + materials ¥60.00 = ¥110.00 (price list 2026)" / "合计：人工 50.00元 + …". */
function totalWords(priceListId: string, labour: Money, materials: Money, total: Money): BilingualMessage {
  const [l, m, t] = [labour, materials, total].map((amount) => formatMoney(amount));
  return {
    en: `Total: labour ¥${l} + materials ¥${m} = ¥${t} (price list ${priceListId})`,
    zh: `合计：人工 ${l}元 + 材料 ${m}元 = ${t}元（维修收费标准：${priceListId}）`,
  };
}

/**
 * Prices a paid repair 收费维修 from the published price list (R-REP-3): each line is quantity ×
 * unit price rounded once to the fen, and the quote is labour + materials. Items that are not on
 * the list are refused, all of them at once; a quantity that is not a positive decimal throws.
 * Each line and the total explain themselves in English and Chinese.
 */
export function quoteRepair(
  priceList: RepairPriceList,
  lines: readonly RepairQuoteLineInput[],
  rounding: RoundingPolicy = ROUND_TO_FEN_HALF_UP,
): RepairQuoteResult {
  if (lines.length === 0)
    return { ok: false, refusals: [repairErrors.REP_QUOTE_EMPTY.refuse(undefined, ["lines"])] };
  const items = new Map(priceList.items.map((item) => [item.code, item]));
  const refusals: Refusal[] = [];
  const priced: RepairQuoteLine[] = [];
  lines.forEach((line, index) => {
    const quantity = parseQuantity(line.quantity, { maxDecimals: 3 });
    if (quantity.units <= 0n) {
      throw repairErrors.REP_QUANTITY_NOT_POSITIVE.error({ code: line.code, quantity: line.quantity }, [
        "lines",
        String(index),
        "quantity",
      ]);
    }
    const item = items.get(line.code);
    if (!item) {
      refusals.push(
        repairErrors.REP_UNKNOWN_PRICE_ITEM.refuse({ code: line.code, priceList: priceList.id }, [
          "lines",
          String(index),
          "code",
        ]),
      );
      return;
    }
    const exact = exactProduct(item.price, [quantity]);
    const amount = roundExact(exact, rounding);
    const quantityText = line.quantity.trim();
    priced.push({
      code: item.code,
      name: item.name,
      kind: item.kind,
      unit: item.unit,
      quantity: quantityText,
      unitPrice: item.price,
      amount,
      explanation: lineWords(item, quantityText, exact, amount, rounding),
    });
  });
  if (refusals.length > 0) return { ok: false, refusals };
  const labour = sumMoney(priced.filter((l) => l.kind === "labour").map((l) => l.amount));
  const materials = sumMoney(priced.filter((l) => l.kind === "materials").map((l) => l.amount));
  const total = sumMoney([labour, materials]);
  return {
    ok: true,
    quote: {
      priceListId: priceList.id,
      lines: priced,
      labour,
      materials,
      total,
      explanation: totalWords(priceList.id, labour, materials, total),
    },
  };
}
