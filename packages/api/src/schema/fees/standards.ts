import { z } from "zod";
import { visibleFeeItems } from "../../auth/visibility.ts";
import { builder } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { FeeItemKind, MeterKind, ProrationPolicy, UnitType } from "../../generated/prisma/enums.ts";
import { FEE_STANDARD_ROLES } from "../../services/fees/access.ts";
import { priceTextOf } from "../../services/fees/records.ts";
import { itemShapeOf } from "../../services/fees/schedule.ts";
import { createFeeItem, createFeeStandard } from "../../services/fees/standards.ts";
import { serviceContext } from "../../services/support.ts";
import { LocalizedTextRef } from "../common.ts";
import { mutationErrors } from "../errors.ts";

/**
 * Fee items 收费项目, their published standards 收费标准 (R-FEE-1, R-FEE-2), meters and readings
 * (meters and readings 抄表 are in `meters.ts`). Standards are visible to every owner of the estate; a new price is a new standard with an
 * effective date (`feeStandardCreate`), never an edit. Bills are in `bills.ts`.
 */

export const FeeItemKindEnum = builder.enumType(FeeItemKind, {
  name: "FeeItemKind",
  description: "R-FEE-2: area × price, fixed monthly, metered (reading difference × price), one-off.",
});
const ProrationPolicyEnum = builder.enumType(ProrationPolicy, { name: "ProrationPolicy" });
export const MeterKindEnum = builder.enumType(MeterKind, { name: "MeterKind" });
const FeeItemPer = builder.enumType("FeeItemPer", {
  description: "What a fixed fee is charged per (unit, parking space) or a one-off fee (each, m²).",
  values: ["unit", "parkingSpace", "each", "squareMetre"] as const,
});

/** Standards in the order of `FeeItem.standards`, so the selections merge; the last is the latest. */
const STANDARD_ORDER = [
  { effectiveFrom: "asc" },
  { id: "asc" },
] as const satisfies Prisma.FeeStandardOrderByWithRelationInput[];
const latestStandard = {
  standards: { orderBy: [...STANDARD_ORDER], select: { policy: true } },
} as const satisfies Prisma.FeeItemSelect;

export const FeeItemRef = builder.prismaNode("FeeItem", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visibleFeeItems(context.viewer)] }),
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.field({
      type: LocalizedTextRef,
      select: latestStandard,
      resolve: (item) => itemShapeOf(item, item.standards.at(-1)?.policy).item.name,
    }),
    kind: t.expose("kind", { type: FeeItemKindEnum }),
    per: t.field({
      type: FeeItemPer,
      nullable: true,
      select: latestStandard,
      resolve: (item) => {
        const shape = itemShapeOf(item, item.standards.at(-1)?.policy).item;
        return "per" in shape ? shape.per : null;
      },
    }),
    meter: t.string({
      nullable: true,
      description: "For a metered item: the meter kind whose readings it bills.",
      select: latestStandard,
      resolve: (item) => {
        const shape = itemShapeOf(item, item.standards.at(-1)?.policy).item;
        return shape.kind === "metered" ? shape.meter : null;
      },
    }),
    unitTypes: t.field({
      type: [UnitType],
      description: "The unit types the item is billed to.",
      select: latestStandard,
      resolve: (item) => [...itemShapeOf(item, item.standards.at(-1)?.policy).unitTypes],
    }),
    collectedOnBehalf: t.exposeBoolean("collectedOnBehalf", {
      description: "Collected for a utility 代收 (water, power, gas).",
    }),
    estate: t.relation("estate"),
    standards: t.relation("standards", {
      description: "Every standard ever published for the item, oldest first (R-FEE-1).",
      query: { orderBy: [...STANDARD_ORDER] },
    }),
  }),
});

export const FeeStandardRef = builder.prismaNode("FeeStandard", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, feeItem: visibleFeeItems(context.viewer) }),
  description: "A published price of a fee item from its effective date (R-FEE-1); never edited.",
  fields: (t) => ({
    unitPrice: t.string({
      description: 'CNY per basis unit, as published, e.g. "2.35" or "0.5283".',
      resolve: (standard) => priceTextOf(standard.unitPrice),
    }),
    effectiveFrom: t.expose("effectiveFrom", { type: "Date" }),
    effectiveTo: t.expose("effectiveTo", {
      type: "Date",
      nullable: true,
      description: "Exclusive end: the day the next standard takes effect.",
    }),
    proration: t.expose("proration", { type: ProrationPolicyEnum }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    feeItem: t.relation("feeItem"),
  }),
});

