import { itemNeedsReleasePass, type ReleaseDecision, releasePassWorkflow } from "@wuye/domain";
import { z } from "zod";
import { staffRolesFor } from "../../auth/index.ts";
import { builder, type WuyeSchemaTypes } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import {
  approvePass,
  archivePass,
  RELEASE_DESK_ROLES,
  recordPassConsent,
  refusePass,
  releasePassAtGate,
  requestPass,
} from "../../services/release/index.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors } from "../errors.ts";
import {
  CarrierRelationEnum,
  ConsentOutcomeEnum,
  ReleaseItemCategoryEnum,
  ReleaseReasonEnum,
} from "./types.ts";

/**
 * The pass from the desk to the gate (R-REL-1…5): request, consent calls, approve or refuse,
 * release at the gate, archive. Each step goes through the domain's `releasePassWorkflow`;
 * blank text the rules care about (an identity number, a refusal's reason) is refused by the
 * domain with its own code.
 */

type InputFields = PothosSchemaTypes.InputFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<WuyeSchemaTypes>,
  "InputObject"
>;

const text = (max = 500) => z.string().max(max);

interface PassPayloadShape {
  readonly passId: string;
  readonly passRequired?: boolean;
  readonly decision?: ReleaseDecision;
}

const passPayload = (name: string, extra: { passRequired?: boolean } = {}) =>
  builder.objectRef<PassPayloadShape>(name).implement({
    fields: (t) => ({
      releasePass: t.prismaField({
        type: "ReleasePass",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).releasePass.findUnique({ ...query, where: { id: payload.passId } }),
      }),
      ...(extra.passRequired
        ? {
            passRequired: t.boolean({
              description: "R-REL-1: false when only small items are carried temporarily (no pass needed).",
              resolve: (payload) => payload.passRequired ?? true,
            }),
          }
        : {}),
    }),
  });

const ConsentFields = (t: InputFields) => ({
  calledAt: t.field({ type: "DateTime", required: false, description: "Default: now." }),
  contactName: t.string({ required: true, validate: text(100) }),
  phone: t.string({ required: true, validate: text(30) }),
  outcome: t.field({ type: ConsentOutcomeEnum, required: true }),
  answer: t.string({ required: false, validate: text(), description: "The answer in the contact's words." }),
});

const ReleaseConsentInput = builder.inputType("ReleaseConsentInput", { fields: (t) => ConsentFields(t) });

const ReleasePassRequestInput = builder.inputType("ReleasePassRequestInput", {
  description:
    "A pass as the desk writes it, or as a resident of the unit asks for it online (without consents).",
  fields: (t) => ({
    unitId: t.globalID({ required: true }),
    carrier: t.field({
      required: true,
      type: builder.inputType("ReleaseCarrierInput", {
        fields: (c) => ({
          name: c.string({ required: true, validate: text(100) }),
          identityNumber: c.string({ required: true, validate: text(30) }),
          relation: c.field({ type: CarrierRelationEnum, required: true }),
          phone: c.string({ required: false, validate: text(30) }),
          company: c.string({
            required: false,
            validate: text(200),
            description: "A company employee's employer.",
          }),
        }),
      }),
    }),
    items: t.field({
      required: true,
      type: [
        builder.inputType("ReleaseItemInput", {
          fields: (i) => ({
            description: i.string({ required: true, validate: text(200) }),
            category: i.field({ type: ReleaseItemCategoryEnum, required: true }),
            quantity: i.int({ required: true }),
          }),
        }),
      ],
    }),
    reason: t.field({ type: ReleaseReasonEnum, required: true }),
    companyGoods: t.boolean({
      required: false,
      description: "Default: true when the carrier is a company employee.",
    }),
    ownerConsent: t.field({ type: ReleaseConsentInput, required: false }),
    companyConsent: t.field({ type: ReleaseConsentInput, required: false }),
  }),
});

const desk = { staffRole: [...RELEASE_DESK_ROLES] };

