import { describe, expect, it } from "vitest";
import { announcementValidity, isAnnouncementCurrent } from "../index.ts";
import { thrown } from "./helpers.ts";

const publishedAt = new Date("2026-03-02T01:00:00Z");
const from = new Date("2026-03-03T00:00:00Z");
const until = new Date("2026-03-05T00:00:00Z");

describe("R-COM-1 an announcement's validity period", () => {
  it("starts when published and is open-ended when nothing is given", () => {
    expect(announcementValidity({}, publishedAt)).toEqual({ validFrom: publishedAt, validUntil: null });
    expect(announcementValidity({ validFrom: null, validUntil: null }, publishedAt)).toEqual({
      validFrom: publishedAt,
      validUntil: null,
    });
  });

  it("keeps a given start and end", () => {
    expect(announcementValidity({ validFrom: from, validUntil: until }, publishedAt)).toEqual({
      validFrom: from,
      validUntil: until,
    });
  });

  it("an end before the start is bad input (COM_VALIDITY_INVALID)", () => {
    expect(thrown(() => announcementValidity({ validFrom: until, validUntil: from }, publishedAt))).toEqual({
      code: "COM_VALIDITY_INVALID",
      rule: "R-COM-1",
      path: ["validUntil"],
      message: `An announcement's validity cannot end (${from.toISOString()}) before it starts (${until.toISOString()})`,
      messageZh: `公告有效期的结束时间（${from.toISOString()}）须晚于开始时间（${until.toISOString()}）`,
    });
  });

  it("an end equal to the start is refused too: it would never be in force", () => {
    expect(thrown(() => announcementValidity({ validUntil: publishedAt }, publishedAt))?.code).toBe(
      "COM_VALIDITY_INVALID",
    );
  });

  it("an end before the publication, with no start given, is refused", () => {
    expect(
      thrown(() => announcementValidity({ validUntil: new Date("2026-03-01T00:00:00Z") }, publishedAt))?.code,
    ).toBe("COM_VALIDITY_INVALID");
  });
});

describe("R-COM-1 an announcement in force", () => {
  const announcement = { publishedAt, validFrom: from, validUntil: until };

  it("is current from its start up to, not including, its end", () => {
    expect(isAnnouncementCurrent(announcement, from)).toBe(true);
    expect(isAnnouncementCurrent(announcement, new Date("2026-03-04T12:00:00Z"))).toBe(true);
    expect(isAnnouncementCurrent(announcement, until)).toBe(false);
  });

  it("is not current before it starts", () => {
    expect(isAnnouncementCurrent(announcement, new Date("2026-03-02T23:59:59Z"))).toBe(false);
  });

  it("never expires when open-ended", () => {
    expect(
      isAnnouncementCurrent({ ...announcement, validUntil: null }, new Date("2036-01-01T00:00:00Z")),
    ).toBe(true);
  });

  it("is never current while unpublished", () => {
    expect(
      isAnnouncementCurrent({ ...announcement, publishedAt: null }, new Date("2026-03-04T00:00:00Z")),
    ).toBe(false);
  });
});
