import { dateFields, type IsoDate, isoWeekdayOf } from "./iso-date.ts";

/** Why a day is or is not a working day 工作日. */
export type DayReason = "workday" | "weekend" | "publicHoliday" | "makeUpWorkday";

/** What the calendar says about one business date. */
export interface DayClassification {
  readonly date: IsoDate;
  readonly working: boolean;
  /** `publicHoliday` 法定节假日 (weekends inside a break included); `makeUpWorkday` 调休上班日. */
  readonly reason: DayReason;
  /** The holiday in English, e.g. "National Day" (for a make-up day: the holiday it pays for). */
  readonly name?: string;
  /** The holiday in Chinese, e.g. "国庆节". */
  readonly nameZh?: string;
  /** R-CAL-2: the year is not covered by the data, so only weekends were considered. */
  readonly provisional: boolean;
}

/**
 * A working-day calendar: which dates are public holidays and which weekend dates are make-up
 * working days, for the years its data covers. Build one with {@link createWorkingDayCalendar};
 * the official mainland calendar is `officialCalendar`.
 */
export interface WorkingDayCalendar {
  /** Names the data and the years it covers, e.g. "chinese-days 1.5.7 (2004–2026)". */
  readonly name: string;
  /** Years whose official calendar the data holds, ascending. */
  readonly coveredYears: readonly number[];
  classify(date: IsoDate): DayClassification;
}

/**
 * Holiday data in the shape the `chinese-days` package publishes: dates mapped to
 * `"English name,中文名,n"`.
 */
export interface WorkingDayCalendarData {
  /** Where the data comes from, e.g. "chinese-days 1.5.7". */
  readonly source: string;
  /** Days off: the public holidays and the weekend days inside each break. */
  readonly holidays: Readonly<Record<IsoDate, string>>;
  /** Weekend days worked to make up for a break (调休). */
  readonly workdays: Readonly<Record<IsoDate, string>>;
  /**
   * Years the data covers. Default: every year in which the data lists a public holiday — each
   * year's notice names that year's holidays, so a year without any has not been published.
   */
  readonly coveredYears?: readonly number[];
}

interface NamedDay {
  readonly name?: string;
  readonly nameZh?: string;
}

function namedDays(entries: Readonly<Record<IsoDate, string>>, path: string): Map<IsoDate, NamedDay> {
  const days = new Map<IsoDate, NamedDay>();
  for (const [date, label] of Object.entries(entries)) {
    dateFields(date, [path, date]);
    const [name, nameZh] = label.split(",").map((part) => part.trim());
    days.set(date, { ...(name ? { name } : {}), ...(nameZh ? { nameZh } : {}) });
  }
  return days;
}

function yearRanges(years: readonly number[]): string {
  const ranges: string[] = [];
  let start = years[0];
  for (let i = 0; i < years.length; i++) {
    const year = years[i]!;
    const next = years[i + 1];
    if (next === year + 1) continue;
    ranges.push(start === year ? `${year}` : `${start}–${year}`);
    start = next;
  }
  return ranges.length > 0 ? ranges.join(", ") : "no years";
}

/** Builds a {@link WorkingDayCalendar} from holiday data (R-CAL-1), weekends-only outside it (R-CAL-2). */
export function createWorkingDayCalendar(data: WorkingDayCalendarData): WorkingDayCalendar {
  const holidays = namedDays(data.holidays, "holidays");
  const workdays = namedDays(data.workdays, "workdays");
  const derived = [...holidays.keys()].map((date) => dateFields(date).year);
  const coveredYears = [...new Set(data.coveredYears ?? derived)].sort((a, b) => a - b);
  const covered = new Set(coveredYears);

  function classify(date: IsoDate): DayClassification {
    const { year } = dateFields(date);
    const provisional = !covered.has(year);
    // A date the data names is classified by it even in a year it does not fully cover.
    const holiday = holidays.get(date);
    if (holiday) return { date, working: false, reason: "publicHoliday", ...holiday, provisional };
    const makeUp = workdays.get(date);
    if (makeUp) return { date, working: true, reason: "makeUpWorkday", ...makeUp, provisional };
    // Otherwise the weekday decides; in an uncovered year that is all we know (R-CAL-2: provisional).
    return isoWeekdayOf(date) >= 6
      ? { date, working: false, reason: "weekend", provisional }
      : { date, working: true, reason: "workday", provisional };
  }

  return { name: `${data.source} (${yearRanges(coveredYears)})`, coveredYears, classify };
}
