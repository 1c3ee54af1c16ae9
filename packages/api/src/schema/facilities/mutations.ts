import { z } from "zod";
import { builder } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import {
  FacilityType,
  MaintenancePeriod,
  PatrolKind,
  RepairComponentCategory,
  RepairTrade,
} from "../../generated/prisma/enums.ts";
import {
  createMaintenancePlan,
  FACILITY_KEEPER_ROLES,
  recordMaintenance,
  registerFacilityEntry,
} from "../../services/facilities/ledger.ts";
import { createPatrolRoute, PATROL_ROLES, recordPatrolRound } from "../../services/facilities/patrols.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors } from "../errors.ts";
import { PatrolFindingKind } from "./types.ts";

/**
 * Facility mutations: register a facility, plan and record maintenance (engineering, manager),
 * create patrol routes and record rounds (security, engineering, manager).
 */

const text = (max: number) => z.string().trim().min(1).max(max);

const FacilityParameterInput = builder.inputType("FacilityParameterInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: text(100) }),
    value: t.string({ required: true, validate: text(200) }),
  }),
});

const FacilityRegisterInput = builder.inputType("FacilityRegisterInput", {
  fields: (t) => ({
    estateId: t.globalID({ required: true }),
    type: t.field({ type: FacilityType, required: true }),
    name: t.string({ required: true, validate: text(200) }),
    model: t.string({ required: true, validate: text(200) }),
    location: t.string({ required: true, validate: text(200) }),
    installedOn: t.field({ type: "Date", required: true }),
    warrantyEndsOn: t.field({ type: "Date", required: false }),
    parameters: t.field({ type: [FacilityParameterInput], required: false }),
  }),
});

const FacilityRegisterPayload = builder
  .objectRef<{ facilityId: string }>("FacilityRegisterPayload")
  .implement({
    fields: (t) => ({
      facility: t.prismaField({
        type: "Facility",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).facility.findUnique({ ...query, where: { id: p.facilityId } }),
      }),
    }),
  });

builder.mutationField("facilityRegister", (t) =>
  t.field({
    type: FacilityRegisterPayload,
    description:
      "R-FAC-1: open a facility's ledger entry (type, model, parameters, installation, warranty, location).",
    authScopes: { staffRole: FACILITY_KEEPER_ROLES },
    errors: mutationErrors(),
    args: { input: t.arg({ type: FacilityRegisterInput, required: true }) },
    resolve: async (_root, { input }, context) => ({
      facilityId: (await registerFacilityEntry(serviceContext(context), input)).id,
    }),
  }),
);

const MaintenancePlanCreateInput = builder.inputType("MaintenancePlanCreateInput", {
  description: "For one facility (`facilityId`) or a whole class (`facilityType`).",
  fields: (t) => ({
    estateId: t.globalID({ required: true }),
    facilityId: t.globalID({ required: false }),
    facilityType: t.field({ type: FacilityType, required: false }),
    title: t.string({ required: true, validate: text(200) }),
    period: t.field({ type: MaintenancePeriod, required: true }),
    startsOn: t.field({ type: "Date", required: true, description: "The first due date." }),
  }),
});

const MaintenancePlanPayload = (name: string) =>
  builder.objectRef<{ planId: string | null }>(name).implement({
    fields: (t) => ({
      plan: t.prismaField({
        type: "MaintenancePlan",
        nullable: true,
        resolve: (query, p, _args, context) =>
          p.planId
            ? prismaOf(context).maintenancePlan.findUnique({ ...query, where: { id: p.planId } })
            : null,
      }),
    }),
  });

builder.mutationField("maintenancePlanCreate", (t) =>
  t.field({
    type: MaintenancePlanPayload("MaintenancePlanCreatePayload"),
    description: "R-FAC-2: plan periodic maintenance (daily … yearly), first due on `startsOn`.",
    authScopes: { staffRole: FACILITY_KEEPER_ROLES },
    errors: mutationErrors(),
    args: { input: t.arg({ type: MaintenancePlanCreateInput, required: true }) },
    resolve: async (_root, { input }, context) => ({
      planId: (await createMaintenancePlan(serviceContext(context), input)).id,
    }),
  }),
);

const FacilityMaintenanceRecordInput = builder.inputType("FacilityMaintenanceRecordInput", {
  fields: (t) => ({
    facilityId: t.globalID({ required: true }),
    planId: t.globalID({ required: false, description: "The plan this maintenance fulfils." }),
    doneOn: t.field({ type: "Date", required: true }),
    work: t.string({ required: true, validate: text(2000) }),
    contractor: t.string({
      required: false,
      description: "When a contractor did it.",
      validate: text(200).optional(),
    }),
  }),
});

const FacilityMaintenanceRecordPayload = builder
  .objectRef<{ recordId: string; facilityId: string; planId: string | null }>(
    "FacilityMaintenanceRecordPayload",
  )
  .implement({
    fields: (t) => ({
      record: t.prismaField({
        type: "MaintenanceRecord",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).maintenanceRecord.findUnique({ ...query, where: { id: p.recordId } }),
      }),
      facility: t.prismaField({
        type: "Facility",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).facility.findUnique({ ...query, where: { id: p.facilityId } }),
      }),
      plan: t.prismaField({
        type: "MaintenancePlan",
        nullable: true,
        description: "The plan fulfilled, with its next due date moved on.",
        resolve: (query, p, _args, context) =>
          p.planId
            ? prismaOf(context).maintenancePlan.findUnique({ ...query, where: { id: p.planId } })
            : null,
      }),
    }),
  });

