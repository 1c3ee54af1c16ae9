import { daysBetween, type IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import type { Actor, WorkflowEvent } from "../workflow/index.ts";
import {
  type HandOverData,
  type MoveInData,
  type MoveOutData,
  type OccupancyActions,
  type OccupancyStatus,
  type Occupant,
  type UnitOccupancy,
  unitOccupancyWorkflow,
} from "./occupancy-workflow.ts";
import { type OccupancyPolicyInput, resolveOccupancyPolicy } from "./policy.ts";
import type { Resident } from "./types.ts";

/** What billing must do after an occupancy change, as data for the fees area. */
export type OccupancyBillingEffect =
  /** R-HND-3: the property fee is charged from the handover date. */
  | {
      readonly kind: "chargesStart";
      readonly unitId: string;
      readonly from: IsoDate;
      readonly rule: "R-HND-3";
    }
  /** R-FEE-11: the unit stands empty from this day (a vacancy discount may apply after its threshold). */
  | {
      readonly kind: "vacancyStarts";
      readonly unitId: string;
      readonly from: IsoDate;
      readonly rule: "R-FEE-11";
    }
  /** R-HND-4: the unit is lived in from this day; `vacantDays` is how long it stood empty before. */
  | {
      readonly kind: "occupancyStarts";
      readonly unitId: string;
      readonly from: IsoDate;
      readonly occupant: Occupant;
      readonly vacantDays: number;
      readonly rule: "R-HND-4";
    };

/** Everything a change asks of other people: billing, departments, archive, access cards. */
export interface OccupancyEffects {
  readonly billing: readonly OccupancyBillingEffect[];
  /** Departments sent the move-in notice 入住知会单 (R-HND-4). */
  readonly notify: readonly string[];
  /** R-ARC-1: the archive's residents after the change. */
  readonly archiveResidents?: readonly Resident[];
  /** R-ACC-1: access cards of the household are revoked on move-out. */
  readonly revokeAccessCards: boolean;
}

export type OccupancyStep<A extends keyof OccupancyActions> =
  | {
      readonly ok: true;
      readonly occupancy: UnitOccupancy;
      readonly event: WorkflowEvent<OccupancyStatus, A>;
      readonly effects: OccupancyEffects;
    }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

export interface OccupancyStepOptions {
  readonly actor: Actor;
  readonly at: Date;
}

/** A unit the developer has delivered but not yet handed over to its owner. */
export function newUnitOccupancy(unitId: string): UnitOccupancy {
  return { unitId, status: unitOccupancyWorkflow.definition.initial };
}

function step<A extends keyof OccupancyActions>(
  occupancy: UnitOccupancy,
  action: A,
  data: OccupancyActions[A],
  options: OccupancyStepOptions,
  after: (occupancy: UnitOccupancy) => { occupancy: UnitOccupancy; effects: OccupancyEffects },
): OccupancyStep<A> {
  const result = unitOccupancyWorkflow.transition(occupancy.status, occupancy, {
    action,
    data,
    actor: options.actor,
    at: options.at,
  });
  if (!result.ok) return result;
  return { ok: true, event: result.event, ...after({ ...occupancy, status: result.state }) };
}

/** R-HND-2/3: hands the unit over once the checklist is complete; charges and vacancy start that day. */
export function handOverUnit(
  occupancy: UnitOccupancy,
  options: OccupancyStepOptions & HandOverData,
): OccupancyStep<"handOver"> {
  const data: HandOverData = { handover: options.handover, policy: options.policy };
  const from = data.handover.handedOverOn;
  return step(occupancy, "handOver", data, options, (next) => ({
    occupancy: { ...next, handedOverOn: from, since: from },
    effects: {
      billing: [
        { kind: "chargesStart", unitId: next.unitId, from, rule: "R-HND-3" },
        { kind: "vacancyStarts", unitId: next.unitId, from, rule: "R-FEE-11" },
      ],
      notify: [],
      revokeAccessCards: false,
    },
  }));
}

/**
 * R-HND-4: confirms a move-in — the owner's, or a registered tenant's (R-ARC-2) — once the owner
 * archive is complete (R-ARC-1). Billing follows the occupancy from the move-in date, the
 * departments are notified and the archive's residents updated.
 */
export function confirmMoveIn(
  occupancy: UnitOccupancy,
  options: OccupancyStepOptions & MoveInData & { readonly policy?: OccupancyPolicyInput },
): OccupancyStep<"moveIn"> {
  const data: MoveInData = {
    date: options.date,
    archive: options.archive,
    residents: options.residents,
    tenant: options.tenant,
  };
  const policy = resolveOccupancyPolicy(options.policy);
  const occupant: Occupant = data.tenant ? { kind: "tenant", tenantId: data.tenant.id } : { kind: "owner" };
  return step(occupancy, "moveIn", data, options, (next) => ({
    occupancy: { ...next, since: data.date, occupant },
    effects: {
      billing: [
        {
          kind: "occupancyStarts",
          unitId: next.unitId,
          from: data.date,
          occupant,
          vacantDays: occupancy.since === undefined ? 0 : daysBetween(occupancy.since, data.date),
          rule: "R-HND-4",
        },
      ],
      notify: policy.moveInNotify,
      archiveResidents: data.residents,
      revokeAccessCards: false,
    },
  }));
}

/**
 * R-HND-4: records a move-out. The unit is vacant from the move-out date (R-FEE-11), the archive
 * keeps no residents, and the household's access cards are revoked (R-ACC-1).
 */
export function confirmMoveOut(
  occupancy: UnitOccupancy,
  options: OccupancyStepOptions & MoveOutData,
): OccupancyStep<"moveOut"> {
  const data: MoveOutData = { date: options.date };
  return step(occupancy, "moveOut", data, options, (next) => {
    return {
      occupancy: {
        unitId: next.unitId,
        status: next.status,
        handedOverOn: next.handedOverOn,
        since: data.date,
      },
      effects: {
        billing: [{ kind: "vacancyStarts", unitId: next.unitId, from: data.date, rule: "R-FEE-11" }],
        notify: [],
        archiveResidents: [],
        revokeAccessCards: true,
      },
    };
  });
}
