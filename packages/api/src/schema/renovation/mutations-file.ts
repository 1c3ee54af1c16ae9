import { renovationWorkflow } from "@wuye/domain";
import { z } from "zod";
import { staffRolesFor } from "../../auth/index.ts";
import { builder } from "../../builder.ts";
import {
  amendRenovation,
  applyForRenovation,
  approveRenovation,
  confirmRenovationDecision,
  RENOVATION_DESK_ROLES,
  rejectRenovation,
  startRenovationReview,
} from "../../services/renovation/index.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors } from "../errors.ts";
import { renovationPayload } from "./payloads.ts";
import {
  type InputFields,
  RenovationApplicantKindEnum,
  RenovationAuthorityConcernEnum,
  RenovationDrawingKindEnum,
  RenovationPremisesEnum,
  RenovationSignatureInput,
  RenovationWorkKindEnum,
  renovationStepFields,
  text,
} from "./types.ts";

/**
 * The application and its review (R-REN-1…4): the owner (or the desk, for the owner or an agent)
 * applies; customer service completes the file and starts the review; engineering approves or
 * rejects with both heads' signatures; the owner confirms the decision.
 */

const required = (max = 200) => z.string().trim().min(1).max(max);

const RenovationDocumentInput = builder.inputType("RenovationDocumentInput", {
  description: "A document: its number (blank counts as missing), its last valid day unless open-ended.",
  fields: (t) => ({
    number: t.string({ required: true, validate: text(100) }),
    validUntil: t.field({ type: "Date", required: false }),
    fileRef: t.string({ required: false, validate: text(500), description: "Where the scan is filed." }),
  }),
});

const RenovationApplicantInput = builder.inputType("RenovationApplicantInput", {
  fields: (t) => ({
    kind: t.field({ type: RenovationApplicantKindEnum, required: true }),
    name: t.string({ required: true, validate: required(100) }),
    powerOfAttorney: t.field({
      type: RenovationDocumentInput,
      required: false,
      description: "An agent's (R-REN-1).",
    }),
  }),
});

const RenovationDrawingInput = builder.inputType("RenovationDrawingInput", {
  fields: (t) => ({
    kind: t.field({ type: RenovationDrawingKindEnum, required: true }),
    contractorStamped: t.boolean({ required: true, description: "Stamped by the contractor 施工单位盖章." }),
    fileRef: t.string({ required: false, validate: text(500) }),
  }),
});

const RenovationContractorInput = builder.inputType("RenovationContractorInput", {
  fields: (t) => ({
    name: t.string({ required: true, validate: required() }),
    businessLicence: t.field({ type: RenovationDocumentInput, required: false }),
    qualificationCertificate: t.field({ type: RenovationDocumentInput, required: false }),
    siteManager: t.field({
      required: true,
      type: builder.inputType("RenovationSiteManagerInput", {
        fields: (s) => ({
          name: s.string({ required: true, validate: required(100) }),
          phone: s.string({ required: false, validate: z.string().trim().max(30) }),
          identityDocument: s.field({ type: RenovationDocumentInput, required: false }),
        }),
      }),
    }),
  }),
});

const RenovationAuthorityApprovalInput = builder.inputType("RenovationAuthorityApprovalInput", {
  description: "The competent authority's approval 主管部门审批 (R-REN-2).",
  fields: (t) => ({
    concern: t.field({ type: RenovationAuthorityConcernEnum, required: true }),
    authority: t.string({ required: true, validate: required() }),
    reference: t.string({ required: true, validate: text(100) }),
    approvedOn: t.field({ type: "Date", required: true }),
  }),
});

const RenovationWorkItemInput = builder.inputType("RenovationWorkItemInput", {
  description: "One item of the planned work as R-REN-4 sees it.",
  fields: (t) => ({
    kind: t.field({ type: RenovationWorkKindEnum, required: true }),
    description: t.string({ required: false, validate: text() }),
    consent: t.field({
      required: false,
      description: "The office's written consent, or the hot-work permit for `hotWork`.",
      type: builder.inputType("RenovationConsentInput", {
        fields: (c) => ({
          reference: c.string({ required: true, validate: text(100) }),
          grantedBy: c.string({ required: true, validate: text(100) }),
        }),
      }),
    }),
  }),
});

/** The parts of the file; an amendment replaces those it names. */
function fileFields(t: InputFields) {
  return {
    premises: t.field({
      type: RenovationPremisesEnum,
      required: false,
      description: "Default `residential`.",
    }),
    applicationSignature: t.field({ type: RenovationSignatureInput, required: false }),
    commitmentSignature: t.field({
      type: RenovationSignatureInput,
      required: false,
      description: "The owner's renovation commitment 装修承诺书.",
    }),
    drawings: t.field({ type: [RenovationDrawingInput], required: false }),
    designerQualification: t.field({ type: RenovationDocumentInput, required: false }),
    affects: t.field({ type: [RenovationAuthorityConcernEnum], required: false }),
    authorityApprovals: t.field({ type: [RenovationAuthorityApprovalInput], required: false }),
    work: t.field({ type: [RenovationWorkItemInput], required: false }),
    plannedStart: t.field({ type: "Date", required: false }),
    plannedEnd: t.field({ type: "Date", required: false }),
  };
}

