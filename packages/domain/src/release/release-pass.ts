import { businessDateOf } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import type { Actor, WorkflowEvent } from "../workflow/index.ts";
import { decideRelease } from "./decide-release.ts";
import { assertReleaseItems } from "./items.ts";
import { type ReleasePolicyInput, resolveReleasePolicy } from "./policy.ts";
import type { ReleaseDecision, ReleasePass, ReleasePassStatus, ReleaseRequest } from "./types.ts";
import {
  type ApproveReleaseData,
  type ReleaseAtGateData,
  type ReleasePassActions,
  releasePassWorkflow,
} from "./workflow.ts";

/** The outcome of a step on a pass: the updated pass and its history event, or every refusal. */
export type ReleasePassStep<A extends keyof ReleasePassActions = keyof ReleasePassActions> =
  | {
      readonly ok: true;
      readonly pass: ReleasePass;
      readonly event: WorkflowEvent<ReleasePassStatus, A>;
    }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/** Who acts and when. */
export interface ReleaseStepOptions {
  readonly actor: Actor;
  readonly at: Date;
}

/** Opens a pass at the desk in the `requested` state; throws on malformed items. */
export function requestReleasePass(
  request: ReleaseRequest & { readonly id: string },
  options: { readonly at: Date; readonly policy?: ReleasePolicyInput },
): ReleasePass {
  const policy = resolveReleasePolicy(options.policy);
  assertReleaseItems(request.items);
  businessDateOf(options.at, policy.timeZone); // validates the instant and the zone
  return { ...request, status: "requested", requestedAt: options.at, timeZone: policy.timeZone };
}

function step<A extends keyof ReleasePassActions>(
  pass: ReleasePass,
  action: A,
  data: ReleasePassActions[A],
  options: ReleaseStepOptions,
  update: (pass: ReleasePass) => ReleasePass,
): ReleasePassStep<A> {
  const result = releasePassWorkflow.transition(pass.status, pass, {
    action,
    actor: options.actor,
    at: options.at,
    data,
  });
  if (!result.ok) return result;
  return { ok: true, pass: update({ ...pass, status: result.state }), event: result.event };
}

/**
 * Approves a pass when the desk's decision allows it (R-REL-1…4). The decision — with every
 * refusal, the rules applied and any unusual-removal flag — comes back either way.
 */
export function approveReleasePass(
  pass: ReleasePass,
  options: ReleaseStepOptions & ApproveReleaseData,
): ReleasePassStep<"approve"> & { readonly decision: ReleaseDecision } {
  const { actor, at, ...data } = options;
  const decision = decideRelease(pass, {
    ...data,
    at,
    passId: pass.id,
    policy: { timeZone: pass.timeZone, ...data.policy },
  });
  const result = step(pass, "approve", data, options, (p) => ({ ...p, decision }));
  return { ...result, decision };
}

/** Refuses a pass, writing down why (for instance the refusals of `decideRelease`). */
export function refuseReleasePass(
  pass: ReleasePass,
  options: ReleaseStepOptions & { readonly reason: string; readonly refusals?: readonly Refusal[] },
): ReleasePassStep<"refuse"> {
  const data = { reason: options.reason, refusals: options.refusals ?? [] };
  return step(pass, "refuse", data, options, (p) => ({ ...p, refusal: data }));
}

/** Lets the items out at the gate once the pass is signed and the items match (R-REL-5). */
export function releaseAtGate(
  pass: ReleasePass,
  options: ReleaseStepOptions & ReleaseAtGateData,
): ReleasePassStep<"release"> {
  const { actor, at, ...data } = options;
  return step(pass, "release", data, options, (p) => ({
    ...p,
    signOff: data.signOff,
    releasedAt: at,
    releasedBy: actor,
  }));
}

/** Files a released or refused pass (R-REL-5, R-QLT-2). */
export function archiveReleasePass(
  pass: ReleasePass,
  options: ReleaseStepOptions,
): ReleasePassStep<"archive"> {
  return step(pass, "archive", undefined, options, (p) => ({ ...p, archivedAt: options.at }));
}
