import type { Refusal } from "../errors/index.ts";
import type { Actor, TransitionRequest, WorkflowEvent } from "../workflow/index.ts";
import { emergencyErrors } from "./errors.ts";
import { type IncidentAction, type IncidentActionData, incidentWorkflow } from "./incident-workflow.ts";
import { isEmergencyType } from "./policy.ts";
import type { EmergencyType, Incident, IncidentStatus } from "./types.ts";

/** What declaring an incident records. */
export interface IncidentDeclaration {
  readonly id: string;
  readonly type: EmergencyType;
  readonly title: string;
  readonly planId?: string;
  readonly declaredAt: Date;
  readonly declaredBy: Actor;
  /** Everyone the incident affects: each must be notified before it can close. */
  readonly affectedResidentIds: readonly string[];
}

/** Declares an incident 启动应急响应 (R-EMG-3); the same resident listed twice counts once. */
export function declareIncident(declaration: IncidentDeclaration): Incident {
  if (!isEmergencyType(declaration.type)) {
    throw emergencyErrors.EMG_UNKNOWN_TYPE.error({ type: String(declaration.type) }, ["type"]);
  }
  if (typeof declaration.title !== "string" || declaration.title.trim() === "") {
    throw emergencyErrors.EMG_FIELD_REQUIRED.error({ field: "title", fieldZh: "事件名称" }, ["title"]);
  }
  return {
    ...declaration,
    status: "declared",
    affectedResidentIds: [...new Set(declaration.affectedResidentIds)],
    notifications: [],
    actions: [],
  };
}

/** The outcome of an action on an incident: the updated incident and its history event, or refusals. */
export type IncidentStep<A extends IncidentAction = IncidentAction> =
  | { readonly ok: true; readonly incident: Incident; readonly event: WorkflowEvent<IncidentStatus, A> }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

type Updates = {
  [A in IncidentAction]: (incident: Incident, data: IncidentActionData[A], at: Date, by: string) => Incident;
};

function withNotifications(
  incident: Incident,
  data: IncidentActionData["notifyResidents"],
  at: Date,
  by: string,
): Incident {
  const batch = data.notifications.map((n) => ({ residentId: n.residentId, channel: n.channel, at, by }));
  return { ...incident, notifications: [...incident.notifications, ...batch] };
}

// What each accepted action writes; notifications and actions are appended, never replaced (R-QLT-2).
const updates: Updates = {
  recordNotifications: withNotifications,
  notifyResidents: withNotifications,
  logAction: (incident, data, at, by) => ({
    ...incident,
    actions: [...incident.actions, { description: data.description, at, by }],
  }),
  close: (incident, data, at) => ({ ...incident, closedAt: at, summary: data.summary }),
  review: (incident, data, at, by) => ({
    ...incident,
    review: { at, by, lessonsLearned: data.lessonsLearned.filter((lesson) => lesson.trim() !== "") },
  }),
};

/**
 * Takes one action on an incident through {@link incidentWorkflow}, returning the updated
 * incident with the event for its history, or every refusal.
 */
export function advanceIncident<A extends IncidentAction>(
  incident: Incident,
  request: TransitionRequest<A, IncidentActionData[A]>,
): IncidentStep<A> {
  const result = incidentWorkflow.transition(incident.status, incident, request);
  if (!result.ok) return result;
  const update = updates[request.action] as (
    incident: Incident,
    data: IncidentActionData[A],
    at: Date,
    by: string,
  ) => Incident;
  const updated = update(incident, request.data, request.at, request.actor.id);
  return { ok: true, incident: { ...updated, status: result.state }, event: result.event };
}
