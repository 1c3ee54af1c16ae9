import { describe, expect, it } from "vitest";
import {
  type LoggedServiceContact,
  logServiceContact,
  type ServiceContactLog,
} from "../log-service-contact.ts";
import { overdueServiceRequestSteps, serviceRequestStepStatuses } from "../overdue.ts";
import {
  closeServiceRequest,
  followUpServiceRequest,
  forwardServiceRequest,
  recordServiceRequestAnswer,
  type ServiceRequestOutcome,
  settleServiceRequestOnSpot,
} from "../service-request-flow.ts";
import type { ServiceContactKind, ServiceRequest } from "../types.ts";

const desk = { id: "cs-1", role: "customer_service", name: "Li Na" };
const engineer = { id: "eng-1", role: "engineering" };
/** Tuesday 3 March 2026, 14:00 in Beijing. */
const received = new Date("2026-03-03T14:00:00+08:00");
const after = (minutes: number) => new Date(received.getTime() + minutes * 60_000);
const MINUTE_MS = 60_000;

const LOG: ServiceContactLog = {
  id: "S-0001",
  kind: "call",
  caller: { name: "Ms Zhou", unitId: "5-0802" },
  numberShown: "13900000000",
  subject: "Corridor light out on floor 8",
  receivedAt: received,
  loggedBy: desk,
};

function logged(overrides: Partial<ServiceContactLog> = {}): LoggedServiceContact {
  return logServiceContact({ ...LOG, ...overrides });
}

