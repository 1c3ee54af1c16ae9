/**
 * An estate's arrears 欠费 as CSV: every bill past its due date and not fully paid (the API's
 * `bills(filter: { estateId, overdue: true })`), oldest due date first, paged through with the
 * SDK's async iteration so an estate of any size streams in constant memory.
 */
import type { Bill, WuyeClient } from "@wuye/client";
import { formatMoney, type Money, parseMoney, sumMoney } from "@wuye/domain";

export const ARREARS_COLUMNS = [
  "estate",
  "unit",
  "bill",
  "period",
  "due_date",
  "status",
  "total",
  "paid",
  "outstanding",
] as const;

export interface ArrearsExportOptions {
  /** The estate's global id (as the API returns it). */
  readonly estateId: string;
  /** Bills per request (1–100). @default 100 */
  readonly pageSize?: number;
  readonly signal?: AbortSignal;
}

export interface ArrearsSummary {
  readonly bills: number;
  readonly units: number;
  readonly pages: number;
  /** The sum of `outstanding`, exact: `"12345.60"`. */
  readonly outstanding: string;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

function arrearsRow(bill: Bill): string[] {
  return [
    bill.estate.name,
    bill.unit.number,
    bill.number,
    bill.period,
    bill.dueDate,
    bill.status,
    bill.total,
    bill.paid,
    bill.outstanding,
  ];
}

/**
 * Writes the header and one line per overdue bill through `write` (which may return a promise,
 * to respect a file stream's back-pressure), and returns the counts and the exact total owed.
 */
export async function exportArrears(
  client: WuyeClient,
  options: ArrearsExportOptions,
  write: (line: string) => void | Promise<void>,
): Promise<ArrearsSummary> {
  const bills = client.bills.list(
    {
      filter: { estateId: options.estateId, overdue: true },
      orderBy: { field: "DUE_DATE", direction: "ASC" },
      pageSize: options.pageSize ?? 100,
    },
    options.signal ? { signal: options.signal } : {},
  );
  await write(csvLine(ARREARS_COLUMNS));
  const owed: Money[] = [];
  const units = new Set<string>();
  let pages = 0;
  for await (const page of bills.pages()) {
    pages += 1;
    for (const bill of page.items) {
      await write(csvLine(arrearsRow(bill)));
      owed.push(parseMoney(bill.outstanding));
      units.add(bill.unit.id);
    }
  }
  return { bills: owed.length, units: units.size, pages, outstanding: formatMoney(sumMoney(owed)) };
}
