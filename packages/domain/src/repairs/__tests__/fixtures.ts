import { DomainError } from "../../errors/index.ts";
import { parseMoney } from "../../money/index.ts";
import {
  decideRepairWarranty,
  quoteRepair,
  type RepairOrder,
  type RepairPriceList,
  type RepairQuote,
  type RepairTechnician,
  registerRepair,
} from "../index.ts";

/** 09:00 in Beijing on Friday 20 November 2026. */
export const requestedAt = new Date("2026-11-20T01:00:00Z");

export function minutesAfter(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}

export const plumber: RepairTechnician = { id: "t-1", name: "Zhang Shifu", trades: ["plumbing", "general"] };
export const electrician: RepairTechnician = { id: "t-2", name: "Li Shifu", trades: ["electrical"] };

export const priceList: RepairPriceList = {
  id: "2026 price list",
  items: [
    {
      code: "L-VISIT",
      name: "Call-out and labour",
      kind: "labour",
      unit: "hour",
      price: parseMoney("33.33"),
    },
    { code: "M-VALVE", name: "Angle valve", kind: "materials", unit: "piece", price: parseMoney("25.00") },
    { code: "M-HOSE", name: "Braided hose", kind: "materials", unit: "m", price: parseMoney("12.50") },
  ],
};

/** One angle valve at ¥25.00, no labour. */
export const leakyValveQuote: RepairQuote = (() => {
  const result = quoteRepair(priceList, [{ code: "M-VALVE", quantity: "1" }]);
  if (!result.ok) throw new Error("the fixture price list has M-VALVE");
  return result.quote;
})();

/** The unit was handed over on 1 July 2023: plumbing is covered until 30 June 2025. */
export const plumbingExpired = decideRepairWarranty({
  category: "plumbing",
  handoverDate: "2023-07-01",
  on: "2026-11-20",
});
export const plumbingCovered = decideRepairWarranty({
  category: "plumbing",
  handoverDate: "2025-07-01",
  on: "2026-11-20",
});

export const newOrder: RepairOrder = registerRepair({
  id: "R-2026-0001",
  unitId: "3-2-1501",
  reportedBy: "Wang Fang",
  contact: "13800000000",
  description: "Kitchen angle valve leaks",
  category: "plumbing",
  trade: "plumbing",
  requestedAt,
});

/** An order as the workflow would have left it in `status` (paid path where it matters). */
export function orderIn(status: RepairOrder["status"]): RepairOrder {
  const responded = { ...newOrder, respondedAt: minutesAfter(requestedAt, 10), onSiteNow: false };
  const assigned = { ...responded, technician: plumber };
  const paid = { kind: "paid", quote: leakyValveQuote, reason: "Valve worn out of warranty" } as const;
  const accepted = { ...paid, warranty: plumbingExpired, acceptedAt: minutesAfter(requestedAt, 40) };
  const started = { ...assigned, coverage: accepted, startedAt: minutesAfter(requestedAt, 60) };
  const completed = { ...started, completedAt: minutesAfter(requestedAt, 120), workDone: "Valve replaced" };
  switch (status) {
    case "registered":
      return newOrder;
    case "responded":
      return { ...responded, status };
    case "assigned":
      return { ...assigned, status };
    case "planAgreed":
      return {
        ...assigned,
        status,
        coverage: { kind: "free", warranty: plumbingCovered, plan: "Replace valve" },
      };
    case "quoted":
      return { ...assigned, status, coverage: paid };
    case "quoteAccepted":
      return { ...assigned, status, coverage: accepted };
    case "inProgress":
      return { ...started, status };
    case "completed":
      return { ...completed, status };
    case "accepted":
      return { ...completed, status, acceptedAt: minutesAfter(requestedAt, 130) };
    case "reopened":
      return {
        ...responded,
        status,
        coverage: accepted,
        repeatCount: 1,
        roundStartedAt: minutesAfter(requestedAt, 3000),
      };
    case "closed":
    case "withdrawn":
      return { ...newOrder, status };
  }
}

/** The code a call throws. */
export function thrownCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}
