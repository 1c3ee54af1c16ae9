import { describe, expect, it } from "vitest";
import {
  CERTIFIED_VISITOR_KINDS,
  checkVisitorAdmission,
  checkVisitorDeparture,
  type VisitorKind,
} from "../index.ts";

describe("R-ACC-1 who may come in at the gate", () => {
  it.each<VisitorKind>(["guest", "delivery"])("a %s is registered without a certificate", (kind) => {
    expect(checkVisitorAdmission({ kind })).toBeUndefined();
  });

  it("contractors and temporary workers are the ones who need a certificate", () => {
    expect(CERTIFIED_VISITOR_KINDS).toEqual(["contractor", "temporaryWorker"]);
  });

  it.each<VisitorKind>(["contractor", "temporaryWorker"])("a %s with a work certificate comes in", (kind) => {
    expect(checkVisitorAdmission({ kind, certificateRef: "ZJ-118" })).toBeUndefined();
  });

  it.each<VisitorKind>(["contractor", "temporaryWorker"])("a pre-registered %s comes in", (kind) => {
    expect(checkVisitorAdmission({ kind, certificateRef: null, preRegistered: true })).toBeUndefined();
  });

  it("a contractor with neither is refused (ACC_CERTIFICATE_REQUIRED)", () => {
    expect(checkVisitorAdmission({ kind: "contractor" })).toEqual({
      code: "ACC_CERTIFICATE_REQUIRED",
      rule: "R-ACC-1",
      path: ["certificateRef"],
      message: "A contractor visitor needs a work certificate or pre-registration",
      messageZh: "施工人员及临时来访人员须出示工作证明或已预先登记（contractor）",
    });
  });

  it("a temporary worker with a blank certificate and no pre-registration is refused", () => {
    expect(
      checkVisitorAdmission({ kind: "temporaryWorker", certificateRef: "  ", preRegistered: false })?.code,
    ).toBe("ACC_CERTIFICATE_REQUIRED");
  });
});

describe("R-ACC-1 a visitor's departure", () => {
  it("is recorded while the visitor is on site", () => {
    expect(checkVisitorDeparture({ leftAt: null })).toBeUndefined();
    expect(checkVisitorDeparture({})).toBeUndefined();
  });

  it("is recorded once (ACC_VISITOR_ALREADY_LEFT)", () => {
    expect(checkVisitorDeparture({ leftAt: new Date("2026-03-02T09:00:00Z") })).toEqual({
      code: "ACC_VISITOR_ALREADY_LEFT",
      rule: "R-ACC-1",
      message: "The visitor has already left",
      messageZh: "该访客已离开",
    });
  });
});
