import type {
  ArrearsAging,
  ArrearsRecoveryReport,
  CollectionRateReport,
  ExactCollectionRate,
  Refusal,
} from "@wuye/domain";
import { businessDateOf } from "@wuye/domain";
import { z } from "zod";
import { builder } from "../../builder.ts";
import { prismaOf, servicesOf } from "../../context.ts";
import { setLateChargePolicy } from "../../services/collection/late-charges.ts";
import {
  arrearsAgingOf,
  collectionRatesOf,
  estateForReport,
  remindersDueWhere,
} from "../../services/collection/reports.ts";
import { COLLECTION_ROLES, FINANCE_REPORT_ROLES, REVERSAL_ROLES } from "../../services/fees/access.ts";
import { dateColumn, isoOf } from "../../services/fees/records.ts";
import { serviceContext } from "../../services/support.ts";
import { mutationErrors, RefusalRef } from "../errors.ts";

/**
 * Collection 费用收缴 reports (R-FEE-8): arrears by age and the collection and recovery rates,
 * computed by the domain from the ledger; the bills due a reminder (R-FEE-5); and the late-charge
 * policy (R-FEE-7). The collection ladder itself is in `ladder.ts`.
 */

const ratioText = (rate: ExactCollectionRate) => (rate.ratio ? `${rate.ratio.num}/${rate.ratio.den}` : null);

const ArrearsBandRef = builder.objectRef<ArrearsAging["bands"][number]>("ArrearsAgeBand").implement({
  fields: (t) => ({
    band: t.string({
      description: '"0-30", "31-90", "91-180", "181-365" or "over-365" days past due.',
      resolve: (b) => b.band,
    }),
    fromDays: t.exposeInt("fromDays"),
    toDays: t.int({ nullable: true, resolve: (b) => b.toDays ?? null }),
    amount: t.field({ type: "Money", resolve: (b) => b.amount }),
    lineCount: t.int({ resolve: (b) => b.lineIds.length }),
  }),
});

const ArrearsAgingRef = builder.objectRef<ArrearsAging & { unitCount: number }>("ArrearsAging").implement({
  description: "R-FEE-8: arrears on a date by age 账龄; the bands add up to the total exactly.",
  fields: (t) => ({
    asOf: t.field({ type: "Date", resolve: (a) => dateColumn(a.asOf) }),
    total: t.field({ type: "Money", resolve: (a) => a.total }),
    unitCount: t.exposeInt("unitCount", { description: "Units owing." }),
    bands: t.field({ type: [ArrearsBandRef], resolve: (a) => [...a.bands] }),
  }),
});

const CollectionRateRef = builder.objectRef<CollectionRateReport>("CollectionRate").implement({
  description: "R-FEE-8 收缴率: collected ÷ receivable of the period's bills, exactly.",
  fields: (t) => ({
    period: t.exposeString("period"),
    receivable: t.field({ type: "Money", resolve: (r) => r.receivable }),
    collected: t.field({ type: "Money", resolve: (r) => r.collected }),
    ratio: t.string({
      nullable: true,
      description: 'Reduced, e.g. "1847/2000"; null with nothing receivable.',
      resolve: ratioText,
    }),
    percentage: t.string({
      nullable: true,
      description: 'e.g. "92.35%", rounded half up.',
      resolve: (r) => r.percentage ?? null,
    }),
  }),
});

const RecoveryRateRef = builder.objectRef<ArrearsRecoveryReport>("ArrearsRecoveryRate").implement({
  description: "R-FEE-8 清欠率: recovered ÷ arrears carried into the period from earlier periods.",
  fields: (t) => ({
    period: t.exposeString("period"),
    openingArrears: t.field({ type: "Money", resolve: (r) => r.openingArrears }),
    recovered: t.field({ type: "Money", resolve: (r) => r.recovered }),
    ratio: t.string({ nullable: true, resolve: ratioText }),
    percentage: t.string({ nullable: true, resolve: (r) => r.percentage ?? null }),
  }),
});

