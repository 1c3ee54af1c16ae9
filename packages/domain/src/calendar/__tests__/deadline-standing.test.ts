import { describe, expect, it } from "vitest";
import { computeDeadline, deadlineStanding } from "../index.ts";

const received = new Date("2026-11-20T10:00:00+08:00");
const deadline = computeDeadline(received, { amount: 24, unit: "hours" });
const due = deadline.due.getTime();

describe("R-CAL-1 where a deadline stands", () => {
  it("is pending until the due instant, overdue one millisecond after", () => {
    expect(deadlineStanding(deadline, new Date(due))).toEqual({ state: "pending", lateByMs: 0 });
    expect(deadlineStanding(deadline, new Date(due + 1))).toEqual({ state: "overdue", lateByMs: 1 });
  });

  it("judges a met step by when it was met, not by when it is asked", () => {
    const muchLater = new Date(due + 86_400_000);
    expect(deadlineStanding(deadline, muchLater, new Date(due))).toEqual({ state: "metOnTime", lateByMs: 0 });
    expect(deadlineStanding(deadline, muchLater, new Date(due + 60_000))).toEqual({
      state: "metLate",
      lateByMs: 60_000,
    });
  });
});
