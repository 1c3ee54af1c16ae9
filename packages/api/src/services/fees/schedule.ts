import {
  type BilingualMessage,
  buildFeeSchedule,
  type FeeItem as DomainFeeItem,
  type FeeStandard as DomainFeeStandard,
  type FeeSchedule,
  type IsoDate,
  type UnitType,
} from "@wuye/domain";
import type { WuyeDb, WuyeTx } from "../../db/index.ts";
import { NotFoundError } from "../../errors/index.ts";
import type { FeeItemKind } from "../../generated/prisma/enums.ts";
import { callDomain } from "../support.ts";
import { type EstateMoneyPolicy, isoOf, moneyPolicyOf, priceTextOf } from "./records.ts";

/**
 * An estate's fee schedule 收费标准表 (R-FEE-1) rebuilt from the database. The database keeps
 * one `FeeStandard` row per item and price with its effective dates; the domain groups items by
 * unit type. What the domain needs beyond the row — the unit types an item applies to and the
 * item's shape (`per`, `meter`, `measure`, its bilingual name) — is kept in the row's `policy`
 * JSON, `{ unitTypes, item }`, the convention the demo seed writes too.
 */

const ALL_UNIT_TYPES: readonly UnitType[] = ["residential", "commercial", "office", "storage", "parking"];

/** A fee item without its price (each kind on its own, so `per` and `meter` stay typed). */
export type PricelessFeeItem = DomainFeeItem extends infer T
  ? T extends DomainFeeItem
    ? Omit<T, "price">
    : never
  : never;

/** What a standard row's `policy` JSON carries (R-FEE-2). */
export interface StoredItemShape {
  readonly unitTypes?: readonly UnitType[];
  readonly item?: PricelessFeeItem;
}

interface StandardRow {
  readonly id: string;
  readonly unitPrice: { toFixed(places: number): string };
  readonly effectiveFrom: Date;
  readonly effectiveTo: Date | null;
  readonly policy: unknown;
}

interface ItemRow {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: FeeItemKind;
  readonly standards: readonly StandardRow[];
}

/** A fee item's shape and the unit types it applies to, from its latest standard's `policy`. */
export function itemShapeOf(item: Pick<ItemRow, "code" | "name" | "kind">, policy: unknown) {
  const stored = (policy && typeof policy === "object" ? policy : {}) as StoredItemShape;
  const name: BilingualMessage = { en: item.name, zh: item.name };
  const fallback = {
    code: item.code,
    name,
    kind: item.kind,
    ...(item.kind === "fixed" ? { per: "unit" } : {}),
    ...(item.kind === "oneOff" ? { per: "each" } : {}),
    ...(item.kind === "metered" ? { meter: "water", measure: { en: "unit", zh: "单位" } } : {}),
  } as PricelessFeeItem;
  return {
    unitTypes: stored.unitTypes && stored.unitTypes.length > 0 ? stored.unitTypes : ALL_UNIT_TYPES,
    item: { ...fallback, ...stored.item, code: item.code } as PricelessFeeItem,
  };
}

/** The schedule with what the API needs besides it: database ids of items and standards. */
export interface LoadedFeeSchedule {
  readonly estateId: string;
  readonly schedule: FeeSchedule;
  readonly policy: EstateMoneyPolicy;
  /** Fee item id by code. */
  readonly itemIds: ReadonlyMap<string, string>;
  /** The database standard of an item in force on a date (R-FEE-1), if any. */
  standardIdFor(itemCode: string, date: IsoDate): string | undefined;
}

/** The version in force on `date`: the latest effective on or before it, unless it has ended. */
function inForceOn<S extends StandardRow>(standards: readonly S[], date: IsoDate): S | undefined {
  let found: S | undefined;
  for (const standard of standards) {
    const from = isoOf(standard.effectiveFrom);
    if (from <= date && (!found || from > isoOf(found.effectiveFrom))) found = standard;
  }
  if (found?.effectiveTo && isoOf(found.effectiveTo) <= date) return undefined;
  return found;
}

/**
 * Builds the domain's standards from the rows: for each unit type, one standard per date on which
 * any of its items' prices changes, listing the items in force that day with their price.
 */
export function domainStandardsOf(estateId: string, items: readonly ItemRow[]): DomainFeeStandard[] {
  const shaped = items.map((row) => {
    const latest = [...row.standards].sort(
      (a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime(),
    )[0];
    return { row, ...itemShapeOf(row, latest?.policy) };
  });
  const standards: DomainFeeStandard[] = [];
  for (const unitType of ALL_UNIT_TYPES) {
    const forType = shaped.filter((s) => s.unitTypes.includes(unitType));
    const dates = [...new Set(forType.flatMap((s) => s.row.standards.map((x) => isoOf(x.effectiveFrom))))];
    for (const date of dates.sort()) {
      const itemsInForce: DomainFeeItem[] = [];
      for (const s of forType) {
        const standard = inForceOn(s.row.standards, date);
        if (standard)
          itemsInForce.push({ ...s.item, price: priceTextOf(standard.unitPrice) } as DomainFeeItem);
      }
      if (itemsInForce.length > 0) {
        standards.push({
          id: `${unitType}@${date}`,
          estateId,
          unitType,
          effectiveFrom: date,
          items: itemsInForce,
        });
      }
    }
  }
  return standards;
}

/** Loads an estate's fee items, standards and money policy and builds the domain's schedule. */
export async function loadFeeSchedule(db: WuyeDb | WuyeTx, estateId: string): Promise<LoadedFeeSchedule> {
  const estate = await db.estate.findUnique({
    where: { id: estateId },
    select: {
      policy: true,
      timeZone: true,
      feeItems: {
        select: {
          id: true,
          code: true,
          name: true,
          kind: true,
          standards: {
            select: { id: true, unitPrice: true, effectiveFrom: true, effectiveTo: true, policy: true },
            orderBy: { effectiveFrom: "asc" },
          },
        },
      },
    },
  });
  if (!estate) throw new NotFoundError("estate", ["input", "estateId"]);
  const policy = moneyPolicyOf(estate.policy, estate.timeZone);
  const standards = domainStandardsOf(estateId, estate.feeItems);
  // A stored price or policy the domain rejects is bad data: a typed error naming the setting.
  const schedule = callDomain(() => buildFeeSchedule({ estateId, standards, policy: policy.fees }), []);
  const byCode = new Map(estate.feeItems.map((item) => [item.code, item]));
  return {
    estateId,
    schedule,
    policy,
    itemIds: new Map(estate.feeItems.map((item) => [item.code, item.id])),
    standardIdFor(itemCode, date) {
      const standards = byCode.get(itemCode)?.standards ?? [];
      return inForceOn(standards, date)?.id;
    },
  };
}
