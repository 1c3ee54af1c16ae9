import {
  type Bill,
  type BillableUnit,
  billDueDate,
  billingPeriodOf,
  formatMoney,
  type IsoDate,
  type MeterReadings,
  type Money,
  runMonthlyBilling,
  shiftBillingPeriod,
} from "@wuye/domain";
import { basisDetailOf } from "../services/fees/bill-writer.ts";
import type { SeedTables } from "./bulk-writer.ts";
import {
  billIssueDate,
  businessDate,
  instantOn,
  periodFirstDay,
  periodLastDay,
  periodsEndingAt,
} from "./clock.ts";
import { actorOf, type EstateSeed, type SeedContext, type UnitPlan } from "./context.ts";
import { billableUnit, segmentOn, type UnitLife } from "./residents.ts";
import { writeWorkflowEvent } from "./workflow-events.ts";

/** Twelve months of bills: the month that contains "now" and the eleven before it. */
export const BILLED_MONTHS = 12;
/** Owners who stopped paying long ago are billed this many months further back (R-FEE-8). */
export const LONG_ARREARS_EXTRA_MONTHS = 6;

/** A bill line as the payment simulation tracks it: the domain's `OutstandingLine`, and more. */
export interface TrackedLine {
  readonly lineId: string;
  readonly billId: string;
  readonly unitId: string;
  readonly period: string;
  readonly dueDate: IsoDate;
  readonly amount: Money;
  settled: Money;
  readonly issuedAt: Date;
  /** What the line is for, in the cashier's words ("2026年3月物业服务费"). */
  readonly label: string;
}

/** A bill and its lines, issued at `issuedAt`; its row is written once the payments set its status. */
export interface TrackedBill {
  readonly billId: string;
  readonly unitId: string;
  readonly period: string;
  readonly issuedAt: Date;
  readonly dueDate: IsoDate;
  readonly total: Money;
  readonly lines: readonly TrackedLine[];
  readonly prepaid: boolean;
  readonly row: SeedTables["Bill"];
}

interface MeterSeed {
  readonly id: string;
  /** Reading ids and values by the month-end date they were read on. */
  readonly readings: ReadonlyMap<IsoDate, { readonly id: string; readonly value: string }>;
}

/**
 * R-FEE-1…4, R-HND-3: the chunk's bills, computed by the domain — `computeHandoverPrepayment` for
 * units handed over during the window (their first months are billed and paid at handover),
 * `runMonthlyBilling` for every other month. Each bill and line is written with its basis, the
 * fee standard in force and, for the shops' electricity, the readings it bills.
 */
export function writeChunkBills(ctx: SeedContext, lives: readonly UnitLife[]): Map<string, TrackedBill[]> {
  const periods = periodsEndingAt(ctx.today, BILLED_MONTHS);
  const windowStart = periodFirstDay(periods[0]!);
  const billsByUnit = new Map<string, TrackedBill[]>();
  const add = (life: UnitLife, bill: Bill, issuedAt: Date, prepaid: boolean, meter?: MeterSeed) => {
    const tracked = writeBill(ctx, life.estate, life.plan, bill, issuedAt, prepaid, meter);
    const list = billsByUnit.get(life.plan.id);
    if (list) list.push(tracked);
    else billsByUnit.set(life.plan.id, [tracked]);
  };

  const monthly = new Map<string, UnitLife[]>(); // by period
  const meters = new Map<string, MeterSeed>();
  for (const life of lives) {
    const handover = life.plan.handoverDate;
    if (!handover || life.status === "awaitingHandover") continue;
    if (life.plan.type === "commercial") meters.set(life.plan.id, writeMeter(ctx, life, periods));
    let first = periods[0]!;
    if (handover >= windowStart && life.prepayment) {
      // R-HND-3: the prepaid months are that month's bills, issued and paid at handover.
      const at = instantOn(handover, 10, 30);
      for (const bill of life.prepayment.bills) add(life, bill, at, true);
      first = shiftBillingPeriod(billingPeriodOf(life.prepayment.coveredTo), 1);
    }
    const from =
      life.plan.profile.kind === "longArrears"
        ? shiftBillingPeriod(first, -LONG_ARREARS_EXTRA_MONTHS)
        : first;
    for (let period = from; period <= periods.at(-1)!; period = shiftBillingPeriod(period, 1)) {
      const list = monthly.get(period);
      if (list) list.push(life);
      else monthly.set(period, [life]);
    }
  }

  for (const period of [...monthly.keys()].sort()) {
    const lifes = monthly.get(period)!;
    for (const estate of new Set(lifes.map((l) => l.estate))) {
      const own = lifes.filter((l) => l.estate === estate);
      const units: BillableUnit[] = own.map((life) => {
        const segment = segmentOn(life, periodFirstDay(period));
        return billableUnit(life.plan, segment?.status === "vacant" ? segment.since : undefined);
      });
      const readings = new Map<string, MeterReadings>();
      for (const life of own) {
        const meter = meters.get(life.plan.id);
        const from = meter?.readings.get(periodLastDay(shiftBillingPeriod(period, -2)));
        const to = meter?.readings.get(periodLastDay(shiftBillingPeriod(period, -1)));
        if (from && to) readings.set(life.plan.id, { electricity: { from: from.value, to: to.value } });
      }
      // R-FEE-4: the month-end run bills every unit at once; refusals (not yet chargeable) are skipped.
      const run = runMonthlyBilling(estate.fees.schedule, { period, units, readings });
      const byId = new Map(own.map((life) => [life.plan.id, life]));
      for (const bill of run.bills) {
        const life = byId.get(bill.unitId)!;
        add(life, bill, instantOn(billIssueDate(period), 18), false, meters.get(bill.unitId));
      }
    }
  }
  return billsByUnit;
}

