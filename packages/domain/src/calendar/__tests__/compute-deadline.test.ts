import { describe, expect, it } from "vitest";
import {
  computeDeadline,
  createWorkingDayCalendar,
  type DeadlineSpec,
  isOverdue,
  officialCalendar,
} from "../index.ts";

/** An instant written as Beijing wall-clock time, "2026-09-30 16:00". */
function beijing(wallClock: string): Date {
  return new Date(`${wallClock.replace(" ", "T")}:00+08:00`);
}

const workingDays = (amount: number): DeadlineSpec => ({ amount, unit: "workingDays" });

describe("R-CAL-1 working-day deadlines", () => {
  it("Friday 16:00 plus 1 working day is Monday 16:00, skipping the weekend", () => {
    const deadline = computeDeadline(beijing("2026-11-20 16:00"), workingDays(1));
    expect(deadline).toEqual({
      from: beijing("2026-11-20 16:00"),
      due: beijing("2026-11-23 16:00"),
      spec: { amount: 1, unit: "workingDays" },
      timeZone: "Asia/Shanghai",
      provisional: false,
      skipped: [
        { date: "2026-11-21", reason: "weekend" },
        { date: "2026-11-22", reason: "weekend" },
      ],
      calendar: officialCalendar.name,
    });
  });

  it("Friday 16:00 plus 1 working day is Tuesday 16:00 when Monday is a holiday (Qingming 2026)", () => {
    const deadline = computeDeadline(beijing("2026-04-03 16:00"), workingDays(1));
    expect(deadline.due).toEqual(beijing("2026-04-07 16:00"));
    expect(deadline.skipped).toEqual(
      ["2026-04-04", "2026-04-05", "2026-04-06"].map((date) => ({
        date,
        reason: "publicHoliday",
        name: "Tomb-sweeping Day",
        nameZh: "清明",
      })),
    );
  });

  it("skips the whole of Golden Week 2026 (1–7 October)", () => {
    const deadline = computeDeadline(beijing("2026-09-30 16:00"), workingDays(1));
    expect(deadline.due).toEqual(beijing("2026-10-08 16:00"));
    expect(deadline.skipped.map((day) => day.date)).toEqual([
      "2026-10-01",
      "2026-10-02",
      "2026-10-03",
      "2026-10-04",
      "2026-10-05",
      "2026-10-06",
      "2026-10-07",
    ]);
    expect(deadline.skipped.every((day) => day.reason === "publicHoliday" && day.nameZh === "国庆节")).toBe(
      true,
    );
    expect(deadline.provisional).toBe(false);
  });

  it("counts the make-up Saturday 10 October 2026 as a working day", () => {
    expect(computeDeadline(beijing("2026-09-30 16:00"), workingDays(3)).due).toEqual(
      beijing("2026-10-10 16:00"),
    );
    const deadline = computeDeadline(beijing("2026-10-09 10:00"), workingDays(1));
    expect(deadline.due).toEqual(beijing("2026-10-10 10:00"));
    expect(deadline.skipped).toEqual([]);
  });

  it("counts the make-up Sunday 20 September 2026 but skips the Saturday before it", () => {
    const deadline = computeDeadline(beijing("2026-09-18 09:00"), workingDays(1));
    expect(deadline.due).toEqual(beijing("2026-09-20 09:00"));
    expect(deadline.skipped).toEqual([{ date: "2026-09-19", reason: "weekend" }]);
  });

  it("counts Spring Festival 2026's make-up Saturday, then skips the nine-day break", () => {
    expect(computeDeadline(beijing("2026-02-13 16:00"), workingDays(1)).due).toEqual(
      beijing("2026-02-14 16:00"),
    );
    const deadline = computeDeadline(beijing("2026-02-13 16:00"), workingDays(2));
    expect(deadline.due).toEqual(beijing("2026-02-24 16:00"));
    expect(deadline.skipped).toHaveLength(9);
  });

  it("a receipt on a holiday counts from 00:00 of the next working day", () => {
    const deadline = computeDeadline(beijing("2026-10-03 10:00"), workingDays(1));
    expect(deadline.due).toEqual(beijing("2026-10-09 00:00"));
    expect(deadline.skipped.map((day) => day.date)).toEqual([
      "2026-10-03",
      "2026-10-04",
      "2026-10-05",
      "2026-10-06",
      "2026-10-07",
    ]);
  });

  it("a receipt on a Saturday with 1 working day is due at the end of Monday (Tuesday 00:00)", () => {
    expect(computeDeadline(beijing("2026-11-21 10:00"), workingDays(1)).due).toEqual(
      beijing("2026-11-24 00:00"),
    );
  });

  it("zero working days is the receipt itself on a working day, the next working day's start otherwise", () => {
    const from = beijing("2026-11-20 16:00");
    expect(computeDeadline(from, workingDays(0)).due).toEqual(from);
    expect(computeDeadline(beijing("2026-10-03 10:00"), workingDays(0)).due).toEqual(
      beijing("2026-10-08 00:00"),
    );
  });

  it("reads the receipt's business date in the estate's time zone", () => {
    const from = new Date("2026-11-20T16:30:00Z"); // Saturday 00:30 in Beijing, still Friday in UTC
    expect(computeDeadline(from, workingDays(1)).due).toEqual(beijing("2026-11-24 00:00"));
    const inUtc = computeDeadline(from, workingDays(1), { timeZone: "UTC" });
    expect(inUtc.due).toEqual(new Date("2026-11-23T16:30:00Z"));
    expect(inUtc.timeZone).toBe("UTC");
  });
});

