import { formatMoney, parseMoney, type Refusal } from "@wuye/domain";
import { z } from "zod";
import { builder } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import { BILLING_ROLES } from "../../services/fees/access.ts";
import { runBilling } from "../../services/fees/billing-run.ts";
import { issueHandoverPrepayment } from "../../services/fees/prepayment.ts";
import { dateColumn } from "../../services/fees/records.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors, RefusalRef } from "../errors.ts";

/**
 * Issuing bills: the month-end billing run 月末出账 (R-FEE-4), idempotent, reporting the units the
 * rules refused and why; and the handover prepayment 预收 (R-HND-3), one bill per covered month.
 */

const BillingRunInput = builder.inputType("BillingRunInput", {
  fields: (t) => ({
    estateId: t.globalID({ required: true }),
    period: t.string({
      required: true,
      description: "The month to bill, `YYYY-MM` (usually next month, R-FEE-4).",
      validate: z.string().trim().min(1),
    }),
    applyCredit: t.boolean({
      required: false,
      description: "R-FEE-6: spend prepaid credit on the new bills. Default true.",
    }),
  }),
});

interface SkippedUnitResult {
  readonly unitId: string;
  readonly refusals: readonly Refusal[];
}

const SkippedUnitRef = builder.objectRef<SkippedUnitResult>("BillingSkippedUnit").implement({
  description: "A unit the run did not bill and why (not handed over, no standard in force, …).",
  fields: (t) => ({
    unit: t.prismaField({
      type: "Unit",
      nullable: true,
      resolve: (query, skipped, _args, context) =>
        prismaOf(context).unit.findUnique({ ...query, where: { id: skipped.unitId } }),
    }),
    refusals: t.field({ type: [RefusalRef], resolve: (skipped) => [...skipped.refusals] }),
  }),
});

interface BillingRunOutcome {
  readonly estateId: string;
  readonly period: string;
  readonly billCount: number;
  readonly lineCount: number;
  readonly total: string;
  readonly alreadyBilled: number;
  readonly skipped: readonly SkippedUnitResult[];
  readonly creditApplied: string;
}

const BillingRunPayload = builder.objectRef<BillingRunOutcome>("BillingRunPayload").implement({
  description: "What the run did; query `bills(filter: { estateId, period })` for the bills.",
  fields: (t) => ({
    estate: t.prismaField({
      type: "Estate",
      nullable: true,
      resolve: (query, run, _args, context) =>
        prismaOf(context).estate.findUnique({ ...query, where: { id: run.estateId } }),
    }),
    period: t.exposeString("period"),
    billCount: t.exposeInt("billCount", { description: "Bills issued by this run." }),
    lineCount: t.exposeInt("lineCount"),
    total: t.field({ type: "Money", resolve: (run) => parseMoney(run.total) }),
    alreadyBilled: t.exposeInt("alreadyBilled", {
      description: "Units billed for the month before: left alone.",
    }),
    skipped: t.field({ type: [SkippedUnitRef], resolve: (run) => [...run.skipped] }),
    creditApplied: t.field({ type: "Money", resolve: (run) => parseMoney(run.creditApplied) }),
  }),
});

const BillHandoverPrepaymentInput = builder.inputType("BillHandoverPrepaymentInput", {
  fields: (t) => ({ unitId: t.globalID({ required: true }) }),
});

interface PrepaymentOutcome {
  readonly unitId: string;
  readonly coveredFrom: string;
  readonly coveredTo: string;
  readonly months: number;
  readonly total: string;
  readonly billIds: readonly string[];
  readonly alreadyBilled: number;
}

const BillHandoverPrepaymentPayload = builder
  .objectRef<PrepaymentOutcome>("BillHandoverPrepaymentPayload")
  .implement({
    description: "R-HND-3: the months collected in advance at handover, one bill per month.",
    fields: (t) => ({
      unit: t.prismaField({
        type: "Unit",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).unit.findUnique({ ...query, where: { id: p.unitId } }),
      }),
      coveredFrom: t.field({ type: "Date", resolve: (p) => dateColumn(p.coveredFrom) }),
      coveredTo: t.field({ type: "Date", resolve: (p) => dateColumn(p.coveredTo) }),
      months: t.exposeInt("months"),
      total: t.field({ type: "Money", resolve: (p) => parseMoney(p.total) }),
      alreadyBilled: t.exposeInt("alreadyBilled", {
        description: "Covered months billed before: left alone.",
      }),
      bills: t.prismaField({
        type: ["Bill"],
        description: "The bills issued now, oldest month first.",
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
  billingRun: t.field({
    type: BillingRunPayload,
    description:
      "R-FEE-4: the month-end run — every billable unit's bill for the period. Idempotent; skipped units come with the rules' reasons.",
    authScopes: { $any: { staffRole: [...BILLING_ROLES], apiScope: "fees:write" } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: BillingRunInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const run = await runBilling(serviceContext(context), input);
      return {
        estateId: run.estateId,
        period: run.period,
        billCount: run.billIds.length,
        lineCount: run.lineCount,
        total: formatMoney(run.total),
        alreadyBilled: run.alreadyBilled,
        skipped: run.skipped,
        creditApplied: formatMoney(run.creditApplied),
      };
    },
  }),
  billHandoverPrepayment: t.field({
    type: BillHandoverPrepaymentPayload,
    description:
      "R-HND-3: issue a handed-over unit's prepayment bills (six months ahead by default). Idempotent.",
    authScopes: { $any: { staffRole: [...BILLING_ROLES], apiScope: "fees:write" } },
    errors: mutationErrors(),
    args: { input: t.arg({ type: BillHandoverPrepaymentInput, required: true }) },
    resolve: (_root, { input }, context) => issueHandoverPrepayment(serviceContext(context), input),
  }),
}));
