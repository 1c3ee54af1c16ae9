import type { IsoDate } from "../calendar/index.ts";
import type { BilingualMessage, Refusal } from "../errors/index.ts";
import { formatPrice, type Quantity } from "../money/index.ts";
import { feeErrors } from "./errors.ts";
import { readDate, readPrice } from "./input.ts";
import { type PreparedVacancyDiscount, prepareVacancyDiscount, resolveFeePolicy } from "./policy.ts";
import type { FeeItem, FeePolicy, FeeStandard, UnitType } from "./types.ts";
import { roundingNote } from "./wording.ts";

/** A fee item read once: its price parsed and the fixed parts of its explanation written. */
export interface PreparedFeeItem {
  readonly item: FeeItem;
  readonly standardId: string;
  readonly price: Quantity;
  readonly priceText: string;
  /** The explanation's opening, "Property service fee: " / "物业服务费：". */
  readonly head: BilingualMessage;
  /** The price with its unit, e.g. " m² × ¥2.35/m²/month" / "㎡ × 2.35元/㎡/月". */
  readonly priced: BilingualMessage;
}

/** A published standard read once (R-FEE-1), its items in published order. */
export interface PreparedStandard {
  readonly standard: FeeStandard;
  /** Area, fixed and metered items: what a monthly bill lists. */
  readonly billedItems: readonly PreparedFeeItem[];
  readonly oneOffItems: ReadonlyMap<string, PreparedFeeItem>;
  readonly meters: ReadonlySet<string>;
}

/**
 * An estate's fee schedule 收费标准表: its published standards by unit type, ordered by effective
 * date, and its billing policy. Build it once (`buildFeeSchedule`) and bill many units with it.
 */
export interface FeeSchedule {
  readonly estateId: string;
  readonly policy: FeePolicy;
  readonly standardsByUnitType: ReadonlyMap<UnitType, readonly PreparedStandard[]>;
  readonly vacancyDiscount?: PreparedVacancyDiscount;
  /** Appended to every explanation when the rounding is not the default. */
  readonly roundingNote: BilingualMessage;
}

export interface FeeScheduleInput {
  readonly estateId: string;
  readonly standards: readonly FeeStandard[];
  readonly policy?: Partial<FeePolicy>;
}

function priceWords(item: FeeItem, price: string): BilingualMessage {
  switch (item.kind) {
    case "area":
      return { en: ` m² × ¥${price}/m²/month`, zh: `㎡ × ${price}元/㎡/月` };
    case "fixed":
      return item.per === "unit"
        ? { en: `¥${price}/unit/month`, zh: `${price}元/户/月` }
        : { en: `¥${price}/space/month`, zh: `${price}元/个/月` };
    case "metered":
      return {
        en: ` ${item.measure.en} × ¥${price}/${item.measure.en}`,
        zh: `${item.measure.zh} × ${price}元/${item.measure.zh}`,
      };
    case "oneOff":
      if (item.per === "squareMetre") return { en: ` m² × ¥${price}/m²`, zh: `㎡ × ${price}元/㎡` };
      return item.measure
        ? { en: `¥${price}/${item.measure.en}`, zh: `${price}元/${item.measure.zh}` }
        : { en: `¥${price}`, zh: `${price}元` };
  }
}

