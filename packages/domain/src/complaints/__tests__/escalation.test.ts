import { describe, expect, it } from "vitest";
import { approveComplaintResult } from "../complaint-flow.ts";
import { overrideComplaintSeverity, reevaluateComplaintSeverity } from "../complaint-severity.ts";
import type { Complaint, ComplaintFacts } from "../types.ts";
import {
  accepted,
  after,
  classifiedComplaint,
  clerk,
  DAY,
  HOUR,
  newComplaint,
  owner,
  refusalCodes,
  supervisor,
  system,
} from "./fixtures.ts";

const reevaluate = (complaint: Complaint, at: Date, facts?: ComplaintFacts) =>
  reevaluateComplaintSeverity(complaint, facts ? { actor: system, at, facts } : { actor: system, at });

describe("R-CMP-3 re-evaluation only escalates", () => {
  it("five complainants about the same event make it major, reported at once", () => {
    const minor = classifiedComplaint({ complainantsAboutSameEvent: 1 });
    const result = reevaluate(minor, after(2 * HOUR), { complainantsAboutSameEvent: 5 });
    expect(result).toMatchObject({
      ok: true,
      escalated: true,
      classification: { severity: "major" },
      complaint: { severity: "major", facts: { complainantsAboutSameEvent: 5 } },
      event: { action: "reevaluateSeverity", from: "classified", to: "classified", actor: system },
    });
    const complaint = accepted(result);
    expect(complaint.severityHistory.map((c) => [c.kind, c.from, c.to])).toEqual([
      ["classification", undefined, "minor"],
      ["reevaluation", "minor", "major"],
    ]);
    expect(complaint.severityHistory[1]?.criteria.map((c) => c.id)).toEqual(["manyComplainantsSameEvent"]);
    expect(result.ok && result.duties.map((d) => d.to)).toEqual(["supervisor", "companyLeadership"]);
    // The major deadlines start at the escalation and replace the minor one.
    expect(complaint.deadlines.map((d) => [d.step, d.deadline.due])).toEqual([
      ["answer", after(2 * HOUR + 2 * DAY)],
      ["resolution", after(2 * HOUR + 15 * DAY)],
    ]);
  });

  it("a valid complaint unresolved one week after classification becomes major", () => {
    const important = classifiedComplaint({ staffFaultStrongGrievance: true });
    expect(reevaluate(important, after(7 * DAY - 1))).toMatchObject({ ok: true, escalated: false });
    const result = reevaluate(important, after(7 * DAY));
    expect(result).toMatchObject({ ok: true, escalated: true, complaint: { severity: "major" } });
    expect(result.ok && result.classification.criteria.map((c) => c.id)).toEqual([
      "unresolvedForOneWeek",
      "staffFaultStrongGrievance",
    ]);
  });

  it("a resolved complaint does not escalate for elapsed time", () => {
    const reported: Complaint = { ...classifiedComplaint(), status: "reportedBack" };
    const approved = accepted(approveComplaintResult(reported, { actor: supervisor, at: after(HOUR) }));
    expect(reevaluate(approved, after(30 * DAY))).toMatchObject({ ok: true, escalated: false });
  });

  it("an escalation after the answer was given owes no new answer", () => {
    const important = classifiedComplaint({ staffFaultStrongGrievance: true });
    const answered: Complaint = {
      ...important,
      nextReply: { text: "x", actor: clerk, at: after(HOUR), replyBy: after(DAY) },
    };
    const escalated = accepted(reevaluate(answered, after(2 * HOUR), { complainantsAboutSameEvent: 7 }));
    expect(escalated.deadlines.map((d) => d.step)).toEqual(["resolution"]);
  });

  it("never lowers severity, even when the facts now point lower", () => {
    const major = classifiedComplaint({ companyFaultHarm: ["economicLoss"] });
    const result = reevaluate(major, after(HOUR), { companyFaultHarm: [] });
    expect(result).toMatchObject({
      ok: true,
      escalated: false,
      duties: [],
      classification: { severity: "minor" },
      complaint: { severity: "major", facts: { companyFaultHarm: [] } },
    });
    expect(accepted(result).severityHistory).toHaveLength(1);
    expect(accepted(result).deadlines).toEqual(major.deadlines);
  });

  it("refuses before classification, for owners, and with malformed facts", () => {
    expect(refusalCodes(reevaluate(newComplaint(), after(1)))).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
    const asOwner = reevaluateComplaintSeverity(classifiedComplaint(), { actor: owner, at: after(1) });
    expect(refusalCodes(asOwner)).toEqual(["WORKFLOW_ROLE_NOT_ALLOWED"]);
    expect(
      refusalCodes(reevaluate(classifiedComplaint(), after(1), { complainantsAboutSameEvent: -2 })),
    ).toEqual(["CMP_FACT_INVALID"]);
  });

  it("refuses a closed complaint", () => {
    const closed: Complaint = { ...classifiedComplaint(), status: "closed" };
    expect(refusalCodes(reevaluate(closed, after(1), { complainantsAboutSameEvent: 9 }))).toEqual([
      "WORKFLOW_ACTION_NOT_ALLOWED",
    ]);
  });
});

