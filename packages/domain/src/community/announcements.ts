import { communityErrors } from "./errors.ts";
import type { AnnouncementInForce, AnnouncementValidity } from "./types.ts";

/**
 * R-COM-1: an announcement's validity period. It starts when it is published unless a start is
 * given, and is open-ended unless an end is given. Throws `COM_VALIDITY_INVALID` when the end is
 * not after the start: such an announcement would never be in force.
 */
export function announcementValidity(
  requested: { readonly validFrom?: Date | null; readonly validUntil?: Date | null },
  publishedAt: Date,
): AnnouncementValidity {
  const validFrom = requested.validFrom ?? publishedAt;
  const validUntil = requested.validUntil ?? null;
  if (validUntil && validUntil.getTime() <= validFrom.getTime()) {
    throw communityErrors.COM_VALIDITY_INVALID.error(
      { from: validFrom.toISOString(), until: validUntil.toISOString() },
      ["validUntil"],
    );
  }
  return { validFrom, validUntil };
}

/** R-COM-1: in force at `at` — published, started, and not yet expired (the end is excluded). */
export function isAnnouncementCurrent(announcement: AnnouncementInForce, at: Date): boolean {
  const now = at.getTime();
  return (
    announcement.publishedAt !== null &&
    announcement.validFrom.getTime() <= now &&
    (announcement.validUntil === null || announcement.validUntil.getTime() > now)
  );
}