function prepareStandard(
  standard: FeeStandard,
  index: number,
  estateId: string,
  policy: FeePolicy,
): PreparedStandard {
  const path = ["standards", String(index)];
  if (standard.estateId !== estateId) {
    throw feeErrors.FEE_STANDARD_WRONG_ESTATE.error(
      { standardId: standard.id, estateId: standard.estateId, expected: estateId },
      [...path, "estateId"],
    );
  }
  readDate(standard.effectiveFrom, "Effective date", [...path, "effectiveFrom"]);
  const billedItems: PreparedFeeItem[] = [];
  const oneOffItems = new Map<string, PreparedFeeItem>();
  const meters = new Set<string>();
  const codes = new Set<string>();
  standard.items.forEach((item, itemIndex) => {
    const itemPath = [...path, "items", String(itemIndex)];
    if (codes.has(item.code)) {
      throw feeErrors.FEE_DUPLICATE_ITEM.error({ standardId: standard.id, itemCode: item.code }, [
        ...itemPath,
        "code",
      ]);
    }
    codes.add(item.code);
    const price = readPrice(item.price, policy.priceDecimals, [...itemPath, "price"]);
    const text = formatPrice(price);
    const prepared: PreparedFeeItem = {
      item,
      standardId: standard.id,
      price,
      priceText: text,
      head: { en: `${item.name.en}: `, zh: `${item.name.zh}：` },
      priced: priceWords(item, text),
    };
    if (item.kind === "oneOff") {
      oneOffItems.set(item.code, prepared);
    } else {
      billedItems.push(prepared);
      if (item.kind === "metered") meters.add(item.meter);
    }
  });
  return { standard, billedItems, oneOffItems, meters };
}

/**
 * R-FEE-1: reads an estate's published standards and policy once, checking every price against
 * the estate's decimals (FEE_PRICE_TOO_PRECISE), and refusing two standards of one unit type that
 * take effect on the same day (FEE_DUPLICATE_STANDARD): which one applies would be ambiguous.
 */
export function buildFeeSchedule(input: FeeScheduleInput): FeeSchedule {
  const policy = resolveFeePolicy(input.policy);
  const byType = new Map<UnitType, PreparedStandard[]>();
  input.standards.forEach((standard, index) => {
    const prepared = prepareStandard(standard, index, input.estateId, policy);
    const list = byType.get(standard.unitType) ?? [];
    if (list.some((other) => other.standard.effectiveFrom === standard.effectiveFrom)) {
      throw feeErrors.FEE_DUPLICATE_STANDARD.error(
        { unitType: standard.unitType, date: standard.effectiveFrom },
        ["standards", String(index), "effectiveFrom"],
      );
    }
    list.push(prepared);
    byType.set(standard.unitType, list);
  });
  for (const list of byType.values()) {
    list.sort((a, b) => (a.standard.effectiveFrom < b.standard.effectiveFrom ? -1 : 1));
  }
  return {
    estateId: input.estateId,
    policy,
    standardsByUnitType: byType,
    ...(policy.vacancyDiscount ? { vacancyDiscount: prepareVacancyDiscount(policy.vacancyDiscount) } : {}),
    roundingNote: roundingNote(policy.rounding),
  };
}

/**
 * R-FEE-1: the standard in force on `date` for a unit type — the one with the latest effective
 * date on or before it — or the refusal FEE_NO_STANDARD_IN_FORCE.
 */
export function findStandardInForce(
  schedule: FeeSchedule,
  unitType: UnitType,
  date: IsoDate,
): PreparedStandard | Refusal {
  const list = schedule.standardsByUnitType.get(unitType);
  if (list) {
    for (let i = list.length - 1; i >= 0; i--) {
      const candidate = list[i];
      if (candidate && candidate.standard.effectiveFrom <= date) return candidate;
    }
  }
  return feeErrors.FEE_NO_STANDARD_IN_FORCE.refuse({ unitType, date }, ["period"]);
}

/** Narrows the result of {@link findStandardInForce}. */
export function isPreparedStandard(value: PreparedStandard | Refusal): value is PreparedStandard {
  return "billedItems" in value;
}

/** R-FEE-1: the published standard in force on `date` for a unit type, if any (for display). */
export function feeStandardInForce(
  schedule: FeeSchedule,
  unitType: UnitType,
  date: IsoDate,
): FeeStandard | undefined {
  const found = findStandardInForce(schedule, unitType, readDate(date, "Date", ["date"]));
  return isPreparedStandard(found) ? found.standard : undefined;
}
