import { describe, expect, it } from "vitest";
import { checkRepairDeadlines, overdueRepairSteps, type RepairOrder, repairDeadlines } from "../index.ts";
import { minutesAfter, newOrder, orderIn, requestedAt } from "./fixtures.ts";

function states(order: RepairOrder, minutes: number) {
  return Object.fromEntries(
    checkRepairDeadlines(order, minutesAfter(requestedAt, minutes)).map((c) => [c.step, c.state]),
  );
}

describe("R-REP-1 response within 15 minutes", () => {
  it("is pending until the 15th minute and overdue after it", () => {
    expect(states(newOrder, 15).response).toBe("pending");
    expect(states(newOrder, 16).response).toBe("overdue");
  });

  it("a response at 15 minutes is on time, at 16 late", () => {
    expect(states({ ...newOrder, respondedAt: minutesAfter(requestedAt, 15) }, 600).response).toBe(
      "metOnTime",
    );
    expect(states({ ...newOrder, respondedAt: minutesAfter(requestedAt, 16) }, 600).response).toBe("metLate");
  });

  it("the deadline carries the calendar it used", () => {
    const { response } = repairDeadlines(newOrder);
    expect(response.due).toEqual(minutesAfter(requestedAt, 15));
    expect(response.calendar).toMatch(/elapsed time/);
  });
});

describe("R-REP-2 completion within 24 hours of the request", () => {
  it("is overdue after 24 hours, and lists as such", () => {
    const order = orderIn("inProgress");
    expect(states(order, 24 * 60).completion).toBe("pending");
    const overdue = overdueRepairSteps(order, minutesAfter(requestedAt, 24 * 60 + 1));
    expect(overdue.map((c) => [c.step, c.rule])).toEqual([["completion", "R-REP-2"]]);
  });

  it("records a late completion as late", () => {
    const late = { ...orderIn("completed"), completedAt: minutesAfter(requestedAt, 25 * 60) };
    expect(states(late, 26 * 60).completion).toBe("metLate");
    expect(states(orderIn("completed"), 26 * 60).completion).toBe("metOnTime");
  });

  it("a second repair's clock runs from the dissatisfied return visit", () => {
    const reopened = orderIn("reopened");
    expect(repairDeadlines(reopened).completion.due).toEqual(minutesAfter(reopened.roundStartedAt, 24 * 60));
  });

  it("an estate may state the deadline in working days, computed on the official calendar", () => {
    // Friday 20 November 2026 + 1 working day → Monday 23 November, weekend skipped.
    const { completion } = repairDeadlines(newOrder, { completion: { amount: 1, unit: "workingDays" } });
    expect(completion.due).toEqual(new Date("2026-11-23T01:00:00Z"));
    expect(completion.skipped.map((d) => d.date)).toEqual(["2026-11-21", "2026-11-22"]);
  });
});

describe("R-REP-5 return visit 1 to 3 days after completion", () => {
  const accepted = orderIn("accepted"); // completed at minute 120

  it("has no return-visit deadline before completion", () => {
    expect(repairDeadlines(orderIn("inProgress")).returnVisit).toBeUndefined();
    expect(checkRepairDeadlines(orderIn("inProgress"), requestedAt).map((c) => c.step)).toEqual([
      "response",
      "completion",
    ]);
  });

  it("opens a day after completion and is overdue after three", () => {
    const window = repairDeadlines(accepted).returnVisit;
    expect(window?.earliest.due).toEqual(minutesAfter(requestedAt, 120 + 24 * 60));
    expect(window?.latest.due).toEqual(minutesAfter(requestedAt, 120 + 3 * 24 * 60));
    expect(states(accepted, 120 + 3 * 24 * 60).returnVisit).toBe("pending");
    expect(states(accepted, 120 + 3 * 24 * 60 + 1).returnVisit).toBe("overdue");
  });

  it("a visit on the fourth day is late", () => {
    const visited = { ...accepted, returnVisitAt: minutesAfter(requestedAt, 120 + 3 * 24 * 60 + 60) };
    expect(states(visited, 10_000).returnVisit).toBe("metLate");
  });
});

describe("a withdrawn order has nothing overdue", () => {
  it("reports only the steps that were done", () => {
    const withdrawn: RepairOrder = {
      ...newOrder,
      status: "withdrawn",
      respondedAt: minutesAfter(requestedAt, 5),
    };
    const checks = checkRepairDeadlines(withdrawn, minutesAfter(requestedAt, 5000));
    expect(checks.map((c) => [c.step, c.state])).toEqual([["response", "metOnTime"]]);
  });
});
