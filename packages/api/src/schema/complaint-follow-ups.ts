import type { ComplaintReportingDuty } from "@wuye/domain";
import { builder } from "../builder.ts";
import { prismaOf } from "../context.ts";
import {
  agreeComplaintNextReplyStep,
  approveComplaintExtensionStep,
  COMPLAINT_RECORD_ROLES,
  overrideComplaintSeverityStep,
  reevaluateComplaintSeverityStep,
} from "../services/complaint-follow-ups.ts";
import { serviceContext } from "../services/support.ts";
import { complaintPayload, complaintStepFields, stepText } from "./complaint-flow.ts";
import { ComplaintFactsInput, ComplaintSeverityEnum, factsOf, ReportingDutyRef } from "./complaint-types.ts";
import { mutationErrors } from "./errors.ts";

/**
 * Records kept beside the complaint flow (R-CMP-3/4/5): severity re-evaluation (escalation only)
 * and manual override with actor and reason, the manager's extension of an important complaint's
 * deadline, and an agreed next-reply time. Each writes a history line without moving the state.
 */

interface SeverityOutcome {
  readonly complaintId: string;
  readonly duties: readonly ComplaintReportingDuty[];
  readonly criteria: readonly string[];
  readonly escalated: boolean;
}

const ComplaintSeverityPayload = (name: string, description: string) =>
  builder.objectRef<SeverityOutcome>(name).implement({
    description,
    fields: (t) => ({
      complaint: t.prismaField({
        type: "Complaint",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).complaint.findUnique({ ...query, where: { id: payload.complaintId } }),
      }),
      escalated: t.boolean({ description: "Whether the severity rose.", resolve: (p) => p.escalated }),
      criteria: t.stringList({
        description: "The R-CMP-3 criteria the facts meet now.",
        resolve: (p) => [...p.criteria],
      }),
      reportingDuties: t.field({
        type: [ReportingDutyRef],
        description: "Whom to tell at once because the severity rose (R-CMP-4).",
        resolve: (p) => [...p.duties],
      }),
    }),
  });

const severityOutcome = (
  complaintId: string,
  outcome: {
    readonly duties: readonly ComplaintReportingDuty[];
    readonly classification: { readonly criteria: readonly { readonly id: string }[] };
  },
  escalated: boolean,
): SeverityOutcome => ({
  complaintId,
  duties: outcome.duties,
  criteria: outcome.classification.criteria.map((c) => c.id),
  escalated,
});

const ComplaintReevaluateSeverityInput = builder.inputType("ComplaintReevaluateSeverityInput", {
  fields: (t) => ({
    ...complaintStepFields(t),
    facts: t.field({
      type: ComplaintFactsInput,
      required: false,
      description: "New facts (more complainants…), merged with those recorded; none: time alone.",
    }),
  }),
});

builder.mutationField("complaintReevaluateSeverity", (t) =>
  t.field({
    type: ComplaintSeverityPayload(
      "ComplaintReevaluateSeverityPayload",
      "The complaint, whether it escalated, and the reports now due.",
    ),
    description:
      "R-CMP-3: re-evaluate severity with new facts and the time elapsed; it only rises, on a criterion not known before.",
    authScopes: { staffRole: [...COMPLAINT_RECORD_ROLES.reevaluateSeverity] },
    errors: mutationErrors(),
    args: { input: t.arg({ type: ComplaintReevaluateSeverityInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { complaintId, outcome } = await reevaluateComplaintSeverityStep(serviceContext(context), {
        ...input,
        facts: factsOf(input.facts ?? {}),
      });
      return severityOutcome(complaintId, outcome, outcome.escalated);
    },
  }),
);

const ComplaintOverrideSeverityInput = builder.inputType("ComplaintOverrideSeverityInput", {
  fields: (t) => ({
    ...complaintStepFields(t),
    severity: t.field({ type: ComplaintSeverityEnum, required: true }),
    reason: t.string({ required: true, validate: stepText(500) }),
  }),
});

builder.mutationField("complaintOverrideSeverity", (t) =>
  t.field({
    type: ComplaintSeverityPayload(
      "ComplaintOverrideSeverityPayload",
      "The complaint with its new severity and deadlines, and the reports due if it rose.",
    ),
    description:
      "R-CMP-3: a manager sets the severity by hand, up or down, with a reason; deadlines restart for it.",
    authScopes: { staffRole: [...COMPLAINT_RECORD_ROLES.overrideSeverity] },
    errors: mutationErrors(),
    args: { input: t.arg({ type: ComplaintOverrideSeverityInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { complaintId, outcome } = await overrideComplaintSeverityStep(serviceContext(context), input);
      return severityOutcome(complaintId, outcome, outcome.duties.length > 0);
    },
  }),
);

const DeadlineUnit = builder.enumType("ComplaintDeadlineUnit", {
  description: "How a deadline is counted (R-CAL-1).",
  values: ["minutes", "hours", "calendarDays", "workingDays"] as const,
});

const ComplaintApproveExtensionInput = builder.inputType("ComplaintApproveExtensionInput", {
  fields: (t) => ({
    ...complaintStepFields(t),
    extendByAmount: t.int({ required: true, description: "How much longer, in `extendByUnit`s." }),
    extendByUnit: t.field({ type: DeadlineUnit, required: true }),
    reason: t.string({ required: true, validate: stepText(500) }),
  }),
});

builder.mutationField("complaintApproveExtension", (t) =>
  t.field({
    type: complaintPayload("ComplaintApproveExtensionPayload"),
    description:
      "R-CMP-4: the manager lets an important complaint take longer than its day; the handling deadline moves, and the approval is kept.",
    authScopes: { staffRole: [...COMPLAINT_RECORD_ROLES.approveExtension] },
    errors: mutationErrors(),
    args: { input: t.arg({ type: ComplaintApproveExtensionInput, required: true }) },
    resolve: (_root, { input }, context) =>
      approveComplaintExtensionStep(serviceContext(context), {
        ...input,
        extendBy: { amount: input.extendByAmount, unit: input.extendByUnit },
      }),
  }),
);

const ComplaintAgreeNextReplyInput = builder.inputType("ComplaintAgreeNextReplyInput", {
  fields: (t) => ({
    ...complaintStepFields(t),
    replyBy: t.field({ type: "DateTime", required: true, description: "When the customer hears more." }),
    explanation: t.string({
      required: true,
      description: "What the customer was told about why it cannot be resolved yet.",
      validate: stepText(),
    }),
  }),
});

builder.mutationField("complaintAgreeNextReply", (t) =>
  t.field({
    type: complaintPayload("ComplaintAgreeNextReplyPayload"),
    description:
      "R-CMP-5: a complaint that cannot be resolved yet is explained to the customer and a next-reply time agreed; it becomes a deadline.",
    authScopes: { staffRole: [...COMPLAINT_RECORD_ROLES.agreeNextReply] },
    errors: mutationErrors(),
    args: { input: t.arg({ type: ComplaintAgreeNextReplyInput, required: true }) },
    resolve: (_root, { input }, context) => agreeComplaintNextReplyStep(serviceContext(context), input),
  }),
);
