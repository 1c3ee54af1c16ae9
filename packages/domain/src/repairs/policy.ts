import type { DeadlineSpec, WorkingDayCalendar } from "../calendar/index.ts";
import { DEFAULT_TIME_ZONE } from "../calendar/index.ts";
import { repairErrors } from "./errors.ts";
import type { RepairComponentCategory, RepairSeasonSpan, RepairWarrantyPeriod } from "./types.ts";

/** An estate's repair policy: SLA deadlines and the warranty table (every field has a default). */
export interface RepairPolicy {
  /** R-REP-1: answer a request. @default 15 minutes */
  readonly response: DeadlineSpec;
  /** R-REP-2: carry out the repair, from the request. @default 24 hours */
  readonly completion: DeadlineSpec;
  /** R-REP-5: the return visit no earlier than this after completion. @default 1 calendar day */
  readonly returnVisitEarliest: DeadlineSpec;
  /** R-REP-5: the return visit is overdue after this. @default 3 calendar days */
  readonly returnVisitLatest: DeadlineSpec;
  /** R-REP-3: warranty periods by component. @default the national minimums */
  readonly warrantyPeriods: Readonly<Record<RepairComponentCategory, RepairWarrantyPeriod>>;
  /** @default 15 November to 15 March */
  readonly heatingSeason: RepairSeasonSpan;
  /** @default 1 June to 30 September */
  readonly coolingSeason: RepairSeasonSpan;
  /** @default "Asia/Shanghai" */
  readonly timeZone: string;
  /** Working-day calendar for deadlines stated in working days. @default officialCalendar */
  readonly calendar?: WorkingDayCalendar;
}

/** What an estate may override; warranty periods one category at a time. */
export type RepairPolicyOverrides = Partial<Omit<RepairPolicy, "warrantyPeriods">> & {
  readonly warrantyPeriods?: Partial<Record<RepairComponentCategory, RepairWarrantyPeriod>>;
};

/**
 * The national minimum warranty periods 最低保修期限 (建设工程质量管理条例 art. 40, 房屋建筑工程质量
 * 保修办法 art. 7). The foundation and main structure are warranted for the design service life,
 * 50 years for ordinary housing; set it from the design documents.
 */
export const NATIONAL_MINIMUM_WARRANTY_PERIODS: Readonly<
  Record<RepairComponentCategory, RepairWarrantyPeriod>
> = {
  foundationAndStructure: { kind: "years", years: 50 },
  roofWaterproofing: { kind: "years", years: 5 },
  wetRoomLeakage: { kind: "years", years: 5 },
  exteriorWallLeakage: { kind: "years", years: 5 },
  heating: { kind: "seasons", season: "heating", count: 2 },
  cooling: { kind: "seasons", season: "cooling", count: 2 },
  electrical: { kind: "years", years: 2 },
  plumbing: { kind: "years", years: 2 },
  equipmentInstallation: { kind: "years", years: 2 },
  decoration: { kind: "years", years: 2 },
};

export const DEFAULT_REPAIR_POLICY: RepairPolicy = {
  response: { amount: 15, unit: "minutes" },
  completion: { amount: 24, unit: "hours" },
  returnVisitEarliest: { amount: 1, unit: "calendarDays" },
  returnVisitLatest: { amount: 3, unit: "calendarDays" },
  warrantyPeriods: NATIONAL_MINIMUM_WARRANTY_PERIODS,
  heatingSeason: { start: "11-15", end: "03-15" },
  coolingSeason: { start: "06-01", end: "09-30" },
  timeZone: DEFAULT_TIME_ZONE,
};

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
// Days per month in a common year: a season bound of 29 February would not exist most years.
const MONTH_LENGTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function assertMonthDay(value: string, setting: string): void {
  const match = MONTH_DAY.exec(value);
  const month = Number(match?.[1]);
  const day = Number(match?.[2]);
  const valid =
    match !== null && month >= 1 && month <= 12 && day >= 1 && day <= (MONTH_LENGTH[month - 1] ?? 0);
  if (!valid) throw repairErrors.REP_INVALID_POLICY.error({ setting, value: String(value) }, [setting]);
}

function assertPeriod(category: string, period: RepairWarrantyPeriod): void {
  const amount = period.kind === "years" ? period.years : period.count;
  const kindOk = period.kind === "years" || period.season === "heating" || period.season === "cooling";
  if (!kindOk || !Number.isInteger(amount) || amount < 1 || amount > 100) {
    throw repairErrors.REP_INVALID_POLICY.error(
      { setting: `warrantyPeriods.${category}`, value: JSON.stringify(period) },
      ["warrantyPeriods", category],
    );
  }
}

/** Years covered by a period: a heating or cooling season comes once a year. */
function coveredYears(period: RepairWarrantyPeriod): number {
  return period.kind === "years" ? period.years : period.count;
}

// The national periods are minimums (建设工程质量管理条例 第四十条): an estate may lengthen one, never shorten it.
function assertNotBelowMinimum(category: string, period: RepairWarrantyPeriod): void {
  const minimum = NATIONAL_MINIMUM_WARRANTY_PERIODS[category as RepairComponentCategory];
  if (minimum && coveredYears(period) < coveredYears(minimum)) {
    throw repairErrors.REP_WARRANTY_BELOW_NATIONAL_MINIMUM.error(
      { category, period: JSON.stringify(period), minimum: JSON.stringify(minimum) },
      ["warrantyPeriods", category],
    );
  }
}

/** An estate's repair policy: its overrides laid over the defaults, checked. */
export function resolveRepairPolicy(overrides: RepairPolicyOverrides = {}): RepairPolicy {
  const { warrantyPeriods, ...rest } = overrides;
  const policy: RepairPolicy = {
    ...DEFAULT_REPAIR_POLICY,
    ...rest,
    warrantyPeriods: { ...DEFAULT_REPAIR_POLICY.warrantyPeriods, ...warrantyPeriods },
  };
  for (const [category, period] of Object.entries(policy.warrantyPeriods)) {
    assertPeriod(category, period);
    assertNotBelowMinimum(category, period);
  }
  for (const name of ["heatingSeason", "coolingSeason"] as const) {
    assertMonthDay(policy[name].start, `${name}.start`);
    assertMonthDay(policy[name].end, `${name}.end`);
    if (policy[name].start === policy[name].end) {
      throw repairErrors.REP_INVALID_POLICY.error({ setting: name, value: JSON.stringify(policy[name]) }, [
        name,
      ]);
    }
  }
  return policy;
}