describe("R-CMP-3 manual override records who and why", () => {
  const lowered = () =>
    overrideComplaintSeverity(classifiedComplaint({ complainantsAboutSameEvent: 6 }), {
      actor: supervisor,
      at: after(HOUR),
      severity: "important",
      reason: "Six calls, but all from one household",
    });

  it("lowers severity only by override, with actor and reason kept", () => {
    const result = lowered();
    expect(result).toMatchObject({
      ok: true,
      duties: [],
      complaint: { severity: "important" },
      event: { action: "overrideSeverity", actor: supervisor, data: { severity: "important" } },
    });
    const complaint = accepted(result);
    expect(complaint.severityHistory[1]).toMatchObject({
      kind: "override",
      from: "major",
      to: "important",
      actor: supervisor,
      at: after(HOUR),
      reason: "Six calls, but all from one household",
    });
    expect(complaint.deadlines.map((d) => [d.step, d.deadline.due])).toEqual([
      ["handling", after(HOUR + DAY)],
    ]);
  });

  it("is not undone by re-evaluating the same facts", () => {
    const complaint = accepted(lowered());
    expect(reevaluate(complaint, after(2 * HOUR))).toMatchObject({ ok: true, escalated: false });
    expect(reevaluate(complaint, after(2 * HOUR), { complainantsAboutSameEvent: 8 })).toMatchObject({
      escalated: false,
      complaint: { severity: "important" },
    });
  });

  it("a criterion that newly fires after the override still escalates", () => {
    const complaint = accepted(lowered());
    const result = reevaluate(complaint, after(2 * HOUR), { suddenOutage: "largeAreaPowerCut" });
    expect(result).toMatchObject({ ok: true, escalated: true, complaint: { severity: "major" } });
  });

  it("raising by override reports at once", () => {
    const result = overrideComplaintSeverity(classifiedComplaint(), {
      actor: supervisor,
      at: after(HOUR),
      severity: "important",
      reason: "VIP owner",
    });
    expect(result.ok && result.duties.map((d) => [d.to, d.severity])).toEqual([["supervisor", "important"]]);
  });

  it.each([
    ["the same severity", { severity: "minor", reason: "x" }, ["CMP_OVERRIDE_UNCHANGED"]],
    ["no reason", { severity: "major", reason: " " }, ["CMP_OVERRIDE_REASON_REQUIRED"]],
    ["an unknown severity", { severity: "critical", reason: "x" }, ["CMP_SEVERITY_UNKNOWN"]],
  ] as const)("refuses %s", (_why, change, codes) => {
    const result = overrideComplaintSeverity(classifiedComplaint(), {
      actor: supervisor,
      at: after(1),
      ...(change as { severity: "major"; reason: string }),
    });
    expect(refusalCodes(result)).toEqual(codes);
  });

  it("refuses customer service and an unclassified complaint", () => {
    const change = { at: after(1), severity: "major", reason: "x" } as const;
    expect(
      refusalCodes(overrideComplaintSeverity(classifiedComplaint(), { actor: clerk, ...change })),
    ).toEqual(["WORKFLOW_ROLE_NOT_ALLOWED"]);
    expect(refusalCodes(overrideComplaintSeverity(newComplaint(), { actor: supervisor, ...change }))).toEqual(
      ["WORKFLOW_ACTION_NOT_ALLOWED"],
    );
  });
});
