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
import { overrideWords, periodWords, warrantyExplanation } from "./wording.ts";

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
  const spanOf = (p: RepairWarrantyPeriod) =>
    p.kind === "seasons" ? policy[`${p.season}Season`] : undefined;
  const nationalPeriod = NATIONAL_MINIMUM_WARRANTY_PERIODS[category];
  const national = samePeriod(period, nationalPeriod);
  const periodText = periodWords(period, spanOf(period));
  return {
    status,
    category,
    period,
    periodText,
    periodSource: national ? "nationalMinimum" : "estatePolicy",
    handoverDate,
    endDate,
    onDate,
    cause,
    rules: ["R-REP-3"],
    explanation: warrantyExplanation({
      category,
      period: periodText,
      ...(national ? {} : { nationalMinimum: periodWords(nationalPeriod, spanOf(nationalPeriod)) }),
      handoverDate,
      endDate,
      onDate,
      cause,
      status,
    }),
  };
}

/** A manual change to a warranty decision, e.g. a goodwill repair outside the period. */
export interface RepairWarrantyOverrideInput {
  readonly status: RepairWarrantyStatus;
  readonly actor: Actor;
  readonly at: Date;
  readonly reason: string;
}

/**
 * Overrides a warranty decision, keeping who changed it, when, why and what it was; the
 * explanation keeps the original reasoning and adds the change, so the owner sees both.
 */
export function overrideRepairWarranty(
  decision: RepairWarrantyDecision,
  input: RepairWarrantyOverrideInput,
): RepairWarrantyDecision {
  if (typeof input.reason !== "string" || input.reason.trim() === "") {
    throw repairErrors.REP_FIELD_REQUIRED.error({ field: "override reason", fieldZh: "变更理由" }, [
      "reason",
    ]);
  }
  const words = overrideWords(decision.status, input.status, input.actor, input.reason.trim());
  return {
    ...decision,
    status: input.status,
    explanation: { en: decision.explanation.en + words.en, zh: decision.explanation.zh + words.zh },
    override: { from: decision.status, actor: input.actor, at: input.at, reason: input.reason },
  };
}
