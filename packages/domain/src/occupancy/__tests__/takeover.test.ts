import { describe, expect, it } from "vitest";
import {
  advanceTakeoverDefect,
  checkTakeoverCompletion,
  type TakeoverDefect,
  type TakeoverDefectActions,
  type TakeoverDefectStatus,
  takeoverDefectWorkflow,
} from "../index.ts";
import { at } from "./fixtures.ts";

const engineer = { id: "e1", role: "engineering", name: "Sun" };
const defect: TakeoverDefect = {
  id: "D-1",
  scope: "plumbing",
  location: "B2 pump room",
  description: "riser valve leaks",
  status: "recorded",
};
const validData: { [A in keyof TakeoverDefectActions]: TakeoverDefectActions[A] } = {
  report: { reportRef: "TR-2026-03" },
  rectify: { note: "valve replaced" },
  accept: undefined,
  reopen: { finding: "still dripping" },
};
const allScopes = ["civilWorks", "plumbing", "electrical", "fire", "smartSystems", "greening"] as const;

describe("R-HND-1 takeover defect workflow", () => {
  const rows = takeoverDefectWorkflow.table();

  it("runs recorded → reported → rectified → closed, with failed re-inspections back to reported", () => {
    expect(rows.map((r) => `${r.action}: ${r.from.join("|")} → ${r.to}`)).toEqual([
      "report: recorded → reported",
      "rectify: reported → rectified",
      "accept: rectified → closed",
      "reopen: rectified → reported",
    ]);
  });

  for (const row of rows) {
    for (const from of row.from as TakeoverDefectStatus[]) {
      const action = row.action as keyof TakeoverDefectActions;
      it(`${action} from ${from} reaches ${row.to}`, () => {
        const result = advanceTakeoverDefect({ ...defect, status: from }, action, validData[action], {
          actor: engineer,
          at,
        });
        expect(result.ok && result.event).toMatchObject({ action, from, to: row.to, actor: engineer });
      });
      it(`${action} from ${from} refuses a cashier`, () => {
        const result = advanceTakeoverDefect({ ...defect, status: from }, action, validData[action], {
          actor: { id: "c", role: "cashier" },
          at,
        });
        expect(result.ok || result.refusals[0]?.code).toBe("WORKFLOW_ROLE_NOT_ALLOWED");
      });
    }
  }

  it("a closed defect cannot move", () => {
    for (const action of Object.keys(validData) as (keyof TakeoverDefectActions)[]) {
      const result = advanceTakeoverDefect({ ...defect, status: "closed" }, action, validData[action], {
        actor: engineer,
        at,
      });
      expect(result.ok || result.refusals[0]?.code).toBe("WORKFLOW_ACTION_NOT_ALLOWED");
    }
  });

  it("reporting needs the written report's reference", () => {
    const result = advanceTakeoverDefect(defect, "report", { reportRef: " " }, { actor: engineer, at });
    expect(result.ok || result.refusals.map((r) => r.code)).toEqual(["OCC_DEFECT_REPORT_MISSING"]);
  });

  it("a failed re-inspection records what is still wrong", () => {
    const rectified = { ...defect, status: "rectified" as const };
    const blank = advanceTakeoverDefect(rectified, "reopen", { finding: "" }, { actor: engineer, at });
    expect(blank.ok || blank.refusals.map((r) => r.code)).toEqual(["OCC_DEFECT_FINDING_MISSING"]);
    const reopened = advanceTakeoverDefect(rectified, "reopen", validData.reopen, { actor: engineer, at });
    expect(reopened.ok && reopened.defect).toMatchObject({
      status: "reported",
      findings: ["still dripping"],
    });
  });

  it("keeps the report reference on the defect", () => {
    const reported = advanceTakeoverDefect(defect, "report", validData.report, { actor: engineer, at });
    expect(reported.ok && reported.defect.reportRef).toBe("TR-2026-03");
  });
});

describe("R-HND-1 takeover is complete only when every scope is inspected and every defect closed", () => {
  it("complete", () => {
    const check = checkTakeoverCompletion({
      scopesInspected: allScopes,
      defects: [{ ...defect, status: "closed" }],
    });
    expect(check).toMatchObject({ complete: true, missing: [], openDefects: [] });
  });

  it("lists the scopes not inspected and the defects still open", () => {
    const check = checkTakeoverCompletion({
      scopesInspected: ["civilWorks", "plumbing", "electrical", "fire"],
      defects: [
        defect,
        { ...defect, id: "D-2", status: "rectified" },
        { ...defect, id: "D-3", status: "closed" },
      ],
    });
    expect(check.complete).toBe(false);
    expect(check.missing.map((r) => r.code)).toEqual([
      "OCC_TAKEOVER_SCOPE_NOT_INSPECTED",
      "OCC_TAKEOVER_SCOPE_NOT_INSPECTED",
      "OCC_TAKEOVER_DEFECT_OPEN",
      "OCC_TAKEOVER_DEFECT_OPEN",
    ]);
    expect(check.missing[0]?.messageZh).toBe("承接查验尚未查验智能化系统");
    expect(check.openDefects.map((d) => d.id)).toEqual(["D-1", "D-2"]);
  });

  it("follows the estate's list of scopes", () => {
    const check = checkTakeoverCompletion(
      { scopesInspected: ["fire"], defects: [] },
      { takeoverScopes: ["fire"] },
    );
    expect(check.complete).toBe(true);
  });
});
