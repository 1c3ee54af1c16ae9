import { calendarErrors, daysBetween, type IsoDate, isIsoDate } from "../calendar/index.ts";
import { addMoney, type Money, sumMoney, ZERO_MONEY } from "../money/index.ts";
import { assertLines, oldestFirst, outstandingOf } from "./lines.ts";
import type { OutstandingLine } from "./types.ts";

/** A line in arrears 欠费 on a date: its due date has passed and something is still owed. */
export interface ArrearsLine extends OutstandingLine {
  readonly outstanding: Money;
  /** Days since the due date: 1 on the day after it. */
  readonly daysPastDue: number;
}

/** R-FEE-8 age bands of arrears, in days past due. */
export type ArrearsAgeBand = "0-30" | "31-90" | "91-180" | "181-365" | "over-365";

/** The bands, with their bounds in days past due (`toDays` absent for the last, open band). */
export const ARREARS_AGE_BANDS: readonly { band: ArrearsAgeBand; fromDays: number; toDays?: number }[] = [
  { band: "0-30", fromDays: 0, toDays: 30 },
  { band: "31-90", fromDays: 31, toDays: 90 },
  { band: "91-180", fromDays: 91, toDays: 180 },
  { band: "181-365", fromDays: 181, toDays: 365 },
  { band: "over-365", fromDays: 366 },
];

export interface ArrearsBandTotal {
  readonly band: ArrearsAgeBand;
  readonly fromDays: number;
  readonly toDays?: number;
  readonly amount: Money;
  readonly lineIds: readonly string[];
}

/** Arrears by age on a date (账龄分析): every band listed, amounts adding up to `total` exactly. */
export interface ArrearsAging {
  readonly asOf: IsoDate;
  readonly bands: readonly ArrearsBandTotal[];
  readonly total: Money;
  readonly rules: readonly string[];
}

function assertAsOf(asOf: IsoDate): void {
  if (!isIsoDate(asOf)) throw calendarErrors.CAL_INVALID_DATE.error({ date: String(asOf) }, ["asOf"]);
}

/** R-FEE-5: after its due date, a line that is not fully paid is in arrears. */
export function isInArrears(line: OutstandingLine, asOf: IsoDate): boolean {
  assertAsOf(asOf);
  return outstandingOf(line) > 0n && daysBetween(line.dueDate, asOf) > 0;
}

/** R-FEE-5: the lines in arrears on `asOf`, oldest first, with what is owed and for how long. */
export function linesInArrears(lines: readonly OutstandingLine[], asOf: IsoDate): ArrearsLine[] {
  assertAsOf(asOf);
  assertLines(lines);
  return oldestFirst(lines)
    .filter((line) => isInArrears(line, asOf))
    .map((line) => ({
      ...line,
      outstanding: outstandingOf(line),
      daysPastDue: daysBetween(line.dueDate, asOf),
    }));
}

/** Which R-FEE-8 band a number of days past due falls in. */
export function arrearsAgeBandOf(daysPastDue: number): ArrearsAgeBand {
  const found = ARREARS_AGE_BANDS.find((b) => b.toDays === undefined || daysPastDue <= b.toDays);
  return found?.band ?? "over-365";
}

/** R-FEE-8: arrears on `asOf` grouped by age (0–30, 31–90, 91–180, 181–365, over 365 days). */
export function ageArrears(lines: readonly OutstandingLine[], asOf: IsoDate): ArrearsAging {
  const inArrears = linesInArrears(lines, asOf);
  const bands = ARREARS_AGE_BANDS.map(({ band, fromDays, toDays }) => {
    const members = inArrears.filter((line) => arrearsAgeBandOf(line.daysPastDue) === band);
    return {
      band,
      fromDays,
      ...(toDays === undefined ? {} : { toDays }),
      amount: members.reduce((sum, line) => addMoney(sum, line.outstanding), ZERO_MONEY),
      lineIds: members.map((line) => line.lineId),
    };
  });
  return { asOf, bands, total: sumMoney(bands.map((b) => b.amount)), rules: ["R-FEE-8"] };
}
