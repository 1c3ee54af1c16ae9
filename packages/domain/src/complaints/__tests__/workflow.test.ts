import { describe, expect, it } from "vitest";
import type { ComplaintStatus } from "../types.ts";
import { type ComplaintAction, type ComplaintActionData, complaintWorkflow } from "../workflow.ts";
import { newComplaint, owner, received } from "./fixtures.ts";

/** Data every guard accepts, per action. */
const VALID: { [A in ComplaintAction]: ComplaintActionData[A] } = {
  declareInvalid: { reason: "The lift belongs to the neighbouring estate" },
  closeInvalid: { explanation: "We explained politely whom to call" },
  classify: { facts: { complainantsAboutSameEvent: 2 }, urgent: true },
  assign: { department: "engineering" },
  handle: { handling: "Lift company called; door sensor replaced" },
  reportBack: { result: "Lift back in service at 15:00" },
  approveResult: { note: "Agreed" },
  returnToDepartment: { reason: "Ask the lift company for a written report" },
  reply: { reply: "The lift was repaired at 15:00; the door sensor was replaced" },
  recordReturnVisit: { notes: "The owner confirms the lift works" },
  close: { satisfaction: "satisfied", customerConfirmation: "Signed the reply form", causes: ["equipment"] },
};

const record = newComplaint();
const rows = complaintWorkflow.table();
const states = complaintWorkflow.definition.states;

function attempt(
  state: ComplaintStatus,
  action: ComplaintAction,
  role: string,
  data: unknown = VALID[action],
) {
  return complaintWorkflow.transition(state, record, {
    action,
    actor: { id: "someone", role },
    at: received,
    data: data as never,
  });
}

describe("R-CMP-5 the complaint workflow table", () => {
  const cases = rows.flatMap((row) => row.from.map((from) => ({ ...row, from: from as ComplaintStatus })));

  it.each(cases)("$action moves $from → $to for a $roles.0", ({ action, from, to, roles }) => {
    const result = attempt(from, action as ComplaintAction, roles[0] ?? "system");
    expect(result).toMatchObject({ ok: true, state: to, event: { workflow: "complaint", action, from, to } });
  });

  it.each(cases)("$action from $from refuses an owner", ({ action, from }) => {
    const result = attempt(from, action as ComplaintAction, owner.role);
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ROLE_NOT_ALLOWED"]);
  });

  it.each(rows)("$action is refused from every state it does not start from", ({ action, from, roles }) => {
    for (const state of states.filter((s) => !from.includes(s))) {
      const result = attempt(state, action as ComplaintAction, roles[0] ?? "system");
      expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
    }
  });

  it("cites a rule and names the roles on every row, and reaches every state", () => {
    for (const row of rows) {
      expect(row.rules.length).toBeGreaterThan(0);
      expect(row.roles.length).toBeGreaterThan(0);
      expect(row.note).not.toBe("");
    }
    const reached = new Set([complaintWorkflow.definition.initial, ...rows.map((r) => r.to)]);
    expect([...reached].sort()).toEqual([...states].sort());
    expect(complaintWorkflow.isFinal("closed")).toBe(true);
    expect(complaintWorkflow.actionsFrom("closed")).toEqual([]);
  });
});

describe("R-CMP-2, R-CMP-5, R-CMP-6 the complaint workflow guards", () => {
  it.each([
    ["declareInvalid", "received", { reason: " " }, ["CMP_INVALIDITY_REASON_REQUIRED"]],
    ["closeInvalid", "invalid", { explanation: "" }, ["CMP_EXPLANATION_REQUIRED"]],
    ["assign", "classified", { department: "" }, ["CMP_DEPARTMENT_REQUIRED"]],
    ["handle", "assigned", { handling: "" }, ["CMP_HANDLING_REQUIRED"]],
    ["reportBack", "handled", { result: "\n" }, ["CMP_RESULT_REQUIRED"]],
    ["returnToDepartment", "reportedBack", { reason: "" }, ["CMP_REJECTION_REASON_REQUIRED"]],
    ["reply", "approved", { reply: "" }, ["CMP_REPLY_REQUIRED"]],
    ["recordReturnVisit", "replied", { notes: "" }, ["CMP_RETURN_VISIT_NOTES_REQUIRED"]],
    [
      "close",
      "returnVisited",
      { satisfaction: "delighted", customerConfirmation: "" },
      ["CMP_SATISFACTION_UNKNOWN", "CMP_CONFIRMATION_REQUIRED"],
    ],
    [
      "classify",
      "received",
      {
        facts: { complainantsAboutSameEvent: -1, companyDeems: { severity: "major", reason: "" } },
        urgent: "yes",
      },
      ["CMP_FACT_INVALID", "CMP_DEEMED_REASON_REQUIRED", "CMP_FACT_INVALID"],
    ],
  ] as const)("%s from %s refuses %j", (action, state, data, codes) => {
    const row = rows.find((r) => r.action === action);
    const result = attempt(state, action, row?.roles[0] ?? "", data);
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual(codes);
    if (!result.ok) {
      for (const refusal of result.refusals) {
        expect(refusal.messageZh).not.toBe("");
        expect(refusal.rule).toMatch(/^R-CMP-/);
      }
    }
  });
});
