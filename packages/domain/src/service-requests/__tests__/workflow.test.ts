import { describe, expect, it } from "vitest";
import { logServiceContact } from "../log-service-contact.ts";
import type { ServiceRequestStatus } from "../types.ts";
import {
  type ServiceRequestAction,
  type ServiceRequestActionData,
  serviceRequestWorkflow,
} from "../workflow.ts";

const at = new Date("2026-03-03T14:00:00+08:00");
const later = new Date("2026-03-03T16:00:00+08:00");

/** Data every guard accepts, per action. */
const VALID: { [A in ServiceRequestAction]: ServiceRequestActionData[A] } = {
  settleOnSpot: { answer: "Reset the breaker" },
  forward: { department: "engineering", handler: "Zhao Lei", replyBy: later },
  followUp: { note: "Chased engineering", replyBy: later },
  answer: { answer: "Light replaced" },
  close: { note: "Done" },
};

const { request } = logServiceContact({
  id: "S-1",
  kind: "visit",
  caller: { name: "Mr Sun" },
  subject: "Parcel locker jammed",
  receivedAt: at,
  loggedBy: { id: "cs-1", role: "customer_service" },
});
const rows = serviceRequestWorkflow.table();
const states = serviceRequestWorkflow.definition.states;

function attempt(
  state: ServiceRequestStatus,
  action: ServiceRequestAction,
  role: string,
  data: unknown = VALID[action],
) {
  return serviceRequestWorkflow.transition(state, request, {
    action,
    actor: { id: "someone", role },
    at,
    data: data as never,
  });
}

describe("R-SVC-1…3 the service-request workflow table", () => {
  const cases = rows.flatMap((row) =>
    row.from.map((from) => ({ ...row, from: from as ServiceRequestStatus })),
  );

  it.each(cases)("$action moves $from → $to for $roles.0", ({ action, from, to, roles }) => {
    const result = attempt(from, action as ServiceRequestAction, roles[0] ?? "system");
    expect(result).toMatchObject({
      ok: true,
      state: to,
      event: { workflow: "service request", action, from, to },
    });
  });

  it.each(cases)("$action from $from refuses a tenant", ({ action, from }) => {
    const result = attempt(from, action as ServiceRequestAction, "tenant");
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ROLE_NOT_ALLOWED"]);
  });

  it.each(rows)("$action is refused from every state it does not start from", ({ action, from, roles }) => {
    for (const state of states.filter((s) => !from.includes(s))) {
      const result = attempt(state, action as ServiceRequestAction, roles[0] ?? "system");
      expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
    }
  });

  it("cites a rule and names the roles on every row, and reaches every state", () => {
    for (const row of rows) {
      expect(row.rules.length).toBeGreaterThan(0);
      expect(row.roles.length).toBeGreaterThan(0);
    }
    const reached = new Set([serviceRequestWorkflow.definition.initial, ...rows.map((r) => r.to)]);
    expect([...reached].sort()).toEqual([...states].sort());
    expect(serviceRequestWorkflow.actionsFrom("settled")).toEqual([]);
  });

  it.each([
    ["settleOnSpot", "logged", { answer: "" }, ["SVC_ANSWER_REQUIRED"]],
    [
      "forward",
      "logged",
      { department: " ", handler: "", replyBy: at },
      ["SVC_DEPARTMENT_REQUIRED", "SVC_HANDLER_REQUIRED", "SVC_REPLY_TIME_NOT_AFTER_NOW"],
    ],
    ["followUp", "forwarded", { note: "" }, ["SVC_FOLLOW_UP_NOTE_REQUIRED"]],
    ["followUp", "forwarded", { note: "x", replyBy: at }, ["SVC_REPLY_TIME_NOT_AFTER_NOW"]],
    ["answer", "forwarded", { answer: "\t" }, ["SVC_ANSWER_REQUIRED"]],
  ] as const)("the %s guard from %s refuses %j", (action, state, data, expected) => {
    const result = attempt(state, action, "customer_service", data);
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual(expected);
  });

  it("a follow-up without a new reply time is accepted", () => {
    expect(attempt("forwarded", "followUp", "manager", { note: "Chased" }).ok).toBe(true);
  });
});
