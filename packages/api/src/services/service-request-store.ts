import {
  type Actor,
  closeServiceRequest,
  DEFAULT_SERVICE_REQUEST_POLICY,
  followUpServiceRequest,
  forwardServiceRequest,
  logServiceContact,
  recordServiceRequestAnswer,
  type ServiceAttentionReason,
  type ServiceEscalation,
  type ServiceRequest,
  type ServiceRequestOutcome,
  type ServiceRequestPolicy,
  settleServiceRequestOnSpot,
} from "@wuye/domain";
import { visibleServiceRequests } from "../auth/visibility.ts";
import { NotFoundError } from "../errors/index.ts";
import type { ServiceRequest as ServiceRequestRow } from "../generated/prisma/client.ts";
import { type GlobalId, idOf, reviveDomainData, type ServiceContext } from "./support.ts";

/**
 * How a service request's domain record is rebuilt between requests. The row keeps what a client
 * lists and filters on (status, caller, department, promised reply…); the domain's record —
 * deadlines, follow-ups, the escalation — is rebuilt by replaying the request's history through
 * the domain's own functions, from `logServiceContact` on, so the API never recomputes a rule and
 * the schema needs no column for what the history already says.
 */

/** What the history line of the logging keeps besides the row (R-SVC-2). */
export interface ServiceLogData {
  readonly attention?: readonly ServiceAttentionReason[];
}

/** A history line as read back: who, when, what action with what data. */
export interface StoredServiceEvent {
  readonly action: string;
  readonly actorId: string | null;
  readonly actorRole: string;
  readonly at: Date;
  readonly data: unknown;
}

export interface ReplayedServiceRequest {
  readonly request: ServiceRequest;
  readonly escalation?: ServiceEscalation;
}

/** The estate's service-desk policy overrides (`Estate.policy.serviceRequests`), defaults otherwise. */
export function serviceRequestPolicyOf(policy: unknown): ServiceRequestPolicy {
  const own = ((policy ?? {}) as { serviceRequests?: Partial<ServiceRequestPolicy> }).serviceRequests ?? {};
  return { ...DEFAULT_SERVICE_REQUEST_POLICY, ...own };
}

const actorOf = (event: StoredServiceEvent): Actor => ({
  id: event.actorId ?? "system",
  role: event.actorRole,
});

/** One stored step applied again through the domain. */
function replayStep(
  request: ServiceRequest,
  event: StoredServiceEvent,
  policy: ServiceRequestPolicy,
): ServiceRequestOutcome | undefined {
  const by = { actor: actorOf(event), at: event.at };
  const data = reviveDomainData<Record<string, unknown>>(event.data) ?? {};
  const text = (key: string) => String(data[key] ?? "");
  const replyBy = data.replyBy instanceof Date ? data.replyBy : undefined;
  switch (event.action) {
    case "settleOnSpot":
      return settleServiceRequestOnSpot(request, { ...by, answer: text("answer") });
    case "forward":
      return forwardServiceRequest(
        request,
        { ...by, department: text("department"), handler: text("handler"), replyBy: replyBy ?? event.at },
        policy,
      );
    case "followUp":
      return followUpServiceRequest(
        request,
        { ...by, note: text("note"), ...(replyBy ? { replyBy } : {}) },
        policy,
      );
    case "answer":
      return recordServiceRequestAnswer(request, { ...by, answer: text("answer") });
    case "close":
      return closeServiceRequest(request, { ...by, ...(data.note != null ? { note: text("note") } : {}) });
    default:
      return undefined;
  }
}

/**
 * Rebuilds the domain's request from its row and history, oldest first. Should the history not
 * replay (rows written by hand), the record keeps what replayed and takes the row's status, so
 * the next step is still judged by the workflow from where the row stands.
 */
export function replayServiceRequest(
  row: ServiceRequestRow,
  events: readonly StoredServiceEvent[],
  policy: ServiceRequestPolicy,
): ReplayedServiceRequest {
  const [first, ...rest] = events;
  const logged = reviveDomainData<ServiceLogData | null>(first?.data) ?? {};
  const { request: initial, escalation } = logServiceContact(
    {
      id: row.id,
      kind: row.kind,
      caller: { name: row.callerName, ...(row.unitId ? { unitId: row.unitId } : {}) },
      ...(row.callerNumber ? { numberShown: row.callerNumber } : {}),
      subject: row.subject,
      receivedAt: row.receivedAt,
      loggedBy: first ? actorOf(first) : { id: row.takenById, role: "customer_service" },
      attention: [...(logged.attention ?? [])],
    },
    policy,
  );
  let request = initial;
  for (const event of rest) {
    const outcome = replayStep(request, event, policy);
    if (outcome?.ok) request = outcome.request;
  }
  if (request.status !== row.status) {
    request = { ...request, status: row.status, lastStepAt: events.at(-1)?.at ?? request.lastStepAt };
  }
  return { request, ...(escalation ? { escalation } : {}) };
}

export interface LoadedServiceRequest {
  readonly row: ServiceRequestRow;
  readonly domain: ServiceRequest;
  readonly policy: ServiceRequestPolicy;
}

/** Loads a request the viewer may see and rebuilds the domain's record; "not found" otherwise. */
export async function loadDomainServiceRequest(
  sc: ServiceContext,
  serviceRequestId: GlobalId,
): Promise<LoadedServiceRequest> {
  const path = ["input", "serviceRequestId"];
  const id = idOf(serviceRequestId, "ServiceRequest", "service request", path);
  const found = await sc.prisma.serviceRequest.findFirst({
    where: { id, AND: [visibleServiceRequests(sc.viewer)] },
    include: { estate: { select: { policy: true } } },
  });
  if (!found) throw new NotFoundError("service request", path);
  const events = await sc.prisma.workflowEvent.findMany({
    where: { workflow: "service request", recordId: id },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { action: true, actorId: true, actorRole: true, at: true, data: true },
  });
  const { estate, ...row } = found;
  const policy = serviceRequestPolicyOf(estate.policy);
  return { row, domain: replayServiceRequest(row, events, policy).request, policy };
}
