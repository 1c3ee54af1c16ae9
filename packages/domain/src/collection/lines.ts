import { calendarErrors, isIsoDate } from "../calendar/index.ts";
import { formatMoney, type Money, subtractMoney } from "../money/index.ts";
import { collectionErrors } from "./errors.ts";
import type { MoneyMovementRecord, OutstandingLine } from "./types.ts";

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Throws `COL_INVALID_PERIOD` unless `period` is a month written `YYYY-MM`. */
export function assertPeriod(period: string, path: readonly string[] = ["period"]): void {
  const match = typeof period === "string" ? PERIOD.exec(period) : null;
  if (!match || Number(match[1]) < 1) throw collectionErrors.COL_INVALID_PERIOD.error({ period }, path);
}

/** What is still owed on a line (欠费). */
export function outstandingOf(line: OutstandingLine): Money {
  return subtractMoney(line.amount, line.settled);
}

/**
 * Checks a list of lines as bad input: ids unique, amounts non-negative, `0 ≤ settled ≤ amount`,
 * real due dates and periods. Thrown, because a caller that sends such lines has a bug.
 */
export function assertLines(lines: readonly OutstandingLine[]): void {
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    const at = (field: string) => ["lines", String(index), field];
    if (seen.has(line.lineId))
      throw collectionErrors.COL_DUPLICATE_LINE.error({ lineId: line.lineId }, at("lineId"));
    seen.add(line.lineId);
    if (line.amount < 0n) {
      throw collectionErrors.COL_LINE_NEGATIVE_AMOUNT.error(
        { lineId: line.lineId, amount: formatMoney(line.amount, { symbol: true }) },
        at("amount"),
      );
    }
    if (line.settled < 0n || line.settled > line.amount) {
      throw collectionErrors.COL_LINE_SETTLED_OUT_OF_RANGE.error(
        {
          lineId: line.lineId,
          settled: formatMoney(line.settled, { symbol: true }),
          amount: formatMoney(line.amount, { symbol: true }),
        },
        at("settled"),
      );
    }
    if (!isIsoDate(line.dueDate)) {
      throw calendarErrors.CAL_INVALID_DATE.error({ date: String(line.dueDate) }, at("dueDate"));
    }
    assertPeriod(line.period, at("period"));
  });
}

/**
 * R-FEE-6 order: the oldest line first — earliest due date, then earliest period, then the
 * order the lines were given in. ISO dates and periods sort correctly as text.
 */
export function oldestFirst<L extends OutstandingLine>(lines: readonly L[]): L[] {
  return lines
    .map((line, index) => ({ line, index }))
    .sort(
      (a, b) =>
        compareText(a.line.dueDate, b.line.dueDate) ||
        compareText(a.line.period, b.line.period) ||
        a.index - b.index,
    )
    .map(({ line }) => line);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** R-FEE-9: every movement has an author, a valid time and a reason. Thrown: it is bad input. */
export function assertMovementRecord(record: MoneyMovementRecord): void {
  if (!record.author || typeof record.author.id !== "string" || record.author.id.trim() === "") {
    throw collectionErrors.COL_MISSING_AUTHOR.error(undefined, ["author"]);
  }
  if (!(record.at instanceof Date) || Number.isNaN(record.at.getTime())) {
    throw collectionErrors.COL_INVALID_TIME.error({ value: String(record.at) }, ["at"]);
  }
  if (typeof record.reason !== "string" || record.reason.trim() === "") {
    throw collectionErrors.COL_MISSING_REASON.error(undefined, ["reason"]);
  }
}
