import { layoutReleasePassLines, type ReleasePass, type UnitAccountStatement } from "@wuye/domain";
import { identityNumberFor } from "../../auth/index.ts";
import { visibleReleasePasses } from "../../auth/visibility.ts";
import { builder } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { ReleasePassStatus, ReleaseReason } from "../../generated/prisma/enums.ts";
import { estateReleasePolicy } from "../../services/release/index.ts";
import { decodeRecordData } from "../../services/renovation/index.ts";
import { OrderDirection } from "../common.ts";
import { RefusalRef } from "../errors.ts";
import { HistoryConnection, loadHistory, resolveHistory } from "../history.ts";
import {
  CarrierRelationEnum,
  ConsentRef,
  DecisionRef,
  type PassRow,
  PrintedLineRef,
  passOf,
  ReleaseItemCategoryEnum,
  ReleasePassStatusEnum,
  ReleaseReasonEnum,
  SignatureRef,
  StatementRef,
} from "./types.ts";

/**
 * Release passes 物品放行条 (R-REL-1…5). Staff of the estate see its passes; owners and tenants
 * those of their units; API keys need `releasePasses:read`. The carrier's identity number and the
 * phones on the pass are personal data (masked per R-ARC-3).
 */

const passField =
  <T>(pick: (pass: ReleasePass) => T | undefined) =>
  (row: PassRow, _args: unknown, context: object) =>
    passOf(context, row).then((pass) => (pass ? (pick(pass) ?? null) : null));

export const ReleasePassRef = builder.prismaNode("ReleasePass", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visibleReleasePasses(context.viewer)] }),
  fields: (t) => ({
    number: t.exposeString("number"),
    status: t.expose("status", { type: ReleasePassStatusEnum }),
    version: t.exposeInt("version"),
    estate: t.relation("estate"),
    unit: t.relation("unit"),
    reason: t.expose("reason", { type: ReleaseReasonEnum }),
    carrierName: t.exposeString("carrierName"),
    carrierRelation: t.expose("carrierRelation", { type: CarrierRelationEnum }),
    carrierIdNumber: t.string({
      nullable: true,
      description: "Masked unless the viewer is staff who need it (R-ARC-3).",
      resolve: (p, _args, context) =>
        identityNumberFor(context.viewer, p.carrierIdNumber, { estateIds: [p.estateId] }),
    }),
    carrierCompany: t.string({ nullable: true, resolve: passField((pass) => pass.carrier.company) }),
    companyGoods: t.boolean({
      nullable: true,
      resolve: passField((pass) => pass.companyGoods ?? pass.carrier.relation === "companyEmployee"),
    }),
    items: t.relation("items", { query: { orderBy: [{ position: "asc" }] } }),
    ownerConsent: t.field({
      type: ConsentRef,
      nullable: true,
      resolve: (p, _args, context) =>
        passOf(context, p).then((pass) =>
          pass?.ownerConsent ? { consent: pass.ownerConsent, row: p } : null,
        ),
    }),
    companyConsent: t.field({
      type: ConsentRef,
      nullable: true,
      resolve: (p, _args, context) =>
        passOf(context, p).then((pass) =>
          pass?.companyConsent ? { consent: pass.companyConsent, row: p } : null,
        ),
    }),
    flagged: t.exposeBoolean("flagged", {
      description: "R-REL-2: frequent single-item removals from this unit.",
    }),
    decision: t.field({ type: DecisionRef, nullable: true, resolve: passField((pass) => pass.decision) }),
    accountStatement: t.field({
      type: StatementRef,
      nullable: true,
      description: "R-REL-3: the unit's account the desk checked when approving a move-out.",
      resolve: async (p, _args, context) => {
        const approval = (await loadHistory(context, "release pass", p.id)).find(
          (e) => e.action === "approve",
        );
        return (
          decodeRecordData<{ accountStatement?: UnitAccountStatement } | null>(approval?.data)
            ?.accountStatement ?? null
        );
      },
    }),
    refusalReason: t.string({ nullable: true, resolve: passField((pass) => pass.refusal?.reason) }),
    refusals: t.field({
      type: [RefusalRef],
      description: "Every reason the desk refused on (R-REL-3/4).",
      resolve: (p, _args, context) => passOf(context, p).then((pass) => [...(pass?.refusal?.refusals ?? [])]),
    }),
    deskOfficerSignature: t.field({
      type: SignatureRef,
      nullable: true,
      resolve: passField((pass) => pass.signOff?.deskOfficer),
    }),
    carrierSignature: t.field({
      type: SignatureRef,
      nullable: true,
      resolve: passField((pass) => pass.signOff?.carrier),
    }),
    ownerSignature: t.field({
      type: SignatureRef,
      nullable: true,
      resolve: passField((pass) => pass.signOff?.owner),
    }),
    printedLines: t.field({
      type: [PrintedLineRef],
      description: "R-REL-5: the items on the form's lines, every blank line struck through.",
      select: { estate: { select: { timeZone: true, policy: true } } },
      resolve: async (p, _args, context) => {
        const pass = await passOf(context, p);
        return pass ? [...layoutReleasePassLines(pass.items, estateReleasePolicy(p.estate))] : [];
      },
    }),
    requestedAt: t.field({
      type: "DateTime",
      resolve: async (p, _args, context) => (await passOf(context, p))?.requestedAt ?? p.createdAt,
    }),
    approvedAt: t.expose("approvedAt", { type: "DateTime", nullable: true }),
    releasedAt: t.expose("releasedAt", { type: "DateTime", nullable: true }),
    archivedAt: t.field({ type: "DateTime", nullable: true, resolve: passField((pass) => pass.archivedAt) }),
    history: t.field({
      type: HistoryConnection,
      description: "Every step of this pass, oldest first (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (p, args, context) => resolveHistory(context, "release pass", p.id, args),
    }),
  }),
});

