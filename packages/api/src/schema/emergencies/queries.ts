import type { DrillCoverage, EmergencyPlanReview, PlanDrillStatus, Refusal } from "@wuye/domain";
import { estateScoped } from "../../auth/index.ts";
import { builder } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import type { EmergencyPlan as EmergencyPlanRow, Prisma } from "../../generated/prisma/client.ts";
import { EmergencyType, IncidentStatus } from "../../generated/prisma/enums.ts";
import { estateDrillCoverage, reviewEstateEmergencyPlans } from "../../services/emergencies/plans.ts";
import { dateColumn } from "../../services/estate-dates.ts";
import { serviceContext } from "../../services/support.ts";
import { RefusalRef } from "../errors.ts";
import { percent } from "../facilities/types.ts";
import { EmergencyPlanRef } from "./types.ts";

/** Emergency plans, the plan review, drill coverage and incidents. */

type PlanMap = ReadonlyMap<string, EmergencyPlanRow>;
const plansIn = (ids: readonly string[], plans: PlanMap) => ids.flatMap((id) => plans.get(id) ?? []);

const PlanGapRef = builder
  .objectRef<{ plan: EmergencyPlanRow | undefined; refusals: readonly Refusal[] }>("EmergencyPlanGap")
  .implement({
    fields: (t) => ({
      plan: t.field({ type: EmergencyPlanRef, nullable: true, resolve: (g) => g.plan ?? null }),
      refusals: t.field({ type: [RefusalRef], resolve: (g) => [...g.refusals] }),
    }),
  });

const PlanReviewRef = builder
  .objectRef<{ review: EmergencyPlanReview; plans: PlanMap }>("EmergencyPlanReview")
  .implement({
    description: "Whether the estate's plans are in place and complete (R-EMG-1).",
    fields: (t) => ({
      complete: t.boolean({ resolve: (r) => r.review.complete }),
      missingTypes: t.field({ type: [EmergencyType], resolve: (r) => [...r.review.missingTypes] }),
      gaps: t.field({
        type: [PlanGapRef],
        resolve: (r) => r.review.gaps.map((g) => ({ plan: r.plans.get(g.planId), refusals: g.refusals })),
      }),
    }),
  });

const PlanDrillStatusRef = builder
  .objectRef<{ status: PlanDrillStatus; plan: EmergencyPlanRow | undefined }>("EmergencyPlanDrillStatus")
  .implement({
    fields: (t) => ({
      plan: t.field({ type: EmergencyPlanRef, nullable: true, resolve: (s) => s.plan ?? null }),
      periodMonths: t.int({ resolve: (s) => s.status.periodMonths }),
      lastDrillOn: t.field({
        type: "Date",
        nullable: true,
        resolve: (s) => (s.status.lastDrillOn ? dateColumn(s.status.lastDrillOn) : null),
      }),
      coveredUntil: t.field({
        type: "Date",
        nullable: true,
        resolve: (s) => (s.status.coveredUntil ? dateColumn(s.status.coveredUntil) : null),
      }),
      covered: t.boolean({ resolve: (s) => s.status.covered }),
    }),
  });

const DrillCoverageRef = builder
  .objectRef<{ coverage: DrillCoverage; plans: PlanMap }>("EmergencyDrillCoverage")
  .implement({
    description: "Drill coverage 演练覆盖率 (R-EMG-2): plans drilled within their period, on `asOf`.",
    fields: (t) => ({
      asOf: t.field({ type: "Date", resolve: (c) => dateColumn(c.coverage.asOf) }),
      planCount: t.int({ resolve: (c) => c.coverage.planCount }),
      coveredCount: t.int({ resolve: (c) => c.coverage.coveredCount }),
      coveragePercent: t.string({
        nullable: true,
        description: 'covered ÷ plans, e.g. "83.33"; null when the estate has no plan.',
        resolve: (c) =>
          c.coverage.planCount === 0 ? null : percent(c.coverage.coveredCount, c.coverage.planCount),
      }),
      plans: t.field({
        type: [PlanDrillStatusRef],
        resolve: (c) => c.coverage.plans.map((status) => ({ status, plan: c.plans.get(status.planId) })),
      }),
      uncovered: t.field({
        type: [EmergencyPlanRef],
        resolve: (c) => plansIn(c.coverage.uncovered, c.plans),
      }),
    }),
  });

const EmergencyPlanFilter = builder.inputType("EmergencyPlanFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    type: t.field({ type: [EmergencyType], required: false }),
  }),
});

const IncidentFilter = builder.inputType("IncidentFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    status: t.field({ type: [IncidentStatus], required: false }),
    type: t.field({ type: [EmergencyType], required: false }),
  }),
});

builder.queryFields((t) => ({
  emergencyPlans: t.prismaConnection({
    type: "EmergencyPlan",
    cursor: "id",
    nullable: true,
    description: "Emergency plans 应急预案 by type and title (R-EMG-1).",
    authScopes: { staff: true },
    args: { filter: t.arg({ type: EmergencyPlanFilter, required: false }) },
    resolve: (query, _root, { filter }, context) =>
      prismaOf(context).emergencyPlan.findMany({
        ...query,
        where: {
          AND: [
            estateScoped<Prisma.EmergencyPlanWhereInput>(context.viewer),
            filter?.estateId ? { estateId: filter.estateId.id } : {},
            filter?.type ? { type: { in: [...filter.type] } } : {},
          ],
        },
        orderBy: [{ type: "asc" }, { title: "asc" }, { id: "asc" }],
      }),
  }),
  emergencyPlanReview: t.field({
    type: PlanReviewRef,
    nullable: true,
    description: "R-EMG-1: the required plan types with no plan, and what each plan lacks.",
    authScopes: { staff: true },
    args: { estateId: t.arg.globalID({ required: true }) },
    resolve: (_root, args, context) => reviewEstateEmergencyPlans(serviceContext(context), args.estateId),
  }),
  emergencyDrillCoverage: t.field({
    type: DrillCoverageRef,
    nullable: true,
    description: "R-EMG-2: drill coverage per estate on `asOf` (default today).",
    authScopes: { staff: true },
    args: {
      estateId: t.arg.globalID({ required: true }),
      asOf: t.arg({ type: "Date", required: false }),
    },
    resolve: (_root, args, context) => estateDrillCoverage(serviceContext(context), args.estateId, args.asOf),
  }),
  incidents: t.prismaConnection({
    type: "Incident",
    cursor: "id",
    nullable: true,
    description: "Incidents 突发事件, latest first (R-EMG-3).",
    authScopes: { staff: true },
    args: { filter: t.arg({ type: IncidentFilter, required: false }) },
    resolve: (query, _root, { filter }, context) =>
      prismaOf(context).incident.findMany({
        ...query,
        where: {
          AND: [
            estateScoped<Prisma.IncidentWhereInput>(context.viewer),
            filter?.estateId ? { estateId: filter.estateId.id } : {},
            filter?.status ? { status: { in: [...filter.status] } } : {},
            filter?.type ? { type: { in: [...filter.type] } } : {},
          ],
        },
        orderBy: [{ declaredAt: "desc" }, { id: "desc" }],
      }),
  }),
}));
