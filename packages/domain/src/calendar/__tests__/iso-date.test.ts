import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, daysInMonth, isIsoDate, isoWeekdayOf } from "../index.ts";

describe("R-CAL-1 business date arithmetic", () => {
  describe("addDays", () => {
    it("crosses month and year ends", () => {
      expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
      expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
      expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
      expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    });

    it("keeps years below 100 in the first century, not the 1900s", () => {
      expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
      expect(addDays("0001-01-02", -1)).toBe("0001-01-01");
    });

    it("refuses a fractional number of days", () => {
      expect(() => addDays("2026-01-01", 1.5)).toThrow(
        expect.objectContaining({ code: "CAL_NON_INTEGER_AMOUNT" }),
      );
    });

    it("refuses a result outside years 0001–9999", () => {
      expect(() => addDays("9999-12-31", 1)).toThrow(expect.objectContaining({ code: "CAL_INVALID_DATE" }));
      expect(() => addDays("0001-01-01", -1)).toThrow(expect.objectContaining({ code: "CAL_INVALID_DATE" }));
    });
  });

  describe("daysBetween", () => {
    it("is to − from in days", () => {
      expect(daysBetween("2026-10-01", "2026-10-08")).toBe(7);
      expect(daysBetween("2026-10-08", "2026-10-01")).toBe(-7);
      expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    });

    it("undoes addDays", () => {
      const dates = fc
        .date({
          min: new Date("1900-01-01T00:00:00Z"),
          max: new Date("2100-12-31T00:00:00Z"),
          noInvalidDate: true,
        })
        .map((instant) => instant.toISOString().slice(0, 10));
      fc.assert(
        fc.property(dates, fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
          expect(daysBetween(date, addDays(date, days))).toBe(days);
        }),
      );
    });
  });

  describe("daysInMonth", () => {
    it("knows leap years by the Gregorian rule", () => {
      expect(daysInMonth(2024, 2)).toBe(29);
      expect(daysInMonth(2026, 2)).toBe(28);
      expect(daysInMonth(1900, 2)).toBe(28);
      expect(daysInMonth(2000, 2)).toBe(29);
      expect(daysInMonth(2026, 4)).toBe(30);
      expect(daysInMonth(2026, 12)).toBe(31);
    });

    it("refuses month 0, month 13, a fractional month and year 0", () => {
      for (const [year, month, path] of [
        [2026, 0, "month"],
        [2026, 13, "month"],
        [2026, 1.5, "month"],
        [0, 1, "year"],
      ] as const) {
        expect(() => daysInMonth(year, month)).toThrow(
          expect.objectContaining({ code: "CAL_INVALID_MONTH", path: [path] }),
        );
      }
    });
  });

  describe("invalid date strings", () => {
    it.each([
      "2026-02-29",
      "2026-13-01",
      "2026-00-10",
      "2026-04-31",
      "2026-4-1",
      "20261001",
      "2026-10-01T00:00",
      "0000-01-01",
      "",
    ])("refuses %j with CAL_INVALID_DATE", (date) => {
      expect(isIsoDate(date)).toBe(false);
      expect(() => addDays(date, 1)).toThrow(expect.objectContaining({ code: "CAL_INVALID_DATE" }));
      expect(() => daysBetween(date, "2026-01-01")).toThrow(
        expect.objectContaining({ code: "CAL_INVALID_DATE", path: ["from"] }),
      );
    });

    it("refuses a value that is not a string", () => {
      expect(isIsoDate(20261001)).toBe(false);
      expect(() => addDays(20261001 as unknown as string, 1)).toThrow(
        expect.objectContaining({ code: "CAL_INVALID_DATE" }),
      );
    });

    it("accepts 29 February of a leap year", () => {
      expect(isIsoDate("2024-02-29")).toBe(true);
    });
  });

  describe("isoWeekdayOf", () => {
    it("numbers Monday 1 to Sunday 7", () => {
      expect(isoWeekdayOf("2026-11-23")).toBe(1);
      expect(isoWeekdayOf("2026-11-21")).toBe(6);
      expect(isoWeekdayOf("2026-11-22")).toBe(7);
      expect(isoWeekdayOf("1969-12-31")).toBe(3);
    });
  });
});

describe("R-CAL-1 calendar months", () => {
  it("keeps the day inside shorter months, forwards and backwards", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2026-01-15", -13)).toBe("2024-12-15");
    expect(addMonths("2026-05-14", 0)).toBe("2026-05-14");
  });

  it("refuses fractional months and bad dates", () => {
    expect(() => addMonths("2026-01-15", 1.5)).toThrow(
      expect.objectContaining({ code: "CAL_NON_INTEGER_AMOUNT" }),
    );
    expect(() => addMonths("15/01/2026", 1)).toThrow(expect.objectContaining({ code: "CAL_INVALID_DATE" }));
  });
});