builder.prismaObject("ReleasePassItem", {
  description: "One line of the pass: the item and how many (R-REL-2).",
  fields: (t) => ({
    position: t.exposeInt("position"),
    description: t.exposeString("description"),
    quantity: t.exposeInt("quantity"),
    category: t.field({
      type: ReleaseItemCategoryEnum,
      nullable: true,
      select: { pass: { select: { id: true, unitId: true, status: true, estateId: true } } },
      resolve: async (item, _args, context) =>
        (await passOf(context, item.pass))?.items[item.position - 1]?.category ?? null,
    }),
  }),
});

const ReleasePassFilter = builder.inputType("ReleasePassFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    status: t.field({ type: [ReleasePassStatusEnum], required: false }),
    reason: t.field({ type: [ReleaseReasonEnum], required: false }),
    flagged: t.boolean({ required: false }),
    requestedFrom: t.field({ type: "DateTime", required: false }),
    requestedBefore: t.field({ type: "DateTime", required: false }),
  }),
});

const ReleasePassOrderField = builder.enumType("ReleasePassOrderField", {
  values: { REQUESTED_AT: { value: "createdAt" }, NUMBER: { value: "number" } } as const,
});

const ReleasePassOrder = builder.inputType("ReleasePassOrder", {
  fields: (t) => ({
    field: t.field({ type: ReleasePassOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: false, defaultValue: "desc" }),
  }),
});

interface ReleasePassFilterInput {
  estateId?: { id: string } | null;
  unitId?: { id: string } | null;
  status?: readonly ReleasePassStatus[] | null;
  reason?: readonly ReleaseReason[] | null;
  flagged?: boolean | null;
  requestedFrom?: Date | null;
  requestedBefore?: Date | null;
}

function passWhere(filter: ReleasePassFilterInput | null | undefined): Prisma.ReleasePassWhereInput {
  if (!filter) return {};
  return {
    ...(filter.estateId ? { estateId: filter.estateId.id } : {}),
    ...(filter.unitId ? { unitId: filter.unitId.id } : {}),
    ...(filter.status ? { status: { in: [...filter.status] } } : {}),
    ...(filter.reason ? { reason: { in: [...filter.reason] } } : {}),
    ...(filter.flagged != null ? { flagged: filter.flagged } : {}),
    ...(filter.requestedFrom || filter.requestedBefore
      ? {
          createdAt: {
            ...(filter.requestedFrom ? { gte: filter.requestedFrom } : {}),
            ...(filter.requestedBefore ? { lt: filter.requestedBefore } : {}),
          },
        }
      : {}),
  };
}

builder.queryField("releasePasses", (t) =>
  t.prismaConnection({
    type: "ReleasePass",
    cursor: "id",
    nullable: true,
    description: "Release passes the viewer may see, newest first unless ordered otherwise.",
    authScopes: { $any: { staff: true, resident: true, apiScope: "releasePasses:read" } },
    args: {
      filter: t.arg({ type: ReleasePassFilter, required: false }),
      orderBy: t.arg({ type: ReleasePassOrder, required: false }),
    },
    totalCount: (_connection, args, context) =>
      prismaOf(context).releasePass.count({
        where: { AND: [visibleReleasePasses(context.viewer), passWhere(args.filter)] },
      }),
    resolve: (query, _root, args, context) => {
      const direction = args.orderBy?.direction ?? "desc";
      const field = args.orderBy?.field ?? "createdAt";
      return prismaOf(context).releasePass.findMany({
        ...query,
        where: { AND: [visibleReleasePasses(context.viewer), passWhere(args.filter)] },
        orderBy: [{ [field]: direction }, { id: direction }],
      });
    },
  }),
);
