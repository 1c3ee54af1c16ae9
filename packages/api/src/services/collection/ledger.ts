import {
  type Actor,
  addMoney,
  type CollectionEntry,
  type Money,
  type OutstandingLine,
  subtractMoney,
  sumMoney,
  ZERO_MONEY,
} from "@wuye/domain";
import { recordTransition, type WuyeTx } from "../../db/index.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { BillStatus, CreditDirection } from "../../generated/prisma/enums.ts";
import { isoOf, moneyOf, periodOf } from "../fees/records.ts";

/**
 * A unit's account 账户 as the collection rules see it (R-FEE-6, R-FEE-9), read from the
 * append-only ledger: each line's amount and what is settled on it (allocations minus their
 * reversals), the prepaid credit 预存款 (credits minus debits), and the ledger as the domain's
 * `CollectionEntry`s so a reversal can be checked against it.
 */

interface AllocationAmount {
  readonly amount: { toFixed(places: number): string };
  readonly reversalOfId: string | null;
}

/** What the allocations settled on a line: originals minus their reversals (both stored positive). */
export function settledOf(allocations: readonly AllocationAmount[]): Money {
  let settled = ZERO_MONEY;
  for (const allocation of allocations) {
    const amount = moneyOf(allocation.amount);
    settled = allocation.reversalOfId === null ? addMoney(settled, amount) : subtractMoney(settled, amount);
  }
  return settled;
}

/**
 * Serialises money movements of one unit: payments, credit applications and reversals read the
 * account and write it in one transaction, one at a time (key inserts referring to the unit pass).
 */
export async function lockUnitAccount(tx: WuyeTx, unitId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Unit" WHERE "id" = ${unitId}::uuid FOR NO KEY UPDATE`;
}