const CollectionRatesRef = builder
  .objectRef<{ collection: CollectionRateReport; recovery: ArrearsRecoveryReport }>("CollectionRates")
  .implement({
    fields: (t) => ({
      collection: t.field({ type: CollectionRateRef, resolve: (r) => r.collection }),
      recovery: t.field({ type: RecoveryRateRef, resolve: (r) => r.recovery }),
    }),
  });

const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month written YYYY-MM");
const reportScopes = { $any: { staffRole: [...FINANCE_REPORT_ROLES], apiScope: "fees:read" as const } };
const collectorScopes = { $any: { staffRole: [...COLLECTION_ROLES], apiScope: "fees:read" as const } };

builder.queryFields((t) => ({
  arrearsAging: t.field({
    type: ArrearsAgingRef,
    nullable: true,
    description: "R-FEE-8: an estate's arrears by age on `asOf` (default today).",
    authScopes: reportScopes,
    args: { estateId: t.arg.globalID({ required: true }), asOf: t.arg({ type: "Date", required: false }) },
    resolve: (_root, args, context) => arrearsAgingOf(serviceContext(context), args.estateId, args.asOf),
  }),
  collectionRates: t.field({
    type: CollectionRatesRef,
    nullable: true,
    description:
      "R-FEE-8: the collection rate 收缴率 of a period and the recovery rate 清欠率 of arrears carried into it.",
    authScopes: reportScopes,
    args: {
      estateId: t.arg.globalID({ required: true }),
      period: t.arg.string({ required: true, validate: period }),
    },
    resolve: (_root, args, context) => collectionRatesOf(serviceContext(context), args.estateId, args.period),
  }),
  remindersDue: t.prismaConnection({
    type: "Bill",
    cursor: "id",
    nullable: true,
    description:
      "R-FEE-5: open bills whose reminder falls on `on` (default today); `Bill.reminders` gives the channels.",
    authScopes: collectorScopes,
    args: { estateId: t.arg.globalID({ required: true }), on: t.arg({ type: "Date", required: false }) },
    resolve: async (query, _root, args, context) => {
      const sc = serviceContext(context);
      const estate = await estateForReport(sc, args.estateId, COLLECTION_ROLES);
      const on = args.on ? isoOf(args.on) : businessDateOf(servicesOf(context).now(), estate.timeZone);
      return prismaOf(context).bill.findMany({
        ...query,
        where: remindersDueWhere(estate, on),
        orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      });
    },
  }),
}));

const LateChargePolicyInput = builder.inputType("LateChargePolicySetInput", {
  fields: (t) => ({
    estateId: t.globalID({ required: true }),
    enabled: t.boolean({ required: true }),
    dailyRate: t.string({
      required: false,
      description: '"0.0005" is 0.05 % a day.',
      validate: z.string().trim().min(1).max(20),
    }),
    graceDays: t.int({ required: false }),
    capAmount: t.field({ type: "Money", required: false }),
    capPercentOfPrincipal: t.string({
      required: false,
      description: '"30" is 30 %.',
      validate: z.string().trim().min(1).max(20),
    }),
  }),
});

const LateChargePolicyPayload = builder
  .objectRef<{ estateId: string; warnings: readonly Refusal[] }>("LateChargePolicySetPayload")
  .implement({
    fields: (t) => ({
      estate: t.prismaField({
        type: "Estate",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).estate.findUnique({ ...query, where: { id: p.estateId } }),
      }),
      warnings: t.field({
        type: [RefusalRef],
        description:
          "R-FEE-7: the policy could pass 30 % of the overdue principal (courts generally cut such charges).",
        resolve: (p) => [...p.warnings],
      }),
    }),
  });

builder.mutationFields((t) => ({
  lateChargePolicySet: t.field({
    type: LateChargePolicyPayload,
    description: "R-FEE-7: enable or change late charges for an estate (finance, manager); warns above 30 %.",
    authScopes: { staffRole: [...REVERSAL_ROLES] },
    errors: mutationErrors(),
    args: { input: t.arg({ type: LateChargePolicyInput, required: true }) },
    resolve: (_root, { input }, context) => setLateChargePolicy(serviceContext(context), input),
  }),
}));
