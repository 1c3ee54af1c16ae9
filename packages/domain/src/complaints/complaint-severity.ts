import type { Refusal } from "../errors/index.ts";
import { hasText } from "./checks.ts";
import {
  type ComplaintOutcome,
  type ComplaintRecordStep,
  type ComplaintStepBy,
  runComplaintRecordStep,
  runComplaintTransition,
} from "./complaint-step.ts";
import { complaintReportingDuties, complaintSeverityDeadlines, deadlinesForSeverity } from "./deadlines.ts";
import { complaintErrors } from "./errors.ts";
import { type ComplaintPolicy, resolveComplaintPolicy } from "./policy.ts";
import {
  complaintFactRefusals,
  firedComplaintCriteria,
  higherComplaintSeverity,
} from "./severity-criteria.ts";
import {
  COMPLAINT_SEVERITIES,
  type Complaint,
  type ComplaintFacts,
  type ComplaintReportingDuty,
  type ComplaintSeverity,
  type ComplaintSeverityClassification,
  type ComplaintStatus,
  type FiredComplaintCriterion,
} from "./types.ts";

/** What classifying, escalating or overriding adds to the outcome. */
export interface ComplaintSeverityResult {
  /** The severity the facts imply now, with every criterion that fired (R-CMP-3). */
  readonly classification: ComplaintSeverityClassification;
  /** Whom to tell at once (R-CMP-4); empty when the severity did not rise. */
  readonly duties: readonly ComplaintReportingDuty[];
}

function classificationOf(criteria: readonly FiredComplaintCriterion[]): ComplaintSeverityClassification {
  const severity = criteria.map((c) => c.severity).reduce(higherComplaintSeverity, "minor");
  return { severity, criteria, rules: ["R-CMP-3"] };
}

const rank = (severity: ComplaintSeverity) => COMPLAINT_SEVERITIES.indexOf(severity);

/**
 * R-CMP-2/3/4: the supervisor finds the complaint valid and classifies it from its facts. The
 * severity's deadlines start now, and a major or important complaint is to be reported at once.
 */
export function classifyComplaint(
  complaint: Complaint,
  {
    actor,
    at,
    facts,
    urgent = false,
  }: ComplaintStepBy & { readonly facts: ComplaintFacts; readonly urgent?: boolean },
  policy: Partial<ComplaintPolicy> = {},
): ComplaintOutcome<ComplaintSeverityResult> {
  const settings = resolveComplaintPolicy(policy);
  return runComplaintTransition(complaint, "classify", { actor, at }, { facts, urgent }, (c) => {
    const classification = classificationOf(firedComplaintCriteria(facts, { at }, settings));
    const { severity, criteria } = classification;
    return {
      complaint: {
        ...c,
        facts,
        urgent,
        severity,
        classifiedAt: at,
        severityHistory: [{ kind: "classification", to: severity, actor, at, criteria }],
        deadlines: complaintSeverityDeadlines(severity, urgent, at, settings),
      },
      classification,
      duties: complaintReportingDuties(severity, at, settings),
    };
  });
}

/** States in which a classified complaint is still open. */
const OPEN_STATES: readonly ComplaintStatus[] = [
  "classified",
  "assigned",
  "handled",
  "reportedBack",
  "approved",
  "replied",
  "returnVisited",
];

/** The criteria known when the severity was last set: they cannot raise it again. */
function knownCriteria(complaint: Complaint): ReadonlySet<string> {
  const last = complaint.severityHistory[complaint.severityHistory.length - 1];
  return new Set(last?.criteria.map((c) => c.id) ?? []);
}

/** What the facts imply at `at`; "unresolved for one week" counts from classification until resolved. */
function classifyNow(complaint: Complaint, facts: ComplaintFacts, at: Date, policy: ComplaintPolicy) {
  const unresolvedSince = complaint.resolvedAt === undefined ? complaint.classifiedAt : undefined;
  return classificationOf(
    firedComplaintCriteria(facts, unresolvedSince ? { at, unresolvedSince } : { at }, policy),
  );
}

/** The re-evaluation's outcome: whether it escalated, and what the facts imply now. */
export interface ComplaintReevaluation extends ComplaintSeverityResult {
  readonly escalated: boolean;
}

