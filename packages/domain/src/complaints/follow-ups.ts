import { computeDeadline, type DeadlineSpec } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import { hasText, isInstant } from "./checks.ts";
import {
  type ComplaintOutcome,
  type ComplaintRecordStep,
  type ComplaintStepBy,
  runComplaintRecordStep,
} from "./complaint-step.ts";
import { deadlineAt, meetComplaintDeadlines } from "./deadlines.ts";
import { complaintErrors } from "./errors.ts";
import { type ComplaintPolicy, complaintDeadlineOptions, resolveComplaintPolicy } from "./policy.ts";
import type { Complaint, ComplaintStatus } from "./types.ts";

/** States in which the department is still working and the result is not yet approved. */
const IN_HANDLING: readonly ComplaintStatus[] = ["classified", "assigned", "handled", "reportedBack"];

/** An agreed next reply: when, and what the customer was told. */
export interface ComplaintNextReplyAgreement {
  readonly replyBy: Date;
  readonly explanation: string;
}

/**
 * R-CMP-5: a complaint that cannot be resolved yet is explained to the customer and a next-reply
 * time agreed, which becomes a deadline. This contact is the clear answer a major complaint owes
 * (R-CMP-4) and meets any earlier agreed reply.
 */
export function agreeComplaintNextReply(
  complaint: Complaint,
  { actor, at, replyBy, explanation }: ComplaintStepBy & ComplaintNextReplyAgreement,
  policy: Partial<ComplaintPolicy> = {},
): ComplaintOutcome {
  const settings = resolveComplaintPolicy(policy);
  if (!isInstant(replyBy))
    throw complaintErrors.CMP_TIME_INVALID.error({ value: String(replyBy) }, ["replyBy"]);
  const step: ComplaintRecordStep<ComplaintNextReplyAgreement> = {
    action: "agreeNextReply",
    states: IN_HANDLING,
    roles: ["customer_service", "manager"],
    refusals: () => {
      const refusals: Refusal[] = [];
      if (replyBy.getTime() <= at.getTime()) {
        refusals.push(
          complaintErrors.CMP_NEXT_REPLY_NOT_AFTER_NOW.refuse({ replyBy: replyBy.toISOString() }, [
            "replyBy",
          ]),
        );
      }
      if (!hasText(explanation)) {
        refusals.push(complaintErrors.CMP_NEXT_REPLY_EXPLANATION_REQUIRED.refuse({}, ["explanation"]));
      }
      return refusals;
    },
  };
  return runComplaintRecordStep(complaint, step, { actor, at }, { replyBy, explanation }, (c) => ({
    complaint: {
      ...c,
      nextReply: { text: explanation, actor, at, replyBy },
      deadlines: [
        ...meetComplaintDeadlines(c.deadlines, ["answer", "nextReply"], at),
        { step: "nextReply", rule: "R-CMP-5", deadline: deadlineAt(replyBy, settings) },
      ],
    },
  }));
}

/** An extension's data: how much longer, and why. */
export interface ComplaintExtensionRequest {
  readonly extendBy: DeadlineSpec;
  readonly reason: string;
}

/**
 * R-CMP-4: an important complaint not handled within its day may take longer only with the
 * management department manager's approval. The handling deadline moves by `extendBy` from its
 * current due instant; each approval is kept with who, when and why.
 */
export function approveComplaintExtension(
  complaint: Complaint,
  { actor, at, extendBy, reason }: ComplaintStepBy & ComplaintExtensionRequest,
  policy: Partial<ComplaintPolicy> = {},
): ComplaintOutcome {
  const settings = resolveComplaintPolicy(policy);
  const step: ComplaintRecordStep<ComplaintExtensionRequest> = {
    action: "approveExtension",
    states: IN_HANDLING,
    roles: ["manager"],
    refusals: (c) => {
      const refusals: Refusal[] = [];
      if (c.severity !== "important") {
        refusals.push(
          complaintErrors.CMP_EXTENSION_NOT_APPLICABLE.refuse({ severity: String(c.severity) }, ["severity"]),
        );
      }
      if (!hasText(reason))
        refusals.push(complaintErrors.CMP_EXTENSION_REASON_REQUIRED.refuse({}, ["reason"]));
      return refusals;
    },
  };
  return runComplaintRecordStep(complaint, step, { actor, at }, { extendBy, reason }, (c) => ({
    complaint: {
      ...c,
      deadlines: c.deadlines.map((d) => {
        if (d.step !== "handling" || d.metAt !== undefined) return d;
        const extension = { approvedBy: actor, approvedAt: at, reason, originalDue: d.deadline.due };
        return {
          ...d,
          deadline: computeDeadline(d.deadline.due, extendBy, complaintDeadlineOptions(settings)),
          extensions: [...(d.extensions ?? []), extension],
        };
      }),
    },
  }));
}
