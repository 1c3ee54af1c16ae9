import { filter, pipe, Repeater } from "graphql-yoga";
import type { Viewer } from "../auth/index.ts";
import { visibleAnnouncements, visibleComplaints, visibleRepairOrders } from "../auth/visibility.ts";
import { builder } from "../builder.ts";
import { prismaOf, servicesOf, type WuyeContext } from "../context.ts";
import { NotFoundError } from "../errors/index.ts";
import { ComplaintStatus, RepairStatus } from "../generated/prisma/enums.ts";
import type { WorkflowStatusChange, WuyeTopics } from "../pubsub/index.ts";
import { type GlobalId, idOf } from "../services/support.ts";

/**
 * Subscriptions, served over SSE at `/graphql` (send `Accept: text/event-stream`): a complaint's
 * or repair's status changes, and new announcements. Events come from the event bus
 * (`src/pubsub`, in memory or shared through Redis), one channel per estate, so a subscriber
 * only listens to the estates they work or live in. Delivery rule: a change goes to the estate's
 * staff and to the person who filed the record, never to other owners; and every event is let
 * through only if the viewer can see the record now, by the same visibility rules as a query.
 * Authorization is checked when subscribing (a refused subscriber gets one error and the end).
 */

builder.subscriptionType({
  description:
    "Live events over SSE (`Accept: text/event-stream`). Each field is authorized when subscribing.",
});

/** The estates whose channels a viewer listens to: where they work, or where they live. */
function listenedEstates(viewer: Viewer): string[] {
  return viewer.kind === "staff" ? viewer.staffEstateIds() : viewer.residentEstateIds();
}

/** Every event of `topic` on the channels of the viewer's estates, as one stream. */
function estateEvents<Topic extends keyof WuyeTopics>(context: WuyeContext, topic: Topic) {
  const pubsub = servicesOf(context).pubsub;
  const streams = listenedEstates(context.viewer).map((estateId) =>
    // The topic's first argument is the estate id: one channel per estate.
    (pubsub.subscribe as (topic: Topic, id: string) => AsyncIterable<WuyeTopics[Topic][1]>)(topic, estateId),
  );
  return Repeater.merge(streams);
}

/** The delivery rule: staff of the record's estate, or the user who filed it. */
function mayReceive(viewer: Viewer, change: WorkflowStatusChange): boolean {
  if (viewer.kind === "staff") return viewer.isStaffIn(change.estateId);
  return change.filedByUserId !== null && change.filedByUserId === viewer.userId;
}

/**
 * The status changes of one workflow's records the viewer may receive, optionally of one record,
 * each checked against the record's visibility (`visible`) when it arrives.
 */
function workflowChanges(
  context: WuyeContext,
  workflow: WorkflowStatusChange["workflow"],
  recordId: string | undefined,
  visible: (recordId: string) => Promise<boolean>,
): AsyncIterable<WorkflowStatusChange> {
  return pipe(
    estateEvents(context, "workflow:status"),
    filter(
      async (change: WorkflowStatusChange) =>
        change.workflow === workflow &&
        (recordId === undefined || change.recordId === recordId) &&
        mayReceive(context.viewer, change) &&
        (await visible(change.recordId)),
    ),
  );
}

/** A record id named when subscribing must be one the viewer can see, or the subscription is refused. */
async function watchedRecord(
  id: GlobalId | null | undefined,
  typename: string,
  what: string,
  visible: (recordId: string) => Promise<boolean>,
): Promise<string | undefined> {
  if (!id) return undefined;
  const path = [`${what}Id`];
  const recordId = idOf(id, typename, what, path);
  if (!(await visible(recordId))) throw new NotFoundError(what, path);
  return recordId;
}

const subscriberScopes = { $any: { staff: true, resident: true } } as const;

// ── complaints ──

const complaintVisible = (context: WuyeContext) => async (id: string) =>
  (await prismaOf(context).complaint.count({ where: { id, AND: [visibleComplaints(context.viewer)] } })) > 0;

