import {
  buildFeeSchedule,
  type FeeItem,
  type FeePolicy,
  type FeeStandard,
  type IsoDate,
  type UnitType,
} from "@wuye/domain";
import { toJsonValue } from "../db/index.ts";
import type { BulkWriter } from "./bulk-writer.ts";
import { instantOn } from "./clock.ts";
import type { EstateFees, EstateLayout } from "./context.ts";
import type { SeedIds } from "./ids.ts";

/**
 * The demo estates' fee items 收费项目 and published standards 收费标准 (R-FEE-1, R-FEE-2). Sunny
 * Garden raised its property fees on 1 July 2026, so bills before and after that day show the
 * old and the new standard.
 *
 * The database keeps one `FeeStandard` row per item and price; the domain groups items by unit
 * type. What the domain needs beyond the row — the unit types an item applies to and the item's
 * shape (`per`, `meter`, `measure`, its bilingual name) — is kept in the row's `policy` JSON, so
 * the API can rebuild the same schedule from the database.
 */
/** A fee item without its price (each union member on its own, so `per` and `meter` stay). */
type PricelessItem = FeeItem extends infer T ? (T extends FeeItem ? Omit<T, "price"> : never) : never;

interface ItemTemplate {
  readonly item: PricelessItem;
  readonly unitTypes: readonly UnitType[];
  readonly collectedOnBehalf: boolean;
  /** Price versions: [effective from, price in yuan]. */
  readonly prices: readonly (readonly [IsoDate, string])[];
}

const METERED_ITEM = "electricity-commercial";

function templates(key: EstateLayout["key"]): readonly ItemTemplate[] {
  const sunny = key === "sunny";
  const since: IsoDate = sunny ? "2016-01-01" : "2022-01-01";
  return [
    {
      item: {
        code: "property-residential",
        kind: "area",
        name: { en: "Property service fee", zh: "物业服务费" },
      },
      unitTypes: ["residential"],
      collectedOnBehalf: false,
      prices: sunny
        ? [
            [since, "2.20"],
            ["2026-07-01", "2.50"],
          ]
        : [[since, "2.80"]],
    },
    {
      item: {
        code: "property-commercial",
        kind: "area",
        name: { en: "Property service fee (shops)", zh: "物业服务费（商铺）" },
      },
      unitTypes: ["commercial"],
      collectedOnBehalf: false,
      prices: sunny
        ? [
            [since, "6.50"],
            ["2026-07-01", "7.00"],
          ]
        : [[since, "7.50"]],
    },
    {
      item: {
        code: METERED_ITEM,
        kind: "metered",
        meter: "electricity",
        measure: { en: "kWh", zh: "度" },
        name: { en: "Electricity (collected for the utility)", zh: "电费（代收）" },
      },
      unitTypes: ["commercial"],
      collectedOnBehalf: true,
      prices: [[since, "1.05"]],
    },
    {
      item: {
        code: "parking",
        kind: "fixed",
        per: "unit",
        name: { en: "Parking space management fee", zh: "车位管理费" },
      },
      unitTypes: ["parking"],
      collectedOnBehalf: false,
      prices: [[since, sunny ? "80.00" : "100.00"]],
    },
  ];
}

interface StoredStandard {
  readonly id: string;
  readonly effectiveFrom: IsoDate;
}

/** Writes an estate's fee items and standards and builds the domain schedule from them. */
export function writeEstateFees(
  writer: BulkWriter,
  ids: SeedIds,
  estate: EstateLayout,
  policy: Partial<FeePolicy>,
): EstateFees {
  const itemIds = new Map<string, string>();
  const stored = new Map<string, StoredStandard[]>();
  const items = templates(estate.key);
  for (const template of items) {
    const itemId = ids.next();
    const { code, kind, name } = template.item;
    itemIds.set(code, itemId);
    const created = instantOn(template.prices[0]?.[0] ?? "2016-01-01", 9);
    writer.add("FeeItem", {
      id: itemId,
      estateId: estate.id,
      code,
      name: name.zh,
      kind,
      collectedOnBehalf: template.collectedOnBehalf,
      createdAt: created,
      updatedAt: created,
    });
    const versions: StoredStandard[] = [];
    template.prices.forEach(([effectiveFrom, price], index) => {
      const next = template.prices[index + 1];
      const id = ids.next();
      // Published on the notice board a month ahead of the effective date.
      const published = instantOn(effectiveFrom, 9);
      published.setUTCMonth(published.getUTCMonth() - 1);
      writer.add("FeeStandard", {
        id,
        feeItemId: itemId,
        unitPrice: price,
        effectiveFrom,
        effectiveTo: next ? next[0] : null,
        proration: "byDays",
        policy: toJsonValue({ unitTypes: template.unitTypes, item: template.item }),
        publishedAt: published,
        createdAt: published,
      });
      versions.push({ id, effectiveFrom });
    });
    stored.set(code, versions);
  }

  const standards: FeeStandard[] = [];
  for (const unitType of ["residential", "commercial", "parking"] as const) {
    const forType = items.filter((t) => t.unitTypes.includes(unitType));
    const dates = [...new Set(forType.flatMap((t) => t.prices.map(([date]) => date)))].sort();
    for (const date of dates) {
      standards.push({
        id: `${estate.code}-${unitType}-${date}`,
        estateId: estate.id,
        unitType,
        effectiveFrom: date,
        items: forType.map((t) => ({ ...t.item, price: priceOn(t, date) }) as FeeItem),
      });
    }
  }
  const schedule = buildFeeSchedule({ estateId: estate.id, standards, policy });
  return {
    schedule,
    itemIds,
    meteredItemCode: METERED_ITEM,
    standardIdFor(itemCode, date) {
      const versions = stored.get(itemCode) ?? [];
      const found = versions.filter((v) => v.effectiveFrom <= date).at(-1);
      if (!found) throw new Error(`seed: no ${itemCode} standard in force on ${date}`);
      return found.id;
    },
  };
}

function priceOn(template: ItemTemplate, date: IsoDate): string {
  const found = template.prices.filter(([from]) => from <= date).at(-1);
  return found?.[1] ?? template.prices[0]?.[1] ?? "0";
}
