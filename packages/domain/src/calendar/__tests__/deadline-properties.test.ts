import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { businessDateOf, classifyDate, computeDeadline, daysBetween } from "../index.ts";

// Instants from 2024 into 2027, so both certain and provisional (R-CAL-2) counting are exercised.
const instants = fc.date({
  min: new Date("2024-01-01T00:00:00+08:00"),
  max: new Date("2027-06-30T23:59:59+08:00"),
  noInvalidDate: true,
});
const amounts = fc.integer({ min: 0, max: 40 });

describe("R-CAL-1 working-day deadline properties", () => {
  it("never lands on a non-working day", () => {
    fc.assert(
      fc.property(instants, amounts, (from, amount) => {
        const { due } = computeDeadline(from, { amount, unit: "workingDays" });
        expect(classifyDate(businessDateOf(due)).working).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("is never earlier than the calendar-day deadline of the same amount", () => {
    fc.assert(
      fc.property(instants, amounts, (from, amount) => {
        const working = computeDeadline(from, { amount, unit: "workingDays" });
        const calendar = computeDeadline(from, { amount, unit: "calendarDays" });
        expect(working.due.getTime()).toBeGreaterThanOrEqual(calendar.due.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it("reports every day it passed over as skipped, and nothing else", () => {
    fc.assert(
      fc.property(instants, amounts, (from, amount) => {
        const { skipped, due } = computeDeadline(from, { amount, unit: "workingDays" });
        for (const day of skipped) expect(classifyDate(day.date).working).toBe(false);
        const dates = skipped.map((day) => day.date);
        expect(new Set(dates).size).toBe(dates.length);
        expect(dates.every((date) => date >= businessDateOf(from) && date < businessDateOf(due))).toBe(true);
        // Every day from receipt to due date was either counted or skipped.
        expect(daysBetween(businessDateOf(from), businessDateOf(due))).toBe(amount + skipped.length);
      }),
      { numRuns: 300 },
    );
  });
});
