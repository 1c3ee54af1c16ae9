import { overdueServiceRequestSteps, serviceRequestStepStatuses } from "@wuye/domain";
import { phoneFor } from "../auth/index.ts";
import { visibleServiceRequests } from "../auth/visibility.ts";
import { builder } from "../builder.ts";
import { prismaOf, servicesOf, type WuyeContext } from "../context.ts";
import type { Prisma, ServiceRequest as ServiceRequestRow } from "../generated/prisma/client.ts";
import type { Department, ServiceContactKind, ServiceRequestStatus } from "../generated/prisma/enums.ts";
import {
  type ReplayedServiceRequest,
  replayServiceRequest,
  serviceRequestPolicyOf,
} from "../services/service-request-store.ts";
import { OrderDirection } from "./common.ts";
import { DepartmentEnum } from "./complaint-types.ts";
import { HistoryConnection, loadHistory, resolveHistory } from "./history.ts";
import {
  ServiceAttentionReasonEnum,
  ServiceContactKindEnum,
  ServiceEscalationRef,
  ServiceFollowUpRef,
  ServiceRequestDeadlineRef,
  ServiceRequestStatusEnum,
  ServiceRequestStepEnum,
} from "./service-request-types.ts";
// The desk's mutations: log, settle, forward, follow up, answer, close.
import "./service-request-mutations.ts";

/**
 * Calls and visits 来电来访 (R-SVC-1…3). Staff of the estate see its requests; an owner or tenant
 * sees those the desk logged under their name. Deadlines and overdue steps are measured now on
 * the domain's record, rebuilt from the request's history (loaded in one batch per page).
 */

type Row = ServiceRequestRow & { readonly estate: { readonly policy: unknown } };

/** The domain's record of a row, rebuilt once per row and request. */
const replayed = new WeakMap<object, Promise<ReplayedServiceRequest>>();

function domainOf(row: Row, context: object): Promise<ReplayedServiceRequest> {
  let promise = replayed.get(row);
  if (!promise) {
    promise = loadHistory(context, "service request", row.id).then((events) =>
      replayServiceRequest(row, events, serviceRequestPolicyOf(row.estate.policy)),
    );
    replayed.set(row, promise);
  }
  return promise;
}

const now = (context: object) => servicesOf(context).now();

export const ServiceRequestRef = builder.prismaNode("ServiceRequest", {
  id: { field: "id" },
  nullable: true,
  // The estate's policy (its forwarding window) is needed to rebuild the domain's record.
  include: { estate: { select: { policy: true } } },
  findUnique: (id, context) => ({ id, AND: [visibleServiceRequests(context.viewer)] }),
  fields: (t) => ({
    kind: t.expose("kind", { type: ServiceContactKindEnum }),
    callerName: t.exposeString("callerName"),
    numberShown: t.string({
      nullable: true,
      description: "The number caller ID showed (R-SVC-1); masked unless the viewer may see it (R-ARC-3).",
      resolve: (r, _args, context) =>
        phoneFor(context.viewer, r.callerNumber, { personId: r.personId, estateIds: [r.estateId] }),
    }),
    subject: t.exposeString("subject"),
    status: t.expose("status", { type: ServiceRequestStatusEnum }),
    receivedAt: t.expose("receivedAt", { type: "DateTime" }),
    answer: t.exposeString("answer", { nullable: true }),
    answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true }),
    forwardedTo: t.expose("forwardedTo", { type: DepartmentEnum, nullable: true }),
    forwardedAt: t.expose("forwardedAt", { type: "DateTime", nullable: true }),
    promisedReplyAt: t.expose("promisedReplyAt", {
      type: "DateTime",
      nullable: true,
      description: "When the customer was told they will hear back (R-SVC-3).",
    }),
    version: t.exposeInt("version", { description: "Pass as `expectedVersion` to refuse a stale copy." }),
    handler: t.string({
      nullable: true,
      description: "Whom the customer was told handles it (R-SVC-3).",
      resolve: async (r, _args, context) => (await domainOf(r, context)).request.forwarding?.handler ?? null,
    }),
    attention: t.field({
      type: [ServiceAttentionReasonEnum],
      resolve: async (r, _args, context) => [...(await domainOf(r, context)).request.attention],
    }),
    escalation: t.field({
      type: ServiceEscalationRef,
      nullable: true,
      description: "The report to the supervisor due at once, when major, urgent or sudden (R-SVC-2).",
      resolve: async (r, _args, context) => (await domainOf(r, context)).escalation ?? null,
    }),
    followUps: t.field({
      type: [ServiceFollowUpRef],
      resolve: async (r, _args, context) => [...(await domainOf(r, context)).request.followUps],
    }),
    deadlines: t.field({
      type: [ServiceRequestDeadlineRef],
      description: "Forwarding within 10 minutes and the promised reply, measured now (R-SVC-2/3).",
      resolve: async (r, _args, context) => [
        ...serviceRequestStepStatuses((await domainOf(r, context)).request, now(context)),
      ],
    }),
    overdueSteps: t.field({
      type: [ServiceRequestStepEnum],
      description: "The steps overdue now; empty when none is.",
      resolve: async (r, _args, context) =>
        overdueServiceRequestSteps((await domainOf(r, context)).request, now(context)).map((s) => s.step),
    }),
    estate: t.relation("estate"),
    unit: t.relation("unit", { nullable: true }),
    history: t.field({
      type: HistoryConnection,
      description: "Every step of this request, oldest first (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (r, args, context) => resolveHistory(context, "service request", r.id, args),
    }),
  }),
});

