import type { Prisma } from "../generated/prisma/client.ts";
import {
  AssemblyVoteStatus,
  BillStatus,
  CommunityEventStatus,
  ComplaintStatus,
  IncidentStatus,
  MaintenanceFundUseStatus,
  OccupancyStatus,
  ReleasePassStatus,
  RenovationStatus,
  RenovationViolationStatus,
  RepairStatus,
  ServiceRequestStatus,
} from "../generated/prisma/enums.ts";
import type { WuyeTx } from "./append-only.ts";
import { StaleTransitionError, UnknownStateError } from "./errors.ts";
import { appendHistoryEvent } from "./history.ts";
import { type AppendedLedgerEntry, appendLedgerEntries, type LedgerEntry } from "./ledger.ts";

/**
 * Column changes allowed alongside a transition, per workflow, keyed by the name the domain's
 * `defineWorkflow` gives it (`complaint`, `release pass`…); state and version are set here.
 * `bill` and `community event` have no domain workflow yet but keep state the same way.
 */
interface WorkflowChanges {
  complaint: Prisma.ComplaintUncheckedUpdateManyInput;
  repair: Prisma.RepairOrderUncheckedUpdateManyInput;
  renovation: Prisma.RenovationApplicationUncheckedUpdateManyInput;
  "renovation violation": Prisma.RenovationViolationUncheckedUpdateManyInput;
  "release pass": Prisma.ReleasePassUncheckedUpdateManyInput;
  "service request": Prisma.ServiceRequestUncheckedUpdateManyInput;
  incident: Prisma.IncidentUncheckedUpdateManyInput;
  "unit occupancy": Prisma.UnitUncheckedUpdateManyInput;
  "community event": Prisma.CommunityEventUncheckedUpdateManyInput;
  bill: Prisma.BillUncheckedUpdateManyInput;
  "assembly vote": Prisma.AssemblyVoteUncheckedUpdateManyInput;
  "maintenance fund use": Prisma.MaintenanceFundUseUncheckedUpdateManyInput;
}

/** The workflows whose records keep a `status` and `version`, by the name their events carry. */
export type WorkflowName = keyof WorkflowChanges;

/** Each workflow's states, as the database enum knows them (the domain's state names). */
const WORKFLOW_STATES: { readonly [W in WorkflowName]: Readonly<Record<string, string>> } = {
  complaint: ComplaintStatus,
  repair: RepairStatus,
  renovation: RenovationStatus,
  "renovation violation": RenovationViolationStatus,
  "release pass": ReleasePassStatus,
  "service request": ServiceRequestStatus,
  incident: IncidentStatus,
  "unit occupancy": OccupancyStatus,
  "community event": CommunityEventStatus,
  bill: BillStatus,
  "assembly vote": AssemblyVoteStatus,
  "maintenance fund use": MaintenanceFundUseStatus,
};

/** Whether the database keeps records of this workflow (a domain event names its workflow). */
export function isStoredWorkflow(name: string): name is WorkflowName {
  return Object.hasOwn(WORKFLOW_STATES, name);
}

/**
 * A workflow event as the domain's `defineWorkflow` produces it (R-QLT-2): who moved the record
 * from which state to which, when, with what data. Structurally the domain's `WorkflowEvent`.
 */
export interface TransitionEvent<W extends WorkflowName = WorkflowName> {
  readonly workflow: W;
  readonly action: string;
  readonly from: string;
  readonly to: string;
  /** `role: "system"` for timers and re-evaluation; otherwise `id` is a User id. */
  readonly actor: { readonly id: string; readonly role: string; readonly name?: string };
  readonly at: Date;
  readonly data?: unknown;
}

type Settable<W extends WorkflowName> = Omit<
  WorkflowChanges[W],
  "id" | "status" | "version" | "createdAt" | "updatedAt"
>;

export interface RecordTransitionInput<W extends WorkflowName> {
  readonly recordId: string;
  readonly event: TransitionEvent<W>;
  /** The version the caller read; omit to check the from-state only. */
  readonly expectedVersion?: number;
  /** Other columns the transition sets (assignee, deadlines, resolution…). */
  readonly changes?: Settable<W>;
  /** Money movements that belong to this step (a deposit settlement, a payment…). */
  readonly ledger?: readonly LedgerEntry[];
}

export interface RecordedTransition {
  readonly eventId: string;
  readonly ledger: readonly AppendedLedgerEntry[];
}

