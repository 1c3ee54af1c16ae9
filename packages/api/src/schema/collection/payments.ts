import { parseMoney } from "@wuye/domain";
import { z } from "zod";
import { visiblePayments } from "../../auth/visibility.ts";
import { builder } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { CreditDirection, PaymentMethod } from "../../generated/prisma/enums.ts";
import { payBill, recordPayment } from "../../services/collection/payments.ts";
import { BILLING_ROLES } from "../../services/fees/access.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors } from "../errors.ts";

/**
 * Payments 收款, prepaid credit 预存款 and corrections 冲销 (R-FEE-6, R-FEE-9). Every money
 * movement is an append-only row with its author, time and reason: a payment, its allocations to
 * bill lines (oldest first, or the lines the payer designates), the excess kept as credit, credit
 * spent on later lines, and reversals that name the row they cancel. Money mutations take an
 * idempotency key. Prepaid credit applied and corrections are in `adjustments.ts`;
 * reports in `reports.ts`, the collection ladder in `ladder.ts`.
 */

export const PaymentMethodEnum = builder.enumType(PaymentMethod, {
  name: "PaymentMethod",
  description:
    "How money was received; `online` is an owner paying in the app (no gateway: a recorded reference).",
});
const CreditDirectionEnum = builder.enumType(CreditDirection, {
  name: "CreditDirection",
  description: "Into the unit's prepaid credit, or out of it.",
});
const AllocationOrder = builder.enumType("PaymentAllocationOrder", {
  description: "R-FEE-6: oldest lines first, or the lines the payer designated.",
  values: ["oldestFirst", "designated"] as const,
});

const authorName = { createdBy: { select: { name: true } } } as const;

export const PaymentRef = builder.prismaNode("Payment", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visiblePayments(context.viewer)] }),
  description: "Money received for a unit 收款, or (with `reversalOf`) the correction that cancels one.",
  fields: (t) => ({
    amount: t.expose("amount", { type: "Money" }),
    method: t.expose("method", { type: PaymentMethodEnum }),
    reference: t.exposeString("reference", {
      nullable: true,
      description: "The channel's transaction reference.",
    }),
    payerName: t.exposeString("payerName", { nullable: true }),
    receivedAt: t.expose("receivedAt", { type: "DateTime" }),
    reason: t.exposeString("reason"),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was recorded (R-FEE-9)." }),
    createdByName: t.string({
      description: "Who recorded it (R-FEE-9).",
      select: authorName,
      resolve: (p) => p.createdBy.name,
    }),
    reversalOf: t.relation("reversalOf", { nullable: true, description: "The payment this one reverses." }),
    reversedBy: t.relation("reversedBy", {
      nullable: true,
      description: "The correction that reversed this one.",
    }),
    estate: t.relation("estate"),
    unit: t.relation("unit"),
    allocations: t.relation("allocations", { query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } }),
    creditEntries: t.relation("creditEntries", { query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } }),
  }),
});

builder.prismaObject("PaymentAllocation", {
  description: "Part of a payment, or of prepaid credit, settling a bill line 核销 (R-FEE-6).",
  fields: (t) => ({
    id: t.exposeID("id"),
    amount: t.expose("amount", { type: "Money" }),
    reason: t.exposeString("reason"),
    reversal: t.boolean({
      description: "True for a row cancelling an earlier allocation.",
      resolve: (a) => a.reversalOfId !== null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    createdByName: t.string({ select: authorName, resolve: (a) => a.createdBy.name }),
    billLine: t.relation("billLine"),
    payment: t.relation("payment", { nullable: true }),
    creditEntry: t.relation("creditEntry", { nullable: true }),
  }),
});

builder.prismaObject("CreditEntry", {
  description: "A movement of a unit's prepaid credit 预存款 (R-FEE-6).",
  fields: (t) => ({
    id: t.exposeID("id"),
    direction: t.expose("direction", { type: CreditDirectionEnum }),
    amount: t.expose("amount", { type: "Money" }),
    reason: t.exposeString("reason"),
    reversal: t.boolean({ resolve: (c) => c.reversalOfId !== null }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    createdByName: t.string({ select: authorName, resolve: (c) => c.createdBy.name }),
    payment: t.relation("payment", { nullable: true }),
    billLine: t.relation("billLine", { nullable: true }),
  }),
});

const PaymentFilter = builder.inputType("PaymentFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    receivedFrom: t.field({ type: "DateTime", required: false }),
    receivedBefore: t.field({ type: "DateTime", required: false }),
    method: t.field({ type: [PaymentMethodEnum], required: false }),
  }),
});

