import type { BilingualMessage } from "../errors/index.ts";
import {
  type ExactAmount,
  exactProduct,
  type Factor,
  formatMoney,
  formatQuantity,
  type Money,
  type Quantity,
  type Ratio,
  roundExact,
} from "../money/index.ts";
import type { BillLine, BillLineBasis, LineProration, VacancyDiscountBasis } from "./bill-types.ts";
import type { MeterConsumption } from "./meter.ts";
import type { PreparedVacancyDiscount } from "./policy.ts";
import type { FeeSchedule, PreparedFeeItem } from "./schedule.ts";
import type { FixedFeeItem, MeterReading } from "./types.ts";
import { prorationWords, vacancyWords } from "./wording.ts";

/**
 * The lines of a monthly bill (R-FEE-2, R-FEE-3, R-FEE-4): each exact product of price and
 * factors is rounded once with the estate's policy and explained in both languages.
 */

/** What every recurring line of one bill shares: how much of the month, any vacancy discount. */
export interface MonthContext {
  readonly schedule: FeeSchedule;
  readonly proration: LineProration;
  /** `chargedDays / daysInMonth`, absent for a whole month. */
  readonly prorationFactor?: Ratio;
  readonly prorationWords: BilingualMessage;
  readonly vacancy?: {
    readonly discount: PreparedVacancyDiscount;
    readonly vacantSince: string;
    readonly vacantMonths: number;
    readonly words: BilingualMessage;
  };
}

/** Builds the context once per bill. */
export function monthContext(
  schedule: FeeSchedule,
  chargedDays: number,
  daysInMonth: number,
  vacancy?: { readonly vacantSince: string; readonly vacantMonths: number },
): MonthContext {
  const discount = schedule.vacancyDiscount;
  return {
    schedule,
    proration: { chargedDays, daysInMonth },
    ...(chargedDays === daysInMonth
      ? {}
      : { prorationFactor: { num: BigInt(chargedDays), den: BigInt(daysInMonth) } }),
    prorationWords: prorationWords(chargedDays, daysInMonth),
    ...(vacancy && discount
      ? { vacancy: { discount, ...vacancy, words: vacancyWords(discount.percent) } }
      : {}),
  };
}

/**
 * Finishes a line: its explanation is the given words, "= amount" and any rounding note. The words
 * are joined rather than added with `+`: a join makes one flat string where `+` keeps a tree of
 * pieces, and at 400,000 lines a run that tree doubled the memory and the time spent collecting it.
 */
function line(
  prepared: PreparedFeeItem,
  amount: Money,
  basis: BillLineBasis,
  en: string[],
  zh: string[],
  note: BilingualMessage,
): BillLine {
  const text = formatMoney(amount);
  en.push(" = ¥", text, note.en);
  zh.push(" = ", text, "元", note.zh);
  return {
    itemCode: prepared.item.code,
    itemName: prepared.item.name,
    kind: prepared.item.kind,
    standardId: prepared.standardId,
    amount,
    basis,
    explanation: { en: en.join(""), zh: zh.join("") },
  };
}

const NO_WORDS: BilingualMessage = { en: "", zh: "" };

/** R-FEE-11: applies the discount to an exact amount, keeping the undiscounted figure for the line. */
function discounted(
  exact: ExactAmount,
  ctx: MonthContext,
  kind: "area" | "fixed",
): { exact: ExactAmount; vacancy?: VacancyDiscountBasis; words: BilingualMessage } {
  const vacancy = ctx.vacancy;
  if (!vacancy?.discount.itemKinds.has(kind)) return { exact, words: NO_WORDS };
  const { remaining, rate, percent } = vacancy.discount;
  return {
    exact: { num: exact.num * remaining.num, den: exact.den * remaining.den },
    vacancy: {
      rate,
      percent,
      vacantSince: vacancy.vacantSince,
      vacantMonths: vacancy.vacantMonths,
      undiscountedAmount: roundExact(exact, ctx.schedule.policy.rounding),
    },
    words: vacancy.words,
  };
}

