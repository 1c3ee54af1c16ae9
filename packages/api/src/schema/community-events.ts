import { type CommunityEventActions, communityEventWorkflow } from "@wuye/domain";
import { z } from "zod";
import { staffRolesFor } from "../auth/index.ts";
import { visibleCommunityEvents } from "../auth/visibility.ts";
import { builder } from "../builder.ts";
import { prismaOf } from "../context.ts";
import { CommunityEventStatus } from "../generated/prisma/enums.ts";
import { COMMUNITY_DESK_ROLES } from "../services/community/announcements.ts";
import {
  advanceCommunityEvent,
  planCommunityEvent,
  registerForCommunityEvent,
} from "../services/community/events.ts";
import { serviceContext } from "../services/support.ts";
import { mutationErrors } from "./errors.ts";
import { HistoryConnection, resolveHistory } from "./history.ts";

/**
 * Community events 社区活动 (R-COM-2): plan (theme, venue, budget), publicity, registration, the
 * event held, feedback and archive — or cancelled with a reason. Staff of the estate see every
 * event; owners, tenants and keys with `community:read` once it is publicised.
 */

const text = (max: number) => z.string().trim().min(1).max(max);

builder.enumType(CommunityEventStatus, {
  name: "CommunityEventStatus",
  description: "planned → publicised → registrationOpen → held → archived (or cancelled).",
});

builder.prismaNode("CommunityEvent", {
  id: { field: "id" },
  nullable: true,
  description: "A community event 社区活动 (R-COM-2).",
  findUnique: (id, context) => ({ id, AND: [visibleCommunityEvents(context.viewer)] }),
  fields: (t) => ({
    theme: t.exposeString("theme"),
    venue: t.exposeString("venue"),
    budget: t.expose("budget", { type: "Money", nullable: true }),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime", nullable: true }),
    status: t.expose("status", { type: CommunityEventStatus }),
    feedback: t.exposeString("feedback", { nullable: true, description: "Gathered after the event." }),
    version: t.exposeInt("version", { description: "Pass as `expectedVersion` to refuse a stale copy." }),
    estate: t.relation("estate"),
    registrations: t.relatedConnection("registrations", {
      cursor: "id",
      totalCount: true,
      description:
        "Who registered: staff see everyone (`totalCount` is the number of registrations); an owner or tenant their own registration.",
      query: (_args, context) => ({
        where:
          context.viewer.kind === "staff"
            ? {}
            : context.viewer.personId
              ? { personId: context.viewer.personId }
              : { id: { in: [] } },
        orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
      }),
    }),
    history: t.field({
      type: HistoryConnection,
      description: "Every step of the event, oldest first (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (e, args, context) => resolveHistory(context, "community event", e.id, args),
    }),
  }),
});

builder.prismaObject("CommunityEventRegistration", {
  description: "A registration for a community event.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    attendees: t.exposeInt("attendees"),
    registeredAt: t.expose("registeredAt", { type: "DateTime" }),
    person: t.relation("person", { nullable: true }),
  }),
});

const CommunityEventFilter = builder.inputType("CommunityEventFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    status: t.field({ type: [CommunityEventStatus], required: false }),
  }),
});

builder.queryField("communityEvents", (t) =>
  t.prismaConnection({
    type: "CommunityEvent",
    cursor: "id",
    nullable: true,
    description: "Community events the viewer may see, soonest first.",
    authScopes: { $any: { staff: true, resident: true, apiScope: "community:read" } },
    args: { filter: t.arg({ type: CommunityEventFilter, required: false }) },
    resolve: (query, _root, { filter }, context) =>
      prismaOf(context).communityEvent.findMany({
        ...query,
        where: {
          AND: [
            visibleCommunityEvents(context.viewer),
            filter?.estateId ? { estateId: filter.estateId.id } : {},
            filter?.status ? { status: { in: filter.status } } : {},
          ],
        },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      }),
  }),
);

function eventPayload(name: string) {
  return builder.objectRef<{ eventId: string }>(name).implement({
    fields: (t) => ({
      event: t.prismaField({
        type: "CommunityEvent",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).communityEvent.findUnique({ ...query, where: { id: p.eventId } }),
      }),
    }),
  });
}

