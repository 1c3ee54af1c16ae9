import type { TransitionTableRow } from "@wuye/domain";
import { StaffRole as STAFF_ROLES } from "../generated/prisma/enums.ts";
import type { ApiScope } from "./api-scopes.ts";
import type { StaffRole, Viewer } from "./viewer.ts";

/**
 * The scopes every field's `authScopes` is written in (scope-auth). Each is a question about
 * the viewer, answered from the {@link Viewer} alone, so a check costs no database query:
 *
 * - `public`: anyone, signed in or not (login, the viewer field).
 * - `authenticated`: a signed-in user or an API key.
 * - `staff` / `staffRole`: staff at all / holding one of these roles in some estate.
 * - `estateStaff`: staff in this estate (optionally in one of these roles).
 * - `resident` / `unitResident`: an owner or tenant / one living in or owning this unit.
 * - `apiScope`: a partner's API key carrying this scope.
 *
 * Combine them with `$any`/`$all`. Row-level visibility (which records a list or `node(id:)`
 * returns) is in `visibility.ts`; masking of personal data in `masking.ts`.
 */
export interface WuyeAuthScopes {
  public: boolean;
  authenticated: boolean;
  staff: boolean;
  staffRole: readonly StaffRole[];
  estateStaff: { readonly estateId: string; readonly roles?: readonly StaffRole[] };
  resident: boolean;
  unitResident: string;
  apiScope: ApiScope;
}

/** The scope initializer: what each scope means for this request's viewer. */
export function authScopesFor(viewer: Viewer) {
  return {
    public: true,
    authenticated: viewer.isAuthenticated,
    staff: viewer.kind === "staff" && viewer.estateRoles.length > 0,
    staffRole: (roles: readonly StaffRole[]) => viewer.hasStaffRole(roles),
    estateStaff: ({ estateId, roles }: WuyeAuthScopes["estateStaff"]) => viewer.isStaffIn(estateId, roles),
    resident: viewer.kind === "resident" && viewer.units.length > 0,
    unitResident: (unitId: string) => viewer.livesIn(unitId),
    apiScope: (scope: ApiScope) => viewer.hasApiScope(scope),
  };
}

/** Every staff role, as the database knows them. */
export const ALL_STAFF_ROLES: readonly StaffRole[] = Object.values(STAFF_ROLES);

function isStaffRole(role: string): role is StaffRole {
  return (ALL_STAFF_ROLES as readonly string[]).includes(role);
}

/**
 * The staff roles a domain workflow lets take `action`, read from the workflow's own transition
 * table: the API's coarse check and the domain's rule can never disagree.
 */
export function staffRolesFor(
  workflow: { readonly definition: { readonly name: string }; table(): readonly TransitionTableRow[] },
  action: string,
): StaffRole[] {
  const rows = workflow.table().filter((row) => row.action === action);
  if (rows.length === 0) throw new Error(`${workflow.definition.name} has no action ${action}`);
  return [...new Set(rows.flatMap((row) => row.roles).filter(isStaffRole))];
}
