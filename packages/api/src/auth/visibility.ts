import type { Prisma } from "../generated/prisma/client.ts";
import type { ApiScope } from "./api-scopes.ts";
import type { StaffRole, Viewer } from "./viewer.ts";

/**
 * Row-level visibility: which records a viewer may see, as Prisma `where` filters applied
 * wherever records are loaded (root lists, relations, `node(id:)`), so nothing is filtered after
 * the fact and page sizes stay right. Staff see the estates they work in; owners and tenants
 * their own units and what belongs to them; API keys their company's estates, given the scope.
 */

/** Matches no row (an empty `in` list is valid SQL for Prisma). */
export const NO_ROWS = { id: { in: [] as string[] } } as const;

export interface EstateScopeOptions {
  /** Only staff holding one of these roles in the estate. @default any role */
  readonly staffRoles?: readonly StaffRole[];
  /** The scope an API key needs; without it keys see nothing. */
  readonly apiScope?: ApiScope;
  /** What owners and tenants see of an estate's records (none when absent). */
  readonly resident?: (viewer: Viewer) => Record<string, unknown>;
}

/** Estates a staff member may see records of, optionally limited to some roles. */
function staffEstateIds(viewer: Viewer, roles?: readonly StaffRole[]): string[] {
  return [
    ...new Set(viewer.estateRoles.filter((r) => !roles || roles.includes(r.role)).map((r) => r.estateId)),
  ];
}

/**
 * The filter for any record with an `estateId` column (and an `estate` relation): the generic
 * building block for area modules. The result is a plain object typed by the caller's model.
 */
export function estateScoped<Where>(viewer: Viewer, options: EstateScopeOptions = {}): Where {
  switch (viewer.kind) {
    case "staff":
      return { estateId: { in: staffEstateIds(viewer, options.staffRoles) } } as Where;
    case "resident":
      return (options.resident ? options.resident(viewer) : NO_ROWS) as Where;
    case "apiKey":
      return (
        options.apiScope && viewer.hasApiScope(options.apiScope)
          ? { estate: { companyId: viewer.companyId } }
          : NO_ROWS
      ) as Where;
    case "anonymous":
      return NO_ROWS as Where;
  }
}

/** Estates: where a staff member works, where a resident lives, a key's company's. */
export function visibleEstates(viewer: Viewer): Prisma.EstateWhereInput {
  switch (viewer.kind) {
    case "staff":
      return { id: { in: viewer.staffEstateIds() } };
    case "resident":
      return { id: { in: viewer.residentEstateIds() } };
    case "apiKey":
      return viewer.hasApiScope("estates:read") ? { companyId: viewer.companyId } : NO_ROWS;
    case "anonymous":
      return NO_ROWS;
  }
}

/** Buildings: those of visible estates (a resident sees the buildings of their estate). */
export function visibleBuildings(viewer: Viewer): Prisma.BuildingWhereInput {
  return { estate: visibleEstates(viewer) };
}

/** Units: a staff member's estates; a resident's own units only. */
export function visibleUnits(viewer: Viewer): Prisma.UnitWhereInput {
  return estateScoped<Prisma.UnitWhereInput>(viewer, {
    apiScope: "units:read",
    resident: (v) => ({ id: { in: v.unitIds() } }),
  });
}

/** Occupancies (who lives where): of visible units. */
export function visibleOccupancies(viewer: Viewer): Prisma.OccupancyWhereInput {
  if (viewer.kind === "apiKey" && !viewer.hasApiScope("people:read")) return NO_ROWS;
  return { unit: visibleUnits(viewer) };
}

/** People: those with an occupancy the viewer can see, and the viewer themself. */
export function visiblePeople(viewer: Viewer): Prisma.PersonWhereInput {
  const own = viewer.personId ? [{ id: viewer.personId }] : [];
  return { OR: [...own, { occupancies: { some: visibleOccupancies(viewer) } }] };
}

/** Complaints: staff of the estate; a resident's own complaints; keys with `complaints:read`. */
export function visibleComplaints(viewer: Viewer): Prisma.ComplaintWhereInput {
  return estateScoped<Prisma.ComplaintWhereInput>(viewer, {
    apiScope: "complaints:read",
    resident: (v) => (v.personId ? { personId: v.personId } : NO_ROWS),
  });
}
