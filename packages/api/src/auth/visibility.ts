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

/** Units the viewer owns today (an owner's renovations are the owner's business, R-REN-1). */
function ownedUnitIds(viewer: Viewer): string[] {
  return [...new Set(viewer.units.filter((u) => u.role === "owner").map((u) => u.unitId))];
}

/** Renovations: staff of the estate; an owner's own units'; keys with `renovations:read`. */
export function visibleRenovations(viewer: Viewer): Prisma.RenovationApplicationWhereInput {
  return estateScoped<Prisma.RenovationApplicationWhereInput>(viewer, {
    apiScope: "renovations:read",
    resident: (v) => ({ unitId: { in: ownedUnitIds(v) } }),
  });
}

/** Renovation violations: those of visible renovations (the owner signs the notices, R-REN-7). */
export function visibleRenovationViolations(viewer: Viewer): Prisma.RenovationViolationWhereInput {
  return { application: visibleRenovations(viewer) };
}

/** Release passes: staff of the estate; residents of the unit; keys with `releasePasses:read`. */
export function visibleReleasePasses(viewer: Viewer): Prisma.ReleasePassWhereInput {
  return estateScoped<Prisma.ReleasePassWhereInput>(viewer, {
    apiScope: "releasePasses:read",
    resident: (v) => ({ unitId: { in: v.unitIds() } }),
  });
}

/** Fee items and standards: published to every owner of the estate (R-FEE-1); keys with `fees:read`. */
export function visibleFeeItems(viewer: Viewer): Prisma.FeeItemWhereInput {
  return estateScoped<Prisma.FeeItemWhereInput>(viewer, {
    apiScope: "fees:read",
    resident: (v) => ({ estateId: { in: v.residentEstateIds() } }),
  });
}

/** Staff who see an estate's bills, payments and meters: the money desk, the desk and the archive. */
export const FEE_READER_ROLES = ["manager", "finance", "cashier", "customer_service", "archivist"] as const;

/** Bills: those staff of the estate; owners and tenants their own units' bills; keys with `fees:read`. */
export function visibleBills(viewer: Viewer): Prisma.BillWhereInput {
  return estateScoped<Prisma.BillWhereInput>(viewer, {
    apiScope: "fees:read",
    staffRoles: FEE_READER_ROLES,
    resident: (v) => ({ unitId: { in: v.unitIds() } }),
  });
}

/** Payments: as bills (R-FEE-9: every movement is visible to whom the money concerns). */
export function visiblePayments(viewer: Viewer): Prisma.PaymentWhereInput {
  return estateScoped<Prisma.PaymentWhereInput>(viewer, {
    apiScope: "fees:read",
    staffRoles: FEE_READER_ROLES,
    resident: (v) => ({ unitId: { in: v.unitIds() } }),
  });
}

/** Meters and their readings: the estate's staff (engineering reads them); residents their own units'. */
export function visibleMeters(viewer: Viewer): Prisma.MeterWhereInput {
  return estateScoped<Prisma.MeterWhereInput>(viewer, {
    apiScope: "fees:read",
    resident: (v) => ({ unitId: { in: v.unitIds() } }),
  });
}

/** Collection attempts (R-FEE-10): the staff who collect; not residents; keys with `fees:read`. */
export function visibleCollectionAttempts(viewer: Viewer): Prisma.CollectionAttemptWhereInput {
  return estateScoped<Prisma.CollectionAttemptWhereInput>(viewer, {
    apiScope: "fees:read",
    staffRoles: ["manager", "finance", "cashier", "customer_service"],
  });
}

/** Repair orders: staff of the estate; owners and tenants those of their units; keys with `repairs:read`. */
export function visibleRepairOrders(viewer: Viewer): Prisma.RepairOrderWhereInput {
  return estateScoped<Prisma.RepairOrderWhereInput>(viewer, {
    apiScope: "repairs:read",
    resident: (v) => ({ unitId: { in: v.unitIds() } }),
  });
}

/** Service requests (calls and visits): staff of the estate; a resident those naming them as caller. */
export function visibleServiceRequests(viewer: Viewer): Prisma.ServiceRequestWhereInput {
  return estateScoped<Prisma.ServiceRequestWhereInput>(viewer, {
    resident: (v) => (v.personId ? { personId: v.personId } : NO_ROWS),
  });
}

/** Who reads the audit log: an estate's managers and archivists. */
export const AUDIT_READER_ROLES = ["manager", "archivist"] as const;

/**
 * Audit log entries: a manager's or archivist's estates' entries, and entries naming no estate
 * (sign-ins, sign-outs) made by users of their company. Nobody else, and never an API key.
 */
export function visibleAuditLog(viewer: Viewer): Prisma.AuditLogWhereInput {
  if (viewer.kind !== "staff") return NO_ROWS;
  const estateIds = [
    ...new Set(
      viewer.estateRoles
        .filter((r) => (AUDIT_READER_ROLES as readonly string[]).includes(r.role))
        .map((r) => r.estateId),
    ),
  ];
  if (estateIds.length === 0) return NO_ROWS;
  const own = { estateId: { in: estateIds } };
  if (!viewer.companyId) return own;
  return { OR: [own, { estateId: null, actor: { companyId: viewer.companyId } }] };
}

// ── Estate areas: takeover, access, community (see src/schema/{takeover,access,community}*.ts) ──

/** Staff who keep the gate's registers: visitors (R-ACC-1). */
export const ACCESS_DESK_ROLES = ["security", "customer_service", "manager"] as const;
/** Staff who see vehicles and parking spaces (R-ACC-3); the cashier bills parking fees. */
export const PARKING_READER_ROLES = ["security", "customer_service", "manager", "cashier"] as const;

