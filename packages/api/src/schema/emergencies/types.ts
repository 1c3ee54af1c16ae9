import {
  checkEmergencyPlan,
  type EmergencyResponsiblePerson,
  type Incident,
  residentsNotYetNotified,
} from "@wuye/domain";
import { estateScoped } from "../../auth/index.ts";
import { builder } from "../../builder.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { EmergencyType, IncidentStatus } from "../../generated/prisma/enums.ts";
import { domainIncident } from "../../services/emergencies/incidents.ts";
import { domainEmergencyPlan } from "../../services/emergencies/plans.ts";
import { RefusalRef } from "../errors.ts";
import { HistoryConnection, loadHistory, resolveHistory } from "../history.ts";

/**
 * Emergencies 应急 (R-EMG-1…3) as the client reads them: plans with what they lack, drills, and
 * incidents with who has been told, the actions logged and the review. The estate's staff see them.
 */

builder.enumType(EmergencyType, {
  name: "EmergencyType",
  description: "A kind of emergency 突发事件 (R-EMG-1).",
});
builder.enumType(IncidentStatus, {
  name: "IncidentStatus",
  description: "Where an incident stands (R-EMG-3).",
});
export const IncidentNotificationChannel = builder.enumType("IncidentNotificationChannel", {
  values: ["sms", "phone", "app", "doorToDoor", "broadcast", "notice"] as const,
});

const staffOnly = <W>(context: { viewer: Parameters<typeof estateScoped>[0] }) =>
  estateScoped<W>(context.viewer);

const ResponsiblePersonRef = builder
  .objectRef<EmergencyResponsiblePerson>("EmergencyResponsiblePerson")
  .implement({
    description: "Someone responsible under a plan, and how to reach them in an emergency.",
    fields: (t) => ({
      name: t.string({ resolve: (p) => p.name }),
      duty: t.string({ resolve: (p) => p.duty }),
      phone: t.string({ resolve: (p) => p.phone }),
    }),
  });

export const EmergencyPlanRef = builder.prismaNode("EmergencyPlan", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [staffOnly<Prisma.EmergencyPlanWhereInput>(context)] }),
  fields: (t) => ({
    type: t.expose("type", { type: EmergencyType }),
    title: t.exposeString("title"),
    responsiblePeople: t.field({
      type: [ResponsiblePersonRef],
      resolve: (p) => [...domainEmergencyPlan(p).responsiblePeople],
    }),
    evacuationRoutes: t.stringList({ resolve: (p) => [...domainEmergencyPlan(p).evacuationRoutes] }),
    assemblyPoints: t.stringList({ resolve: (p) => [...domainEmergencyPlan(p).assemblyPoints] }),
    reviewedOn: t.expose("reviewedOn", { type: "Date", nullable: true }),
    gaps: t.field({
      type: [RefusalRef],
      description:
        "What the plan lacks (R-EMG-1): responsible people, contacts, evacuation routes, assembly points.",
      resolve: (p) => [...checkEmergencyPlan(domainEmergencyPlan(p))],
    }),
    complete: t.boolean({ resolve: (p) => checkEmergencyPlan(domainEmergencyPlan(p)).length === 0 }),
    estate: t.relation("estate"),
    drills: t.relation("drills", {
      description: "Drills held under the plan, latest first (R-EMG-2).",
      query: { orderBy: [{ heldOn: "desc" }, { id: "desc" }] },
    }),
  }),
});

builder.prismaObject("EmergencyDrill", {
  description: "A drill 演练 held under a plan (R-EMG-2).",
  fields: (t) => ({
    id: t.exposeID("id"),
    heldOn: t.expose("heldOn", { type: "Date" }),
    participants: t.exposeInt("participants", { nullable: true }),
    summary: t.exposeString("summary", { nullable: true }),
    plan: t.relation("plan"),
  }),
});

builder.prismaObject("IncidentAction", {
  description: "An action taken during an incident 处置记录, with who and when (R-EMG-3).",
  fields: (t) => ({
    id: t.exposeID("id"),
    at: t.expose("at", { type: "DateTime" }),
    description: t.exposeString("action"),
    actorName: t.string({ select: { actor: { select: { name: true } } }, resolve: (a) => a.actor.name }),
  }),
});

const IncidentNotificationRef = builder
  .objectRef<Incident["notifications"][number]>("IncidentNotification")
  .implement({
    description: "A resident told of the incident (R-EMG-3).",
    fields: (t) => ({
      residentId: t.globalID({
        description: "A `Person`.",
        resolve: (n) => ({ type: "Person", id: n.residentId }),
      }),
      channel: t.field({ type: IncidentNotificationChannel, resolve: (n) => n.channel }),
      at: t.field({ type: "DateTime", resolve: (n) => n.at }),
    }),
  });

/** The domain's incident from the row and its (batched) history; actions are not needed here. */
async function incidentOf(row: Prisma.IncidentGetPayload<object>, context: object): Promise<Incident> {
  return domainIncident(row, await loadHistory(context, "incident", row.id), []);
}

export const IncidentRef = builder.prismaNode("Incident", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [staffOnly<Prisma.IncidentWhereInput>(context)] }),
  fields: (t) => ({
    type: t.expose("type", { type: EmergencyType }),
    title: t.exposeString("title"),
    status: t.expose("status", { type: IncidentStatus }),
    plan: t.relation("plan", { nullable: true }),
    declaredAt: t.expose("declaredAt", { type: "DateTime" }),
    declaredByName: t.string({
      select: { declaredBy: { select: { name: true } } },
      resolve: (i) => i.declaredBy.name,
    }),
    affectedResidentCount: t.int({
      resolve: async (i, _args, context) => (await incidentOf(i, context)).affectedResidentIds.length,
    }),
    residentsNotYetNotified: t.globalIDList({
      description: "The affected residents (`Person` ids) nobody has told yet; load them with `nodes(ids:)`.",
      resolve: async (i, _args, context) =>
        residentsNotYetNotified(await incidentOf(i, context)).map((id) => ({ type: "Person", id })),
    }),
    notifications: t.field({
      type: [IncidentNotificationRef],
      resolve: async (i, _args, context) => [...(await incidentOf(i, context)).notifications],
    }),
    residentsNotifiedAt: t.expose("residentsNotifiedAt", { type: "DateTime", nullable: true }),
    actions: t.relation("actions", { query: { orderBy: [{ at: "asc" }, { id: "asc" }] } }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    summary: t.string({
      nullable: true,
      resolve: async (i, _args, context) => (await incidentOf(i, context)).summary ?? null,
    }),
    lessonsLearned: t.stringList({
      resolve: (i) => (i.lessonsLearned ?? "").split("\n").filter((line) => line !== ""),
    }),
    version: t.exposeInt("version", {
      description: "Pass as `expectedVersion` to refuse acting on a stale copy.",
    }),
    estate: t.relation("estate"),
    history: t.field({
      type: HistoryConnection,
      description: "Every step of this incident, oldest first (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (i, args, context) => resolveHistory(context, "incident", i.id, args),
    }),
  }),
});