builder.queryFields((t) => ({
  payments: t.prismaConnection({
    type: "Payment",
    cursor: "id",
    nullable: true,
    description: "Payments and corrections the viewer may see, newest first.",
    authScopes: { $any: { staff: true, resident: true, apiScope: "fees:read" } },
    args: { filter: t.arg({ type: PaymentFilter, required: false }) },
    resolve: (query, _root, { filter }, context) => {
      const where: Prisma.PaymentWhereInput = {
        AND: [
          visiblePayments(context.viewer),
          {
            ...(filter?.estateId ? { estateId: filter.estateId.id } : {}),
            ...(filter?.unitId ? { unitId: filter.unitId.id } : {}),
            ...(filter?.method ? { method: { in: filter.method } } : {}),
            receivedAt: {
              ...(filter?.receivedFrom ? { gte: filter.receivedFrom } : {}),
              ...(filter?.receivedBefore ? { lt: filter.receivedBefore } : {}),
            },
          },
        ],
      };
      return prismaOf(context).payment.findMany({
        ...query,
        where,
        orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      });
    },
  }),
}));

export const KEY_DESCRIPTION =
  "A key you choose per payment (e.g. a UUID), reused on retries: the same key and input return the first result; another input is a ConflictError.";
export const keyFormat = z.string().trim().min(8).max(200);
export const reason = z.string().trim().min(1).max(500);

const PaymentRecordInput = builder.inputType("PaymentRecordInput", {
  fields: (t) => ({
    unitId: t.globalID({ required: true }),
    amount: t.field({ type: "Money", required: true }),
    method: t.field({ type: PaymentMethodEnum, required: true }),
    reference: t.string({ required: false, validate: z.string().trim().max(100) }),
    payerName: t.string({ required: false, validate: z.string().trim().max(100) }),
    receivedAt: t.field({
      type: "DateTime",
      required: false,
      description: "Default now; never in the future.",
    }),
    reason: t.string({ required: false, validate: reason }),
    designatedLineIds: t.globalIDList({
      required: false,
      description: "R-FEE-6: the lines the payer chose to pay; absent means oldest first.",
    }),
    idempotencyKey: t.string({ required: true, description: KEY_DESCRIPTION, validate: keyFormat }),
  }),
});

const BillPayInput = builder.inputType("BillPayInput", {
  fields: (t) => ({
    billId: t.globalID({ required: true }),
    amount: t.field({
      type: "Money",
      required: false,
      description: "Default: what is still owed on the bill.",
    }),
    method: t.field({
      type: PaymentMethodEnum,
      required: false,
      description: "Staff only (default cash); owners pay `online`.",
    }),
    reference: t.string({ required: false, validate: z.string().trim().max(100) }),
    payerName: t.string({ required: false, validate: z.string().trim().max(100) }),
    idempotencyKey: t.string({ required: true, description: KEY_DESCRIPTION, validate: keyFormat }),
  }),
});

interface PaymentOutcome {
  readonly paymentId: string;
  readonly order: "oldestFirst" | "designated";
  readonly allocated: string;
  readonly creditDeposited: string;
  readonly billIds: readonly string[];
}

const PaymentPayload = (name: string) =>
  builder.objectRef<PaymentOutcome>(name).implement({
    fields: (t) => ({
      payment: t.prismaField({
        type: "Payment",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).payment.findUnique({ ...query, where: { id: p.paymentId } }),
      }),
      order: t.field({ type: AllocationOrder, resolve: (p) => p.order }),
      allocated: t.field({
        type: "Money",
        description: "Settled on bill lines.",
        resolve: (p) => parseMoney(p.allocated),
      }),
      creditDeposited: t.field({
        type: "Money",
        description: "The excess kept as prepaid credit (R-FEE-6).",
        resolve: (p) => parseMoney(p.creditDeposited),
      }),
      bills: t.prismaField({
        type: ["Bill"],
        description: "The bills the payment settled, with their new status.",
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
  paymentRecord: t.field({
    type: PaymentPayload("PaymentRecordPayload"),
    description:
      "R-FEE-6/9: the money desk records money received for a unit; oldest lines first unless designated.",
    authScopes: { $any: { staffRole: [...BILLING_ROLES], apiScope: "fees:write" } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: PaymentRecordInput, required: true }) },
    resolve: (_root, { input }, context) => recordPayment(serviceContext(context), input),
  }),
  billPay: t.field({
    type: PaymentPayload("BillPayPayload"),
    description:
      "R-FEE-6: pay a bill. Owners and tenants pay their own units' bills (recorded as `online`, no gateway); the money desk may too.",
    authScopes: { $any: { staffRole: [...BILLING_ROLES], resident: true, apiScope: "fees:write" } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: BillPayInput, required: true }) },
    resolve: (_root, { input }, context) => payBill(serviceContext(context), input),
  }),
}));
