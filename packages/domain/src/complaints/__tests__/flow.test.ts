import { describe, expect, it } from "vitest";
import {
  approveComplaintResult,
  assignComplaint,
  closeComplaint,
  closeInvalidComplaint,
  declareComplaintInvalid,
  recordComplaintHandling,
  recordComplaintReturnVisit,
  replyToComplainant,
  reportComplaintBack,
  returnComplaintToDepartment,
} from "../complaint-flow.ts";
import { classifyComplaint } from "../complaint-severity.ts";
import { complaintStepStatuses } from "../overdue.ts";
import { recordComplaint } from "../record-complaint.ts";
import type { ComplaintChannel } from "../types.ts";
import {
  accepted,
  after,
  classifiedComplaint,
  clerk,
  engineer,
  HOUR,
  newComplaint,
  owner,
  received,
  refusalCodes,
  supervisor,
} from "./fixtures.ts";

describe("R-CMP-1 recording a complaint", () => {
  it("records content, time, complainant and channel, waiting for the validity decision", () => {
    const complaint = newComplaint({ channel: "letter" });
    expect(complaint).toMatchObject({
      status: "received",
      channel: "letter",
      content: "The lift in building 3 has been stuck for two days",
      complainant: { name: "Chen Jie", unitId: "3-1201" },
      receivedAt: received,
      recordedBy: clerk,
      lastStepAt: received,
      severityHistory: [],
      deadlines: [],
    });
  });

  it.each(["hotline", "online", "visit", "letter"] as const)("accepts the %s channel", (channel) => {
    expect(newComplaint({ channel }).channel).toBe(channel);
  });

  it.each([
    ["no id", { id: " " }, "CMP_ID_REQUIRED", ["id"]],
    ["an unknown channel", { channel: "fax" as ComplaintChannel }, "CMP_CHANNEL_UNKNOWN", ["channel"]],
    ["no content", { content: "" }, "CMP_CONTENT_REQUIRED", ["content"]],
    [
      "no complainant name",
      { complainant: { name: "" } },
      "CMP_COMPLAINANT_REQUIRED",
      ["complainant", "name"],
    ],
    ["an invalid time", { receivedAt: new Date("later") }, "CMP_TIME_INVALID", ["receivedAt"]],
  ])("throws for %s", (_why, overrides, code, path) => {
    expect(() => newComplaint(overrides)).toThrow(expect.objectContaining({ code, path }));
  });

  it("throws CMP_COMPLAINANT_REQUIRED when the complainant is missing altogether", () => {
    const intake = { ...newComplaint(), complainant: undefined } as unknown as Parameters<
      typeof recordComplaint
    >[0];
    expect(() => recordComplaint(intake)).toThrow(
      expect.objectContaining({ code: "CMP_COMPLAINANT_REQUIRED" }),
    );
  });
});

describe("R-CMP-2 an invalid complaint", () => {
  it("is closed with the recorded polite explanation, each step with actor and time", () => {
    const invalid = declareComplaintInvalid(newComplaint(), {
      actor: supervisor,
      at: after(30),
      reason: "The lift belongs to the neighbouring estate",
    });
    expect(invalid).toMatchObject({
      ok: true,
      complaint: { status: "invalid", invalidity: { actor: supervisor, at: after(30) } },
      event: { action: "declareInvalid", from: "received", to: "invalid", actor: supervisor, at: after(30) },
    });
    const closed = closeInvalidComplaint(accepted(invalid), {
      actor: clerk,
      at: after(45),
      explanation: "We explained politely and gave the neighbouring estate's number",
    });
    expect(closed).toMatchObject({
      ok: true,
      complaint: {
        status: "closed",
        explanation: {
          text: "We explained politely and gave the neighbouring estate's number",
          actor: clerk,
        },
        deadlines: [],
      },
      event: { action: "closeInvalid", from: "invalid", to: "closed" },
    });
  });

  it("cannot be classified once judged invalid", () => {
    const invalid = accepted(
      declareComplaintInvalid(newComplaint(), { actor: supervisor, at: after(1), reason: "x" }),
    );
    const result = classifyComplaint(invalid, { actor: supervisor, at: after(2), facts: {} });
    expect(refusalCodes(result)).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
  });
});