const ComplaintStatusChangeRef = builder.objectRef<WorkflowStatusChange>("ComplaintStatusChange").implement({
  description: "A complaint moved (or was filed: action `record`).",
  fields: (t) => ({
    action: t.string({ description: "The domain's action, e.g. `assign`.", resolve: (c) => c.action }),
    fromState: t.field({ type: ComplaintStatus, resolve: (c) => c.from as ComplaintStatus }),
    toState: t.field({ type: ComplaintStatus, resolve: (c) => c.to as ComplaintStatus }),
    at: t.field({ type: "DateTime", resolve: (c) => new Date(c.at) }),
    complaint: t.prismaField({
      type: "Complaint",
      nullable: true,
      description: "The complaint as the viewer sees it now.",
      resolve: (query, change, _args, context) =>
        prismaOf(context).complaint.findFirst({
          ...query,
          where: { id: change.recordId, AND: [visibleComplaints(context.viewer)] },
        }),
    }),
  }),
});

builder.subscriptionField("complaintStatusChanged", (t) =>
  t.field({
    type: ComplaintStatusChangeRef,
    description:
      "Status changes of the complaints the viewer may follow: the estate's staff all of its complaints, an owner or tenant those they filed. Optionally one complaint.",
    authScopes: subscriberScopes,
    args: { complaintId: t.arg.globalID({ required: false }) },
    subscribe: async (_root, args, context) => {
      const visible = complaintVisible(context);
      const recordId = await watchedRecord(args.complaintId, "Complaint", "complaint", visible);
      return workflowChanges(context, "complaint", recordId, visible);
    },
    resolve: (change) => change,
  }),
);

// ── repairs ──

const repairVisible = (context: WuyeContext) => async (id: string) =>
  (await prismaOf(context).repairOrder.count({ where: { id, AND: [visibleRepairOrders(context.viewer)] } })) >
  0;

const RepairStatusChangeRef = builder.objectRef<WorkflowStatusChange>("RepairStatusChange").implement({
  description: "A repair order moved (or was registered: action `register`).",
  fields: (t) => ({
    action: t.string({ description: "The domain's action, e.g. `assign`.", resolve: (c) => c.action }),
    fromState: t.field({ type: RepairStatus, resolve: (c) => c.from as RepairStatus }),
    toState: t.field({ type: RepairStatus, resolve: (c) => c.to as RepairStatus }),
    at: t.field({ type: "DateTime", resolve: (c) => new Date(c.at) }),
    repairOrder: t.prismaField({
      type: "RepairOrder",
      nullable: true,
      description: "The repair order as the viewer sees it now.",
      resolve: (query, change, _args, context) =>
        prismaOf(context).repairOrder.findFirst({
          ...query,
          where: { id: change.recordId, AND: [visibleRepairOrders(context.viewer)] },
        }),
    }),
  }),
});

builder.subscriptionField("repairStatusChanged", (t) =>
  t.field({
    type: RepairStatusChangeRef,
    description:
      "Status changes of the repair orders the viewer may follow: the estate's staff all, an owner or tenant those they filed. Optionally one order.",
    authScopes: subscriberScopes,
    args: { repairOrderId: t.arg.globalID({ required: false }) },
    subscribe: async (_root, args, context) => {
      const visible = repairVisible(context);
      const recordId = await watchedRecord(args.repairOrderId, "RepairOrder", "repairOrder", visible);
      return workflowChanges(context, "repair", recordId, visible);
    },
    resolve: (change) => change,
  }),
);

// ── announcements ──

type Published = WuyeTopics["announcement:published"][1];

/** Whether the viewer may see an announcement now (published, in force, addressed to them). */
const announcementVisible = async (context: WuyeContext, id: string) =>
  (await prismaOf(context).announcement.count({
    where: { id, AND: [visibleAnnouncements(context.viewer, servicesOf(context).now())] },
  })) > 0;

builder.subscriptionField("announcementPublished", (t) =>
  t.prismaField({
    type: "Announcement",
    nullable: true,
    description:
      "Announcements as they are published, to the staff and residents of the estate (or of the buildings) they address (R-COM-1).",
    authScopes: subscriberScopes,
    subscribe: (_root, _args, context) =>
      pipe(
        estateEvents(context, "announcement:published"),
        filter(({ announcementId }: Published) => announcementVisible(context, announcementId)),
      ),
    resolve: (query, published: Published, _args, context) =>
      prismaOf(context).announcement.findFirst({
        ...query,
        where: {
          id: published.announcementId,
          AND: [visibleAnnouncements(context.viewer, servicesOf(context).now())],
        },
      }),
  }),
);
