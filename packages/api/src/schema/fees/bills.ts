import { type PaymentReminder, reminderSchedule, subtractMoney, sumMoney } from "@wuye/domain";
import { z } from "zod";
import { visibleBills } from "../../auth/visibility.ts";
import { builder } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { BillStatus, ReminderChannel } from "../../generated/prisma/enums.ts";
import { settledOf } from "../../services/collection/ledger.ts";
import { dateColumn, isoOf, moneyOf, moneyPolicyOf, periodOf } from "../../services/fees/records.ts";
import { OrderDirection, todayFor } from "../common.ts";
import { HistoryConnection, resolveHistory } from "../history.ts";
import { UnitRef } from "../occupancy.ts";
import { billSettlement, LINE_ORDER } from "./bill-lines.ts";

/**
 * Bills 账单 (R-FEE-1…4, R-HND-3): a unit's bill for a month, its lines (`bill-lines.ts`),
 * what is paid and still owed, read from the ledger, and the reminders before the due date
 * (R-FEE-5). Owners and tenants see their own units' bills; the money desk, customer service and
 * the archive their estates'. The month-end run and the handover prepayment are in
 * `billing.ts`.
 */

export const BillStatusEnum = builder.enumType(BillStatus, {
  name: "BillStatus",
  description: "Issued, partially paid, paid (from the ledger), or cancelled.",
});
export const ReminderChannelEnum = builder.enumType(ReminderChannel, {
  name: "ReminderChannel",
  description: "How an owner is reminded (R-FEE-5): text message, phone call or app notice.",
});

const PaymentReminderRef = builder.objectRef<PaymentReminder>("PaymentReminder").implement({
  description: "A reminder before a bill's due date (R-FEE-5), by the estate's reminder policy.",
  fields: (t) => ({
    date: t.field({ type: "Date", resolve: (r) => dateColumn(r.date) }),
    dueDate: t.field({ type: "Date", resolve: (r) => dateColumn(r.dueDate) }),
    daysBeforeDue: t.exposeInt("daysBeforeDue"),
    channels: t.field({ type: [ReminderChannelEnum], resolve: (r) => [...r.channels] }),
  }),
});

export const BillRef = builder.prismaNode("Bill", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visibleBills(context.viewer)] }),
  fields: (t) => ({
    number: t.exposeString("number"),
    period: t.string({
      description: "The month billed, `YYYY-MM`.",
      resolve: (bill) => periodOf(bill.periodStart),
    }),
    periodStart: t.expose("periodStart", { type: "Date" }),
    periodEnd: t.expose("periodEnd", { type: "Date" }),
    issuedOn: t.expose("issuedOn", { type: "Date" }),
    dueDate: t.expose("dueDate", {
      type: "Date",
      description: "R-FEE-5: from the next day unpaid lines are in arrears.",
    }),
    total: t.expose("total", { type: "Money", description: "The sum of the lines." }),
    paid: t.field({
      type: "Money",
      description: "Settled on its lines by payments and prepaid credit, net of reversals.",
      select: billSettlement,
      resolve: (bill) => sumMoney(bill.lines.map((line) => settledOf(line.allocations))),
    }),
    outstanding: t.field({
      type: "Money",
      select: billSettlement,
      resolve: (bill) =>
        subtractMoney(moneyOf(bill.total), sumMoney(bill.lines.map((line) => settledOf(line.allocations)))),
    }),
    status: t.expose("status", { type: BillStatusEnum }),
    overdue: t.boolean({
      description: "Past its due date and not fully paid (R-FEE-5).",
      resolve: (bill, _args, context) =>
        (bill.status === "issued" || bill.status === "partiallyPaid") && bill.dueDate < todayFor(context),
    }),
    version: t.exposeInt("version"),
    estate: t.relation("estate"),
    unit: t.relation("unit"),
    lines: t.relation("lines", { query: { orderBy: [...LINE_ORDER] } }),
    reminders: t.field({
      type: [PaymentReminderRef],
      description: "R-FEE-5: the reminders before the due date, by the estate's policy.",
      select: { estate: { select: { policy: true, timeZone: true } } },
      resolve: (bill) => {
        const policy = moneyPolicyOf(bill.estate.policy, bill.estate.timeZone);
        return reminderSchedule(isoOf(bill.dueDate), {
          issuedOn: isoOf(bill.issuedOn),
          ...(policy.reminders ? { policy: policy.reminders } : {}),
        });
      },
    }),
    history: t.field({
      type: HistoryConnection,
      description: "Issued, then each change of status with the payment or credit that caused it (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (bill, args, context) => resolveHistory(context, "bill", bill.id, args),
    }),
  }),
});

