import { visibleRenovations } from "../../auth/visibility.ts";
import { builder } from "../../builder.ts";
import { prismaOf, servicesOf } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { RenovationStatus } from "../../generated/prisma/enums.ts";
import { OrderDirection } from "../common.ts";
import { RenovationStatusEnum } from "./types.ts";

/** The renovations list: filtered by estate, unit, status or an overdue decision (R-REN-3), ordered. */

const RenovationFilter = builder.inputType("RenovationFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    status: t.field({ type: [RenovationStatusEnum], required: false }),
    decisionOverdue: t.boolean({
      required: false,
      description: "Under review past the R-REN-3 deadline (true), or not (false).",
    }),
  }),
});

const RenovationOrderField = builder.enumType("RenovationOrderField", {
  values: {
    SUBMITTED_AT: { value: "submittedAt" },
    DECISION_DUE_AT: { value: "decisionDueAt" },
    NUMBER: { value: "number" },
  } as const,
});

const RenovationOrder = builder.inputType("RenovationOrder", {
  fields: (t) => ({
    field: t.field({ type: RenovationOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: false, defaultValue: "desc" }),
  }),
});

type RenovationFilterInput = {
  estateId?: { id: string } | null;
  unitId?: { id: string } | null;
  status?: readonly RenovationStatus[] | null;
  decisionOverdue?: boolean | null;
} | null;

function renovationWhere(
  filter: RenovationFilterInput | undefined,
  now: Date,
): Prisma.RenovationApplicationWhereInput {
  if (!filter) return {};
  const overdue = { status: "underReview" as const, decisionDueAt: { lt: now } };
  return {
    ...(filter.estateId ? { estateId: filter.estateId.id } : {}),
    ...(filter.unitId ? { unitId: filter.unitId.id } : {}),
    AND: [
      filter.status ? { status: { in: [...filter.status] } } : {},
      filter.decisionOverdue === true ? overdue : {},
      filter.decisionOverdue === false ? { NOT: overdue } : {},
    ],
  };
}

builder.queryField("renovations", (t) =>
  t.prismaConnection({
    type: "RenovationApplication",
    cursor: "id",
    nullable: true,
    description: "Renovations the viewer may see, newest first unless ordered otherwise.",
    authScopes: { $any: { staff: true, resident: true, apiScope: "renovations:read" } },
    args: {
      filter: t.arg({ type: RenovationFilter, required: false }),
      orderBy: t.arg({ type: RenovationOrder, required: false }),
    },
    totalCount: (_connection, args, context) =>
      prismaOf(context).renovationApplication.count({
        where: {
          AND: [visibleRenovations(context.viewer), renovationWhere(args.filter, servicesOf(context).now())],
        },
      }),
    resolve: (query, _root, args, context) => {
      const direction = args.orderBy?.direction ?? "desc";
      const field = args.orderBy?.field ?? "submittedAt";
      return prismaOf(context).renovationApplication.findMany({
        ...query,
        where: {
          AND: [visibleRenovations(context.viewer), renovationWhere(args.filter, servicesOf(context).now())],
        },
        orderBy: [{ [field]: direction }, { id: direction }],
      });
    },
  }),
);
