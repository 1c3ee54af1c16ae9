import { HANDOVER_CHECK_NAMES, type OccupancyEffects, parseMoney, unitOccupancyWorkflow } from "@wuye/domain";
import { z } from "zod";
import { staffRolesFor } from "../auth/index.ts";
import { builder } from "../builder.ts";
import { prismaOf } from "../context.ts";
import { IdentityDocumentKind, OccupancyRole } from "../generated/prisma/enums.ts";
import { dateColumn } from "../services/estate-dates.ts";
import type { HandoverPrepaymentResult } from "../services/fees/prepayment.ts";
import { handOverUnitStep } from "../services/occupancy/handover.ts";
import { moveInStep, moveOutStep } from "../services/occupancy/moves.ts";
import { registerTenantStep } from "../services/occupancy/tenants.ts";
import { serviceContext } from "../services/support.ts";
import { mutationErrors } from "./errors.ts";

/**
 * The occupancy changes of a unit (R-HND-2…4, R-ARC-1/2): handover with the checklist, tenant
 * registration with the owner's consent, move-in and move-out. Each mutation runs the domain's
 * rule and writes the unit's state, the archive and the history line in one transaction.
 */

const text = (max: number) => z.string().trim().min(1).max(max);

const HandoverCheckItem = builder.enumType("HandoverCheckItem", {
  description: "What is inspected with the owner at handover (R-HND-2).",
  values: Object.keys(HANDOVER_CHECK_NAMES) as (keyof typeof HANDOVER_CHECK_NAMES)[],
});
const HandoverCheckResult = builder.enumType("HandoverCheckResult", { values: ["ok", "defect"] as const });

const HandoverCheckInput = builder.inputType("UnitHandoverCheckInput", {
  fields: (t) => ({
    item: t.field({ type: HandoverCheckItem, required: true }),
    result: t.field({ type: HandoverCheckResult, required: true }),
  }),
});

const HandoverDefectInput = builder.inputType("UnitHandoverDefectInput", {
  description: "A defect found with the owner, to be rectified (one key is kept back meanwhile).",
  fields: (t) => ({
    item: t.field({ type: HandoverCheckItem, required: true }),
    description: t.string({ required: true, validate: text(500) }),
    rectified: t.boolean({ required: false, defaultValue: false }),
  }),
});

const HandoverReceiptInput = builder.inputType("UnitHandoverReceiptInput", {
  description: "The document receipt 文件签收表: keys, owner's manual, renovation manual.",
  fields: (t) => ({
    keysHandedOver: t.int({ required: true, validate: z.number().int().min(0).max(100) }),
    ownersManual: t.boolean({ required: true }),
    renovationManual: t.boolean({ required: true }),
    signedBy: t.string({ required: true, validate: z.string().trim().max(100) }),
    signedAt: t.field({ type: "DateTime", required: false, description: "Default now." }),
  }),
});

const UnitHandOverInput = builder.inputType("UnitHandOverInput", {
  fields: (t) => ({
    unitId: t.globalID({ required: true }),
    handedOverOn: t.field({ type: "Date", required: true, description: "Fees start on this day (R-HND-3)." }),
    identityVerifiedBy: t.string({
      required: false,
      description: "Who checked the owner's identity document.",
      validate: z.string().trim().max(100).optional(),
    }),
    inspection: t.field({ type: [HandoverCheckInput], required: true }),
    defects: t.field({ type: [HandoverDefectInput], required: false }),
    keysKeptBack: t.int({ required: false, defaultValue: 0, validate: z.number().int().min(0).max(100) }),
    receipt: t.field({ type: HandoverReceiptInput, required: false }),
    expectedVersion: t.int({ required: false }),
  }),
});

const BillingEffectRef = builder
  .objectRef<OccupancyEffects["billing"][number]>("OccupancyBillingEffect")
  .implement({
    description:
      "What billing must do after the change: `chargesStart` (R-HND-3), `vacancyStarts` (R-FEE-11), `occupancyStarts` (R-HND-4).",
    fields: (t) => ({
      kind: t.string({ resolve: (e) => e.kind }),
      from: t.field({ type: "Date", resolve: (e) => dateColumn(e.from) }),
      rule: t.string({ resolve: (e) => e.rule }),
      vacantDays: t.int({
        nullable: true,
        description: "How long the unit stood empty before a move-in.",
        resolve: (e) => (e.kind === "occupancyStarts" ? e.vacantDays : null),
      }),
      occupant: t.string({
        nullable: true,
        description: "`owner` or `tenant` for a move-in.",
        resolve: (e) => (e.kind === "occupancyStarts" ? e.occupant.kind : null),
      }),
    }),
  });

