import {
  businessDateOf,
  type CollectionAttempt,
  type CollectionCase,
  type CollectionMeasure,
  type CollectionOutcome,
  type CollectionStage,
  type CollectionStep,
  collectionWorkflow,
  type IsoDate,
  linesInArrears,
  nextCollectionSteps,
  openCollectionCase,
  type ReminderChannel,
  recordCollectionAttempt,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { visibleUnits } from "../../auth/visibility.ts";
import { toJsonValue, type WuyeTx } from "../../db/index.ts";
import { NotFoundError, ValidationError } from "../../errors/index.ts";
import { authorizeEstateAction, COLLECTION_ROLES } from "../fees/access.ts";
import { dateColumn, isoOf, moneyPolicyOf } from "../fees/records.ts";
import { accepted, callDomain, type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { loadUnitLines, lockUnitAccount } from "./ledger.ts";

/**
 * Collection 催缴 (R-FEE-5, R-FEE-10): a unit in arrears has a case on the domain's collection
 * ladder — reminder → call or visit → written demand → referral to arbitration or court. The case
 * is rebuilt from the unit's oldest unpaid line and the attempts recorded since it fell due; the
 * domain's `recordCollectionAttempt` judges the new one (no skipped step, the waiting times, a
 * promise to pay, and never a utility cut-off: Civil Code art. 944). Every attempt is a row and a
 * `collection` line in the unit's history.
 */

/** Read from the domain's own ladder: the stage each step moves a case up to, and their order. */
const STAGE_OF_STEP = Object.fromEntries(
  collectionWorkflow
    .table()
    .filter((row) => !row.from.includes(row.to))
    .map((row) => [row.action, row.to]),
) as Readonly<Record<CollectionStep, CollectionStage>>;
const RANK = Object.fromEntries(
  collectionWorkflow.definition.states.map((state, index) => [state, index]),
) as Readonly<Record<CollectionStage, number>>;

interface AttemptRow {
  readonly step: CollectionStep;
  readonly channel: ReminderChannel | null;
  readonly attemptedAt: Date;
  readonly attemptedById: string;
  readonly outcome: CollectionOutcome;
  readonly note: string | null;
  readonly deadline: Date | null;
}

/**
 * The case as the recorded attempts left it: each attempt that moved it up set the stage; a
 * written demand's deadline and a promise's date are kept (both stored in `deadline`).
 */
export function rebuildCase(
  unitId: string,
  oldestDueDate: IsoDate,
  attempts: readonly AttemptRow[],
  timeZone: string,
): CollectionCase {
  let c = openCollectionCase({ caseId: unitId, unitId, dueDate: oldestDueDate });
  for (const row of attempts) {
    const on = businessDateOf(row.attemptedAt, timeZone);
    if (on < c.arrearsSince) continue;
    const deadline = row.deadline ? isoOf(row.deadline) : undefined;
    const attempt: CollectionAttempt = {
      step: row.step,
      on,
      at: row.attemptedAt,
      by: { id: row.attemptedById, role: "recorded" },
      outcome: row.outcome,
      ...(row.channel ? { channel: row.channel } : {}),
      ...(row.note ? { note: row.note } : {}),
      ...(row.outcome === "promisedToPay" && deadline ? { promisedBy: deadline } : {}),
      ...(row.step === "writtenDemand" && deadline ? { deadline } : {}),
    };
    const stage = STAGE_OF_STEP[row.step];
    const up = RANK[stage] > RANK[c.stage];
    c = {
      ...c,
      ...(up ? { stage, stageSince: on } : {}),
      ...(row.step === "writtenDemand" && deadline ? { demandDeadline: deadline } : {}),
      ...(attempt.promisedBy ? { promisedBy: attempt.promisedBy } : {}),
      attempts: [...c.attempts, attempt],
    };
  }
  return c;
}

/** The unit's case today: its oldest line in arrears (or, with none, its oldest line owed). */
export async function loadCollectionCase(tx: WuyeTx, unit: { id: string; timeZone: string }, today: IsoDate) {
  const lines = await loadUnitLines(tx, unit.id);
  const owed = lines.filter((line) => line.settled < line.amount);
  const oldest = linesInArrears(owed, today)[0] ?? owed.sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1))[0];
  // Nothing owed: a case that starts tomorrow, so any step is "not yet in arrears" (R-FEE-5).
  const dueDate = oldest?.dueDate ?? today;
  const rows = await tx.collectionAttempt.findMany({
    where: { unitId: unit.id, attemptedAt: { gte: dateColumn(dueDate) } },
    orderBy: [{ attemptedAt: "asc" }, { id: "asc" }],
    select: {
      step: true,
      channel: true,
      attemptedAt: true,
      attemptedById: true,
      outcome: true,
      note: true,
      deadline: true,
    },
  });
  return {
    collectionCase: rebuildCase(unit.id, dueDate, rows, unit.timeZone),
    billId: oldest?.billId ?? null,
  };
}