builder.mutationField("releasePassRequest", (t) =>
  t.field({
    type: passPayload("ReleasePassRequestPayload", { passRequired: true }),
    description:
      "R-REL-1/2: write a pass with the carrier, each item and quantity, and the reason. It starts `requested`.",
    authScopes: { $any: { ...desk, resident: true } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: ReleasePassRequestInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { passId, pass } = await requestPass(serviceContext(context), input);
      const passRequired =
        pass.reason === "movingOut" || pass.items.some((item) => itemNeedsReleasePass(item));
      return { passId, passRequired };
    },
  }),
);

const stepFields = (t: InputFields) => ({
  passId: t.globalID({ required: true }),
  expectedVersion: t.int({ required: false }),
});

builder.mutationField("releasePassRecordConsent", (t) =>
  t.field({
    type: passPayload("ReleasePassRecordConsentPayload"),
    description: "R-REL-4: the desk writes a phone call on the pass — when, to whom, the answer.",
    authScopes: desk,
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("ReleasePassRecordConsentInput", {
          fields: (f) => ({
            ...stepFields(f),
            party: f.field({
              required: true,
              type: builder.enumType("ReleaseConsentParty", { values: ["owner", "company"] as const }),
            }),
            ...ConsentFields(f),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => recordPassConsent(serviceContext(context), input),
  }),
);

builder.mutationField("releasePassApprove", (t) =>
  t.field({
    type: passPayload("ReleasePassApprovePayload"),
    description:
      "R-REL-1…4: approve, or get every reason it cannot be (a move-out needs the unit's account settled to today; a carrier who is not the owner needs the owner's phoned consent that day).",
    authScopes: { staffRole: staffRolesFor(releasePassWorkflow, "approve") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("ReleasePassApproveInput", { fields: stepFields }),
      }),
    },
    resolve: (_root, { input }, context) => approvePass(serviceContext(context), input),
  }),
);

builder.mutationField("releasePassRefuse", (t) =>
  t.field({
    type: passPayload("ReleasePassRefusePayload"),
    description: "R-REL-3/4: refuse, writing down why; today's reasons from the rules are kept with it.",
    authScopes: { staffRole: staffRolesFor(releasePassWorkflow, "refuse") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("ReleasePassRefuseInput", {
          fields: (f) => ({ ...stepFields(f), reason: f.string({ required: true, validate: text() }) }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => refusePass(serviceContext(context), input),
  }),
);

const SignatureInput = builder.inputType("ReleaseSignatureInput", {
  description: "A signature on the pass; dated now unless `signedAt` says otherwise.",
  fields: (t) => ({
    name: t.string({ required: true, validate: text(100) }),
    signedAt: t.field({ type: "DateTime", required: false }),
  }),
});

builder.mutationField("releasePassRelease", (t) =>
  t.field({
    type: passPayload("ReleasePassReleasePayload"),
    description:
      "R-REL-3/5: security lets the items out — desk officer, carrier and owner signed (or the owner's phoned consent noted), blank lines struck through, items matching the pass.",
    authScopes: { staffRole: staffRolesFor(releasePassWorkflow, "release") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("ReleasePassReleaseInput", {
          fields: (f) => ({
            ...stepFields(f),
            deskOfficerSignature: f.field({ type: SignatureInput, required: false }),
            carrierSignature: f.field({ type: SignatureInput, required: false }),
            ownerSignature: f.field({ type: SignatureInput, required: false }),
            blankLinesStruckThrough: f.boolean({ required: true }),
            itemsMatchPass: f.boolean({
              required: true,
              description: "The guard compared the items with the pass.",
            }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) =>
      releasePassAtGate(serviceContext(context), {
        ...input,
        signOff: {
          deskOfficer: input.deskOfficerSignature ?? null,
          carrier: input.carrierSignature ?? null,
          owner: input.ownerSignature ?? null,
          blankLinesStruckThrough: input.blankLinesStruckThrough,
        },
      }),
  }),
);

builder.mutationField("releasePassArchive", (t) =>
  t.field({
    type: passPayload("ReleasePassArchivePayload"),
    description: "R-REL-5, R-QLT-2: file the signed pass, or the refusal.",
    authScopes: { staffRole: staffRolesFor(releasePassWorkflow, "archive") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("ReleasePassArchiveInput", { fields: stepFields }),
      }),
    },
    resolve: (_root, { input }, context) => archivePass(serviceContext(context), input),
  }),
);
