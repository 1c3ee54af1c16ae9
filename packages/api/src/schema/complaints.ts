import { type ComplaintFacts, type ComplaintReportingDuty, complaintWorkflow } from "@wuye/domain";
import { z } from "zod";
import { phoneFor, staffRolesFor, visibleComplaints } from "../auth/index.ts";
import { builder } from "../builder.ts";
import { prismaOf } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { ComplaintChannel, ComplaintSeverity, ComplaintStatus } from "../generated/prisma/enums.ts";
import { COMPLAINT_DESK_ROLES, classifyComplaintStep, fileComplaint } from "../services/complaints.ts";
import { serviceContext } from "../services/support.ts";
import { mutationErrors } from "./errors.ts";
import { HistoryConnection, resolveHistory } from "./history.ts";

/**
 * Complaints 投诉 (R-CMP-1…6). Staff of the estate see its complaints; an owner or tenant sees
 * the complaints they filed; API keys need `complaints:read`. Every step is a mutation named
 * `complaint<Action>` that runs the domain's rule and writes the state and its history together.
 */

builder.enumType(ComplaintChannel, {
  name: "ComplaintChannel",
  description: "How a complaint arrived (R-CMP-1).",
});
builder.enumType(ComplaintStatus, {
  name: "ComplaintStatus",
  description: "Where a complaint stands (R-CMP-5).",
});
builder.enumType(ComplaintSeverity, { name: "ComplaintSeverity", description: "R-CMP-3 severity." });

export const ComplaintRef = builder.prismaNode("Complaint", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visibleComplaints(context.viewer)] }),
  fields: (t) => ({
    number: t.exposeString("number"),
    channel: t.expose("channel", { type: ComplaintChannel }),
    content: t.exposeString("content"),
    complainantName: t.exposeString("complainantName"),
    complainantPhone: t.string({
      nullable: true,
      description: "Masked unless the viewer filed it or is staff who need it (R-ARC-3).",
      resolve: (c, _args, context) =>
        phoneFor(context.viewer, c.complainantPhone, { personId: c.personId, estateIds: [c.estateId] }),
    }),
    receivedAt: t.expose("receivedAt", { type: "DateTime" }),
    status: t.expose("status", { type: ComplaintStatus }),
    severity: t.expose("severity", { type: ComplaintSeverity, nullable: true }),
    urgent: t.exposeBoolean("urgent"),
    complainantCount: t.exposeInt("complainantCount"),
    answerDueAt: t.expose("answerDueAt", { type: "DateTime", nullable: true, description: "R-CMP-4" }),
    resolveDueAt: t.expose("resolveDueAt", { type: "DateTime", nullable: true, description: "R-CMP-4" }),
    criteria: t.stringList({
      description: "The R-CMP-3 criteria that fired at classification.",
      resolve: (c) =>
        ((c.classification as { criteria?: { id: string }[] } | null)?.criteria ?? []).map((x) => x.id),
    }),
    version: t.exposeInt("version", {
      description: "Pass as `expectedVersion` to refuse acting on a stale copy.",
    }),
    estate: t.relation("estate"),
    unit: t.relation("unit", { nullable: true }),
    history: t.field({
      type: HistoryConnection,
      description: "Every step of this complaint, oldest first (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (c, args, context) => resolveHistory(context, "complaint", c.id, args),
    }),
  }),
});

const ComplaintFilter = builder.inputType("ComplaintFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    status: t.field({ type: [ComplaintStatus], required: false }),
    severity: t.field({ type: [ComplaintSeverity], required: false }),
  }),
});

builder.queryField("complaints", (t) =>
  t.prismaConnection({
    type: "Complaint",
    cursor: "id",
    nullable: true,
    description: "Complaints the viewer may see, newest first.",
    authScopes: { $any: { staff: true, resident: true, apiScope: "complaints:read" } },
    args: { filter: t.arg({ type: ComplaintFilter, required: false }) },
    resolve: (query, _root, { filter }, context) => {
      const where: Prisma.ComplaintWhereInput = {
        AND: [
          visibleComplaints(context.viewer),
          {
            ...(filter?.estateId ? { estateId: filter.estateId.id } : {}),
            ...(filter?.status ? { status: { in: filter.status } } : {}),
            ...(filter?.severity ? { severity: { in: filter.severity } } : {}),
          },
        ],
      };
      return prismaOf(context).complaint.findMany({
        ...query,
        where,
        orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      });
    },
  }),
);

const text = (max: number) => z.string().trim().min(1).max(max);

const ComplaintFileInput = builder.inputType("ComplaintFileInput", {
  description:
    "Staff at the desk name the estate (or unit), channel and complainant; an owner or tenant names their unit and files online as themself.",
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    channel: t.field({
      type: ComplaintChannel,
      required: false,
      description: "Staff only; default `hotline`.",
    }),
    content: t.string({ required: true, validate: text(2000) }),
    complainantName: t.string({ required: false, validate: text(100).optional() }),
    complainantPhone: t.string({ required: false, validate: z.string().trim().max(30).optional() }),
    receivedAt: t.field({ type: "DateTime", required: false, description: "Staff only; default now." }),
  }),
});

