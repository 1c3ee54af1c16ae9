import data from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { addDays, classifyDate, createWorkingDayCalendar, isoWeekdayOf, officialCalendar } from "../index.ts";

function datesFrom(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) dates.push(date);
  return dates;
}

describe("R-CAL-1 official mainland working-day calendar", () => {
  it("covers every year from 2024 through 2026, which demo data and tests use", () => {
    for (const year of [2024, 2025, 2026]) expect(officialCalendar.coveredYears).toContain(year);
  });

  it("derives its covered years from the years the data lists holidays in, with no gap", () => {
    const years = [...new Set(Object.keys(data.holidays).map((date) => Number(date.slice(0, 4))))];
    const first = Math.min(...years);
    const last = Math.max(...years);
    expect(officialCalendar.coveredYears).toEqual(
      Array.from({ length: last - first + 1 }, (_, i) => first + i),
    );
    expect(officialCalendar.name).toMatch(/^chinese-days \d+\.\d+\.\d+ \(\d{4}–\d{4}\)$/);
    expect(officialCalendar.name).toContain(`${first}–${last}`);
  });

  it("has National Day 2026 off from 1 to 7 October", () => {
    for (const date of datesFrom("2026-10-01", "2026-10-07")) {
      expect(classifyDate(date)).toEqual({
        date,
        working: false,
        reason: "publicHoliday",
        name: "National Day",
        nameZh: "国庆节",
        provisional: false,
      });
    }
    expect(classifyDate("2026-10-08")).toMatchObject({ working: true, reason: "workday" });
  });

  it("makes Sunday 20 September and Saturday 10 October 2026 working days for National Day", () => {
    for (const date of ["2026-09-20", "2026-10-10"]) {
      expect(isoWeekdayOf(date)).toBeGreaterThanOrEqual(6);
      expect(classifyDate(date)).toEqual({
        date,
        working: true,
        reason: "makeUpWorkday",
        name: "National Day",
        nameZh: "国庆节",
        provisional: false,
      });
    }
    expect(classifyDate("2026-10-11")).toMatchObject({ working: false, reason: "weekend" });
  });

  it("has Spring Festival 2026 off from 15 to 23 February, made up on the 14th and 28th", () => {
    for (const date of datesFrom("2026-02-15", "2026-02-23")) {
      expect(classifyDate(date)).toMatchObject({ working: false, reason: "publicHoliday", nameZh: "春节" });
    }
    expect(classifyDate("2026-02-14")).toMatchObject({
      working: true,
      reason: "makeUpWorkday",
      name: "Spring Festival",
    });
    expect(classifyDate("2026-02-28")).toMatchObject({
      working: true,
      reason: "makeUpWorkday",
      name: "Spring Festival",
    });
    expect(classifyDate("2026-02-13")).toMatchObject({ working: true, reason: "workday" });
    expect(classifyDate("2026-02-24")).toMatchObject({ working: true, reason: "workday" });
  });

  it("classifies ordinary weekdays and weekends of a covered year", () => {
    expect(classifyDate("2025-11-21")).toEqual({
      date: "2025-11-21",
      working: true,
      reason: "workday",
      provisional: false,
    });
    expect(classifyDate("2025-11-22")).toEqual({
      date: "2025-11-22",
      working: false,
      reason: "weekend",
      provisional: false,
    });
  });

  it("makes up only on weekends, and never both works and rests on one date", () => {
    for (const date of Object.keys(data.workdays)) {
      expect(isoWeekdayOf(date), date).toBeGreaterThanOrEqual(6);
      expect(Object.hasOwn(data.holidays, date), date).toBe(false);
    }
  });

  it("refuses an invalid date with CAL_INVALID_DATE", () => {
    expect(() => classifyDate("2026-10-32")).toThrow(expect.objectContaining({ code: "CAL_INVALID_DATE" }));
  });
});

describe("R-CAL-2 years the data does not cover", () => {
  it("does not cover 2027 yet", () => {
    expect(officialCalendar.coveredYears).not.toContain(2027);
  });

  it("judges 2027 by weekends alone and marks every day provisional", () => {
    // 1 January 2027 will surely be a holiday, but until the notice is in the data it is not known.
    expect(classifyDate("2027-01-01")).toEqual({
      date: "2027-01-01",
      working: true,
      reason: "workday",
      provisional: true,
    });
    expect(classifyDate("2027-01-02")).toEqual({
      date: "2027-01-02",
      working: false,
      reason: "weekend",
      provisional: true,
    });
  });

  it("is provisional before the first covered year too", () => {
    expect(classifyDate("2003-10-01")).toMatchObject({ working: true, reason: "workday", provisional: true });
  });
});

describe("R-CAL-1 calendars built from other data", () => {
  const calendar2027 = createWorkingDayCalendar({
    source: "test notice 2027",
    holidays: { "2027-01-01": "New Year's Day,元旦,1" },
    workdays: { "2027-01-09": "Test make-up,测试调休,1" },
  });

  it("covers the years its data lists holidays in, and classifies by it", () => {
    expect(calendar2027.coveredYears).toEqual([2027]);
    expect(calendar2027.name).toBe("test notice 2027 (2027)");
    expect(classifyDate("2027-01-01", calendar2027)).toMatchObject({
      working: false,
      reason: "publicHoliday",
      nameZh: "元旦",
      provisional: false,
    });
    expect(classifyDate("2027-01-09", calendar2027)).toMatchObject({
      working: true,
      reason: "makeUpWorkday",
    });
    expect(classifyDate("2026-10-01", calendar2027)).toMatchObject({ working: true, provisional: true });
  });

  it("takes explicit covered years and lists gaps in its name", () => {
    const calendar = createWorkingDayCalendar({
      source: "gappy",
      holidays: { "2031-01-01": "New Year's Day,元旦,1" },
      workdays: {},
      coveredYears: [2030, 2024, 2025, 2025, 2027],
    });
    expect(calendar.coveredYears).toEqual([2024, 2025, 2027, 2030]);
    expect(calendar.name).toBe("gappy (2024–2025, 2027, 2030)");
    expect(calendar.classify("2030-01-01")).toMatchObject({ working: true, provisional: false });
    // A date the data names still counts, but its year is not declared complete.
    expect(calendar.classify("2031-01-01")).toMatchObject({
      working: false,
      reason: "publicHoliday",
      provisional: true,
    });
  });

  it("refuses data keyed by something that is not a date", () => {
    expect(() =>
      createWorkingDayCalendar({ source: "bad", holidays: { "2027-02-30": "Nonsense,无,1" }, workdays: {} }),
    ).toThrow(expect.objectContaining({ code: "CAL_INVALID_DATE", path: ["holidays", "2027-02-30"] }));
  });
});
