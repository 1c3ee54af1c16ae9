import { parseMoney } from "@wuye/domain";
import { builder } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import { applyCreditStep } from "../../services/collection/credit.ts";
import { reversePayment } from "../../services/collection/reversal.ts";
import { BILLING_ROLES, REVERSAL_ROLES } from "../../services/fees/access.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors } from "../errors.ts";
import { KEY_DESCRIPTION, keyFormat, reason } from "./payments.ts";

/**
 * Adjustments of a unit's account: prepaid credit 预存款 spent on its outstanding lines (R-FEE-6),
 * and corrections 冲销 as reversing entries that name what they cancel (R-FEE-9, finance and the
 * manager only). Nothing is edited or deleted.
 */

const CreditApplyInput = builder.inputType("CreditApplyInput", {
  fields: (t) => ({
    unitId: t.globalID({ required: true }),
    idempotencyKey: t.string({ required: false, description: KEY_DESCRIPTION, validate: keyFormat }),
  }),
});

const CreditApplyPayload = builder
  .objectRef<{ unitId: string; applied: string; remaining: string; billIds: readonly string[] }>(
    "CreditApplyPayload",
  )
  .implement({
    fields: (t) => ({
      unit: t.prismaField({
        type: "Unit",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).unit.findUnique({ ...query, where: { id: p.unitId } }),
      }),
      applied: t.field({ type: "Money", resolve: (p) => parseMoney(p.applied) }),
      remaining: t.field({
        type: "Money",
        description: "Credit still waiting on the unit.",
        resolve: (p) => parseMoney(p.remaining),
      }),
      bills: t.prismaField({
        type: ["Bill"],
        resolve: (query, p, _args, context) =>
          prismaOf(context).bill.findMany({
            ...query,
            where: { id: { in: [...p.billIds] } },
            orderBy: [{ periodStart: "asc" }, { id: "asc" }],
          }),
      }),
    }),
  });

const PaymentReverseInput = builder.inputType("PaymentReverseInput", {
  fields: (t) => ({
    paymentId: t.globalID({ required: true }),
    reason: t.string({ required: true, validate: reason }),
    idempotencyKey: t.string({ required: false, description: KEY_DESCRIPTION, validate: keyFormat }),
  }),
});

const PaymentReversePayload = builder
  .objectRef<{ paymentId: string; reversalId: string; billIds: readonly string[] }>("PaymentReversePayload")
  .implement({
    fields: (t) => ({
      payment: t.prismaField({
        type: "Payment",
        nullable: true,
        description: "The payment reversed.",
        resolve: (query, p, _args, context) =>
          prismaOf(context).payment.findUnique({ ...query, where: { id: p.paymentId } }),
      }),
      reversal: t.prismaField({
        type: "Payment",
        nullable: true,
        description: "The correcting payment, naming the one it reverses.",
        resolve: (query, p, _args, context) =>
          prismaOf(context).payment.findUnique({ ...query, where: { id: p.reversalId } }),
      }),
      bills: t.prismaField({
        type: ["Bill"],
        resolve: (query, p, _args, context) =>
          prismaOf(context).bill.findMany({
            ...query,
            where: { id: { in: [...p.billIds] } },
            orderBy: [{ periodStart: "asc" }, { id: "asc" }],
          }),
      }),
    }),
  });

builder.mutationFields((t) => ({
  creditApply: t.field({
    type: CreditApplyPayload,
    description: "R-FEE-6: spend the unit's prepaid credit on its outstanding lines, oldest first.",
    authScopes: { $any: { staffRole: [...BILLING_ROLES], apiScope: "fees:write" } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: CreditApplyInput, required: true }) },
    resolve: (_root, { input }, context) => applyCreditStep(serviceContext(context), input),
  }),
  paymentReverse: t.field({
    type: PaymentReversePayload,
    description: "R-FEE-9: correct a payment with reversing entries (finance, manager); nothing is edited.",
    authScopes: { staffRole: [...REVERSAL_ROLES] },
    errors: mutationErrors(),
    args: { input: t.arg({ type: PaymentReverseInput, required: true }) },
    resolve: (_root, { input }, context) => reversePayment(serviceContext(context), input),
  }),
}));
