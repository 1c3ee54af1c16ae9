import {
  type Actor,
  advanceRenovation,
  advanceRenovationViolation,
  businessDateOf,
  computeRenovationFees,
  DEFAULT_RENOVATION_POLICY,
  openRenovation,
  parseQuantity,
  type Refusal,
  type Renovation,
  type RenovationAction,
  type RenovationActionData,
  type RenovationDepositSettlement,
  type RenovationFees,
  type RenovationPolicy,
  type RenovationViolation,
  type RenovationViolationAction,
  type RenovationViolationActionData,
  recordRenovationViolation,
  startOfBusinessDate,
  type TransitionRequest,
} from "@wuye/domain";
import type { CashierOutcome } from "./read-out.ts";
import type { RenovationDepositCase, RenovationViolationFacts } from "./renovation-case.ts";
import { renovationSettlementLines } from "./renovation-read-out.ts";

/** The settled renovation and what the cashier reads from it. */
export interface RenovationDepositResult {
  readonly renovation: Renovation;
  readonly fees: RenovationFees;
  readonly violations: readonly RenovationViolation[];
  readonly settlement: RenovationDepositSettlement;
}

type Refused = { readonly ok: false; readonly refusals: readonly Refusal[] };
type RenovationRequest = {
  [A in RenovationAction]: TransitionRequest<A, RenovationActionData[A]>;
}[RenovationAction];
type ViolationRequest = {
  [A in RenovationViolationAction]: TransitionRequest<A, RenovationViolationActionData[A]>;
}[RenovationViolationAction];

// Who does each step; the roles are the ones the workflows allow.
const staff = {
  customerService: { id: "cs-1", role: "customer_service" },
  engineering: { id: "eng-1", role: "engineering" },
  security: { id: "sec-1", role: "security" },
  cashier: { id: "cash-1", role: "cashier" },
  finance: { id: "fin-1", role: "finance" },
  manager: { id: "pm-1", role: "manager" },
  owner: { id: "owner-1", role: "owner" },
} satisfies Record<string, Actor>;

const sign = (name: string, signedAt: Date) => ({ name, signedAt });

/**
 * R-REN-5/7/8/9: takes one renovation through the renovation workflow — fees paid, violations
 * recorded and noticed until rectified, completion accepted — and settles its deposit with the
 * domain's rules: refund = deposit − penalties − damages, a shortfall becoming a receivable on the
 * unit, and no settlement before the wait after acceptance. A step the rules refuse stops the run
 * and its refusals come back as the result.
 */
export function settleRenovationDeposit(
  c: RenovationDepositCase,
  policy: RenovationPolicy = DEFAULT_RENOVATION_POLICY,
): CashierOutcome<RenovationDepositResult> {
  const { people: p, timeline: t } = c;
  const fees = computeRenovationFees(
    { buildingArea: parseQuantity(c.buildingArea), workers: c.workers.length },
    c.feeStandard,
  );
  const heads = {
    customerServiceHead: sign(p.customerServiceHead, t.approved),
    engineeringHead: sign(p.engineeringHead, t.approved),
  };
  const started = advanceAll(
    openRenovation({ id: c.renovationId, application: c.application, appliedAt: t.applied }),
    policy,
    [
      { action: "startReview", actor: staff.customerService, at: t.reviewStarted, data: undefined },
      { action: "approve", actor: staff.engineering, at: t.approved, data: heads },
      {
        action: "confirmDecision",
        actor: staff.owner,
        at: t.ownerConfirmed,
        data: { ownerSignature: sign(p.owner, t.ownerConfirmed) },
      },
      {
        action: "payFees",
        actor: staff.cashier,
        at: t.feesPaid,
        data: { fees, paid: fees.total, agreementSignature: sign(p.owner, t.feesPaid) },
      },
      {
        action: "issuePermit",
        actor: staff.customerService,
        at: t.permitIssued,
        data: {
          ...c.permit,
          workerPasses: c.workers,
          departmentsNotified: policy.dailyInspectionDepartments,
        },
      },
      {
        action: "startWork",
        actor: staff.engineering,
        at: t.workStarted,
        data: {
          entryInspection: {
            inspectedOn: businessDateOf(t.workStarted, policy.timeZone),
            contractorSignature: sign(p.siteManager, t.workStarted),
            staffSignature: sign(p.engineer, t.workStarted),
            existingDamage: [],
          },
        },
      },
    ],
  );
  if (!started.ok) return started;

  // R-REN-7: violations are recorded while the site is active, each noticed until rectified.
  const violations: RenovationViolation[] = [];
  for (const facts of c.violations) {
    const noticed = recordAndNotice(started.renovation, facts, violations, c, policy);
    if (!noticed.ok) return noticed;
    violations.push(noticed.violation);
  }

  const inspectors = [
    { department: "engineering" as const, name: p.engineer },
    { department: "security" as const, name: p.securityOfficer },
  ];
  const settled = advanceAll(started.renovation, policy, [
    {
      action: "applyForCompletion",
      actor: staff.owner,
      at: t.completionApplied,
      data: { agreedInspectionDate: t.agreedInspectionDate },
    },
    {
      action: "accept",
      actor: staff.engineering,
      at: t.accepted,
      data: {
        inspection: { inspectedOn: businessDateOf(t.accepted, policy.timeZone), inspectors, failures: [] },
      },
    },
    {
      action: "settleDeposit",
      actor: staff.finance,
      at: c.settleAt,
      data: {
        signOffs: {
          owner: sign(p.owner, c.settleAt),
          contractor: sign(p.siteManager, c.settleAt),
          projectCentre: sign(p.projectCentre, c.settleAt),
        },
        // The archive keeps the Chinese description; the read-out shows both.
        damages: c.damages.map((d) => ({
          description: d.description.zh,
          amount: d.amount,
          assessedBy: d.assessedBy,
        })),
        violations,
      },
    },
  ]);
  if (!settled.ok) return settled;

  const { renovation } = settled;
  const settlement = renovation.depositSettlement!;
  return {
    ok: true,
    renovation,
    fees,
    violations,
    settlement,
    readOut: {
      heading: { zh: "装修押金结算", en: "Renovation deposit settlement" },
      lines: renovationSettlementLines(c, renovation, settlement, violations, policy),
    },
  };
}