/**
 * R-CMP-3: re-evaluates severity with any new facts (more complainants…) and the time elapsed.
 * Severity only rises, and only on a criterion that was not known when it was last set — so a
 * manual override is not undone by the same facts. A lower result never lowers it. Every
 * re-evaluation yields a history event; an escalation restarts the deadlines and reports.
 */
export function reevaluateComplaintSeverity(
  complaint: Complaint,
  { actor, at, facts = {} }: ComplaintStepBy & { readonly facts?: ComplaintFacts },
  policy: Partial<ComplaintPolicy> = {},
): ComplaintOutcome<ComplaintReevaluation> {
  const settings = resolveComplaintPolicy(policy);
  const merged: ComplaintFacts = { ...complaint.facts, ...facts };
  const step: ComplaintRecordStep<{ facts: ComplaintFacts }> = {
    action: "reevaluateSeverity",
    states: OPEN_STATES,
    roles: ["system", "manager", "customer_service"],
    refusals: () => complaintFactRefusals(merged),
  };
  return runComplaintRecordStep(complaint, step, { actor, at }, { facts }, (c) => {
    const classification = classifyNow(c, merged, at, settings);
    const known = knownCriteria(c);
    const fresh = classification.criteria.filter((f) => !known.has(f.id));
    const current = c.severity ?? "minor";
    const target = fresh.map((f) => f.severity).reduce(higherComplaintSeverity, current);
    if (rank(target) <= rank(current)) {
      return { complaint: { ...c, facts: merged }, classification, escalated: false, duties: [] };
    }
    const criteria = classification.criteria;
    return {
      complaint: {
        ...c,
        facts: merged,
        severity: target,
        severityHistory: [
          ...c.severityHistory,
          { kind: "reevaluation", from: current, to: target, actor, at, criteria },
        ],
        deadlines: deadlinesForSeverity(c, target, at, settings),
      },
      classification,
      escalated: true,
      duties: complaintReportingDuties(target, at, settings),
    };
  });
}

/** An override's data: the new severity and why. */
export interface ComplaintSeverityOverride {
  readonly severity: ComplaintSeverity;
  readonly reason: string;
}

/**
 * R-CMP-3: a manager sets the severity by hand, up or down, recording who and why — the only way
 * severity can fall. Deadlines restart for the new severity; raising it reports at once (R-CMP-4).
 */
export function overrideComplaintSeverity(
  complaint: Complaint,
  { actor, at, severity, reason }: ComplaintStepBy & ComplaintSeverityOverride,
  policy: Partial<ComplaintPolicy> = {},
): ComplaintOutcome<ComplaintSeverityResult> {
  const settings = resolveComplaintPolicy(policy);
  const step: ComplaintRecordStep<ComplaintSeverityOverride> = {
    action: "overrideSeverity",
    states: OPEN_STATES,
    roles: ["manager"],
    refusals: (c) => {
      const refusals: Refusal[] = [];
      if (!COMPLAINT_SEVERITIES.includes(severity)) {
        refusals.push(
          complaintErrors.CMP_SEVERITY_UNKNOWN.refuse({ severity: String(severity) }, ["severity"]),
        );
      } else if (severity === c.severity) {
        refusals.push(complaintErrors.CMP_OVERRIDE_UNCHANGED.refuse({ severity }, ["severity"]));
      }
      if (!hasText(reason))
        refusals.push(complaintErrors.CMP_OVERRIDE_REASON_REQUIRED.refuse({}, ["reason"]));
      return refusals;
    },
  };
  return runComplaintRecordStep(complaint, step, { actor, at }, { severity, reason }, (c) => {
    const previous = c.severity ?? "minor";
    // The criteria firing now are recorded as known, so re-evaluation cannot undo the override.
    const classification = classifyNow(c, c.facts ?? {}, at, settings);
    const criteria = classification.criteria;
    return {
      complaint: {
        ...c,
        severity,
        severityHistory: [
          ...c.severityHistory,
          { kind: "override", from: previous, to: severity, actor, at, reason, criteria },
        ],
        deadlines: deadlinesForSeverity(c, severity, at, settings),
      },
      classification,
      duties: rank(severity) > rank(previous) ? complaintReportingDuties(severity, at, settings) : [],
    };
  });
}
