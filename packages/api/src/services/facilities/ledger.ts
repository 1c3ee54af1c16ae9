import {
  businessDateOf,
  type FacilityLedgerEntry,
  type FacilityPolicy,
  type FacilityType,
  type IsoDate,
  type MaintenancePeriod,
  type MaintenancePlan,
  maintenanceStatus,
  recordFacilityMaintenance,
  registerFacility,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { estateScoped } from "../../auth/index.ts";
import { NotFoundError } from "../../errors/index.ts";
import type {
  Facility as FacilityRow,
  MaintenancePlan as MaintenancePlanRow,
  Prisma,
} from "../../generated/prisma/client.ts";
import { dateColumn, isoOf } from "../estate-dates.ts";
import { callDomain, ensure, type GlobalId, idOf, type ServiceContext } from "../support.ts";

/**
 * The facility ledger 设施设备台账 and its maintenance 维保 (R-FAC-1, R-FAC-2): register a facility,
 * plan its periodic maintenance, record maintenance done (the plan's next due date moves on, as
 * the domain computes it). Engineering and the manager keep them; every staff member of the
 * estate may read them.
 */

/** Who keeps the ledger and the maintenance plans. */
export const FACILITY_KEEPER_ROLES = ["engineering", "manager"] as const;

/** The estate's facility policy (grace days before maintenance counts as overdue). */
export function facilityPolicyOf(policy: unknown): Partial<FacilityPolicy> {
  return ((policy ?? {}) as { facilities?: Partial<FacilityPolicy> }).facilities ?? {};
}

/** Today in the estate's time zone. */
export function estateToday(now: Date, timeZone: string): IsoDate {
  return businessDateOf(now, timeZone);
}

/** The domain's ledger entry for a facility row (its history lives in its own rows). */
export function domainFacility(row: FacilityRow): FacilityLedgerEntry {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    model: row.model ?? "",
    parameters: (row.parameters ?? {}) as Record<string, string>,
    installedOn: row.installedOn ? isoOf(row.installedOn) : "",
    ...(row.warrantyUntil ? { warrantyEndsOn: isoOf(row.warrantyUntil) } : {}),
    location: row.location ?? "",
    // The domain only appends to the history; the rows are the history, so none are loaded.
    maintenanceHistory: [],
  };
}

/** The domain's plan for a plan row: until first done, it is due on its start date. */
export function domainMaintenancePlan(row: MaintenancePlanRow): MaintenancePlan {
  return {
    id: row.id,
    facilityType: row.facilityType,
    ...(row.facilityId ? { facilityId: row.facilityId } : {}),
    task: row.title,
    period: row.period,
    startsOn: isoOf(row.nextDueOn),
    ...(row.lastDoneOn ? { lastDoneOn: isoOf(row.lastDoneOn) } : {}),
  };
}

async function keeperEstate(sc: ServiceContext, estateId: GlobalId) {
  const id = idOf(estateId, "Estate", "estate", ["input", "estateId"]);
  if (!sc.viewer.isStaffIn(id)) throw new NotFoundError("estate", ["input", "estateId"]);
  ensure(sc.viewer.isStaffIn(id, FACILITY_KEEPER_ROLES));
  return sc.prisma.estate.findUniqueOrThrow({
    where: { id },
    select: { id: true, timeZone: true, policy: true },
  });
}

export interface FacilityRegisterInput {
  readonly estateId: GlobalId;
  readonly type: FacilityType;
  readonly name: string;
  readonly model: string;
  readonly location: string;
  readonly installedOn: Date;
  readonly warrantyEndsOn?: Date | null;
  readonly parameters?: readonly { name: string; value: string }[] | null;
}

/** R-FAC-1: opens a facility's ledger entry (the domain checks the dates and required texts). */
export async function registerFacilityEntry(sc: ServiceContext, input: FacilityRegisterInput) {
  const estate = await keeperEstate(sc, input.estateId);
  const entry = callDomain(() =>
    registerFacility({
      id: uuidv7(),
      type: input.type,
      name: input.name,
      model: input.model,
      location: input.location,
      installedOn: isoOf(input.installedOn),
      ...(input.warrantyEndsOn ? { warrantyEndsOn: isoOf(input.warrantyEndsOn) } : {}),
      parameters: Object.fromEntries((input.parameters ?? []).map((p) => [p.name, p.value])),
    }),
  );
  return sc.prisma.facility.create({
    data: {
      id: entry.id,
      estateId: estate.id,
      type: entry.type,
      name: entry.name,
      model: entry.model,
      parameters: entry.parameters,
      location: entry.location,
      installedOn: dateColumn(entry.installedOn),
      warrantyUntil: entry.warrantyEndsOn ? dateColumn(entry.warrantyEndsOn) : null,
    },
  });
}

