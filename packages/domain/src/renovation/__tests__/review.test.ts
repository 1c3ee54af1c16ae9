import { describe, expect, it } from "vitest";
import {
  advanceRenovation,
  isRenovationDecisionOverdue,
  openRenovation,
  type RenovationApplication,
  renovationDecisionDeadline,
  renovationPolicy,
} from "../index.ts";
import { bj, completeApplication, refusalCodes, renovationIn, validRequests } from "./fixtures.ts";

const { startReview, approve, reject, confirmDecision } = validRequests;

describe("R-REN-1 customer service compiles only a complete file", () => {
  it("refuses to start the review while anything is missing, listing all of it", () => {
    const incomplete: RenovationApplication = {
      ...completeApplication,
      commitmentSignature: undefined,
      drawings: [],
    };
    const codes = refusalCodes(advanceRenovation(renovationIn("applied", incomplete), startReview));
    expect(codes).toEqual(["REN_COMMITMENT_NOT_SIGNED", ...Array(5).fill("REN_DRAWING_MISSING")]);
  });
});

describe("R-REN-3 decision within 1 working day", () => {
  it("starts the clock when the file is compiled, on the official calendar", () => {
    const review = renovationIn("underReview").review;
    expect(review?.startedAt).toEqual(startReview.at);
    expect(review?.deadline).toMatchObject({
      due: bj("2026-11-24T10:00:00"),
      spec: { amount: 1, unit: "workingDays" },
      timeZone: "Asia/Shanghai",
    });
    expect(review?.deadline.calendar).toMatch(/^chinese-days/);
  });

  it("a file compiled the afternoon before National Day is due the first working day after it", () => {
    const deadline = renovationDecisionDeadline(bj("2026-09-30T16:00:00"));
    expect(deadline.due).toEqual(bj("2026-10-08T16:00:00"));
    expect(deadline.skipped.map((d) => d.reason)).toEqual(Array(7).fill("publicHoliday"));
  });

  it("an estate may allow more time", () => {
    const policy = renovationPolicy({ decisionDeadline: { amount: 2, unit: "workingDays" } });
    expect(renovationDecisionDeadline(bj("2026-11-27T10:00:00"), policy).due).toEqual(
      bj("2026-12-01T10:00:00"),
    );
  });

  it("flags a review past its deadline as overdue, and stops once decided", () => {
    const underReview = renovationIn("underReview");
    expect(isRenovationDecisionOverdue(underReview, bj("2026-11-24T10:00:00"))).toBe(false);
    expect(isRenovationDecisionOverdue(underReview, bj("2026-11-24T10:00:01"))).toBe(true);
    expect(isRenovationDecisionOverdue(renovationIn("approved"), bj("2026-12-31T00:00:00"))).toBe(false);
    expect(isRenovationDecisionOverdue(renovationIn("applied"), bj("2026-12-31T00:00:00"))).toBe(false);
  });

  it("a late decision is still taken, and recorded as late", () => {
    const late = advanceRenovation(renovationIn("underReview"), {
      ...approve,
      at: bj("2026-11-25T09:00:00"),
    });
    expect(late.ok && late.renovation.decision?.onTime).toBe(false);
    const inTime = advanceRenovation(renovationIn("underReview"), approve);
    expect(inTime.ok && inTime.renovation.decision?.onTime).toBe(true);
  });

  it("both department heads must sign an approval or a rejection", () => {
    const unsigned = {
      customerServiceHead: undefined,
      engineeringHead: { name: "", signedAt: bj("2026-11-24T09:00:00") },
    };
    const expected = ["REN_DECISION_NOT_SIGNED", "REN_DECISION_NOT_SIGNED"];
    const approveResult = advanceRenovation(renovationIn("underReview"), { ...approve, data: unsigned });
    expect(refusalCodes(approveResult)).toEqual(expected);
    expect(!approveResult.ok && approveResult.refusals.map((r) => r.path)).toEqual([
      ["customerServiceHead"],
      ["engineeringHead"],
    ]);
    const rejectResult = advanceRenovation(renovationIn("underReview"), {
      ...reject,
      data: { ...unsigned, reason: "x" },
    });
    expect(refusalCodes(rejectResult)).toEqual(expected);
  });

  it("a rejection states its reason and keeps what the review found", () => {
    const blank = advanceRenovation(renovationIn("underReview"), {
      ...reject,
      data: { ...reject.data, reason: " " },
    });
    expect(refusalCodes(blank)).toEqual(["REN_REJECTION_REASON_MISSING"]);

    const app: RenovationApplication = { ...completeApplication, work: [{ kind: "facadeAlteration" }] };
    const rejected = advanceRenovation(renovationIn("underReview", app), reject);
    if (!rejected.ok) throw new Error("rejection refused");
    expect(rejected.renovation.decision).toMatchObject({
      outcome: "rejected",
      reason: "the plan moves a kitchen wall",
      findings: [expect.objectContaining({ code: "REN_FACADE_ALTERATION" })],
    });
  });

  it("the owner confirms an approval or a rejection by signature", () => {
    for (const status of ["approved", "rejected"] as const) {
      const result = advanceRenovation(renovationIn(status), { ...confirmDecision, data: {} });
      expect(refusalCodes(result)).toEqual(["REN_DECISION_NOT_SIGNED"]);
      expect(!result.ok && result.refusals[0]?.messageZh).toBe("业主未在审批意见上签字");
    }
  });
});

