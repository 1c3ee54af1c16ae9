import type { BilingualMessage } from "../src/errors/index.ts";
import type { BillableUnit, FeeItem, FeeStandard, MeterReading, MeterReadings } from "../src/fees/index.ts";

/**
 * The naive floating-point version of the SAME billing run, for comparison only: same inputs,
 * same line objects and explanation strings, but `number` arithmetic and `Math.round`. Never use
 * this for money — it exists to measure what exactness costs.
 */

interface FloatItem {
  readonly item: FeeItem;
  readonly standardId: string;
  readonly price: number;
  readonly priceText: string;
  readonly head: BilingualMessage;
  readonly priced: BilingualMessage;
}

interface FloatStandard {
  readonly standard: FeeStandard;
  readonly items: readonly FloatItem[];
}

export interface FloatLine {
  readonly itemCode: string;
  readonly itemName: BilingualMessage;
  readonly kind: string;
  readonly standardId: string;
  readonly amount: number;
  readonly basis: Record<string, unknown>;
  readonly explanation: BilingualMessage;
}

export interface FloatBill {
  readonly unitId: string;
  readonly period: string;
  readonly estateId: string;
  readonly standardId: string;
  readonly chargedFrom: string;
  readonly chargedTo: string;
  readonly lines: readonly FloatLine[];
  readonly total: number;
  readonly missingReadings: readonly string[];
}

function priceWords(item: FeeItem, price: string): BilingualMessage {
  if (item.kind === "area") return { en: ` m² × ¥${price}/m²/month`, zh: `㎡ × ${price}元/㎡/月` };
  if (item.kind === "fixed") {
    return item.per === "unit"
      ? { en: `¥${price}/unit/month`, zh: `${price}元/户/月` }
      : { en: `¥${price}/space/month`, zh: `${price}元/个/月` };
  }
  if (item.kind === "metered") {
    return {
      en: ` ${item.measure.en} × ¥${price}/${item.measure.en}`,
      zh: `${item.measure.zh} × ${price}元/${item.measure.zh}`,
    };
  }
  return { en: `¥${price}`, zh: `${price}元` };
}

function priceText(price: string): string {
  const [whole, decimals = ""] = price.split(".");
  return `${whole}.${decimals.padEnd(2, "0")}`;
}

export function prepareFloatStandards(standards: readonly FeeStandard[]): FloatStandard[] {
  return [...standards]
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))
    .map((standard) => ({
      standard,
      items: standard.items.map((item) => ({
        item,
        standardId: standard.id,
        price: Number(item.price),
        priceText: priceText(item.price),
        head: { en: `${item.name.en}: `, zh: `${item.name.zh}：` },
        priced: priceWords(item, priceText(item.price)),
      })),
    }));
}

function line(
  item: FloatItem,
  amount: number,
  basis: Record<string, unknown>,
  en: string[],
  zh: string[],
): FloatLine {
  const text = amount.toFixed(2);
  en.push(" = ¥", text);
  zh.push(" = ", text, "元");
  return {
    itemCode: item.item.code,
    itemName: item.item.name,
    kind: item.item.kind,
    standardId: item.standardId,
    amount,
    basis,
    explanation: { en: en.join(""), zh: zh.join("") },
  };
}

function meterUse(meter: string, reading: MeterReading): { used: number; capacity?: number } {
  const from = Number(reading.from);
  const to = Number(reading.to);
  if (!(from >= 0 && to >= 0)) throw new Error(`bad ${meter} reading`);
  if (to >= from) return { used: to - from };
  const capacity = reading.meterDigits === undefined ? undefined : 10 ** reading.meterDigits;
  if (capacity === undefined || (capacity - from + to) * 2 > capacity)
    throw new Error(`${meter} went backwards`);
  return { used: capacity - from + to, capacity };
}

