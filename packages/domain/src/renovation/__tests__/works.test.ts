import { describe, expect, it } from "vitest";
import { parseMoney } from "../../money/index.ts";
import { advanceRenovation, renovationPolicy } from "../index.ts";
import { bj, refusalCodes, renovationIn, validRequests } from "./fixtures.ts";

const {
  payFees,
  issuePermit,
  startWork,
  applyForCompletion,
  accept,
  requireRectification,
  reapplyForInspection,
} = validRequests;

describe("R-REN-5 fees paid before work starts", () => {
  it("the management agreement must be signed", () => {
    const result = advanceRenovation(renovationIn("confirmed"), {
      ...payFees,
      data: { ...payFees.data, agreementSignature: undefined },
    });
    expect(refusalCodes(result)).toEqual(["REN_AGREEMENT_NOT_SIGNED"]);
  });

  it("the fees are paid in full, to the fen — neither less nor more", () => {
    for (const paid of [parseMoney("2702.79"), parseMoney("2702.81")]) {
      const result = advanceRenovation(renovationIn("confirmed"), {
        ...payFees,
        data: { ...payFees.data, paid },
      });
      expect(refusalCodes(result)).toEqual(["REN_PAYMENT_MISMATCH"]);
    }
    const short = advanceRenovation(renovationIn("confirmed"), {
      ...payFees,
      data: { ...payFees.data, paid: parseMoney("2000") },
    });
    expect(!short.ok && short.refusals[0]?.message).toBe(
      "The renovation fees come to ¥2,702.80 but ¥2,000.00 was paid",
    );
  });
});

describe("R-REN-6 permit, passes and entry inspection", () => {
  it("the permit carries its number and the service phone", () => {
    const result = advanceRenovation(renovationIn("feesPaid"), {
      ...issuePermit,
      data: { ...issuePermit.data, permitNumber: "", servicePhone: " " },
    });
    expect(!result.ok && result.refusals.map((r) => [r.code, r.path])).toEqual([
      ["REN_PERMIT_DETAIL_MISSING", ["permitNumber"]],
      ["REN_PERMIT_DETAIL_MISSING", ["servicePhone"]],
    ]);
  });

  it("passes are issued only for the workers whose pass fee was paid", () => {
    const passes = [...issuePermit.data.workerPasses, { passNumber: "P-4", workerName: "李四" }];
    const result = advanceRenovation(renovationIn("feesPaid"), {
      ...issuePermit,
      data: { ...issuePermit.data, workerPasses: passes },
    });
    expect(refusalCodes(result)).toEqual(["REN_PASSES_EXCEED_PAID"]);
    expect(!result.ok && result.refusals[0]?.messageZh).toBe("申领出入证 4 张，但只缴纳了 3 人的出入证费用");
  });

  it("every department that inspects the site is notified", () => {
    const result = advanceRenovation(renovationIn("feesPaid"), {
      ...issuePermit,
      data: { ...issuePermit.data, departmentsNotified: ["customer_service"] },
    });
    expect(!result.ok && result.refusals.map((r) => r.message)).toEqual([
      "The engineering department has not been notified",
      "The security department has not been notified",
    ]);
    // An estate whose security does not patrol renovations need not notify it.
    const policy = renovationPolicy({ dailyInspectionDepartments: ["customer_service", "engineering"] });
    const fewer = advanceRenovation(
      renovationIn("feesPaid"),
      {
        ...issuePermit,
        data: { ...issuePermit.data, departmentsNotified: ["customer_service", "engineering"] },
      },
      policy,
    );
    expect(fewer.ok).toBe(true);
  });

  it("work starts only after the entry inspection is signed by the contractor and the office", () => {
    const { entryInspection } = startWork.data;
    const result = advanceRenovation(renovationIn("permitIssued"), {
      ...startWork,
      data: {
        entryInspection: { ...entryInspection, contractorSignature: undefined, staffSignature: undefined },
      },
    });
    expect(!result.ok && result.refusals.map((r) => r.messageZh)).toEqual([
      "施工单位未在进场装修确认表上签字",
      "管理处人员未在进场装修确认表上签字",
    ]);
    expect(() =>
      advanceRenovation(renovationIn("permitIssued"), {
        ...startWork,
        data: { entryInspection: { ...entryInspection, inspectedOn: "2026-11-31" } },
      }),
    ).toThrow(expect.objectContaining({ code: "REN_INVALID_DATE" }));
  });
});

