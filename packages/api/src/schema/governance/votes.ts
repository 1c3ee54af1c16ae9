import { type AssemblyTally, assemblyVoteWorkflow, majorityFor } from "@wuye/domain";
import { z } from "zod";
import { staffRolesFor } from "../../auth/index.ts";
import { visibleAssemblyVotes } from "../../auth/visibility.ts";
import { builder } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { AssemblyMatter, AssemblyVoteStatus } from "../../generated/prisma/enums.ts";
import { castBallot, closeVote, openVote } from "../../services/governance/index.ts";
import { reviveDomainData, serviceContext } from "../../services/support.ts";
import { OrderDirection } from "../common.ts";
import { mutationErrors } from "../errors.ts";
import { HistoryConnection, resolveHistory } from "../history.ts";
import {
  AssemblyMatterEnum,
  AssemblyVoteStatusEnum,
  BallotChoiceEnum,
  TallyRef,
  VoteCountRef,
} from "./types.ts";

/**
 * Owners' assembly votes 业主大会表决 (R-GOV-1). Staff of the estate and its owners see its votes
 * (tenants do not vote and do not see them; API keys neither). The manager opens and closes a
 * vote; each owner casts one ballot for all their units.
 */

export const AssemblyVoteRef = builder.prismaNode("AssemblyVote", {
  id: { field: "id" },
  nullable: true,
  description:
    "An owners' assembly vote on one matter, its register of owners fixed when it opened (R-GOV-1).",
  findUnique: (id, context) => ({ id, AND: [visibleAssemblyVotes(context.viewer)] }),
  fields: (t) => ({
    estate: t.relation("estate"),
    title: t.exposeString("title"),
    description: t.exposeString("description", { nullable: true }),
    matter: t.expose("matter", { type: AssemblyMatterEnum }),
    majority: t.string({
      description: "`special`: 3/4 of the participating area and owners; `ordinary`: more than half of both.",
      resolve: (v) => majorityFor(v.matter),
    }),
    opensOn: t.expose("opensOn", { type: "Date" }),
    closesOn: t.expose("closesOn", { type: "Date" }),
    status: t.expose("status", { type: AssemblyVoteStatusEnum }),
    version: t.exposeInt("version"),
    electorate: t.field({
      type: VoteCountRef,
      description: "The register of owners: owners (each once, co-owners together) and their exclusive area.",
      resolve: (v) => ({ owners: v.electorateOwners, area: v.electorateArea.toFixed(2) }),
    }),
    ballotCount: t.relationCount("ballots", { description: "Ballots cast so far." }),
    myBallot: t.field({
      type: BallotChoiceEnum,
      nullable: true,
      description: "How the viewer's register entry voted (an owner's own ballot, or a co-owner's).",
      select: (_args, context) => ({
        ballots: {
          where: { voter: { ownerIds: { has: context.viewer.personId ?? "" } } },
          select: { choice: true },
          take: 1,
        },
      }),
      resolve: (v) => v.ballots[0]?.choice ?? null,
    }),
    tally: t.field({
      type: TallyRef,
      nullable: true,
      description: "The count, once the vote is closed.",
      resolve: (v) => (v.tally ? reviveDomainData<AssemblyTally>(v.tally) : null),
    }),
    valid: t.exposeBoolean("valid", { nullable: true }),
    passed: t.exposeBoolean("passed", { nullable: true }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    history: t.field({
      type: HistoryConnection,
      description: "Opened and closed, oldest first (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (v, args, context) => resolveHistory(context, "assembly vote", v.id, args),
    }),
  }),
});

const AssemblyVoteFilter = builder.inputType("AssemblyVoteFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    status: t.field({ type: [AssemblyVoteStatusEnum], required: false }),
    matter: t.field({ type: [AssemblyMatterEnum], required: false }),
  }),
});

const AssemblyVoteOrderField = builder.enumType("AssemblyVoteOrderField", {
  values: { OPENS_ON: { value: "opensOn" }, CREATED_AT: { value: "createdAt" } } as const,
});

const AssemblyVoteOrder = builder.inputType("AssemblyVoteOrder", {
  fields: (t) => ({
    field: t.field({ type: AssemblyVoteOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: false, defaultValue: "desc" }),
  }),
});

interface AssemblyVoteFilterInput {
  estateId?: { id: string } | null;
  status?: readonly AssemblyVoteStatus[] | null;
  matter?: readonly AssemblyMatter[] | null;
}

