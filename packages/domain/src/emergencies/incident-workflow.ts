import type { Refusal } from "../errors/index.ts";
import { defineWorkflow, type Workflow } from "../workflow/index.ts";
import { emergencyErrors } from "./errors.ts";
import type { Incident, IncidentNotificationChannel, IncidentStatus } from "./types.ts";

/** A batch of residents told of the incident. */
export interface IncidentNotificationInput {
  readonly residentId: string;
  readonly channel: IncidentNotificationChannel;
}

/** The data each incident action carries. */
export interface IncidentActionData {
  readonly recordNotifications: { readonly notifications: readonly IncidentNotificationInput[] };
  readonly notifyResidents: { readonly notifications: readonly IncidentNotificationInput[] };
  readonly logAction: { readonly description: string };
  readonly close: { readonly summary: string };
  readonly review: { readonly lessonsLearned: readonly string[] };
}

export type IncidentAction = keyof IncidentActionData;

const RESPONDERS = ["security", "engineering", "customer_service", "manager"];
const NOTIFIERS = ["customer_service", "security", "manager", "system"];

function blank(value: unknown): boolean {
  return typeof value !== "string" || value.trim() === "";
}

function unknownResidents(
  incident: Incident,
  batch: readonly IncidentNotificationInput[],
): readonly Refusal[] {
  const affected = new Set(incident.affectedResidentIds);
  return batch
    .filter((n) => !affected.has(n.residentId))
    .map((n) => emergencyErrors.EMG_UNKNOWN_RESIDENT.refuse({ residentId: n.residentId }, ["notifications"]));
}

/** The affected residents nobody has told yet, counting a batch about to be recorded. */
export function residentsNotYetNotified(
  incident: Incident,
  batch: readonly IncidentNotificationInput[] = [],
): readonly string[] {
  const told = new Set([...incident.notifications, ...batch].map((n) => n.residentId));
  return incident.affectedResidentIds.filter((id) => !told.has(id));
}

// R-EMG-3: every affected resident is notified.
function everyoneNotified(
  incident: Incident,
  batch?: readonly IncidentNotificationInput[],
): Refusal | undefined {
  const missing = residentsNotYetNotified(incident, batch);
  if (missing.length === 0) return undefined;
  const examples = missing.slice(0, 5).join(", ") + (missing.length > 5 ? ", …" : "");
  return emergencyErrors.EMG_RESIDENTS_NOT_NOTIFIED.refuse({ count: missing.length, examples }, [
    "notifications",
  ]);
}

/**
 * The incident workflow 突发事件处置 (R-EMG-3): declared → every affected resident notified →
 * actions logged → closed → reviewed with lessons learned. Actions may be logged from the first
 * minute; the incident closes only when everyone affected has been told and something was done.
 */
export const incidentWorkflow: Workflow<IncidentStatus, IncidentActionData, Incident> = defineWorkflow<
  IncidentStatus,
  IncidentActionData,
  Incident
>({
  name: "incident",
  states: ["declared", "residentsNotified", "responding", "closed", "reviewed"],
  initial: "declared",
  final: ["reviewed"],
  transitions: [
    {
      action: "recordNotifications",
      from: "declared",
      to: "declared",
      rules: ["R-EMG-3"],
      roles: NOTIFIERS,
      guard: ({ record, data }) =>
        data.notifications.length === 0
          ? emergencyErrors.EMG_FIELD_REQUIRED.refuse({ field: "notifications", fieldZh: "通知记录" }, [
              "notifications",
            ])
          : unknownResidents(record, data.notifications),
      note: "a batch of residents told; more to come",
    },
    {
      action: "notifyResidents",
      from: "declared",
      to: "residentsNotified",
      rules: ["R-EMG-3"],
      roles: NOTIFIERS,
      guard: ({ record, data }) => {
        const unknown = unknownResidents(record, data.notifications);
        if (unknown.length > 0) return unknown;
        return everyoneNotified(record, data.notifications);
      },
      note: "the last batch: every affected resident has been told",
    },
    {
      action: "logAction",
      from: "declared",
      to: "declared",
      rules: ["R-EMG-3"],
      roles: RESPONDERS,
      guard: ({ data }) =>
        blank(data.description)
          ? emergencyErrors.EMG_FIELD_REQUIRED.refuse({ field: "description", fieldZh: "处置措施" }, [
              "description",
            ])
          : undefined,
      note: "action taken while residents are still being told",
    },
    {
      action: "logAction",
      from: ["residentsNotified", "responding"],
      to: "responding",
      rules: ["R-EMG-3"],
      roles: RESPONDERS,
      guard: ({ data }) =>
        blank(data.description)
          ? emergencyErrors.EMG_FIELD_REQUIRED.refuse({ field: "description", fieldZh: "处置措施" }, [
              "description",
            ])
          : undefined,
      note: "each action logged with who and when",
    },
    {
      action: "close",
      from: ["declared", "residentsNotified", "responding"],
      to: "closed",
      rules: ["R-EMG-3"],
      roles: ["manager"],
      guard: ({ record, data }) =>
        [
          everyoneNotified(record),
          record.actions.length === 0 ? emergencyErrors.EMG_NO_ACTIONS_LOGGED.refuse(undefined) : undefined,
          blank(data.summary)
            ? emergencyErrors.EMG_FIELD_REQUIRED.refuse({ field: "summary", fieldZh: "事件小结" }, [
                "summary",
              ])
            : undefined,
        ].filter((r): r is Refusal => r !== undefined),
      note: "everyone affected told and the actions logged",
    },
    {
      action: "review",
      from: "closed",
      to: "reviewed",
      rules: ["R-EMG-3"],
      roles: ["manager"],
      guard: ({ data }) =>
        data.lessonsLearned.some((lesson) => !blank(lesson))
          ? undefined
          : emergencyErrors.EMG_LESSONS_REQUIRED.refuse(undefined, ["lessonsLearned"]),
      note: "the review records the lessons learned",
    },
  ],
});