describe("R-CAL-2 provisional deadlines beyond the data", () => {
  it("a deadline counting into 2027 uses weekends only and is provisional", () => {
    const deadline = computeDeadline(beijing("2026-12-31 10:00"), workingDays(2));
    // 1 January 2027 counts as a working day until the 2027 notice is in the data.
    expect(deadline.due).toEqual(beijing("2027-01-04 10:00"));
    expect(deadline.provisional).toBe(true);
    expect(deadline.skipped).toEqual([
      { date: "2027-01-02", reason: "weekend" },
      { date: "2027-01-03", reason: "weekend" },
    ]);
  });

  it("a deadline wholly inside 2027 is provisional", () => {
    const deadline = computeDeadline(beijing("2027-03-05 09:00"), workingDays(1));
    expect(deadline.due).toEqual(beijing("2027-03-08 09:00"));
    expect(deadline.provisional).toBe(true);
  });

  it("a deadline that stays inside 2026 is certain", () => {
    expect(computeDeadline(beijing("2026-12-30 10:00"), workingDays(1)).provisional).toBe(false);
    expect(computeDeadline(beijing("2026-12-31 10:00"), workingDays(0)).provisional).toBe(false);
  });

  it("becomes certain once a calendar covering 2027 is supplied", () => {
    const calendar = createWorkingDayCalendar({
      source: "test notice 2027",
      holidays: { "2027-01-01": "New Year's Day,元旦,1" },
      workdays: {},
      coveredYears: [2026, 2027],
    });
    const deadline = computeDeadline(beijing("2026-12-31 10:00"), workingDays(2), { calendar });
    expect(deadline.due).toEqual(beijing("2027-01-05 10:00"));
    expect(deadline.provisional).toBe(false);
    expect(deadline.skipped[0]).toEqual({
      date: "2027-01-01",
      reason: "publicHoliday",
      name: "New Year's Day",
      nameZh: "元旦",
    });
    expect(deadline.calendar).toBe("test notice 2027 (2026–2027)");
  });

  it("minutes, hours and calendar days never need the data, so are never provisional", () => {
    for (const unit of ["minutes", "hours", "calendarDays"] as const) {
      expect(computeDeadline(beijing("2026-12-31 10:00"), { amount: 30, unit }).provisional).toBe(false);
    }
  });
});

describe("R-CAL-1 elapsed-time and calendar-day deadlines", () => {
  it("90 minutes from 23:30 is 01:00 the next day", () => {
    const deadline = computeDeadline(beijing("2026-09-30 23:30"), { amount: 90, unit: "minutes" });
    expect(deadline.due).toEqual(beijing("2026-10-01 01:00"));
    expect(deadline.skipped).toEqual([]);
    expect(deadline.calendar).toBe("elapsed time (no holiday data needed)");
  });

  it("48 hours run straight through a holiday", () => {
    const deadline = computeDeadline(beijing("2026-10-01 09:00"), { amount: 48, unit: "hours" });
    expect(deadline.due).toEqual(beijing("2026-10-03 09:00"));
  });

  it("15 calendar days run straight through Golden Week, to the same clock time", () => {
    const deadline = computeDeadline(beijing("2026-09-30 16:00"), { amount: 15, unit: "calendarDays" });
    expect(deadline.due).toEqual(beijing("2026-10-15 16:00"));
    expect(deadline.skipped).toEqual([]);
    expect(deadline.calendar).toBe("calendar days (no holiday data needed)");
  });

  it("hours are elapsed time even when a clock change makes a calendar day 23 hours long", () => {
    const from = new Date("2026-03-07T17:00:00Z"); // noon in New York, before the spring change
    const options = { timeZone: "America/New_York" };
    expect(computeDeadline(from, { amount: 24, unit: "hours" }, options).due).toEqual(
      new Date("2026-03-08T17:00:00Z"),
    );
    expect(computeDeadline(from, { amount: 1, unit: "calendarDays" }, options).due).toEqual(
      new Date("2026-03-08T16:00:00Z"),
    );
  });
});