/** Property service fee: building area × price per m² per month × the month's share. */
export function areaLine(
  prepared: PreparedFeeItem,
  area: Quantity,
  areaText: string,
  ctx: MonthContext,
): BillLine {
  const factors: Factor[] = ctx.prorationFactor ? [area, ctx.prorationFactor] : [area];
  const { exact, vacancy, words } = discounted(exactProduct(prepared.price, factors), ctx, "area");
  const rounding = ctx.schedule.policy.rounding;
  const amount = roundExact(exact, rounding);
  const basis: BillLineBasis = {
    kind: "area",
    area: areaText,
    price: prepared.priceText,
    proration: ctx.proration,
    exact,
    rounding,
    // Set even when undefined, so every area line has one shape (it matters at 400,000 lines).
    vacancy,
  };
  const { head, priced } = prepared;
  const pro = ctx.prorationWords;
  return line(
    prepared,
    amount,
    basis,
    [head.en, areaText, priced.en, pro.en, words.en],
    [head.zh, areaText, priced.zh, pro.zh, words.zh],
    ctx.schedule.roundingNote,
  );
}

/** A fixed monthly fee per unit, or per parking space × the unit's spaces. */
export function fixedLine(prepared: PreparedFeeItem, count: number, ctx: MonthContext): BillLine {
  const item = prepared.item as FixedFeeItem;
  const base = exactProduct(
    prepared.price,
    ctx.prorationFactor ? [BigInt(count), ctx.prorationFactor] : [BigInt(count)],
  );
  const { exact, vacancy, words } = discounted(base, ctx, "fixed");
  const rounding = ctx.schedule.policy.rounding;
  const amount = roundExact(exact, rounding);
  const basis: BillLineBasis = {
    kind: "fixed",
    per: item.per,
    count,
    price: prepared.priceText,
    proration: ctx.proration,
    exact,
    rounding,
    vacancy,
  };
  const counted =
    item.per === "parkingSpace"
      ? { en: ` × ${count} ${count === 1 ? "space" : "spaces"}`, zh: ` × ${count}个` }
      : NO_WORDS;
  const { head, priced } = prepared;
  const pro = ctx.prorationWords;
  return line(
    prepared,
    amount,
    basis,
    [head.en, priced.en, counted.en, pro.en, words.en],
    [head.zh, priced.zh, counted.zh, pro.zh, words.zh],
    ctx.schedule.roundingNote,
  );
}

/** A metered fee: (current − previous reading) × price, never prorated or discounted. */
export function meteredLine(
  prepared: PreparedFeeItem,
  meter: string,
  reading: MeterReading,
  measured: MeterConsumption,
  schedule: FeeSchedule,
): BillLine {
  const rounding = schedule.policy.rounding;
  const exact = exactProduct(prepared.price, [measured.consumption]);
  const amount = roundExact(exact, rounding);
  // Readings are shown as the meter reader wrote them; parsing proved they are plain decimals.
  const from = reading.from.trim();
  const to = reading.to.trim();
  const capacity = measured.rolledOverAt ? formatQuantity(measured.rolledOverAt) : undefined;
  const basis: BillLineBasis = {
    kind: "metered",
    meter,
    from,
    to,
    rolledOverAt: capacity,
    consumption: formatQuantity(measured.consumption),
    price: prepared.priceText,
    exact,
    rounding,
  };
  // A rollover is shown as the arithmetic it is, so the owner can check it on the dial.
  const used = capacity ? `(${capacity} − ${from} + ${to})` : `(${to} − ${from})`;
  const { head, priced } = prepared;
  return line(
    prepared,
    amount,
    basis,
    [head.en, used, priced.en],
    [head.zh, used, priced.zh],
    schedule.roundingNote,
  );
}
