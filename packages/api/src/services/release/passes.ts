import {
  approveReleasePass,
  archiveReleasePass,
  decideRelease,
  type ReleasePass,
  type ReleasePassSignOff,
  type ReleasePassStatus,
  refuseReleasePass,
  releaseAtGate,
  releasePassWorkflow,
  type WorkflowEvent,
} from "@wuye/domain";
import { staffRolesFor } from "../../auth/index.ts";
import { type RecordTransitionInput, recordTransition } from "../../db/index.ts";
import { RefusalError } from "../../errors/index.ts";
import { changedFields, encodeRecordData } from "../renovation/stored-record.ts";
import { accepted, callDomain, type ServiceContext, writeStep } from "../support.ts";
import { unitAccountStatement, unitReleaseHistory } from "./desk-checks.ts";
import { type LoadedReleasePass, loadReleasePass } from "./load.ts";
import { RELEASE_DESK_ROLES, type ReleasePassStepInput } from "./request.ts";

/**
 * A release pass's steps (R-REL-1…5) once it is written: the desk decides with every reason (the
 * unit's account from the ledger when moving out, earlier passes for the unusual-removal flag),
 * security releases the items at the gate, and the pass is archived.
 */

/** Writes a step of the pass with its history line, and tells subscribers once committed. */
async function writePassStep(
  sc: ServiceContext,
  loaded: LoadedReleasePass,
  input: ReleasePassStepInput,
  outcome: { readonly pass: ReleasePass; readonly event: WorkflowEvent<ReleasePassStatus> },
  columns: RecordTransitionInput<"release pass">["changes"] = {},
  extraData: Record<string, unknown> = {},
) {
  const { row } = loaded;
  await writeStep("release pass", () =>
    sc.prisma.$transaction((tx) =>
      recordTransition(tx, {
        recordId: row.id,
        event: {
          ...outcome.event,
          workflow: "release pass",
          data: encodeRecordData({ ...changedFields(loaded.pass, outcome.pass), ...extraData }),
        },
        ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
        changes: columns,
      }),
    ),
  );
  sc.pubsub.publish("workflow:status", row.estateId, {
    workflow: "release pass",
    recordId: row.id,
    estateId: row.estateId,
    action: outcome.event.action,
    from: outcome.event.from,
    to: outcome.event.to,
    at: outcome.event.at.toISOString(),
    filedByUserId: loaded.requestedByUserId,
  });
  return { passId: row.id, pass: outcome.pass };
}

/** What the desk checks the pass against today: the unit's account and its earlier passes. */
async function deskContext(sc: ServiceContext, loaded: LoadedReleasePass) {
  const { row, today, policy } = loaded;
  return {
    accountStatement: await unitAccountStatement(sc.prisma, row.unitId, today),
    history: await unitReleaseHistory(sc.prisma, row.unitId, today, policy),
    policy,
  };
}

/**
 * R-REL-1…4: the desk approves when nothing stands in the way; otherwise every reason comes back
 * at once (a `RefusalError`). A move-out needs the unit's account settled up to today, read from
 * its bill lines; a unit that keeps taking single items out is flagged, never refused.
 */
export async function approvePass(sc: ServiceContext, input: ReleasePassStepInput) {
  const loaded = await loadReleasePass(sc, input.passId);
  const actor = sc.viewer.actorIn(loaded.row.estateId, RELEASE_DESK_ROLES);
  const context = await deskContext(sc, loaded);
  const result = callDomain(() => approveReleasePass(loaded.pass, { actor, at: sc.now, ...context }));
  if (!result.ok) throw new RefusalError(result.refusals);
  const outcome = { pass: result.pass, event: result.event };
  const movingOut = loaded.pass.reason === "movingOut";
  return writePassStep(
    sc,
    loaded,
    input,
    outcome,
    {
      approvedById: sc.viewer.userId ?? null,
      approvedAt: sc.now,
      duesCheckedAt: movingOut ? sc.now : null,
      flagged: result.decision.flags.length > 0,
    },
    // What the desk checked, kept with the decision (R-REL-3: settled up to that day).
    movingOut ? { accountStatement: context.accountStatement } : {},
  );
}

/** R-REL-3/4: the desk refuses, writing down why; today's reasons are attached to the refusal. */
export async function refusePass(
  sc: ServiceContext,
  input: ReleasePassStepInput & { readonly reason: string },
) {
  const loaded = await loadReleasePass(sc, input.passId);
  const actor = sc.viewer.actorIn(loaded.row.estateId, RELEASE_DESK_ROLES);
  const context = await deskContext(sc, loaded);
  const refusals =
    loaded.pass.status === "requested"
      ? callDomain(() => decideRelease(loaded.pass, { ...context, at: sc.now, passId: loaded.row.id }))
          .refusals
      : [];
  const outcome = accepted(
    callDomain(() => refuseReleasePass(loaded.pass, { actor, at: sc.now, reason: input.reason, refusals })),
  );
  return writePassStep(sc, loaded, input, outcome);
}

export interface ReleasePassReleaseInput extends ReleasePassStepInput {
  readonly signOff: {
    readonly deskOfficer?: { readonly name: string; readonly signedAt?: Date | null } | null;
    readonly carrier?: { readonly name: string; readonly signedAt?: Date | null } | null;
    readonly owner?: { readonly name: string; readonly signedAt?: Date | null } | null;
    readonly blankLinesStruckThrough: boolean;
  };
  readonly itemsMatchPass: boolean;
}

/** R-REL-3/5: security lets the items out once the pass is signed and the items match it. */
export async function releasePassAtGate(sc: ServiceContext, input: ReleasePassReleaseInput) {
  const loaded = await loadReleasePass(sc, input.passId);
  const actor = sc.viewer.actorIn(loaded.row.estateId, staffRolesFor(releasePassWorkflow, "release"));
  const signature = (s: { readonly name: string; readonly signedAt?: Date | null } | null | undefined) =>
    s ? { name: s.name, signedAt: s.signedAt ?? sc.now } : undefined;
  const deskOfficer = signature(input.signOff.deskOfficer);
  const carrier = signature(input.signOff.carrier);
  const owner = signature(input.signOff.owner);
  const signOff: ReleasePassSignOff = {
    ...(deskOfficer ? { deskOfficer } : {}),
    ...(carrier ? { carrier } : {}),
    ...(owner ? { owner } : {}),
    blankLinesStruckThrough: input.signOff.blankLinesStruckThrough,
  };
  const outcome = accepted(
    callDomain(() =>
      releaseAtGate(loaded.pass, {
        actor,
        at: sc.now,
        signOff,
        itemsMatchPass: input.itemsMatchPass,
        policy: loaded.policy,
      }),
    ),
  );
  return writePassStep(sc, loaded, input, outcome, { releasedAt: sc.now });
}

/** R-REL-5, R-QLT-2: the signed pass (or the refusal) is filed. */
export async function archivePass(sc: ServiceContext, input: ReleasePassStepInput) {
  const loaded = await loadReleasePass(sc, input.passId);
  const actor = sc.viewer.actorIn(loaded.row.estateId, staffRolesFor(releasePassWorkflow, "archive"));
  const outcome = accepted(callDomain(() => archiveReleasePass(loaded.pass, { actor, at: sc.now })));
  return writePassStep(sc, loaded, input, outcome);
}
