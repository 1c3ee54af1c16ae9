import type { Refusal } from "../errors/index.ts";
import { type Actor, type WorkflowEvent, workflowErrors } from "../workflow/index.ts";
import { isInstant } from "./checks.ts";
import { complaintErrors } from "./errors.ts";
import type { Complaint, ComplaintStatus } from "./types.ts";
import { type ComplaintAction, type ComplaintActionData, complaintWorkflow } from "./workflow.ts";

/** Who takes a step and when. */
export interface ComplaintStepBy {
  readonly actor: Actor;
  readonly at: Date;
}

/** The history event of a step (R-QLT-2): a workflow transition, or a record kept without a state change. */
export type ComplaintEvent = WorkflowEvent<ComplaintStatus, string>;

/** A step's outcome: the updated complaint and its history event, or the refusals. */
export type ComplaintOutcome<Extra = unknown> =
  | ({ readonly ok: true; readonly complaint: Complaint; readonly event: ComplaintEvent } & Extra)
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/** What a step does to the record, plus anything it reports beside it (deadlines, duties…). */
export type ComplaintEffect<Extra extends object> = Extra & { readonly complaint: Complaint };

/** Steps are dated in order (R-CMP-5: each step has an actor and a time); a bad `Date` is malformed input. */
function timeRefusal(complaint: Complaint, at: Date): Refusal | undefined {
  if (!isInstant(at)) throw complaintErrors.CMP_TIME_INVALID.error({ value: String(at) }, ["at"]);
  if (at.getTime() >= complaint.lastStepAt.getTime()) return undefined;
  return complaintErrors.CMP_TIME_BEFORE_LAST_STEP.refuse(
    { at: at.toISOString(), last: complaint.lastStepAt.toISOString() },
    ["at"],
  );
}

/** Takes one step of the flow through the workflow kit and applies its effect to the record. */
export function runComplaintTransition<A extends ComplaintAction, Extra extends object = object>(
  complaint: Complaint,
  action: A,
  by: ComplaintStepBy,
  data: ComplaintActionData[A],
  apply: (complaint: Complaint) => ComplaintEffect<Extra>,
): ComplaintOutcome<Extra> {
  const late = timeRefusal(complaint, by.at);
  if (late) return { ok: false, refusals: [late] };
  const result = complaintWorkflow.transition(complaint.status, complaint, {
    action,
    actor: by.actor,
    at: by.at,
    data,
  });
  if (!result.ok) return result;
  const effect = apply(complaint);
  const updated: Complaint = { ...effect.complaint, status: result.state, lastStepAt: by.at };
  return { ...effect, ok: true, complaint: updated, event: result.event };
}

/** What a record kept alongside the flow (override, extension, next reply) requires. */
export interface ComplaintRecordStep<D> {
  readonly action: string;
  readonly states: readonly ComplaintStatus[];
  readonly roles: readonly string[];
  readonly refusals: (complaint: Complaint, data: D, by: ComplaintStepBy) => readonly Refusal[];
}

/**
 * Keeps a record that does not move the complaint along the flow (a severity change, an extension,
 * an agreed next reply). The workflow kit only knows state changes, so this checks state and role
 * with the kit's own refusals and yields the same kind of history event, with `from` equal to `to`.
 */
export function runComplaintRecordStep<D, Extra extends object = object>(
  complaint: Complaint,
  step: ComplaintRecordStep<D>,
  by: ComplaintStepBy,
  data: D,
  apply: (complaint: Complaint) => ComplaintEffect<Extra>,
): ComplaintOutcome<Extra> {
  const late = timeRefusal(complaint, by.at);
  if (late) return { ok: false, refusals: [late] };
  const names = { workflow: complaintWorkflow.definition.name, action: step.action };
  if (!step.states.includes(complaint.status)) {
    return {
      ok: false,
      refusals: [workflowErrors.WORKFLOW_ACTION_NOT_ALLOWED.refuse({ ...names, state: complaint.status })],
    };
  }
  if (!step.roles.includes(by.actor.role)) {
    return {
      ok: false,
      refusals: [workflowErrors.WORKFLOW_ROLE_NOT_ALLOWED.refuse({ ...names, role: by.actor.role })],
    };
  }
  const refusals = step.refusals(complaint, data, by);
  if (refusals.length > 0) return { ok: false, refusals };
  const effect = apply(complaint);
  const event: ComplaintEvent = {
    workflow: names.workflow,
    action: step.action,
    from: complaint.status,
    to: complaint.status,
    actor: by.actor,
    at: by.at,
    data,
  };
  return { ...effect, ok: true, complaint: { ...effect.complaint, lastStepAt: by.at }, event };
}