const EffectsRef = builder.objectRef<OccupancyEffects>("OccupancyEffects").implement({
  description: "What the change asks of others, as the domain states it.",
  fields: (t) => ({
    billing: t.field({ type: [BillingEffectRef], resolve: (e) => [...e.billing] }),
    notify: t.stringList({
      description: "Departments sent the move-in notice 入住知会单 (R-HND-4).",
      resolve: (e) => [...e.notify],
    }),
    revokeAccessCards: t.boolean({
      description:
        "R-ACC-1: the household's access cards are to be revoked (access cards are not kept by the API; the gate system acts on this).",
      resolve: (e) => e.revokeAccessCards,
    }),
  }),
});

const HandoverPrepaymentRef = builder.objectRef<HandoverPrepaymentResult>("HandoverPrepayment").implement({
  description:
    "R-HND-3: the fees collected in advance at handover 预收物业费, issued as that period's bills.",
  fields: (t) => ({
    coveredFrom: t.field({ type: "Date", resolve: (p) => dateColumn(p.coveredFrom) }),
    coveredTo: t.field({ type: "Date", resolve: (p) => dateColumn(p.coveredTo) }),
    months: t.exposeInt("months", {
      description: "Whole months collected in advance (the estate's policy).",
    }),
    total: t.field({ type: "Money", resolve: (p) => parseMoney(p.total) }),
    bills: t.prismaField({
      type: ["Bill"],
      description: "The bills issued now, one per covered month.",
      resolve: (query, p, _args, context) =>
        prismaOf(context).bill.findMany({
          ...query,
          where: { id: { in: [...p.billIds] } },
          orderBy: [{ periodStart: "asc" }, { id: "asc" }],
        }),
    }),
  }),
});

interface UnitStepPayload {
  readonly unitId: string;
  readonly effects?: OccupancyEffects;
  readonly occupancyId?: string;
  readonly prepayment?: HandoverPrepaymentResult;
}

function unitPayload(name: string, options: { effects: boolean; tenancy?: boolean; prepayment?: boolean }) {
  return builder.objectRef<UnitStepPayload>(name).implement({
    fields: (t) => ({
      unit: t.prismaField({
        type: "Unit",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).unit.findUnique({ ...query, where: { id: payload.unitId } }),
      }),
      ...(options.effects
        ? { effects: t.field({ type: EffectsRef, nullable: true, resolve: (p) => p.effects ?? null }) }
        : {}),
      ...(options.prepayment
        ? {
            prepayment: t.field({
              type: HandoverPrepaymentRef,
              nullable: true,
              resolve: (p) => p.prepayment ?? null,
            }),
          }
        : {}),
      ...(options.tenancy
        ? {
            tenancy: t.prismaField({
              type: "Occupancy",
              nullable: true,
              description: "The tenant's link to the unit over the tenancy.",
              resolve: (query, payload, _args, context) =>
                payload.occupancyId
                  ? prismaOf(context).occupancy.findUnique({ ...query, where: { id: payload.occupancyId } })
                  : null,
            }),
          }
        : {}),
    }),
  });
}

builder.mutationField("unitHandOver", (t) =>
  t.field({
    type: unitPayload("UnitHandOverPayload", { effects: true, prepayment: true }),
    description:
      "R-HND-2/3: hand the unit over with the checklist filled in with the owner; refused with every open item until it is complete. Fees start on the handover date: the prepayment bills (six months by default) are issued with it, so an estate without a fee standard in force for the unit refuses it (`FEE_…`).",
    authScopes: { staffRole: staffRolesFor(unitOccupancyWorkflow, "handOver") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: UnitHandOverInput, required: true }) },
    resolve: (_root, { input }, context) => handOverUnitStep(serviceContext(context), input),
  }),
);

const IdentityDocumentInput = builder.inputType("IdentityDocumentInput", {
  fields: (t) => ({
    kind: t.field({ type: IdentityDocumentKind, required: true }),
    number: t.string({ required: true, validate: z.string().trim().max(40) }),
  }),
});

const DatePeriodInput = builder.inputType("DatePeriodInput", {
  description: "A period of business dates, both ends included.",
  fields: (t) => ({
    from: t.field({ type: "Date", required: true }),
    to: t.field({ type: "Date", required: true }),
  }),
});

