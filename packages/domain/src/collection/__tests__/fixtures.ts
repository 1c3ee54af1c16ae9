import { type Money, parseMoney } from "../../money/index.ts";
import type { MoneyMovementRecord, OutstandingLine } from "../index.ts";

export const cashier = { id: "staff-7", role: "cashier", name: "王会计" };
export const at = new Date("2026-11-21T02:00:00Z");
export const record: MoneyMovementRecord = { author: cashier, at, reason: "WeChat Pay 4200001234" };

/** A line of unit 3-1-502, unpaid unless `settled` says otherwise. */
export function line(
  lineId: string,
  amount: string,
  overrides: Partial<Omit<OutstandingLine, "amount" | "settled">> & { settled?: string } = {},
): OutstandingLine {
  const { settled = "0", ...rest } = overrides;
  return {
    lineId,
    billId: `bill-${lineId}`,
    unitId: "3-1-502",
    period: "2026-10",
    dueDate: "2026-10-31",
    amount: parseMoney(amount),
    settled: parseMoney(settled),
    ...rest,
  };
}

export const yuan = (text: string): Money => parseMoney(text);
