import {
  advanceRenovationViolation,
  formatMoney,
  type RenovationViolation,
  type RenovationViolationAction,
  type RenovationViolationActionData,
  type RenovationViolationSeverity,
  recordRenovationViolation,
  renovationViolationWorkflow,
  reportViolationToAuthority,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { type StaffRole, staffRolesFor } from "../../auth/index.ts";
import {
  appendHistoryEvent,
  type LedgerEntry,
  type RecordTransitionInput,
  recordTransition,
  StaleTransitionError,
} from "../../db/index.ts";
import { accepted, callDomain, ensure, type GlobalId, type ServiceContext, writeStep } from "../support.ts";
import { loadRenovation, loadViolation, violationsOf } from "./load.ts";
import { changedFields, encodeRecordData } from "./stored-record.ts";

/**
 * Violations 违章 found on a renovation site (R-REN-7): recorded from the estate's penalty
 * catalogue, then the notice workflow (minor: verbal notice; serious: owner then site manager
 * phoned, both sign, the project manager signs off and the penalty is filed for deduction),
 * and, for illegal work, the report to the competent authority within its deadline.
 */

/** The staff who inspect sites daily and so record violations (R-REN-7). */
export const VIOLATION_RECORDING_ROLES = staffRolesFor(renovationViolationWorkflow, "phoneOwner");

/** Who reports illegal work to the authority: the project manager, engineering, customer service. */
export const AUTHORITY_REPORTING_ROLES: readonly StaffRole[] = ["manager", "engineering", "customer_service"];

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The violation as the history's first line stores it (the row and events hold the rest). */
function storedViolation(violation: RenovationViolation) {
  const {
    id: _id,
    renovationId: _renovation,
    unitId: _unit,
    status: _status,
    history: _history,
    ...rest
  } = violation;
  return rest;
}

export interface RenovationViolationRecordInput {
  readonly renovationId: GlobalId;
  readonly type: string;
  readonly description: string;
  readonly rectificationRequired: string;
  readonly rectifyBy: Date;
  readonly severityOverride?: {
    readonly severity: RenovationViolationSeverity;
    readonly reason: string;
  } | null;
}

/** R-REN-7: an inspector records a violation; the catalogue classifies it and sets the penalty. */
export async function recordViolation(sc: ServiceContext, input: RenovationViolationRecordInput) {
  const loaded = await loadRenovation(sc, input.renovationId);
  const { row } = loaded;
  const actor = sc.viewer.actorIn(row.estateId, VIOLATION_RECORDING_ROLES);
  const earlier = await violationsOf(sc.prisma, loaded);
  const id = uuidv7();
  const { violation } = accepted(
    callDomain(() =>
      recordRenovationViolation(
        {
          id,
          renovation: loaded.renovation,
          type: input.type,
          description: input.description,
          rectificationRequired: input.rectificationRequired,
          rectifyBy: isoDate(input.rectifyBy),
          earlier,
          ...(input.severityOverride ? { severityOverride: input.severityOverride } : {}),
          actor,
          at: sc.now,
        },
        loaded.settings.catalogue,
        loaded.settings.policy,
      ),
    ),
  );
  await sc.prisma.$transaction(async (tx) => {
    await tx.renovationViolation.create({
      data: {
        id,
        applicationId: row.id,
        violationType: violation.type,
        severity: violation.classification.severity,
        status: violation.status,
        description: violation.description,
        foundAt: violation.observedAt,
        recordedById: sc.viewer.userId ?? "",
      },
    });
    await appendHistoryEvent(tx, id, {
      workflow: "renovation violation",
      action: "record",
      from: violation.status,
      to: violation.status,
      actor,
      at: sc.now,
      data: encodeRecordData(storedViolation(violation)),
    });
  });
  return { violationId: id, violation };
}

export interface RenovationViolationStepInput {
  readonly violationId: GlobalId;
  readonly expectedVersion?: number | null;
}

/** Columns each notice step dates (the row lists where every notice stands). */
function stepColumns(
  action: RenovationViolationAction,
  at: Date,
): RecordTransitionInput<"renovation violation">["changes"] {
  switch (action) {
    case "phoneOwner":
      return { ownerPhonedAt: at };
    case "phoneSiteManager":
      return { siteManagerPhonedAt: at };
    case "signNotice":
      return { noticeSignedAt: at };
    case "rectify":
      return { rectifiedAt: at };
    default:
      return {};
  }
}

/**
 * One step of a violation's notice (R-REN-7). The project manager's sign-off files the
 * penalty 违约金 in the owner's archive: its one-off amount goes on the ledger for deduction from
 * the deposit; what accrues daily until rectified is added at the deposit settlement.
 */
export async function advanceViolation<A extends RenovationViolationAction>(
  sc: ServiceContext,
  input: RenovationViolationStepInput,
  action: A,
  data: RenovationViolationActionData[A],
) {
  const { row, violation: before, renovation } = await loadViolation(sc, input.violationId);
  const estateId = renovation.row.estateId;
  const actor = sc.viewer.actorIn(estateId, staffRolesFor(renovationViolationWorkflow, action));
  const { violation, event } = accepted(
    callDomain(() => advanceRenovationViolation(before, { action, actor, at: sc.now, data })),
  );
  const ledger: LedgerEntry[] = [];
  if (action === "signOff" && violation.penalty.base > 0n) {
    ledger.push({
      kind: "renovationPenalty",
      data: {
        applicationId: renovation.row.id,
        violationId: row.id,
        amount: formatMoney(violation.penalty.base),
        reason: `${violation.penalty.explanation.zh} / ${violation.penalty.explanation.en}`,
        approvedById: sc.viewer.userId ?? "",
        createdById: sc.viewer.userId ?? "",
      },
    });
  }
  await writeStep("renovation violation", () =>
    sc.prisma.$transaction((tx) =>
      recordTransition(tx, {
        recordId: row.id,
        event: {
          ...event,
          workflow: "renovation violation",
          data: encodeRecordData(changedFields(before, violation)),
        },
        ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
        changes: stepColumns(action, sc.now),
        ledger,
      }),
    ),
  );
  return { violationId: row.id, violation };
}

export interface RenovationViolationReportInput extends RenovationViolationStepInput {
  readonly authority: string;
  readonly reference: string;
}

/**
 * R-REN-7: illegal work reported to the competent authority. Late is accepted and marked late;
 * a violation that needs no report, or was reported already, is refused by the domain.
 */
export async function reportViolation(sc: ServiceContext, input: RenovationViolationReportInput) {
  const { row, violation: before, renovation } = await loadViolation(sc, input.violationId);
  const estateId = renovation.row.estateId;
  ensure(sc.viewer.isStaffIn(estateId, AUTHORITY_REPORTING_ROLES));
  const actor = sc.viewer.actorIn(estateId, AUTHORITY_REPORTING_ROLES);
  const { violation } = accepted(
    reportViolationToAuthority(
      before,
      { authority: input.authority, reference: input.reference },
      actor,
      sc.now,
    ),
  );
  await writeStep("renovation violation", () =>
    sc.prisma.$transaction(async (tx) => {
      const moved = await tx.renovationViolation.updateMany({
        where: {
          id: row.id,
          reportedToAuthorityAt: null,
          ...(input.expectedVersion != null ? { version: input.expectedVersion } : {}),
        },
        data: { reportedToAuthorityAt: sc.now, version: { increment: 1 } },
      });
      if (moved.count !== 1) throw new StaleTransitionError("renovation violation", row.id, row.status);
      await appendHistoryEvent(tx, row.id, {
        workflow: "renovation violation",
        action: "reportToAuthority",
        from: row.status,
        to: row.status,
        actor,
        at: sc.now,
        data: encodeRecordData(changedFields(before, violation)),
      });
    }),
  );
  return { violationId: row.id, violation };
}
