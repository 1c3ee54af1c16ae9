import {
  addDays,
  confirmMoveIn,
  confirmMoveOut,
  daysBetween,
  type IdentityDocument,
  type Resident,
  type TenantRecord,
  unitOccupancyWorkflow,
} from "@wuye/domain";
import { staffRolesFor } from "../../auth/index.ts";
import { recordTransition, type WuyeTx } from "../../db/index.ts";
import { NotFoundError } from "../../errors/index.ts";
import { dateColumn, inForceOn, isoOf } from "../estate-dates.ts";
import { accepted, callDomain, type GlobalId, type ServiceContext, writeStep } from "../support.ts";
import type { UnitStepResult } from "./handover.ts";
import { loadTenantRecord } from "./tenants.ts";
import { loadUnitForStep, ownerArchiveOf, unitOccupancyOf } from "./unit-records.ts";

/**
 * Move-in 入住 and move-out 搬离 (R-HND-4, R-ARC-1, R-ARC-2), the application service: the domain's
 * `confirmMoveIn` / `confirmMoveOut` decide; the unit's status, the people linked to it over time
 * and the history line are written in one transaction. The billing effects, the departments to
 * notify and the access cards to revoke come back to the caller as the domain states them.
 */

export interface ResidentInput {
  readonly name: string;
  readonly relation: Resident["relation"];
  readonly phone?: string | null;
  readonly identity?: IdentityDocument | null;
}

export interface UnitMoveInInput {
  readonly unitId: GlobalId;
  readonly date: Date;
  readonly residents: readonly ResidentInput[];
  readonly tenantId?: GlobalId | null;
  readonly expectedVersion?: number | null;
}

export interface UnitMoveOutInput {
  readonly unitId: GlobalId;
  readonly date: Date;
  readonly expectedVersion?: number | null;
}

function residentOf(input: ResidentInput): Resident {
  return {
    name: input.name,
    relation: input.relation,
    ...(input.phone ? { phone: input.phone } : {}),
    ...(input.identity ? { identity: input.identity } : {}),
  };
}

export async function moveInStep(sc: ServiceContext, input: UnitMoveInInput): Promise<UnitStepResult> {
  const loaded = await loadUnitForStep(sc, input.unitId);
  const { unit } = loaded;
  const actor = sc.viewer.actorIn(unit.estateId, staffRolesFor(unitOccupancyWorkflow, "moveIn"));
  let tenant: TenantRecord | undefined;
  if (input.tenantId) {
    const row = await loadTenantRecord(sc, unit.id, input.tenantId);
    if (!row?.endDate || !row.person.idType || !row.person.idNumber) {
      throw new NotFoundError("tenant", ["input", "tenantId"]);
    }
    tenant = {
      id: row.personId,
      unitId: unit.id,
      name: row.person.name,
      identity: { kind: row.person.idType, number: row.person.idNumber },
      tenancy: { from: isoOf(row.startDate), to: isoOf(row.endDate) },
      leaseRef: row.leaseReference ?? "",
      registeredAt: row.createdAt,
    };
  }
  const date = isoOf(input.date);
  const residents = input.residents.map(residentOf);
  const step = accepted(
    callDomain(() =>
      confirmMoveIn(unitOccupancyOf(loaded), {
        actor,
        at: sc.now,
        date,
        archive: ownerArchiveOf(loaded, []),
        residents,
        ...(tenant ? { tenant } : {}),
        policy: loaded.policy,
      }),
    ),
  );
  await writeStep("unit", () =>
    sc.prisma.$transaction(async (tx) => {
      await recordTransition(tx, {
        recordId: unit.id,
        event: {
          ...step.event,
          workflow: "unit occupancy",
          // Names and relations only: the history is read by more people than personal data is.
          data: {
            date,
            occupant: step.occupancy.occupant,
            residents: residents.map(({ name, relation }) => ({ name, relation })),
            notify: step.effects.notify,
            billing: step.effects.billing,
          },
        },
        ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
        changes: { moveInDate: dateColumn(date) },
      });
      // R-ARC-1: the household joins the archive. The owner and a registered tenant are linked already.
      for (const resident of input.residents) {
        if (resident.relation === "owner" || resident.relation === "tenant") continue;
        const personId = await personFor(tx, unit.estate.companyId, resident);
        await tx.occupancy.create({
          data: { unitId: unit.id, personId, role: resident.relation, startDate: dateColumn(date) },
        });
      }
    }),
  );
  return { unitId: unit.id, effects: step.effects };
}

/** The archive's person for a resident: the same identity document is the same person. */
async function personFor(tx: WuyeTx, companyId: string, resident: ResidentInput): Promise<string> {
  const identity = resident.identity;
  if (identity) {
    const known = await tx.person.findFirst({
      where: { companyId, idType: identity.kind, idNumber: identity.number },
      select: { id: true },
    });
    if (known) return known.id;
  }
  const person = await tx.person.create({
    data: {
      companyId,
      name: resident.name,
      phone: resident.phone ?? null,
      idType: identity?.kind ?? null,
      idNumber: identity?.number ?? null,
    },
    select: { id: true },
  });
  return person.id;
}

export async function moveOutStep(sc: ServiceContext, input: UnitMoveOutInput): Promise<UnitStepResult> {
  const loaded = await loadUnitForStep(sc, input.unitId);
  const { unit } = loaded;
  const actor = sc.viewer.actorIn(unit.estateId, staffRolesFor(unitOccupancyWorkflow, "moveOut"));
  const date = isoOf(input.date);
  const step = accepted(
    callDomain(() => confirmMoveOut(unitOccupancyOf(loaded), { actor, at: sc.now, date })),
  );
  // The unit is vacant from the move-out date, so the household's last day is the day before.
  const lastDay = addDays(date, -1);
  await writeStep("unit", () =>
    sc.prisma.$transaction(async (tx) => {
      await recordTransition(tx, {
        recordId: unit.id,
        event: {
          ...step.event,
          workflow: "unit occupancy",
          data: { date, billing: step.effects.billing, revokeAccessCards: step.effects.revokeAccessCards },
        },
        ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
      });
      // R-ARC-1: the archive keeps no residents after a move-out; the owner stays the owner.
      const leaving = await tx.occupancy.findMany({
        where: { unitId: unit.id, role: { not: "owner" }, ...inForceOn(dateColumn(date)) },
        select: { id: true, startDate: true, endDate: true },
      });
      for (const occupancy of leaving) {
        const start = isoOf(occupancy.startDate);
        const end = daysBetween(start, lastDay) < 0 ? start : lastDay;
        await tx.occupancy.update({ where: { id: occupancy.id }, data: { endDate: dateColumn(end) } });
      }
    }),
  );
  return { unitId: unit.id, effects: step.effects };
}