describe("R-CAL-1 overdue detection", () => {
  const deadline = computeDeadline(beijing("2026-11-20 16:00"), workingDays(1));

  it("is not overdue at the exact due instant", () => {
    expect(isOverdue(deadline, beijing("2026-11-23 16:00"))).toBe(false);
  });

  it("is overdue one millisecond after", () => {
    expect(isOverdue(deadline, new Date(deadline.due.getTime() + 1))).toBe(true);
    expect(isOverdue(deadline, new Date(deadline.due.getTime() - 1))).toBe(false);
  });

  it("applies the same boundary to a minutes deadline", () => {
    const quick = computeDeadline(beijing("2026-11-20 16:00"), { amount: 30, unit: "minutes" });
    expect(isOverdue(quick, beijing("2026-11-20 16:30"))).toBe(false);
    expect(isOverdue(quick, new Date(beijing("2026-11-20 16:30").getTime() + 1))).toBe(true);
  });

  it("refuses an invalid instant with CAL_INVALID_INSTANT", () => {
    expect(() => isOverdue(deadline, new Date(Number.NaN))).toThrow(
      expect.objectContaining({ code: "CAL_INVALID_INSTANT", path: ["at"] }),
    );
  });
});

describe("R-CAL-1 bad deadline input", () => {
  const from = beijing("2026-11-20 16:00");

  it.each([-1, -0.5, -Infinity])("refuses the negative amount %d with CAL_NEGATIVE_AMOUNT", (amount) => {
    expect(() => computeDeadline(from, { amount, unit: "workingDays" })).toThrow(
      expect.objectContaining({ code: "CAL_NEGATIVE_AMOUNT", path: ["amount"], rule: "R-CAL-1" }),
    );
  });

  it.each([1.5, Number.NaN, Infinity, "3"])(
    "refuses the non-integer amount %s with CAL_NON_INTEGER_AMOUNT",
    (amount) => {
      expect(() => computeDeadline(from, { amount: amount as number, unit: "hours" })).toThrow(
        expect.objectContaining({ code: "CAL_NON_INTEGER_AMOUNT", path: ["amount"] }),
      );
    },
  );

  it("refuses an amount beyond a hundred years with CAL_AMOUNT_TOO_LARGE", () => {
    expect(() => computeDeadline(from, { amount: 36_526, unit: "workingDays" })).toThrow(
      expect.objectContaining({ code: "CAL_AMOUNT_TOO_LARGE" }),
    );
    expect(() => computeDeadline(from, { amount: 36_525 * 24 + 1, unit: "hours" })).toThrow(
      expect.objectContaining({ code: "CAL_AMOUNT_TOO_LARGE" }),
    );
  });

  it("refuses an unknown unit with CAL_INVALID_UNIT", () => {
    expect(() => computeDeadline(from, { amount: 1, unit: "weeks" as "hours" })).toThrow(
      expect.objectContaining({ code: "CAL_INVALID_UNIT", path: ["unit"] }),
    );
    expect(() => computeDeadline(from, { amount: 1, unit: "toString" as "hours" })).toThrow(
      expect.objectContaining({ code: "CAL_INVALID_UNIT" }),
    );
  });

  it("refuses an unknown time zone with CAL_INVALID_TIME_ZONE", () => {
    expect(() => computeDeadline(from, workingDays(1), { timeZone: "Asia/Peking" })).toThrow(
      expect.objectContaining({
        code: "CAL_INVALID_TIME_ZONE",
        message: expect.stringContaining("Asia/Peking"),
      }),
    );
  });

  it("refuses an invalid start instant with CAL_INVALID_INSTANT", () => {
    expect(() => computeDeadline(new Date("not a date"), workingDays(1))).toThrow(
      expect.objectContaining({ code: "CAL_INVALID_INSTANT", path: ["from"] }),
    );
  });

  it("copies the spec, so a later change to the caller's object does not alter the deadline", () => {
    const spec = { amount: 1, unit: "workingDays" as const };
    const deadline = computeDeadline(from, spec);
    (spec as { amount: number }).amount = 5;
    expect(deadline.spec.amount).toBe(1);
  });
});