const ServiceRequestFilter = builder.inputType("ServiceRequestFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    status: t.field({ type: [ServiceRequestStatusEnum], required: false }),
    kind: t.field({ type: [ServiceContactKindEnum], required: false }),
    forwardedTo: t.field({ type: [DepartmentEnum], required: false }),
    overdue: t.boolean({
      required: false,
      description:
        "Only requests with a step overdue now (true), or none (false): logged and not forwarded within the window, or a promised reply passed.",
    }),
  }),
});

const ServiceRequestOrderField = builder.enumType("ServiceRequestOrderField", {
  values: {
    RECEIVED_AT: { value: "receivedAt" },
    PROMISED_REPLY_AT: { value: "promisedReplyAt" },
  } as const,
});

const ServiceRequestOrder = builder.inputType("ServiceRequestOrder", {
  fields: (t) => ({
    field: t.field({ type: ServiceRequestOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: false, defaultValue: "desc" }),
  }),
});

interface ServiceRequestFilterInput {
  readonly estateId?: { readonly id: string } | null;
  readonly status?: readonly ServiceRequestStatus[] | null;
  readonly kind?: readonly ServiceContactKind[] | null;
  readonly forwardedTo?: readonly Department[] | null;
  readonly overdue?: boolean | null;
}

const MS = { minutes: 60_000, hours: 3_600_000 } as const;
const DAY = 86_400_000;

/**
 * What "overdue now" means in SQL, per estate the viewer sees: still logged past the estate's
 * forwarding window (R-SVC-2, elapsed time), or forwarded past the promised reply (R-SVC-3). The
 * same measure as the domain's `overdueServiceRequestSteps`, which the `overdueSteps` field uses.
 */
async function overdueWhere(context: WuyeContext, at: Date): Promise<Prisma.ServiceRequestWhereInput> {
  const { viewer } = context;
  const estates = await prismaOf(context).estate.findMany({
    where: { serviceRequests: { some: { status: "logged", AND: [visibleServiceRequests(viewer)] } } },
    select: { id: true, policy: true },
  });
  const late = estates.flatMap(({ id, policy }) => {
    const { forwardWithin } = serviceRequestPolicyOf(policy);
    // The rule's window is elapsed time; a window given in days is counted as 24-hour days here.
    const window = forwardWithin.amount * (MS[forwardWithin.unit as keyof typeof MS] ?? DAY);
    return [{ estateId: id, status: "logged" as const, receivedAt: { lt: new Date(at.getTime() - window) } }];
  });
  return { OR: [...late, { status: "forwarded", promisedReplyAt: { lt: at } }] };
}

async function serviceRequestWhere(
  filter: ServiceRequestFilterInput | null | undefined,
  context: WuyeContext,
): Promise<Prisma.ServiceRequestWhereInput> {
  if (!filter) return {};
  const overdue = filter.overdue == null ? undefined : await overdueWhere(context, now(context));
  return {
    ...(filter.estateId ? { estateId: filter.estateId.id } : {}),
    ...(filter.status ? { status: { in: [...filter.status] } } : {}),
    ...(filter.kind ? { kind: { in: [...filter.kind] } } : {}),
    ...(filter.forwardedTo ? { forwardedTo: { in: [...filter.forwardedTo] } } : {}),
    ...(overdue ? (filter.overdue ? { AND: [overdue] } : { NOT: [overdue] }) : {}),
  };
}

function serviceRequestOrderBy(
  order: { field: "receivedAt" | "promisedReplyAt"; direction?: "asc" | "desc" | null } | null | undefined,
): Prisma.ServiceRequestOrderByWithRelationInput[] {
  const direction = order?.direction ?? "desc";
  const first: Prisma.ServiceRequestOrderByWithRelationInput =
    order?.field === "promisedReplyAt"
      ? { promisedReplyAt: { sort: direction, nulls: "last" } }
      : { receivedAt: direction };
  return [first, { id: direction }];
}

builder.queryField("serviceRequests", (t) =>
  t.prismaConnection({
    type: "ServiceRequest",
    cursor: "id",
    nullable: true,
    description: "Calls and visits the viewer may see, filtered (overdue among them) and ordered.",
    authScopes: { $any: { staff: true, resident: true } },
    args: {
      filter: t.arg({ type: ServiceRequestFilter, required: false }),
      orderBy: t.arg({ type: ServiceRequestOrder, required: false }),
    },
    totalCount: async (_connection, { filter }, context) =>
      prismaOf(context).serviceRequest.count({
        where: { AND: [visibleServiceRequests(context.viewer), await serviceRequestWhere(filter, context)] },
      }),
    resolve: async (query, _root, { filter, orderBy }, context) =>
      prismaOf(context).serviceRequest.findMany({
        ...query,
        where: { AND: [visibleServiceRequests(context.viewer), await serviceRequestWhere(filter, context)] },
        orderBy: serviceRequestOrderBy(orderBy),
      }),
  }),
);
