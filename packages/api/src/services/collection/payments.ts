import {
  type Actor,
  allocatePayment,
  formatMoney,
  type Money,
  type OutstandingLine,
  subtractMoney,
  sumMoney,
  ZERO_MONEY,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { visibleBills, visibleUnits } from "../../auth/visibility.ts";
import type { WuyeTx } from "../../db/index.ts";
import { NotFoundError, ValidationError } from "../../errors/index.ts";
import type { PaymentMethod } from "../../generated/prisma/enums.ts";
import { authorizeEstateAction, BILLING_ROLES } from "../fees/access.ts";
import { isoOf, moneyOf, periodOf } from "../fees/records.ts";
import { accepted, callDomain, type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { idempotent } from "./idempotency.ts";
import { loadUnitLines, lockUnitAccount, settleBillStatuses, settledOf } from "./ledger.ts";

/**
 * Payments 收款 (R-FEE-6, R-FEE-9). The cashier records money received for a unit
 * (`paymentRecord`); an owner or tenant pays one of their own bills (`billPay`). There is no
 * payment gateway: an owner's payment is recorded as method `online` with the reference the app
 * reports. The domain's `allocatePayment` settles the oldest lines first, or the lines the payer
 * designates; any excess becomes prepaid credit. Everything is written in one transaction with an
 * idempotency key, on a locked account, so a retried or doubled request never pays twice.
 */

/** What a payment did, as JSON (a retried request with the same key receives exactly this). */
export interface PaymentTaken {
  readonly paymentId: string;
  readonly order: "oldestFirst" | "designated";
  readonly allocated: string;
  readonly creditDeposited: string;
  readonly billIds: readonly string[];
}

interface PaymentDetails {
  readonly amount: Money;
  readonly method: PaymentMethod;
  readonly reference: string | null;
  readonly payerName: string | null;
  readonly receivedAt: Date;
  readonly reason: string;
}

/** Allocates and writes a payment inside the caller's transaction, on the locked account. */
async function takePayment(
  tx: WuyeTx,
  sc: ServiceContext,
  unit: { readonly id: string; readonly estateId: string },
  details: PaymentDetails,
  designated: { readonly lineIds: readonly string[]; readonly visibleOthers?: boolean },
  actor: Actor,
): Promise<PaymentTaken> {
  await lockUnitAccount(tx, unit.id);
  const lines: OutstandingLine[] = await loadUnitLines(tx, unit.id);
  // A designated line of another unit the viewer can see is shown to the rules as such
  // (COL_DESIGNATED_LINE_OTHER_UNIT); one they cannot see stays unknown.
  const known = new Set(lines.map((line) => line.lineId));
  const others = designated.lineIds.filter((id) => !known.has(id));
  if (others.length > 0 && designated.visibleOthers) {
    const rows = await tx.billLine.findMany({
      where: { id: { in: others }, bill: visibleBills(sc.viewer) },
      select: {
        id: true,
        billId: true,
        unitId: true,
        amount: true,
        periodStart: true,
        bill: { select: { dueDate: true } },
      },
    });
    for (const row of rows) {
      lines.push({
        lineId: row.id,
        billId: row.billId,
        unitId: row.unitId,
        period: periodOf(row.periodStart),
        dueDate: isoOf(row.bill.dueDate),
        amount: moneyOf(row.amount),
        settled: ZERO_MONEY,
      });
    }
  }
  const paymentId = uuidv7();
  const allocation = accepted(
    callDomain(() =>
      allocatePayment({
        paymentId,
        unitId: unit.id,
        amount: details.amount,
        lines,
        ...(designated.lineIds.length > 0 ? { designatedLineIds: designated.lineIds } : {}),
        author: actor,
        at: sc.now,
        reason: details.reason,
      }),
    ),
  );
  const authorId = sc.viewer.userId ?? "";
  await tx.payment.create({
    data: {
      id: paymentId,
      estateId: unit.estateId,
      unitId: unit.id,
      amount: formatMoney(details.amount),
      method: details.method,
      reference: details.reference,
      payerName: details.payerName,
      receivedAt: details.receivedAt,
      reason: details.reason,
      createdById: authorId,
      createdAt: sc.now,
    },
  });
  for (const entry of allocation.entries) {
    if (entry.kind === "paymentToLine" && entry.lineId) {
      await tx.paymentAllocation.create({
        data: {
          billLineId: entry.lineId,
          paymentId,
          amount: formatMoney(entry.amount),
          reason: entry.reason,
          createdById: authorId,
          createdAt: sc.now,
        },
      });
    } else if (entry.kind === "paymentToCredit") {
      // R-FEE-6: the excess is kept on the unit as prepaid credit, never returned silently.
      await tx.creditEntry.create({
        data: {
          unitId: unit.id,
          direction: "credit",
          amount: formatMoney(entry.amount),
          paymentId,
          reason: `${details.reason} — 预存 (prepaid credit)`,
          createdById: authorId,
          createdAt: sc.now,
        },
      });
    }
  }
  const billIds = [...new Set(allocation.settlements.map((s) => s.billId))];
  await settleBillStatuses(tx, billIds, {
    action: "pay",
    actor,
    at: sc.now,
    data: { paymentId, rules: ["R-FEE-6"] },
  });
  return {
    paymentId,
    order: allocation.order,
    allocated: formatMoney(allocation.allocated),
    creditDeposited: formatMoney(allocation.creditDeposited),
    billIds,
  };
}

function receivedAtOf(sc: ServiceContext, receivedAt: Date | null | undefined): Date {
  if (!receivedAt) return sc.now;
  if (receivedAt.getTime() > sc.now.getTime()) {
    throw new ValidationError([{ path: ["input", "receivedAt"], message: "must not be in the future" }]);
  }
  return receivedAt;
}

export interface PaymentRecordInput {
  readonly unitId: GlobalId;
  readonly amount: Money;
  readonly method: PaymentMethod;
  readonly reference?: string | null;
  readonly payerName?: string | null;
  readonly receivedAt?: Date | null;
  readonly reason?: string | null;
  readonly designatedLineIds?: readonly GlobalId[] | null;
  readonly idempotencyKey: string;
}

/** `paymentRecord`: the money desk records money received for a unit (R-FEE-6). */
export async function recordPayment(sc: ServiceContext, input: PaymentRecordInput): Promise<PaymentTaken> {
  const unitId = idOf(input.unitId, "Unit", "unit", ["input", "unitId"]);
  const unit = await sc.prisma.unit.findFirst({
    where: { id: unitId, AND: [visibleUnits(sc.viewer)] },
    select: { id: true, estateId: true, estate: { select: { id: true, companyId: true } } },
  });
  if (!unit) throw new NotFoundError("unit", ["input", "unitId"]);
  authorizeEstateAction(
    sc,
    unit.estate,
    BILLING_ROLES,
    { what: "unit", path: ["input", "unitId"] },
    "fees:write",
  );
  const lineIds = (input.designatedLineIds ?? []).map((id, index) =>
    idOf(id, "BillLine", "bill line", ["input", "designatedLineIds", String(index)]),
  );
  const details: PaymentDetails = {
    amount: input.amount,
    method: input.method,
    reference: input.reference ?? null,
    payerName: input.payerName ?? null,
    receivedAt: receivedAtOf(sc, input.receivedAt),
    reason: input.reason ?? "缴纳物业费 (fees paid)",
  };
  const actor = sc.viewer.actorIn(unit.estateId, [...BILLING_ROLES]);
  const { idempotencyKey, ...request } = input;
  return idempotent(sc, { operation: "paymentRecord", key: idempotencyKey, input: request }, (tx) =>
    takePayment(tx, sc, unit, details, { lineIds, visibleOthers: true }, actor),
  );
}

export interface BillPayInput {
  readonly billId: GlobalId;
  readonly amount?: Money | null;
  readonly method?: PaymentMethod | null;
  readonly reference?: string | null;
  readonly payerName?: string | null;
  readonly idempotencyKey: string;
}

/**
 * `billPay`: pays one bill — its lines still owed are designated (R-FEE-6). An owner or tenant pays
 * only their own units' bills, as method `online`; staff of the money desk may pay one at the
 * desk. The amount defaults to what is still owed (the total once paid, so the rules refuse it as
 * settled); more than that is kept as prepaid credit.
 */
export async function payBill(sc: ServiceContext, input: BillPayInput): Promise<PaymentTaken> {
  const billId = idOf(input.billId, "Bill", "bill", ["input", "billId"]);
  const bill = await sc.prisma.bill.findFirst({
    where: { id: billId, AND: [visibleBills(sc.viewer)] },
    select: {
      id: true,
      number: true,
      total: true,
      unitId: true,
      estate: { select: { id: true, companyId: true } },
      lines: {
        select: { id: true, amount: true, allocations: { select: { amount: true, reversalOfId: true } } },
      },
    },
  });
  if (!bill) throw new NotFoundError("bill", ["input", "billId"]);
  const resident = sc.viewer.kind === "resident";
  if (!resident) {
    authorizeEstateAction(
      sc,
      bill.estate,
      BILLING_ROLES,
      { what: "bill", path: ["input", "billId"] },
      "fees:write",
    );
  }
  const open = bill.lines.filter((line) => settledOf(line.allocations) < moneyOf(line.amount));
  const owed = sumMoney(open.map((line) => subtractMoney(moneyOf(line.amount), settledOf(line.allocations))));
  const designated = (open.length > 0 ? open : bill.lines).map((line) => line.id);
  const details: PaymentDetails = {
    amount: input.amount ?? (owed > 0n ? owed : moneyOf(bill.total)),
    method: resident ? "online" : (input.method ?? "cash"),
    reference: input.reference ?? (resident ? `ONLINE-${uuidv7()}` : null),
    payerName: input.payerName ?? (resident ? (sc.viewer.name ?? null) : null),
    receivedAt: sc.now,
    reason: `缴纳账单 ${bill.number} (bill paid)`,
  };
  const actor = sc.viewer.actorIn(bill.estate.id, [...BILLING_ROLES]);
  const { idempotencyKey, ...request } = input;
  return idempotent(sc, { operation: "billPay", key: idempotencyKey, input: request }, (tx) =>
    takePayment(
      tx,
      sc,
      { id: bill.unitId, estateId: bill.estate.id },
      details,
      { lineIds: designated },
      actor,
    ),
  );
}
