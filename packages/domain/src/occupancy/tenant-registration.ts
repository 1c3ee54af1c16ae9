import { daysBetween, type IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import { occupancyErrors } from "./errors.ts";
import type { IdentityDocument, OwnerArchive, TenantRecord } from "./types.ts";

/** A period of days, both ends included. */
export interface TenancyPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** What the desk collects to register a tenant (R-ARC-2). */
export interface TenantRegistration {
  readonly tenantId: string;
  readonly unitId: string;
  readonly name: string;
  readonly identity?: IdentityDocument;
  readonly phone?: string;
  /** The period the tenant lives in the unit (租住期). */
  readonly tenancy: TenancyPeriod;
  /** The owner's letter of commitment 业主承诺书. */
  readonly ownerCommitment?: { readonly signedBy: string; readonly signedOn: IsoDate };
  /** The lease 房屋租赁协议. */
  readonly lease?: { readonly reference: string; readonly period: TenancyPeriod };
  /** The safety-responsibility letter 安全责任书 signed by the tenant. */
  readonly safetyLetterSignedOn?: IsoDate;
}

export type TenantRegistrationResult =
  | { readonly ok: true; readonly tenant: TenantRecord; readonly rules: readonly string[] }
  | { readonly ok: false; readonly refusals: readonly Refusal[]; readonly rules: readonly string[] };

/** Throws `OCC_INVALID_PERIOD` when a period ends before it starts (and `CAL_INVALID_DATE` for non-dates). */
export function assertPeriod(period: TenancyPeriod, path: readonly string[]): void {
  if (daysBetween(period.from, period.to) < 0) {
    throw occupancyErrors.OCC_INVALID_PERIOD.error({ from: period.from, to: period.to }, path);
  }
}

/**
 * R-ARC-2: a tenant is registered only with the owner's confirmation — the owner's letter of
 * commitment and the lease — with the tenant's identity and tenancy period recorded and the
 * safety-responsibility letter signed. Returns the tenant record, or every reason it cannot be made.
 */
export function registerTenant(
  registration: TenantRegistration,
  archive: OwnerArchive,
  at: Date,
): TenantRegistrationResult {
  const rules = ["R-ARC-2"];
  if (archive.unitId !== registration.unitId) {
    throw occupancyErrors.OCC_WRONG_UNIT.error({ expected: registration.unitId, got: archive.unitId }, [
      "archive",
      "unitId",
    ]);
  }
  assertPeriod(registration.tenancy, ["tenancy"]);
  if (registration.lease) assertPeriod(registration.lease.period, ["lease", "period"]);

  const refusals: Refusal[] = [];
  const identityGaps = [
    registration.name.trim() === "" ? "name" : undefined,
    registration.identity?.number.trim() ? undefined : "identity",
  ].filter((gap): gap is string => gap !== undefined);
  if (identityGaps.length > 0) {
    refusals.push(
      occupancyErrors.OCC_TENANT_IDENTITY_MISSING.refuse({ missing: identityGaps.join(", ") }, ["identity"]),
    );
  }
  const commitment = registration.ownerCommitment;
  if (!commitment) {
    refusals.push(occupancyErrors.OCC_OWNER_COMMITMENT_MISSING.refuse(undefined, ["ownerCommitment"]));
  } else if (commitment.signedBy !== archive.ownerId) {
    refusals.push(
      occupancyErrors.OCC_OWNER_COMMITMENT_NOT_BY_OWNER.refuse(
        { signedBy: commitment.signedBy, ownerId: archive.ownerId },
        ["ownerCommitment", "signedBy"],
      ),
    );
  }
  const lease = registration.lease;
  if (!lease || lease.reference.trim() === "") {
    refusals.push(occupancyErrors.OCC_LEASE_MISSING.refuse(undefined, ["lease"]));
  } else if (registration.tenancy.from < lease.period.from || registration.tenancy.to > lease.period.to) {
    refusals.push(
      occupancyErrors.OCC_TENANCY_OUTSIDE_LEASE.refuse(
        {
          from: registration.tenancy.from,
          to: registration.tenancy.to,
          leaseFrom: lease.period.from,
          leaseTo: lease.period.to,
        },
        ["tenancy"],
      ),
    );
  }
  if (!registration.safetyLetterSignedOn) {
    refusals.push(occupancyErrors.OCC_SAFETY_LETTER_MISSING.refuse(undefined, ["safetyLetterSignedOn"]));
  }
  if (refusals.length > 0 || !lease || !registration.identity) return { ok: false, refusals, rules };
  return {
    ok: true,
    rules,
    tenant: {
      id: registration.tenantId,
      unitId: registration.unitId,
      name: registration.name,
      identity: registration.identity,
      ...(registration.phone ? { phone: registration.phone } : {}),
      tenancy: registration.tenancy,
      leaseRef: lease.reference,
      registeredAt: at,
    },
  };
}
