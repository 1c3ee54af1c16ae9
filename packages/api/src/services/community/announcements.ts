import { announcementValidity } from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { NotFoundError } from "../../errors/index.ts";
import { callDomain, ensure, type GlobalId, idOf, type ServiceContext } from "../support.ts";

/**
 * Announcements 公告 (R-COM-1), the application service: published to an estate, or to some of its
 * buildings, with a validity period; owners and tenants see the current ones. After the
 * announcement is committed it is published on the event bus for `announcementPublished`.
 */

/** Who publishes announcements: the customer-service centre and its manager. */
export const COMMUNITY_DESK_ROLES = ["customer_service", "manager"] as const;

export interface AnnouncementPublishInput {
  readonly estateId: GlobalId;
  readonly buildingIds?: readonly GlobalId[] | null;
  readonly title: string;
  readonly body: string;
  readonly validFrom?: Date | null;
  readonly validUntil?: Date | null;
}

/** The estate a community record belongs to, for staff of the desk roles there. */
export async function communityEstateOf(sc: ServiceContext, estateId: GlobalId) {
  const id = idOf(estateId, "Estate", "estate", ["input", "estateId"]);
  if (sc.viewer.kind !== "staff" || !sc.viewer.isStaffIn(id))
    throw new NotFoundError("estate", ["input", "estateId"]);
  ensure(sc.viewer.isStaffIn(id, COMMUNITY_DESK_ROLES));
  return id;
}

export async function publishAnnouncement(sc: ServiceContext, input: AnnouncementPublishInput) {
  const estateId = await communityEstateOf(sc, input.estateId);
  const buildingIds = [
    ...new Set(
      (input.buildingIds ?? []).map((b) => idOf(b, "Building", "building", ["input", "buildingIds"])),
    ),
  ];
  if (buildingIds.length > 0) {
    const found = await sc.prisma.building.count({ where: { id: { in: buildingIds }, estateId } });
    if (found !== buildingIds.length) throw new NotFoundError("building", ["input", "buildingIds"]);
  }
  // R-COM-1: the validity period, starting now unless a start is given.
  const { validFrom, validUntil } = callDomain(() => announcementValidity(input, sc.now));
  const id = uuidv7();
  await sc.prisma.announcement.create({
    data: {
      id,
      estateId,
      title: input.title,
      body: input.body,
      validFrom,
      validUntil,
      publishedAt: sc.now,
      authorId: sc.viewer.userId ?? "",
      buildings: { create: buildingIds.map((buildingId) => ({ buildingId })) },
    },
  });
  // Committed: subscribers (`announcementPublished`) may now load it.
  sc.pubsub.publish("announcement:published", estateId, { announcementId: id });
  return { announcementId: id };
}
