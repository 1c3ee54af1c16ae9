import type { Refusal } from "../errors/index.ts";
import { isDomainError } from "../errors/index.ts";
import type { Money } from "../money/index.ts";
import { billPreparedUnit, prepareUnit } from "./bill.ts";
import type { Bill } from "./bill-types.ts";
import { feeErrors } from "./errors.ts";
import type { MonthContext } from "./lines.ts";
import { billingMonth } from "./period.ts";
import type { FeeSchedule } from "./schedule.ts";
import type { BillableUnit, BillingPeriod, MeterReadings } from "./types.ts";

/** What the month-end billing run 月末出账 needs: the period to bill and the estate's units. */
export interface BillingRunInput {
  /** The month being billed, usually the month after the run (R-FEE-4). */
  readonly period: BillingPeriod;
  readonly units: Iterable<BillableUnit>;
  /** Meter readings for this run by unit id. */
  readonly readings?: ReadonlyMap<string, MeterReadings>;
}

/** A unit the run did not bill, and why: the refusal codes say what to fix. */
export interface SkippedUnit {
  readonly unitId: string;
  readonly refusals: readonly Refusal[];
}

/** The result of a billing run: the bills in input order, the units skipped, and totals. */
export interface BillingRun {
  readonly estateId: string;
  readonly period: BillingPeriod;
  readonly bills: readonly Bill[];
  readonly skipped: readonly SkippedUnit[];
  readonly lineCount: number;
  readonly total: Money;
}

const NO_OPTIONS = {};

/**
 * R-FEE-4: every billable unit's bill for one month. Pure and deterministic — the same schedule,
 * units and readings always give the same run — so the API can re-run it safely. A unit that
 * cannot be billed does not stop the run: it is listed in `skipped` with its refusals (not handed
 * over, charged from a later date, no standard in force, nothing to bill, a second entry for the
 * same unit, or the DomainError of malformed data such as a meter running backwards).
 */
export function runMonthlyBilling(schedule: FeeSchedule, input: BillingRunInput): BillingRun {
  const month = billingMonth(input.period);
  const bills: Bill[] = [];
  const skipped: SkippedUnit[] = [];
  const seen = new Set<string>();
  const contexts = new Map<number, MonthContext>();
  let lineCount = 0;
  let total = 0n;
  for (const unit of input.units) {
    if (seen.has(unit.id)) {
      const refusal = feeErrors.FEE_DUPLICATE_UNIT.refuse({ unitId: unit.id, period: month.period }, [
        "units",
      ]);
      skipped.push({ unitId: unit.id, refusals: [refusal] });
      continue;
    }
    seen.add(unit.id);
    try {
      const readings = input.readings?.get(unit.id);
      const options = readings ? { readings } : NO_OPTIONS;
      const outcome = billPreparedUnit(schedule, month, prepareUnit(schedule, unit), options, contexts);
      if (outcome.ok) {
        bills.push(outcome.bill);
        lineCount += outcome.bill.lines.length;
        total += outcome.bill.total;
      } else {
        skipped.push({ unitId: unit.id, refusals: outcome.refusals });
      }
    } catch (error) {
      // Bad data on one unit is reported with the unit, never lost, and never stops the others.
      if (!isDomainError(error)) throw error;
      skipped.push({ unitId: unit.id, refusals: [error.toRefusal()] });
    }
  }
  return {
    estateId: schedule.estateId,
    period: month.period,
    bills,
    skipped,
    lineCount,
    total: total as Money,
  };
}
