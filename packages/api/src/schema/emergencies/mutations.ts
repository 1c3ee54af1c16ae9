import { incidentWorkflow, type Refusal } from "@wuye/domain";
import { z } from "zod";
import { staffRolesFor } from "../../auth/index.ts";
import { builder } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import { EmergencyType } from "../../generated/prisma/enums.ts";
import {
  closeIncident,
  declareEstateIncident,
  INCIDENT_DECLARER_ROLES,
  logIncidentAction,
  notifyIncidentResidents,
  recordIncidentNotifications,
  reviewIncident,
} from "../../services/emergencies/incidents.ts";
import {
  createEmergencyPlan,
  DRILL_ROLES,
  PLAN_KEEPER_ROLES,
  recordEmergencyDrill,
  reviseEmergencyPlan,
} from "../../services/emergencies/plans.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors, RefusalRef } from "../errors.ts";
import { IncidentNotificationChannel } from "./types.ts";

/**
 * Emergency mutations: plans (manager) and drills (manager, security); the incident from its
 * declaration (security, manager) through notifying residents, logging actions, closing and the
 * review, each step through the domain's `advanceIncident`.
 */

const text = (max: number) => z.string().trim().min(1).max(max);

// ── plans and drills (R-EMG-1, R-EMG-2) ──

const ResponsiblePersonInput = builder.inputType("EmergencyResponsiblePersonInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: z.string().trim().max(100) }),
    duty: t.string({ required: true, validate: z.string().trim().max(100) }),
    phone: t.string({ required: true, validate: z.string().trim().max(30) }),
  }),
});

const EmergencyPlanCreateInput = builder.inputType("EmergencyPlanCreateInput", {
  description: "A plan may be saved incomplete; the payload's `gaps` says what it lacks.",
  fields: (t) => ({
    estateId: t.globalID({ required: true }),
    type: t.field({ type: EmergencyType, required: true }),
    title: t.string({ required: true, validate: text(200) }),
    responsiblePeople: t.field({ type: [ResponsiblePersonInput], required: true }),
    evacuationRoutes: t.stringList({ required: true, validate: z.array(z.string().max(500)).max(50) }),
    assemblyPoints: t.stringList({ required: true, validate: z.array(z.string().max(200)).max(50) }),
  }),
});

const EmergencyPlanReviseInput = builder.inputType("EmergencyPlanReviseInput", {
  description: "The plan's whole content, replaced; the plan is marked reviewed today.",
  fields: (t) => ({
    planId: t.globalID({ required: true }),
    type: t.field({ type: EmergencyType, required: true }),
    title: t.string({ required: true, validate: text(200) }),
    responsiblePeople: t.field({ type: [ResponsiblePersonInput], required: true }),
    evacuationRoutes: t.stringList({ required: true, validate: z.array(z.string().max(500)).max(50) }),
    assemblyPoints: t.stringList({ required: true, validate: z.array(z.string().max(200)).max(50) }),
  }),
});

const planPayload = (name: string) =>
  builder.objectRef<{ planId: string; gaps: readonly Refusal[] }>(name).implement({
    fields: (t) => ({
      plan: t.prismaField({
        type: "EmergencyPlan",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).emergencyPlan.findUnique({ ...query, where: { id: p.planId } }),
      }),
      gaps: t.field({
        type: [RefusalRef],
        description: "What the plan still lacks (R-EMG-1); empty when complete.",
        resolve: (p) => [...p.gaps],
      }),
    }),
  });

builder.mutationFields((t) => ({
  emergencyPlanCreate: t.field({
    type: planPayload("EmergencyPlanCreatePayload"),
    description:
      "R-EMG-1: an emergency plan for a type: responsible people with contacts, evacuation routes, assembly points.",
    authScopes: { staffRole: PLAN_KEEPER_ROLES },
    errors: mutationErrors(),
    args: { input: t.arg({ type: EmergencyPlanCreateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { row, gaps } = await createEmergencyPlan(serviceContext(context), input);
      return { planId: row.id, gaps };
    },
  }),
  emergencyPlanRevise: t.field({
    type: planPayload("EmergencyPlanRevisePayload"),
    description: "R-EMG-1: revise a plan (its content replaced) and mark it reviewed today.",
    authScopes: { staffRole: PLAN_KEEPER_ROLES },
    errors: mutationErrors(),
    args: { input: t.arg({ type: EmergencyPlanReviseInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { row, gaps } = await reviseEmergencyPlan(serviceContext(context), input);
      return { planId: row.id, gaps };
    },
  }),
}));

const EmergencyDrillRecordInput = builder.inputType("EmergencyDrillRecordInput", {
  fields: (t) => ({
    planId: t.globalID({ required: true }),
    heldOn: t.field({ type: "Date", required: true }),
    participants: t.int({ required: false, validate: z.number().int().min(0).max(100_000).optional() }),
    summary: t.string({ required: false, validate: z.string().max(2000).optional() }),
  }),
});

const EmergencyDrillRecordPayload = builder
  .objectRef<{ drillId: string }>("EmergencyDrillRecordPayload")
  .implement({
    fields: (t) => ({
      drill: t.prismaField({
        type: "EmergencyDrill",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).emergencyDrill.findUnique({ ...query, where: { id: p.drillId } }),
      }),
    }),
  });

builder.mutationField("emergencyDrillRecord", (t) =>
  t.field({
    type: EmergencyDrillRecordPayload,
    description: "R-EMG-2: a drill held under a plan; it keeps the plan covered for the policy's period.",
    authScopes: { staffRole: DRILL_ROLES },
    errors: mutationErrors(),
    args: { input: t.arg({ type: EmergencyDrillRecordInput, required: true }) },
    resolve: async (_root, { input }, context) => ({
      drillId: (await recordEmergencyDrill(serviceContext(context), input)).id,
    }),
  }),
);

// ── incidents (R-EMG-3) ──

const incidentPayload = (name: string) =>
  builder.objectRef<{ incidentId: string }>(name).implement({
    fields: (t) => ({
      incident: t.prismaField({
        type: "Incident",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).incident.findUnique({ ...query, where: { id: p.incidentId } }),
      }),
    }),
  });

const IncidentDeclareInput = builder.inputType("IncidentDeclareInput", {
  description: "Who is affected: the whole estate, or the people living in these buildings and units today.",
  fields: (t) => ({
    estateId: t.globalID({ required: true }),
    type: t.field({ type: EmergencyType, required: true }),
    title: t.string({ required: true, validate: text(200) }),
    planId: t.globalID({ required: false, description: "The plan the response follows." }),
    wholeEstate: t.boolean({ required: false }),
    buildingIds: t.globalIDList({ required: false }),
    unitIds: t.globalIDList({ required: false }),
  }),
});

const IncidentNotificationInput = builder.inputType("IncidentNotificationInput", {
  fields: (t) => ({
    residentId: t.globalID({ required: true, description: "A `Person` among those affected." }),
    channel: t.field({ type: IncidentNotificationChannel, required: true }),
  }),
});

const notificationsInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      incidentId: t.globalID({ required: true }),
      notifications: t.field({
        type: [IncidentNotificationInput],
        required: false,
        validate: z.array(z.unknown()).max(5000).optional(),
      }),
      remainingVia: t.field({
        type: IncidentNotificationChannel,
        required: false,
        description:
          "Also tell every affected resident not yet told, by this channel (an SMS to all, a broadcast).",
      }),
      expectedVersion: t.int({ required: false }),
    }),
  });

