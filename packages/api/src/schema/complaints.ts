import { overdueComplaintSteps } from "@wuye/domain";
import { phoneFor, visibleComplaints } from "../auth/index.ts";
import { builder } from "../builder.ts";
import { prismaOf, servicesOf } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ComplaintSeverity, ComplaintStatus, Department } from "../generated/prisma/enums.ts";
import { domainComplaintOf, storedComplaintOf } from "../services/complaint-store.ts";
import { OrderDirection } from "./common.ts";
import {
  ComplaintChannelEnum,
  ComplaintDeadlineRef,
  ComplaintSatisfactionEnum,
  ComplaintSeverityChangeRef,
  ComplaintSeverityEnum,
  ComplaintStatusEnum,
  ComplaintStepName,
  DepartmentEnum,
  deadlinesOf,
} from "./complaint-types.ts";
import { HistoryConnection, resolveHistory } from "./history.ts";
// The complaint mutations, one module per part of the flow.
import "./complaint-intake.ts";
import "./complaint-flow.ts";
import "./complaint-follow-ups.ts";

/**
 * Complaints 投诉 (R-CMP-1…6). Staff of the estate see its complaints; an owner or tenant sees
 * the complaints they filed; API keys need `complaints:read`. Every step is a mutation named
 * `complaint<Action>` that runs the domain's rule and writes the state and its history together
 * (`complaint-intake.ts`: file and classify; `complaint-flow.ts`: the steps of the flow;
 * `complaint-follow-ups.ts`: records kept beside it). This module holds the record and its list.
 */

export const ComplaintRef = builder.prismaNode("Complaint", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visibleComplaints(context.viewer)] }),
  fields: (t) => ({
    number: t.exposeString("number"),
    channel: t.expose("channel", { type: ComplaintChannelEnum }),
    content: t.exposeString("content"),
    complainantName: t.exposeString("complainantName"),
    complainantPhone: t.string({
      nullable: true,
      description: "Masked unless the viewer filed it or is staff who need it (R-ARC-3).",
      resolve: (c, _args, context) =>
        phoneFor(context.viewer, c.complainantPhone, { personId: c.personId, estateIds: [c.estateId] }),
    }),
    receivedAt: t.expose("receivedAt", { type: "DateTime" }),
    status: t.expose("status", { type: ComplaintStatusEnum }),
    severity: t.expose("severity", { type: ComplaintSeverityEnum, nullable: true }),
    urgent: t.exposeBoolean("urgent"),
    complainantCount: t.exposeInt("complainantCount"),
    invalidReason: t.exposeString("invalidReason", { nullable: true, description: "R-CMP-2" }),
    department: t.expose("department", { type: DepartmentEnum, nullable: true, description: "R-CMP-5" }),
    resolution: t.exposeString("resolution", {
      nullable: true,
      description: "The result the department reported back (R-CMP-5).",
    }),
    answerDueAt: t.expose("answerDueAt", { type: "DateTime", nullable: true, description: "R-CMP-4" }),
    resolveDueAt: t.expose("resolveDueAt", { type: "DateTime", nullable: true, description: "R-CMP-4" }),
    nextReplyAt: t.expose("nextReplyAt", {
      type: "DateTime",
      nullable: true,
      description: "The agreed next reply to the customer (R-CMP-5).",
    }),
    repliedAt: t.expose("repliedAt", { type: "DateTime", nullable: true }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    satisfaction: t.expose("satisfaction", { type: ComplaintSatisfactionEnum, nullable: true }),
    criteria: t.stringList({
      description: "The R-CMP-3 criteria that fired when the severity was last set.",
      resolve: (c) => (storedComplaintOf(c).criteria ?? []).map((x) => x.id),
    }),
    severityHistory: t.field({
      type: [ComplaintSeverityChangeRef],
      description: "Every classification, escalation and override (R-CMP-3).",
      resolve: (c) => [...(storedComplaintOf(c).severityHistory ?? [])],
    }),
    deadlines: t.field({
      type: [ComplaintDeadlineRef],
      description: "Every step with a deadline, measured now (R-CMP-4/5).",
      resolve: (c, _args, context) => deadlinesOf(c, context),
    }),
    overdueSteps: t.field({
      type: [ComplaintStepName],
      description: "The steps overdue now (R-CMP-5); empty when none is.",
      resolve: (c, _args, context) =>
        overdueComplaintSteps(domainComplaintOf(c), servicesOf(context).now()).map((s) => s.step),
    }),
    version: t.exposeInt("version", {
      description: "Pass as `expectedVersion` to refuse acting on a stale copy.",
    }),
    estate: t.relation("estate"),
    unit: t.relation("unit", { nullable: true }),
    history: t.field({
      type: HistoryConnection,
      description: "Every step of this complaint, oldest first (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (c, args, context) => resolveHistory(context, "complaint", c.id, args),
    }),
  }),
});

