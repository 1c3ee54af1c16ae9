import { DEFAULT_TIME_ZONE, type DeadlineSpec, type WorkingDayCalendar } from "../calendar/index.ts";
import { complaintErrors } from "./errors.ts";

/**
 * An estate's complaint settings. The numbers of R-CMP-3 and R-CMP-4 are defaults; an estate may
 * override any of them (e.g. count working days instead of calendar days).
 */
export interface ComplaintPolicy {
  /** R-CMP-4: a minor complaint is resolved within 24 hours. */
  readonly minorResolution: DeadlineSpec;
  /** R-CMP-4: …within 12 hours when urgent. */
  readonly minorUrgentResolution: DeadlineSpec;
  /** R-CMP-4: an important complaint is handled within 1 day (extension by the manager's approval). */
  readonly importantHandling: DeadlineSpec;
  /** R-CMP-4: a major complaint gets a clear answer within 2 days… */
  readonly majorAnswer: DeadlineSpec;
  /** …and is resolved within 15 days. */
  readonly majorResolution: DeadlineSpec;
  /** R-CMP-3: a valid complaint unresolved this long after classification becomes major. */
  readonly unresolvedBecomesMajorAfter: DeadlineSpec;
  /** R-CMP-3: this many complainants about the same event make it major. */
  readonly majorComplainantCount: number;
  /** The estate's time zone, for the same-day reply. @default "Asia/Shanghai" */
  readonly timeZone: string;
  /** Working-day calendar, used only when a spec counts working days. @default officialCalendar */
  readonly calendar?: WorkingDayCalendar;
}

/** The defaults of R-CMP-3 and R-CMP-4. */
export const DEFAULT_COMPLAINT_POLICY: ComplaintPolicy = {
  minorResolution: { amount: 24, unit: "hours" },
  minorUrgentResolution: { amount: 12, unit: "hours" },
  importantHandling: { amount: 1, unit: "calendarDays" },
  majorAnswer: { amount: 2, unit: "calendarDays" },
  majorResolution: { amount: 15, unit: "calendarDays" },
  unresolvedBecomesMajorAfter: { amount: 7, unit: "calendarDays" },
  majorComplainantCount: 5,
  timeZone: DEFAULT_TIME_ZONE,
};

/** The defaults with an estate's overrides applied; a complainant threshold below 2 is refused. */
export function resolveComplaintPolicy(overrides: Partial<ComplaintPolicy> = {}): ComplaintPolicy {
  const policy = { ...DEFAULT_COMPLAINT_POLICY, ...overrides };
  const count = policy.majorComplainantCount;
  // R-CMP-3: "several customers about one event" needs at least two, or every complaint is major.
  if (!Number.isInteger(count) || count < 2) {
    throw complaintErrors.CMP_POLICY_COMPLAINANT_COUNT.error({ count: String(count) }, [
      "majorComplainantCount",
    ]);
  }
  return policy;
}

/** The options `computeDeadline` needs from a policy. */
export function complaintDeadlineOptions(policy: ComplaintPolicy) {
  return policy.calendar
    ? { timeZone: policy.timeZone, calendar: policy.calendar }
    : { timeZone: policy.timeZone };
}