const OwnerCommitmentInput = builder.inputType("OwnerCommitmentInput", {
  description: "The owner's letter of commitment 业主承诺书 (R-ARC-2).",
  fields: (t) => ({
    signedById: t.globalID({ required: true, description: "The owner (a `Person`) who signed it." }),
    signedOn: t.field({ type: "Date", required: true }),
  }),
});

const LeaseInput = builder.inputType("LeaseInput", {
  description: "The lease 房屋租赁协议 (R-ARC-2).",
  fields: (t) => ({
    reference: t.string({ required: true, validate: z.string().trim().max(100) }),
    from: t.field({ type: "Date", required: true }),
    to: t.field({ type: "Date", required: true }),
  }),
});

const TenantRegisterInput = builder.inputType("TenantRegisterInput", {
  fields: (t) => ({
    unitId: t.globalID({ required: true }),
    name: t.string({ required: true, validate: z.string().trim().max(100) }),
    phone: t.string({ required: false, validate: z.string().trim().max(30).optional() }),
    identity: t.field({ type: IdentityDocumentInput, required: false }),
    tenancy: t.field({ type: DatePeriodInput, required: true }),
    ownerCommitment: t.field({ type: OwnerCommitmentInput, required: false }),
    lease: t.field({ type: LeaseInput, required: false }),
    safetyLetterSignedOn: t.field({
      type: "Date",
      required: false,
      description: "When the tenant signed the safety-responsibility letter 安全责任书.",
    }),
  }),
});

builder.mutationField("tenantRegister", (t) =>
  t.field({
    type: unitPayload("TenantRegisterPayload", { effects: false, tenancy: true }),
    description:
      "R-ARC-2: register a tenant with the owner's letter of commitment and the lease, the tenant's identity and the signed safety letter. Refused with every reason otherwise.",
    authScopes: { staffRole: staffRolesFor(unitOccupancyWorkflow, "moveIn") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: TenantRegisterInput, required: true }) },
    resolve: (_root, { input }, context) => registerTenantStep(serviceContext(context), input),
  }),
);

const ResidentInput = builder.inputType("ResidentInput", {
  description: "Someone who will live in the unit 住户.",
  fields: (t) => ({
    name: t.string({ required: true, validate: z.string().trim().max(100) }),
    relation: t.field({ type: OccupancyRole, required: true }),
    phone: t.string({ required: false, validate: z.string().trim().max(30).optional() }),
    identity: t.field({ type: IdentityDocumentInput, required: false }),
  }),
});

const UnitMoveInInput = builder.inputType("UnitMoveInInput", {
  fields: (t) => ({
    unitId: t.globalID({ required: true }),
    date: t.field({ type: "Date", required: true, description: "The move-in date 入住日期." }),
    residents: t.field({ type: [ResidentInput], required: true }),
    tenantId: t.globalID({
      required: false,
      description: "A registered tenant (`Person`) moving in; absent when the owner's household moves in.",
    }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("unitMoveIn", (t) =>
  t.field({
    type: unitPayload("UnitMoveInPayload", { effects: true }),
    description:
      "R-HND-4: confirm a move-in once the owner archive is complete (R-ARC-1) and, for a tenant, within the registered tenancy (R-ARC-2). Billing follows the occupancy from that day.",
    authScopes: { staffRole: staffRolesFor(unitOccupancyWorkflow, "moveIn") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: UnitMoveInInput, required: true }) },
    resolve: (_root, { input }, context) => moveInStep(serviceContext(context), input),
  }),
);

const UnitMoveOutInput = builder.inputType("UnitMoveOutInput", {
  fields: (t) => ({
    unitId: t.globalID({ required: true }),
    date: t.field({ type: "Date", required: true, description: "The unit is vacant from this day." }),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField("unitMoveOut", (t) =>
  t.field({
    type: unitPayload("UnitMoveOutPayload", { effects: true }),
    description:
      "R-HND-4: record a move-out; the unit is vacant from that day (R-FEE-11), its residents leave the archive, and its access cards are to be revoked (R-ACC-1).",
    authScopes: { staffRole: staffRolesFor(unitOccupancyWorkflow, "moveOut") },
    errors: mutationErrors(),
    args: { input: t.arg({ type: UnitMoveOutInput, required: true }) },
    resolve: (_root, { input }, context) => moveOutStep(serviceContext(context), input),
  }),
);
