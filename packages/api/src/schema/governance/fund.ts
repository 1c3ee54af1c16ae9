import { maintenanceFundUseWorkflow } from "@wuye/domain";
import { z } from "zod";
import { staffRolesFor } from "../../auth/index.ts";
import {
  canSeeMaintenanceFund,
  FUND_READER_ROLES,
  visibleMaintenanceFundEntries,
  visibleMaintenanceFundUses,
} from "../../auth/visibility.ts";
import { builder, type WuyeSchemaTypes } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { MaintenanceFundUseStatus } from "../../generated/prisma/enums.ts";
import {
  approveFundUse,
  contributeToFund,
  FUND_CONTRIBUTION_ROLES,
  FUND_PROPOSAL_ROLES,
  fundBalance,
  payFundUse,
  proposeFundUse,
  publishFundUse,
  withdrawFundUse,
} from "../../services/governance/index.ts";
import { serviceContext } from "../../services/support.ts";
import { KEY_DESCRIPTION, keyFormat } from "../collection/payments.ts";
import { mutationErrors } from "../errors.ts";
import { HistoryConnection, resolveHistory } from "../history.ts";
import { FundEntryKindEnum, FundUseStatusEnum } from "./types.ts";

/**
 * The special maintenance fund 专项维修资金 (R-GOV-2): its ledger and balance per estate, and each
 * use from proposal to publication. The fund is the owners': owners of the estate see its ledger
 * and every use; among staff, the money desk and the manager see the ledger.
 */

