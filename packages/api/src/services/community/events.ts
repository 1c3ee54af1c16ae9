import {
  type CommunityEventActions,
  type CommunityEventStatus,
  checkCommunityEventPeriod,
  checkCommunityEventRegistration,
  communityEventWorkflow,
  formatMoney,
  type Money,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { staffRolesFor } from "../../auth/index.ts";
import { visibleCommunityEvents } from "../../auth/visibility.ts";
import { appendHistoryEvent, recordTransition } from "../../db/index.ts";
import { ForbiddenError, NotFoundError, RefusalError, ValidationError } from "../../errors/index.ts";
import {
  accepted,
  callDomain,
  ensure,
  type GlobalId,
  idOf,
  type ServiceContext,
  writeStep,
} from "../support.ts";
import { COMMUNITY_DESK_ROLES, communityEstateOf } from "./announcements.ts";

/**
 * Community events 社区活动 (R-COM-2), the application service: planned with theme, venue and
 * budget; publicised; registration; held; archived with feedback (or cancelled). Each step goes
 * through `communityEventWorkflow` and is written with its history line.
 */

export interface CommunityEventPlanInput {
  readonly estateId: GlobalId;
  readonly theme: string;
  readonly venue: string;
  readonly budget?: Money | null;
  readonly startsAt: Date;
  readonly endsAt?: Date | null;
}

export async function planCommunityEvent(sc: ServiceContext, input: CommunityEventPlanInput) {
  const estateId = await communityEstateOf(sc, input.estateId);
  const actor = sc.viewer.actorIn(estateId, [...COMMUNITY_DESK_ROLES]);
  callDomain(() => checkCommunityEventPeriod(input));
  const id = uuidv7();
  await sc.prisma.$transaction(async (tx) => {
    await tx.communityEvent.create({
      data: {
        id,
        estateId,
        theme: input.theme,
        venue: input.venue,
        budget: input.budget == null ? null : formatMoney(input.budget),
        startsAt: input.startsAt,
        endsAt: input.endsAt ?? null,
      },
    });
    await appendHistoryEvent(tx, id, {
      workflow: "community event",
      action: "plan",
      from: "planned",
      to: "planned",
      actor,
      at: sc.now,
      data: { theme: input.theme, venue: input.venue },
    });
  });
  return { eventId: id };
}

export interface CommunityEventStepInput<A extends keyof CommunityEventActions> {
  readonly eventId: GlobalId;
  readonly action: A;
  readonly data: CommunityEventActions[A];
  readonly expectedVersion?: number | null;
}

export async function advanceCommunityEvent<A extends keyof CommunityEventActions>(
  sc: ServiceContext,
  input: CommunityEventStepInput<A>,
) {
  const id = idOf(input.eventId, "CommunityEvent", "community event", ["input", "eventId"]);
  const row = await sc.prisma.communityEvent.findFirst({
    where: { id, AND: [visibleCommunityEvents(sc.viewer)] },
  });
  if (!row) throw new NotFoundError("community event", ["input", "eventId"]);
  if (sc.viewer.kind !== "staff") throw new ForbiddenError();
  const actor = sc.viewer.actorIn(row.estateId, staffRolesFor(communityEventWorkflow, input.action));
  const step = accepted(
    communityEventWorkflow.transition(row.status, row, {
      action: input.action,
      actor,
      at: sc.now,
      data: input.data,
    }),
  );
  const feedback =
    input.action === "archive" ? (input.data as CommunityEventActions["archive"]).feedback : undefined;
  await writeStep("community event", () =>
    sc.prisma.$transaction((tx) =>
      recordTransition(tx, {
        recordId: id,
        event: { ...step.event, workflow: "community event" },
        ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
        ...(feedback !== undefined ? { changes: { feedback } } : {}),
      }),
    ),
  );
  return { eventId: id };
}

export interface CommunityEventRegisterInput {
  readonly eventId: GlobalId;
  readonly name?: string | null;
  readonly attendees?: number | null;
}

/**
 * R-COM-2: a resident registers themself (once); the desk may register someone by name. Only while
 * registration is open.
 */
export async function registerForCommunityEvent(sc: ServiceContext, input: CommunityEventRegisterInput) {
  const id = idOf(input.eventId, "CommunityEvent", "community event", ["input", "eventId"]);
  const event = await sc.prisma.communityEvent.findFirst({
    where: { id, AND: [visibleCommunityEvents(sc.viewer)] },
  });
  if (!event) throw new NotFoundError("community event", ["input", "eventId"]);
  let personId: string | null = null;
  let name = input.name?.trim() ?? "";
  if (sc.viewer.kind === "resident") {
    personId = sc.viewer.personId ?? null;
    const person = personId
      ? await sc.prisma.person.findUnique({ where: { id: personId }, select: { name: true } })
      : null;
    name = person?.name ?? sc.viewer.name ?? name;
  } else {
    ensure(sc.viewer.kind === "staff" && sc.viewer.isStaffIn(event.estateId, COMMUNITY_DESK_ROLES));
  }
  if (!name)
    throw new ValidationError([{ path: ["input", "name"], message: "Give the name of who registers" }]);
  const registrationId = uuidv7();
  await sc.prisma.$transaction(async (tx) => {
    // Checked under the event's row lock: a registration never slips past the close of registration,
    // and one person's two requests cannot both pass.
    const [locked] = await tx.$queryRaw<{ status: CommunityEventStatus }[]>`
      SELECT "status"::text AS "status" FROM "CommunityEvent" WHERE "id" = ${id}::uuid FOR UPDATE`;
    const status = locked?.status ?? event.status;
    const alreadyRegistered =
      personId !== null &&
      (await tx.communityEventRegistration.count({ where: { eventId: id, personId } })) > 0;
    const refusal = checkCommunityEventRegistration({ status }, { alreadyRegistered });
    if (refusal) throw new RefusalError([refusal]);
    await tx.communityEventRegistration.create({
      data: {
        id: registrationId,
        eventId: id,
        personId,
        name,
        attendees: input.attendees ?? 1,
        registeredAt: sc.now,
      },
    });
  });
  return { eventId: id, registrationId };
}
