import { describe, expect, it } from "vitest";
import {
  type RepairRecord,
  repairCompletionRate,
  repairMeanResponseTime,
  repeatRepairRate,
} from "../index.ts";
import { beijing, november, thrownCode } from "./fixtures.ts";

const at = (text: string) => beijing(`2026-11-${text}`);
const repairs: RepairRecord[] = [
  { id: "r1", requestedAt: at("02 09:00"), answeredAt: at("02 09:10"), completedAt: at("02 15:00") },
  {
    id: "r2",
    requestedAt: at("05 09:00"),
    answeredAt: at("05 09:20"),
    completedAt: at("06 08:00"),
    repeatRepairs: 1,
  },
  { id: "r3", requestedAt: at("29 09:00"), answeredAt: at("29 09:15") },
  { id: "r4", requestedAt: at("30 22:00") },
  { id: "r5", requestedAt: at("10 09:00"), cancelled: true },
  {
    id: "r6",
    requestedAt: beijing("2026-10-30 09:00"),
    answeredAt: beijing("2026-10-30 09:05"),
    completedAt: at("01 10:00"),
  },
];

describe("R-QLT-1 repair response time", () => {
  it("averages request → answer over the period's answered requests", () => {
    const result = repairMeanResponseTime(repairs, november);
    expect(result).toMatchObject({ status: "ok", count: 3, meanMinutes: "15.00", unanswered: 1 });
    expect(result.rules).toEqual(["R-QLT-1", "R-REP-1"]);
  });

  it("reports the share answered within the 15-minute target of R-REP-1", () => {
    expect(repairMeanResponseTime(repairs, november).withinTarget).toMatchObject({
      numerator: 2,
      denominator: 3,
      percentage: "66.67%",
    });
    const strict = repairMeanResponseTime(repairs, november, { responseTargetMinutes: 10 });
    expect(strict.withinTarget).toMatchObject({ numerator: 1 });
  });

  it("nothing answered: no data, with the unanswered still counted", () => {
    const result = repairMeanResponseTime([repairs[3] as RepairRecord], november);
    expect(result).toMatchObject({ status: "noData", unanswered: 1, withinTarget: { status: "noData" } });
  });

  it("refuses an answer before the request", () => {
    const backwards = { id: "x", requestedAt: at("05 09:00"), answeredAt: at("05 08:00") };
    expect(thrownCode(() => repairMeanResponseTime([backwards], november))).toBe("IND_INVALID_RECORD");
  });
});

describe("R-QLT-1 repair completion rate", () => {
  it("completed by the end of the period ÷ received in the period, cancelled ones left out", () => {
    expect(repairCompletionRate(repairs, november)).toMatchObject({
      numerator: 2,
      denominator: 4,
      percentage: "50.00%",
    });
  });

  it("a completion after the period's end does not count", () => {
    const late = { id: "y", requestedAt: at("30 09:00"), completedAt: beijing("2026-12-01 09:00") };
    expect(repairCompletionRate([late], november)).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it("read mid-period, a completion after the reading time has not happened yet", () => {
    const result = repairCompletionRate(repairs, { ...november, asOf: at("06 07:00") });
    expect(result).toMatchObject({ numerator: 1 });
  });

  it("nothing received: no data", () => {
    expect(repairCompletionRate([], november).status).toBe("noData");
  });
});

describe("R-QLT-1 repeat-repair rate", () => {
  it("repairs needing a second repair ÷ repairs completed in the period", () => {
    expect(repeatRepairRate(repairs, november)).toMatchObject({
      numerator: 1,
      denominator: 3,
      percentage: "33.33%",
    });
  });

  it("nothing completed: no data", () => {
    expect(repeatRepairRate([repairs[3] as RepairRecord], november).status).toBe("noData");
  });

  it("refuses a negative or fractional repeat count", () => {
    const bad = { id: "z", requestedAt: at("02 09:00"), completedAt: at("02 10:00"), repeatRepairs: -1 };
    expect(thrownCode(() => repeatRepairRate([bad], november))).toBe("IND_INVALID_RECORD");
    expect(thrownCode(() => repeatRepairRate([{ ...bad, repeatRepairs: 0.5 }], november))).toBe(
      "IND_INVALID_RECORD",
    );
  });
});
