import { renovationWorkflow } from "@wuye/domain";
import { staffRolesFor } from "../../auth/index.ts";
import { builder } from "../../builder.ts";
import {
  applyForRenovationCompletion,
  inspectRenovationCompletion,
  inspectRenovationSite,
  issueRenovationPermit,
  startRenovationWork,
  VIOLATION_RECORDING_ROLES,
} from "../../services/renovation/index.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors } from "../errors.ts";
import { renovationPayload } from "./payloads.ts";
import { RenovationDepartmentEnum, RenovationSignatureInput, renovationStepFields, text } from "./types.ts";

/**
 * The works (R-REN-6…8): customer service issues the permit, the entry inspection starts the
 * works, departments inspect daily, engineering and security accept the work (or require
 * rectification). The money steps are in `mutations-money.ts`.
 */

/** The roles the domain's renovation workflow names for an action. */
export const byRoles = (action: Parameters<typeof staffRolesFor>[1]) => ({
  staffRole: staffRolesFor(renovationWorkflow, action),
});

const done = async (step: Promise<{ loaded: { row: { id: string } } }>) => ({
  renovationId: (await step).loaded.row.id,
});

builder.mutationField("renovationIssuePermit", (t) =>
  t.field({
    type: renovationPayload("RenovationIssuePermitPayload"),
    description:
      "R-REN-6: the construction permit with the service phone, worker passes (no more than paid for), the inspecting departments notified.",
    authScopes: byRoles("issuePermit"),
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("RenovationIssuePermitInput", {
          fields: (f) => ({
            ...renovationStepFields(f),
            permitNumber: f.string({ required: true, validate: text(50) }),
            servicePhone: f.string({ required: true, validate: text(30) }),
            workerPasses: f.field({
              required: true,
              type: [
                builder.inputType("RenovationWorkerPassInput", {
                  fields: (p) => ({
                    passNumber: p.string({ required: true, validate: text(50) }),
                    workerName: p.string({ required: true, validate: text(100) }),
                  }),
                }),
              ],
            }),
            departmentsNotified: f.field({ type: [RenovationDepartmentEnum], required: true }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => done(issueRenovationPermit(serviceContext(context), input)),
  }),
);

builder.mutationField("renovationStartWork", (t) =>
  t.field({
    type: renovationPayload("RenovationStartWorkPayload"),
    description:
      "R-REN-6: the entry inspection 进场装修确认表 signed by the contractor and the office; works start.",
    authScopes: byRoles("startWork"),
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("RenovationStartWorkInput", {
          fields: (f) => ({
            ...renovationStepFields(f),
            entryInspection: f.field({
              required: true,
              type: builder.inputType("RenovationEntryInspectionInput", {
                fields: (e) => ({
                  inspectedOn: e.field({ type: "Date", required: true }),
                  contractorSignature: e.field({ type: RenovationSignatureInput, required: false }),
                  staffSignature: e.field({ type: RenovationSignatureInput, required: false }),
                  existingDamage: e.field({
                    required: false,
                    type: [
                      builder.inputType("RenovationExistingDamageInput", {
                        fields: (d) => ({
                          location: d.string({ required: true, validate: text(200) }),
                          description: d.string({ required: true, validate: text() }),
                        }),
                      }),
                    ],
                  }),
                }),
              }),
            }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => done(startRenovationWork(serviceContext(context), input)),
  }),
);

builder.mutationField("renovationInspectSite", (t) =>
  t.field({
    type: renovationPayload("RenovationInspectSitePayload"),
    description:
      "R-REN-7: a department's daily round of an active site, on record (violations are recorded with `renovationViolationRecord`).",
    authScopes: { staffRole: VIOLATION_RECORDING_ROLES },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("RenovationInspectSiteInput", {
          fields: (f) => ({
            renovationId: f.globalID({ required: true }),
            inspectedOn: f.field({ type: "Date", required: false, description: "Default: today." }),
            findings: f.string({ required: false, validate: text() }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => inspectRenovationSite(serviceContext(context), input),
  }),
);

const agreedDateInput = (name: string) =>
  builder.inputType(name, {
    fields: (f) => ({
      ...renovationStepFields(f),
      agreedInspectionDate: f.field({ type: "Date", required: true, description: "Not a day already past." }),
    }),
  });

builder.mutationField("renovationApplyForCompletion", (t) =>
  t.field({
    type: renovationPayload("RenovationApplyForCompletionPayload"),
    description: "R-REN-8: the owner applies for completion acceptance on an agreed date.",
    authScopes: { $any: { ...byRoles("applyForCompletion"), resident: true } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: agreedDateInput("RenovationApplyForCompletionInput"), required: true }) },
    resolve: (_root, { input }, context) =>
      done(applyForRenovationCompletion(serviceContext(context), input)),
  }),
);

builder.mutationField("renovationReapplyForInspection", (t) =>
  t.field({
    type: renovationPayload("RenovationReapplyForInspectionPayload"),
    description: "R-REN-8: rectified — re-inspection on a new agreed date.",
    authScopes: { $any: { ...byRoles("reapplyForInspection"), resident: true } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: agreedDateInput("RenovationReapplyForInspectionInput"), required: true }) },
    resolve: (_root, { input }, context) =>
      done(applyForRenovationCompletion(serviceContext(context), input, "reapplyForInspection")),
  }),
);

const CompletionInspectionInput = builder.inputType("RenovationCompletionInspectionInput", {
  description: "A completion inspection 竣工验收 by engineering and security together (R-REN-8).",
  fields: (f) => ({
    inspectedOn: f.field({ type: "Date", required: true }),
    inspectors: f.field({
      required: true,
      type: [
        builder.inputType("RenovationInspectorInput", {
          fields: (i) => ({
            department: i.field({ type: RenovationDepartmentEnum, required: true }),
            name: i.string({ required: true, validate: text(100) }),
          }),
        }),
      ],
    }),
    failures: f.field({
      required: false,
      type: [
        builder.inputType("RenovationCompletionFailureInput", {
          fields: (x) => ({
            item: x.string({ required: true, validate: text(200) }),
            rectificationRequired: x.string({ required: true, validate: text() }),
          }),
        }),
      ],
    }),
  }),
});

const inspectionInput = (name: string) =>
  builder.inputType(name, {
    fields: (f) => ({
      ...renovationStepFields(f),
      inspection: f.field({ type: CompletionInspectionInput, required: true }),
    }),
  });

builder.mutationField("renovationAccept", (t) =>
  t.field({
    type: renovationPayload("RenovationAcceptPayload"),
    description: "R-REN-8/9: no failure found — the work is accepted and the deposit's refund date is set.",
    authScopes: byRoles("accept"),
    errors: mutationErrors(),
    args: { input: t.arg({ type: inspectionInput("RenovationAcceptInput"), required: true }) },
    resolve: (_root, { input }, context) =>
      done(inspectRenovationCompletion(serviceContext(context), input, "accept")),
  }),
);

builder.mutationField("renovationRequireRectification", (t) =>
  t.field({
    type: renovationPayload("RenovationRequireRectificationPayload"),
    description: "R-REN-8: failures found, each with the rectification it requires.",
    authScopes: byRoles("requireRectification"),
    errors: mutationErrors(),
    args: { input: t.arg({ type: inspectionInput("RenovationRequireRectificationInput"), required: true }) },
    resolve: (_root, { input }, context) =>
      done(inspectRenovationCompletion(serviceContext(context), input, "requireRectification")),
  }),
);
