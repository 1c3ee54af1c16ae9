import {
  advanceIncident,
  declareIncident,
  type EmergencyType,
  type Incident,
  type IncidentAction,
  type IncidentActionData,
  type IncidentNotification,
  type IncidentNotificationChannel,
  type IncidentNotificationInput,
  type IncidentStep,
  incidentWorkflow,
  residentsNotYetNotified,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { estateScoped, staffRolesFor } from "../../auth/index.ts";
import { appendHistoryEvent, recordTransition, type WuyeTx } from "../../db/index.ts";
import { NotFoundError } from "../../errors/index.ts";
import type { Incident as IncidentRow, Prisma } from "../../generated/prisma/client.ts";
import { dateColumn, inForceOn } from "../estate-dates.ts";
import { estateToday } from "../facilities/ledger.ts";
import {
  accepted,
  callDomain,
  ensure,
  type GlobalId,
  idOf,
  reviveDomainData,
  type ServiceContext,
  writeStep,
} from "../support.ts";

/**
 * Incidents 突发事件 (R-EMG-3): declared → every affected resident notified → actions logged →
 * closed → reviewed. The affected residents are the people living in the units named (or the
 * whole estate) when it is declared; notifications and the close summary are kept in the
 * history, actions in their own rows, so the domain's incident is rebuilt exactly each step.
 */

/** Who declares an incident: security on duty, or the manager. */
export const INCIDENT_DECLARER_ROLES = ["security", "manager"] as const;

export interface IncidentDeclareInput {
  readonly estateId: GlobalId;
  readonly type: EmergencyType;
  readonly title: string;
  readonly planId?: GlobalId | null;
  readonly wholeEstate?: boolean | null;
  readonly buildingIds?: readonly GlobalId[] | null;
  readonly unitIds?: readonly GlobalId[] | null;
}

/** The people living in the affected units today (owners, tenants, family…), each once. */
async function affectedResidents(
  sc: ServiceContext,
  estateId: string,
  timeZone: string,
  input: IncidentDeclareInput,
) {
  const today = dateColumn(estateToday(sc.now, timeZone));
  const unitIds = (input.unitIds ?? []).map((id, i) =>
    idOf(id, "Unit", "unit", ["input", "unitIds", String(i)]),
  );
  const buildingIds = (input.buildingIds ?? []).map((id, i) =>
    idOf(id, "Building", "building", ["input", "buildingIds", String(i)]),
  );
  const where: Prisma.UnitWhereInput = input.wholeEstate
    ? { estateId }
    : { estateId, OR: [{ id: { in: unitIds } }, { buildingId: { in: buildingIds } }] };
  const occupancies = await sc.prisma.occupancy.findMany({
    where: {
      unit: where,
      ...inForceOn(today),
    },
    select: { personId: true },
    orderBy: [{ personId: "asc" }],
  });
  return [...new Set(occupancies.map((o) => o.personId))];
}

/** R-EMG-3: declares an incident; everyone living in the affected units must then be told. */
export async function declareEstateIncident(sc: ServiceContext, input: IncidentDeclareInput) {
  const estateId = idOf(input.estateId, "Estate", "estate", ["input", "estateId"]);
  if (!sc.viewer.isStaffIn(estateId)) throw new NotFoundError("estate", ["input", "estateId"]);
  ensure(sc.viewer.isStaffIn(estateId, INCIDENT_DECLARER_ROLES));
  const estate = await sc.prisma.estate.findUniqueOrThrow({
    where: { id: estateId },
    select: { timeZone: true },
  });
  const planId = input.planId
    ? idOf(input.planId, "EmergencyPlan", "emergency plan", ["input", "planId"])
    : undefined;
  if (
    planId &&
    !(await sc.prisma.emergencyPlan.findFirst({ where: { id: planId, estateId }, select: { id: true } }))
  ) {
    throw new NotFoundError("emergency plan", ["input", "planId"]);
  }
  const actor = sc.viewer.actorIn(estateId, [...INCIDENT_DECLARER_ROLES]);
  const affectedResidentIds = await affectedResidents(sc, estateId, estate.timeZone, input);
  const incident = callDomain(() =>
    declareIncident({
      id: uuidv7(),
      type: input.type,
      title: input.title,
      ...(planId ? { planId } : {}),
      declaredAt: sc.now,
      declaredBy: actor,
      affectedResidentIds,
    }),
  );
  return sc.prisma.$transaction(async (tx) => {
    const row = await tx.incident.create({
      data: {
        id: incident.id,
        estateId,
        planId: planId ?? null,
        type: incident.type,
        title: incident.title,
        status: incident.status,
        declaredAt: incident.declaredAt,
        declaredById: actor.id,
      },
    });
    await appendHistoryEvent(tx, row.id, {
      workflow: "incident",
      action: "declare",
      from: incident.status,
      to: incident.status,
      actor,
      at: sc.now,
      data: { affectedResidentIds: incident.affectedResidentIds },
    });
    return row;
  });
}

interface StoredEvent {
  readonly action: string;
  readonly actorId: string | null;
  readonly actorRole: string;
  readonly at: Date;
  readonly data: unknown;
}

/** The domain's incident from its row, its actions and its history. */
export function domainIncident(
  row: IncidentRow,
  events: readonly StoredEvent[],
  actions: readonly { action: string; at: Date; actorId: string }[],
): Incident {
  const data = <T>(event: StoredEvent | undefined) => reviveDomainData<T | null>(event?.data) ?? undefined;
  const declared = events.find((e) => e.action === "declare");
  const notifications: IncidentNotification[] = events
    .filter((e) => e.action === "recordNotifications" || e.action === "notifyResidents")
    .flatMap((e) =>
      (data<{ notifications: IncidentNotificationInput[] }>(e)?.notifications ?? []).map((n) => ({
        residentId: n.residentId,
        channel: n.channel,
        at: e.at,
        by: e.actorId ?? "system",
      })),
    );
  const reviewed = events.find((e) => e.action === "review");
  const summary = data<{ summary: string }>(events.find((e) => e.action === "close"))?.summary;
  return {
    id: row.id,
    status: row.status,
    type: row.type,
    title: row.title,
    ...(row.planId ? { planId: row.planId } : {}),
    declaredAt: row.declaredAt,
    declaredBy: { id: row.declaredById, role: declared?.actorRole ?? "unknown" },
    affectedResidentIds: data<{ affectedResidentIds: string[] }>(declared)?.affectedResidentIds ?? [],
    notifications,
    actions: actions.map((a) => ({ description: a.action, at: a.at, by: a.actorId })),
    ...(row.closedAt ? { closedAt: row.closedAt } : {}),
    ...(summary ? { summary } : {}),
    ...(reviewed
      ? {
          review: {
            at: reviewed.at,
            by: reviewed.actorId ?? "system",
            lessonsLearned: (row.lessonsLearned ?? "").split("\n").filter((l) => l !== ""),
          },
        }
      : {}),
  };
}

const INCIDENT_PATH = ["input", "incidentId"];

async function loadIncident(sc: ServiceContext, globalId: GlobalId) {
  const id = idOf(globalId, "Incident", "incident", INCIDENT_PATH);
  const row = await sc.prisma.incident.findFirst({
    where: { id, AND: [estateScoped<Prisma.IncidentWhereInput>(sc.viewer)] },
    include: { actions: { orderBy: [{ at: "asc" }, { id: "asc" }] } },
  });
  if (!row) throw new NotFoundError("incident", INCIDENT_PATH);
  const events = await sc.prisma.workflowEvent.findMany({
    where: { workflow: "incident", recordId: id },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { action: true, actorId: true, actorRole: true, at: true, data: true },
  });
  return { row, incident: domainIncident(row, events, row.actions) };
}

export interface IncidentStepInput {
  readonly incidentId: GlobalId;
  readonly expectedVersion?: number | null;
}

/** One step of an incident through the domain, written with its history (and its rows) together. */
async function stepIncident<A extends IncidentAction>(
  sc: ServiceContext,
  input: IncidentStepInput,
  action: A,
  data: (incident: Incident) => IncidentActionData[A],
  write: (
    tx: WuyeTx,
    step: Extract<IncidentStep<A>, { ok: true }>,
  ) => { changes?: Prisma.IncidentUncheckedUpdateManyInput; alongside?: () => Promise<unknown> } = () => ({}),
) {
  const { row, incident } = await loadIncident(sc, input.incidentId);
  const actor = sc.viewer.actorIn(row.estateId, staffRolesFor(incidentWorkflow, action));
  const request = { action, actor, at: sc.now, data: callDomain(() => data(incident)) };
  const step = accepted(callDomain(() => advanceIncident(incident, request))) as Extract<
    IncidentStep<A>,
    { ok: true }
  >;
  await writeStep("incident", () =>
    sc.prisma.$transaction(async (tx) => {
      const { changes, alongside } = write(tx, step);
      await recordTransition(tx, {
        recordId: row.id,
        event: { ...step.event, workflow: "incident" },
        ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
        ...(changes ? { changes } : {}),
      });
      await alongside?.();
    }),
  );
  return { incidentId: row.id, incident: step.incident };
}

export interface IncidentNotificationsInput extends IncidentStepInput {
  readonly notifications?: readonly { residentId: GlobalId; channel: IncidentNotificationChannel }[] | null;
  /** Tell every affected resident not yet told, by this channel (an SMS to all, a broadcast). */
  readonly remainingVia?: IncidentNotificationChannel | null;
}

function notificationBatch(
  incident: Incident,
  input: IncidentNotificationsInput,
): IncidentNotificationInput[] {
  const named = (input.notifications ?? []).map((n, i) => ({
    residentId: idOf(n.residentId, "Person", "person", ["input", "notifications", String(i), "residentId"]),
    channel: n.channel,
  }));
  const rest = input.remainingVia
    ? residentsNotYetNotified(incident, named).map((residentId) => ({
        residentId,
        channel: input.remainingVia!,
      }))
    : [];
  return [...named, ...rest];
}

/** R-EMG-3: a batch of residents told; more to come. */
export function recordIncidentNotifications(sc: ServiceContext, input: IncidentNotificationsInput) {
  return stepIncident(sc, input, "recordNotifications", (incident) => ({
    notifications: notificationBatch(incident, input),
  }));
}

/** R-EMG-3: the last batch: every affected resident has been told (the domain checks). */
export function notifyIncidentResidents(sc: ServiceContext, input: IncidentNotificationsInput) {
  return stepIncident(
    sc,
    input,
    "notifyResidents",
    (incident) => ({ notifications: notificationBatch(incident, input) }),
    () => ({ changes: { residentsNotifiedAt: sc.now } }),
  );
}

/** R-EMG-3: an action taken, logged with who and when. */
export function logIncidentAction(sc: ServiceContext, input: IncidentStepInput & { description: string }) {
  return stepIncident(
    sc,
    input,
    "logAction",
    () => ({ description: input.description }),
    (tx, step) => ({
      alongside: () =>
        tx.incidentAction.create({
          data: {
            incidentId: step.incident.id,
            at: sc.now,
            actorId: step.event.actor.id,
            action: input.description.trim(),
          },
        }),
    }),
  );
}

/** R-EMG-3: closed once everyone affected was told and actions were logged, with a summary. */
export function closeIncident(sc: ServiceContext, input: IncidentStepInput & { summary: string }) {
  return stepIncident(
    sc,
    input,
    "close",
    () => ({ summary: input.summary }),
    () => ({ changes: { closedAt: sc.now } }),
  );
}

/** R-EMG-3: the review records the lessons learned. */
export function reviewIncident(
  sc: ServiceContext,
  input: IncidentStepInput & { lessonsLearned: readonly string[] },
) {
  return stepIncident(
    sc,
    input,
    "review",
    () => ({ lessonsLearned: input.lessonsLearned }),
    (_tx, step) => ({ changes: { lessonsLearned: (step.incident.review?.lessonsLearned ?? []).join("\n") } }),
  );
}
