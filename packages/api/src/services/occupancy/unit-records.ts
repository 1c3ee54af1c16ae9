import {
  type IsoDate,
  type OccupancyPolicy,
  type OwnerArchive,
  parseQuantity,
  type Resident,
  type UnitOccupancy,
} from "@wuye/domain";
import { visibleUnits } from "../../auth/index.ts";
import { NotFoundError } from "../../errors/index.ts";
import type { Occupancy, Person, Unit } from "../../generated/prisma/client.ts";
import { areaPolicy, dateColumn, inForceOn, isoOf, todayIn } from "../estate-dates.ts";
import { type GlobalId, idOf, type ServiceContext } from "../support.ts";

/**
 * A unit as the occupancy rules need it (R-ARC-1, R-HND-2…4): its row, its estate's zone and
 * policy, the people linked to it today, and the day of its last occupancy change. Nothing here
 * decides a rule; it rebuilds the domain's records from the database.
 */

export type OccupancyWithPerson = Occupancy & { person: Person };

export interface UnitForStep {
  readonly unit: Unit & { estate: { id: string; companyId: string; timeZone: string; policy: unknown } };
  /** Today in the estate's time zone. */
  readonly today: IsoDate;
  /** Owners, tenants and residents linked to the unit today, oldest first. */
  readonly current: readonly OccupancyWithPerson[];
  /** The date of the last handover, move-in or move-out (as recorded in its history line). */
  readonly lastChangeOn: IsoDate | undefined;
  readonly policy: Partial<OccupancyPolicy>;
}

/** Loads a unit the viewer may see, or says "not found" at `path`. */
export async function loadUnitForStep(
  sc: ServiceContext,
  unitId: GlobalId,
  path: readonly string[] = ["input", "unitId"],
): Promise<UnitForStep> {
  const id = idOf(unitId, "Unit", "unit", path);
  const unit = await sc.prisma.unit.findFirst({
    where: { id, AND: [visibleUnits(sc.viewer)] },
    include: { estate: { select: { id: true, companyId: true, timeZone: true, policy: true } } },
  });
  if (!unit) throw new NotFoundError("unit", path);
  const today = todayIn(sc.now, unit.estate.timeZone);
  const [current, lastChange] = await Promise.all([
    sc.prisma.occupancy.findMany({
      where: { unitId: id, ...inForceOn(dateColumn(today)) },
      include: { person: true },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
    }),
    sc.prisma.workflowEvent.findFirst({
      where: { workflow: "unit occupancy", recordId: id, action: { in: ["handOver", "moveIn", "moveOut"] } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { data: true },
    }),
  ]);
  const recorded = (lastChange?.data as { date?: unknown } | null)?.date;
  return {
    unit,
    today,
    current,
    lastChangeOn: typeof recorded === "string" ? recorded : undefined,
    policy: areaPolicy<OccupancyPolicy>(unit.estate.policy, "occupancy"),
  };
}

/** The domain's view of the unit's occupancy, rebuilt from its row and last change. */
export function unitOccupancyOf(loaded: UnitForStep): UnitOccupancy {
  const { unit } = loaded;
  const fallback = unit.status === "occupied" ? unit.moveInDate : unit.handoverDate;
  const since = loaded.lastChangeOn ?? (fallback ? isoOf(fallback) : undefined);
  return {
    unitId: unit.id,
    status: unit.status,
    ...(unit.handoverDate ? { handedOverOn: isoOf(unit.handoverDate) } : {}),
    ...(since ? { since } : {}),
  };
}

/** What the archive is built from: the unit and the people linked to it today. */
export interface ArchiveSource {
  readonly unit: Pick<Unit, "id" | "status" | "buildingArea">;
  readonly current: readonly OccupancyWithPerson[];
}

/** The unit's current owner 业主, if the archive has one. */
export function ownerOf(loaded: ArchiveSource): Person | undefined {
  return loaded.current.find((o) => o.role === "owner")?.person;
}

/**
 * The people living in the unit today as the archive lists them (R-ARC-1): nobody unless the unit
 * is occupied; then everyone linked to it, except an owner who has let it to a current tenant.
 */
export function currentResidents(loaded: ArchiveSource): Resident[] {
  if (loaded.unit.status !== "occupied") return [];
  const let_ = loaded.current.some((o) => o.role === "tenant");
  return loaded.current
    .filter((o) => !(let_ && o.role === "owner"))
    .map((o) => ({ name: o.person.name, relation: o.role }));
}

/** The owner archive 业主档案 of the unit (R-ARC-1), with `residents` when given. */
export function ownerArchiveOf(loaded: ArchiveSource, residents?: readonly Resident[]): OwnerArchive {
  const owner = ownerOf(loaded);
  return {
    unitId: loaded.unit.id,
    ownerId: owner?.id ?? "",
    ...(owner?.name ? { ownerName: owner.name } : {}),
    ...(owner?.phone ? { phone: owner.phone } : {}),
    ...(owner?.idType && owner.idNumber ? { identity: { kind: owner.idType, number: owner.idNumber } } : {}),
    buildingArea: parseQuantity(loaded.unit.buildingArea.toFixed(2)),
    residents: residents ?? currentResidents(loaded),
  };
}
