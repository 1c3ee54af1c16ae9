import { describe, expect, it } from "vitest";
import { type ComplaintRecord, complaintMeanTimeToResolve, complaintOnTimeRate } from "../index.ts";
import { beijing, november, thrownCode } from "./fixtures.ts";

function complaint(id: string, received: string, due: string, resolved?: string): ComplaintRecord {
  return {
    id,
    receivedAt: beijing(received),
    resolutionDueAt: beijing(due),
    ...(resolved ? { resolvedAt: beijing(resolved) } : {}),
  };
}

const complaints = [
  complaint("on-time", "2026-11-02 09:00", "2026-11-03 09:00", "2026-11-02 15:00"),
  complaint("just-in-time", "2026-11-05 09:00", "2026-11-06 09:00", "2026-11-06 09:00"),
  complaint("late", "2026-11-10 09:00", "2026-11-11 09:00", "2026-11-12 09:00"),
  complaint("never-resolved", "2026-11-20 09:00", "2026-11-21 09:00"),
  complaint("due-in-december", "2026-11-29 09:00", "2026-12-14 09:00", "2026-11-30 09:00"),
  complaint("due-in-october", "2026-10-20 09:00", "2026-10-31 09:00", "2026-11-01 10:00"),
];

describe("R-QLT-1 complaint on-time rate", () => {
  it("resolved by the deadline ÷ complaints due in the period; unresolved past deadline counts late", () => {
    expect(complaintOnTimeRate(complaints, november)).toMatchObject({
      status: "ok",
      numerator: 2,
      denominator: 4,
      percentage: "50.00%",
      rules: ["R-QLT-1", "R-CMP-4"],
    });
  });

  it("read mid-period, a complaint still inside its deadline is left out, not counted late", () => {
    const asOf = beijing("2026-11-20 12:00");
    const pending = complaint("pending", "2026-11-20 09:00", "2026-11-21 09:00");
    const result = complaintOnTimeRate([...complaints.slice(0, 3), pending], { ...november, asOf });
    expect(result).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it("read mid-period, a resolution after the reading time has not happened yet", () => {
    const asOf = beijing("2026-11-11 12:00");
    const result = complaintOnTimeRate([complaints[2] as ComplaintRecord], { ...november, asOf });
    expect(result).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it("nothing due: no data", () => {
    expect(complaintOnTimeRate([], november).status).toBe("noData");
  });
});

describe("R-QLT-1 complaint mean time to resolve", () => {
  it("averages received → resolved over the complaints resolved in the period", () => {
    // 6 h, 24 h, 48 h, 24 h (due-in-december), 12 d 1 h (due-in-october, resolved 1 Nov)
    const result = complaintMeanTimeToResolve(complaints, november);
    expect(result).toMatchObject({ status: "ok", count: 5 });
    expect(result.status === "ok" && result.meanHours).toBe("78.20"); // (6 + 24 + 48 + 24 + 289) ÷ 5
  });

  it("nothing resolved: no data", () => {
    expect(complaintMeanTimeToResolve([complaints[3] as ComplaintRecord], november).status).toBe("noData");
  });

  it("refuses a resolution before the complaint was received", () => {
    const backwards = complaint("x", "2026-11-10 09:00", "2026-11-11 09:00", "2026-11-09 09:00");
    expect(thrownCode(() => complaintMeanTimeToResolve([backwards], november))).toBe("IND_INVALID_RECORD");
  });
});