/** Every line of the unit's bills (cancelled bills aside), oldest first, with what is settled. */
export async function loadUnitLines(tx: WuyeTx, unitId: string): Promise<OutstandingLine[]> {
  const rows = await tx.billLine.findMany({
    where: { unitId, bill: { status: { not: "cancelled" } } },
    select: {
      id: true,
      billId: true,
      periodStart: true,
      amount: true,
      bill: { select: { dueDate: true } },
      allocations: { select: { amount: true, reversalOfId: true } },
    },
    orderBy: [{ periodStart: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    lineId: row.id,
    billId: row.billId,
    unitId,
    period: periodOf(row.periodStart),
    dueDate: isoOf(row.bill.dueDate),
    amount: moneyOf(row.amount),
    settled: settledOf(row.allocations),
  }));
}

/**
 * Prepaid credit by unit: what went in minus what came out, reversals included (R-FEE-6), for the
 * units `where` selects (one unit, or every unit of an estate).
 */
export async function creditBalances(
  tx: WuyeTx,
  where: Prisma.CreditEntryWhereInput,
): Promise<Map<string, Money>> {
  const sums = await tx.creditEntry.groupBy({ by: ["unitId", "direction"], where, _sum: { amount: true } });
  const balances = new Map<string, Money>();
  for (const sum of sums) {
    const amount = sum._sum.amount ? moneyOf(sum._sum.amount) : ZERO_MONEY;
    const before = balances.get(sum.unitId) ?? ZERO_MONEY;
    balances.set(
      sum.unitId,
      sum.direction === "credit" ? addMoney(before, amount) : subtractMoney(before, amount),
    );
  }
  return balances;
}

interface CreditRow {
  readonly id: string;
  readonly direction: CreditDirection;
  readonly amount: { toFixed(places: number): string };
  readonly paymentId: string | null;
  readonly billLineId: string | null;
  readonly reversalOfId: string | null;
  readonly createdById: string;
  readonly createdAt: Date;
  readonly reason: string;
}

interface AllocationRow {
  readonly id: string;
  readonly billLineId: string;
  readonly paymentId: string | null;
  readonly amount: { toFixed(places: number): string };
  readonly reversalOfId: string | null;
  readonly createdById: string;
  readonly createdAt: Date;
  readonly reason: string;
  readonly billLine: { readonly billId: string };
}

const author = (id: string): Actor => ({ id, role: "recorded" });

/**
 * The unit's ledger as the domain's entries (R-FEE-9): payments to lines, payments into credit,
 * credit to lines; a reversal row (stored positive, naming the row it cancels) is the same kind
 * with the opposite amount. A credit used for a refund counts as credit leaving the balance.
 */
export function collectionEntriesOf(
  unitId: string,
  allocations: readonly AllocationRow[],
  credits: readonly CreditRow[],
): CollectionEntry[] {
  const entries: CollectionEntry[] = [];
  const directionOf = new Map(credits.map((c) => [c.id, c.direction]));
  for (const a of allocations) {
    if (a.paymentId === null) continue; // the line side of a credit application: its debit is the entry
    const amount = moneyOf(a.amount);
    entries.push({
      entryId: a.id,
      sourceId: a.paymentId,
      kind: "paymentToLine",
      unitId,
      lineId: a.billLineId,
      billId: a.billLine.billId,
      amount: a.reversalOfId === null ? amount : subtractMoney(ZERO_MONEY, amount),
      author: author(a.createdById),
      at: a.createdAt,
      reason: a.reason,
      ...(a.reversalOfId === null ? {} : { reverses: a.reversalOfId }),
    });
  }
  for (const c of credits) {
    const original = c.reversalOfId === null ? c.direction : directionOf.get(c.reversalOfId);
    const amount = moneyOf(c.amount);
    entries.push({
      entryId: c.id,
      sourceId: c.paymentId ?? c.id,
      kind: original === "credit" ? "paymentToCredit" : "creditToLine",
      unitId,
      ...(c.billLineId ? { lineId: c.billLineId } : {}),
      amount: c.reversalOfId === null ? amount : subtractMoney(ZERO_MONEY, amount),
      author: author(c.createdById),
      at: c.createdAt,
      reason: c.reason,
      ...(c.reversalOfId === null ? {} : { reverses: c.reversalOfId }),
    });
  }
  return entries;
}

/** Loads the unit's ledger for {@link collectionEntriesOf}. */
export async function loadUnitLedger(tx: WuyeTx, unitId: string): Promise<CollectionEntry[]> {
  const fields = {
    id: true,
    amount: true,
    reversalOfId: true,
    createdById: true,
    createdAt: true,
    reason: true,
  } as const;
  // One after the other: statements of an interactive transaction share one connection.
  const allocations = await tx.paymentAllocation.findMany({
    where: { billLine: { unitId } },
    select: { ...fields, billLineId: true, paymentId: true, billLine: { select: { billId: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const credits = await tx.creditEntry.findMany({
    where: { unitId },
    select: { ...fields, direction: true, paymentId: true, billLineId: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return collectionEntriesOf(unitId, allocations, credits);
}

/**
 * After money moved: each touched bill's status follows what is settled on its lines — issued,
 * partially paid or paid — as a `bill` workflow step in its history (R-QLT-2), compare-and-set
 * on the version read, so a concurrent change is never overwritten.
 */
export async function settleBillStatuses(
  tx: WuyeTx,
  billIds: readonly string[],
  step: { readonly action: string; readonly actor: Actor; readonly at: Date; readonly data?: unknown },
): Promise<void> {
  if (billIds.length === 0) return;
  const bills = await tx.bill.findMany({
    where: { id: { in: [...new Set(billIds)] } },
    select: {
      id: true,
      status: true,
      version: true,
      total: true,
      lines: { select: { allocations: { select: { amount: true, reversalOfId: true } } } },
    },
    orderBy: { id: "asc" },
  });
  for (const bill of bills) {
    if (bill.status === "cancelled") continue;
    const paid = sumMoney(bill.lines.map((line) => settledOf(line.allocations)));
    const total = moneyOf(bill.total);
    const status: BillStatus = paid <= 0n ? "issued" : paid < total ? "partiallyPaid" : "paid";
    if (status === bill.status) continue;
    await recordTransition(tx, {
      recordId: bill.id,
      expectedVersion: bill.version,
      event: {
        workflow: "bill",
        action: step.action,
        from: bill.status,
        to: status,
        actor: step.actor,
        at: step.at,
        data: step.data,
      },
    });
  }
}
