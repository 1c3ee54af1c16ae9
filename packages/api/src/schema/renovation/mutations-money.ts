import { z } from "zod";
import { builder } from "../../builder.ts";
import { payRenovationFees, settleRenovationDeposit } from "../../services/renovation/index.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors } from "../errors.ts";
import { byRoles } from "./mutations-works.ts";
import { renovationPayload } from "./payloads.ts";
import {
  type InputFields,
  RenovationPaymentMethodEnum,
  RenovationSignatureInput,
  renovationStepFields,
  text,
} from "./types.ts";

/**
 * The renovation's money (R-REN-5, R-REN-9): the fees the cashier collects and the one deposit
 * settlement, both on the ledger. Each takes an `idempotencyKey`: a retry returns the first result.
 */

const idempotencyKey = (t: InputFields) =>
  t.string({
    required: true,
    validate: z.string().trim().min(8).max(100),
    description: "A key the client makes once per intended payment (e.g. a UUID) and reuses on retries.",
  });

builder.mutationField("renovationPayFees", (t) =>
  t.field({
    type: renovationPayload("RenovationPayFeesPayload"),
    description:
      "R-REN-5: the management agreement signed and the fees paid in full (deposit, management, debris, passes), computed from the estate's standard — see `Renovation.feeQuote`. Written to the ledger; idempotent.",
    authScopes: byRoles("payFees"),
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("RenovationPayFeesInput", {
          fields: (f) => ({
            ...renovationStepFields(f),
            workers: f.int({ required: true, validate: z.number().int().min(0).max(1000) }),
            paid: f.field({
              type: "Money",
              required: true,
              description: "Must equal the fees' total to the fen.",
            }),
            agreementSignature: f.field({ type: RenovationSignatureInput, required: false }),
            method: f.field({ type: RenovationPaymentMethodEnum, required: true }),
            reference: f.string({ required: false, validate: text(100) }),
            payerName: f.string({ required: false, validate: text(100) }),
            idempotencyKey: idempotencyKey(f),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => payRenovationFees(serviceContext(context), input),
  }),
);

builder.mutationField("renovationSettleDeposit", (t) =>
  t.field({
    type: renovationPayload("RenovationSettleDepositPayload"),
    description:
      "R-REN-9: after the wait, with the owner's, the contractor's and the project centre's sign-offs and every penalty final: refund = deposit − penalties − damages, or a receivable on the unit. Exactly once; idempotent.",
    authScopes: byRoles("settleDeposit"),
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("RenovationSettleDepositInput", {
          fields: (f) => ({
            ...renovationStepFields(f),
            ownerSignature: f.field({ type: RenovationSignatureInput, required: false }),
            contractorSignature: f.field({ type: RenovationSignatureInput, required: false }),
            projectCentreSignature: f.field({ type: RenovationSignatureInput, required: false }),
            damages: f.field({
              required: false,
              type: [
                builder.inputType("RenovationDamageInput", {
                  description: "Damage to common parts assessed against the renovation.",
                  fields: (d) => ({
                    description: d.string({ required: true, validate: text() }),
                    amount: d.field({ type: "Money", required: true }),
                    assessedBy: d.string({ required: true, validate: text(100) }),
                  }),
                }),
              ],
            }),
            refundMethod: f.field({ type: RenovationPaymentMethodEnum, required: true }),
            payeeName: f.string({
              required: false,
              validate: text(100),
              description: "Default: the owner who signed.",
            }),
            idempotencyKey: idempotencyKey(f),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) =>
      settleRenovationDeposit(serviceContext(context), {
        ...input,
        signOffs: {
          owner: input.ownerSignature ?? null,
          contractor: input.contractorSignature ?? null,
          projectCentre: input.projectCentreSignature ?? null,
        },
      }),
  }),
);
