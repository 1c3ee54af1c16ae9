import {
  businessDateOf,
  computeDeadline,
  type Deadline,
  type DeadlineSpec,
  startOfBusinessDate,
} from "../calendar/index.ts";
import { type ComplaintPolicy, complaintDeadlineOptions } from "./policy.ts";
import type {
  Complaint,
  ComplaintDeadline,
  ComplaintReportingDuty,
  ComplaintSeverity,
  ComplaintStep,
} from "./types.ts";

/** The steps whose deadline depends on the severity (R-CMP-4); they are recomputed when it changes. */
const SEVERITY_STEPS: readonly ComplaintStep[] = ["resolution", "handling", "answer"];

function deadlineOf(
  step: ComplaintStep,
  rule: string,
  from: Date,
  spec: DeadlineSpec,
  policy: ComplaintPolicy,
) {
  return { step, rule, deadline: computeDeadline(from, spec, complaintDeadlineOptions(policy)) };
}

/**
 * The deadlines of R-CMP-4 for a severity, counted from `from` (the instant the severity took
 * effect): minor — resolved within 24 h (12 h when urgent); important — handled within 1 day;
 * major — a clear answer within 2 days and resolved within 15 days.
 */
export function complaintSeverityDeadlines(
  severity: ComplaintSeverity,
  urgent: boolean,
  from: Date,
  policy: ComplaintPolicy,
): readonly ComplaintDeadline[] {
  switch (severity) {
    case "minor":
      return [
        deadlineOf(
          "resolution",
          "R-CMP-4",
          from,
          urgent ? policy.minorUrgentResolution : policy.minorResolution,
          policy,
        ),
      ];
    case "important":
      return [deadlineOf("handling", "R-CMP-4", from, policy.importantHandling, policy)];
    case "major":
      return [
        deadlineOf("answer", "R-CMP-4", from, policy.majorAnswer, policy),
        deadlineOf("resolution", "R-CMP-4", from, policy.majorResolution, policy),
      ];
  }
}

/**
 * The deadlines after a severity takes effect at `at`: met deadlines stay as history, unmet
 * severity deadlines give way to the new severity's, and a step already done is not owed again.
 */
export function deadlinesForSeverity(
  complaint: Complaint,
  severity: ComplaintSeverity,
  at: Date,
  policy: ComplaintPolicy,
): readonly ComplaintDeadline[] {
  const kept = complaint.deadlines.filter((d) => d.metAt !== undefined || !SEVERITY_STEPS.includes(d.step));
  const answered = complaint.reply !== undefined || complaint.nextReply !== undefined;
  const owed = complaintSeverityDeadlines(severity, complaint.urgent === true, at, policy).filter((d) =>
    d.step === "answer" ? !answered : complaint.resolvedAt === undefined,
  );
  return [...kept, ...owed];
}

/** Marks the unmet deadlines of the given steps as met at `at`. */
export function meetComplaintDeadlines(
  deadlines: readonly ComplaintDeadline[],
  steps: readonly ComplaintStep[],
  at: Date,
): readonly ComplaintDeadline[] {
  return deadlines.map((d) => (d.metAt === undefined && steps.includes(d.step) ? { ...d, metAt: at } : d));
}

/**
 * R-CMP-5: the reply to the customer is due the same day the manager approves the result, that
 * is by 24:00 of that business date in the estate's time zone.
 */
export function sameDayReplyDeadline(approvedAt: Date, policy: ComplaintPolicy): Deadline {
  const dayStart = startOfBusinessDate(businessDateOf(approvedAt, policy.timeZone), policy.timeZone);
  return computeDeadline(dayStart, { amount: 1, unit: "calendarDays" }, complaintDeadlineOptions(policy));
}

/** A deadline due at the instant itself: "at once", or an agreed time. */
export function deadlineAt(instant: Date, policy: ComplaintPolicy): Deadline {
  return computeDeadline(instant, { amount: 0, unit: "minutes" }, complaintDeadlineOptions(policy));
}

/**
 * R-CMP-4: major and important complaints are reported to the supervisor at once; major ones
 * go onward to company leadership. Minor ones need no report.
 */
export function complaintReportingDuties(
  severity: ComplaintSeverity,
  at: Date,
  policy: ComplaintPolicy,
): readonly ComplaintReportingDuty[] {
  if (severity === "minor") return [];
  const deadline = deadlineAt(at, policy);
  const supervisor: ComplaintReportingDuty = { to: "supervisor", severity, rule: "R-CMP-4", deadline };
  if (severity === "important") return [supervisor];
  return [supervisor, { to: "companyLeadership", via: "supervisor", severity, rule: "R-CMP-4", deadline }];
}
