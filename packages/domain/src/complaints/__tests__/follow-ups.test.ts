import { describe, expect, it } from "vitest";
import { approveComplaintResult, replyToComplainant } from "../complaint-flow.ts";
import { agreeComplaintNextReply, approveComplaintExtension } from "../follow-ups.ts";
import { complaintStepStatuses } from "../overdue.ts";
import type { Complaint } from "../types.ts";
import {
  accepted,
  after,
  classifiedComplaint,
  clerk,
  DAY,
  HOUR,
  refusalCodes,
  supervisor,
} from "./fixtures.ts";

describe("R-CMP-4 extension of an important complaint", () => {
  const important = () => classifiedComplaint({ staffFaultStrongGrievance: true });
  const extension = { extendBy: { amount: 2, unit: "calendarDays" }, reason: "Parts ordered" } as const;

  it("needs the manager's approval and moves the handling deadline, keeping who, when and why", () => {
    const result = approveComplaintExtension(important(), {
      actor: supervisor,
      at: after(20 * HOUR),
      ...extension,
    });
    expect(result).toMatchObject({
      ok: true,
      event: { action: "approveExtension", from: "classified", to: "classified", actor: supervisor },
    });
    const [handling] = accepted(result).deadlines;
    expect(handling?.deadline.due).toEqual(after(3 * DAY));
    expect(handling?.extensions).toEqual([
      {
        approvedBy: supervisor,
        approvedAt: after(20 * HOUR),
        reason: "Parts ordered",
        originalDue: after(DAY),
      },
    ]);
    const twice = accepted(
      approveComplaintExtension(accepted(result), { actor: supervisor, at: after(3 * DAY), ...extension }),
    );
    expect(twice.deadlines[0]?.deadline.due).toEqual(after(5 * DAY));
    expect(twice.deadlines[0]?.extensions).toHaveLength(2);
  });

  it("refuses customer service, who cannot approve it", () => {
    const result = approveComplaintExtension(important(), { actor: clerk, at: after(1), ...extension });
    expect(refusalCodes(result)).toEqual(["WORKFLOW_ROLE_NOT_ALLOWED"]);
  });

  it("refuses a minor or major complaint", () => {
    const minor = approveComplaintExtension(classifiedComplaint(), {
      actor: supervisor,
      at: after(1),
      ...extension,
    });
    expect(refusalCodes(minor)).toEqual(["CMP_EXTENSION_NOT_APPLICABLE"]);
    const major = classifiedComplaint({ complainantsAboutSameEvent: 9 });
    expect(
      refusalCodes(approveComplaintExtension(major, { actor: supervisor, at: after(1), ...extension })),
    ).toEqual(["CMP_EXTENSION_NOT_APPLICABLE"]);
  });

  it("refuses an extension without a reason", () => {
    const result = approveComplaintExtension(important(), {
      actor: supervisor,
      at: after(1),
      ...extension,
      reason: "",
    });
    expect(refusalCodes(result)).toEqual(["CMP_EXTENSION_REASON_REQUIRED"]);
  });

  it("refuses once the result is approved", () => {
    const approved: Complaint = { ...important(), status: "approved" };
    const result = approveComplaintExtension(approved, { actor: supervisor, at: after(1), ...extension });
    expect(refusalCodes(result)).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
  });
});

describe("R-CMP-5 an agreed next reply for a complaint that cannot be resolved yet", () => {
  const major = () => classifiedComplaint({ suddenOutage: "facilitiesStopped" });
  const agreement = { replyBy: after(5 * DAY), explanation: "The pump must be replaced by the manufacturer" };

  it("becomes a deadline and gives the major complaint its clear answer", () => {
    const result = agreeComplaintNextReply(major(), { actor: clerk, at: after(DAY), ...agreement });
    expect(result).toMatchObject({
      ok: true,
      event: { action: "agreeNextReply", from: "classified", to: "classified" },
    });
    const complaint = accepted(result);
    expect(complaint.nextReply).toEqual({
      text: agreement.explanation,
      actor: clerk,
      at: after(DAY),
      replyBy: after(5 * DAY),
    });
    expect(complaintStepStatuses(complaint, after(6 * DAY)).map((s) => [s.step, s.state])).toEqual([
      ["answer", "metOnTime"],
      ["resolution", "pending"],
      ["nextReply", "overdue"],
    ]);
  });

  it("a later agreement meets the earlier one, and the reply meets the last", () => {
    let complaint = accepted(
      agreeComplaintNextReply(major(), { actor: clerk, at: after(DAY), ...agreement }),
    );
    complaint = accepted(
      agreeComplaintNextReply(complaint, {
        actor: clerk,
        at: after(4 * DAY),
        replyBy: after(8 * DAY),
        explanation: "Delayed",
      }),
    );
    complaint = accepted(
      approveComplaintResult(
        { ...complaint, status: "reportedBack" },
        { actor: supervisor, at: after(7 * DAY) },
      ),
    );
    complaint = accepted(
      replyToComplainant(complaint, { actor: clerk, at: after(7 * DAY + 1), reply: "Pump replaced" }),
    );
    expect(complaintStepStatuses(complaint, after(30 * DAY)).map((s) => [s.step, s.state])).toEqual([
      ["answer", "metOnTime"],
      ["resolution", "metOnTime"],
      ["nextReply", "metOnTime"],
      ["nextReply", "metOnTime"],
      ["reply", "metOnTime"],
    ]);
  });

  it("refuses a time that is not later than now, and a missing explanation", () => {
    const result = agreeComplaintNextReply(major(), {
      actor: clerk,
      at: after(DAY),
      replyBy: after(DAY),
      explanation: "",
    });
    expect(refusalCodes(result)).toEqual([
      "CMP_NEXT_REPLY_NOT_AFTER_NOW",
      "CMP_NEXT_REPLY_EXPLANATION_REQUIRED",
    ]);
  });

  it("throws CMP_TIME_INVALID for an agreed time that is not a time", () => {
    expect(() =>
      agreeComplaintNextReply(major(), {
        actor: clerk,
        at: after(DAY),
        replyBy: new Date("soon"),
        explanation: "x",
      }),
    ).toThrow(expect.objectContaining({ code: "CMP_TIME_INVALID", path: ["replyBy"] }));
  });

  it("refuses after approval (the reply is then due the same day) and refuses an engineer", () => {
    const approved: Complaint = { ...major(), status: "approved" };
    expect(
      refusalCodes(agreeComplaintNextReply(approved, { actor: clerk, at: after(DAY), ...agreement })),
    ).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
    const engineer = { id: "e", role: "engineering" };
    expect(
      refusalCodes(agreeComplaintNextReply(major(), { actor: engineer, at: after(DAY), ...agreement })),
    ).toEqual(["WORKFLOW_ROLE_NOT_ALLOWED"]);
  });
});