const IncidentLogActionInput = builder.inputType("IncidentLogActionInput", {
  fields: (t) => ({
    incidentId: t.globalID({ required: true }),
    description: t.string({ required: true, validate: text(2000) }),
    expectedVersion: t.int({ required: false }),
  }),
});

const IncidentCloseInput = builder.inputType("IncidentCloseInput", {
  fields: (t) => ({
    incidentId: t.globalID({ required: true }),
    summary: t.string({ required: true, validate: text(4000) }),
    expectedVersion: t.int({ required: false }),
  }),
});

const IncidentReviewInput = builder.inputType("IncidentReviewInput", {
  fields: (t) => ({
    incidentId: t.globalID({ required: true }),
    lessonsLearned: t.stringList({ required: true, validate: z.array(z.string().max(2000)).max(50) }),
    expectedVersion: t.int({ required: false }),
  }),
});

const roles = (action: string) => staffRolesFor(incidentWorkflow, action);

builder.mutationFields((t) => ({
  incidentDeclare: t.field({
    type: incidentPayload("IncidentDeclarePayload"),
    description:
      "R-EMG-3: declare an incident 启动应急响应; everyone living in the affected units must then be told.",
    authScopes: { staffRole: INCIDENT_DECLARER_ROLES },
    errors: mutationErrors(),
    args: { input: t.arg({ type: IncidentDeclareInput, required: true }) },
    resolve: async (_root, { input }, context) => ({
      incidentId: (await declareEstateIncident(serviceContext(context), input)).id,
    }),
  }),
  incidentRecordNotifications: t.field({
    type: incidentPayload("IncidentRecordNotificationsPayload"),
    description: "R-EMG-3: a batch of affected residents told; more to come.",
    authScopes: { staffRole: roles("recordNotifications") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: notificationsInput("IncidentRecordNotificationsInput"), required: true }) },
    resolve: async (_root, { input }, context) => recordIncidentNotifications(serviceContext(context), input),
  }),
  incidentNotifyResidents: t.field({
    type: incidentPayload("IncidentNotifyResidentsPayload"),
    description: "R-EMG-3: the last batch: refused unless every affected resident has then been told.",
    authScopes: { staffRole: roles("notifyResidents") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: notificationsInput("IncidentNotifyResidentsInput"), required: true }) },
    resolve: async (_root, { input }, context) => notifyIncidentResidents(serviceContext(context), input),
  }),
  incidentLogAction: t.field({
    type: incidentPayload("IncidentLogActionPayload"),
    description: "R-EMG-3: log an action taken, with who and when.",
    authScopes: { staffRole: roles("logAction") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: IncidentLogActionInput, required: true }) },
    resolve: async (_root, { input }, context) => logIncidentAction(serviceContext(context), input),
  }),
  incidentClose: t.field({
    type: incidentPayload("IncidentClosePayload"),
    description: "R-EMG-3: close the incident: everyone affected told, actions logged, a summary.",
    authScopes: { staffRole: roles("close") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: IncidentCloseInput, required: true }) },
    resolve: async (_root, { input }, context) => closeIncident(serviceContext(context), input),
  }),
  incidentReview: t.field({
    type: incidentPayload("IncidentReviewPayload"),
    description: "R-EMG-3: the review after closing records the lessons learned.",
    authScopes: { staffRole: roles("review") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: IncidentReviewInput, required: true }) },
    resolve: async (_root, { input }, context) => reviewIncident(serviceContext(context), input),
  }),
}));