describe("R-REN-8 completion acceptance and re-inspection", () => {
  const failedInspection = requireRectification.data.inspection;

  it("the inspection is booked for an agreed date that is not already past", () => {
    const past = advanceRenovation(renovationIn("inProgress"), {
      ...applyForCompletion,
      data: { agreedInspectionDate: "2027-01-09" },
    });
    expect(refusalCodes(past)).toEqual(["REN_INSPECTION_DATE_IN_PAST"]);
    const today = advanceRenovation(renovationIn("inProgress"), {
      ...applyForCompletion,
      data: { agreedInspectionDate: "2027-01-10" },
    });
    expect(today.ok).toBe(true);
    const again = advanceRenovation(renovationIn("rectificationRequired"), {
      ...reapplyForInspection,
      data: { agreedInspectionDate: "2027-01-19" },
    });
    expect(refusalCodes(again)).toEqual(["REN_INSPECTION_DATE_IN_PAST"]);
  });

  it("engineering and security both inspect", () => {
    const inspection = {
      ...accept.data.inspection,
      inspectors: [{ department: "engineering" as const, name: "陈伟" }],
    };
    expect(
      refusalCodes(advanceRenovation(renovationIn("completionApplied"), { ...accept, data: { inspection } })),
    ).toEqual(["REN_INSPECTOR_MISSING"]);
    const nobody = { ...failedInspection, inspectors: [{ department: "security" as const, name: " " }] };
    const result = advanceRenovation(renovationIn("completionApplied"), {
      ...requireRectification,
      data: { inspection: nobody },
    });
    expect(refusalCodes(result)).toEqual(["REN_INSPECTOR_MISSING", "REN_INSPECTOR_MISSING"]);
  });

  it("not before the agreed date", () => {
    const early = { ...accept.data.inspection, inspectedOn: "2027-01-14" };
    expect(
      refusalCodes(
        advanceRenovation(renovationIn("completionApplied"), { ...accept, data: { inspection: early } }),
      ),
    ).toEqual(["REN_INSPECTED_BEFORE_AGREED_DATE"]);
  });

  it("work with a recorded failure cannot be accepted", () => {
    const result = advanceRenovation(renovationIn("completionApplied"), {
      ...accept,
      data: { inspection: failedInspection },
    });
    expect(refusalCodes(result)).toEqual(["REN_COMPLETION_FAILURES_OUTSTANDING"]);
  });

  it("rectification is required for recorded failures, each stating what to do", () => {
    const none = advanceRenovation(renovationIn("completionApplied"), {
      ...requireRectification,
      data: { inspection: { ...failedInspection, failures: [] } },
    });
    expect(refusalCodes(none)).toEqual(["REN_NO_FAILURES_RECORDED"]);
    const vague = advanceRenovation(renovationIn("completionApplied"), {
      ...requireRectification,
      data: {
        inspection: { ...failedInspection, failures: [{ item: "window seal", rectificationRequired: "" }] },
      },
    });
    expect(!vague.ok && vague.refusals.map((r) => [r.code, r.path])).toEqual([
      ["REN_RECTIFICATION_NOT_STATED", ["inspection", "failures", "0"]],
    ]);
  });

  it("loops through re-inspection until the work passes, keeping every inspection", () => {
    let renovation = renovationIn("rectificationRequired");
    const second = advanceRenovation(renovation, reapplyForInspection);
    if (!second.ok) throw new Error("reapply refused");
    renovation = second.renovation;
    // The second inspection fails again, then the third passes.
    const again = advanceRenovation(renovation, {
      ...requireRectification,
      at: bj("2027-01-22T10:00:00"),
      data: { inspection: { ...failedInspection, inspectedOn: "2027-01-22" } },
    });
    if (!again.ok) throw new Error("second rectification refused");
    const third = advanceRenovation(again.renovation, {
      ...reapplyForInspection,
      at: bj("2027-01-25T10:00:00"),
      data: { agreedInspectionDate: "2027-01-28" },
    });
    if (!third.ok) throw new Error("second reapply refused");
    const passed = advanceRenovation(third.renovation, {
      ...accept,
      at: bj("2027-01-28T10:00:00"),
      data: { inspection: { ...accept.data.inspection, inspectedOn: "2027-01-28" } },
    });
    if (!passed.ok) throw new Error(passed.refusals.map((r) => r.code).join());
    expect(passed.renovation.completion?.inspections.map((i) => [i.inspectedOn, i.failures.length])).toEqual([
      ["2027-01-15", 1],
      ["2027-01-22", 1],
      ["2027-01-28", 0],
    ]);
    expect(passed.renovation.acceptedOn).toBe("2027-01-28");
    expect(passed.renovation.depositRefundableFrom).toBe("2027-04-28");
  });
});
