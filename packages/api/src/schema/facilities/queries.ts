import { addDays, resolveFacilityPolicy } from "@wuye/domain";
import { estateScoped } from "../../auth/index.ts";
import { builder } from "../../builder.ts";
import { prismaOf, servicesOf, type WuyeContext } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { FacilityType, PatrolKind } from "../../generated/prisma/enums.ts";
import { dateColumn } from "../../services/estate-dates.ts";
import { estateToday, facilityPolicyOf } from "../../services/facilities/ledger.ts";

/** The facility ledger, maintenance plans (overdue ones first), patrol routes and rounds. */

const estateFilter = (id: { id: string } | null | undefined) => (id ? { estateId: id.id } : {});

const FacilityFilter = builder.inputType("FacilityFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    type: t.field({ type: [FacilityType], required: false }),
  }),
});

builder.queryField("facilities", (t) =>
  t.prismaConnection({
    type: "Facility",
    cursor: "id",
    nullable: true,
    description: "The facility ledger 设施设备台账 of the estates the viewer works in, by name (R-FAC-1).",
    authScopes: { staff: true },
    args: { filter: t.arg({ type: FacilityFilter, required: false }) },
    resolve: (query, _root, { filter }, context) =>
      prismaOf(context).facility.findMany({
        ...query,
        where: {
          AND: [
            estateScoped<Prisma.FacilityWhereInput>(context.viewer),
            estateFilter(filter?.estateId),
            filter?.type ? { type: { in: [...filter.type] } } : {},
          ],
        },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
  }),
);

const MaintenancePlanFilter = builder.inputType("MaintenancePlanFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    facilityType: t.field({ type: [FacilityType], required: false }),
    overdue: t.boolean({
      required: false,
      description:
        "Only active plans past their due date and the estate's grace days (true), or none of those (false).",
    }),
  }),
});

/**
 * R-FAC-2 as a filter: a plan is overdue once today is more than the estate's grace days past its
 * next due date (the date the domain computed when it was last done), per estate's own today.
 */
async function overdueWhere(
  context: WuyeContext,
  overdue: boolean,
): Promise<Prisma.MaintenancePlanWhereInput> {
  const now = servicesOf(context).now();
  const estates = await prismaOf(context).estate.findMany({
    where: { id: { in: context.viewer.staffEstateIds() } },
    select: { id: true, timeZone: true, policy: true },
  });
  const late = estates.map((estate) => {
    const { maintenanceGraceDays } = resolveFacilityPolicy(facilityPolicyOf(estate.policy));
    const cutoff = addDays(estateToday(now, estate.timeZone), -maintenanceGraceDays);
    return { estateId: estate.id, active: true, nextDueOn: { lt: dateColumn(cutoff) } };
  });
  const anyLate: Prisma.MaintenancePlanWhereInput = late.length === 0 ? { id: { in: [] } } : { OR: late };
  return overdue ? anyLate : { NOT: anyLate };
}

builder.queryField("maintenancePlans", (t) =>
  t.prismaConnection({
    type: "MaintenancePlan",
    cursor: "id",
    nullable: true,
    description: "Maintenance plans 维保计划, soonest due first (R-FAC-2).",
    authScopes: { staff: true },
    args: { filter: t.arg({ type: MaintenancePlanFilter, required: false }) },
    resolve: async (query, _root, { filter }, context) =>
      prismaOf(context).maintenancePlan.findMany({
        ...query,
        where: {
          AND: [
            estateScoped<Prisma.MaintenancePlanWhereInput>(context.viewer),
            estateFilter(filter?.estateId),
            filter?.facilityType ? { facilityType: { in: [...filter.facilityType] } } : {},
            filter?.overdue == null ? {} : await overdueWhere(context, filter.overdue),
          ],
        },
        orderBy: [{ nextDueOn: "asc" }, { id: "asc" }],
      }),
  }),
);

const PatrolRouteFilter = builder.inputType("PatrolRouteFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    kind: t.field({ type: [PatrolKind], required: false }),
  }),
});

builder.queryField("patrolRoutes", (t) =>
  t.prismaConnection({
    type: "PatrolRoute",
    cursor: "id",
    nullable: true,
    description: "Patrol and inspection routes 巡检路线, by name (R-FAC-3).",
    authScopes: { staff: true },
    args: { filter: t.arg({ type: PatrolRouteFilter, required: false }) },
    resolve: (query, _root, { filter }, context) =>
      prismaOf(context).patrolRoute.findMany({
        ...query,
        where: {
          AND: [
            estateScoped<Prisma.PatrolRouteWhereInput>(context.viewer),
            estateFilter(filter?.estateId),
            filter?.kind ? { kind: { in: [...filter.kind] } } : {},
          ],
        },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
  }),
);

const PatrolRoundFilter = builder.inputType("PatrolRoundFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    routeId: t.globalID({ required: false }),
  }),
});

builder.queryField("patrolRounds", (t) =>
  t.prismaConnection({
    type: "PatrolRound",
    cursor: "id",
    nullable: true,
    description: "Patrol rounds 巡检记录, newest first (R-FAC-3).",
    authScopes: { staff: true },
    args: { filter: t.arg({ type: PatrolRoundFilter, required: false }) },
    resolve: (query, _root, { filter }, context) =>
      prismaOf(context).patrolRound.findMany({
        ...query,
        where: {
          route: {
            AND: [
              estateScoped<Prisma.PatrolRouteWhereInput>(context.viewer),
              estateFilter(filter?.estateId),
              filter?.routeId ? { id: filter.routeId.id } : {},
            ],
          },
        },
        orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      }),
  }),
);
