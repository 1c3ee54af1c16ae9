import { type RenovationViolationAction, renovationViolationWorkflow } from "@wuye/domain";
import { staffRolesFor } from "../../auth/index.ts";
import { builder } from "../../builder.ts";
import {
  AUTHORITY_REPORTING_ROLES,
  advanceViolation,
  recordViolation,
  reportViolation,
  VIOLATION_RECORDING_ROLES,
} from "../../services/renovation/index.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors } from "../errors.ts";
import { violationPayload } from "./payloads.ts";
import { type InputFields, RenovationSignatureInput, text } from "./types.ts";
import { RenovationViolationSeverityEnum } from "./violations.ts";

/**
 * Violations 违章 (R-REN-7): an inspector records one found on site; its notice runs through the
 * domain's violation workflow — minor: a verbal notice; serious: the owner phoned, then the site
 * manager, both sign the written notice, the project manager signs off (the penalty goes on the
 * ledger) — until rectified; illegal work is reported to the authority.
 */

builder.mutationField("renovationViolationRecord", (t) =>
  t.field({
    type: violationPayload("RenovationViolationRecordPayload"),
    description:
      "R-REN-7: record a violation on an active site; the estate's catalogue sets severity, notice and penalty (a repeat multiplied), and the authority-report deadline for illegal work.",
    authScopes: { staffRole: VIOLATION_RECORDING_ROLES },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("RenovationViolationRecordInput", {
          fields: (f) => ({
            renovationId: f.globalID({ required: true }),
            type: f.string({
              required: true,
              validate: text(100),
              description: "A key of the penalty catalogue.",
            }),
            description: f.string({ required: true, validate: text() }),
            rectificationRequired: f.string({ required: true, validate: text() }),
            rectifyBy: f.field({ type: "Date", required: true }),
            severityOverride: f.field({
              required: false,
              description: "The inspector's judgement over the catalogue's, with the reason.",
              type: builder.inputType("RenovationSeverityOverrideInput", {
                fields: (o) => ({
                  severity: o.field({ type: RenovationViolationSeverityEnum, required: true }),
                  reason: o.string({ required: true, validate: text() }),
                }),
              }),
            }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => recordViolation(serviceContext(context), input),
  }),
);

const violationStepFields = (f: InputFields) => ({
  violationId: f.globalID({ required: true }),
  expectedVersion: f.int({ required: false }),
});

/** One mutation per notice step without data of its own. */
function simpleStep(
  field: string,
  action: Extract<
    RenovationViolationAction,
    "giveVerbalNotice" | "phoneOwner" | "phoneSiteManager" | "signOff"
  >,
  description: string,
) {
  const name = field.charAt(0).toUpperCase() + field.slice(1);
  builder.mutationField(field, (t) =>
    t.field({
      type: violationPayload(`${name}Payload`),
      description,
      authScopes: { staffRole: staffRolesFor(renovationViolationWorkflow, action) },
      errors: mutationErrors(),
      args: {
        input: t.arg({
          required: true,
          type: builder.inputType(`${name}Input`, { fields: (f) => violationStepFields(f) }),
        }),
      },
      resolve: (_root, { input }, context) =>
        advanceViolation(serviceContext(context), input, action, undefined),
    }),
  );
}

simpleStep(
  "renovationViolationGiveVerbalNotice",
  "giveVerbalNotice",
  "R-REN-7: a minor violation gets a verbal rectification notice.",
);
simpleStep(
  "renovationViolationPhoneOwner",
  "phoneOwner",
  "R-REN-7: a serious violation — the owner is phoned first.",
);
simpleStep(
  "renovationViolationPhoneSiteManager",
  "phoneSiteManager",
  "R-REN-7: then the contractor's site manager.",
);
simpleStep(
  "renovationViolationSignOff",
  "signOff",
  "R-REN-7: the project manager signs off; the penalty is filed in the owner's archive and goes on the ledger for deduction from the deposit.",
);

builder.mutationField("renovationViolationSignNotice", (t) =>
  t.field({
    type: violationPayload("RenovationViolationSignNoticePayload"),
    description:
      "R-REN-7: the owner and the site manager sign the written notice 违章整改表 with its penalty.",
    authScopes: { staffRole: staffRolesFor(renovationViolationWorkflow, "signNotice") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("RenovationViolationSignNoticeInput", {
          fields: (f) => ({
            ...violationStepFields(f),
            ownerSignature: f.field({ type: RenovationSignatureInput, required: false }),
            siteManagerSignature: f.field({ type: RenovationSignatureInput, required: false }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => {
      const sc = serviceContext(context);
      const sign = (s: { name: string; signedAt?: Date | null } | null | undefined) =>
        s ? { name: s.name, signedAt: s.signedAt ?? sc.now } : undefined;
      const ownerSignature = sign(input.ownerSignature);
      const siteManagerSignature = sign(input.siteManagerSignature);
      return advanceViolation(sc, input, "signNotice", {
        ...(ownerSignature ? { ownerSignature } : {}),
        ...(siteManagerSignature ? { siteManagerSignature } : {}),
      });
    },
  }),
);

builder.mutationField("renovationViolationRectify", (t) =>
  t.field({
    type: violationPayload("RenovationViolationRectifyPayload"),
    description: "R-REN-7: rectification checked on site; the daily penalty stops.",
    authScopes: { staffRole: staffRolesFor(renovationViolationWorkflow, "rectify") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("RenovationViolationRectifyInput", {
          fields: (f) => ({
            ...violationStepFields(f),
            rectifiedOn: f.field({ type: "Date", required: true }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) =>
      advanceViolation(serviceContext(context), input, "rectify", {
        rectifiedOn: input.rectifiedOn.toISOString().slice(0, 10),
      }),
  }),
);

builder.mutationField("renovationViolationReportToAuthority", (t) =>
  t.field({
    type: violationPayload("RenovationViolationReportToAuthorityPayload"),
    description:
      "R-REN-7: illegal work reported to the competent authority (late is accepted and marked late; once).",
    authScopes: { staffRole: [...AUTHORITY_REPORTING_ROLES] },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("RenovationViolationReportToAuthorityInput", {
          fields: (f) => ({
            ...violationStepFields(f),
            authority: f.string({ required: true, validate: text(200) }),
            reference: f.string({ required: true, validate: text(100) }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => reportViolation(serviceContext(context), input),
  }),
);
