import {
  type IdentityDocument,
  registerTenant,
  startOfBusinessDate,
  unitOccupancyWorkflow,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { staffRolesFor } from "../../auth/index.ts";
import { appendHistoryEvent } from "../../db/index.ts";
import { RefusalError } from "../../errors/index.ts";
import { dateColumn, isoOf } from "../estate-dates.ts";
import { callDomain, type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { loadUnitForStep, ownerArchiveOf } from "./unit-records.ts";

/**
 * Tenant registration 租户登记 (R-ARC-2), the application service: the desk collects the owner's
 * letter of commitment 承诺书, the lease 租赁协议, the tenant's identity and the signed
 * safety-responsibility letter 安全责任书; the domain's `registerTenant` decides. The tenant's
 * link to the unit (an `Occupancy` over the tenancy) and a history line on the unit are written
 * together. Moving in is a separate step (`unitMoveIn` with the tenant).
 */

export interface TenantRegisterInput {
  readonly unitId: GlobalId;
  readonly name: string;
  readonly phone?: string | null;
  readonly identity?: IdentityDocument | null;
  readonly tenancy: { readonly from: Date; readonly to: Date };
  readonly ownerCommitment?: { readonly signedById: GlobalId; readonly signedOn: Date } | null;
  readonly lease?: { readonly reference: string; readonly from: Date; readonly to: Date } | null;
  readonly safetyLetterSignedOn?: Date | null;
}

export async function registerTenantStep(sc: ServiceContext, input: TenantRegisterInput) {
  const loaded = await loadUnitForStep(sc, input.unitId);
  const { unit } = loaded;
  const zone = unit.estate.timeZone;
  // Registering a tenant is the desk's work before a move-in: the same roles as `moveIn`.
  const actor = sc.viewer.actorIn(unit.estateId, staffRolesFor(unitOccupancyWorkflow, "moveIn"));
  const identity = input.identity ?? undefined;
  const existing = identity
    ? await sc.prisma.person.findFirst({
        where: { companyId: unit.estate.companyId, idType: identity.kind, idNumber: identity.number },
        select: { id: true },
      })
    : null;
  const tenantId = existing?.id ?? uuidv7();
  const commitment = input.ownerCommitment;
  const lease = input.lease;
  const result = callDomain(() =>
    registerTenant(
      {
        tenantId,
        unitId: unit.id,
        name: input.name,
        ...(identity ? { identity } : {}),
        ...(input.phone ? { phone: input.phone } : {}),
        tenancy: { from: isoOf(input.tenancy.from), to: isoOf(input.tenancy.to) },
        ...(commitment
          ? {
              ownerCommitment: {
                // A signer who is not a person of the archive cannot be the unit's owner.
                signedBy: commitment.signedById.typename === "Person" ? commitment.signedById.id : "",
                signedOn: isoOf(commitment.signedOn),
              },
            }
          : {}),
        ...(lease
          ? {
              lease: { reference: lease.reference, period: { from: isoOf(lease.from), to: isoOf(lease.to) } },
            }
          : {}),
        ...(input.safetyLetterSignedOn ? { safetyLetterSignedOn: isoOf(input.safetyLetterSignedOn) } : {}),
      },
      ownerArchiveOf(loaded),
      sc.now,
    ),
  );
  if (!result.ok) throw new RefusalError(result.refusals);
  const tenant = result.tenant;
  const occupancyId = uuidv7();
  await sc.prisma.$transaction(async (tx) => {
    if (!existing) {
      await tx.person.create({
        data: {
          id: tenantId,
          companyId: unit.estate.companyId,
          name: tenant.name,
          phone: tenant.phone ?? null,
          idType: tenant.identity.kind,
          idNumber: tenant.identity.number,
        },
      });
    }
    await tx.occupancy.create({
      data: {
        id: occupancyId,
        unitId: unit.id,
        personId: tenantId,
        role: "tenant",
        startDate: dateColumn(tenant.tenancy.from),
        endDate: dateColumn(tenant.tenancy.to),
        // Checked by the domain above: both are present when registration succeeds.
        ownerConfirmedAt: startOfBusinessDate(isoOf(commitment?.signedOn ?? sc.now), zone),
        leaseReference: tenant.leaseRef,
        safetyLetterSignedAt: startOfBusinessDate(isoOf(input.safetyLetterSignedOn ?? sc.now), zone),
      },
    });
    // R-ARC-1: the archive is updated on every tenancy change; the line names no personal numbers.
    await appendHistoryEvent(tx, unit.id, {
      workflow: "unit occupancy",
      action: "registerTenant",
      from: unit.status,
      to: unit.status,
      actor,
      at: sc.now,
      data: {
        tenantPersonId: tenantId,
        tenancy: tenant.tenancy,
        leaseRef: tenant.leaseRef,
        rules: result.rules,
      },
    });
  });
  return { unitId: unit.id, occupancyId };
}

/** The registered tenant of a unit, as the move-in needs it (R-ARC-2). */
export async function loadTenantRecord(sc: ServiceContext, unitId: string, tenantId: GlobalId) {
  const personId = idOf(tenantId, "Person", "tenant", ["input", "tenantId"]);
  const tenancy = await sc.prisma.occupancy.findFirst({
    where: { unitId, personId, role: "tenant" },
    include: { person: true },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
  });
  return tenancy;
}
