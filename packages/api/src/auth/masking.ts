import { canSeePersonalData, maskIdentityNumber, maskPhoneNumber } from "@wuye/domain";
import type { Viewer } from "./viewer.ts";

/**
 * R-ARC-3 at the API boundary: identity and phone numbers are shown in full only to the person
 * themself and to staff whose role in one of the person's estates needs them (the domain's
 * `canSeePersonalData`: customer service and managers by default); everyone else, API keys
 * included, gets the domain's masked form (`138****5678`).
 */
export interface PersonalDataOwner {
  /** The person the number belongs to, when known. */
  readonly personId?: string | null;
  /** Estates where the person lives or owns a unit (or the estate of the record showing it). */
  readonly estateIds: readonly string[];
}

export function mayReadPersonalData(viewer: Viewer, owner: PersonalDataOwner): boolean {
  if (owner.personId && viewer.personId === owner.personId) return true;
  if (viewer.kind !== "staff") return false;
  return owner.estateIds.some((estateId) =>
    viewer.rolesIn(estateId).some((role) => canSeePersonalData(role)),
  );
}

export function phoneFor(viewer: Viewer, phone: string | null, owner: PersonalDataOwner): string | null {
  if (phone === null) return null;
  return mayReadPersonalData(viewer, owner) ? phone : maskPhoneNumber(phone);
}

export function identityNumberFor(
  viewer: Viewer,
  identityNumber: string | null,
  owner: PersonalDataOwner,
): string | null {
  if (identityNumber === null) return null;
  return mayReadPersonalData(viewer, owner) ? identityNumber : maskIdentityNumber(identityNumber);
}
