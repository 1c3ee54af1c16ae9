import {
  type BilingualMessage,
  buildFeeSchedule,
  type FeeItem as DomainFeeItem,
  isDomainError,
  type UnitType,
} from "@wuye/domain";
import { visibleFeeItems } from "../../auth/visibility.ts";
import { toJsonValue } from "../../db/index.ts";
import { NotFoundError, ValidationError } from "../../errors/index.ts";
import type { FeeItemKind } from "../../generated/prisma/enums.ts";
import type { GlobalId, ServiceContext } from "../support.ts";
import { idOf } from "../support.ts";
import { authorizeEstateAction, FEE_STANDARD_ROLES } from "./access.ts";
import { dateColumn, isoOf, moneyPolicyOf } from "./records.ts";
import { itemShapeOf, type PricelessFeeItem, type StoredItemShape } from "./schedule.ts";

/**
 * Fee items 收费项目 and their published standards 收费标准 (R-FEE-1, R-FEE-2). A standard is
 * never edited: a new price is a new standard with its effective date, and the previous one ends
 * that day. A new standard may only take effect after the item's latest one and after every
 * period already billed with the item, so old bills always recompute exactly. The domain checks
 * the price (`FEE_NEGATIVE_PRICE`, `FEE_PRICE_TOO_PRECISE`) as it builds the schedule.
 */

export interface FeeItemCreateInput {
  readonly estateId: GlobalId;
  readonly code: string;
  readonly name: BilingualMessage;
  readonly kind: FeeItemKind;
  readonly per?: "unit" | "parkingSpace" | "each" | "squareMetre" | null;
  readonly meter?: string | null;
  readonly measure?: BilingualMessage | null;
  readonly unitTypes: readonly UnitType[];
  readonly collectedOnBehalf?: boolean | null;
  readonly unitPrice: string;
  readonly effectiveFrom: Date;
}

function invalid(field: string, message: string): ValidationError {
  return new ValidationError([{ path: ["input", field], message }]);
}

/** The item's shape as the domain types it (R-FEE-2), or the field that is missing. */
function itemOf(input: FeeItemCreateInput): PricelessFeeItem {
  const common = { code: input.code, name: input.name };
  switch (input.kind) {
    case "area":
      return { ...common, kind: "area" };
    case "fixed":
      if (input.per !== "unit" && input.per !== "parkingSpace")
        throw invalid("per", 'a fixed fee is per "unit" or "parkingSpace"');
      return { ...common, kind: "fixed", per: input.per };
    case "metered":
      if (!input.meter)
        throw invalid("meter", "a metered fee names its meter (water, electricity, gas, heating)");
      if (!input.measure) throw invalid("measure", "a metered fee names its unit of measure");
      return { ...common, kind: "metered", meter: input.meter, measure: input.measure };
    case "oneOff":
      if (input.per !== "each" && input.per !== "squareMetre")
        throw invalid("per", 'a one-off fee is per "each" or "squareMetre"');
      return {
        ...common,
        kind: "oneOff",
        per: input.per,
        ...(input.measure ? { measure: input.measure } : {}),
      };
  }
}

/** Lets the domain read the price and date as it will when billing; its code names the field. */
function checkWithDomain(
  estateId: string,
  policy: unknown,
  timeZone: string,
  item: PricelessFeeItem,
  price: string,
  effectiveFrom: string,
) {
  try {
    buildFeeSchedule({
      estateId,
      policy: moneyPolicyOf(policy, timeZone).fees,
      standards: [
        {
          id: "new",
          estateId,
          unitType: "residential",
          effectiveFrom,
          items: [{ ...item, price } as DomainFeeItem],
        },
      ],
    });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const refusal = error.toRefusal();
    const field = refusal.path?.at(-1) === "price" ? "unitPrice" : (refusal.path?.at(-1) ?? "unitPrice");
    const path = ["input", field];
    throw new ValidationError([{ path, message: refusal.message }], { ...refusal, path });
  }
}

async function estateForStandards(sc: ServiceContext, estateId: string) {
  const estate = await sc.prisma.estate.findUnique({
    where: { id: estateId },
    select: { id: true, companyId: true, policy: true, timeZone: true },
  });
  if (!estate) throw new NotFoundError("estate", ["input", "estateId"]);
  authorizeEstateAction(sc, estate, FEE_STANDARD_ROLES, { what: "estate", path: ["input", "estateId"] });
  return estate;
}

