import { isAnnouncementCurrent } from "@wuye/domain";
import { z } from "zod";
import { visibleAnnouncements } from "../auth/visibility.ts";
import { builder } from "../builder.ts";
import { prismaOf, servicesOf } from "../context.ts";
import { COMMUNITY_DESK_ROLES, publishAnnouncement } from "../services/community/announcements.ts";
import { serviceContext } from "../services/support.ts";
import { mutationErrors } from "./errors.ts";
import { BuildingRef } from "./occupancy.ts";

/**
 * Announcements 公告 (R-COM-1): published to an estate or some of its buildings with a validity
 * period. Staff of the estate see all of them; owners and tenants the current ones meant for them;
 * keys need `community:read`. Events are in `community-events.ts`, surveys in `community-surveys.ts`.
 */

const text = (max: number) => z.string().trim().min(1).max(max);

builder.prismaNode("Announcement", {
  id: { field: "id" },
  nullable: true,
  description: "An announcement 公告 (R-COM-1).",
  findUnique: (id, context) => ({
    id,
    AND: [visibleAnnouncements(context.viewer, servicesOf(context).now())],
  }),
  fields: (t) => ({
    title: t.exposeString("title"),
    body: t.exposeString("body"),
    validFrom: t.expose("validFrom", { type: "DateTime" }),
    validUntil: t.expose("validUntil", {
      type: "DateTime",
      nullable: true,
      description: "Open-ended when null.",
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    current: t.boolean({
      description: "In force now: published, started, not expired.",
      resolve: (a, _args, context) => isAnnouncementCurrent(a, servicesOf(context).now()),
    }),
    estate: t.relation("estate"),
    buildings: t.field({
      type: [BuildingRef],
      description: "The buildings it is published to; empty for the whole estate.",
      select: (_args, _context, nestedSelection) => ({
        buildings: { select: { building: nestedSelection(true) }, orderBy: [{ buildingId: "asc" }] },
      }),
      resolve: (a) => a.buildings.map((b) => b.building),
    }),
  }),
});

const AnnouncementFilter = builder.inputType("AnnouncementFilter", {
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    current: t.boolean({ required: false, description: "Only those in force now." }),
  }),
});

builder.queryField("announcements", (t) =>
  t.prismaConnection({
    type: "Announcement",
    cursor: "id",
    nullable: true,
    description:
      "Announcements the viewer may see, newest first: staff all of their estates'; owners and tenants the current ones for them.",
    authScopes: { $any: { staff: true, resident: true, apiScope: "community:read" } },
    args: { filter: t.arg({ type: AnnouncementFilter, required: false }) },
    resolve: (query, _root, { filter }, context) => {
      const now = servicesOf(context).now();
      return prismaOf(context).announcement.findMany({
        ...query,
        where: {
          AND: [
            visibleAnnouncements(context.viewer, now),
            filter?.estateId ? { estateId: filter.estateId.id } : {},
            filter?.current
              ? {
                  publishedAt: { lte: now },
                  validFrom: { lte: now },
                  OR: [{ validUntil: null }, { validUntil: { gt: now } }],
                }
              : {},
          ],
        },
        orderBy: [{ validFrom: "desc" }, { id: "desc" }],
      });
    },
  }),
);

const AnnouncementPublishPayload = builder
  .objectRef<{ announcementId: string }>("AnnouncementPublishPayload")
  .implement({
    fields: (t) => ({
      announcement: t.prismaField({
        type: "Announcement",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).announcement.findUnique({ ...query, where: { id: p.announcementId } }),
      }),
    }),
  });

builder.mutationField("announcementPublish", (t) =>
  t.field({
    type: AnnouncementPublishPayload,
    description:
      "R-COM-1: publish an announcement to the estate, or to some of its buildings, valid from `validFrom` (default now) until `validUntil` (open-ended when absent). Subscribers of `announcementPublished` are told.",
    authScopes: { staffRole: [...COMMUNITY_DESK_ROLES] },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("AnnouncementPublishInput", {
          fields: (f) => ({
            estateId: f.globalID({ required: true }),
            buildingIds: f.globalIDList({
              required: false,
              description: "Empty or absent: the whole estate.",
            }),
            title: f.string({ required: true, validate: text(200) }),
            body: f.string({ required: true, validate: text(10_000) }),
            validFrom: f.field({ type: "DateTime", required: false }),
            validUntil: f.field({ type: "DateTime", required: false }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, context) => publishAnnouncement(serviceContext(context), input),
  }),
);
