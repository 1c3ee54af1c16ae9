import { encodeGlobalID } from "@pothos/plugin-relay";
import { AUDIT_READER_ROLES, visibleAuditLog } from "../auth/visibility.ts";
import { builder } from "../builder.ts";
import { prismaOf } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { OrderDirection } from "./common.ts";

/**
 * The audit log 操作日志 (`src/server/use-audit-log.ts` writes it): every mutation executed,
 * with who, when, the operation, the record, the request id, the client's address and the
 * outcome. Read by an estate's managers and archivists (`auditLog`), newest first.
 */

interface AuditData {
  readonly outcome?: "success" | "error";
  readonly code?: string;
  readonly apiKeyId?: string;
  readonly operationName?: string;
}

const dataOf = (data: unknown): AuditData => (data ?? {}) as AuditData;

const AuditOutcome = builder.enumType("AuditOutcome", {
  values: { SUCCESS: { value: "success" }, ERROR: { value: "error" } } as const,
});

builder.prismaObject("AuditLog", {
  name: "AuditLogEntry",
  description: "One executed mutation. Append-only: nothing can change or remove an entry.",
  fields: (t) => ({
    id: t.exposeID("id"),
    at: t.expose("at", { type: "DateTime" }),
    action: t.exposeString("action", { description: "The mutation, e.g. `complaintAssign`." }),
    entity: t.exposeString("entity", {
      description: "The type of the record the mutation produced or named, or `Mutation` when none.",
    }),
    recordId: t.id({
      nullable: true,
      description: "That record's global id (load it with `node(id:)`).",
      resolve: (entry) => (entry.entityId ? encodeGlobalID(entry.entity, entry.entityId) : null),
    }),
    actorRole: t.exposeString("actorRole", {
      nullable: true,
      description: "`anonymous` when not signed in.",
    }),
    actorName: t.string({
      nullable: true,
      select: { actor: { select: { name: true } } },
      resolve: (entry) => entry.actor?.name ?? null,
    }),
    viaApiKey: t.boolean({
      description: "Whether a partner's API key made the request.",
      select: { data: true },
      resolve: (entry) => dataOf(entry.data).apiKeyId !== undefined,
    }),
    operationName: t.string({
      nullable: true,
      select: { data: true },
      resolve: (entry) => dataOf(entry.data).operationName ?? null,
    }),
    outcome: t.field({
      type: AuditOutcome,
      select: { data: true },
      resolve: (entry) => dataOf(entry.data).outcome ?? "success",
    }),
    errorCode: t.string({
      nullable: true,
      description:
        "The error's code when the outcome is an error (`CMP_HANDLING_REQUIRED`, `API_FORBIDDEN`…).",
      select: { data: true },
      resolve: (entry) => dataOf(entry.data).code ?? null,
    }),
    ip: t.exposeString("ip", { nullable: true, description: "The client's address." }),
    requestId: t.exposeString("requestId", {
      nullable: true,
      description: "The `X-Request-Id` of the request.",
    }),
    estateId: t.id({
      nullable: true,
      description: "The estate of the record, when it has one (global id).",
      resolve: (entry) => (entry.estateId ? encodeGlobalID("Estate", entry.estateId) : null),
    }),
  }),
});

const AuditLogFilter = builder.inputType("AuditLogFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    action: t.stringList({ required: false, description: 'Mutations, e.g. `["complaintClose"]`.' }),
    outcome: t.field({ type: AuditOutcome, required: false }),
    recordId: t.globalID({ required: false, description: "Entries about this record." }),
    from: t.field({ type: "DateTime", required: false, description: "At or after." }),
    to: t.field({ type: "DateTime", required: false, description: "Before." }),
  }),
});

const AuditLogOrder = builder.inputType("AuditLogOrder", {
  fields: (t) => ({ direction: t.field({ type: OrderDirection, required: false, defaultValue: "desc" }) }),
});

interface AuditLogFilterInput {
  readonly estateId?: { readonly id: string } | null;
  readonly action?: readonly string[] | null;
  readonly outcome?: "success" | "error" | null;
  readonly recordId?: { readonly id: string; readonly typename: string } | null;
  readonly from?: Date | null;
  readonly to?: Date | null;
}

function auditLogWhere(filter: AuditLogFilterInput | null | undefined): Prisma.AuditLogWhereInput {
  if (!filter) return {};
  return {
    ...(filter.estateId ? { estateId: filter.estateId.id } : {}),
    ...(filter.action ? { action: { in: [...filter.action] } } : {}),
    ...(filter.outcome ? { data: { path: ["outcome"], equals: filter.outcome } } : {}),
    ...(filter.recordId ? { entity: filter.recordId.typename, entityId: filter.recordId.id } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
  };
}

builder.queryField("auditLog", (t) =>
  t.prismaConnection({
    type: "AuditLog",
    cursor: "id",
    nullable: true,
    description:
      "Every executed mutation in the viewer's estates (managers and archivists), newest first; sign-ins of the company's users too.",
    authScopes: { staffRole: [...AUDIT_READER_ROLES] },
    args: {
      filter: t.arg({ type: AuditLogFilter, required: false }),
      orderBy: t.arg({ type: AuditLogOrder, required: false }),
    },
    totalCount: (_connection, { filter }, context) =>
      prismaOf(context).auditLog.count({
        where: { AND: [visibleAuditLog(context.viewer), auditLogWhere(filter)] },
      }),
    resolve: (query, _root, { filter, orderBy }, context) => {
      const direction = orderBy?.direction ?? "desc";
      return prismaOf(context).auditLog.findMany({
        ...query,
        where: { AND: [visibleAuditLog(context.viewer), auditLogWhere(filter)] },
        orderBy: [{ at: direction }, { id: direction }],
      });
    },
  }),
);