builder.mutationField("communityEventPlan", (t) =>
  t.field({
    type: eventPayload("CommunityEventPlanPayload"),
    description:
      "R-COM-2: plan an event (theme, venue, budget, time); it starts `planned`, seen by staff only.",
    authScopes: { staffRole: [...COMMUNITY_DESK_ROLES] },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("CommunityEventPlanInput", {
          fields: (f) => ({
            estateId: f.globalID({ required: true }),
            theme: f.string({ required: true, validate: text(200) }),
            venue: f.string({ required: true, validate: text(200) }),
            budget: f.field({ type: "Money", required: false }),
            startsAt: f.field({ type: "DateTime", required: true }),
            endsAt: f.field({ type: "DateTime", required: false }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, context) => planCommunityEvent(serviceContext(context), input),
  }),
);

/** One mutation per step of the event workflow. */
function eventStep<A extends keyof CommunityEventActions>(
  field: string,
  action: A,
  description: string,
  extra: "feedback" | "reason" | null,
) {
  const upper = field.charAt(0).toUpperCase() + field.slice(1);
  const Input = builder.inputType(`${upper}Input`, {
    fields: (f) => ({
      eventId: f.globalID({ required: true }),
      expectedVersion: f.int({ required: false }),
      ...(extra === "feedback"
        ? { feedback: f.string({ required: true, validate: z.string().max(5000) }) }
        : {}),
      ...(extra === "reason" ? { reason: f.string({ required: true, validate: z.string().max(1000) }) } : {}),
    }),
  });
  builder.mutationField(field, (t) =>
    t.field({
      type: eventPayload(`${upper}Payload`),
      description,
      authScopes: { staffRole: staffRolesFor(communityEventWorkflow, action) },
      errors: mutationErrors(),
      args: { input: t.arg({ type: Input, required: true }) },
      resolve: (_root, { input }, context) => {
        const values = input as { feedback?: string; reason?: string };
        const data = (
          extra === "feedback"
            ? { feedback: values.feedback ?? "" }
            : extra === "reason"
              ? { reason: values.reason ?? "" }
              : undefined
        ) as CommunityEventActions[A];
        return advanceCommunityEvent(serviceContext(context), {
          eventId: input.eventId,
          action,
          data,
          expectedVersion: input.expectedVersion ?? null,
        });
      },
    }),
  );
}

eventStep("communityEventPublicise", "publicise", "R-COM-2: announce the planned event.", null);
eventStep("communityEventOpenRegistration", "openRegistration", "R-COM-2: open registration.", null);
eventStep(
  "communityEventHold",
  "hold",
  "R-COM-2: record that the event took place (not before it starts); registration closes.",
  null,
);
eventStep(
  "communityEventArchive",
  "archive",
  "R-COM-2: archive the held event with its feedback.",
  "feedback",
);
eventStep("communityEventCancel", "cancel", "R-COM-2: cancel the event, with the reason.", "reason");

const CommunityEventRegisterPayload = builder
  .objectRef<{ eventId: string; registrationId: string }>("CommunityEventRegisterPayload")
  .implement({
    fields: (t) => ({
      event: t.prismaField({
        type: "CommunityEvent",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).communityEvent.findUnique({ ...query, where: { id: p.eventId } }),
      }),
      registration: t.prismaField({
        type: "CommunityEventRegistration",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).communityEventRegistration.findUnique({
            ...query,
            where: { id: p.registrationId },
          }),
      }),
    }),
  });

builder.mutationField("communityEventRegister", (t) =>
  t.field({
    type: CommunityEventRegisterPayload,
    description:
      "R-COM-2: register for an event while registration is open: an owner or tenant as themself (once), the desk anyone by name.",
    authScopes: { $any: { resident: true, staffRole: [...COMMUNITY_DESK_ROLES] } },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("CommunityEventRegisterInput", {
          fields: (f) => ({
            eventId: f.globalID({ required: true }),
            name: f.string({
              required: false,
              description: "Staff only: who registers.",
              validate: z.string().trim().max(100).optional(),
            }),
            attendees: f.int({ required: false, defaultValue: 1, validate: z.number().int().min(1).max(20) }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, context) => registerForCommunityEvent(serviceContext(context), input),
  }),
);