async function unitForCollection(sc: ServiceContext, unitGlobalId: GlobalId, path: readonly string[]) {
  const unitId = idOf(unitGlobalId, "Unit", "unit", path);
  const unit = await sc.prisma.unit.findFirst({
    where: { id: unitId, AND: [visibleUnits(sc.viewer)] },
    select: { id: true, estate: { select: { id: true, companyId: true, timeZone: true, policy: true } } },
  });
  if (!unit) throw new NotFoundError("unit", path);
  authorizeEstateAction(sc, unit.estate, COLLECTION_ROLES, { what: "unit", path });
  const policy = moneyPolicyOf(unit.estate.policy, unit.estate.timeZone);
  return { id: unit.id, estateId: unit.estate.id, timeZone: unit.estate.timeZone, policy };
}

/** R-FEE-10: the unit's case and what the ladder allows next (`collectionCase` query). */
export async function collectionCaseOf(sc: ServiceContext, unitGlobalId: GlobalId) {
  const unit = await unitForCollection(sc, unitGlobalId, ["unitId"]);
  const today = businessDateOf(sc.now, unit.timeZone);
  const { collectionCase } = await sc.prisma.$transaction((tx) => loadCollectionCase(tx, unit, today));
  const outlook = callDomain(() => nextCollectionSteps(collectionCase, unit.policy.ladder), ["policy"]);
  return { unitId: unit.id, collectionCase, outlook };
}

export interface CollectionAttemptInput {
  readonly unitId: GlobalId;
  readonly measure: CollectionMeasure;
  readonly outcome: CollectionOutcome;
  readonly channel?: ReminderChannel | null;
  readonly note?: string | null;
  readonly promisedBy?: Date | null;
  readonly attemptedAt?: Date | null;
}

/** `collectionAttemptRecord`: one rung of the lawful ladder, judged by the domain (R-FEE-10). */
export async function recordAttempt(sc: ServiceContext, input: CollectionAttemptInput) {
  const unit = await unitForCollection(sc, input.unitId, ["input", "unitId"]);
  const at = input.attemptedAt ?? sc.now;
  if (at.getTime() > sc.now.getTime()) {
    throw new ValidationError([{ path: ["input", "attemptedAt"], message: "must not be in the future" }]);
  }
  const actor = sc.viewer.actorIn(unit.estateId, [...COLLECTION_ROLES]);
  const today = businessDateOf(sc.now, unit.timeZone);
  return sc.prisma.$transaction(async (tx) => {
    await lockUnitAccount(tx, unit.id);
    const { collectionCase, billId } = await loadCollectionCase(tx, unit, today);
    const outcome = accepted(
      callDomain(() =>
        recordCollectionAttempt(
          collectionCase,
          {
            measure: input.measure,
            actor,
            at,
            outcome: input.outcome,
            ...(input.promisedBy ? { promisedBy: isoOf(input.promisedBy) } : {}),
            ...(input.channel ? { channel: input.channel } : {}),
            ...(input.note ? { note: input.note } : {}),
          },
          unit.policy.ladder,
        ),
      ),
    );
    const { attempt, event } = outcome;
    const id = uuidv7();
    const deadline = attempt.deadline ?? attempt.promisedBy;
    await tx.collectionAttempt.create({
      data: {
        id,
        estateId: unit.estateId,
        unitId: unit.id,
        billId,
        step: attempt.step,
        channel: attempt.channel ?? null,
        attemptedAt: at,
        attemptedById: actor.id,
        outcome: attempt.outcome,
        note: attempt.note ?? null,
        deadline: deadline ? dateColumn(deadline) : null,
      },
    });
    // The case is not a table of its own: its steps go to the unit's history as `collection`.
    await tx.workflowEvent.create({
      data: {
        workflow: "collection",
        recordId: unit.id,
        action: event.action,
        fromState: event.from,
        toState: event.to,
        actorId: actor.id,
        actorRole: actor.role,
        at: event.at,
        data: toJsonValue({ attemptId: id, ...(event.data as object) }),
      },
    });
    return {
      attemptId: id,
      unitId: unit.id,
      stage: outcome.collectionCase.stage,
      deadline: attempt.deadline ?? null,
    };
  });
}