/** `feeItemCreate`: a new fee item with its first published standard (R-FEE-1, R-FEE-2). */
export async function createFeeItem(sc: ServiceContext, input: FeeItemCreateInput) {
  const estateId = idOf(input.estateId, "Estate", "estate", ["input", "estateId"]);
  const estate = await estateForStandards(sc, estateId);
  const item = itemOf(input);
  const effectiveFrom = isoOf(input.effectiveFrom);
  checkWithDomain(estateId, estate.policy, estate.timeZone, item, input.unitPrice, effectiveFrom);
  const taken = await sc.prisma.feeItem.findUnique({
    where: { estateId_code: { estateId, code: input.code } },
  });
  if (taken) throw invalid("code", `the estate already has a fee item "${input.code}"`);
  const shape: StoredItemShape = { unitTypes: input.unitTypes, item };
  return sc.prisma.$transaction(async (tx) => {
    const row = await tx.feeItem.create({
      data: {
        estateId,
        code: input.code,
        name: input.name.zh,
        kind: input.kind,
        collectedOnBehalf: input.collectedOnBehalf ?? false,
      },
    });
    const standard = await tx.feeStandard.create({
      data: {
        feeItemId: row.id,
        unitPrice: input.unitPrice,
        effectiveFrom: dateColumn(effectiveFrom),
        policy: toJsonValue(shape),
        publishedAt: sc.now,
      },
    });
    return { feeItemId: row.id, feeStandardId: standard.id };
  });
}

export interface FeeStandardCreateInput {
  readonly feeItemId: GlobalId;
  readonly unitPrice: string;
  readonly effectiveFrom: Date;
}

/** `feeStandardCreate`: a new price for an item from a date; the previous standard ends then. */
export async function createFeeStandard(sc: ServiceContext, input: FeeStandardCreateInput) {
  const feeItemId = idOf(input.feeItemId, "FeeItem", "fee item", ["input", "feeItemId"]);
  const row = await sc.prisma.feeItem.findFirst({
    where: { id: feeItemId, AND: [visibleFeeItems(sc.viewer)] },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      estateId: true,
      standards: { orderBy: { effectiveFrom: "desc" }, take: 1 },
    },
  });
  if (!row) throw new NotFoundError("fee item", ["input", "feeItemId"]);
  const estate = await estateForStandards(sc, row.estateId);
  const latest = row.standards[0];
  const effectiveFrom = isoOf(input.effectiveFrom);
  const shape = itemShapeOf(row, latest?.policy);
  checkWithDomain(row.estateId, estate.policy, estate.timeZone, shape.item, input.unitPrice, effectiveFrom);
  if (latest && effectiveFrom <= isoOf(latest.effectiveFrom)) {
    throw invalid(
      "effectiveFrom",
      `must be after the current standard's effective date ${isoOf(latest.effectiveFrom)} (R-FEE-1)`,
    );
  }
  const billed = await sc.prisma.billLine.findFirst({
    where: { feeItemId, periodEnd: { gte: dateColumn(effectiveFrom) } },
    orderBy: { periodEnd: "desc" },
    select: { periodEnd: true },
  });
  if (billed) {
    throw invalid(
      "effectiveFrom",
      `must be after ${isoOf(billed.periodEnd)}, the last day already billed with this item: old bills must recompute exactly (R-FEE-1)`,
    );
  }
  return sc.prisma.$transaction(async (tx) => {
    if (latest && latest.effectiveTo === null) {
      // Ending the previous standard is not an edit of its price: it stays as published.
      await tx.feeStandard.update({
        where: { id: latest.id },
        data: { effectiveTo: dateColumn(effectiveFrom) },
      });
    }
    const standard = await tx.feeStandard.create({
      data: {
        feeItemId,
        unitPrice: input.unitPrice,
        effectiveFrom: dateColumn(effectiveFrom),
        proration: latest?.proration ?? "byDays",
        policy: toJsonValue({ unitTypes: shape.unitTypes, item: shape.item }),
        publishedAt: sc.now,
      },
    });
    return { feeItemId, feeStandardId: standard.id };
  });
}
