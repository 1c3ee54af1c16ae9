import {
  type BillableUnit,
  billDueDate,
  businessDateOf,
  feeStandardInForce,
  type MeterReadings,
  type Money,
  type Refusal,
  runMonthlyBilling,
  shiftBillingPeriod,
  ZERO_MONEY,
} from "@wuye/domain";
import { isUniqueViolation, type WuyeTx } from "../../db/index.ts";
import { ConflictError, NotFoundError } from "../../errors/index.ts";
import { applyCreditInRun } from "../collection/credit.ts";
import { callDomain, type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { authorizeEstateAction, BILLING_ROLES } from "./access.ts";
import { type BilledReadings, writeBills } from "./bill-writer.ts";
import { dateColumn, decimalTextOf, isoOf } from "./records.ts";
import { type LoadedFeeSchedule, loadFeeSchedule } from "./schedule.ts";

/**
 * The month-end billing run 月末出账 (R-FEE-4) of one estate: every billable unit's bill for the
 * period, computed by the domain's `runMonthlyBilling`. Idempotent: units that already have a
 * bill line for the period are left out (and counted), runs of one estate queue behind a lock on
 * the estate's row, and the unique (unit, fee item, period) index is the last guard, so running
 * it twice bills nothing twice. Units the rules refuse are reported with the domain's reasons.
 */

export interface BillingRunInput {
  readonly estateId: GlobalId;
  readonly period: string;
  /** R-FEE-6: spend each unit's prepaid credit on its new bills. @default true */
  readonly applyCredit?: boolean | null;
}

export interface BillingRunResult {
  readonly estateId: string;
  readonly period: string;
  readonly billIds: readonly string[];
  readonly lineCount: number;
  readonly total: Money;
  readonly alreadyBilled: number;
  readonly skipped: readonly { readonly unitId: string; readonly refusals: readonly Refusal[] }[];
  readonly creditApplied: Money;
}

/** Queues billing writes of one estate behind each other (not a key lock: inserts still pass). */
export async function lockEstateBilling(tx: WuyeTx, estateId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Estate" WHERE "id" = ${estateId}::uuid FOR NO KEY UPDATE`;
}

/** Units of the estate that already have a line for the period (of a bill not cancelled). */
export async function unitsBilledFor(tx: WuyeTx, estateId: string, periodStart: Date, unitIds?: string[]) {
  const rows = await tx.billLine.findMany({
    where: {
      periodStart,
      bill: { estateId, status: { not: "cancelled" } },
      ...(unitIds ? { unitId: { in: unitIds } } : {}),
    },
    distinct: ["unitId"],
    select: { unitId: true },
  });
  return new Set(rows.map((row) => row.unitId));
}

/** What the domain needs of each unit: type, area, handover, parking spaces, vacancy (R-FEE-11). */
async function billableUnits(tx: WuyeTx, estateId: string, timeZone: string, skip: ReadonlySet<string>) {
  const rows = await tx.unit.findMany({
    where: { estateId },
    select: { id: true, type: true, buildingArea: true, handoverDate: true, status: true },
    orderBy: [{ buildingId: "asc" }, { number: "asc" }, { id: "asc" }],
  });
  const units = rows.filter((row) => !skip.has(row.id));
  const spaces = await tx.parkingSpace.groupBy({
    by: ["unitId"],
    where: { estateId, unitId: { not: null }, kind: { in: ["owned", "rented"] } },
    _count: { _all: true },
  });
  const spacesOf = new Map(spaces.map((s) => [s.unitId, s._count._all]));
  const vacantIds = units.filter((u) => u.status === "vacant").map((u) => u.id);
  const vacated: { recordId: string; at: Date }[] = [];
  // In slices: an `in` list of at most 10,000 ids keeps each statement under the bind limit.
  for (let i = 0; i < vacantIds.length; i += 10_000) {
    vacated.push(
      ...(await tx.workflowEvent.findMany({
        where: {
          workflow: "unit occupancy",
          toState: "vacant",
          recordId: { in: vacantIds.slice(i, i + 10_000) },
        },
        orderBy: [{ recordId: "asc" }, { at: "desc" }],
        distinct: ["recordId"],
        select: { recordId: true, at: true },
      })),
    );
  }
  const vacantSince = new Map(vacated.map((e) => [e.recordId, businessDateOf(e.at, timeZone)]));
  return units.map(
    (row): BillableUnit => ({
      id: row.id,
      unitType: row.type,
      buildingArea: row.buildingArea.toFixed(2),
      ...(row.handoverDate ? { handoverDate: isoOf(row.handoverDate) } : {}),
      ...(spacesOf.get(row.id) ? { parkingSpaces: spacesOf.get(row.id) } : {}),
      ...(vacantSince.get(row.id) ? { vacantSince: vacantSince.get(row.id) } : {}),
    }),
  );
}

/**
 * R-FEE-2: each unit's readings for the period — the latest reading before the month and the one
 * before it, for meters the unit's standard bills; a reading pair already billed is not reused.
 */
async function readingsFor(
  tx: WuyeTx,
  loaded: LoadedFeeSchedule,
  units: readonly BillableUnit[],
  firstDay: string,
): Promise<{ readings: Map<string, MeterReadings>; billed: Map<string, BilledReadings> }> {
  const meters = await tx.meter.findMany({
    // The estate's meters rather than an `in` list of its units: a large estate passes the bind limit.
    where: { estateId: loaded.estateId, unitId: { not: null } },
    select: {
      unitId: true,
      kind: true,
      readings: {
        where: { readOn: { lt: dateColumn(firstDay) } },
        orderBy: { readOn: "desc" },
        take: 2,
        select: { id: true, value: true, linesTo: { select: { id: true }, take: 1 } },
      },
    },
  });
  const byUnit = new Map(units.map((u) => [u.id, u]));
  const readings = new Map<string, MeterReadings>();
  const billed = new Map<string, BilledReadings>();
  for (const meter of meters) {
    const unit = meter.unitId ? byUnit.get(meter.unitId) : undefined;
    const [to, from] = meter.readings;
    if (!unit || !to || !from || to.linesTo.length > 0) continue;
    const standard = feeStandardInForce(loaded.schedule, unit.unitType, firstDay);
    const metered = standard?.items.some((item) => item.kind === "metered" && item.meter === meter.kind);
    if (!metered) continue;
    readings.set(unit.id, {
      ...readings.get(unit.id),
      [meter.kind]: { from: decimalTextOf(from.value, 3), to: decimalTextOf(to.value, 3) },
    });
    billed.set(
      unit.id,
      new Map([...(billed.get(unit.id) ?? []), [meter.kind, { fromId: from.id, toId: to.id }]]),
    );
  }
  return { readings, billed };
}

export async function runBilling(sc: ServiceContext, input: BillingRunInput): Promise<BillingRunResult> {
  const estateId = idOf(input.estateId, "Estate", "estate", ["input", "estateId"]);
  const estate = await sc.prisma.estate.findUnique({
    where: { id: estateId },
    select: { id: true, companyId: true },
  });
  if (!estate) throw new NotFoundError("estate", ["input", "estateId"]);
  authorizeEstateAction(
    sc,
    estate,
    BILLING_ROLES,
    { what: "estate", path: ["input", "estateId"] },
    "fees:write",
  );
  const period = callDomain(() => shiftBillingPeriod(input.period, 0));
  const actor = sc.viewer.actorIn(estateId, [...BILLING_ROLES]);

  // The unique (unit, fee item, period) index is the last guard against billing a month twice.
  return onDuplicateBill(() =>
    sc.prisma.$transaction(
      async (tx) => {
        await lockEstateBilling(tx, estateId);
        const loaded = await loadFeeSchedule(tx, estateId);
        const firstDay = `${period}-01`;
        const already = await unitsBilledFor(tx, estateId, dateColumn(firstDay));
        const units = await billableUnits(tx, estateId, loaded.policy.timeZone, already);
        const { readings, billed } = await readingsFor(tx, loaded, units, firstDay);
        const run = runMonthlyBilling(loaded.schedule, { period, units, readings });
        const dueDate = callDomain(() => billDueDate(period, loaded.policy.dueDate), ["policy"]);
        const written = await writeBills(
          tx,
          loaded,
          run.bills.map((bill) => ({
            bill,
            dueDate,
            ...(billed.has(bill.unitId) ? { readings: billed.get(bill.unitId) } : {}),
          })),
          { actor, at: sc.now, issuedOn: businessDateOf(sc.now, loaded.policy.timeZone) },
        );
        const creditApplied =
          input.applyCredit === false
            ? ZERO_MONEY
            : await applyCreditInRun(
                tx,
                sc,
                estateId,
                written.map((w) => w.unitId),
                actor,
              );
        return {
          estateId,
          period,
          billIds: written.map((w) => w.billId),
          lineCount: run.lineCount,
          total: run.total,
          alreadyBilled: already.size,
          skipped: run.skipped,
          creditApplied,
        };
      },
      { timeout: 300_000, maxWait: 60_000 },
    ),
  );
}

/** A bill line the unique index refused (someone billed the month meanwhile) is a conflict. */
export async function onDuplicateBill<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw ConflictError.stale("bill");
    throw error;
  }
}