function voteWhere(filter: AssemblyVoteFilterInput | null | undefined): Prisma.AssemblyVoteWhereInput {
  if (!filter) return {};
  return {
    ...(filter.estateId ? { estateId: filter.estateId.id } : {}),
    ...(filter.status ? { status: { in: [...filter.status] } } : {}),
    ...(filter.matter ? { matter: { in: [...filter.matter] } } : {}),
  };
}

builder.queryField("assemblyVotes", (t) =>
  t.prismaConnection({
    type: "AssemblyVote",
    cursor: "id",
    nullable: true,
    description: "Owners' assembly votes the viewer may see, newest first unless ordered otherwise.",
    authScopes: { $any: { staff: true, resident: true } },
    args: {
      filter: t.arg({ type: AssemblyVoteFilter, required: false }),
      orderBy: t.arg({ type: AssemblyVoteOrder, required: false }),
    },
    totalCount: (_connection, args, context) =>
      prismaOf(context).assemblyVote.count({
        where: { AND: [visibleAssemblyVotes(context.viewer), voteWhere(args.filter)] },
      }),
    resolve: (query, _root, args, context) => {
      const direction = args.orderBy?.direction ?? "desc";
      const field = args.orderBy?.field ?? "createdAt";
      return prismaOf(context).assemblyVote.findMany({
        ...query,
        where: { AND: [visibleAssemblyVotes(context.viewer), voteWhere(args.filter)] },
        orderBy: [{ [field]: direction }, { id: direction }],
      });
    },
  }),
);

const votePayload = (name: string) =>
  builder.objectRef<{ voteId: string; tally?: AssemblyTally }>(name).implement({
    fields: (t) => ({
      assemblyVote: t.prismaField({
        type: "AssemblyVote",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).assemblyVote.findUnique({ ...query, where: { id: payload.voteId } }),
      }),
    }),
  });

const text = (max: number) => z.string().trim().min(1).max(max);

builder.mutationField("assemblyVoteOpen", (t) =>
  t.field({
    type: votePayload("AssemblyVoteOpenPayload"),
    description:
      "R-GOV-1: put a matter to the owners for a period. The register of owners is fixed today: every unit's building area and current owners, each owner once (co-owners together), unsold units for the developer.",
    authScopes: { staffRole: staffRolesFor(assemblyVoteWorkflow, "open") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("AssemblyVoteOpenInput", {
          fields: (f) => ({
            estateId: f.globalID({ required: true }),
            title: f.string({ required: true, validate: text(200) }),
            description: f.string({ required: false, validate: z.string().trim().max(5000) }),
            matter: f.field({ type: AssemblyMatterEnum, required: true }),
            opensOn: f.field({ type: "Date", required: true }),
            closesOn: f.field({
              type: "Date",
              required: true,
              description: "The last day ballots are accepted.",
            }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => openVote(serviceContext(context), input),
  }),
);

builder.mutationField("assemblyVoteCast", (t) =>
  t.field({
    type: builder.objectRef<{ voteId: string; choice: string }>("AssemblyVoteCastPayload").implement({
      fields: (p) => ({
        assemblyVote: p.prismaField({
          type: "AssemblyVote",
          nullable: true,
          resolve: (query, payload, _args, context) =>
            prismaOf(context).assemblyVote.findUnique({ ...query, where: { id: payload.voteId } }),
        }),
      }),
    }),
    description:
      "R-GOV-1: an owner casts the one ballot of their register entry — for all their units, and for their co-owners. A second ballot is refused (`GOV_ALREADY_VOTED`), tenants may not vote.",
    authScopes: { resident: true },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("AssemblyVoteCastInput", {
          fields: (f) => ({
            voteId: f.globalID({ required: true }),
            choice: f.field({ type: BallotChoiceEnum, required: true }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => castBallot(serviceContext(context), input),
  }),
);

builder.mutationField("assemblyVoteClose", (t) =>
  t.field({
    type: votePayload("AssemblyVoteClosePayload"),
    description:
      "R-GOV-1: close the vote after its last day (or once every owner has voted) and count it; the tally is kept with the vote.",
    authScopes: { staffRole: staffRolesFor(assemblyVoteWorkflow, "close") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("AssemblyVoteCloseInput", {
          fields: (f) => ({
            voteId: f.globalID({ required: true }),
            expectedVersion: f.int({ required: false }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => closeVote(serviceContext(context), input),
  }),
);