export interface MaintenancePlanCreateInput {
  readonly estateId: GlobalId;
  readonly facilityType?: FacilityType | null;
  readonly facilityId?: GlobalId | null;
  readonly title: string;
  readonly period: MaintenancePeriod;
  readonly startsOn: Date;
}

/** R-FAC-2: a maintenance plan for a class of facility, or one facility, first due on `startsOn`. */
export async function createMaintenancePlan(sc: ServiceContext, input: MaintenancePlanCreateInput) {
  const estate = await keeperEstate(sc, input.estateId);
  const facilityId = input.facilityId
    ? idOf(input.facilityId, "Facility", "facility", ["input", "facilityId"])
    : undefined;
  const facility = facilityId
    ? await sc.prisma.facility.findFirst({
        where: { id: facilityId, estateId: estate.id },
        select: { type: true },
      })
    : undefined;
  if (facilityId && !facility) throw new NotFoundError("facility", ["input", "facilityId"]);
  const facilityType = facility?.type ?? input.facilityType;
  if (!facilityType) throw new NotFoundError("facility", ["input", "facilityId"]);
  const plan: MaintenancePlan = {
    id: uuidv7(),
    facilityType,
    ...(facilityId ? { facilityId } : {}),
    task: input.title,
    period: input.period,
    startsOn: isoOf(input.startsOn),
  };
  const status = callDomain(() =>
    maintenanceStatus(plan, estateToday(sc.now, estate.timeZone), facilityPolicyOf(estate.policy)),
  );
  return sc.prisma.maintenancePlan.create({
    data: {
      id: plan.id,
      estateId: estate.id,
      facilityType,
      facilityId: facilityId ?? null,
      title: plan.task,
      period: plan.period,
      nextDueOn: dateColumn(status.nextDueOn),
    },
  });
}

export interface FacilityMaintenanceRecordInput {
  readonly facilityId: GlobalId;
  readonly planId?: GlobalId | null;
  readonly doneOn: Date;
  readonly work: string;
  readonly contractor?: string | null;
}

/**
 * R-FAC-1/2: records maintenance done on a facility, appended to its history; when it fulfils a
 * plan, the plan's last-done date (never moved back by a late entry) and next due date follow.
 */
export async function recordMaintenance(sc: ServiceContext, input: FacilityMaintenanceRecordInput) {
  const facilityId = idOf(input.facilityId, "Facility", "facility", ["input", "facilityId"]);
  const facility = await sc.prisma.facility.findFirst({
    where: { id: facilityId, AND: [estateScoped<Prisma.FacilityWhereInput>(sc.viewer)] },
    include: { estate: { select: { timeZone: true, policy: true } } },
  });
  if (!facility) throw new NotFoundError("facility", ["input", "facilityId"]);
  ensure(sc.viewer.isStaffIn(facility.estateId, FACILITY_KEEPER_ROLES));
  const planId = input.planId
    ? idOf(input.planId, "MaintenancePlan", "maintenance plan", ["input", "planId"])
    : undefined;
  const plan = planId
    ? await sc.prisma.maintenancePlan.findFirst({
        where: {
          id: planId,
          estateId: facility.estateId,
          OR: [{ facilityId: facility.id }, { facilityId: null, facilityType: facility.type }],
        },
      })
    : undefined;
  if (planId && !plan) throw new NotFoundError("maintenance plan", ["input", "planId"]);
  const doneOn = isoOf(input.doneOn);
  callDomain(() =>
    recordFacilityMaintenance(domainFacility(facility), {
      doneOn,
      doneBy: input.contractor ?? sc.viewer.name ?? "",
      work: input.work,
      ...(plan ? { planId: plan.id } : {}),
    }),
  );
  const next = plan
    ? callDomain(() => {
        const previous = plan.lastDoneOn ? isoOf(plan.lastDoneOn) : undefined;
        const lastDoneOn = previous && previous > doneOn ? previous : doneOn;
        return {
          lastDoneOn,
          status: maintenanceStatus(
            { ...domainMaintenancePlan(plan), lastDoneOn },
            estateToday(sc.now, facility.estate.timeZone),
            facilityPolicyOf(facility.estate.policy),
          ),
        };
      })
    : undefined;
  return sc.prisma.$transaction(async (tx) => {
    const record = await tx.maintenanceRecord.create({
      data: {
        facilityId: facility.id,
        planId: plan?.id ?? null,
        performedOn: dateColumn(doneOn),
        performedById: sc.viewer.userId ?? null,
        contractor: input.contractor ?? null,
        findings: input.work,
      },
    });
    if (plan && next) {
      await tx.maintenancePlan.update({
        where: { id: plan.id },
        data: { lastDoneOn: dateColumn(next.lastDoneOn), nextDueOn: dateColumn(next.status.nextDueOn) },
      });
    }
    return { record, planId: plan?.id ?? null };
  });
}
