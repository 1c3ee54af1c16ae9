import type { ComplaintReportingDuty } from "@wuye/domain";
import { complaintWorkflow } from "@wuye/domain";
import { z } from "zod";
import { staffRolesFor } from "../auth/index.ts";
import { builder } from "../builder.ts";
import { prismaOf } from "../context.ts";
import { COMPLAINT_DESK_ROLES, classifyComplaintStep, fileComplaint } from "../services/complaints.ts";
import { serviceContext } from "../services/support.ts";
import { ComplaintChannelEnum, ComplaintFactsInput, factsOf, ReportingDutyRef } from "./complaint-types.ts";
import { mutationErrors } from "./errors.ts";

/** Complaints 投诉, first steps: filing from any channel (R-CMP-1) and classification (R-CMP-2/3/4). */

const text = (max: number) => z.string().trim().min(1).max(max);

const ComplaintFileInput = builder.inputType("ComplaintFileInput", {
  description:
    "Staff at the desk name the estate (or unit), channel and complainant; an owner or tenant names their unit and files online as themself.",
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    channel: t.field({
      type: ComplaintChannelEnum,
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

const ComplaintClassifyInput = builder.inputType("ComplaintClassifyInput", {
  fields: (t) => ({
    complaintId: t.globalID({ required: true }),
    facts: t.field({ type: ComplaintFactsInput, required: true }),
    urgent: t.boolean({ required: false }),
    expectedVersion: t.int({ required: false }),
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