describe("R-REN-1, R-REN-2, R-REN-4 checked again on the decision date", () => {
  it("a licence that expires between compiling and deciding blocks the approval", () => {
    const app: RenovationApplication = {
      ...completeApplication,
      contractor: {
        ...completeApplication.contractor,
        businessLicence: { number: "91", validUntil: "2026-11-23" },
      },
    };
    const underReview = renovationIn("underReview", app);
    expect(refusalCodes(advanceRenovation(underReview, approve))).toEqual(["REN_DOCUMENT_EXPIRED"]);
  });

  it("work on gas lines cannot be approved without the authority's approval", () => {
    const app: RenovationApplication = { ...completeApplication, affects: ["gasLines"] };
    expect(refusalCodes(advanceRenovation(renovationIn("underReview", app), approve))).toEqual([
      "REN_AUTHORITY_APPROVAL_MISSING",
    ]);
    const approved: RenovationApplication = {
      ...app,
      authorityApprovals: [
        { concern: "gasLines", authority: "燃气公司", reference: "RQ-1", approvedOn: "2026-11-20" },
      ],
    };
    expect(advanceRenovation(renovationIn("underReview", approved), approve).ok).toBe(true);
  });

  it("prohibited work is refused whatever the signatures", () => {
    const app: RenovationApplication = {
      ...completeApplication,
      work: [{ kind: "windowSecurityBars" }, { kind: "hotWork" }],
    };
    expect(refusalCodes(advanceRenovation(renovationIn("underReview", app), approve))).toEqual([
      "REN_WINDOW_SECURITY_BARS",
      "REN_HOT_WORK_WITHOUT_PERMIT",
    ]);
  });

  it("business dates follow the estate's time zone: 23:30 UTC is already the next day in Shanghai", () => {
    const app: RenovationApplication = {
      ...completeApplication,
      contractor: {
        ...completeApplication.contractor,
        businessLicence: { number: "91", validUntil: "2026-11-23" },
      },
    };
    const renovation = openRenovation({
      id: "r",
      application: app,
      appliedAt: new Date("2026-11-23T01:00:00Z"),
    });
    const lateEvening = { ...startReview, at: new Date("2026-11-23T16:30:00Z") };
    expect(refusalCodes(advanceRenovation(renovation, lateEvening))).toEqual(["REN_DOCUMENT_EXPIRED"]);
    const sameDay = advanceRenovation(renovation, { ...startReview, at: new Date("2026-11-23T15:30:00Z") });
    expect(sameDay.ok).toBe(true);
  });
});