builder.mutationField("facilityMaintenanceRecord", (t) =>
  t.field({
    type: FacilityMaintenanceRecordPayload,
    description: "R-FAC-1/2: record maintenance done; the plan it fulfils is next due one period later.",
    authScopes: { staffRole: FACILITY_KEEPER_ROLES },
    errors: mutationErrors(),
    args: { input: t.arg({ type: FacilityMaintenanceRecordInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { record, planId } = await recordMaintenance(serviceContext(context), input);
      return { recordId: record.id, facilityId: record.facilityId, planId };
    },
  }),
);

const PatrolCheckpointInput = builder.inputType("PatrolCheckpointInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: text(100) }),
    location: t.string({ required: false, validate: text(200).optional() }),
  }),
});

const PatrolRouteCreateInput = builder.inputType("PatrolRouteCreateInput", {
  fields: (t) => ({
    estateId: t.globalID({ required: true }),
    kind: t.field({ type: PatrolKind, required: true }),
    name: t.string({ required: true, validate: text(100) }),
    frequencyMinutes: t.int({
      required: true,
      validate: z
        .number()
        .int()
        .min(1)
        .max(60 * 24 * 31),
    }),
    ordered: t.boolean({ required: false, description: "Visit the checkpoints in order; default true." }),
    checkpoints: t.field({
      type: [PatrolCheckpointInput],
      required: true,
      description: "In route order.",
      validate: z.array(z.unknown()).min(1).max(200),
    }),
  }),
});

const PatrolRouteCreatePayload = builder
  .objectRef<{ routeId: string }>("PatrolRouteCreatePayload")
  .implement({
    fields: (t) => ({
      route: t.prismaField({
        type: "PatrolRoute",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).patrolRoute.findUnique({ ...query, where: { id: p.routeId } }),
      }),
    }),
  });

builder.mutationField("patrolRouteCreate", (t) =>
  t.field({
    type: PatrolRouteCreatePayload,
    description: "R-FAC-3: a patrol or inspection route of checkpoints.",
    authScopes: { staffRole: PATROL_ROLES },
    errors: mutationErrors(),
    args: { input: t.arg({ type: PatrolRouteCreateInput, required: true }) },
    resolve: async (_root, { input }, context) => ({
      routeId: (await createPatrolRoute(serviceContext(context), input)).id,
    }),
  }),
);

const PatrolScanInput = builder.inputType("PatrolScanInput", {
  fields: (t) => ({
    checkpointId: t.globalID({ required: true }),
    at: t.field({ type: "DateTime", required: true }),
  }),
});

const PatrolFindingInput = builder.inputType("PatrolFindingInput", {
  description:
    "A defect raises a work order (a repair order of the common parts): give its component and trade.",
  fields: (t) => ({
    checkpointId: t.globalID({ required: true }),
    kind: t.field({ type: PatrolFindingKind, required: true }),
    description: t.string({ required: true, validate: text(2000) }),
    at: t.field({ type: "DateTime", required: true }),
    category: t.field({ type: RepairComponentCategory, required: false }),
    trade: t.field({ type: RepairTrade, required: false, description: "Default `general`." }),
    workOrder: t.boolean({ required: false, description: "Raise a work order for an observation too." }),
  }),
});

const PatrolRoundRecordInput = builder.inputType("PatrolRoundRecordInput", {
  fields: (t) => ({
    routeId: t.globalID({ required: true }),
    startedAt: t.field({ type: "DateTime", required: true }),
    finishedAt: t.field({ type: "DateTime", required: false }),
    scans: t.field({ type: [PatrolScanInput], required: true, validate: z.array(z.unknown()).max(500) }),
    findings: t.field({
      type: [PatrolFindingInput],
      required: false,
      validate: z.array(z.unknown()).max(100).optional(),
    }),
  }),
});

const PatrolRoundRecordPayload = builder
  .objectRef<{ roundId: string; repairOrderIds: readonly string[] }>("PatrolRoundRecordPayload")
  .implement({
    fields: (t) => ({
      round: t.prismaField({
        type: "PatrolRound",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).patrolRound.findUnique({ ...query, where: { id: p.roundId } }),
      }),
      workOrders: t.prismaField({
        type: ["RepairOrder"],
        description: "The repair orders the round's findings raised (R-FAC-3, R-FAC-4).",
        resolve: (query, p, _args, context) =>
          prismaOf(context).repairOrder.findMany({
            ...query,
            where: { id: { in: [...p.repairOrderIds] } },
            orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
          }),
      }),
    }),
  });

builder.mutationField("patrolRoundRecord", (t) =>
  t.field({
    type: PatrolRoundRecordPayload,
    description:
      "R-FAC-3/4: record a round (scans and findings): the domain assesses its completeness and every defect found raises a work order.",
    authScopes: { staffRole: PATROL_ROLES },
    errors: mutationErrors(),
    args: { input: t.arg({ type: PatrolRoundRecordInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { round, repairOrderIds } = await recordPatrolRound(serviceContext(context), input);
      return { roundId: round.id, repairOrderIds };
    },
  }),
);
