import { type TakeoverDefectActions, takeoverDefectWorkflow } from "@wuye/domain";
import { z } from "zod";
import { staffRolesFor } from "../auth/index.ts";
import { builder } from "../builder.ts";
import { prismaOf } from "../context.ts";
import { NotFoundError } from "../errors/index.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { TakeoverDefectStatus, TakeoverScope } from "../generated/prisma/enums.ts";
import {
  advanceTakeoverDefectStep,
  recordTakeoverDefect,
  recordTakeoverInspection,
  TAKEOVER_ROLES,
  takeoverCompletionOf,
  visibleTakeoverRecords,
} from "../services/occupancy/takeover.ts";
import { serviceContext } from "../services/support.ts";
import { mutationErrors, RefusalRef } from "./errors.ts";
import { HistoryConnection } from "./history.ts";
import { EstateRef } from "./occupancy.ts";
import { resolveSideHistory } from "./side-history.ts";

/**
 * Takeover inspection 承接查验 (R-HND-1): the scopes of common parts inspected, and each defect
 * reported to the developer in writing and tracked until re-inspection accepts it. The estate's
 * staff see it; engineering and managers record and move it.
 */

builder.enumType(TakeoverScope, { name: "TakeoverScope", description: "What a takeover inspection covers." });
builder.enumType(TakeoverDefectStatus, {
  name: "TakeoverDefectStatus",
  description: "recorded → reported → rectified → closed (a failed re-inspection goes back to reported).",
});

const visible = (viewer: Parameters<typeof visibleTakeoverRecords>[0]) =>
  visibleTakeoverRecords(viewer) as Prisma.TakeoverDefectWhereInput;

export const TakeoverDefectRef = builder.prismaNode("TakeoverDefect", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visible(context.viewer)] }),
  fields: (t) => ({
    scope: t.expose("scope", { type: TakeoverScope }),
    location: t.exposeString("location"),
    description: t.exposeString("description"),
    status: t.expose("status", { type: TakeoverDefectStatus }),
    reportRef: t.exposeString("reportRef", {
      nullable: true,
      description: "The written report to the developer 建设单位 that carried it.",
    }),
    findings: t.stringList({
      description: "Findings of failed re-inspections, oldest first.",
      resolve: (d) => (Array.isArray(d.findings) ? d.findings.filter((f) => typeof f === "string") : []),
    }),
    version: t.exposeInt("version", { description: "Pass as `expectedVersion` to refuse a stale copy." }),
    estate: t.relation("estate"),
    history: t.field({
      type: HistoryConnection,
      description: "Every step of this defect, oldest first (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (d, args, context) => resolveSideHistory(context, "takeover defect", d.id, args),
    }),
  }),
});

const TakeoverInspectionRef = builder.prismaObject("TakeoverInspection", {
  description: "One scope of the takeover inspection, inspected.",
  fields: (t) => ({
    scope: t.expose("scope", { type: TakeoverScope }),
    inspectedOn: t.expose("inspectedOn", { type: "Date" }),
    note: t.exposeString("note", { nullable: true }),
  }),
});

const TakeoverDefectFilter = builder.inputType("TakeoverDefectFilter", {
  fields: (t) => ({
    status: t.field({ type: [TakeoverDefectStatus], required: false }),
    scope: t.field({ type: [TakeoverScope], required: false }),
  }),
});