const FeeItemFilter = builder.inputType("FeeItemFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    kind: t.field({ type: [FeeItemKindEnum], required: false }),
  }),
});

builder.queryFields((t) => ({
  feeItems: t.prismaConnection({
    type: "FeeItem",
    cursor: "id",
    nullable: true,
    description: "Fee items and their standards (R-FEE-1): every owner sees their estate's.",
    authScopes: { $any: { staff: true, resident: true, apiScope: "fees:read" } },
    args: { filter: t.arg({ type: FeeItemFilter, required: false }) },
    resolve: (query, _root, { filter }, context) =>
      prismaOf(context).feeItem.findMany({
        ...query,
        where: {
          AND: [
            visibleFeeItems(context.viewer),
            {
              ...(filter?.estateId ? { estateId: filter.estateId.id } : {}),
              ...(filter?.kind ? { kind: { in: filter.kind } } : {}),
            },
          ],
        },
        orderBy: [{ code: "asc" }, { id: "asc" }],
      }),
  }),
}));

const price = z
  .string()
  .trim()
  .regex(/^-?\d{1,10}(\.\d{1,4})?$/, 'a price in yuan such as "2.35" (at most four decimals)');
const text = (max: number) => z.string().trim().min(1).max(max);

const LocalizedTextInput = builder.inputType("LocalizedTextInput", {
  fields: (t) => ({
    en: t.string({ required: true, validate: text(200) }),
    zh: t.string({ required: true, validate: text(200) }),
  }),
});

const FeeItemCreateInput = builder.inputType("FeeItemCreateInput", {
  fields: (t) => ({
    estateId: t.globalID({ required: true }),
    code: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
    }),
    name: t.field({ type: LocalizedTextInput, required: true }),
    kind: t.field({ type: FeeItemKindEnum, required: true }),
    per: t.field({ type: FeeItemPer, required: false, description: "Fixed and one-off items." }),
    meter: t.field({ type: MeterKindEnum, required: false, description: "Metered items." }),
    measure: t.field({ type: LocalizedTextInput, required: false, description: 'Metered: "kWh"/"度".' }),
    unitTypes: t.field({ type: [UnitType], required: true, validate: z.array(z.string()).min(1) }),
    collectedOnBehalf: t.boolean({ required: false }),
    unitPrice: t.string({ required: true, validate: price }),
    effectiveFrom: t.field({ type: "Date", required: true }),
  }),
});

const FeeStandardCreateInput = builder.inputType("FeeStandardCreateInput", {
  fields: (t) => ({
    feeItemId: t.globalID({ required: true }),
    unitPrice: t.string({ required: true, validate: price }),
    effectiveFrom: t.field({ type: "Date", required: true }),
  }),
});

const FeeStandardPayload = builder
  .objectRef<{ feeItemId: string; feeStandardId: string }>("FeeStandardPayload")
  .implement({
    fields: (t) => ({
      feeItem: t.prismaField({
        type: "FeeItem",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).feeItem.findUnique({ ...query, where: { id: payload.feeItemId } }),
      }),
      feeStandard: t.prismaField({
        type: "FeeStandard",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).feeStandard.findUnique({ ...query, where: { id: payload.feeStandardId } }),
      }),
    }),
  });

builder.mutationFields((t) => ({
  feeItemCreate: t.field({
    type: FeeStandardPayload,
    description: "R-FEE-1/2: publish a new fee item with its first standard (manager, finance).",
    authScopes: { staffRole: [...FEE_STANDARD_ROLES] },
    errors: mutationErrors(),
    args: { input: t.arg({ type: FeeItemCreateInput, required: true }) },
    resolve: (_root, { input }, context) => createFeeItem(serviceContext(context), input),
  }),
  feeStandardCreate: t.field({
    type: FeeStandardPayload,
    description:
      "R-FEE-1: a new price from an effective date; the previous standard ends that day and is never edited.",
    authScopes: { staffRole: [...FEE_STANDARD_ROLES] },
    errors: mutationErrors(),
    args: { input: t.arg({ type: FeeStandardCreateInput, required: true }) },
    resolve: (_root, { input }, context) => createFeeStandard(serviceContext(context), input),
  }),
}));
