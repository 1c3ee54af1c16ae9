import { calendarErrors, daysBetween, type IsoDate, isIsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import { defineWorkflow } from "../workflow/index.ts";
import { occupancyErrors } from "./errors.ts";
import { checkUnitHandover } from "./handover.ts";
import { checkOwnerArchive } from "./owner-archive.ts";
import { type OccupancyPolicyInput, resolveOccupancyPolicy } from "./policy.ts";
import type { OwnerArchive, Resident, TenantRecord, UnitHandover } from "./types.ts";

/** A unit's occupancy: not yet handed over, handed over and empty, or lived in. */
export type OccupancyStatus = "awaitingHandover" | "vacant" | "occupied";

/** Who lives in an occupied unit: the owner's household, or a registered tenant's. */
export type Occupant = { readonly kind: "owner" } | { readonly kind: "tenant"; readonly tenantId: string };

/** The occupancy of one unit, which the cashier follows for billing (R-HND-4). */
export interface UnitOccupancy {
  readonly unitId: string;
  readonly status: OccupancyStatus;
  /** The handover date; fees start on it (R-HND-3). */
  readonly handedOverOn?: IsoDate;
  /** The day the current status began: handover or move-out when vacant, move-in when occupied. */
  readonly since?: IsoDate;
  readonly occupant?: Occupant;
}

export interface HandOverData {
  readonly handover: UnitHandover;
  readonly policy?: OccupancyPolicyInput;
}

export interface MoveInData {
  /** The move-in date 入住日期, in the estate's time zone. */
  readonly date: IsoDate;
  readonly archive: OwnerArchive;
  /** The people who will live there; they become the archive's residents. */
  readonly residents: readonly Resident[];
  /** Present when a tenant moves in: the record made by `registerTenant` (R-ARC-2). */
  readonly tenant?: TenantRecord;
}

export interface MoveOutData {
  /** The day the household leaves; the unit is vacant from that day. */
  readonly date: IsoDate;
}

export interface OccupancyActions {
  handOver: HandOverData;
  moveIn: MoveInData;
  moveOut: MoveOutData;
}

function assertUnit(record: UnitOccupancy, unitId: string, path: readonly string[]): void {
  if (record.unitId !== unitId) {
    throw occupancyErrors.OCC_WRONG_UNIT.error({ expected: record.unitId, got: unitId }, path);
  }
}

function notBeforeLastChange(record: UnitOccupancy, date: IsoDate): Refusal[] {
  if (!isIsoDate(date)) throw calendarErrors.CAL_INVALID_DATE.error({ date: String(date) }, ["date"]);
  return record.since !== undefined && daysBetween(record.since, date) < 0
    ? [occupancyErrors.OCC_DATE_BEFORE_LAST_CHANGE.refuse({ date, since: record.since }, ["date"])]
    : [];
}

function moveInRefusals(record: UnitOccupancy, data: MoveInData): readonly Refusal[] {
  assertUnit(record, data.archive.unitId, ["archive", "unitId"]);
  const refusals = notBeforeLastChange(record, data.date);
  // R-ARC-1: the archive, with the people moving in, is complete before move-in.
  refusals.push(...checkOwnerArchive({ ...data.archive, residents: data.residents }).missing);
  const tenant = data.tenant;
  if (tenant) {
    assertUnit(record, tenant.unitId, ["tenant", "unitId"]);
    // R-ARC-2: the tenant moves in within the tenancy the owner confirmed.
    if (data.date < tenant.tenancy.from || data.date > tenant.tenancy.to) {
      refusals.push(
        occupancyErrors.OCC_TENANCY_NOT_CURRENT.refuse(
          { date: data.date, from: tenant.tenancy.from, to: tenant.tenancy.to },
          ["tenant", "tenancy"],
        ),
      );
    }
  }
  return refusals;
}

/**
 * A unit's occupancy (R-HND-2, R-HND-4): handed over once the checklist is complete, then moved
 * into and out of; billing follows each change.
 */
export const unitOccupancyWorkflow = defineWorkflow<OccupancyStatus, OccupancyActions, UnitOccupancy>({
  name: "unit occupancy",
  states: ["awaitingHandover", "vacant", "occupied"],
  initial: "awaitingHandover",
  final: [],
  transitions: [
    {
      action: "handOver",
      from: "awaitingHandover",
      to: "vacant",
      rules: ["R-HND-2", "R-HND-3"],
      roles: ["customer_service", "manager"],
      note: "the handover checklist is complete; fees start that day",
      guard: ({ record, data }) => {
        assertUnit(record, data.handover.unitId, ["handover", "unitId"]);
        return checkUnitHandover(data.handover, resolveOccupancyPolicy(data.policy)).missing;
      },
    },
    {
      action: "moveIn",
      from: "vacant",
      to: "occupied",
      rules: ["R-HND-4", "R-ARC-1", "R-ARC-2"],
      roles: ["customer_service", "manager"],
      note: "owner archive complete; a tenant registered with the owner's consent",
      guard: ({ record, data }) => moveInRefusals(record, data),
    },
    {
      action: "moveOut",
      from: "occupied",
      to: "vacant",
      rules: ["R-HND-4", "R-FEE-11"],
      roles: ["customer_service", "manager"],
      note: "the unit is vacant from the move-out date",
      guard: ({ record, data }) => notBeforeLastChange(record, data.date),
    },
  ],
});