describe("R-CMP-5 the flow of a valid complaint", () => {
  it("goes from classification to closing with satisfaction, meeting every deadline", () => {
    const classified = classifyComplaint(newComplaint(), { actor: supervisor, at: after(20), facts: {} });
    expect(classified).toMatchObject({
      ok: true,
      classification: { severity: "minor" },
      duties: [],
      event: { action: "classify", from: "received", to: "classified" },
    });
    let complaint = accepted(classified);
    complaint = accepted(
      assignComplaint(complaint, { actor: clerk, at: after(30), department: "engineering" }),
    );
    expect(complaint.department).toBe("engineering");
    complaint = accepted(
      recordComplaintHandling(complaint, { actor: engineer, at: after(3 * HOUR), handling: "Fixed" }),
    );
    complaint = accepted(
      reportComplaintBack(complaint, { actor: engineer, at: after(4 * HOUR), result: "Working" }),
    );
    complaint = accepted(approveComplaintResult(complaint, { actor: supervisor, at: after(5 * HOUR) }));
    expect(complaint.resolvedAt).toEqual(after(5 * HOUR));
    complaint = accepted(
      replyToComplainant(complaint, { actor: clerk, at: after(6 * HOUR), reply: "Repaired" }),
    );
    complaint = accepted(
      recordComplaintReturnVisit(complaint, { actor: clerk, at: after(26 * HOUR), notes: "OK" }),
    );
    const closed = closeComplaint(complaint, {
      actor: clerk,
      at: after(27 * HOUR),
      satisfaction: "basicallySatisfied",
      customerConfirmation: "Signed the reply form",
      causes: ["equipment ageing"],
    });
    expect(closed).toMatchObject({
      ok: true,
      complaint: {
        status: "closed",
        closure: {
          satisfaction: "basicallySatisfied",
          customerConfirmation: "Signed the reply form",
          causes: ["equipment ageing"],
          actor: clerk,
          at: after(27 * HOUR),
        },
        handling: { text: "Fixed", actor: engineer },
        result: { text: "Working", actor: engineer },
        reply: { text: "Repaired", actor: clerk },
        returnVisit: { text: "OK" },
      },
      event: { action: "close", from: "returnVisited", to: "closed" },
    });
    const statuses = complaintStepStatuses(accepted(closed), after(60 * HOUR));
    expect(statuses.map((s) => [s.step, s.state])).toEqual([
      ["resolution", "metOnTime"],
      ["reply", "metOnTime"],
    ]);
  });

  it("records no causes when none are given", () => {
    const visited = { ...classifiedComplaint(), status: "returnVisited" as const };
    const closed = accepted(
      closeComplaint(visited, {
        actor: clerk,
        at: after(1),
        satisfaction: "dissatisfied",
        customerConfirmation: "By phone",
      }),
    );
    expect(closed.closure?.causes).toEqual([]);
  });

  it("goes back to the department when the manager does not agree the result", () => {
    const reported = { ...classifiedComplaint(), status: "reportedBack" as const };
    const returned = returnComplaintToDepartment(reported, {
      actor: supervisor,
      at: after(60),
      reason: "Ask the lift company for a written report",
    });
    expect(returned).toMatchObject({
      ok: true,
      complaint: { status: "assigned", rejections: [{ text: "Ask the lift company for a written report" }] },
    });
    const again = accepted(
      returnComplaintToDepartment(
        { ...accepted(returned), status: "reportedBack" },
        { actor: supervisor, at: after(90), reason: "Still no report" },
      ),
    );
    expect(again.rejections).toHaveLength(2);
    expect(again.resolvedAt).toBeUndefined();
  });

  it("refuses a step dated before the previous one", () => {
    const complaint = classifiedComplaint();
    const result = assignComplaint(complaint, { actor: clerk, at: after(-1), department: "engineering" });
    expect(refusalCodes(result)).toEqual(["CMP_TIME_BEFORE_LAST_STEP"]);
    expect(result.ok || result.refusals[0]?.rule).toBe("R-CMP-5");
  });

  it("throws CMP_TIME_INVALID for a step without a real time", () => {
    expect(() =>
      assignComplaint(classifiedComplaint(), { actor: clerk, at: new Date(""), department: "x" }),
    ).toThrow(expect.objectContaining({ code: "CMP_TIME_INVALID", path: ["at"] }));
  });

  it("refuses a role the step does not allow", () => {
    const result = classifyComplaint(newComplaint(), { actor: owner, at: after(1), facts: {} });
    expect(refusalCodes(result)).toEqual(["WORKFLOW_ROLE_NOT_ALLOWED"]);
  });

  it("refuses classification with malformed facts, every problem at once", () => {
    const result = classifyComplaint(newComplaint(), {
      actor: supervisor,
      at: after(1),
      facts: { complainantsAboutSameEvent: 0, suddenOutage: "meteor" as never },
    });
    expect(refusalCodes(result)).toEqual(["CMP_FACT_INVALID", "CMP_FACT_INVALID"]);
  });

  it("returns a refusal, not a record, so the caller's complaint is unchanged", () => {
    const complaint = classifiedComplaint();
    const result = assignComplaint(complaint, { actor: clerk, at: after(1), department: "" });
    expect(refusalCodes(result)).toEqual(["CMP_DEPARTMENT_REQUIRED"]);
    expect(complaint.status).toBe("classified");
  });
});
