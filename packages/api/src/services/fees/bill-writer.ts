import { randomBytes } from "node:crypto";
import type { Actor, Bill, BillLine, IsoDate } from "@wuye/domain";
import { formatMoney } from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { toJsonValue, type WuyeTx } from "../../db/index.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { dateColumn } from "./records.ts";
import type { LoadedFeeSchedule } from "./schedule.ts";

/**
 * Writes the domain's bills (R-FEE-4): each bill with its lines, every line carrying its amount,
 * the fee item and the standard in force, its basis and its bilingual explanation, and one
 * `issue` line in the bill's history (R-QLT-2). Rows go in with `createMany`, a few statements
 * however many bills a run issues. The unique (unit, fee item, period) index refuses a second
 * line for the same month (R-FEE-4), so a bill is never issued twice.
 */

/** The meter readings a metered line billed, by meter name (R-FEE-2). */
export type BilledReadings = ReadonlyMap<string, { readonly fromId: string; readonly toId: string }>;

export interface BillToWrite {
  readonly bill: Bill;
  readonly dueDate: IsoDate;
  readonly readings?: BilledReadings;
}

export interface WrittenBill {
  readonly billId: string;
  readonly unitId: string;
  readonly period: string;
}

/** `B202611-3F9A0C21D4`: the month, then random hex (numbers are unique across estates). */
function billNumber(period: string): string {
  return `B${period.replace("-", "")}-${randomBytes(5).toString("hex").toUpperCase()}`;
}

function lastDayOf(period: string): IsoDate {
  const [year, month] = period.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${period}-${String(last).padStart(2, "0")}`;
}

/** What the line's price applied to: area, count, consumption or pieces. */
function quantityOf(line: BillLine): string {
  const basis = line.basis;
  switch (basis.kind) {
    case "area":
      return basis.area;
    case "fixed":
      return String(basis.count);
    case "metered":
      return basis.consumption;
    case "oneOff":
      return basis.quantity;
  }
}

/** The line's basis for audit: proration, rounding, the exact amount before rounding, the rules. */
export function basisDetailOf(line: BillLine, bill: Bill) {
  return toJsonValue({
    ...line.basis,
    chargedFrom: bill.chargedFrom,
    chargedTo: bill.chargedTo,
    standard: line.standardId,
    explanation: line.explanation,
    rules: ["R-FEE-1", "R-FEE-2", "R-FEE-3"],
  });
}

export async function writeBills(
  tx: WuyeTx,
  loaded: LoadedFeeSchedule,
  toWrite: readonly BillToWrite[],
  issue: { readonly actor: Actor; readonly at: Date; readonly issuedOn: IsoDate },
): Promise<WrittenBill[]> {
  const bills: Prisma.BillCreateManyInput[] = [];
  const lines: Prisma.BillLineCreateManyInput[] = [];
  const events: Prisma.WorkflowEventCreateManyInput[] = [];
  const written: WrittenBill[] = [];
  for (const { bill, dueDate, readings } of toWrite) {
    const billId = uuidv7();
    const periodStart = dateColumn(`${bill.period}-01`);
    const periodEnd = dateColumn(lastDayOf(bill.period));
    bills.push({
      id: billId,
      estateId: loaded.estateId,
      unitId: bill.unitId,
      number: billNumber(bill.period),
      periodStart,
      periodEnd,
      issuedOn: dateColumn(issue.issuedOn),
      dueDate: dateColumn(dueDate),
      total: formatMoney(bill.total),
      status: "issued",
    });
    for (const line of bill.lines) {
      const feeItemId = loaded.itemIds.get(line.itemCode);
      const feeStandardId = loaded.standardIdFor(line.itemCode, bill.chargedFrom);
      if (!feeItemId || !feeStandardId) {
        throw new Error(`fee item ${line.itemCode} has no standard row in force on ${bill.chargedFrom}`);
      }
      const reading = line.basis.kind === "metered" ? readings?.get(line.basis.meter) : undefined;
      lines.push({
        billId,
        unitId: bill.unitId,
        feeItemId,
        feeStandardId,
        periodStart,
        periodEnd,
        quantity: quantityOf(line),
        unitPrice: line.basis.price,
        amount: formatMoney(line.amount),
        basis: line.explanation.zh,
        basisDetail: basisDetailOf(line, bill),
        readingFromId: reading?.fromId ?? null,
        readingToId: reading?.toId ?? null,
      });
    }
    events.push({
      workflow: "bill",
      recordId: billId,
      action: "issue",
      fromState: "issued",
      toState: "issued",
      actorId: issue.actor.role === "system" ? null : issue.actor.id,
      actorRole: issue.actor.role,
      at: issue.at,
      data: toJsonValue({ period: bill.period, total: bill.total, rules: ["R-FEE-4"] }),
    });
    written.push({ billId, unitId: bill.unitId, period: bill.period });
  }
  // Chunks keep each statement well under PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < bills.length; i += 2000) await tx.bill.createMany({ data: bills.slice(i, i + 2000) });
  for (let i = 0; i < lines.length; i += 2000)
    await tx.billLine.createMany({ data: lines.slice(i, i + 2000) });
  for (let i = 0; i < events.length; i += 2000) {
    await tx.workflowEvent.createMany({ data: events.slice(i, i + 2000) });
  }
  return written;
}
