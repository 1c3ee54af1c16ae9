import { addDays, type IsoDate, isIsoDate } from "../calendar/index.ts";
import type { Actor } from "../workflow/index.ts";
import { repairErrors } from "./errors.ts";
import {
  NATIONAL_MINIMUM_WARRANTY_PERIODS,
  type RepairPolicyOverrides,
  resolveRepairPolicy,
} from "./policy.ts";
import type {
  RepairCause,
  RepairComponentCategory,
  RepairSeasonSpan,
  RepairWarrantyDecision,
  RepairWarrantyPeriod,
  RepairWarrantyStatus,
} from "./types.ts";

/** What the warranty decision needs to know. */
export interface RepairWarrantyInput {
  readonly category: RepairComponentCategory;
  /** The day the unit was handed over to the owner 交付之日: the warranty runs from it. */
  readonly handoverDate: IsoDate;
  /** The day the defect is reported. */
  readonly on: IsoDate;
  /** @default "defect" */
  readonly cause?: RepairCause;
}

const STATUTE = "建设工程质量管理条例 art. 40; 房屋建筑工程质量保修办法 art. 7";
const EXCLUSIONS = "房屋建筑工程质量保修办法 art. 17";

function requireDate(value: IsoDate, path: string): IsoDate {
  if (!isIsoDate(value)) throw repairErrors.REP_INVALID_DATE.error({ date: String(value) }, [path]);
  return value;
}

/**
 * The last day of the `count`-th season beginning on or after the handover. A season already
 * under way at handover is not counted: the owner gets two whole seasons of use.
 */
function endOfSeasons(handoverDate: IsoDate, span: RepairSeasonSpan, count: number): IsoDate {
  const handoverYear = Number(handoverDate.slice(0, 4));
  const firstYear =
    `${handoverDate.slice(0, 4)}-${span.start}` >= handoverDate ? handoverYear : handoverYear + 1;
  const startYear = firstYear + count - 1;
  const crossesNewYear = span.end < span.start;
  return `${String(startYear + (crossesNewYear ? 1 : 0)).padStart(4, "0")}-${span.end}`;
}

/** The day before the `years`-th anniversary; a 29 February handover has its anniversary on 1 March. */
function endOfYears(handoverDate: IsoDate, years: number): IsoDate {
  const year = String(Number(handoverDate.slice(0, 4)) + years).padStart(4, "0");
  const sameDay = `${year}${handoverDate.slice(4)}`;
  return addDays(isIsoDate(sameDay) ? sameDay : `${year}-03-01`, -1);
}

function describePeriod(period: RepairWarrantyPeriod, span: RepairSeasonSpan | undefined): string {
  if (period.kind === "years") return `${period.years} year${period.years === 1 ? "" : "s"}`;
  const plural = period.count === 1 ? "" : "s";
  return `${period.count} ${period.season} season${plural} (${span?.start} to ${span?.end})`;
}

function samePeriod(a: RepairWarrantyPeriod, b: RepairWarrantyPeriod): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Decides whether a repair falls within the warranty 保修范围内 (R-REP-3): the component's period
 * from the policy table (the national minimums by default), counted from the unit's handover.
 * Years end the day before the anniversary; seasons on the last day of the last season. Damage
 * from misuse, third parties or force majeure is excluded whatever the date.
 */
export function decideRepairWarranty(
  input: RepairWarrantyInput,
  overrides: RepairPolicyOverrides = {},
): RepairWarrantyDecision {
  const policy = resolveRepairPolicy(overrides);
  const { category } = input;
  const period = Object.hasOwn(policy.warrantyPeriods, category)
    ? policy.warrantyPeriods[category]
    : undefined;
  if (!period) throw repairErrors.REP_UNKNOWN_COMPONENT.error({ category: String(category) }, ["category"]);
  const handoverDate = requireDate(input.handoverDate, "handoverDate");
  const onDate = requireDate(input.on, "on");
  if (onDate < handoverDate) {
    throw repairErrors.REP_REQUEST_BEFORE_HANDOVER.error({ on: onDate, handoverDate }, ["on"]);
  }
  const cause = input.cause ?? "defect";
  const endDate =
    period.kind === "years"
      ? endOfYears(handoverDate, period.years)
      : endOfSeasons(handoverDate, policy[`${period.season}Season`], period.count);
  const status: RepairWarrantyStatus =
    cause !== "defect" ? "excluded" : onDate <= endDate ? "inWarranty" : "expired";
  const national = samePeriod(period, NATIONAL_MINIMUM_WARRANTY_PERIODS[category]);
  const basis = [
    national ? `national minimum (${STATUTE})` : "estate policy",
    ...(status === "excluded" ? [`${cause} is not covered (${EXCLUSIONS})`] : []),
  ].join("; ");
  return {
    status,
    category,
    period,
    periodText: describePeriod(
      period,
      period.kind === "seasons" ? policy[`${period.season}Season`] : undefined,
    ),
    handoverDate,
    endDate,
    onDate,
    cause,
    rules: ["R-REP-3"],
    basis,
  };
}

/** A manual change to a warranty decision, e.g. a goodwill repair outside the period. */
export interface RepairWarrantyOverrideInput {
  readonly status: RepairWarrantyStatus;
  readonly actor: Actor;
  readonly at: Date;
  readonly reason: string;
}

/** Overrides a warranty decision, keeping who changed it, when, why and what it was. */
export function overrideRepairWarranty(
  decision: RepairWarrantyDecision,
  input: RepairWarrantyOverrideInput,
): RepairWarrantyDecision {
  if (typeof input.reason !== "string" || input.reason.trim() === "") {
    throw repairErrors.REP_FIELD_REQUIRED.error({ field: "override reason", fieldZh: "变更理由" }, [
      "reason",
    ]);
  }
  return {
    ...decision,
    status: input.status,
    override: { from: decision.status, actor: input.actor, at: input.at, reason: input.reason },
  };
}
