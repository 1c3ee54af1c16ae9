import { describe, expect, it } from "vitest";
import { approveComplaintResult, replyToComplainant } from "../complaint-flow.ts";
import { classifyComplaint } from "../complaint-severity.ts";
import { complaintReportingDuties, complaintSeverityDeadlines } from "../deadlines.ts";
import { complaintStepStatuses, overdueComplaintSteps } from "../overdue.ts";
import { DEFAULT_COMPLAINT_POLICY } from "../policy.ts";
import type { Complaint } from "../types.ts";
import {
  accepted,
  after,
  classifiedComplaint,
  clerk,
  DAY,
  HOUR,
  newComplaint,
  received,
  supervisor,
} from "./fixtures.ts";

const MINUTE_MS = 60_000;
const dueOf = (complaint: Complaint) => complaint.deadlines.map((d) => [d.step, d.deadline.due]);

describe("R-CMP-4 deadlines by severity", () => {
  it("a minor complaint is resolved within 24 hours", () => {
    expect(dueOf(classifiedComplaint({}))).toEqual([["resolution", after(24 * HOUR)]]);
  });

  it("a minor urgent complaint within 12 hours", () => {
    expect(dueOf(classifiedComplaint({}, true))).toEqual([["resolution", after(12 * HOUR)]]);
  });

  it("an important complaint is handled within 1 day", () => {
    expect(dueOf(classifiedComplaint({ staffFaultStrongGrievance: true }))).toEqual([
      ["handling", after(DAY)],
    ]);
  });

  it("a major complaint gets a clear answer within 2 days and is resolved within 15 days", () => {
    expect(dueOf(classifiedComplaint({ suddenOutage: "largeAreaPowerCut" }))).toEqual([
      ["answer", after(2 * DAY)],
      ["resolution", after(15 * DAY)],
    ]);
  });

  it("each deadline carries its rule, spec and calendar", () => {
    const [deadline] = complaintSeverityDeadlines("important", false, received, DEFAULT_COMPLAINT_POLICY);
    expect(deadline).toMatchObject({
      step: "handling",
      rule: "R-CMP-4",
      deadline: { from: received, spec: { amount: 1, unit: "calendarDays" }, timeZone: "Asia/Shanghai" },
    });
    expect(deadline?.deadline.calendar).toMatch(/calendar days/);
  });

  it("an estate may count working days instead (Friday + 1 working day → Monday)", () => {
    const friday = new Date("2026-03-06T10:00:00+08:00");
    const policy = { importantHandling: { amount: 1, unit: "workingDays" } } as const;
    const [deadline] = complaintSeverityDeadlines("important", false, friday, {
      ...DEFAULT_COMPLAINT_POLICY,
      ...policy,
    });
    expect(deadline?.deadline.due).toEqual(new Date("2026-03-09T10:00:00+08:00"));
    expect(deadline?.deadline.skipped.map((d) => d.reason)).toEqual(["weekend", "weekend"]);
  });
});

describe("R-CMP-4 reporting duties", () => {
  it("a minor complaint needs no report", () => {
    expect(complaintReportingDuties("minor", received, DEFAULT_COMPLAINT_POLICY)).toEqual([]);
  });

  it("an important complaint goes to the supervisor at once", () => {
    const duties = complaintReportingDuties("important", received, DEFAULT_COMPLAINT_POLICY);
    expect(duties.map((d) => [d.to, d.deadline.due])).toEqual([["supervisor", received]]);
  });

  it("a major complaint goes to the supervisor and onward to company leadership", () => {
    const result = classifyComplaint(newComplaint(), {
      actor: supervisor,
      at: after(10),
      facts: { companyFaultHarm: ["personalInjury"] },
    });
    expect(result.ok && result.duties.map((d) => [d.to, d.via, d.severity, d.rule, d.deadline.due])).toEqual([
      ["supervisor", undefined, "major", "R-CMP-4", after(10)],
      ["companyLeadership", "supervisor", "major", "R-CMP-4", after(10)],
    ]);
  });
});