/**
 * Writes one workflow step inside the caller's transaction: the record's new state (a
 * compare-and-set on its current state, and version when given), its history event and any
 * ledger entries. Run it in `db.prisma.$transaction(...)`: the three commit together or not at
 * all. A record no longer in `event.from` raises {@link StaleTransitionError}, rolling back.
 */
export async function recordTransition<W extends WorkflowName>(
  tx: WuyeTx,
  input: RecordTransitionInput<W>,
): Promise<RecordedTransition> {
  const { recordId, event } = input;
  const states = WORKFLOW_STATES[event.workflow];
  for (const state of [event.from, event.to]) {
    if (!Object.hasOwn(states, state)) throw new UnknownStateError(event.workflow, state);
  }
  const where = {
    id: recordId,
    status: event.from,
    ...(input.expectedVersion === undefined ? {} : { version: input.expectedVersion }),
  };
  const data = { ...input.changes, status: event.to, version: { increment: 1 } };
  const moved = await moveState(tx, event.workflow, where, data);
  if (moved !== 1)
    throw new StaleTransitionError(event.workflow, recordId, event.from, input.expectedVersion);

  const history = await appendHistoryEvent(tx, recordId, event);
  const ledger = await appendLedgerEntries(tx, input.ledger ?? []);
  return { eventId: history.eventId, ledger };
}

// The casts below are safe: `where.status`/`data.status` were checked against the workflow's enum.
async function moveState(
  tx: WuyeTx,
  workflow: WorkflowName,
  where: { id: string; status: string; version?: number },
  data: Record<string, unknown>,
): Promise<number> {
  switch (workflow) {
    case "complaint":
      return (
        await tx.complaint.updateMany({
          where: where as Prisma.ComplaintWhereInput,
          data: data as Prisma.ComplaintUncheckedUpdateManyInput,
        })
      ).count;
    case "repair":
      return (
        await tx.repairOrder.updateMany({
          where: where as Prisma.RepairOrderWhereInput,
          data: data as Prisma.RepairOrderUncheckedUpdateManyInput,
        })
      ).count;
    case "renovation":
      return (
        await tx.renovationApplication.updateMany({
          where: where as Prisma.RenovationApplicationWhereInput,
          data: data as Prisma.RenovationApplicationUncheckedUpdateManyInput,
        })
      ).count;
    case "renovation violation":
      return (
        await tx.renovationViolation.updateMany({
          where: where as Prisma.RenovationViolationWhereInput,
          data: data as Prisma.RenovationViolationUncheckedUpdateManyInput,
        })
      ).count;
    case "release pass":
      return (
        await tx.releasePass.updateMany({
          where: where as Prisma.ReleasePassWhereInput,
          data: data as Prisma.ReleasePassUncheckedUpdateManyInput,
        })
      ).count;
    case "service request":
      return (
        await tx.serviceRequest.updateMany({
          where: where as Prisma.ServiceRequestWhereInput,
          data: data as Prisma.ServiceRequestUncheckedUpdateManyInput,
        })
      ).count;
    case "incident":
      return (
        await tx.incident.updateMany({
          where: where as Prisma.IncidentWhereInput,
          data: data as Prisma.IncidentUncheckedUpdateManyInput,
        })
      ).count;
    case "unit occupancy":
      return (
        await tx.unit.updateMany({
          where: where as Prisma.UnitWhereInput,
          data: data as Prisma.UnitUncheckedUpdateManyInput,
        })
      ).count;
    case "community event":
      return (
        await tx.communityEvent.updateMany({
          where: where as Prisma.CommunityEventWhereInput,
          data: data as Prisma.CommunityEventUncheckedUpdateManyInput,
        })
      ).count;
    case "bill":
      return (
        await tx.bill.updateMany({
          where: where as Prisma.BillWhereInput,
          data: data as Prisma.BillUncheckedUpdateManyInput,
        })
      ).count;
    case "assembly vote":
      return (
        await tx.assemblyVote.updateMany({
          where: where as Prisma.AssemblyVoteWhereInput,
          data: data as Prisma.AssemblyVoteUncheckedUpdateManyInput,
        })
      ).count;
    case "maintenance fund use":
      return (
        await tx.maintenanceFundUse.updateMany({
          where: where as Prisma.MaintenanceFundUseWhereInput,
          data: data as Prisma.MaintenanceFundUseUncheckedUpdateManyInput,
        })
      ).count;
  }
}