/** Visitors: the gate's staff; owners and tenants the visitors to their own units; keys with `access:read`. */
export function visibleVisitors(viewer: Viewer): Prisma.VisitorWhereInput {
  return estateScoped<Prisma.VisitorWhereInput>(viewer, {
    apiScope: "access:read",
    staffRoles: ACCESS_DESK_ROLES,
    resident: (v) => ({ unitId: { in: v.unitIds() } }),
  });
}

/** Vehicles: the gate's staff and the cashier; residents their own units' vehicles; keys with `access:read`. */
export function visibleVehicles(viewer: Viewer): Prisma.VehicleWhereInput {
  return estateScoped<Prisma.VehicleWhereInput>(viewer, {
    apiScope: "access:read",
    staffRoles: PARKING_READER_ROLES,
    resident: (v) => ({ unitId: { in: v.unitIds() } }),
  });
}

/** Parking spaces: as vehicles. */
export function visibleParkingSpaces(viewer: Viewer): Prisma.ParkingSpaceWhereInput {
  return estateScoped<Prisma.ParkingSpaceWhereInput>(viewer, {
    apiScope: "access:read",
    staffRoles: PARKING_READER_ROLES,
    resident: (v) => ({ unitId: { in: v.unitIds() } }),
  });
}

/**
 * Announcements (R-COM-1): staff see all of their estates'; owners and tenants the current ones
 * published to their estate or to a building they live in; keys with `community:read` the published.
 */
export function visibleAnnouncements(viewer: Viewer, now: Date): Prisma.AnnouncementWhereInput {
  return estateScoped<Prisma.AnnouncementWhereInput>(viewer, {
    apiScope: "community:read",
    resident: (v) => ({
      estateId: { in: v.residentEstateIds() },
      publishedAt: { lte: now },
      validFrom: { lte: now },
      AND: [
        { OR: [{ validUntil: null }, { validUntil: { gt: now } }] },
        {
          OR: [
            { buildings: { none: {} } },
            { buildings: { some: { building: { units: { some: { id: { in: v.unitIds() } } } } } } },
          ],
        },
      ],
    }),
  });
}

/** Community events (R-COM-2): staff all; residents and keys (`community:read`) once publicised. */
export function visibleCommunityEvents(viewer: Viewer): Prisma.CommunityEventWhereInput {
  const scoped = estateScoped<Prisma.CommunityEventWhereInput>(viewer, {
    apiScope: "community:read",
    resident: (v) => ({ estateId: { in: v.residentEstateIds() } }),
  });
  // Staff plan an event before anyone else hears of it.
  return viewer.kind === "staff" ? scoped : { AND: [scoped, { status: { not: "planned" } }] };
}

/** Satisfaction surveys (R-COM-3): staff all; residents and keys (`community:read`) once opened. */
export function visibleSurveys(viewer: Viewer): Prisma.SurveyWhereInput {
  const scoped = estateScoped<Prisma.SurveyWhereInput>(viewer, {
    apiScope: "community:read",
    resident: (v) => ({ estateId: { in: v.residentEstateIds() } }),
  });
  return viewer.kind === "staff" ? scoped : { AND: [scoped, { status: { not: "draft" } }] };
}

// ── Owners' self-governance 业主大会 (see src/schema/governance/) ──

/** Estates where the viewer owns a unit today: an owner's assembly and maintenance fund (R-GOV-1/2). */
function ownerEstateIds(viewer: Viewer): string[] {
  return [...new Set(viewer.units.filter((u) => u.role === "owner").map((u) => u.estateId))];
}

/** Staff who see the maintenance fund's ledger: the money desk, the manager, the archive. */
export const FUND_READER_ROLES = ["manager", "finance", "cashier", "archivist"] as const;

/** Assembly votes (R-GOV-1): staff of the estate; owners of a unit in it (not tenants); no API key. */
export function visibleAssemblyVotes(viewer: Viewer): Prisma.AssemblyVoteWhereInput {
  return estateScoped<Prisma.AssemblyVoteWhereInput>(viewer, {
    // A draft is still being prepared by the management office; owners see a vote once it opens.
    resident: (v) => ({ estateId: { in: ownerEstateIds(v) }, status: { not: "draft" } }),
  });
}

/** Maintenance-fund uses (R-GOV-2): as votes; the fund is the owners', every use is theirs to see. */
export function visibleMaintenanceFundUses(viewer: Viewer): Prisma.MaintenanceFundUseWhereInput {
  return estateScoped<Prisma.MaintenanceFundUseWhereInput>(viewer, {
    resident: (v) => ({ estateId: { in: ownerEstateIds(v) } }),
  });
}

/** The maintenance fund's ledger (R-GOV-2): the money desk and the manager; owners of the estate. */
export function visibleMaintenanceFundEntries(viewer: Viewer): Prisma.MaintenanceFundEntryWhereInput {
  return estateScoped<Prisma.MaintenanceFundEntryWhereInput>(viewer, {
    staffRoles: FUND_READER_ROLES,
    resident: (v) => ({ estateId: { in: ownerEstateIds(v) } }),
  });
}

/** Whether the viewer may see an estate's maintenance fund (its balance and ledger, R-GOV-2). */
export function canSeeMaintenanceFund(viewer: Viewer, estateId: string): boolean {
  if (viewer.kind === "staff") return viewer.isStaffIn(estateId, FUND_READER_ROLES);
  return viewer.kind === "resident" && ownerEstateIds(viewer).includes(estateId);
}
