import { businessDateOf } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import { ZERO_MONEY } from "../money/index.ts";
import type { TransitionRequest, WorkflowEvent } from "../workflow/index.ts";
import type { RenovationActionData as Data, RenovationAction } from "./action-data.ts";
import { balanceRenovationDeposit, earliestDepositRefundDate } from "./deposit-settlement.ts";
import { renovationErrors } from "./errors.ts";
import { DEFAULT_RENOVATION_POLICY, type RenovationPolicy } from "./policy.ts";
import type { Renovation, RenovationStatus } from "./renovation.ts";
import { reviewRenovationApplication } from "./review-application.ts";
import { isRenovationDecisionOverdue, renovationDecisionDeadline } from "./review-deadline.ts";
import { renovationViolationPenalty } from "./violation-penalty.ts";
import { renovationWorkflow } from "./workflow.ts";

export type AdvanceRenovationResult<A extends RenovationAction> =
  | { readonly ok: true; readonly renovation: Renovation; readonly event: WorkflowEvent<RenovationStatus, A> }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

type Request<A extends RenovationAction> = TransitionRequest<A, Data[A]>;
type Apply<A extends RenovationAction> = (
  renovation: Renovation,
  request: Request<A>,
  policy: RenovationPolicy,
) => Partial<Renovation>;

// What each accepted action writes on the record, beyond its status and history.
const APPLY: { readonly [A in RenovationAction]: Apply<A> } = {
  startReview: (_r, { at }, policy) => ({
    review: { startedAt: at, deadline: renovationDecisionDeadline(at, policy) },
  }),
  approve: (r, { data, actor, at }) => ({
    decision: {
      outcome: "approved",
      decidedAt: at,
      decidedBy: actor,
      customerServiceHead: data.customerServiceHead!,
      engineeringHead: data.engineeringHead!,
      onTime: !isRenovationDecisionOverdue(r, at),
      findings: [],
    },
  }),
  reject: (r, { data, actor, at }, policy) => ({
    decision: {
      outcome: "rejected",
      decidedAt: at,
      decidedBy: actor,
      customerServiceHead: data.customerServiceHead!,
      engineeringHead: data.engineeringHead!,
      onTime: !isRenovationDecisionOverdue(r, at),
      reason: data.reason,
      // What the review found on the decision date, kept with the reason for the owner.
      findings: reviewRenovationApplication(r.application, businessDateOf(at, policy.timeZone)),
    },
  }),
  confirmDecision: (_r, { data }) => ({ ownerConfirmation: data.ownerSignature! }),
  payFees: (_r, { data, at }) => ({
    payment: { fees: data.fees, paid: data.paid, paidAt: at, agreementSignature: data.agreementSignature! },
  }),
  issuePermit: (_r, { data, at }) => ({ permit: { ...data, issuedAt: at } }),
  startWork: (_r, { data }) => ({ entryInspection: data.entryInspection }),
  applyForCompletion: (_r, { data, at }, policy) => ({
    completion: {
      appliedOn: businessDateOf(at, policy.timeZone),
      agreedInspectionDate: data.agreedInspectionDate,
      inspections: [],
    },
  }),
  accept: (r, { data }, policy) => ({
    completion: withInspection(r, data.inspection),
    acceptedOn: data.inspection.inspectedOn,
    // R-REN-9: the refund clock starts on passing completion acceptance.
    depositRefundableFrom: earliestDepositRefundDate(data.inspection.inspectedOn, policy),
  }),
  requireRectification: (r, { data }) => ({ completion: withInspection(r, data.inspection) }),
  reapplyForInspection: (r, { data }) => ({
    completion: { ...r.completion!, agreedInspectionDate: data.agreedInspectionDate },
  }),
  settleDeposit: (r, { data, at }, policy) => {
    const settledOn = businessDateOf(at, policy.timeZone);
    const penalties = data.violations
      .map((v) => ({ violationId: v.id, ...renovationViolationPenalty(v, settledOn) }))
      .filter((p) => p.total > 0n)
      .map((p) => ({ violationId: p.violationId, amount: p.total, explanation: p.explanation }));
    const balance = balanceRenovationDeposit({
      deposit: r.payment?.fees.deposit ?? ZERO_MONEY,
      penalties: penalties.map((p) => p.amount),
      damages: data.damages.map((d) => d.amount),
    });
    return {
      depositSettlement: {
        settledAt: at,
        settledOn,
        ...balance,
        penalties,
        damages: data.damages,
        unitId: r.unitId,
        signOffs: {
          owner: data.signOffs.owner!,
          contractor: data.signOffs.contractor!,
          projectCentre: data.signOffs.projectCentre!,
        },
      },
    };
  },
};

function withInspection(r: Renovation, inspection: Data["accept"]["inspection"]) {
  const completion = r.completion!;
  return { ...completion, inspections: [...completion.inspections, inspection] };
}

/**
 * Takes one step of the renovation workflow: checks the transition and its guards, then returns
 * the updated record with the step's history event (R-QLT-2), or every refusal.
 */
export function advanceRenovation<A extends RenovationAction>(
  renovation: Renovation,
  request: Request<A>,
  policy: RenovationPolicy = DEFAULT_RENOVATION_POLICY,
): AdvanceRenovationResult<A> {
  // R-REN-9: the deposit settles exactly once; say so plainly rather than "not allowed".
  if (request.action === "settleDeposit" && renovation.depositSettlement) {
    return {
      ok: false,
      refusals: [
        renovationErrors.REN_DEPOSIT_ALREADY_SETTLED.refuse({
          settledOn: renovation.depositSettlement.settledOn,
        }),
      ],
    };
  }
  const result = renovationWorkflow.transition(renovation.status, { renovation, policy }, request);
  if (!result.ok) return result;
  const apply = APPLY[request.action] as Apply<A>;
  const changes = apply(renovation, request, policy);
  return {
    ok: true,
    renovation: {
      ...renovation,
      ...changes,
      status: result.state,
      history: [...renovation.history, result.event],
    },
    event: result.event,
  };
}
