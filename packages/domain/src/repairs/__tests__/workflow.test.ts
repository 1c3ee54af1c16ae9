import { describe, expect, it } from "vitest";
import {
  advanceRepair,
  type RepairAction,
  type RepairActionData,
  type RepairStatus,
  repairWorkflow,
} from "../index.ts";
import { leakyValveQuote, minutesAfter, orderIn, plumber, plumbingCovered, requestedAt } from "./fixtures.ts";

/** Data that satisfies every guard of the action. */
const validData: { [A in RepairAction]: RepairActionData[A] } = {
  respond: { onSiteNow: true },
  assign: { technician: plumber },
  agreeFreePlan: { warranty: plumbingCovered, plan: "Replace the valve free of charge" },
  quote: { quote: leakyValveQuote, reason: "Out of warranty" },
  acceptQuote: undefined,
  declineQuote: { reason: "Too expensive" },
  start: undefined,
  complete: { workDone: "Valve replaced" },
  acceptJointly: { ownerSignature: "Wang Fang", technicianSignature: "Zhang Shifu" },
  rejectAtAcceptance: { defects: "Still drips" },
  returnVisitSatisfied: { comment: "Fine" },
  returnVisitDissatisfied: { complaint: "Drips again" },
  withdraw: { reason: "Fixed it myself" },
};

// Two days after the request: past every return-visit minimum in the fixtures.
const at = minutesAfter(requestedAt, 2 * 24 * 60);

// From-states that exist to give a refusal a name, rather than a "not allowed" (R-REP-3).
const refusedByDesign: Record<string, string> = {
  "start:assigned": "REP_COVERAGE_UNDECIDED",
  "start:quoted": "REP_QUOTE_NOT_ACCEPTED",
};

const rows = repairWorkflow
  .table()
  .flatMap((row) => row.from.map((from) => ({ ...row, from: from as RepairStatus })));

function act(status: RepairStatus, action: RepairAction, role: string) {
  const request = { action, actor: { id: "a-1", role }, at, data: validData[action] };
  return advanceRepair(orderIn(status), request as Parameters<typeof advanceRepair>[1]);
}

describe("the repair workflow table, row by row", () => {
  it.each(rows.map((r) => [r.action, r.from, r.to, r.roles] as const))(
    "%s from %s goes to %s",
    (action, from, to, roles) => {
      const result = act(from, action as RepairAction, roles[0] ?? "manager");
      const expectedRefusal = refusedByDesign[`${action}:${from}`];
      if (expectedRefusal) {
        expect(result.ok || result.refusals.map((r) => r.code)).toEqual([expectedRefusal]);
        return;
      }
      expect(result.ok && [result.order.status, result.event.from, result.event.to]).toEqual([to, from, to]);
    },
  );

  it.each(rows.filter((r) => r.roles.length > 0).map((r) => [r.action, r.from, r.roles.join(", ")] as const))(
    "%s from %s refuses a role other than %s",
    (action, from) => {
      const result = act(from, action as RepairAction, "security");
      expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ROLE_NOT_ALLOWED"]);
    },
  );

  const states = repairWorkflow.definition.states;
  const notAllowed = repairWorkflow
    .table()
    .flatMap((row) =>
      states
        .filter((s) => !repairWorkflow.table().some((r) => r.action === row.action && r.from.includes(s)))
        .map((s) => [row.action, s] as const),
    );
  it.each(notAllowed)("%s is not allowed from %s", (action, from) => {
    const result = act(from, action as RepairAction, "manager");
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
  });

  it("every row names its rules except withdrawal, and every state is reachable", () => {
    const table = repairWorkflow.table();
    expect(table.filter((r) => r.rules.length === 0).map((r) => r.action)).toEqual(["withdraw"]);
    const reached = new Set(["registered", ...table.map((r) => r.to)]);
    expect([...states].filter((s) => !reached.has(s))).toEqual([]);
    expect(repairWorkflow.isFinal("closed") && repairWorkflow.isFinal("withdrawn")).toBe(true);
  });
});