describe("R-CMP-5 the reply is due the same day as the approval", () => {
  const reported = (): Complaint => ({ ...classifiedComplaint(), status: "reportedBack" });

  it.each([
    ["late in the evening", "2026-03-02T23:30:00+08:00", "2026-03-03T00:00:00+08:00"],
    [
      "just after midnight Beijing time (still the day before in UTC)",
      "2026-03-03T00:10:00+08:00",
      "2026-03-04T00:00:00+08:00",
    ],
  ])("approved %s: due by 24:00 that business day", (_why, approvedAt, due) => {
    const approved = accepted(
      approveComplaintResult(reported(), { actor: supervisor, at: new Date(approvedAt) }),
    );
    const reply = approved.deadlines.find((d) => d.step === "reply");
    expect(reply?.rule).toBe("R-CMP-5");
    expect(reply?.deadline.due).toEqual(new Date(due));
  });

  it("a reply after midnight is late by the time past 24:00", () => {
    const approvedAt = new Date("2026-03-02T23:30:00+08:00");
    const approved = accepted(approveComplaintResult(reported(), { actor: supervisor, at: approvedAt }));
    const repliedAt = new Date("2026-03-03T00:20:00+08:00");
    expect(overdueComplaintSteps(approved, repliedAt).map((s) => [s.step, s.lateByMs])).toEqual([
      ["reply", 20 * MINUTE_MS],
    ]);
    const replied = accepted(replyToComplainant(approved, { actor: clerk, at: repliedAt, reply: "Done" }));
    const reply = complaintStepStatuses(replied, repliedAt).find((s) => s.step === "reply");
    expect(reply).toMatchObject({ state: "metLate", metAt: repliedAt, lateByMs: 20 * MINUTE_MS });
  });

  it("the estate's time zone decides the business day", () => {
    const approvedAt = new Date("2026-03-02T23:30:00+08:00"); // 16:30 in Berlin
    const approved = accepted(
      approveComplaintResult(
        reported(),
        { actor: supervisor, at: approvedAt },
        { timeZone: "Europe/Berlin" },
      ),
    );
    const reply = approved.deadlines.find((d) => d.step === "reply");
    expect(reply?.deadline.due).toEqual(new Date("2026-03-03T00:00:00+01:00"));
  });
});

describe("R-CMP-5 overdue steps at any instant", () => {
  it("a step is pending up to and including its due instant, then overdue by the time past it", () => {
    const complaint = classifiedComplaint({});
    expect(complaintStepStatuses(complaint, after(24 * HOUR))).toMatchObject([
      { step: "resolution", state: "pending", lateByMs: 0 },
    ]);
    expect(overdueComplaintSteps(complaint, after(24 * HOUR))).toEqual([]);
    expect(overdueComplaintSteps(complaint, after(27 * HOUR))).toMatchObject([
      { step: "resolution", rule: "R-CMP-4", state: "overdue", lateByMs: 3 * HOUR * MINUTE_MS },
    ]);
  });

  it("a major complaint can be overdue on its answer and not yet on its resolution", () => {
    const complaint = classifiedComplaint({ suddenOutage: "largeAreaWaterCut" });
    expect(overdueComplaintSteps(complaint, after(3 * DAY)).map((s) => s.step)).toEqual(["answer"]);
    expect(overdueComplaintSteps(complaint, after(16 * DAY)).map((s) => s.step)).toEqual([
      "answer",
      "resolution",
    ]);
  });

  it("a step met late stays met late however much later one asks", () => {
    const reported: Complaint = { ...classifiedComplaint({}), status: "reportedBack" };
    const approved = accepted(approveComplaintResult(reported, { actor: supervisor, at: after(25 * HOUR) }));
    expect(complaintStepStatuses(approved, after(90 * DAY))[0]).toMatchObject({
      step: "resolution",
      state: "metLate",
      lateByMs: HOUR * MINUTE_MS,
    });
  });

  it("throws CMP_TIME_INVALID for an invalid instant", () => {
    expect(() => complaintStepStatuses(classifiedComplaint(), new Date("x"))).toThrow(
      expect.objectContaining({ code: "CMP_TIME_INVALID" }),
    );
  });
});