const BillFilter = builder.inputType("BillFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    period: t.string({
      required: false,
      description: "A month `YYYY-MM`.",
      validate: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month written YYYY-MM"),
    }),
    status: t.field({ type: [BillStatusEnum], required: false }),
    overdue: t.boolean({
      required: false,
      description: "Past due and not fully paid (or, false, the others).",
    }),
  }),
});

const BillOrderField = builder.enumType("BillOrderField", {
  values: {
    PERIOD: { value: "periodStart" },
    DUE_DATE: { value: "dueDate" },
    ISSUED_ON: { value: "issuedOn" },
  } as const,
});

const BillOrder = builder.inputType("BillOrder", {
  fields: (t) => ({
    field: t.field({ type: BillOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: false, defaultValue: "desc" }),
  }),
});

type BillFilterInput = {
  estateId?: { id: string } | null;
  unitId?: { id: string } | null;
  period?: string | null;
  status?: readonly BillStatus[] | null;
  overdue?: boolean | null;
} | null;

function billWhere(filter: BillFilterInput | undefined, today: Date): Prisma.BillWhereInput {
  if (!filter) return {};
  const overdue = { status: { in: ["issued", "partiallyPaid"] as BillStatus[] }, dueDate: { lt: today } };
  return {
    ...(filter.estateId ? { estateId: filter.estateId.id } : {}),
    ...(filter.unitId ? { unitId: filter.unitId.id } : {}),
    ...(filter.period ? { periodStart: dateColumn(`${filter.period}-01`) } : {}),
    ...(filter.status ? { status: { in: [...filter.status] } } : {}),
    ...(filter.overdue === true ? overdue : {}),
    ...(filter.overdue === false ? { NOT: overdue } : {}),
  };
}

function billOrderBy(
  order:
    | { field: "periodStart" | "dueDate" | "issuedOn"; direction?: "asc" | "desc" | null }
    | null
    | undefined,
): Prisma.BillOrderByWithRelationInput[] {
  const direction = order?.direction ?? "desc";
  return [{ [order?.field ?? "periodStart"]: direction }, { id: direction }];
}

const billReaders = { $any: { staff: true, resident: true, apiScope: "fees:read" as const } };

builder.queryFields((t) => ({
  bills: t.prismaConnection({
    type: "Bill",
    cursor: "id",
    nullable: true,
    description: "Bills the viewer may see, newest period first unless ordered otherwise.",
    authScopes: billReaders,
    args: {
      filter: t.arg({ type: BillFilter, required: false }),
      orderBy: t.arg({ type: BillOrder, required: false }),
    },
    totalCount: (_connection, args, context) =>
      prismaOf(context).bill.count({
        where: { AND: [visibleBills(context.viewer), billWhere(args.filter, todayFor(context))] },
      }),
    resolve: (query, _root, args, context) =>
      prismaOf(context).bill.findMany({
        ...query,
        where: { AND: [visibleBills(context.viewer), billWhere(args.filter, todayFor(context))] },
        orderBy: billOrderBy(args.orderBy),
      }),
  }),
}));

builder.prismaObjectFields(UnitRef, (t) => ({
  bills: t.relatedConnection("bills", {
    cursor: "id",
    totalCount: true,
    description: "The unit's bills the viewer may see (its owner and tenant, the money desk).",
    args: {
      filter: t.arg({ type: BillFilter, required: false }),
      orderBy: t.arg({ type: BillOrder, required: false }),
    },
    query: (args, context) => ({
      where: { AND: [visibleBills(context.viewer), billWhere(args.filter, todayFor(context))] },
      orderBy: billOrderBy(args.orderBy),
    }),
  }),
  prepaidCredit: t.field({
    type: "Money",
    nullable: true,
    description:
      "R-FEE-6: prepaid credit 预存款 waiting on the unit (null for viewers who may not see its bills).",
    select: { creditEntries: { select: { direction: true, amount: true } } },
    resolve: (unit, _args, context) => {
      const viewer = context.viewer;
      const allowed =
        viewer.kind === "resident" ||
        viewer.hasApiScope("fees:read") ||
        viewer.isStaffIn(unit.estateId, ["manager", "finance", "cashier", "customer_service", "archivist"]);
      if (!allowed) return null;
      const credits = unit.creditEntries
        .filter((e) => e.direction === "credit")
        .map((e) => moneyOf(e.amount));
      const debits = unit.creditEntries.filter((e) => e.direction === "debit").map((e) => moneyOf(e.amount));
      return subtractMoney(sumMoney(credits), sumMoney(debits));
    },
  }),
}));
