import {
  advanceRenovation,
  type Renovation,
  type RenovationAction,
  type RenovationActionData,
  type RenovationStatus,
  renovationWorkflow,
  type WorkflowEvent,
} from "@wuye/domain";
import { staffRolesFor } from "../../auth/index.ts";
import {
  type LedgerEntry,
  type RecordTransitionInput,
  recordTransition,
  type WuyeTx,
} from "../../db/index.ts";
import { type IdempotentRequest, idempotent } from "../collection/idempotency.ts";
import { accepted, callDomain, type GlobalId, type ServiceContext, writeStep } from "../support.ts";
import { type LoadedRenovation, loadRenovation, type RenovationReader } from "./load.ts";
import { changedFields, encodeRecordData } from "./stored-record.ts";

/** What every renovation step's input carries: which renovation, and the version the client read. */
export interface RenovationStepInput {
  readonly renovationId: GlobalId;
  readonly expectedVersion?: number | null;
}

/** What a step writes besides the state and its history line, in the same transaction. */
export interface RenovationStepEffects {
  readonly columns?: RecordTransitionInput<"renovation">["changes"];
  readonly ledger?: readonly LedgerEntry[];
  readonly write?: (tx: WuyeTx) => Promise<void>;
}

export interface RenovationStep<A extends RenovationAction> {
  readonly action: A;
  /** The action's data, from the input and the loaded record. */
  readonly data: (
    loaded: LoadedRenovation,
    db: RenovationReader,
  ) => RenovationActionData[A] | Promise<RenovationActionData[A]>;
  /** Rows and ledger entries the step writes, from the record before and after it. */
  readonly effects?: (
    loaded: LoadedRenovation,
    renovation: Renovation,
    db: RenovationReader,
  ) => RenovationStepEffects | Promise<RenovationStepEffects>;
}

export interface RenovationStepResult<A extends RenovationAction> {
  readonly loaded: LoadedRenovation;
  readonly renovation: Renovation;
  readonly event: WorkflowEvent<RenovationStatus, A>;
}

/** Loads the record, lets the domain take the step (`advanceRenovation`), and writes it in `tx`. */
async function takeStep<A extends RenovationAction>(
  sc: ServiceContext,
  input: RenovationStepInput,
  step: RenovationStep<A>,
  db: RenovationReader,
  transact: (write: (tx: WuyeTx) => Promise<void>) => Promise<void>,
): Promise<RenovationStepResult<A>> {
  const loaded = await loadRenovation(sc, input.renovationId, ["input", "renovationId"], db);
  const { row, renovation: before, settings } = loaded;
  const actor = sc.viewer.actorIn(row.estateId, staffRolesFor(renovationWorkflow, step.action));
  const request = { action: step.action, actor, at: sc.now, data: await step.data(loaded, db) };
  const { renovation, event } = accepted(
    callDomain(() => advanceRenovation(before, request, settings.policy)),
  );
  const extra = (await step.effects?.(loaded, renovation, db)) ?? {};
  await transact(async (tx) => {
    await recordTransition(tx, {
      recordId: row.id,
      // The history line carries what the step changed on the record (see stored-record.ts).
      event: { ...event, workflow: "renovation", data: encodeRecordData(changedFields(before, renovation)) },
      ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
      ...(extra.columns ? { changes: extra.columns } : {}),
      ...(extra.ledger ? { ledger: extra.ledger } : {}),
    });
    await extra.write?.(tx);
  });
  return { loaded, renovation, event };
}

/** Tells subscribers, once the step has committed. */
function publish(sc: ServiceContext, result: RenovationStepResult<RenovationAction>): void {
  const { row } = result.loaded;
  sc.pubsub.publish("workflow:status", row.estateId, {
    workflow: "renovation",
    recordId: row.id,
    estateId: row.estateId,
    action: result.event.action,
    from: result.event.from,
    to: result.event.to,
    at: result.event.at.toISOString(),
    filedByUserId: result.loaded.applicantUserId,
  });
}

/**
 * One step of the renovation workflow: load the record the viewer may see, let the domain take
 * the step (transition table, guards, what the step records), then write the new state, its
 * history line and any rows and ledger entries in one transaction, and tell subscribers once it
 * has committed. A record someone else moved first is a `ConflictError`.
 */
export async function runRenovationStep<A extends RenovationAction>(
  sc: ServiceContext,
  input: RenovationStepInput,
  step: RenovationStep<A>,
): Promise<RenovationStepResult<A>> {
  const result = await writeStep("renovation", () =>
    takeStep(sc, input, step, sc.prisma, (write) => sc.prisma.$transaction(write)),
  );
  publish(sc, result);
  return result;
}

/**
 * A step that moves money (fees received, the deposit settled): the same, but loaded, decided
 * and written in one transaction guarded by the client's idempotency key, so a retried request
 * returns the first result instead of paying or refunding twice.
 */
export async function runIdempotentRenovationStep<A extends RenovationAction>(
  sc: ServiceContext,
  input: RenovationStepInput,
  step: RenovationStep<A>,
  request: IdempotentRequest,
): Promise<{ readonly renovationId: string }> {
  let taken: RenovationStepResult<A> | undefined;
  const outcome = await writeStep("renovation", () =>
    idempotent(sc, request, async (tx) => {
      taken = await takeStep(sc, input, step, tx, (write) => write(tx));
      return { renovationId: taken.loaded.row.id };
    }),
  );
  // A replayed request acted before: nothing new to tell.
  if (taken) publish(sc, taken);
  return outcome;
}
