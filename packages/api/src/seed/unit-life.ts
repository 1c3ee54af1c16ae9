import type { BillableUnit, HandoverPrepayment, IsoDate } from "@wuye/domain";
import { instantOn } from "./clock.ts";
import type { EstateSeed, PersonSeed, SeedContext, UnitPlan } from "./context.ts";

/**
 * A unit's life as the seed follows it after its archive is written: its occupancy over time,
 * who owns and lives in it, and the rows every unit needs (the unit, an occupancy).
 */

/** A stretch of a unit's life: vacant or occupied from `since` (R-HND-4, R-FEE-11). */
export interface OccupancySegment {
  readonly status: "vacant" | "occupied";
  readonly since: IsoDate;
  /** Who pays from this day: the owner of record. */
  readonly owner: PersonSeed;
}

/** What the later stages need to know about a unit after its people are written. */
export interface UnitLife {
  readonly plan: UnitPlan;
  readonly estate: EstateSeed;
  readonly status: "awaitingHandover" | "vacant" | "occupied";
  readonly segments: readonly OccupancySegment[];
  /** The owner today (after a sale, the buyer). */
  readonly owner?: PersonSeed;
  readonly tenant?: PersonSeed;
  /** Everyone living there today, for notices, incidents and surveys. */
  readonly residents: readonly PersonSeed[];
  /** R-HND-3: what the owner paid in advance at handover. */
  readonly prepayment?: HandoverPrepayment;
}

export function billableUnit(plan: UnitPlan, vacantSince?: IsoDate): BillableUnit {
  return {
    id: plan.id,
    unitType: plan.type,
    buildingArea: plan.area,
    ...(plan.handoverDate ? { handoverDate: plan.handoverDate } : {}),
    ...(vacantSince ? { vacantSince } : {}),
  };
}

/** The owner of record and the occupancy on `date`. */
export function segmentOn(life: UnitLife, date: IsoDate): OccupancySegment | undefined {
  return life.segments.filter((segment) => segment.since <= date).at(-1);
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function unitRow(
  plan: UnitPlan,
  estate: EstateSeed,
  status: "awaitingHandover" | "vacant" | "occupied",
  version: number,
  moveInDate: IsoDate | null,
  createdAt: Date,
  updatedAt: Date,
) {
  return {
    id: plan.id,
    estateId: estate.id,
    buildingId: plan.building.id,
    number: plan.number,
    floor: plan.floor,
    type: plan.type,
    buildingArea: plan.area,
    status,
    version,
    handoverDate: plan.handoverDate ?? null,
    moveInDate,
    createdAt,
    updatedAt,
  };
}

export function writeOccupancy(
  ctx: SeedContext,
  unitId: string,
  person: PersonSeed,
  role: "owner" | "familyMember",
  startDate: IsoDate,
  endDate: IsoDate | null,
): void {
  const at = instantOn(startDate, 9);
  ctx.writer.add("Occupancy", {
    id: ctx.ids.next(),
    unitId,
    personId: person.id,
    role,
    startDate,
    endDate,
    ownerConfirmedAt: null,
    leaseReference: null,
    safetyLetterSignedAt: null,
    createdAt: at,
    updatedAt: at,
  });
}
