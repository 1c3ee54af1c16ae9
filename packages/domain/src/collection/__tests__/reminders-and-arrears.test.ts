import { describe, expect, it } from "vitest";
import {
  ageArrears,
  arrearsAgeBandOf,
  billDueDate,
  isInArrears,
  linesInArrears,
  type ReminderChannel,
  reminderSchedule,
} from "../index.ts";
import { line, yuan } from "./fixtures.ts";

describe("R-FEE-5 due dates", () => {
  it("makes a month's bill due on its last day by default", () => {
    expect(billDueDate("2026-11")).toBe("2026-11-30");
    expect(billDueDate("2028-02")).toBe("2028-02-29");
  });

  it("uses the estate's due day, falling back to the last day of a short month", () => {
    expect(billDueDate("2026-11", { dueDay: 15 })).toBe("2026-11-15");
    expect(billDueDate("2026-02", { dueDay: 31 })).toBe("2026-02-28");
  });

  it("refuses a bad period or due day", () => {
    expect(() => billDueDate("2026-13")).toThrow(expect.objectContaining({ code: "COL_INVALID_PERIOD" }));
    expect(() => billDueDate("2026/11")).toThrow(expect.objectContaining({ code: "COL_INVALID_PERIOD" }));
    for (const dueDay of [0, 32, 1.5]) {
      expect(() => billDueDate("2026-11", { dueDay })).toThrow(
        expect.objectContaining({ code: "COL_INVALID_DUE_DAY" }),
      );
    }
  });
});

describe("R-FEE-5 reminders before the due date", () => {
  it("reminds 7 days and 1 day before by default, by SMS, phone and app", () => {
    expect(reminderSchedule("2026-11-30")).toEqual([
      {
        date: "2026-11-23",
        dueDate: "2026-11-30",
        daysBeforeDue: 7,
        channels: ["sms", "app"],
        rules: ["R-FEE-5"],
      },
      {
        date: "2026-11-29",
        dueDate: "2026-11-30",
        daysBeforeDue: 1,
        channels: ["sms", "phone", "app"],
        rules: ["R-FEE-5"],
      },
    ]);
  });

  it("follows the estate's policy, earliest first, across a month end", () => {
    const policy = {
      reminders: [
        { daysBeforeDue: 0, channels: ["app"] as ReminderChannel[] },
        { daysBeforeDue: 3, channels: ["phone"] as ReminderChannel[] },
      ],
    };
    expect(reminderSchedule("2026-12-01", { policy }).map((r) => [r.date, r.channels])).toEqual([
      ["2026-11-28", ["phone"]],
      ["2026-12-01", ["app"]],
    ]);
  });

  it("skips reminders that would fall before a late-issued bill", () => {
    expect(reminderSchedule("2026-11-30", { issuedOn: "2026-11-25" }).map((r) => r.daysBeforeDue)).toEqual([
      1,
    ]);
  });

  it("refuses a bad reminder policy", () => {
    const twice = {
      reminders: [
        { daysBeforeDue: 1, channels: ["sms" as const] },
        { daysBeforeDue: 1, channels: ["app" as const] },
      ],
    };
    expect(() => reminderSchedule("2026-11-30", { policy: twice })).toThrow(
      expect.objectContaining({ code: "COL_INVALID_REMINDER_POLICY" }),
    );
    const silent = { reminders: [{ daysBeforeDue: 1, channels: [] }] };
    expect(() => reminderSchedule("2026-11-30", { policy: silent })).toThrow(
      expect.objectContaining({ code: "COL_INVALID_REMINDER_POLICY" }),
    );
    const pigeon = { reminders: [{ daysBeforeDue: 1, channels: ["pigeon" as ReminderChannel] }] };
    expect(() => reminderSchedule("2026-11-30", { policy: pigeon })).toThrow(
      expect.objectContaining({ code: "COL_INVALID_REMINDER_POLICY", path: ["reminders", "0", "channels"] }),
    );
    const after = { reminders: [{ daysBeforeDue: -2, channels: ["sms" as const] }] };
    expect(() => reminderSchedule("2026-11-30", { policy: after })).toThrow(
      expect.objectContaining({ code: "COL_INVALID_POLICY_DAYS" }),
    );
    expect(() => reminderSchedule("2026-11-31")).toThrow(
      expect.objectContaining({ code: "CAL_INVALID_DATE" }),
    );
  });
});

describe("R-FEE-5 after the due date, unpaid lines are in arrears", () => {
  const october = line("oct", "300.00");

  it("is not in arrears on the due date, and is the day after", () => {
    expect(isInArrears(october, "2026-10-31")).toBe(false);
    expect(isInArrears(october, "2026-11-01")).toBe(true);
  });

  it("is not in arrears once paid in full", () => {
    expect(isInArrears(line("oct", "300.00", { settled: "300.00" }), "2027-01-01")).toBe(false);
  });

  it("lists the lines in arrears oldest first, with what is owed and for how long", () => {
    const lines = [
      october,
      line("sep", "300.00", { period: "2026-09", dueDate: "2026-09-30", settled: "100.00" }),
      line("nov", "300.00", { period: "2026-11", dueDate: "2026-11-30" }),
    ];
    expect(linesInArrears(lines, "2026-11-15").map((l) => [l.lineId, l.outstanding, l.daysPastDue])).toEqual([
      ["sep", yuan("200.00"), 46],
      ["oct", yuan("300.00"), 15],
    ]);
  });

  it("refuses a bad date", () => {
    expect(() => linesInArrears([october], "2026-11")).toThrow(
      expect.objectContaining({ code: "CAL_INVALID_DATE" }),
    );
  });
});

describe("R-FEE-8 arrears aging", () => {
  it("puts each day count in its band, edges included", () => {
    expect([1, 30, 31, 90, 91, 180, 181, 365, 366, 2000].map(arrearsAgeBandOf)).toEqual([
      "0-30",
      "0-30",
      "31-90",
      "31-90",
      "91-180",
      "91-180",
      "181-365",
      "181-365",
      "over-365",
      "over-365",
    ]);
  });

  it("groups arrears by age on a date, every band listed, totals exact", () => {
    const asOf = "2026-12-31";
    const lines = [
      line("a", "100.00", { dueDate: "2026-12-01" }), // 30 days
      line("b", "200.00", { dueDate: "2026-11-30" }), // 31 days
      line("c", "300.00", { dueDate: "2026-07-03" }), // 181 days
      line("d", "400.00", { dueDate: "2025-12-30", settled: "0.01" }), // 366 days
      line("e", "500.00", { dueDate: "2026-12-31" }), // due today: not in arrears
    ];
    const aging = ageArrears(lines, asOf);
    expect(aging.bands.map((b) => [b.band, b.amount, b.lineIds])).toEqual([
      ["0-30", yuan("100.00"), ["a"]],
      ["31-90", yuan("200.00"), ["b"]],
      ["91-180", 0n, []],
      ["181-365", yuan("300.00"), ["c"]],
      ["over-365", yuan("399.99"), ["d"]],
    ]);
    expect(aging.total).toBe(yuan("999.99"));
    expect(aging.rules).toEqual(["R-FEE-8"]);
  });
});
