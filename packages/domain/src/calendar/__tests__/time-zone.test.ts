import { describe, expect, it } from "vitest";
import { businessDateOf, computeDeadline, DEFAULT_TIME_ZONE, startOfBusinessDate } from "../index.ts";

describe("R-CAL-1 business dates in the estate's time zone", () => {
  it("defaults to Asia/Shanghai", () => {
    expect(DEFAULT_TIME_ZONE).toBe("Asia/Shanghai");
  });

  it("23:30 in Beijing is still that day, the same UTC date", () => {
    const lateEvening = new Date("2026-11-20T15:30:00Z"); // 23:30 Beijing
    expect(businessDateOf(lateEvening)).toBe("2026-11-20");
  });

  it("00:30 in Beijing is already the next business date while UTC still reads the day before", () => {
    const afterMidnight = new Date("2026-11-20T16:30:00Z"); // 00:30 Beijing on the 21st
    expect(businessDateOf(afterMidnight)).toBe("2026-11-21");
    expect(businessDateOf(afterMidnight, "UTC")).toBe("2026-11-20");
  });

  it("turns over exactly at Beijing midnight", () => {
    expect(businessDateOf(new Date("2026-11-20T15:59:59.999Z"))).toBe("2026-11-20");
    expect(businessDateOf(new Date("2026-11-20T16:00:00.000Z"))).toBe("2026-11-21");
  });

  it("starts a business date at 00:00 Beijing time, 16:00 UTC the day before", () => {
    expect(startOfBusinessDate("2026-11-21").toISOString()).toBe("2026-11-20T16:00:00.000Z");
    expect(startOfBusinessDate("2026-11-21", "UTC").toISOString()).toBe("2026-11-21T00:00:00.000Z");
  });

  it("reads offsets from Intl, including Shanghai's 1988 summer time", () => {
    // Summer time began on 17 April 1988: that day started at UTC+8 and the next at UTC+9.
    expect(startOfBusinessDate("1988-04-17").toISOString()).toBe("1988-04-16T16:00:00.000Z");
    expect(startOfBusinessDate("1988-04-18").toISOString()).toBe("1988-04-17T15:00:00.000Z");
  });

  it("starts a day whose midnight a clock change skips at the first instant that exists", () => {
    // Chile moved its clocks from 00:00 to 01:00 on 11 September 2022.
    expect(startOfBusinessDate("2022-09-11", "America/Santiago").toISOString()).toBe(
      "2022-09-11T04:00:00.000Z",
    );
  });

  it("keeps the wall-clock time across a daylight-saving change, taking the earlier of two readings", () => {
    const from = new Date("2026-10-31T05:30:00Z"); // 01:30 EDT
    const { due } = computeDeadline(
      from,
      { amount: 1, unit: "calendarDays" },
      { timeZone: "America/New_York" },
    );
    // 01:30 happens twice on 1 November 2026; the first (still EDT) is the one meant.
    expect(due.toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("refuses an unknown time zone with CAL_INVALID_TIME_ZONE", () => {
    for (const timeZone of ["Mars/Olympus_Mons", "", "UTC+8"]) {
      expect(() => businessDateOf(new Date("2026-11-20T00:00:00Z"), timeZone)).toThrow(
        expect.objectContaining({ code: "CAL_INVALID_TIME_ZONE", path: ["timeZone"] }),
      );
    }
    expect(() => startOfBusinessDate("2026-11-21", "Asia/Beijing")).toThrow(
      expect.objectContaining({
        code: "CAL_INVALID_TIME_ZONE",
        messageZh: expect.stringContaining("Asia/Beijing"),
      }),
    );
  });

  it("refuses an invalid instant with CAL_INVALID_INSTANT", () => {
    expect(() => businessDateOf(new Date(Number.NaN))).toThrow(
      expect.objectContaining({ code: "CAL_INVALID_INSTANT" }),
    );
    expect(() => businessDateOf("2026-11-20" as unknown as Date)).toThrow(
      expect.objectContaining({ code: "CAL_INVALID_INSTANT" }),
    );
    expect(() => businessDateOf(new Date("+010000-01-01T00:00:00Z"))).toThrow(
      expect.objectContaining({ code: "CAL_INVALID_INSTANT" }),
    );
  });

  it("refuses an invalid business date with CAL_INVALID_DATE", () => {
    expect(() => startOfBusinessDate("2026-02-30")).toThrow(
      expect.objectContaining({ code: "CAL_INVALID_DATE" }),
    );
  });
});
