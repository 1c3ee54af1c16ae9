import { describe, expect, it } from "vitest";
import { drillCoverageIndicator, maintenanceOnTimeRate, patrolCompleteness } from "../index.ts";
import { beijing, november, thrownCode } from "./fixtures.ts";

describe("R-QLT-1 maintenance on-time rate", () => {
  const tasks = [
    { id: "t1", dueOn: "2026-11-05", doneOn: "2026-11-04" },
    { id: "t2", dueOn: "2026-11-10", doneOn: "2026-11-10" },
    { id: "t3", dueOn: "2026-11-15", doneOn: "2026-11-18" },
    { id: "t4", dueOn: "2026-11-20" },
    { id: "t5", dueOn: "2026-12-01" },
  ];

  it("done by the due date ÷ tasks due in the period; an undone overdue task is late", () => {
    expect(maintenanceOnTimeRate(tasks, november)).toMatchObject({
      numerator: 2,
      denominator: 4,
      percentage: "50.00%",
      rules: ["R-QLT-1", "R-FAC-2"],
    });
  });

  it("read mid-period, a task not yet past its due date is left out", () => {
    const result = maintenanceOnTimeRate(tasks, { ...november, asOf: beijing("2026-11-20 08:00") });
    expect(result).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it("read mid-period, work done after the reading day has not happened yet", () => {
    const result = maintenanceOnTimeRate(tasks.slice(2, 3), {
      ...november,
      asOf: beijing("2026-11-17 08:00"),
    });
    expect(result).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it("nothing due: no data; a non-date is refused", () => {
    expect(maintenanceOnTimeRate([], november).status).toBe("noData");
    expect(thrownCode(() => maintenanceOnTimeRate([{ id: "x", dueOn: "2026-13-01" }], november))).toBe(
      "IND_INVALID_RECORD",
    );
  });
});

describe("R-QLT-1 patrol completeness", () => {
  const rounds = [
    { id: "p1", scheduledOn: "2026-11-02", checkpoints: ["A", "B", "C", "D"], visited: ["A", "B", "C", "D"] },
    { id: "p2", scheduledOn: "2026-11-03", checkpoints: ["A", "B", "C", "D"], visited: ["A", "A", "C", "Z"] },
    { id: "p3", scheduledOn: "2026-11-04", checkpoints: ["A", "B"], visited: [] },
    { id: "p4", scheduledOn: "2026-12-01", checkpoints: ["A"], visited: [] },
  ];

  it("visited ÷ scheduled checkpoints, each once per round, strays ignored; missed rounds counted", () => {
    expect(patrolCompleteness(rounds, november)).toMatchObject({
      numerator: 6,
      denominator: 10,
      percentage: "60.00%",
      missedRounds: 1,
    });
  });

  it("nothing scheduled: no data", () => {
    expect(patrolCompleteness([], november)).toMatchObject({ status: "noData", missedRounds: 0 });
  });
});

describe("R-QLT-1 drill coverage", () => {
  const plans = [
    { id: "fire", type: "fire" },
    { id: "power", type: "powerOutage" },
    { id: "flood", type: "naturalDisaster" },
  ];

  it("plans drilled at least once in the period ÷ plans, naming those not drilled", () => {
    const result = drillCoverageIndicator(
      plans,
      [
        { planId: "fire", heldOn: "2026-11-09" },
        { planId: "fire", heldOn: "2026-11-19" },
        { planId: "power", heldOn: "2026-10-30" },
      ],
      november,
    );
    expect(result).toMatchObject({
      numerator: 1,
      denominator: 3,
      percentage: "33.33%",
      rules: ["R-QLT-1", "R-EMG-2"],
    });
    expect(result.undrilledPlanIds).toEqual(["power", "flood"]);
  });

  it("drills of plans not in force do not raise coverage", () => {
    expect(drillCoverageIndicator(plans, [{ planId: "old", heldOn: "2026-11-09" }], november)).toMatchObject({
      numerator: 0,
    });
  });

  it("no plans: no data", () => {
    expect(drillCoverageIndicator([], [], november).status).toBe("noData");
  });
});
