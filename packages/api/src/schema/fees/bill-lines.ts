import { type BilingualMessage, computeLateCharge, type LateCharge, subtractMoney } from "@wuye/domain";
import { visibleBills } from "../../auth/visibility.ts";
import { builder } from "../../builder.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { settledOf } from "../../services/collection/ledger.ts";
import {
  dateColumn,
  decimalTextOf,
  isoOf,
  moneyOf,
  moneyPolicyOf,
  periodOf,
  priceTextOf,
} from "../../services/fees/records.ts";
import { LocalizedTextRef, todayFor } from "../common.ts";

/**
 * Bill lines 账单明细 (R-FEE-2, R-FEE-3): the amount, what the price applied to, the basis and its
 * explanation in English and Chinese, what settled it, and the late charge where the estate
 * enables them (R-FEE-7). Seen by whoever may see the bill.
 */

const LateChargeRef = builder.objectRef<LateCharge>("LateCharge").implement({
  description:
    "R-FEE-7: a line's late-payment charge on a date. Off unless the estate enables it; the arithmetic is shown.",
  fields: (t) => ({
    enabled: t.exposeBoolean("enabled"),
    asOf: t.field({ type: "Date", resolve: (c) => dateColumn(c.asOf) }),
    principal: t.field({ type: "Money", resolve: (c) => c.principal }),
    daysPastDue: t.exposeInt("daysPastDue"),
    chargedDays: t.exposeInt("chargedDays"),
    dailyRate: t.exposeString("dailyRate"),
    uncapped: t.field({ type: "Money", resolve: (c) => c.uncapped }),
    cap: t.field({ type: "Money", nullable: true, resolve: (c) => c.cap ?? null }),
    capped: t.exposeBoolean("capped"),
    amount: t.field({ type: "Money", resolve: (c) => c.amount }),
    explanation: t.field({ type: LocalizedTextRef, resolve: (c) => c.explanation }),
  }),
});

/** Allocations in the order of `BillLine.allocations`, so the two selections merge (no N+1). */
export const ALLOCATION_ORDER = [
  { createdAt: "asc" },
  { id: "asc" },
] as const satisfies Prisma.PaymentAllocationOrderByWithRelationInput[];
export const settlement = {
  allocations: { orderBy: [...ALLOCATION_ORDER], select: { amount: true, reversalOfId: true } },
} as const;
/** The line order of `Bill.lines`: the same arguments let Pothos merge this selection into it. */
export const LINE_ORDER = [
  { createdAt: "asc" },
  { id: "asc" },
] as const satisfies Prisma.BillLineOrderByWithRelationInput[];
export const billSettlement = {
  lines: { orderBy: [...LINE_ORDER], select: { amount: true, ...settlement } },
} as const;

export const BillLineRef = builder.prismaNode("BillLine", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, bill: visibleBills(context.viewer) }),
  fields: (t) => ({
    period: t.string({ resolve: (line) => periodOf(line.periodStart) }),
    periodStart: t.expose("periodStart", { type: "Date" }),
    periodEnd: t.expose("periodEnd", { type: "Date" }),
    quantity: t.string({
      description: "What the price applied to: m², a count, a consumption or pieces.",
      resolve: (line) => decimalTextOf(line.quantity, 4),
    }),
    unitPrice: t.string({ resolve: (line) => priceTextOf(line.unitPrice) }),
    amount: t.expose("amount", { type: "Money", description: "Rounded once (R-FEE-3)." }),
    paid: t.field({ type: "Money", select: settlement, resolve: (line) => settledOf(line.allocations) }),
    outstanding: t.field({
      type: "Money",
      select: settlement,
      resolve: (line) => subtractMoney(moneyOf(line.amount), settledOf(line.allocations)),
    }),
    basis: t.exposeString("basis", { description: "The explanation as printed on the bill (Chinese)." }),
    explanation: t.field({
      type: LocalizedTextRef,
      description: "e.g. 物业服务费：89.37㎡ × 2.35元/㎡/月 × 17/30天 = 119.01元",
      resolve: (line) =>
        ((line.basisDetail as { explanation?: BilingualMessage } | null)?.explanation ?? {
          en: line.basis,
          zh: line.basis,
        }) as BilingualMessage,
    }),
    basisDetail: t.expose("basisDetail", {
      type: "JSON",
      description:
        "Machine-readable basis: kind, area or count, proration days, the exact amount, rounding, rules.",
    }),
    bill: t.relation("bill"),
    feeItem: t.relation("feeItem"),
    feeStandard: t.relation("feeStandard"),
    readingFrom: t.relation("readingFrom", { nullable: true }),
    readingTo: t.relation("readingTo", { nullable: true }),
    allocations: t.relation("allocations", {
      description: "What settled the line (payments and prepaid credit), reversals included.",
      query: { orderBy: [...ALLOCATION_ORDER] },
    }),
    lateCharge: t.field({
      type: LateChargeRef,
      description: "R-FEE-7: the late charge on `asOf` (default today); zero while the estate has them off.",
      args: { asOf: t.arg({ type: "Date", required: false }) },
      select: {
        ...settlement,
        billId: true,
        unitId: true,
        bill: { select: { dueDate: true, estate: { select: { policy: true, timeZone: true } } } },
      },
      resolve: (line, { asOf }, context) => {
        const policy = moneyPolicyOf(line.bill.estate.policy, line.bill.estate.timeZone);
        const outstanding = {
          lineId: line.id,
          billId: line.billId,
          unitId: line.unitId,
          period: periodOf(line.periodStart),
          dueDate: isoOf(line.bill.dueDate),
          amount: moneyOf(line.amount),
          settled: settledOf(line.allocations),
        };
        return computeLateCharge(outstanding, isoOf(asOf ?? todayFor(context)), policy.lateCharges);
      },
    }),
  }),
});
