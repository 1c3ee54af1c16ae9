import type { Refusal } from "../errors/index.ts";
import type { TransitionRequest, WorkflowEvent } from "../workflow/index.ts";
import { repairErrors } from "./errors.ts";
import {
  NATIONAL_MINIMUM_WARRANTY_PERIODS,
  type RepairPolicyOverrides,
  resolveRepairPolicy,
} from "./policy.ts";
import type { RepairOrder, RepairStatus } from "./types.ts";
import { type RepairAction, type RepairActionData, repairWorkflow } from "./workflow.ts";

/** What the 维修登记表 records when a request comes in (R-REP-1). */
export type RepairRequestInput = Pick<
  RepairOrder,
  "id" | "unitId" | "reportedBy" | "contact" | "description" | "category" | "trade" | "requestedAt"
>;

/** Registers a repair request 报修 (R-REP-1); the 15-minute response clock starts at `requestedAt`. */
export function registerRepair(input: RepairRequestInput): RepairOrder {
  const texts = [
    ["id", "编号"],
    ["unitId", "房屋"],
    ["reportedBy", "报修人"],
    ["contact", "联系方式"],
    ["description", "报修内容"],
  ] as const;
  for (const [field, fieldZh] of texts) {
    const value: unknown = input[field];
    if (typeof value !== "string" || value.trim() === "") {
      throw repairErrors.REP_FIELD_REQUIRED.error({ field, fieldZh }, [field]);
    }
  }
  if (!Object.hasOwn(NATIONAL_MINIMUM_WARRANTY_PERIODS, input.category)) {
    throw repairErrors.REP_UNKNOWN_COMPONENT.error({ category: String(input.category) }, ["category"]);
  }
  if (!(input.requestedAt instanceof Date) || Number.isNaN(input.requestedAt.getTime())) {
    throw repairErrors.REP_INVALID_DATE.error({ date: String(input.requestedAt) }, ["requestedAt"]);
  }
  return { ...input, status: "registered", roundStartedAt: input.requestedAt, repeatCount: 0 };
}

/** The outcome of an action on a repair order: the updated order and its history event, or refusals. */
export type RepairStep<A extends RepairAction = RepairAction> =
  | { readonly ok: true; readonly order: RepairOrder; readonly event: WorkflowEvent<RepairStatus, A> }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

type Updates = {
  [A in RepairAction]: (order: RepairOrder, data: RepairActionData[A], at: Date) => RepairOrder;
};

// What each accepted action writes on the order; the workflow has already said yes.
const updates: Updates = {
  respond: (order, data, at) => ({ ...order, respondedAt: at, onSiteNow: data.onSiteNow }),
  assign: (order, data) => ({ ...order, technician: data.technician }),
  agreeFreePlan: (order, data) => ({
    ...order,
    coverage: { kind: "free", warranty: data.warranty, plan: data.plan },
  }),
  quote: (order, data) => ({
    ...order,
    coverage: {
      kind: "paid",
      quote: data.quote,
      reason: data.reason,
      ...(data.warranty ? { warranty: data.warranty } : {}),
    },
  }),
  acceptQuote: (order, _data, at) =>
    order.coverage?.kind === "paid" ? { ...order, coverage: { ...order.coverage, acceptedAt: at } } : order,
  declineQuote: (order, data) => ({ ...order, withdrawnReason: data.reason }),
  start: (order, _data, at) => ({ ...order, startedAt: at }),
  complete: (order, data, at) => ({ ...order, completedAt: at, workDone: data.workDone }),
  acceptJointly: (order, _data, at) => ({ ...order, acceptedAt: at }),
  // R-REP-4: the work goes on; completion is recorded again when it is really done.
  rejectAtAcceptance: ({ completedAt: _completedAt, ...order }) => order,
  returnVisitSatisfied: (order, _data, at) => ({ ...order, returnVisitAt: at, closedAt: at }),
  // R-REP-5: a second repair 二次维修 starts from assignment under the same terms (free plan or
  // accepted quote) unless a new quote replaces them; its 24-hour clock starts at the visit.
  returnVisitDissatisfied: (
    {
      technician: _t,
      startedAt: _s,
      completedAt: _c,
      workDone: _w,
      acceptedAt: _a,
      returnVisitAt: _v,
      ...order
    },
    _data,
    at,
  ) => ({ ...order, roundStartedAt: at, repeatCount: order.repeatCount + 1 }),
  withdraw: (order, data) => ({ ...order, withdrawnReason: data.reason }),
};

/**
 * Takes one action on a repair order through {@link repairWorkflow}: checks the state, the
 * actor's role and the guards, then returns the updated order with the event for its history
 * (R-QLT-2), or every refusal.
 */
export function advanceRepair<A extends RepairAction>(
  order: RepairOrder,
  request: TransitionRequest<A, RepairActionData[A]>,
  policy: RepairPolicyOverrides = {},
): RepairStep<A> {
  const result = repairWorkflow.transition(
    order.status,
    { order, policy: resolveRepairPolicy(policy) },
    request,
  );
  if (!result.ok) return result;
  const update = updates[request.action] as (
    order: RepairOrder,
    data: RepairActionData[A],
    at: Date,
  ) => RepairOrder;
  return {
    ok: true,
    order: { ...update(order, request.data, request.at), status: result.state },
    event: result.event,
  };
}
