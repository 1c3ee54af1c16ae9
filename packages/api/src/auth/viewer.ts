import type { OccupancyRole, StaffRole } from "../generated/prisma/enums.ts";
import type { ApiScope } from "./api-scopes.ts";

export type { StaffRole };

/** A staff member's current role in one estate (from `StaffAssignment`). */
export interface EstateRole {
  readonly estateId: string;
  readonly role: StaffRole;
}

/** A unit an owner or tenant currently lives in or owns (from `Occupancy`). */
export interface ResidentUnit {
  readonly unitId: string;
  readonly estateId: string;
  readonly role: OccupancyRole;
}

/** Roles the authorization matrix names: each staff role, owner, tenant, an API key, nobody. */
export type ViewerRole = StaffRole | "owner" | "tenant" | "apiKey" | "anonymous";

interface ViewerData {
  readonly kind: "anonymous" | "staff" | "resident" | "apiKey";
  readonly userId?: string;
  readonly companyId?: string;
  readonly personId?: string;
  readonly name?: string;
  readonly estateRoles?: readonly EstateRole[];
  readonly units?: readonly ResidentUnit[];
  readonly apiKeyId?: string;
  readonly apiScopes?: readonly ApiScope[];
}

/**
 * Who is asking, resolved once per request from the access token or API key: a staff member
 * with roles per estate, an owner or tenant with their current units, a partner's API key with
 * scopes, or nobody. Every authorization decision reads this object; nothing else is trusted.
 */
export class Viewer {
  readonly kind: ViewerData["kind"];
  readonly userId: string | undefined;
  readonly companyId: string | undefined;
  readonly personId: string | undefined;
  readonly name: string | undefined;
  readonly estateRoles: readonly EstateRole[];
  readonly units: readonly ResidentUnit[];
  readonly apiKeyId: string | undefined;
  readonly apiScopes: readonly ApiScope[];

  private constructor(data: ViewerData) {
    this.kind = data.kind;
    this.userId = data.userId;
    this.companyId = data.companyId;
    this.personId = data.personId;
    this.name = data.name;
    this.estateRoles = data.estateRoles ?? [];
    this.units = data.units ?? [];
    this.apiKeyId = data.apiKeyId;
    this.apiScopes = data.apiScopes ?? [];
  }

  static anonymous(): Viewer {
    return new Viewer({ kind: "anonymous" });
  }

  static staff(data: {
    userId: string;
    companyId: string;
    name: string;
    personId?: string;
    estateRoles: readonly EstateRole[];
  }): Viewer {
    return new Viewer({ kind: "staff", ...data });
  }

  static resident(data: {
    userId: string;
    companyId: string;
    name: string;
    personId?: string;
    units: readonly ResidentUnit[];
  }): Viewer {
    return new Viewer({ kind: "resident", ...data });
  }

  /** A partner's key; `userId` is the partner user it acts as in history lines, when it has one. */
  static apiKey(data: {
    apiKeyId: string;
    companyId: string;
    name: string;
    apiScopes: readonly ApiScope[];
    userId?: string;
  }) {
    return new Viewer({ kind: "apiKey", ...data });
  }

  get isAuthenticated(): boolean {
    return this.kind !== "anonymous";
  }

  /** A signed-in person (staff, owner or tenant), not a key. */
  get isUser(): boolean {
    return this.kind === "staff" || this.kind === "resident";
  }

  /** The staff roles this viewer holds in an estate today. */
  rolesIn(estateId: string): StaffRole[] {
    return this.estateRoles.filter((r) => r.estateId === estateId).map((r) => r.role);
  }

  /** Staff in the estate, holding one of `roles` when given. */
  isStaffIn(estateId: string, roles?: readonly StaffRole[]): boolean {
    return this.estateRoles.some((r) => r.estateId === estateId && (!roles || roles.includes(r.role)));
  }

  /** Holds one of `roles` in some estate. */
  hasStaffRole(roles: readonly StaffRole[]): boolean {
    return this.estateRoles.some((r) => roles.includes(r.role));
  }

  /** Estates where this viewer is staff. */
  staffEstateIds(): string[] {
    return [...new Set(this.estateRoles.map((r) => r.estateId))];
  }

  /** Units this viewer owns or lives in today. */
  unitIds(): string[] {
    return [...new Set(this.units.map((u) => u.unitId))];
  }

  /** Estates of the units this viewer owns or lives in. */
  residentEstateIds(): string[] {
    return [...new Set(this.units.map((u) => u.estateId))];
  }

  livesIn(unitId: string): boolean {
    return this.units.some((u) => u.unitId === unitId);
  }

  hasApiScope(scope: ApiScope): boolean {
    return this.kind === "apiKey" && this.apiScopes.includes(scope);
  }

  /** The matrix role: an owner owns at least one unit; a resident who owns none is a tenant. */
  get role(): ViewerRole {
    if (this.kind === "resident") return this.units.some((u) => u.role === "owner") ? "owner" : "tenant";
    if (this.kind === "staff") return this.estateRoles[0]?.role ?? "anonymous";
    return this.kind;
  }

  /**
   * The actor a domain rule sees for a step in `estateId`: the first of the viewer's roles there
   * that the rule allows (`allowed`, read from the domain's own transition table), else any role
   * the viewer holds there, so the domain refuses with its own reason. Residents act as
   * `owner`/`tenant`, keys as `apiKey`.
   */
  actorIn(estateId: string, allowed: readonly string[] = []): { id: string; role: string; name?: string } {
    const id = this.userId ?? this.apiKeyId ?? "anonymous";
    const name = this.name ? { name: this.name } : {};
    if (this.kind === "staff") {
      const roles = this.rolesIn(estateId);
      const role = roles.find((r) => allowed.includes(r)) ?? roles[0] ?? "none";
      return { id, role, ...name };
    }
    return { id, role: this.role, ...name };
  }
}