const ComplaintFilter = builder.inputType("ComplaintFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    status: t.field({ type: [ComplaintStatusEnum], required: false }),
    severity: t.field({ type: [ComplaintSeverityEnum], required: false }),
    department: t.field({ type: [DepartmentEnum], required: false }),
  }),
});

const ComplaintOrderField = builder.enumType("ComplaintOrderField", {
  values: {
    RECEIVED_AT: { value: "receivedAt" },
    RESOLVE_DUE_AT: { value: "resolveDueAt" },
  } as const,
});

const ComplaintOrder = builder.inputType("ComplaintOrder", {
  fields: (t) => ({
    field: t.field({ type: ComplaintOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: false, defaultValue: "desc" }),
  }),
});

interface ComplaintFilterInput {
  readonly estateId?: { readonly id: string } | null;
  readonly unitId?: { readonly id: string } | null;
  readonly status?: readonly ComplaintStatus[] | null;
  readonly severity?: readonly ComplaintSeverity[] | null;
  readonly department?: readonly Department[] | null;
}

function complaintWhere(filter: ComplaintFilterInput | null | undefined): Prisma.ComplaintWhereInput {
  if (!filter) return {};
  return {
    ...(filter.estateId ? { estateId: filter.estateId.id } : {}),
    ...(filter.unitId ? { unitId: filter.unitId.id } : {}),
    ...(filter.status ? { status: { in: [...filter.status] } } : {}),
    ...(filter.severity ? { severity: { in: [...filter.severity] } } : {}),
    ...(filter.department ? { department: { in: [...filter.department] } } : {}),
  };
}

/** By the chosen field (nulls last), then by id so pages are stable. Default: newest first. */
function complaintOrderBy(
  order: { field: "receivedAt" | "resolveDueAt"; direction?: "asc" | "desc" | null } | null | undefined,
): Prisma.ComplaintOrderByWithRelationInput[] {
  const direction = order?.direction ?? "desc";
  const field = order?.field ?? "receivedAt";
  const first: Prisma.ComplaintOrderByWithRelationInput =
    field === "resolveDueAt"
      ? { resolveDueAt: { sort: direction, nulls: "last" } }
      : { receivedAt: direction };
  return [first, { id: direction }];
}

builder.queryField("complaints", (t) =>
  t.prismaConnection({
    type: "Complaint",
    cursor: "id",
    nullable: true,
    description: "Complaints the viewer may see, filtered and ordered (newest first by default).",
    authScopes: { $any: { staff: true, resident: true, apiScope: "complaints:read" } },
    args: {
      filter: t.arg({ type: ComplaintFilter, required: false }),
      orderBy: t.arg({ type: ComplaintOrder, required: false }),
    },
    totalCount: (_connection, { filter }, context) =>
      prismaOf(context).complaint.count({
        where: { AND: [visibleComplaints(context.viewer), complaintWhere(filter)] },
      }),
    resolve: (query, _root, { filter, orderBy }, context) =>
      prismaOf(context).complaint.findMany({
        ...query,
        where: { AND: [visibleComplaints(context.viewer), complaintWhere(filter)] },
        orderBy: complaintOrderBy(orderBy),
      }),
  }),
);
