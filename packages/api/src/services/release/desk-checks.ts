import {
  addDays,
  businessDateOf,
  type IsoDate,
  type Money,
  type OutstandingCharge,
  parseMoney,
  type ReleaseHistoryEntry,
  type ReleasePolicy,
  startOfBusinessDate,
  subtractMoney,
  sumMoney,
  type UnitAccountStatement,
} from "@wuye/domain";
import type { WuyeDb } from "../../db/index.ts";
import { dateColumn } from "../estate-dates.ts";
import { eventsOfPasses } from "./load.ts";
import { releasePassFromHistory } from "./record.ts";

/**
 * What the desk brings to a release decision besides the pass: the unit's account as of today
 * (R-REL-3, from its bill lines and the ledger) and the unit's earlier passes (R-REL-2's
 * unusual-removal flag).
 */

const money = (decimal: { toFixed(places: number): string }): Money => parseMoney(decimal.toFixed(2));

/** Utilities are collected on the utility's behalf (metered items); one-off items are "other". */
function chargeKind(item: {
  readonly kind: string;
  readonly collectedOnBehalf: boolean;
}): OutstandingCharge["kind"] {
  if (item.collectedOnBehalf || item.kind === "metered") return "utility";
  if (item.kind === "oneOff") return "other";
  return "propertyFee";
}

/**
 * R-REL-3: everything the unit owes up to and including `today` — each bill line charged for a
 * period that has begun, less what payments and credit settled on it (allocations less their
 * reversals). Cancelled bills owe nothing.
 */
export async function unitAccountStatement(
  prisma: WuyeDb,
  unitId: string,
  today: IsoDate,
): Promise<UnitAccountStatement> {
  const lines = await prisma.billLine.findMany({
    where: {
      unitId,
      periodStart: { lte: dateColumn(today) },
      bill: { status: { not: "cancelled" } },
    },
    orderBy: [{ periodStart: "asc" }, { id: "asc" }],
    select: {
      amount: true,
      periodStart: true,
      feeItem: { select: { name: true, kind: true, collectedOnBehalf: true } },
      allocations: { select: { amount: true, reversalOfId: true } },
    },
  });
  const outstanding: OutstandingCharge[] = [];
  for (const line of lines) {
    const settled = sumMoney(
      line.allocations.map((a) =>
        a.reversalOfId === null ? money(a.amount) : subtractMoney(0n as Money, money(a.amount)),
      ),
    );
    const owed = subtractMoney(money(line.amount), settled);
    if (owed <= 0n) continue;
    outstanding.push({
      kind: chargeKind(line.feeItem),
      label: `${line.feeItem.name} ${line.periodStart.toISOString().slice(0, 7)}`,
      amount: owed,
    });
  }
  return { unitId, asOf: today, outstanding };
}

/**
 * R-REL-2: the unit's passes issued within the unusual-removal window ending today (their
 * approval date is the date they were issued), with their items as written on them.
 */
export async function unitReleaseHistory(
  prisma: WuyeDb,
  unitId: string,
  today: IsoDate,
  policy: ReleasePolicy,
): Promise<ReleaseHistoryEntry[]> {
  const since = startOfBusinessDate(addDays(today, -policy.unusualRemoval.withinDays), policy.timeZone);
  const rows = await prisma.releasePass.findMany({
    where: { unitId, approvedAt: { gte: since } },
    select: { id: true, unitId: true, status: true, approvedAt: true },
  });
  const events = await eventsOfPasses(
    prisma,
    rows.map((r) => r.id),
  );
  return rows.flatMap((row) => {
    const pass = releasePassFromHistory(row, events.get(row.id) ?? []);
    if (!pass || !row.approvedAt) return [];
    return [
      {
        id: row.id,
        unitId: row.unitId,
        date: businessDateOf(row.approvedAt, policy.timeZone),
        reason: pass.reason,
        items: pass.items,
      },
    ];
  });
}