function advanceAll(
  renovation: Renovation,
  policy: RenovationPolicy,
  requests: readonly RenovationRequest[],
): { readonly ok: true; readonly renovation: Renovation } | Refused {
  let current = renovation;
  for (const request of requests) {
    const result = advanceRenovation(current, request, policy);
    if (!result.ok) return result;
    current = result.renovation;
  }
  return { ok: true, renovation: current };
}

/**
 * R-REN-7: a minor violation gets a verbal notice; a serious one the written notice — owner phoned,
 * then the site manager, both sign, the project manager signs off — and both end rectified.
 */
function recordAndNotice(
  renovation: Renovation,
  facts: RenovationViolationFacts,
  earlier: readonly RenovationViolation[],
  c: RenovationDepositCase,
  policy: RenovationPolicy,
): { readonly ok: true; readonly violation: RenovationViolation } | Refused {
  const inspector = staff[facts.observedBy === "customer_service" ? "customerService" : facts.observedBy];
  const recorded = recordRenovationViolation(
    { ...facts, renovation, earlier, actor: inspector, at: facts.observedAt },
    undefined,
    policy,
  );
  if (!recorded.ok) return recorded;
  const at = facts.observedAt;
  // Rectification is checked on its day; never stamped before the violation was seen.
  const dayOfRectification = startOfBusinessDate(facts.rectifiedOn, policy.timeZone);
  const rectifiedAt = new Date(Math.max(dayOfRectification.getTime(), at.getTime()));
  const rectify: ViolationRequest = {
    action: "rectify",
    actor: inspector,
    at: rectifiedAt,
    data: { rectifiedOn: facts.rectifiedOn },
  };
  const steps: readonly ViolationRequest[] =
    recorded.violation.classification.notice === "verbal"
      ? [{ action: "giveVerbalNotice", actor: inspector, at, data: undefined }, rectify]
      : [
          { action: "phoneOwner", actor: inspector, at, data: undefined },
          { action: "phoneSiteManager", actor: inspector, at, data: undefined },
          {
            action: "signNotice",
            actor: inspector,
            at,
            data: {
              ownerSignature: sign(c.people.owner, at),
              siteManagerSignature: sign(c.people.siteManager, at),
            },
          },
          { action: "signOff", actor: staff.manager, at, data: undefined },
          rectify,
        ];
  let violation = recorded.violation;
  for (const step of steps) {
    const result = advanceRenovationViolation(violation, step);
    if (!result.ok) return result;
    violation = result.violation;
  }
  return { ok: true, violation };
}