export function floatBillingRun(
  standards: readonly FloatStandard[],
  estateId: string,
  period: string,
  units: readonly BillableUnit[],
  readingsByUnit: ReadonlyMap<string, MeterReadings>,
): { bills: FloatBill[]; lineCount: number; total: number } {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const firstDay = `${period}-01`;
  const lastDay = `${period}-${days}`;
  const bills: FloatBill[] = [];
  let lineCount = 0;
  let total = 0;
  for (const unit of units) {
    const area = Number(unit.buildingArea);
    if (!(area >= 0)) throw new Error("bad area");
    const handover = unit.handoverDate;
    if (handover === undefined || handover > lastDay) continue;
    const chargedFrom = handover > firstDay ? handover : firstDay;
    let standard: FloatStandard | undefined;
    for (let i = standards.length - 1; i >= 0; i--) {
      const candidate = standards[i];
      if (
        candidate &&
        candidate.standard.effectiveFrom <= chargedFrom &&
        candidate.standard.unitType === unit.unitType
      ) {
        standard = candidate;
        break;
      }
    }
    if (!standard) continue;
    const chargedDays = days - Number(chargedFrom.slice(8, 10)) + 1;
    const share = chargedDays / days;
    const pro =
      chargedDays === days
        ? { en: " × 1 month", zh: " × 1个月" }
        : { en: ` × ${chargedDays}/${days} days`, zh: ` × ${chargedDays}/${days}天` };
    const proration = { chargedDays, daysInMonth: days };
    const readings = readingsByUnit.get(unit.id);
    const lines: FloatLine[] = [];
    const missingReadings: string[] = [];
    for (const item of standard.items) {
      const fee = item.item;
      if (fee.kind === "area") {
        const exact = item.price * area * share * 100;
        const basis = { kind: "area", area: unit.buildingArea, price: item.priceText, proration, exact };
        lines.push(
          line(
            item,
            Math.round(exact) / 100,
            basis,
            [item.head.en, unit.buildingArea, item.priced.en, pro.en],
            [item.head.zh, unit.buildingArea, item.priced.zh, pro.zh],
          ),
        );
      } else if (fee.kind === "fixed") {
        const count = fee.per === "unit" ? 1 : (unit.parkingSpaces ?? 0);
        if (count === 0) continue;
        const exact = item.price * count * share * 100;
        const basis = { kind: "fixed", per: fee.per, count, price: item.priceText, proration, exact };
        const counted =
          fee.per === "parkingSpace"
            ? { en: ` × ${count} ${count === 1 ? "space" : "spaces"}`, zh: ` × ${count}个` }
            : { en: "", zh: "" };
        lines.push(
          line(
            item,
            Math.round(exact) / 100,
            basis,
            [item.head.en, item.priced.en, counted.en, pro.en],
            [item.head.zh, item.priced.zh, counted.zh, pro.zh],
          ),
        );
      } else if (fee.kind === "metered") {
        const reading = readings?.[fee.meter];
        if (!reading) {
          missingReadings.push(fee.code);
          continue;
        }
        const { used, capacity } = meterUse(fee.meter, reading);
        const exact = item.price * used * 100;
        const basis = {
          kind: "metered",
          meter: fee.meter,
          from: reading.from,
          to: reading.to,
          consumption: String(used),
          price: item.priceText,
          exact,
        };
        const words = capacity
          ? `(${capacity} − ${reading.from} + ${reading.to})`
          : `(${reading.to} − ${reading.from})`;
        lines.push(
          line(
            item,
            Math.round(exact) / 100,
            basis,
            [item.head.en, words, item.priced.en],
            [item.head.zh, words, item.priced.zh],
          ),
        );
      }
    }
    let billTotal = 0;
    for (const billed of lines) billTotal += billed.amount;
    bills.push({
      unitId: unit.id,
      period,
      estateId,
      standardId: standard.standard.id,
      chargedFrom,
      chargedTo: lastDay,
      lines,
      total: billTotal,
      missingReadings,
    });
    lineCount += lines.length;
    total += billTotal;
  }
  return { bills, lineCount, total };
}