builder.prismaObjectFields(EstateRef, (t) => ({
  takeoverDefects: t.relatedConnection("takeoverDefects", {
    cursor: "id",
    totalCount: true,
    description: "Defects found at takeover (R-HND-1), oldest first; the estate's staff only.",
    authScopes: { staff: true },
    args: { filter: t.arg({ type: TakeoverDefectFilter, required: false }) },
    query: (args, context) => ({
      where: {
        AND: [
          visible(context.viewer),
          args.filter?.status ? { status: { in: args.filter.status } } : {},
          args.filter?.scope ? { scope: { in: args.filter.scope } } : {},
        ],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  }),
}));

interface TakeoverStatus {
  readonly estateId: string;
  readonly check: Awaited<ReturnType<typeof takeoverCompletionOf>>;
}

const TakeoverStatusRef = builder.objectRef<TakeoverStatus>("TakeoverStatus").implement({
  description: "R-HND-1: takeover is complete when every scope is inspected and every defect closed.",
  fields: (t) => ({
    complete: t.boolean({ resolve: (s) => s.check.complete }),
    missing: t.field({
      type: [RefusalRef],
      description: "Scopes not inspected and defects still open.",
      resolve: (s) => [...s.check.missing],
    }),
    openDefectCount: t.int({ resolve: (s) => s.check.openDefects.length }),
    inspections: t.prismaField({
      type: [TakeoverInspectionRef],
      resolve: (query, s, _args, context) =>
        prismaOf(context).takeoverInspection.findMany({
          ...query,
          where: { estateId: s.estateId },
          orderBy: [{ scope: "asc" }],
        }),
    }),
    estate: t.prismaField({
      type: "Estate",
      nullable: true,
      resolve: (query, s, _args, context) =>
        prismaOf(context).estate.findUnique({ ...query, where: { id: s.estateId } }),
    }),
  }),
});

builder.queryField("takeover", (t) =>
  t.field({
    type: TakeoverStatusRef,
    nullable: true,
    description: "R-HND-1: where an estate's takeover inspection stands (the estate's staff).",
    authScopes: { staff: true },
    args: { estateId: t.arg.globalID({ required: true }) },
    resolve: async (_root, { estateId }, context) => {
      const viewer = context.viewer;
      if (estateId.typename !== "Estate" || !viewer.isStaffIn(estateId.id)) throw new NotFoundError("estate");
      const estate = await prismaOf(context).estate.findUnique({
        where: { id: estateId.id },
        select: { id: true, policy: true },
      });
      if (!estate) throw new NotFoundError("estate");
      return {
        estateId: estate.id,
        check: await takeoverCompletionOf(prismaOf(context), estate.id, estate.policy),
      };
    },
  }),
);

const text = (max: number) => z.string().trim().min(1).max(max);

const estatePayload = builder.objectRef<{ estateId: string }>("TakeoverInspectionRecordPayload").implement({
  fields: (t) => ({
    takeover: t.field({
      type: TakeoverStatusRef,
      nullable: true,
      resolve: async (p, _args, context) => {
        const estate = await prismaOf(context).estate.findUniqueOrThrow({
          where: { id: p.estateId },
          select: { policy: true },
        });
        return {
          estateId: p.estateId,
          check: await takeoverCompletionOf(prismaOf(context), p.estateId, estate.policy),
        };
      },
    }),
  }),
});

builder.mutationField("takeoverInspectionRecord", (t) =>
  t.field({
    type: estatePayload,
    description: "R-HND-1: record that a scope of the common parts was inspected at takeover.",
    authScopes: { staffRole: TAKEOVER_ROLES },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("TakeoverInspectionRecordInput", {
          fields: (f) => ({
            estateId: f.globalID({ required: true }),
            scope: f.field({ type: TakeoverScope, required: true }),
            inspectedOn: f.field({ type: "Date", required: true }),
            note: f.string({ required: false, validate: z.string().trim().max(1000).optional() }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, context) => recordTakeoverInspection(serviceContext(context), input),
  }),
);

function defectPayload(name: string) {
  return builder.objectRef<{ defectId: string }>(name).implement({
    fields: (t) => ({
      defect: t.prismaField({
        type: "TakeoverDefect",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).takeoverDefect.findUnique({ ...query, where: { id: p.defectId } }),
      }),
    }),
  });
}

builder.mutationField("takeoverDefectRecord", (t) =>
  t.field({
    type: defectPayload("TakeoverDefectRecordPayload"),
    description: "R-HND-1: record a defect found at takeover; it starts `recorded`.",
    authScopes: { staffRole: TAKEOVER_ROLES },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("TakeoverDefectRecordInput", {
          fields: (f) => ({
            estateId: f.globalID({ required: true }),
            scope: f.field({ type: TakeoverScope, required: true }),
            location: f.string({ required: true, validate: text(200) }),
            description: f.string({ required: true, validate: text(2000) }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, context) => recordTakeoverDefect(serviceContext(context), input),
  }),
);

/** One mutation per step of the domain's takeover defect workflow. */
function defectStep<A extends keyof TakeoverDefectActions>(
  field: string,
  action: A,
  description: string,
  extra: "reportRef" | "note" | "finding" | null,
  dataOf: (value: string | null | undefined) => TakeoverDefectActions[A],
) {
  const upper = field.charAt(0).toUpperCase() + field.slice(1);
  const Input = builder.inputType(`${upper}Input`, {
    fields: (f) => ({
      defectId: f.globalID({ required: true }),
      ...(extra === "note"
        ? { note: f.string({ required: false, validate: z.string().trim().max(1000).optional() }) }
        : extra
          ? { [extra]: f.string({ required: true, validate: z.string().max(1000) }) }
          : {}),
      expectedVersion: f.int({ required: false }),
    }),
  });
  builder.mutationField(field, (t) =>
    t.field({
      type: defectPayload(`${upper}Payload`),
      description,
      authScopes: { staffRole: staffRolesFor(takeoverDefectWorkflow, action) },
      errors: mutationErrors(),
      args: { input: t.arg({ type: Input, required: true }) },
      resolve: (_root, { input }, context) => {
        const values = input as Record<string, unknown>;
        const value = extra ? (values[extra] as string | null | undefined) : undefined;
        return advanceTakeoverDefectStep(serviceContext(context), {
          defectId: input.defectId,
          action,
          data: dataOf(value),
          expectedVersion: input.expectedVersion ?? null,
        });
      },
    }),
  );
}

defectStep(
  "takeoverDefectReport",
  "report",
  "R-HND-1: the defect goes to the developer in a written report (its reference is required).",
  "reportRef",
  (reportRef) => ({ reportRef: reportRef ?? "" }),
);
defectStep(
  "takeoverDefectRectify",
  "rectify",
  "R-HND-1: the developer reports the rectification done.",
  "note",
  (note) => (note ? { note } : {}),
);
defectStep(
  "takeoverDefectAccept",
  "accept",
  "R-HND-1: re-inspection accepts the rectification; the defect is closed.",
  null,
  () => undefined,
);
defectStep(
  "takeoverDefectReopen",
  "reopen",
  "R-HND-1: re-inspection fails; the finding is recorded and the defect goes back to the developer.",
  "finding",
  (finding) => ({ finding: finding ?? "" }),
);
