import type { RepairPriceList } from "@wuye/domain";
import { visibleRepairOrders } from "../../auth/visibility.ts";
import { builder } from "../../builder.ts";
import { prismaOf, servicesOf } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { RepairComponentCategory, RepairStatus, RepairTrade } from "../../generated/prisma/enums.ts";
import { listRepairTechnicians, repairPriceListFor } from "../../services/repairs/roster.ts";
import { serviceContext } from "../../services/support.ts";
import { OrderDirection } from "../common.ts";
import { RepairPriceKind, RepairTechnicianRef } from "./types.ts";

/** Repair orders with filters, the technicians to assign, and the price list quotes come from. */

const RepairOrderFilter = builder.inputType("RepairOrderFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    status: t.field({ type: [RepairStatus], required: false }),
    trade: t.field({ type: [RepairTrade], required: false }),
    category: t.field({ type: [RepairComponentCategory], required: false }),
    overdue: t.boolean({
      required: false,
      description: "Only orders with a step past its deadline (true) or none (false).",
    }),
  }),
});

const RepairOrderOrderField = builder.enumType("RepairOrderOrderField", {
  values: { REQUESTED_AT: { value: "requestedAt" }, NEXT_DUE_AT: { value: "nextDueAt" } } as const,
});

const RepairOrderOrder = builder.inputType("RepairOrderOrder", {
  fields: (t) => ({
    field: t.field({ type: RepairOrderOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: false, defaultValue: "desc" }),
  }),
});

interface RepairOrderFilterInput {
  estateId?: { id: string } | null;
  unitId?: { id: string } | null;
  status?: readonly RepairStatus[] | null;
  trade?: readonly RepairTrade[] | null;
  category?: readonly RepairComponentCategory[] | null;
  overdue?: boolean | null;
}

function repairOrderWhere(
  context: object,
  viewerWhere: Prisma.RepairOrderWhereInput,
  filter: RepairOrderFilterInput | null | undefined,
): Prisma.RepairOrderWhereInput {
  const now = servicesOf(context).now();
  return {
    AND: [
      viewerWhere,
      {
        ...(filter?.estateId ? { estateId: filter.estateId.id } : {}),
        ...(filter?.unitId ? { unitId: filter.unitId.id } : {}),
        ...(filter?.status ? { status: { in: [...filter.status] } } : {}),
        ...(filter?.trade ? { trade: { in: [...filter.trade] } } : {}),
        ...(filter?.category ? { category: { in: [...filter.category] } } : {}),
      },
      // `nextDueAt` is the earliest deadline of a step not yet done, as the domain computed it.
      filter?.overdue === true ? { nextDueAt: { lt: now } } : {},
      filter?.overdue === false ? { OR: [{ nextDueAt: null }, { nextDueAt: { gte: now } }] } : {},
    ],
  };
}

builder.queryField("repairOrders", (t) =>
  t.prismaConnection({
    type: "RepairOrder",
    cursor: "id",
    nullable: true,
    description:
      "Repair orders the viewer may see (an owner or tenant: their units'), newest first unless ordered otherwise.",
    authScopes: { $any: { staff: true, resident: true, apiScope: "repairs:read" } },
    args: {
      filter: t.arg({ type: RepairOrderFilter, required: false }),
      orderBy: t.arg({ type: RepairOrderOrder, required: false }),
    },
    totalCount: (_connection, { filter }, context) =>
      prismaOf(context).repairOrder.count({
        where: repairOrderWhere(context, visibleRepairOrders(context.viewer), filter),
      }),
    resolve: (query, _root, { filter, orderBy }, context) => {
      const direction = orderBy?.direction ?? "desc";
      const first: Prisma.RepairOrderOrderByWithRelationInput =
        orderBy?.field === "nextDueAt"
          ? { nextDueAt: { sort: direction, nulls: "last" } }
          : { requestedAt: direction };
      return prismaOf(context).repairOrder.findMany({
        ...query,
        where: repairOrderWhere(context, visibleRepairOrders(context.viewer), filter),
        orderBy: [first, { id: direction }],
      });
    },
  }),
);

builder.queryField("repairTechnicians", (t) =>
  t.field({
    type: [RepairTechnicianRef],
    nullable: true,
    description: "The estate's engineering staff today with their trades; only those of `trade` when given.",
    authScopes: { staff: true },
    args: {
      estateId: t.arg.globalID({ required: true }),
      trade: t.arg({ type: RepairTrade, required: false }),
    },
    resolve: (_root, args, context) =>
      listRepairTechnicians(serviceContext(context), args.estateId, args.trade),
  }),
);

const RepairPriceItemRef = builder.objectRef<RepairPriceList["items"][number]>("RepairPriceItem").implement({
  fields: (t) => ({
    code: t.string({ resolve: (i) => i.code }),
    name: t.string({ resolve: (i) => i.name }),
    kind: t.field({ type: RepairPriceKind, resolve: (i) => i.kind }),
    unit: t.string({ description: "What the price is per: 次, 小时, 米, 个…", resolve: (i) => i.unit }),
    price: t.field({ type: "Money", resolve: (i) => i.price }),
  }),
});

export const RepairPriceListRef = builder
  .objectRef<{ list: RepairPriceList; published: boolean }>("RepairPriceList")
  .implement({
    description: "The repair price list 维修收费标准 quotes are taken from (R-REP-3).",
    fields: (t) => ({
      id: t.string({ resolve: (p) => p.list.id }),
      published: t.boolean({
        description: "False while the estate has published none and the documented default applies.",
        resolve: (p) => p.published,
      }),
      items: t.field({ type: [RepairPriceItemRef], resolve: (p) => [...p.list.items] }),
    }),
  });

builder.queryField("repairPriceList", (t) =>
  t.field({
    type: RepairPriceListRef,
    nullable: true,
    description: "The estate's published repair price list (or the default while none is published).",
    authScopes: { $any: { staff: true, resident: true, apiScope: "repairs:read" } },
    args: { estateId: t.arg.globalID({ required: true }) },
    resolve: (_root, args, context) => repairPriceListFor(serviceContext(context), args.estateId),
  }),
);
