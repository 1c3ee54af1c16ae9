import type { ApiScope, StaffRole } from "../../auth/index.ts";
import { ForbiddenError, NotFoundError } from "../../errors/index.ts";
import { ensure, type ServiceContext } from "../support.ts";

/**
 * Who may act on an estate's money (the API decides who may ask; the domain decides what the
 * rules allow). Staff act in the estates they work in with one of the roles below; a partner's
 * key acts in its company's estates with `fees:write` and a partner user to record as author.
 */

/** Publish fee standards (R-FEE-1): the manager and finance. */
export const FEE_STANDARD_ROLES = ["manager", "finance"] as const satisfies readonly StaffRole[];
/** Bill, take payments, apply prepaid credit (R-FEE-4, R-FEE-6, R-HND-3): the money desk. */
export const BILLING_ROLES = ["cashier", "finance", "manager"] as const satisfies readonly StaffRole[];
/** Correct a payment with reversing entries (R-FEE-9): finance and the manager only. */
export const REVERSAL_ROLES = ["finance", "manager"] as const satisfies readonly StaffRole[];
/** Record meter readings (R-FEE-2): engineering reads meters; the cashier and manager too. */
export const METER_READING_ROLES = [
  "engineering",
  "cashier",
  "manager",
] as const satisfies readonly StaffRole[];
/** Remind and collect (R-FEE-5, R-FEE-10): the desk and the money desk. */
export const COLLECTION_ROLES = [
  "customer_service",
  "cashier",
  "finance",
  "manager",
] as const satisfies readonly StaffRole[];
/** Read the money reports (R-FEE-8): arrears aging, collection and recovery rates. */
export const FINANCE_REPORT_ROLES = ["manager", "finance", "cashier"] as const satisfies readonly StaffRole[];

export interface EstateRef {
  readonly id: string;
  readonly companyId: string;
}

/**
 * Refuses unless the viewer may act on `estate` in one of `roles` (or, for a key, with
 * `apiScope`); an estate the viewer cannot see at all is "not found".
 */
export function authorizeEstateAction(
  sc: ServiceContext,
  estate: EstateRef,
  roles: readonly StaffRole[],
  notFound: { readonly what: string; readonly path: readonly string[] },
  apiScope?: ApiScope,
): void {
  const { viewer } = sc;
  switch (viewer.kind) {
    case "staff":
      if (!viewer.isStaffIn(estate.id)) throw new NotFoundError(notFound.what, notFound.path);
      ensure(viewer.isStaffIn(estate.id, roles));
      return;
    case "apiKey":
      if (estate.companyId !== viewer.companyId) throw new NotFoundError(notFound.what, notFound.path);
      ensure(apiScope !== undefined && viewer.hasApiScope(apiScope) && viewer.userId !== undefined);
      return;
    case "resident":
      throw new ForbiddenError();
    case "anonymous":
      throw new ForbiddenError("AUTH_REQUIRED");
  }
}

/** The user recorded as author of a money movement (R-FEE-9): a person or a partner's user. */
export function authorIdOf(sc: ServiceContext): string {
  const id = sc.viewer.userId;
  if (!id) throw new ForbiddenError();
  return id;
}
