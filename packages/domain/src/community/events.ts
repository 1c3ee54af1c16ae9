import type { Refusal } from "../errors/index.ts";
import { communityErrors } from "./errors.ts";
import type { CommunityEventPeriod, CommunityEventStatus } from "./types.ts";

/** R-COM-2: an event's planned end, when given, is not before its start; throws `COM_EVENT_PERIOD_INVALID`. */
export function checkCommunityEventPeriod(period: CommunityEventPeriod): void {
  const { startsAt, endsAt } = period;
  if (endsAt && endsAt.getTime() < startsAt.getTime()) {
    throw communityErrors.COM_EVENT_PERIOD_INVALID.error(
      { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
      ["endsAt"],
    );
  }
}

/**
 * R-COM-2: a registration is taken only while registration is open, and a resident registers
 * once. `alreadyRegistered` says whether this person has a registration already; someone the desk
 * registers by name is never a repeat.
 */
export function checkCommunityEventRegistration(
  event: { readonly status: CommunityEventStatus },
  registrant: { readonly alreadyRegistered: boolean },
): Refusal | undefined {
  if (event.status !== "registrationOpen") {
    return communityErrors.COM_REGISTRATION_CLOSED.refuse({ status: event.status });
  }
  if (registrant.alreadyRegistered) return communityErrors.COM_ALREADY_REGISTERED.refuse(undefined);
  return undefined;
}
