import { DEFAULT_OCCUPANCY_POLICY, type OccupancyPolicy } from "./policy.ts";
import type { IdentityDocument, OwnerArchive, Resident } from "./types.ts";

/**
 * Hides the middle of a value, one `*` per hidden character, so its shape stays recognisable:
 * 11 characters or more keep the first 3 and the last 4 (138****5678, 110***********1234);
 * 8 to 10 keep the last 4 (*****5678); 5 to 7 keep the last 2; shorter ones are hidden entirely.
 */
function maskMiddle(value: string): string {
  const text = value.trim();
  const length = [...text].length;
  const head = length >= 11 ? 3 : 0;
  const tail = length >= 8 ? 4 : length >= 5 ? 2 : 0;
  const chars = [...text];
  return chars.map((char, index) => (index < head || index >= length - tail ? char : "*")).join("");
}

/** R-ARC-3: a phone number as people without the need see it, e.g. `138****5678`. */
export function maskPhoneNumber(phone: string): string {
  return maskMiddle(phone);
}

/** R-ARC-3: an identity number as people without the need see it, e.g. `110***********1234`. */
export function maskIdentityNumber(identityNumber: string): string {
  return maskMiddle(identityNumber);
}

/** R-ARC-3: only the roles that need personal data (customer service, manager) see it in full. */
export function canSeePersonalData(
  role: string,
  policy: Pick<OccupancyPolicy, "personalDataRoles"> = DEFAULT_OCCUPANCY_POLICY,
): boolean {
  return policy.personalDataRoles.includes(role);
}

/** A phone number as `role` may see it. */
export function showPhoneNumber(
  phone: string,
  role: string,
  policy: Pick<OccupancyPolicy, "personalDataRoles"> = DEFAULT_OCCUPANCY_POLICY,
): string {
  return canSeePersonalData(role, policy) ? phone : maskPhoneNumber(phone);
}

/** An identity number as `role` may see it. */
export function showIdentityNumber(
  identityNumber: string,
  role: string,
  policy: Pick<OccupancyPolicy, "personalDataRoles"> = DEFAULT_OCCUPANCY_POLICY,
): string {
  return canSeePersonalData(role, policy) ? identityNumber : maskIdentityNumber(identityNumber);
}

function maskDocument(document: IdentityDocument | undefined): IdentityDocument | undefined {
  return document && { ...document, number: maskIdentityNumber(document.number) };
}

function maskResident(resident: Resident): Resident {
  return {
    ...resident,
    ...(resident.identity ? { identity: maskDocument(resident.identity) } : {}),
    ...(resident.phone ? { phone: maskPhoneNumber(resident.phone) } : {}),
  };
}

/** R-ARC-3: the owner archive as `role` may see it — every identity and phone number masked unless allowed. */
export function showOwnerArchive(
  archive: OwnerArchive,
  role: string,
  policy: Pick<OccupancyPolicy, "personalDataRoles"> = DEFAULT_OCCUPANCY_POLICY,
): OwnerArchive {
  if (canSeePersonalData(role, policy)) return archive;
  return {
    ...archive,
    ...(archive.phone ? { phone: maskPhoneNumber(archive.phone) } : {}),
    ...(archive.identity ? { identity: maskDocument(archive.identity) } : {}),
    ...(archive.residents ? { residents: archive.residents.map(maskResident) } : {}),
  };
}
