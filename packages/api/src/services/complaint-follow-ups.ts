import {
  agreeComplaintNextReply,
  approveComplaintExtension,
  type ComplaintFacts,
  type ComplaintSeverity,
  type DeadlineSpec,
  overrideComplaintSeverity,
  reevaluateComplaintSeverity,
} from "@wuye/domain";
import type { StaffRole } from "../auth/index.ts";
import { type ComplaintStepInput, takeComplaintStep } from "./complaint-flow.ts";
import type { ServiceContext } from "./support.ts";

/**
 * The four records kept beside the complaint flow (R-CMP-3/4/5): a severity re-evaluation, a
 * manual override, an extension and an agreed next-reply time. None moves the complaint along;
 * each is a history line (`from` equal to `to`) written with the columns it changes.
 *
 * These steps are not rows of the transition table, so their roles are listed here as the
 * domain's README states them ("Four records are kept beside the flow"); the domain checks the
 * actor's role again and refuses with its own code if they ever disagree.
 */
export const COMPLAINT_RECORD_ROLES = {
  reevaluateSeverity: ["manager", "customer_service"],
  overrideSeverity: ["manager"],
  approveExtension: ["manager"],
  agreeNextReply: ["customer_service", "manager"],
} as const satisfies Record<string, readonly StaffRole[]>;

/** R-CMP-3: re-evaluates severity with new facts and the time elapsed; it only ever escalates. */
export function reevaluateComplaintSeverityStep(
  sc: ServiceContext,
  input: ComplaintStepInput & { facts: ComplaintFacts },
) {
  return takeComplaintStep(sc, input, {
    roles: COMPLAINT_RECORD_ROLES.reevaluateSeverity,
    run: ({ domain, policy }, by) =>
      reevaluateComplaintSeverity(domain, { ...by, facts: input.facts }, policy),
    classification: (outcome) => (outcome.escalated ? outcome.classification : undefined),
  });
}

/** R-CMP-3: a manager sets the severity by hand, with a reason (the only way it can fall). */
export function overrideComplaintSeverityStep(
  sc: ServiceContext,
  input: ComplaintStepInput & { severity: ComplaintSeverity; reason: string },
) {
  return takeComplaintStep(sc, input, {
    roles: COMPLAINT_RECORD_ROLES.overrideSeverity,
    run: ({ domain, policy }, by) =>
      overrideComplaintSeverity(domain, { ...by, severity: input.severity, reason: input.reason }, policy),
    classification: (outcome) => outcome.classification,
  });
}

/** R-CMP-4: the manager extends an important complaint's handling deadline, saying why. */
export function approveComplaintExtensionStep(
  sc: ServiceContext,
  input: ComplaintStepInput & { extendBy: DeadlineSpec; reason: string },
) {
  return takeComplaintStep(sc, input, {
    roles: COMPLAINT_RECORD_ROLES.approveExtension,
    run: ({ domain, policy }, by) =>
      approveComplaintExtension(domain, { ...by, extendBy: input.extendBy, reason: input.reason }, policy),
  });
}

/** R-CMP-5: a complaint that cannot be resolved yet gets an agreed next-reply time. */
export function agreeComplaintNextReplyStep(
  sc: ServiceContext,
  input: ComplaintStepInput & { replyBy: Date; explanation: string },
) {
  return takeComplaintStep(sc, input, {
    roles: COMPLAINT_RECORD_ROLES.agreeNextReply,
    run: ({ domain, policy }, by) =>
      agreeComplaintNextReply(
        domain,
        { ...by, replyBy: input.replyBy, explanation: input.explanation },
        policy,
      ),
  });
}
