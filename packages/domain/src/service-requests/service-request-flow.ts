import { computeDeadline } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import type { Actor, WorkflowEvent } from "../workflow/index.ts";
import { isInstant } from "./checks.ts";
import { serviceRequestErrors } from "./errors.ts";
import {
  DEFAULT_SERVICE_REQUEST_POLICY,
  type ServiceRequestPolicy,
  serviceDeadlineOptions,
} from "./policy.ts";
import type {
  ServiceRequest,
  ServiceRequestDeadline,
  ServiceRequestStatus,
  ServiceRequestStep,
} from "./types.ts";
import {
  type ServiceRequestAction,
  type ServiceRequestActionData,
  serviceRequestWorkflow,
} from "./workflow.ts";

/** A step's request: who and when, plus the step's data. */
export type ServiceRequestStepRequest<A extends ServiceRequestAction> = {
  readonly actor: Actor;
  readonly at: Date;
} & ServiceRequestActionData[A];

/** A step's outcome: the updated request and its history event (R-QLT-2), or the refusals. */
export type ServiceRequestOutcome =
  | {
      readonly ok: true;
      readonly request: ServiceRequest;
      readonly event: WorkflowEvent<ServiceRequestStatus, string>;
    }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

function assertInstant(value: Date, field: string): void {
  if (!isInstant(value)) throw serviceRequestErrors.SVC_TIME_INVALID.error({ value: String(value) }, [field]);
}

/** Takes one step through the workflow kit; steps are dated in order. */
function runServiceTransition<A extends ServiceRequestAction>(
  request: ServiceRequest,
  action: A,
  by: { readonly actor: Actor; readonly at: Date },
  data: ServiceRequestActionData[A],
  apply: (request: ServiceRequest) => ServiceRequest,
): ServiceRequestOutcome {
  assertInstant(by.at, "at");
  if (by.at.getTime() < request.lastStepAt.getTime()) {
    const times = { at: by.at.toISOString(), last: request.lastStepAt.toISOString() };
    return { ok: false, refusals: [serviceRequestErrors.SVC_TIME_BEFORE_LAST_STEP.refuse(times, ["at"])] };
  }
  const result = serviceRequestWorkflow.transition(request.status, request, { action, ...by, data });
  if (!result.ok) return result;
  return {
    ok: true,
    request: { ...apply(request), status: result.state, lastStepAt: by.at },
    event: result.event,
  };
}

function meet(
  deadlines: readonly ServiceRequestDeadline[],
  step: ServiceRequestStep,
  at: Date,
): readonly ServiceRequestDeadline[] {
  return deadlines.map((d) => (d.step === step && d.metAt === undefined ? { ...d, metAt: at } : d));
}

/** R-SVC-3: the promised time the customer hears back, as a deadline due at that instant. */
function replyDeadline(replyBy: Date, policy: Partial<ServiceRequestPolicy>): ServiceRequestDeadline {
  const options = serviceDeadlineOptions({ ...DEFAULT_SERVICE_REQUEST_POLICY, ...policy });
  return {
    step: "reply",
    rule: "R-SVC-3",
    deadline: computeDeadline(replyBy, { amount: 0, unit: "minutes" }, options),
  };
}

/** R-SVC-1: answered on the spot; the answer is logged and nothing needs forwarding. */
export function settleServiceRequestOnSpot(
  request: ServiceRequest,
  { actor, at, answer }: ServiceRequestStepRequest<"settleOnSpot">,
): ServiceRequestOutcome {
  return runServiceTransition(request, "settleOnSpot", { actor, at }, { answer }, (r) => ({
    ...r,
    answer: { text: answer, actor, at },
    deadlines: meet(r.deadlines, "forward", at),
  }));
}

/**
 * R-SVC-2/3: forwarded to the responsible department (due within 10 minutes of logging); the
 * customer is told who handles it and when they will hear back, which becomes the reply deadline.
 */
export function forwardServiceRequest(
  request: ServiceRequest,
  { actor, at, department, handler, replyBy }: ServiceRequestStepRequest<"forward">,
  policy: Partial<ServiceRequestPolicy> = {},
): ServiceRequestOutcome {
  assertInstant(replyBy, "replyBy");
  return runServiceTransition(request, "forward", { actor, at }, { department, handler, replyBy }, (r) => ({
    ...r,
    forwarding: { department, handler, replyBy, actor, at },
    deadlines: [...meet(r.deadlines, "forward", at), replyDeadline(replyBy, policy)],
  }));
}

/**
 * R-SVC-3: the desk follows up until the customer has the answer. When the department needs
 * longer, the customer is told a new time: that contact keeps the old promise and sets a new one.
 */
export function followUpServiceRequest(
  request: ServiceRequest,
  { actor, at, note, replyBy }: ServiceRequestStepRequest<"followUp">,
  policy: Partial<ServiceRequestPolicy> = {},
): ServiceRequestOutcome {
  if (replyBy !== undefined) assertInstant(replyBy, "replyBy");
  const data = replyBy === undefined ? { note } : { note, replyBy };
  return runServiceTransition(request, "followUp", { actor, at }, data, (r) => ({
    ...r,
    followUps: [...r.followUps, { text: note, actor, at, ...(replyBy === undefined ? {} : { replyBy }) }],
    deadlines:
      replyBy === undefined
        ? r.deadlines
        : [...meet(r.deadlines, "reply", at), replyDeadline(replyBy, policy)],
  }));
}

/** R-SVC-3: the customer has the answer. */
export function recordServiceRequestAnswer(
  request: ServiceRequest,
  { actor, at, answer }: ServiceRequestStepRequest<"answer">,
): ServiceRequestOutcome {
  return runServiceTransition(request, "answer", { actor, at }, { answer }, (r) => ({
    ...r,
    answer: { text: answer, actor, at },
    deadlines: meet(r.deadlines, "reply", at),
  }));
}

/** R-SVC-3: the desk closes an answered request. */
export function closeServiceRequest(
  request: ServiceRequest,
  { actor, at, note }: ServiceRequestStepRequest<"close">,
): ServiceRequestOutcome {
  const data = note === undefined ? {} : { note };
  return runServiceTransition(request, "close", { actor, at }, data, (r) => ({
    ...r,
    closing: { actor, at, ...data },
  }));
}