const ComplaintFilePayload = builder.objectRef<{ complaintId: string }>("ComplaintFilePayload").implement({
  fields: (t) => ({
    complaint: t.prismaField({
      type: "Complaint",
      nullable: true,
      resolve: (query, payload, _args, context) =>
        prismaOf(context).complaint.findUnique({ ...query, where: { id: payload.complaintId } }),
    }),
  }),
});

builder.mutationField("complaintFile", (t) =>
  t.field({
    type: ComplaintFilePayload,
    description: "R-CMP-1: record a complaint (hotline, online, visit or letter). It starts `received`.",
    authScopes: {
      $any: { staffRole: COMPLAINT_DESK_ROLES, resident: true, apiScope: "complaints:write" },
    },
    errors: mutationErrors(),
    args: { input: t.arg({ type: ComplaintFileInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const row = await fileComplaint(serviceContext(context), input);
      return { complaintId: row.id };
    },
  }),
);

const ComplaintHarm = builder.enumType("ComplaintHarm", {
  values: ["economicLoss", "personalInjury", "seriousDistress"] as const,
});
const ComplaintOutage = builder.enumType("ComplaintOutage", {
  values: ["largeAreaPowerCut", "largeAreaWaterCut", "facilitiesStopped"] as const,
});
const DeemedSeverity = builder.enumType("ComplaintDeemedSeverity", {
  values: ["major", "important"] as const,
});

const ComplaintDeemsInput = builder.inputType("ComplaintDeemsInput", {
  fields: (t) => ({
    severity: t.field({ type: DeemedSeverity, required: true }),
    reason: t.string({ required: true }),
  }),
});

const ComplaintFactsInput = builder.inputType("ComplaintFactsInput", {
  description: "The structured facts severity follows from (R-CMP-3); absent flags are false.",
  fields: (t) => ({
    promisedServiceShortfall: t.boolean({ required: false }),
    raisedRepeatedlyWithoutResult: t.boolean({ required: false }),
    companyFaultHarm: t.field({ type: [ComplaintHarm], required: false }),
    suddenOutage: t.field({ type: ComplaintOutage, required: false }),
    complainantsAboutSameEvent: t.int({
      required: false,
      validate: z.number().int().min(1).max(100_000).optional(),
    }),
    reasonableRequestNotMetInTime: t.boolean({ required: false }),
    seriouslyAffectsUse: t.boolean({ required: false }),
    staffFaultStrongGrievance: t.boolean({ required: false }),
    companyDeems: t.field({ type: ComplaintDeemsInput, required: false }),
  }),
});

const ComplaintClassifyInput = builder.inputType("ComplaintClassifyInput", {
  fields: (t) => ({
    complaintId: t.globalID({ required: true }),
    facts: t.field({ type: ComplaintFactsInput, required: true }),
    urgent: t.boolean({ required: false }),
    expectedVersion: t.int({ required: false }),
  }),
});

const ReportingDutyRef = builder.objectRef<ComplaintReportingDuty>("ComplaintReportingDuty").implement({
  description: "Someone to tell at once (R-CMP-4).",
  fields: (t) => ({
    to: t.string({ resolve: (duty) => duty.to }),
    severity: t.string({ resolve: (duty) => duty.severity }),
    due: t.field({ type: "DateTime", resolve: (duty) => duty.deadline.due }),
  }),
});

const ComplaintClassifyPayload = builder
  .objectRef<{ complaintId: string; duties: readonly ComplaintReportingDuty[] }>("ComplaintClassifyPayload")
  .implement({
    fields: (t) => ({
      complaint: t.prismaField({
        type: "Complaint",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).complaint.findUnique({ ...query, where: { id: payload.complaintId } }),
      }),
      reportingDuties: t.field({ type: [ReportingDutyRef], resolve: (payload) => [...payload.duties] }),
    }),
  });

/** Drops GraphQL's explicit nulls: the domain reads an absent fact as false. */
function factsOf(input: Record<string, unknown>): ComplaintFacts {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value != null)) as ComplaintFacts;
}

builder.mutationField("complaintClassify", (t) =>
  t.field({
    type: ComplaintClassifyPayload,
    description:
      "R-CMP-2/3/4: the supervisor finds the complaint valid and classifies its severity from facts.",
    authScopes: { staffRole: staffRolesFor(complaintWorkflow, "classify") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: ComplaintClassifyInput, required: true }) },
    resolve: (_root, { input }, context) =>
      classifyComplaintStep(serviceContext(context), { ...input, facts: factsOf(input.facts) }),
  }),
);
