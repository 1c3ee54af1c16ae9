import type { Refusal } from "../errors/index.ts";
import {
  exactProduct,
  parseQuantity,
  ROUND_TO_FEN_HALF_UP,
  type RoundingPolicy,
  roundExact,
  sumMoney,
} from "../money/index.ts";
import { repairErrors } from "./errors.ts";
import type { RepairPriceList, RepairQuote, RepairQuoteLine, RepairQuoteLineInput } from "./types.ts";

/** A quote, or the reasons the price list cannot support it. */
export type RepairQuoteResult =
  | { readonly ok: true; readonly quote: RepairQuote }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/**
 * Prices a paid repair 收费维修 from the published price list (R-REP-3): each line is quantity ×
 * unit price rounded once to the fen, and the quote is labour + materials. Items that are not on
 * the list are refused, all of them at once; a quantity that is not a positive decimal throws.
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
    priced.push({
      code: item.code,
      name: item.name,
      kind: item.kind,
      unit: item.unit,
      quantity: line.quantity.trim(),
      unitPrice: item.price,
      amount: roundExact(exactProduct(item.price, [quantity]), rounding),
    });
  });
  if (refusals.length > 0) return { ok: false, refusals };
  const labour = sumMoney(priced.filter((l) => l.kind === "labour").map((l) => l.amount));
  const materials = sumMoney(priced.filter((l) => l.kind === "materials").map((l) => l.amount));
  return {
    ok: true,
    quote: {
      priceListId: priceList.id,
      lines: priced,
      labour,
      materials,
      total: sumMoney([labour, materials]),
    },
  };
}
