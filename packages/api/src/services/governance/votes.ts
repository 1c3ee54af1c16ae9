import {
  type AssemblyMatter,
  type AssemblyVote,
  assemblyVoteWorkflow,
  assertElectorate,
  type BallotChoice,
  buildElectorate,
  checkBallot,
  closeAssemblyVote,
  formatArea,
  governanceErrors,
  openAssemblyVote,
  voterOf,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { staffRolesFor } from "../../auth/index.ts";
import { visibleEstates } from "../../auth/visibility.ts";
import { appendHistoryEvent, isUniqueViolation, recordTransition, toJsonValue } from "../../db/index.ts";
import { ForbiddenError, NotFoundError, RefusalError } from "../../errors/index.ts";
import { dateColumn, inForceOn, isoOf, todayColumn } from "../estate-dates.ts";
import {
  accepted,
  callDomain,
  ensure,
  type GlobalId,
  idOf,
  type ServiceContext,
  writeStep,
} from "../support.ts";
import { loadVote } from "./load.ts";

/**
 * Owners' assembly votes 业主大会表决 (R-GOV-1): the manager opens a vote on a matter, fixing the
 * register of owners that day; owners cast one ballot each; the manager closes it and the tally is
 * kept with the vote and in its history.
 */

/** Who opens and closes a vote, from the domain's transition table. */
export const ASSEMBLY_VOTE_ROLES = staffRolesFor(assemblyVoteWorkflow, "open");

/** Stands for the developer 建设单位, owner of every unit with no owner on the register. */
export const developerOf = (estateId: string) => `developer:${estateId}`;

export interface AssemblyVoteOpenInput {
  readonly estateId: GlobalId;
  readonly title: string;
  readonly description?: string | null;
  readonly matter: AssemblyMatter;
  readonly opensOn: Date;
  readonly closesOn: Date;
}

/**
 * R-GOV-1: opens a vote. The register is every unit of the estate with its building area and its
 * owners today, each owner once (co-owners together); units nobody has bought count for the
 * developer as one owner, so the 2/3 is of the whole exclusive area.
 */
export async function openVote(sc: ServiceContext, input: AssemblyVoteOpenInput) {
  const path = ["input", "estateId"];
  const estateId = idOf(input.estateId, "Estate", "estate", path);
  const estate = await sc.prisma.estate.findFirst({
    where: { id: estateId, AND: [visibleEstates(sc.viewer)] },
    select: { id: true, timeZone: true },
  });
  if (!estate) throw new NotFoundError("estate", path);
  ensure(sc.viewer.isStaffIn(estateId, ASSEMBLY_VOTE_ROLES));
  const day = todayColumn(sc.now, estate.timeZone);
  const units = await sc.prisma.unit.findMany({
    where: { estateId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      buildingArea: true,
      occupancies: {
        where: { role: "owner", ...inForceOn(day) },
        select: { personId: true },
      },
    },
  });
  const electorate = callDomain(
    () =>
      buildElectorate(
        units.map((unit) => ({
          unitId: unit.id,
          buildingArea: unit.buildingArea.toFixed(2),
          ownerIds:
            unit.occupancies.length > 0 ? unit.occupancies.map((o) => o.personId) : [developerOf(estateId)],
        })),
      ),
    path,
  );
  const id = uuidv7();
  const draft: AssemblyVote = {
    id,
    matter: input.matter,
    title: input.title,
    opensOn: isoOf(input.opensOn),
    closesOn: isoOf(input.closesOn),
    status: "draft",
    electorate,
    ballots: [],
  };
  const actor = sc.viewer.actorIn(estateId, ASSEMBLY_VOTE_ROLES);
  const opened = accepted(callDomain(() => openAssemblyVote(draft, { actor, at: sc.now })));
  const totals = assertElectorate(electorate);
  await sc.prisma.$transaction(async (tx) => {
    await tx.assemblyVote.create({
      data: {
        id,
        estateId,
        title: input.title,
        description: input.description ?? null,
        matter: input.matter,
        opensOn: dateColumn(draft.opensOn),
        closesOn: dateColumn(draft.closesOn),
        status: opened.vote.status,
        electorateOwners: totals.totalOwners,
        electorateArea: formatArea(totals.totalArea),
      },
    });
    await tx.assemblyVoter.createMany({
      data: electorate.voters.map((voter) => ({
        voteId: id,
        key: voter.id,
        ownerIds: [...voter.ownerIds],
        unitIds: [...voter.unitIds],
        area: voter.area,
      })),
    });
    await appendHistoryEvent(tx, id, {
      ...opened.event,
      workflow: "assembly vote",
      data: {
        title: input.title,
        matter: input.matter,
        opensOn: draft.opensOn,
        closesOn: draft.closesOn,
        electorate: { owners: totals.totalOwners, area: formatArea(totals.totalArea) },
      },
    });
  });
  return { voteId: id };
}

/**
 * R-GOV-1: an owner casts the one ballot of their register entry (themself with any co-owners,
 * across all their units). The unique key on the entry refuses a second ballot even when two
 * arrive at the same instant; the vote row is share-locked so a ballot never slips in after the
 * vote was closed.
 */
export async function castBallot(
  sc: ServiceContext,
  input: { readonly voteId: GlobalId; readonly choice: BallotChoice },
) {
  const { viewer } = sc;
  // Only owners vote (R-GOV-1); a tenant or family member is not an owner.
  if (viewer.kind !== "resident" || viewer.role !== "owner" || !viewer.personId) {
    throw new ForbiddenError(viewer.isAuthenticated ? "API_FORBIDDEN" : "AUTH_REQUIRED");
  }
  const ownerId = viewer.personId;
  const loaded = await loadVote(sc, input.voteId);
  const ballot = { ownerId, choice: input.choice };
  const refusals = callDomain(() => checkBallot(loaded.vote, ballot, loaded.today));
  if (refusals.length > 0) throw new RefusalError(refusals);
  const voter = voterOf(loaded.vote.electorate, ownerId);
  const voterId = voter ? loaded.voterIds.get(voter.id) : undefined;
  if (!voter || !voterId) throw new NotFoundError("assembly vote", ["input", "voteId"]);
  const alreadyVoted = () =>
    new RefusalError([
      governanceErrors.GOV_ALREADY_VOTED.refuse(
        { ownerId: viewer.name ?? ownerId, units: voter.unitIds.join(", ") },
        ["input", "voteId"],
      ),
    ]);
  try {
    await sc.prisma.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ status: string }[]>`
        SELECT "status"::text AS "status" FROM "AssemblyVote" WHERE "id" = ${loaded.row.id}::uuid FOR SHARE`;
      if (locked?.status !== "voting") {
        throw new RefusalError(
          callDomain(() =>
            checkBallot(
              { ...loaded.vote, status: (locked?.status ?? "closed") as AssemblyVote["status"] },
              ballot,
              loaded.today,
            ),
          ),
        );
      }
      await tx.assemblyBallot.create({
        data: { voteId: loaded.row.id, voterId, personId: ownerId, choice: input.choice, castAt: sc.now },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyVoted();
    throw error;
  }
  return { voteId: loaded.row.id, choice: input.choice };
}

/**
 * R-GOV-1: the manager closes the vote — after its last day, or earlier once every owner has
 * voted — and the tally (participation, validity, for/against/abstain, passed, each check with its
 * figures) is written with the vote and its history line, in one transaction.
 */
export async function closeVote(
  sc: ServiceContext,
  input: { readonly voteId: GlobalId; readonly expectedVersion?: number | null },
) {
  const loaded = await loadVote(sc, input.voteId);
  const { row } = loaded;
  const actor = sc.viewer.actorIn(row.estateId, staffRolesFor(assemblyVoteWorkflow, "close"));
  return writeStep("assembly vote", () =>
    sc.prisma.$transaction(async (tx) => {
      // Ballots wait for the close to commit (they share-lock the vote), so the count is final.
      await tx.$queryRaw`SELECT "id" FROM "AssemblyVote" WHERE "id" = ${row.id}::uuid FOR UPDATE`;
      const ballots = await tx.assemblyBallot.findMany({
        where: { voteId: row.id },
        orderBy: [{ castAt: "asc" }, { id: "asc" }],
        select: { personId: true, choice: true },
      });
      const vote = {
        ...loaded.vote,
        ballots: ballots.map((b) => ({ ownerId: b.personId, choice: b.choice })),
      };
      const closed = accepted(
        callDomain(() => closeAssemblyVote(vote, { actor, at: sc.now, date: loaded.today })),
      );
      await recordTransition(tx, {
        recordId: row.id,
        event: { ...closed.event, workflow: "assembly vote" },
        ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
        changes: {
          tally: toJsonValue(closed.tally),
          valid: closed.tally.valid,
          passed: closed.tally.passed,
          closedAt: sc.now,
        },
      });
      return { voteId: row.id, tally: closed.tally };
    }),
  );
}