const RenovationApplyInput = builder.inputType("RenovationApplyInput", {
  description:
    "An owner applies online for a unit they own; the desk applies for the unit's owner (or an agent).",
  fields: (t) => ({
    unitId: t.globalID({ required: true }),
    applicant: t.field({ type: RenovationApplicantInput, required: true }),
    contractor: t.field({ type: RenovationContractorInput, required: true }),
    scope: t.string({ required: true, validate: required(2000), description: "What the works are." }),
    ...fileFields(t),
  }),
});

const RenovationAmendInput = builder.inputType("RenovationAmendInput", {
  description: "Completes the file before the decision; each part given replaces the one on file.",
  fields: (t) => ({
    ...renovationStepFields(t),
    applicant: t.field({ type: RenovationApplicantInput, required: false }),
    contractor: t.field({ type: RenovationContractorInput, required: false }),
    scope: t.string({ required: false, validate: required(2000).optional() }),
    ...fileFields(t),
  }),
});

const desk = { staffRole: [...RENOVATION_DESK_ROLES] };

builder.mutationField("renovationApply", (t) =>
  t.field({
    type: renovationPayload("RenovationApplyPayload", { findings: true }),
    description:
      "R-REN-1: record an application; it starts `applied`. `reviewFindings` lists what the file still lacks.",
    authScopes: { $any: { ...desk, resident: true } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RenovationApplyInput, required: true }) },
    resolve: (_root, { input }, context) => applyForRenovation(serviceContext(context), input),
  }),
);

builder.mutationField("renovationAmend", (t) =>
  t.field({
    type: renovationPayload("RenovationAmendPayload", { findings: true }),
    description:
      "R-REN-1/2: complete the file (documents, drawings, signatures, approvals) until the decision.",
    authScopes: { $any: { ...desk, resident: true } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: RenovationAmendInput, required: true }) },
    resolve: (_root, { input }, context) => amendRenovation(serviceContext(context), input),
  }),
);

const stepInput = (name: string) =>
  builder.inputType(name, { fields: (t) => ({ ...renovationStepFields(t) }) });

builder.mutationField("renovationStartReview", (t) =>
  t.field({
    type: renovationPayload("RenovationStartReviewPayload", { deadline: true }),
    description:
      "R-REN-1/3: customer service compiles a complete file (every missing item is refused at once); the 1-working-day decision clock starts.",
    authScopes: { staffRole: staffRolesFor(renovationWorkflow, "startReview") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: stepInput("RenovationStartReviewInput"), required: true }) },
    resolve: async (_root, { input }, context) => {
      const { loaded, renovation } = await startRenovationReview(serviceContext(context), input);
      return {
        renovationId: loaded.row.id,
        ...(renovation.review ? { deadline: renovation.review.deadline } : {}),
      };
    },
  }),
);

const decisionFields = (t: InputFields) => ({
  ...renovationStepFields(t),
  customerServiceHead: t.field({ type: RenovationSignatureInput, required: false }),
  engineeringHead: t.field({ type: RenovationSignatureInput, required: false }),
});

builder.mutationField("renovationApprove", (t) =>
  t.field({
    type: renovationPayload("RenovationApprovePayload"),
    description:
      "R-REN-1/2/3/4: engineering approves — documents valid today, authority approvals in hand, nothing prohibited, both heads sign.",
    authScopes: { staffRole: staffRolesFor(renovationWorkflow, "approve") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("RenovationApproveInput", { fields: (f) => decisionFields(f) }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, context) => {
      const { loaded } = await approveRenovation(serviceContext(context), input);
      return { renovationId: loaded.row.id };
    },
  }),
);

builder.mutationField("renovationReject", (t) =>
  t.field({
    type: renovationPayload("RenovationRejectPayload"),
    description: "R-REN-3: engineering rejects with the reason; both heads sign.",
    authScopes: { staffRole: staffRolesFor(renovationWorkflow, "reject") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("RenovationRejectInput", {
          fields: (f) => ({ ...decisionFields(f), reason: f.string({ required: true, validate: text() }) }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, context) => {
      const { loaded } = await rejectRenovation(serviceContext(context), input);
      return { renovationId: loaded.row.id };
    },
  }),
);

builder.mutationField("renovationConfirmDecision", (t) =>
  t.field({
    type: renovationPayload("RenovationConfirmDecisionPayload"),
    description: "R-REN-3: the owner signs the decision (an approval → `confirmed`, a rejection → `closed`).",
    authScopes: { $any: { staffRole: staffRolesFor(renovationWorkflow, "confirmDecision"), resident: true } },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("RenovationConfirmDecisionInput", {
          fields: (f) => ({
            ...renovationStepFields(f),
            ownerSignature: f.field({ type: RenovationSignatureInput, required: false }),
          }),
        }),
        required: true,
      }),
    },
    resolve: async (_root, { input }, context) => {
      const { loaded } = await confirmRenovationDecision(serviceContext(context), input);
      return { renovationId: loaded.row.id };
    },
  }),
);