function accepted(outcome: ServiceRequestOutcome): ServiceRequest {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusals.map((r) => r.code).join(", ")}`);
  return outcome.request;
}

const codes = (outcome: ServiceRequestOutcome) => (outcome.ok ? [] : outcome.refusals.map((r) => r.code));

const forwarding = { department: "engineering", handler: "Zhao Lei", replyBy: after(120) };

function forwarded(): ServiceRequest {
  return accepted(forwardServiceRequest(logged().request, { actor: desk, at: after(5), ...forwarding }));
}

describe("R-SVC-1 every call or visit is logged", () => {
  it("records time, caller, number shown and subject; the forwarding clock starts", () => {
    const { request, escalation } = logged();
    expect(request).toMatchObject({
      id: "S-0001",
      status: "logged",
      kind: "call",
      caller: { name: "Ms Zhou" },
      numberShown: "13900000000",
      subject: "Corridor light out on floor 8",
      receivedAt: received,
      loggedBy: desk,
      attention: [],
      followUps: [],
    });
    expect(escalation).toBeUndefined();
    expect(request.deadlines.map((d) => [d.step, d.rule, d.deadline.due])).toEqual([
      ["forward", "R-SVC-2", after(10)],
    ]);
  });

  it("logs a visit without a number shown", () => {
    const { request } = logged({ kind: "visit", numberShown: undefined });
    expect(request.kind).toBe("visit");
    expect("numberShown" in request).toBe(false);
  });

  it.each([
    ["no id", { id: "" }, "SVC_ID_REQUIRED", ["id"]],
    ["an unknown kind", { kind: "email" as ServiceContactKind }, "SVC_KIND_UNKNOWN", ["kind"]],
    ["no caller", { caller: { name: " " } }, "SVC_CALLER_REQUIRED", ["caller", "name"]],
    ["no subject", { subject: "" }, "SVC_SUBJECT_REQUIRED", ["subject"]],
    ["an invalid time", { receivedAt: new Date("noon") }, "SVC_TIME_INVALID", ["receivedAt"]],
    ["an unknown attention reason", { attention: ["loud" as never] }, "SVC_ATTENTION_UNKNOWN", ["attention"]],
  ])("throws for %s", (_why, overrides, code, path) => {
    expect(() => logged(overrides)).toThrow(expect.objectContaining({ code, path }));
  });

  it("an estate may set the forwarding time", () => {
    const { request } = logServiceContact(LOG, { forwardWithin: { amount: 5, unit: "minutes" } });
    expect(request.deadlines[0]?.deadline.due).toEqual(after(5));
  });
});

describe("R-SVC-2 major, urgent or sudden matters go to the supervisor at once", () => {
  it("yields a report due at the moment of logging, with the reasons", () => {
    const { escalation } = logged({ attention: ["urgent", "sudden", "urgent"] });
    expect(escalation).toMatchObject({ to: "supervisor", reasons: ["urgent", "sudden"], rule: "R-SVC-2" });
    expect(escalation?.deadline.due).toEqual(received);
  });
});

describe("R-SVC-2 settled on the spot or forwarded within 10 minutes", () => {
  it("settled on the spot: the answer is logged and nothing is owed", () => {
    const result = settleServiceRequestOnSpot(logged().request, {
      actor: desk,
      at: after(3),
      answer: "Reset the breaker",
    });
    expect(result).toMatchObject({
      ok: true,
      request: { status: "settled", answer: { text: "Reset the breaker", actor: desk, at: after(3) } },
      event: { workflow: "service request", action: "settleOnSpot", from: "logged", to: "settled" },
    });
    expect(overdueServiceRequestSteps(accepted(result), after(600))).toEqual([]);
  });

  it("forwarded within 10 minutes, with who handles it and when the customer hears back", () => {
    const request = forwarded();
    expect(request).toMatchObject({
      status: "forwarded",
      forwarding: {
        department: "engineering",
        handler: "Zhao Lei",
        replyBy: after(120),
        actor: desk,
        at: after(5),
      },
    });
    expect(serviceRequestStepStatuses(request, after(60)).map((s) => [s.step, s.state])).toEqual([
      ["forward", "metOnTime"],
      ["reply", "pending"],
    ]);
  });

  it("not forwarded after 10 minutes is overdue, by how long", () => {
    const { request } = logged();
    expect(overdueServiceRequestSteps(request, after(10))).toEqual([]);
    expect(overdueServiceRequestSteps(request, after(25))).toMatchObject([
      { step: "forward", rule: "R-SVC-2", state: "overdue", lateByMs: 15 * MINUTE_MS },
    ]);
  });

  it("forwarded late stays on record as late", () => {
    const late = accepted(
      forwardServiceRequest(logged().request, { actor: desk, at: after(14), ...forwarding }),
    );
    expect(serviceRequestStepStatuses(late, after(15))[0]).toMatchObject({
      state: "metLate",
      lateByMs: 4 * MINUTE_MS,
    });
  });

  it("refuses a forward without department, handler or a future reply time", () => {
    const result = forwardServiceRequest(logged().request, {
      actor: desk,
      at: after(5),
      department: "",
      handler: " ",
      replyBy: after(5),
    });
    expect(codes(result)).toEqual([
      "SVC_DEPARTMENT_REQUIRED",
      "SVC_HANDLER_REQUIRED",
      "SVC_REPLY_TIME_NOT_AFTER_NOW",
    ]);
  });

  it("throws SVC_TIME_INVALID for a reply time that is not a time", () => {
    expect(() =>
      forwardServiceRequest(logged().request, {
        actor: desk,
        at: after(5),
        ...forwarding,
        replyBy: new Date(""),
      }),
    ).toThrow(expect.objectContaining({ code: "SVC_TIME_INVALID", path: ["replyBy"] }));
  });
});

describe("R-SVC-3 the desk follows up until the customer has the answer", () => {
  it("answered and closed: the promised reply is met", () => {
    let request = accepted(
      followUpServiceRequest(forwarded(), { actor: desk, at: after(60), note: "Parts on the way" }),
    );
    expect(request.followUps).toEqual([{ text: "Parts on the way", actor: desk, at: after(60) }]);
    request = accepted(
      recordServiceRequestAnswer(request, { actor: desk, at: after(100), answer: "Light replaced" }),
    );
    const closed = closeServiceRequest(request, { actor: desk, at: after(110), note: "Customer thanked us" });
    expect(closed).toMatchObject({
      ok: true,
      request: {
        status: "closed",
        answer: { text: "Light replaced" },
        closing: { actor: desk, at: after(110), note: "Customer thanked us" },
      },
      event: { action: "close", from: "answered", to: "closed" },
    });
    expect(serviceRequestStepStatuses(accepted(closed), after(999)).map((s) => s.state)).toEqual([
      "metOnTime",
      "metOnTime",
    ]);
  });

  it("closes without a note", () => {
    const answered = accepted(
      recordServiceRequestAnswer(forwarded(), { actor: desk, at: after(30), answer: "Done" }),
    );
    expect(accepted(closeServiceRequest(answered, { actor: desk, at: after(31) })).closing).toEqual({
      actor: desk,
      at: after(31),
    });
  });

  it("a new reply time told to the customer keeps the old promise and sets a new one", () => {
    const result = followUpServiceRequest(forwarded(), {
      actor: desk,
      at: after(110),
      note: "Needs a new fitting; told the customer tomorrow",
      replyBy: after(24 * 60),
    });
    expect(result).toMatchObject({
      ok: true,
      event: { action: "followUp", from: "forwarded", to: "forwarded" },
    });
    const request = accepted(result);
    expect(serviceRequestStepStatuses(request, after(200)).map((s) => [s.step, s.state])).toEqual([
      ["forward", "metOnTime"],
      ["reply", "metOnTime"],
      ["reply", "pending"],
    ]);
  });

  it("a promised reply not given in time is overdue", () => {
    expect(overdueServiceRequestSteps(forwarded(), after(150))).toMatchObject([
      { step: "reply", rule: "R-SVC-3", lateByMs: 30 * MINUTE_MS },
    ]);
  });

  it("refuses a follow-up without a note or with a past reply time", () => {
    const result = followUpServiceRequest(forwarded(), {
      actor: desk,
      at: after(30),
      note: "",
      replyBy: after(20),
    });
    expect(codes(result)).toEqual(["SVC_FOLLOW_UP_NOTE_REQUIRED", "SVC_REPLY_TIME_NOT_AFTER_NOW"]);
    expect(() =>
      followUpServiceRequest(forwarded(), { actor: desk, at: after(30), note: "x", replyBy: new Date("") }),
    ).toThrow(expect.objectContaining({ code: "SVC_TIME_INVALID" }));
  });

  it("refuses an empty answer, on the spot or later", () => {
    expect(
      codes(recordServiceRequestAnswer(forwarded(), { actor: desk, at: after(30), answer: "" })),
    ).toEqual(["SVC_ANSWER_REQUIRED"]);
    expect(
      codes(settleServiceRequestOnSpot(logged().request, { actor: desk, at: after(1), answer: " " })),
    ).toEqual(["SVC_ANSWER_REQUIRED"]);
  });
});

describe("R-SVC-1…3 order, roles and states", () => {
  it("refuses a step dated before the previous one, and throws for a step without a time", () => {
    const result = recordServiceRequestAnswer(forwarded(), { actor: desk, at: after(1), answer: "x" });
    expect(codes(result)).toEqual(["SVC_TIME_BEFORE_LAST_STEP"]);
    expect(() => closeServiceRequest(forwarded(), { actor: desk, at: new Date("") })).toThrow(
      expect.objectContaining({ code: "SVC_TIME_INVALID", path: ["at"] }),
    );
  });

  it("refuses a department member: the desk keeps the customer informed", () => {
    expect(
      codes(recordServiceRequestAnswer(forwarded(), { actor: engineer, at: after(30), answer: "x" })),
    ).toEqual(["WORKFLOW_ROLE_NOT_ALLOWED"]);
  });

  it("refuses steps the state does not allow", () => {
    const settled = accepted(
      settleServiceRequestOnSpot(logged().request, { actor: desk, at: after(1), answer: "x" }),
    );
    expect(codes(forwardServiceRequest(settled, { actor: desk, at: after(2), ...forwarding }))).toEqual([
      "WORKFLOW_ACTION_NOT_ALLOWED",
    ]);
    expect(codes(closeServiceRequest(forwarded(), { actor: desk, at: after(30) }))).toEqual([
      "WORKFLOW_ACTION_NOT_ALLOWED",
    ]);
  });

  it("throws SVC_TIME_INVALID for an invalid instant when measuring", () => {
    expect(() => serviceRequestStepStatuses(forwarded(), new Date("x"))).toThrow(
      expect.objectContaining({ code: "SVC_TIME_INVALID" }),
    );
  });
});
