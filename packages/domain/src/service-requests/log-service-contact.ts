import { computeDeadline } from "../calendar/index.ts";
import type { Actor } from "../workflow/index.ts";
import { hasText, isInstant } from "./checks.ts";
import { serviceRequestErrors } from "./errors.ts";
import {
  DEFAULT_SERVICE_REQUEST_POLICY,
  type ServiceRequestPolicy,
  serviceDeadlineOptions,
} from "./policy.ts";
import {
  SERVICE_ATTENTION_REASONS,
  SERVICE_CONTACT_KINDS,
  type ServiceAttentionReason,
  type ServiceCaller,
  type ServiceContactKind,
  type ServiceEscalation,
  type ServiceRequest,
} from "./types.ts";

/** What the desk writes in the call and visit log 客户来电来访记录表 (R-SVC-1). */
export interface ServiceContactLog {
  readonly id: string;
  readonly kind: ServiceContactKind;
  readonly caller: ServiceCaller;
  /** The number caller ID showed 来电显示 (calls only; absent when withheld). */
  readonly numberShown?: string;
  readonly subject: string;
  readonly receivedAt: Date;
  readonly loggedBy: Actor;
  /** Whether the matter is major, urgent or sudden (R-SVC-2). */
  readonly attention?: readonly ServiceAttentionReason[];
}

/** A logged contact, and the report to the supervisor it needs at once, if any. */
export interface LoggedServiceContact {
  readonly request: ServiceRequest;
  readonly escalation?: ServiceEscalation;
}

/**
 * Logs a call or visit (R-SVC-1). The request must be settled on the spot or forwarded within 10
 * minutes (R-SVC-2), so that deadline starts now; a major, urgent or sudden matter also yields a
 * report to the supervisor due at once. Malformed fields throw a `DomainError`.
 */
export function logServiceContact(
  log: ServiceContactLog,
  policy: Partial<ServiceRequestPolicy> = {},
): LoggedServiceContact {
  const settings = { ...DEFAULT_SERVICE_REQUEST_POLICY, ...policy };
  if (!hasText(log.id)) throw serviceRequestErrors.SVC_ID_REQUIRED.error({}, ["id"]);
  if (!SERVICE_CONTACT_KINDS.includes(log.kind)) {
    throw serviceRequestErrors.SVC_KIND_UNKNOWN.error({ kind: String(log.kind) }, ["kind"]);
  }
  if (!hasText(log.caller?.name))
    throw serviceRequestErrors.SVC_CALLER_REQUIRED.error({}, ["caller", "name"]);
  if (!hasText(log.subject)) throw serviceRequestErrors.SVC_SUBJECT_REQUIRED.error({}, ["subject"]);
  if (!isInstant(log.receivedAt)) {
    throw serviceRequestErrors.SVC_TIME_INVALID.error({ value: String(log.receivedAt) }, ["receivedAt"]);
  }
  const attention = [...new Set(log.attention ?? [])];
  const unknown = attention.find((reason) => !SERVICE_ATTENTION_REASONS.includes(reason));
  if (unknown !== undefined) {
    throw serviceRequestErrors.SVC_ATTENTION_UNKNOWN.error({ reason: String(unknown) }, ["attention"]);
  }
  const options = serviceDeadlineOptions(settings);
  const request: ServiceRequest = {
    id: log.id,
    status: "logged",
    kind: log.kind,
    caller: log.caller,
    ...(log.numberShown === undefined ? {} : { numberShown: log.numberShown }),
    subject: log.subject,
    receivedAt: log.receivedAt,
    loggedBy: log.loggedBy,
    attention,
    lastStepAt: log.receivedAt,
    // R-SVC-2: settled on the spot or forwarded within 10 minutes.
    deadlines: [
      {
        step: "forward",
        rule: "R-SVC-2",
        deadline: computeDeadline(log.receivedAt, settings.forwardWithin, options),
      },
    ],
    followUps: [],
  };
  if (attention.length === 0) return { request };
  // R-SVC-2: anything major, urgent or sudden goes to the supervisor at once.
  const now = computeDeadline(log.receivedAt, { amount: 0, unit: "minutes" }, options);
  return { request, escalation: { to: "supervisor", reasons: attention, rule: "R-SVC-2", deadline: now } };
}
