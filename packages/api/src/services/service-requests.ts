import {
  type Actor,
  closeServiceRequest,
  followUpServiceRequest,
  forwardServiceRequest,
  logServiceContact,
  type Refusal,
  recordServiceRequestAnswer,
  type ServiceAttentionReason,
  type ServiceContactKind,
  type ServiceEscalation,
  type ServiceRequest,
  type ServiceRequestOutcome,
  serviceRequestWorkflow,
  settleServiceRequestOnSpot,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { staffRolesFor } from "../auth/index.ts";
import { visiblePeople } from "../auth/visibility.ts";
import { appendHistoryEvent, recordTransition } from "../db/index.ts";
import { NotFoundError } from "../errors/index.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Department } from "../generated/prisma/enums.ts";
import {
  type LoadedServiceRequest,
  loadDomainServiceRequest,
  type ServiceLogData,
  serviceRequestPolicyOf,
} from "./service-request-store.ts";
import {
  accepted,
  callDomain,
  ensure,
  type GlobalId,
  idOf,
  type ServiceContext,
  writeStep,
} from "./support.ts";

/**
 * Calls and visits 来电来访 (R-SVC-1…3), the application service: the desk logs every contact,
 * settles it on the spot or forwards it within 10 minutes, follows it up until the customer has
 * the answer, and closes it. Every rule is the domain's; this loads, calls and writes.
 */

/** The customer-service desk and its manager: who log contacts and take every step. */
export const SERVICE_DESK_ROLES = staffRolesFor(serviceRequestWorkflow, "settleOnSpot");

export interface ServiceRequestLogInput {
  readonly estateId?: GlobalId | null;
  readonly unitId?: GlobalId | null;
  readonly personId?: GlobalId | null;
  readonly kind: ServiceContactKind;
  readonly callerName: string;
  readonly numberShown?: string | null;
  readonly subject: string;
  readonly receivedAt?: Date | null;
  readonly attention?: readonly ServiceAttentionReason[] | null;
}

/** The estate of the contact (the unit's, or the one named), which the viewer must staff as the desk. */
async function intakeOf(sc: ServiceContext, input: ServiceRequestLogInput) {
  const unitId = input.unitId ? idOf(input.unitId, "Unit", "unit", ["input", "unitId"]) : undefined;
  const unit = unitId
    ? await sc.prisma.unit.findUnique({ where: { id: unitId }, select: { id: true, estateId: true } })
    : undefined;
  if (unitId && (!unit || !sc.viewer.isStaffIn(unit.estateId))) {
    throw new NotFoundError("unit", ["input", "unitId"]);
  }
  const estateId =
    unit?.estateId ??
    (input.estateId ? idOf(input.estateId, "Estate", "estate", ["input", "estateId"]) : undefined);
  if (!estateId || !sc.viewer.isStaffIn(estateId)) throw new NotFoundError("estate", ["input", "estateId"]);
  ensure(sc.viewer.isStaffIn(estateId, SERVICE_DESK_ROLES));
  const estate = await sc.prisma.estate.findUnique({ where: { id: estateId }, select: { policy: true } });
  if (!estate) throw new NotFoundError("estate", ["input", "estateId"]);
  let personId: string | null = null;
  if (input.personId) {
    personId = idOf(input.personId, "Person", "person", ["input", "personId"]);
    const person = await sc.prisma.person.findFirst({
      where: { id: personId, AND: [visiblePeople(sc.viewer)] },
      select: { id: true },
    });
    if (!person) throw new NotFoundError("person", ["input", "personId"]);
  }
  return { estateId, unitId: unit?.id ?? null, personId, policy: serviceRequestPolicyOf(estate.policy) };
}

/**
 * R-SVC-1/2: logs a call or visit. The forwarding deadline starts now; a major, urgent or sudden
 * matter is to be reported to the supervisor at once, which the domain returns as the escalation.
 */
export async function logServiceRequest(
  sc: ServiceContext,
  input: ServiceRequestLogInput,
): Promise<{ serviceRequestId: string; escalation: ServiceEscalation | null }> {
  const intake = await intakeOf(sc, input);
  const loggedBy: Actor = sc.viewer.actorIn(intake.estateId, SERVICE_DESK_ROLES);
  const id = uuidv7();
  const { request, escalation } = callDomain(() =>
    logServiceContact(
      {
        id,
        kind: input.kind,
        caller: { name: input.callerName, ...(intake.unitId ? { unitId: intake.unitId } : {}) },
        ...(input.numberShown ? { numberShown: input.numberShown } : {}),
        subject: input.subject,
        receivedAt: input.receivedAt ?? sc.now,
        loggedBy,
        attention: [...(input.attention ?? [])],
      },
      intake.policy,
    ),
  );
  const logged: ServiceLogData = { attention: request.attention };
  await sc.prisma.$transaction(async (tx) => {
    await tx.serviceRequest.create({
      data: {
        id,
        estateId: intake.estateId,
        unitId: intake.unitId,
        personId: intake.personId,
        kind: request.kind,
        callerName: request.caller.name,
        callerNumber: request.numberShown ?? null,
        subject: request.subject,
        status: request.status,
        receivedAt: request.receivedAt,
        takenById: loggedBy.id,
      },
    });
    await appendHistoryEvent(tx, id, {
      workflow: "service request",
      action: "log",
      from: request.status,
      to: request.status,
      actor: loggedBy,
      at: sc.now,
      data: logged,
    });
  });
  return { serviceRequestId: id, escalation: escalation ?? null };
}

export interface ServiceRequestStepInput {
  readonly serviceRequestId: GlobalId;
  readonly expectedVersion?: number | null;
}

type Outcome = ServiceRequestOutcome | { readonly ok: false; readonly refusals: readonly Refusal[] };

/** Takes one step: load what the viewer may see, run the domain's step, write state + history. */
async function takeServiceStep(
  sc: ServiceContext,
  input: ServiceRequestStepInput,
  action: string,
  run: (loaded: LoadedServiceRequest, by: { actor: Actor; at: Date }) => Outcome,
  columns: (request: ServiceRequest) => Prisma.ServiceRequestUncheckedUpdateManyInput = () => ({}),
): Promise<{ serviceRequestId: string }> {
  const loaded = await loadDomainServiceRequest(sc, input.serviceRequestId);
  const actor = sc.viewer.actorIn(loaded.row.estateId, staffRolesFor(serviceRequestWorkflow, action));
  const { request, event } = accepted(callDomain(() => run(loaded, { actor, at: sc.now })));
  await writeStep("service request", () =>
    sc.prisma.$transaction((tx) =>
      recordTransition(tx, {
        recordId: loaded.row.id,
        event: { ...event, workflow: "service request" },
        ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
        changes: columns(request),
      }),
    ),
  );
  return { serviceRequestId: loaded.row.id };
}

/** R-SVC-1: answered on the spot; the answer is logged and nothing needs forwarding. */
export function settleServiceRequestStep(
  sc: ServiceContext,
  input: ServiceRequestStepInput & { answer: string },
) {
  return takeServiceStep(
    sc,
    input,
    "settleOnSpot",
    ({ domain }, by) => settleServiceRequestOnSpot(domain, { ...by, answer: input.answer }),
    () => ({ answer: input.answer, answeredAt: sc.now }),
  );
}

export interface ServiceRequestForwardInput extends ServiceRequestStepInput {
  readonly department: Department;
  readonly handler: string;
  readonly replyBy: Date;
}

/** R-SVC-2/3: forwarded; the customer is told who handles it and when they will hear back. */
export function forwardServiceRequestStep(sc: ServiceContext, input: ServiceRequestForwardInput) {
  return takeServiceStep(
    sc,
    input,
    "forward",
    ({ domain, policy }, by) =>
      forwardServiceRequest(
        domain,
        { ...by, department: input.department, handler: input.handler, replyBy: input.replyBy },
        policy,
      ),
    () => ({ forwardedTo: input.department, forwardedAt: sc.now, promisedReplyAt: input.replyBy }),
  );
}

/** R-SVC-3: the desk chases the department; a new reply time told to the customer becomes the deadline. */
export function followUpServiceRequestStep(
  sc: ServiceContext,
  input: ServiceRequestStepInput & { note: string; replyBy?: Date | null },
) {
  const replyBy = input.replyBy ?? undefined;
  return takeServiceStep(
    sc,
    input,
    "followUp",
    ({ domain, policy }, by) =>
      followUpServiceRequest(domain, { ...by, note: input.note, ...(replyBy ? { replyBy } : {}) }, policy),
    () => (replyBy ? { promisedReplyAt: replyBy } : {}),
  );
}

/** R-SVC-3: the customer has the answer. */
export function answerServiceRequestStep(
  sc: ServiceContext,
  input: ServiceRequestStepInput & { answer: string },
) {
  return takeServiceStep(
    sc,
    input,
    "answer",
    ({ domain }, by) => recordServiceRequestAnswer(domain, { ...by, answer: input.answer }),
    () => ({ answer: input.answer, answeredAt: sc.now }),
  );
}

/** R-SVC-3: the desk closes an answered request. */
export function closeServiceRequestStep(
  sc: ServiceContext,
  input: ServiceRequestStepInput & { note?: string | null },
) {
  return takeServiceStep(sc, input, "close", ({ domain }, by) =>
    closeServiceRequest(domain, { ...by, ...(input.note != null ? { note: input.note } : {}) }),
  );
}
