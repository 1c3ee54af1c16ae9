import { businessDateOf, DEFAULT_TIME_ZONE } from "@wuye/domain";
import type { WuyeDb } from "../db/index.ts";
import { inForceOn } from "../services/estate-dates.ts";
import { Viewer } from "./viewer.ts";

/**
 * Today as a `date` column value: assignments and occupancies are current from their start date
 * to their end date inclusive, in the company's business time zone (R-CAL-1).
 */
function today(now: Date): Date {
  return new Date(`${businessDateOf(now, DEFAULT_TIME_ZONE)}T00:00:00.000Z`);
}

/** Occupancy roles that make someone a resident of a unit (owner 业主, tenant 租户, family). */
const RESIDENT_ROLES = ["owner", "tenant", "familyMember"] as const;

/**
 * Loads the viewer behind a user id: an active staff member with their current roles per estate,
 * or an owner/tenant with their current units. Inactive or unknown users are nobody.
 */
export async function loadUserViewer(prisma: WuyeDb, userId: string, now: Date): Promise<Viewer | undefined> {
  const day = today(now);
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      companyId: true,
      kind: true,
      name: true,
      active: true,
      personId: true,
      staffAssignments: { where: inForceOn(day), select: { estateId: true, role: true } },
      person: {
        select: {
          occupancies: {
            where: { ...inForceOn(day), role: { in: [...RESIDENT_ROLES] } },
            select: { unitId: true, role: true, unit: { select: { estateId: true } } },
          },
        },
      },
    },
  });
  if (!user?.active) return undefined;
  const base = {
    userId: user.id,
    companyId: user.companyId,
    name: user.name,
    ...(user.personId ? { personId: user.personId } : {}),
  };
  if (user.kind === "staff") return Viewer.staff({ ...base, estateRoles: user.staffAssignments });
  if (user.kind === "owner") {
    const units = (user.person?.occupancies ?? []).map((o) => ({
      unitId: o.unitId,
      estateId: o.unit.estateId,
      role: o.role,
    }));
    return Viewer.resident({ ...base, units });
  }
  return undefined;
}
