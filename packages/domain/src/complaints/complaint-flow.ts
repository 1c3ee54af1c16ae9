import { type ComplaintOutcome, type ComplaintStepBy, runComplaintTransition } from "./complaint-step.ts";
import { meetComplaintDeadlines, sameDayReplyDeadline } from "./deadlines.ts";
import { type ComplaintPolicy, resolveComplaintPolicy } from "./policy.ts";
import type { Complaint } from "./types.ts";
import type { ComplaintActionData } from "./workflow.ts";

/** A step's request: who and when, plus the step's data. */
export type ComplaintRequest<A extends keyof ComplaintActionData> = ComplaintStepBy & ComplaintActionData[A];

/** R-CMP-2: the supervisor judges the complaint invalid; it waits for the polite explanation. */
export function declareComplaintInvalid(
  complaint: Complaint,
  { actor, at, reason }: ComplaintRequest<"declareInvalid">,
): ComplaintOutcome {
  return runComplaintTransition(complaint, "declareInvalid", { actor, at }, { reason }, (c) => ({
    complaint: { ...c, invalidity: { text: reason, actor, at } },
  }));
}

/** R-CMP-2: an invalid complaint closes once the explanation given to the customer is recorded. */
export function closeInvalidComplaint(
  complaint: Complaint,
  { actor, at, explanation }: ComplaintRequest<"closeInvalid">,
): ComplaintOutcome {
  return runComplaintTransition(complaint, "closeInvalid", { actor, at }, { explanation }, (c) => ({
    complaint: { ...c, explanation: { text: explanation, actor, at } },
  }));
}

/** R-CMP-5: a classified complaint goes to the responsible department. */
export function assignComplaint(
  complaint: Complaint,
  { actor, at, department }: ComplaintRequest<"assign">,
): ComplaintOutcome {
  return runComplaintTransition(complaint, "assign", { actor, at }, { department }, (c) => ({
    complaint: { ...c, department },
  }));
}

/** R-CMP-5: the department records how it handled the complaint. */
export function recordComplaintHandling(
  complaint: Complaint,
  { actor, at, handling }: ComplaintRequest<"handle">,
): ComplaintOutcome {
  return runComplaintTransition(complaint, "handle", { actor, at }, { handling }, (c) => ({
    complaint: { ...c, handling: { text: handling, actor, at } },
  }));
}

/** R-CMP-5: the department reports the result back to customer service. */
export function reportComplaintBack(
  complaint: Complaint,
  { actor, at, result }: ComplaintRequest<"reportBack">,
): ComplaintOutcome {
  return runComplaintTransition(complaint, "reportBack", { actor, at }, { result }, (c) => ({
    complaint: { ...c, result: { text: result, actor, at } },
  }));
}

/**
 * R-CMP-5: the customer-service manager agrees the result. The complaint counts as resolved now,
 * which meets the resolution or handling deadline (R-CMP-4), and the reply to the customer is due
 * by the end of the same business day.
 */
export function approveComplaintResult(
  complaint: Complaint,
  { actor, at, note }: ComplaintRequest<"approveResult">,
  policy: Partial<ComplaintPolicy> = {},
): ComplaintOutcome {
  const settings = resolveComplaintPolicy(policy);
  const data = note === undefined ? {} : { note };
  return runComplaintTransition(complaint, "approveResult", { actor, at }, data, (c) => ({
    complaint: {
      ...c,
      resolvedAt: at,
      deadlines: [
        ...meetComplaintDeadlines(c.deadlines, ["resolution", "handling"], at),
        { step: "reply", rule: "R-CMP-5", deadline: sameDayReplyDeadline(at, settings) },
      ],
    },
  }));
}

/** R-CMP-5: the manager does not agree the result and sends the complaint back to the department. */
export function returnComplaintToDepartment(
  complaint: Complaint,
  { actor, at, reason }: ComplaintRequest<"returnToDepartment">,
): ComplaintOutcome {
  return runComplaintTransition(complaint, "returnToDepartment", { actor, at }, { reason }, (c) => ({
    complaint: { ...c, rejections: [...(c.rejections ?? []), { text: reason, actor, at }] },
  }));
}

/**
 * R-CMP-5: the result is replied to the customer (意见受理回复表). The reply is also the clear
 * answer a major complaint owes (R-CMP-4) and meets any agreed next reply.
 */
export function replyToComplainant(
  complaint: Complaint,
  { actor, at, reply }: ComplaintRequest<"reply">,
): ComplaintOutcome {
  return runComplaintTransition(complaint, "reply", { actor, at }, { reply }, (c) => ({
    complaint: {
      ...c,
      reply: { text: reply, actor, at },
      deadlines: meetComplaintDeadlines(c.deadlines, ["reply", "answer", "nextReply"], at),
    },
  }));
}

/** R-CMP-5: customer service calls or visits the customer back. */
export function recordComplaintReturnVisit(
  complaint: Complaint,
  { actor, at, notes }: ComplaintRequest<"recordReturnVisit">,
): ComplaintOutcome {
  return runComplaintTransition(complaint, "recordReturnVisit", { actor, at }, { notes }, (c) => ({
    complaint: { ...c, returnVisit: { text: notes, actor, at } },
  }));
}

/** R-CMP-6: closed with the customer's satisfaction, confirmation and the causes for improvement. */
export function closeComplaint(
  complaint: Complaint,
  { actor, at, satisfaction, customerConfirmation, causes = [] }: ComplaintRequest<"close">,
): ComplaintOutcome {
  const data = { satisfaction, customerConfirmation, causes };
  return runComplaintTransition(complaint, "close", { actor, at }, data, (c) => ({
    complaint: { ...c, closure: { ...data, actor, at } },
  }));
}
