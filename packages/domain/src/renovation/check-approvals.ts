import type { Refusal } from "../errors/index.ts";
import type { RenovationApplication, RenovationAuthorityConcern } from "./application.ts";
import { renovationErrors } from "./errors.ts";

/** R-REN-2: the approvals the application needs, one per concern it records, in a stable order. */
export function requiredAuthorityApprovals(
  application: RenovationApplication,
): readonly RenovationAuthorityConcern[] {
  const order: readonly RenovationAuthorityConcern[] = ["fireProtection", "buildingStructure", "gasLines"];
  return order.filter((concern) => application.affects.includes(concern));
}

/**
 * R-REN-2: work touching fire protection, the building structure or gas lines cannot be approved
 * until the competent authority has approved it; one refusal per approval still missing.
 */
export function checkAuthorityApprovals(application: RenovationApplication): readonly Refusal[] {
  return requiredAuthorityApprovals(application)
    .filter(
      (concern) =>
        !application.authorityApprovals.some((a) => a.concern === concern && a.reference.trim() !== ""),
    )
    .map((concern) =>
      renovationErrors.REN_AUTHORITY_APPROVAL_MISSING.refuse({ concern }, ["authorityApprovals", concern]),
    );
}
