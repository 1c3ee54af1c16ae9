import {
  type Actor,
  advanceRenovationViolation,
  formatMoney,
  type IsoDate,
  type Renovation,
  type RenovationViolation,
  type RenovationViolationAction,
  type RenovationViolationActionData,
  type RenovationViolationStatus,
  recordRenovationViolation,
} from "@wuye/domain";
import { changedFields, encodeRecordData } from "../services/renovation/stored-record.ts";
import { businessDate, minutesAfter } from "./clock.ts";
import type { SeedContext } from "./context.ts";
import { expectStep, writeWorkflowEvent } from "./workflow-events.ts";

/** A violation found on a site, and how far its notice goes (R-REN-7). */
export interface ViolationPlan {
  readonly type: string;
  readonly description: string;
  readonly rectification: string;
  readonly target: RenovationViolationStatus;
  readonly at: Date;
}

export interface WrittenViolation {
  readonly violation: RenovationViolation;
  readonly lastAt: Date;
}

/** The steps of a notice in order, minor and serious (R-REN-7). */
const MINOR: readonly RenovationViolationAction[] = ["giveVerbalNotice", "rectify"];
const SERIOUS: readonly RenovationViolationAction[] = [
  "phoneOwner",
  "phoneSiteManager",
  "signNotice",
  "signOff",
  "rectify",
];

/**
 * Records a violation with the domain's `recordRenovationViolation` on a live site and walks its
 * notice to `target`; the violation row, its `record` line and each step's line are written as the
 * API's renovation service writes them (the line carries the fields the step changed), and the
 * project manager's sign-off files the one-off penalty on the ledger.
 */
export function writeViolation(
  ctx: SeedContext,
  renovation: Renovation,
  earlier: readonly RenovationViolation[],
  plan: ViolationPlan,
  people: {
    readonly inspector: Actor;
    readonly manager: Actor;
    readonly owner: string;
    readonly siteManager: string;
  },
): WrittenViolation {
  const id = ctx.ids.next();
  const recorded = expectStep(
    recordRenovationViolation({
      id,
      renovation,
      type: plan.type,
      description: plan.description,
      rectificationRequired: plan.rectification,
      rectifyBy: businessDate(minutesAfter(plan.at, 24 * 60)),
      earlier,
      actor: people.inspector,
      at: plan.at,
    }),
    "violation record",
  );
  let violation = recorded.violation;
  const { id: _id, renovationId: _r, unitId: _u, status: _s, history: _h, ...stored } = violation;
  writeWorkflowEvent(ctx.writer, ctx.ids, id, {
    workflow: "renovation violation",
    action: "record",
    from: "recorded",
    to: "recorded",
    actor: people.inspector,
    at: plan.at,
    data: encodeRecordData(stored),
  });
  const dated: Partial<
    Record<"ownerPhonedAt" | "siteManagerPhonedAt" | "noticeSignedAt" | "rectifiedAt", Date>
  > = {};
  let at = plan.at;
  let version = 0;
  const steps = violation.classification.severity === "serious" ? SERIOUS : MINOR;
  for (const action of steps) {
    if (violation.status === plan.target) break;
    at = minutesAfter(at, action === "signOff" ? 24 * 60 : action === "rectify" ? 2 * 24 * 60 : 60);
    const actor = action === "signOff" ? people.manager : people.inspector;
    const data = actionData(action, at, people);
    const before = violation;
    const step = expectStep(
      advanceRenovationViolation(violation, { action, actor, at, data } as never),
      `violation ${action}`,
    );
    violation = step.violation;
    version += 1;
    writeWorkflowEvent(
      ctx.writer,
      ctx.ids,
      id,
      step.event,
      encodeRecordData(changedFields(before, violation)),
    );
    if (action === "phoneOwner") dated.ownerPhonedAt = at;
    if (action === "phoneSiteManager") dated.siteManagerPhonedAt = at;
    if (action === "signNotice") dated.noticeSignedAt = at;
    if (action === "rectify") dated.rectifiedAt = at;
    if (action === "signOff" && violation.penalty.base > 0n) {
      // R-REN-7: the sign-off files the one-off penalty for deduction from the deposit.
      ctx.writer.add("RenovationPenalty", {
        id: ctx.ids.next(),
        applicationId: renovation.id,
        violationId: id,
        amount: formatMoney(violation.penalty.base),
        reason: `${violation.penalty.explanation.zh} / ${violation.penalty.explanation.en}`,
        approvedById: people.manager.id,
        reversalOfId: null,
        createdById: people.manager.id,
        createdAt: at,
      });
    }
  }
  ctx.writer.add("RenovationViolation", {
    id,
    applicationId: renovation.id,
    inspectionId: null,
    violationType: violation.type,
    severity: violation.classification.severity,
    status: violation.status,
    description: violation.description,
    foundAt: violation.observedAt,
    ownerPhonedAt: dated.ownerPhonedAt ?? null,
    siteManagerPhonedAt: dated.siteManagerPhonedAt ?? null,
    noticeSignedAt: dated.noticeSignedAt ?? null,
    reportedToAuthorityAt: null,
    rectifiedAt: dated.rectifiedAt ?? null,
    version,
    recordedById: people.inspector.id,
    createdAt: plan.at,
  });
  return { violation, lastAt: at };
}

function actionData(
  action: RenovationViolationAction,
  at: Date,
  people: { readonly owner: string; readonly siteManager: string },
): RenovationViolationActionData[RenovationViolationAction] {
  if (action === "signNotice") {
    return {
      ownerSignature: { name: people.owner, signedAt: at },
      siteManagerSignature: { name: people.siteManager, signedAt: at },
    };
  }
  if (action === "rectify") return { rectifiedOn: businessDate(at) as IsoDate };
  return undefined;
}