builder.prismaNode("MaintenanceFundUse", {
  id: { field: "id" },
  nullable: true,
  description: "A use of the maintenance fund on a common part (R-GOV-2).",
  findUnique: (id, context) => ({ id, AND: [visibleMaintenanceFundUses(context.viewer)] }),
  fields: (t) => ({
    estate: t.relation("estate"),
    facility: t.relation("facility", { description: "The common part, from the facility ledger." }),
    vote: t.relation("vote", { nullable: true, description: "The assembly vote the use rests on." }),
    amount: t.expose("amount", { type: "Money" }),
    purpose: t.exposeString("purpose"),
    emergencyReason: t.exposeString("emergencyReason", {
      nullable: true,
      description: "Set for emergency use 应急使用 where local rules allow it (published afterwards).",
    }),
    status: t.expose("status", { type: FundUseStatusEnum }),
    version: t.exposeInt("version"),
    approvedAt: t.expose("approvedAt", { type: "DateTime", nullable: true }),
    paidAt: t.expose("paidAt", { type: "DateTime", nullable: true }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    notice: t.exposeString("notice", { nullable: true, description: "What was published to the owners." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    history: t.field({
      type: HistoryConnection,
      description: "Every step, oldest first (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (u, args, context) => resolveHistory(context, "maintenance fund use", u.id, args),
    }),
  }),
});

builder.prismaObject("MaintenanceFundEntry", {
  description: "A line of the maintenance fund's ledger (R-GOV-2): money paid in, or paid out on a use.",
  fields: (t) => ({
    kind: t.expose("kind", { type: FundEntryKindEnum }),
    amount: t.expose("amount", { type: "Money" }),
    reason: t.exposeString("reason"),
    fundUse: t.relation("fundUse", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const FundUseFilter = builder.inputType("MaintenanceFundUseFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    status: t.field({ type: [FundUseStatusEnum], required: false }),
  }),
});

function useWhere(
  filter:
    | { estateId?: { id: string } | null; status?: readonly MaintenanceFundUseStatus[] | null }
    | null
    | undefined,
): Prisma.MaintenanceFundUseWhereInput {
  return {
    ...(filter?.estateId ? { estateId: filter.estateId.id } : {}),
    ...(filter?.status ? { status: { in: [...filter.status] } } : {}),
  };
}

builder.queryField("maintenanceFundUses", (t) =>
  t.prismaConnection({
    type: "MaintenanceFundUse",
    cursor: "id",
    nullable: true,
    description: "Uses of the maintenance fund the viewer may see, newest first.",
    authScopes: { $any: { staff: true, resident: true } },
    args: { filter: t.arg({ type: FundUseFilter, required: false }) },
    totalCount: (_connection, args, context) =>
      prismaOf(context).maintenanceFundUse.count({
        where: { AND: [visibleMaintenanceFundUses(context.viewer), useWhere(args.filter)] },
      }),
    resolve: (query, _root, args, context) =>
      prismaOf(context).maintenanceFundUse.findMany({
        ...query,
        where: { AND: [visibleMaintenanceFundUses(context.viewer), useWhere(args.filter)] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
);

builder.queryField("maintenanceFundEntries", (t) =>
  t.prismaConnection({
    type: "MaintenanceFundEntry",
    cursor: "id",
    nullable: true,
    description: "The maintenance fund's ledger of one estate, newest first (R-GOV-2).",
    authScopes: { $any: { staffRole: [...FUND_READER_ROLES], resident: true } },
    args: { estateId: t.arg.globalID({ required: true }) },
    totalCount: (_connection, args, context) =>
      prismaOf(context).maintenanceFundEntry.count({
        where: { AND: [visibleMaintenanceFundEntries(context.viewer), { estateId: args.estateId.id }] },
      }),
    resolve: (query, _root, args, context) =>
      prismaOf(context).maintenanceFundEntry.findMany({
        ...query,
        where: { AND: [visibleMaintenanceFundEntries(context.viewer), { estateId: args.estateId.id }] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
);

builder.queryField("maintenanceFundBalance", (t) =>
  t.field({
    type: "Money",
    nullable: true,
    description:
      "What an estate's maintenance fund holds: contributions less uses paid (R-GOV-2); null when the viewer may not see the fund.",
    authScopes: { $any: { staffRole: [...FUND_READER_ROLES], resident: true } },
    args: { estateId: t.arg.globalID({ required: true }) },
    resolve: (_root, args, context) =>
      args.estateId.typename === "Estate" && canSeeMaintenanceFund(context.viewer, args.estateId.id)
        ? fundBalance(prismaOf(context), args.estateId.id)
        : null,
  }),
);

type InputFields = PothosSchemaTypes.InputFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<WuyeSchemaTypes>,
  "InputObject"
>;

const text = (max: number) => z.string().trim().min(1).max(max);

const fundUsePayload = (name: string) =>
  builder.objectRef<{ fundUseId: string }>(name).implement({
    fields: (t) => ({
      maintenanceFundUse: t.prismaField({
        type: "MaintenanceFundUse",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).maintenanceFundUse.findUnique({ ...query, where: { id: payload.fundUseId } }),
      }),
    }),
  });

builder.mutationField("maintenanceFundContribute", (t) =>
  t.field({
    type: builder
      .objectRef<{ entryId: string; estateId: string }>("MaintenanceFundContributePayload")
      .implement({
        fields: (p) => ({
          entry: p.prismaField({
            type: "MaintenanceFundEntry",
            nullable: true,
            resolve: (query, payload, _args, context) =>
              prismaOf(context).maintenanceFundEntry.findUnique({ ...query, where: { id: payload.entryId } }),
          }),
          balance: p.field({
            type: "Money",
            nullable: true,
            resolve: (payload, _args, context) => fundBalance(prismaOf(context), payload.estateId),
          }),
        }),
      }),
    description: "R-GOV-2: record money the owners paid into the estate's maintenance fund 交存.",
    authScopes: { staffRole: [...FUND_CONTRIBUTION_ROLES] },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("MaintenanceFundContributeInput", {
          fields: (f) => ({
            estateId: f.globalID({ required: true }),
            amount: f.field({ type: "Money", required: true }),
            reason: f.string({ required: true, validate: text(500) }),
            idempotencyKey: f.string({ required: false, description: KEY_DESCRIPTION, validate: keyFormat }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => contributeToFund(serviceContext(context), input),
  }),
);

builder.mutationField("maintenanceFundUsePropose", (t) =>
  t.field({
    type: fundUsePayload("MaintenanceFundUseProposePayload"),
    description:
      "R-GOV-2: propose a use of the fund on a common part (a facility of the ledger), naming the assembly vote it rests on or, for emergency use, the emergency.",
    authScopes: { staffRole: [...FUND_PROPOSAL_ROLES] },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("MaintenanceFundUseProposeInput", {
          fields: (f) => ({
            facilityId: f.globalID({ required: true }),
            amount: f.field({ type: "Money", required: true }),
            purpose: f.string({ required: true, validate: text(500) }),
            voteId: f.globalID({ required: false }),
            emergencyReason: f.string({ required: false, validate: z.string().trim().max(500) }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => proposeFundUse(serviceContext(context), input),
  }),
);

const stepFields = (f: InputFields) => ({
  fundUseId: f.globalID({ required: true }),
  expectedVersion: f.int({ required: false }),
});

builder.mutationField("maintenanceFundUseApprove", (t) =>
  t.field({
    type: fundUsePayload("MaintenanceFundUseApprovePayload"),
    description:
      "R-GOV-2: approve — the common part out of warranty, a closed and passed vote on the maintenance fund (or emergency use the estate's local rules allow), the amount within the balance.",
    authScopes: { staffRole: staffRolesFor(maintenanceFundUseWorkflow, "approve") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("MaintenanceFundUseApproveInput", { fields: stepFields }),
      }),
    },
    resolve: (_root, { input }, context) => approveFundUse(serviceContext(context), input),
  }),
);

builder.mutationField("maintenanceFundUsePay", (t) =>
  t.field({
    type: fundUsePayload("MaintenanceFundUsePayPayload"),
    description:
      "R-GOV-2: pay the approved use out of the fund (one ledger row per use; a retry or a second payment is refused).",
    authScopes: { staffRole: staffRolesFor(maintenanceFundUseWorkflow, "pay") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("MaintenanceFundUsePayInput", { fields: stepFields }),
      }),
    },
    resolve: (_root, { input }, context) => payFundUse(serviceContext(context), input),
  }),
);

builder.mutationField("maintenanceFundUsePublish", (t) =>
  t.field({
    type: fundUsePayload("MaintenanceFundUsePublishPayload"),
    description: "R-GOV-2: publish the use to the owners — what was done, for how much, on what authority.",
    authScopes: { staffRole: staffRolesFor(maintenanceFundUseWorkflow, "publish") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("MaintenanceFundUsePublishInput", {
          fields: (f) => ({
            ...stepFields(f),
            notice: f.string({ required: true, validate: z.string().max(5000) }),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => publishFundUse(serviceContext(context), input),
  }),
);

builder.mutationField("maintenanceFundUseWithdraw", (t) =>
  t.field({
    type: fundUsePayload("MaintenanceFundUseWithdrawPayload"),
    description: "R-GOV-2: withdraw a use before any money is paid.",
    authScopes: { staffRole: staffRolesFor(maintenanceFundUseWorkflow, "withdraw") },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType("MaintenanceFundUseWithdrawInput", {
          fields: (f) => ({ ...stepFields(f), reason: f.string({ required: true, validate: text(500) }) }),
        }),
      }),
    },
    resolve: (_root, { input }, context) => withdrawFundUse(serviceContext(context), input),
  }),
);
