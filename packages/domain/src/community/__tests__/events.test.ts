import { describe, expect, it } from "vitest";
import {
  type CommunityEventStatus,
  checkCommunityEventPeriod,
  checkCommunityEventRegistration,
} from "../index.ts";
import { thrown } from "./helpers.ts";

const startsAt = new Date("2026-06-01T01:00:00Z");

describe("R-COM-2 an event's period", () => {
  it("may have no end, or end at or after its start", () => {
    expect(thrown(() => checkCommunityEventPeriod({ startsAt }))).toBeUndefined();
    expect(thrown(() => checkCommunityEventPeriod({ startsAt, endsAt: null }))).toBeUndefined();
    expect(thrown(() => checkCommunityEventPeriod({ startsAt, endsAt: startsAt }))).toBeUndefined();
    expect(
      thrown(() => checkCommunityEventPeriod({ startsAt, endsAt: new Date("2026-06-01T03:00:00Z") })),
    ).toBeUndefined();
  });

  it("ending before it starts is bad input (COM_EVENT_PERIOD_INVALID)", () => {
    const endsAt = new Date("2026-06-01T00:59:00Z");
    expect(thrown(() => checkCommunityEventPeriod({ startsAt, endsAt }))).toEqual({
      code: "COM_EVENT_PERIOD_INVALID",
      rule: "R-COM-2",
      path: ["endsAt"],
      message: "An event cannot end (2026-06-01T00:59:00.000Z) before it starts (2026-06-01T01:00:00.000Z)",
      messageZh: "活动结束时间（2026-06-01T00:59:00.000Z）不能早于开始时间（2026-06-01T01:00:00.000Z）",
    });
  });
});

describe("R-COM-2 registration for an event", () => {
  it("is taken while registration is open, from someone not yet registered", () => {
    expect(
      checkCommunityEventRegistration({ status: "registrationOpen" }, { alreadyRegistered: false }),
    ).toBeUndefined();
  });

  it.each<CommunityEventStatus>(["planned", "publicised", "held", "archived", "cancelled"])(
    "is refused while the event is %s (COM_REGISTRATION_CLOSED)",
    (status) => {
      expect(checkCommunityEventRegistration({ status }, { alreadyRegistered: false })).toEqual(
        expect.objectContaining({
          code: "COM_REGISTRATION_CLOSED",
          rule: "R-COM-2",
          message: `Registration is not open for this event (${status})`,
        }),
      );
    },
  );

  it("a resident registers once (COM_ALREADY_REGISTERED)", () => {
    expect(
      checkCommunityEventRegistration({ status: "registrationOpen" }, { alreadyRegistered: true }),
    ).toEqual(expect.objectContaining({ code: "COM_ALREADY_REGISTERED", messageZh: "您已报名该活动" }));
  });

  it("a closed registration is the reason given, even to someone already registered", () => {
    expect(checkCommunityEventRegistration({ status: "held" }, { alreadyRegistered: true })?.code).toBe(
      "COM_REGISTRATION_CLOSED",
    );
  });
});