function writeBill(
  ctx: SeedContext,
  estate: EstateSeed,
  plan: UnitPlan,
  bill: Bill,
  issuedAt: Date,
  prepaid: boolean,
  meter: MeterSeed | undefined,
): TrackedBill {
  const { writer, ids } = ctx;
  const billId = ids.next();
  const periodStart = periodFirstDay(bill.period);
  const periodEnd = periodLastDay(bill.period);
  // R-HND-3: the prepaid months are due at the handover desk; a monthly bill at its month's end.
  const dueDate = prepaid ? businessDate(issuedAt) : billDueDate(bill.period);
  const issuedOn = businessDate(issuedAt);
  const [year, month] = [bill.period.slice(0, 4), Number(bill.period.slice(5, 7))];
  const lines: TrackedLine[] = bill.lines.map((line) => {
    const lineId = ids.next();
    const basis = line.basis;
    const quantity =
      basis.kind === "area"
        ? basis.area
        : basis.kind === "fixed"
          ? String(basis.count)
          : basis.kind === "metered"
            ? basis.consumption
            : basis.quantity;
    const reading =
      basis.kind === "metered" && meter
        ? {
            readingFromId: meter.readings.get(periodLastDay(shiftBillingPeriod(bill.period, -2)))?.id ?? null,
            readingToId: meter.readings.get(periodLastDay(shiftBillingPeriod(bill.period, -1)))?.id ?? null,
          }
        : { readingFromId: null, readingToId: null };
    writer.add("BillLine", {
      id: lineId,
      billId,
      unitId: plan.id,
      feeItemId: estate.fees.itemIds.get(line.itemCode)!,
      feeStandardId: estate.fees.standardIdFor(line.itemCode, bill.chargedFrom),
      periodStart,
      periodEnd,
      quantity,
      unitPrice: basis.price,
      amount: formatMoney(line.amount),
      basis: line.explanation.zh,
      basisDetail: basisDetailOf(line, bill),
      ...reading,
      createdAt: issuedAt,
    });
    return {
      lineId,
      billId,
      unitId: plan.id,
      period: bill.period,
      dueDate,
      amount: line.amount,
      settled: 0n as Money,
      issuedAt,
      label: `${year}年${month}月${line.itemName.zh}`,
    };
  });
  // Status, version and the time of the last change follow from the payments (payments.ts).
  const row: SeedTables["Bill"] = {
    id: billId,
    estateId: estate.id,
    unitId: plan.id,
    number: `${estate.code}-${bill.period.replace("-", "")}-${String(plan.index + 1).padStart(6, "0")}`,
    periodStart,
    periodEnd,
    issuedOn,
    dueDate,
    total: formatMoney(bill.total),
    status: "issued",
    version: 0,
    createdAt: issuedAt,
    updatedAt: issuedAt,
  };
  // R-QLT-2: the bill's first history line, as the API's billing run writes it.
  writeWorkflowEvent(ctx.writer, ctx.ids, billId, {
    workflow: "bill",
    action: "issue",
    from: "issued",
    to: "issued",
    actor: actorOf(estate.staff.cashier),
    at: issuedAt,
    data: { period: bill.period, total: bill.total, rules: ["R-FEE-4"] },
  });
  return {
    billId,
    unitId: plan.id,
    period: bill.period,
    issuedAt,
    dueDate,
    total: bill.total,
    lines,
    prepaid,
    row,
  };
}

/** A shop's electricity meter and its month-end readings (R-FEE-2), read by engineering. */
function writeMeter(ctx: SeedContext, life: UnitLife, periods: readonly string[]): MeterSeed {
  const random = ctx.random.fork(`meter:${life.plan.index}`);
  const id = ctx.ids.next();
  const installed = life.plan.handoverDate!;
  ctx.writer.add("Meter", {
    id,
    estateId: life.estate.id,
    unitId: life.plan.id,
    kind: "electricity",
    serialNumber: `${life.estate.code}-E-${String(life.plan.index + 1).padStart(6, "0")}`,
    multiplier: "1",
    installedOn: installed,
    createdAt: instantOn(installed, 9),
    updatedAt: instantOn(installed, 9),
  });
  const readings = new Map<IsoDate, { id: string; value: string }>();
  let value = random.int(1_000, 60_000);
  const reader = life.estate.staff.engineering;
  for (let offset = -2; offset < periods.length - 1; offset++) {
    const readOn = periodLastDay(shiftBillingPeriod(periods[0]!, offset));
    if (readOn < installed || readOn >= ctx.today) continue;
    const reading = { id: ctx.ids.next(), value: String(value) };
    readings.set(readOn, reading);
    ctx.writer.add("MeterReading", {
      id: reading.id,
      meterId: id,
      readOn,
      value: reading.value,
      readById: random.pick(reader).id,
      createdAt: instantOn(readOn, 16),
    });
    value += random.int(150, 1_500);
  }
  return { id, readings };
}
