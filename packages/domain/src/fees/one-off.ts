import type { IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import {
  exactProduct,
  formatMoney,
  formatQuantity,
  type Quantity,
  quantityOf,
  roundExact,
} from "../money/index.ts";
import type { BillLine, BillLineBasis } from "./bill-types.ts";
import { feeErrors } from "./errors.ts";
import { readArea, readCount, readDate } from "./input.ts";
import { type FeeSchedule, findStandardInForce, isPreparedStandard } from "./schedule.ts";
import type { OneOffFeeItem, UnitType } from "./types.ts";

/** What a one-off charge is for: the item, the day it is charged, and how many or how large. */
export interface OneOffChargeRequest {
  readonly unitType: UnitType;
  readonly itemCode: string;
  /** The day of the charge; the standard in force that day prices it (R-FEE-1). */
  readonly on: IsoDate;
  /** Pieces for `per: "each"` items (passes, hours of service). @default 1 */
  readonly count?: number;
  /** Building area in m² for `per: "squareMetre"` items (e.g. renovation management fee). */
  readonly buildingArea?: string;
}

export type OneOffChargeOutcome =
  | { readonly ok: true; readonly line: BillLine }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/**
 * R-FEE-2: a one-off charge 一次性收费 (renovation management, debris removal, a worker's pass,
 * a special service) priced by the standard in force on the day, rounded once, explained.
 */
export function computeOneOffCharge(
  schedule: FeeSchedule,
  request: OneOffChargeRequest,
): OneOffChargeOutcome {
  const on = readDate(request.on, "Charge date", ["on"]);
  const standard = findStandardInForce(schedule, request.unitType, on);
  if (!isPreparedStandard(standard)) return { ok: false, refusals: [{ ...standard, path: ["on"] }] };
  const { itemCode } = request;
  const prepared = standard.oneOffItems.get(itemCode);
  if (!prepared) {
    const monthly = standard.billedItems.find((candidate) => candidate.item.code === itemCode);
    if (monthly) throw feeErrors.FEE_NOT_ONE_OFF.error({ itemCode, kind: monthly.item.kind }, ["itemCode"]);
    throw feeErrors.FEE_UNKNOWN_ITEM.error({ itemCode, standardId: standard.standard.id }, ["itemCode"]);
  }
  // Only one-off items are kept in `oneOffItems`.
  const item = prepared.item as OneOffFeeItem;
  let quantity: Quantity;
  let words: { en: string; zh: string };
  if (item.per === "squareMetre") {
    quantity = readArea(request.buildingArea, ["buildingArea"]);
    const area = formatQuantity(quantity);
    words = { en: area + prepared.priced.en, zh: area + prepared.priced.zh };
  } else {
    const count = readCount(request.count ?? 1, "Count", ["count"]);
    quantity = quantityOf(count);
    words = { en: `${prepared.priced.en} × ${count}`, zh: `${prepared.priced.zh} × ${count}` };
  }
  const rounding = schedule.policy.rounding;
  const exact = exactProduct(prepared.price, [quantity]);
  const amount = roundExact(exact, rounding);
  const basis: BillLineBasis = {
    kind: "oneOff",
    per: item.per,
    quantity: formatQuantity(quantity),
    price: prepared.priceText,
    exact,
    rounding,
  };
  const text = formatMoney(amount);
  const note = schedule.roundingNote;
  return {
    ok: true,
    line: {
      itemCode,
      itemName: item.name,
      kind: "oneOff",
      standardId: prepared.standardId,
      amount,
      basis,
      explanation: {
        en: `${prepared.head.en}${words.en} = ¥${text}${note.en}`,
        zh: `${prepared.head.zh}${words.zh} = ${text}元${note.zh}`,
      },
    },
  };
}
