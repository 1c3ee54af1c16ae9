import type { IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import type { Quantity } from "../money/index.ts";
import type { Bill, BillLine, BillOutcome } from "./bill-types.ts";
import { feeErrors } from "./errors.ts";
import { readArea, readCount, readDate } from "./input.ts";
import { areaLine, fixedLine, type MonthContext, meteredLine, monthContext } from "./lines.ts";
import { measureConsumption } from "./meter.ts";
import { type BillingMonth, billingMonth, dayOfMonth, monthAfter, wholeMonthsBetween } from "./period.ts";
import { type FeeSchedule, findStandardInForce, isPreparedStandard } from "./schedule.ts";
import type { BillableUnit, BillingPeriod, MeterReadings } from "./types.ts";

/** A unit's inputs read and checked once, however many months are billed. */
export interface PreparedUnit {
  readonly unit: BillableUnit;
  readonly area: Quantity;
  readonly areaText: string;
  readonly parkingSpaces: number;
  /** First day fees are charged (R-FEE-3), absent before handover. */
  readonly chargeStart?: IsoDate;
}

/** Reads a unit's area, dates and counts, throwing the fee code of the first bad field. */
export function prepareUnit(schedule: FeeSchedule, unit: BillableUnit): PreparedUnit {
  const area = readArea(unit.buildingArea, ["unit", "buildingArea"]);
  const parkingSpaces = readCount(unit.parkingSpaces ?? 0, "Parking spaces", ["unit", "parkingSpaces"]);
  if (unit.vacantSince !== undefined) readDate(unit.vacantSince, "Vacant since", ["unit", "vacantSince"]);
  // The area is shown as recorded on the certificate; parsing proved it is a plain decimal.
  const areaText = unit.buildingArea.trim();
  if (unit.handoverDate === undefined) return { unit, area, areaText, parkingSpaces };
  const handover = readDate(unit.handoverDate, "Handover date", ["unit", "handoverDate"]);
  // R-FEE-3: fees start on the handover day by default; some cities start them the month after.
  const chargeStart =
    schedule.policy.chargeStart === "handoverDay"
      ? handover
      : monthAfter(billingMonth(handover.slice(0, 7)), 1).firstDay;
  return { unit, area, areaText, parkingSpaces, chargeStart };
}

/** Options of a monthly bill. */
export interface UnitBillOptions {
  /** Meter readings for this bill, keyed by meter name. */
  readonly readings?: MeterReadings;
  /** Bill metered items; `false` leaves them out, as the handover prepayment does. @default true */
  readonly includeMetered?: boolean;
}

/** The core of R-FEE-4 for one unit and one month, inputs already read. */
export function billPreparedUnit(
  schedule: FeeSchedule,
  month: BillingMonth,
  unit: PreparedUnit,
  options: UnitBillOptions = {},
  contexts?: Map<number, MonthContext>,
): BillOutcome {
  const { id, unitType, vacantSince } = unit.unit;
  const chargeStart = unit.chargeStart;
  if (chargeStart === undefined)
    return refused(feeErrors.FEE_NOT_HANDED_OVER.refuse({ unitId: id }, ["unit"]));
  if (chargeStart > month.lastDay) {
    return refused(
      feeErrors.FEE_NOT_YET_CHARGEABLE.refuse({ unitId: id, period: month.period, chargeStart }, ["period"]),
    );
  }
  // ISO dates compare as strings; the first day charged is the later of charge start and the 1st.
  let chargedFrom = month.firstDay;
  if (chargeStart > chargedFrom) chargedFrom = chargeStart;
  // R-FEE-1: the standard in force on the first day charged. A standard taking effect later in
  // the month first applies to the next bill (README: "Standards changing mid-month").
  const standard = findStandardInForce(schedule, unitType, chargedFrom);
  if (!isPreparedStandard(standard)) return refused(standard);

  const chargedDays =
    schedule.policy.proration === "wholeMonth" ? month.days : month.days - dayOfMonth(chargedFrom) + 1;
  const ctx = contextFor(
    schedule,
    month,
    chargedDays,
    vacancyOf(schedule, vacantSince, chargedFrom),
    contexts,
  );

  const readings = options.readings;
  const includeMetered = options.includeMetered ?? true;
  if (readings && includeMetered) {
    for (const meter of Object.keys(readings)) {
      if (!standard.meters.has(meter)) {
        throw feeErrors.FEE_UNKNOWN_METER.error({ meter, standardId: standard.standard.id }, [
          "readings",
          meter,
        ]);
      }
    }
  }
  const lines: BillLine[] = [];
  const missingReadings: string[] = [];
  for (const prepared of standard.billedItems) {
    const item = prepared.item;
    if (item.kind === "area") {
      lines.push(areaLine(prepared, unit.area, unit.areaText, ctx));
    } else if (item.kind === "fixed") {
      const count = item.per === "unit" ? 1 : unit.parkingSpaces;
      if (count > 0) lines.push(fixedLine(prepared, count, ctx));
    } else if (item.kind === "metered" && includeMetered) {
      const reading = readings?.[item.meter];
      if (reading) {
        lines.push(
          meteredLine(prepared, item.meter, reading, measureConsumption(item.meter, reading), schedule),
        );
      } else missingReadings.push(item.code);
    }
  }
  if (lines.length === 0) {
    return refused(feeErrors.FEE_NOTHING_TO_BILL.refuse({ unitId: id, period: month.period }, ["unit"]));
  }
  let total = 0n;
  for (const billed of lines) total += billed.amount;
  const bill: Bill = {
    unitId: id,
    period: month.period,
    estateId: schedule.estateId,
    standardId: standard.standard.id,
    chargedFrom,
    chargedTo: month.lastDay,
    // A copy sized to its lines: the pushed-to array keeps spare slots, 10 MB over a 100,000-unit run.
    lines: lines.slice(),
    total: total as Bill["total"],
    missingReadings,
  };
  return { ok: true, bill };
}

/** A billing run shares the contexts of units without a vacancy discount, keyed by days charged. */
function contextFor(
  schedule: FeeSchedule,
  month: BillingMonth,
  chargedDays: number,
  vacancy: { vacantSince: IsoDate; vacantMonths: number } | undefined,
  contexts: Map<number, MonthContext> | undefined,
): MonthContext {
  if (vacancy || !contexts) return monthContext(schedule, chargedDays, month.days, vacancy);
  let ctx = contexts.get(chargedDays);
  if (!ctx) {
    ctx = monthContext(schedule, chargedDays, month.days);
    contexts.set(chargedDays, ctx);
  }
  return ctx;
}

/** R-FEE-11: whether the unit has been vacant long enough by the first day charged. */
function vacancyOf(
  schedule: FeeSchedule,
  vacantSince: IsoDate | undefined,
  chargedFrom: IsoDate,
): { vacantSince: IsoDate; vacantMonths: number } | undefined {
  const discount = schedule.vacancyDiscount;
  if (!discount || vacantSince === undefined || vacantSince > chargedFrom) return undefined;
  const vacantMonths = wholeMonthsBetween(vacantSince, chargedFrom);
  return vacantMonths >= discount.minimumVacantMonths ? { vacantSince, vacantMonths } : undefined;
}

function refused(refusal: Refusal): BillOutcome {
  return { ok: false, refusals: [refusal] };
}

/**
 * R-FEE-4: a unit's bill for one month, itemised, each line with its basis and a bilingual
 * explanation. Refusals come back as values (FEE_NOT_HANDED_OVER, FEE_NOT_YET_CHARGEABLE,
 * FEE_NO_STANDARD_IN_FORCE, FEE_NOTHING_TO_BILL); malformed input throws a `DomainError`.
 */
export function computeUnitBill(
  schedule: FeeSchedule,
  unit: BillableUnit,
  period: BillingPeriod,
  options: UnitBillOptions = {},
): BillOutcome {
  return billPreparedUnit(schedule, billingMonth(period), prepareUnit(schedule, unit), options);
}
