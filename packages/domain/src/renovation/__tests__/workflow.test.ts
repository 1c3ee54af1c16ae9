import { describe, expect, it } from "vitest";
import {
  advanceRenovation,
  RENOVATION_STATUSES,
  type RenovationAction,
  type RenovationStatus,
  renovationWorkflow,
} from "../index.ts";
import { actors, refusalCodes, renovationIn, validRequests } from "./fixtures.ts";

const ACTIONS = Object.keys(validRequests) as RenovationAction[];

describe("the renovation workflow (R-REN-1 … R-REN-9)", () => {
  // The printed table speaks in strings; the rows name this workflow's own states and actions.
  const rows = renovationWorkflow.table().flatMap((row) =>
    row.from.map((from) => ({
      ...row,
      action: row.action as RenovationAction,
      from: from as RenovationStatus,
      to: row.to as RenovationStatus,
    })),
  );

  it("has a row for every action and reaches every state", () => {
    expect(new Set(rows.map((r) => r.action))).toEqual(new Set(ACTIONS));
    const reached = new Set(["applied", ...rows.map((r) => r.to)]);
    expect([...reached].sort()).toEqual([...RENOVATION_STATUSES].sort());
    for (const row of rows) expect(row.rules.length).toBeGreaterThan(0);
  });

  it.each(rows)("$action: $from → $to, recording the event in the history", ({ action, from, to }) => {
    const before = renovationIn(from);
    const result = advanceRenovation(before, validRequests[action]);
    if (!result.ok) throw new Error(result.refusals.map((r) => r.code).join(", "));
    expect(result.renovation.status).toBe(to);
    expect(result.event).toMatchObject({ workflow: "renovation", action, from, to });
    expect(result.renovation.history).toEqual([...before.history, result.event]);
  });

  it.each(rows.filter((r) => r.roles.length > 0))(
    "$action from $from refuses a tenant",
    ({ action, from }) => {
      const request = { ...validRequests[action], actor: actors.tenant };
      expect(refusalCodes(advanceRenovation(renovationIn(from), request as never))).toEqual([
        "WORKFLOW_ROLE_NOT_ALLOWED",
      ]);
    },
  );

  it.each([...RENOVATION_STATUSES])("in %s, every action the table does not allow is refused", (status) => {
    const renovation = renovationIn(status);
    const allowed = renovationWorkflow.actionsFrom(status);
    for (const action of ACTIONS.filter((a) => !allowed.includes(a))) {
      const codes = refusalCodes(advanceRenovation(renovation, validRequests[action]));
      // A settled deposit says so in business terms (R-REN-9).
      expect(codes).toEqual([
        action === "settleDeposit" && status === "depositSettled"
          ? "REN_DEPOSIT_ALREADY_SETTLED"
          : "WORKFLOW_ACTION_NOT_ALLOWED",
      ]);
    }
  });

  it("closed and depositSettled are final", () => {
    expect(renovationWorkflow.isFinal("closed")).toBe(true);
    expect(renovationWorkflow.isFinal("depositSettled")).toBe(true);
    expect(renovationWorkflow.actionsFrom("depositSettled")).toEqual([]);
  });

  it("keeps what each step recorded on the record", () => {
    const settled = renovationIn("depositSettled");
    expect(settled.history.map((e) => e.action)).toEqual([
      "startReview",
      "approve",
      "confirmDecision",
      "payFees",
      "issuePermit",
      "startWork",
      "applyForCompletion",
      "accept",
      "settleDeposit",
    ]);
    expect(settled.decision).toMatchObject({ outcome: "approved", onTime: true, findings: [] });
    expect(settled.ownerConfirmation?.name).toBe("王芳");
    expect(settled.payment?.paid).toBe(validRequests.payFees.data.fees.total);
    expect(settled.permit).toMatchObject({
      permitNumber: "ZX-2026-118",
      issuedAt: validRequests.issuePermit.at,
    });
    expect(settled.entryInspection?.existingDamage).toHaveLength(1);
    expect(settled.completion).toMatchObject({ appliedOn: "2027-01-10", agreedInspectionDate: "2027-01-15" });
  });
});
