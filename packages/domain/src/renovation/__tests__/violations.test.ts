import { describe, expect, it } from "vitest";
import { formatMoney, parseMoney, parseQuantity } from "../../money/index.ts";
import {
  advanceRenovationViolation,
  DEFAULT_RENOVATION_PENALTY_CATALOGUE,
  overdueViolationAuthorityReports,
  type RenovationViolationStatus,
  recordRenovationViolation,
  renovationPolicy,
  renovationViolationPenalty,
  renovationViolationWorkflow,
  reportViolationToAuthority,
  violationAuthorityReportStatus,
} from "../index.ts";
import { actors, bj, refusalCodes, renovationIn } from "./fixtures.ts";
import { inProgress, noticeSteps, recorded, violationIn, violationInput } from "./violation-fixtures.ts";

describe("R-REN-7 classification from the penalty catalogue", () => {
  it("a serious violation gets a written notice with the catalogue's penalty", () => {
    const violation = recorded();
    expect(violation).toMatchObject({
      status: "recorded",
      renovationId: inProgress.id,
      unitId: "unit-3-1201",
      observedOn: "2026-12-01",
      label: { zh: "未办理动火证进行动火作业" },
      classification: { severity: "serious", notice: "written", illegal: false, rules: ["R-REN-7"] },
      penalty: {
        base: parseMoney("500"),
        repeat: false,
        listed: parseMoney("500"),
        dailyAmount: 0n,
        explanation: {
          en: "Penalty for hot work without a hot-work permit (serious): ¥500.00",
          zh: "违约金：未办理动火证进行动火作业（严重违章）500.00元",
        },
      },
    });
    expect(violation.authorityReport).toBeUndefined();
  });

  it("a minor violation gets a verbal notice and no penalty", () => {
    const violation = recorded({ type: "outOfHoursNoise" });
    expect(violation.classification).toMatchObject({ severity: "minor", notice: "verbal" });
    expect(violation.penalty).toMatchObject({
      base: 0n,
      dailyAmount: 0n,
      explanation: {
        en: "Penalty for noisy work outside permitted hours (minor): none, verbal notice only",
        zh: "违约金：非施工时间进行噪音作业（一般违章）口头通知整改，不收违约金",
      },
    });
  });

  it("a daily amount is stated with the one-off penalty on the notice", () => {
    expect(recorded({ type: "windowSecurityBars" }).penalty.explanation).toEqual({
      en: "Penalty for security bars installed on windows (serious): ¥1,000.00, plus ¥50.00 a day unrectified after the rectify-by date",
      zh: "违约金：安装窗户防护栏（严重违章）1000.00元，逾期整改另计 50.00元/天",
    });
  });

  it("a repeat of the same type multiplies the penalty; another type does not", () => {
    const first = recorded();
    const repeat = recorded({ id: "v-2", earlier: [first] });
    expect(repeat.penalty).toMatchObject({
      base: parseMoney("1000"),
      repeat: true,
      listed: parseMoney("500"),
      explanation: {
        en: "Penalty for hot work without a hot-work permit (serious): ¥500.00 × 2 (repeat of the same type) = ¥1,000.00",
        zh: "违约金：未办理动火证进行动火作业（严重违章）500.00元 × 2倍（同类违章再犯） = 1000.00元",
      },
    });
    const other = recorded({ id: "v-3", type: "materialsWithoutConsent", earlier: [first] });
    expect(other.penalty).toMatchObject({ base: parseMoney("500"), repeat: false });
  });

  it("a fractional multiplier is exact and rounded once", () => {
    const catalogue = { ...DEFAULT_RENOVATION_PENALTY_CATALOGUE, repeatMultiplier: parseQuantity("1.333") };
    const result = recordRenovationViolation(violationInput({ earlier: [recorded()] }), catalogue);
    expect(result.ok && formatMoney(result.violation.penalty.base)).toBe("666.50");
  });

  it("a multiplier below 1 is not a valid policy", () => {
    const catalogue = { ...DEFAULT_RENOVATION_PENALTY_CATALOGUE, repeatMultiplier: parseQuantity("0.5") };
    expect(() => recordRenovationViolation(violationInput(), catalogue)).toThrow(
      expect.objectContaining({ code: "REN_INVALID_POLICY" }),
    );
  });

  it("an inspector may override the severity, with actor and reason kept", () => {
    const violation = recorded({
      type: "debrisInCommonArea",
      severityOverride: { severity: "serious", reason: "blocking the fire escape" },
    });
    expect(violation.classification).toMatchObject({
      severity: "serious",
      notice: "written",
      catalogueSeverity: "minor",
      override: { severity: "serious", reason: "blocking the fire escape", actor: actors.security },
    });
    // The type lists no penalty, so the written notice carries none.
    expect(violation.penalty.base).toBe(0n);
  });

  it("refuses an override without a reason, a non-inspector and a site that is not active", () => {
    const noReason = recordRenovationViolation(
      violationInput({ severityOverride: { severity: "minor", reason: " " } }),
    );
    expect(refusalCodes(noReason)).toEqual(["REN_OVERRIDE_REASON_MISSING"]);
    expect(refusalCodes(recordRenovationViolation(violationInput({ actor: actors.cashier })))).toEqual([
      "REN_NOT_AN_INSPECTOR",
    ]);
    for (const status of ["permitIssued", "accepted"] as const) {
      const result = recordRenovationViolation(violationInput({ renovation: renovationIn(status) }));
      expect(refusalCodes(result)).toEqual(["REN_SITE_NOT_ACTIVE"]);
    }
    for (const status of ["completionApplied", "rectificationRequired"] as const) {
      expect(recordRenovationViolation(violationInput({ renovation: renovationIn(status) })).ok).toBe(true);
    }
  });

  it("refuses bad input: an unknown type, another renovation's violation, a bad date", () => {
    expect(() => recordRenovationViolation(violationInput({ type: "toString" }))).toThrow(
      expect.objectContaining({ code: "REN_UNKNOWN_VIOLATION_TYPE" }),
    );
    const foreign = { ...recorded(), renovationId: "ren-other" };
    expect(() => recordRenovationViolation(violationInput({ earlier: [foreign] }))).toThrow(
      expect.objectContaining({ code: "REN_VIOLATION_OF_OTHER_RENOVATION" }),
    );
    expect(() => recordRenovationViolation(violationInput({ rectifyBy: "tomorrow" }))).toThrow(
      expect.objectContaining({ code: "REN_INVALID_DATE" }),
    );
  });
});

describe("R-REN-7 reporting illegal work to the authority", () => {
  const illegal = () => recorded({ type: "loadBearingStructure", at: bj("2026-12-01T10:00:00") });

  it("illegal work carries a duty to report within 24 hours", () => {
    const violation = illegal();
    expect(violation.classification.illegal).toBe(true);
    expect(violation.authorityReport?.deadline).toMatchObject({
      due: bj("2026-12-02T10:00:00"),
      spec: { amount: 24, unit: "hours" },
    });
    expect(violationAuthorityReportStatus(violation, bj("2026-12-02T10:00:00"))).toBe("due");
    expect(violationAuthorityReportStatus(violation, bj("2026-12-02T10:00:01"))).toBe("overdue");
    expect(violationAuthorityReportStatus(recorded(), bj("2026-12-09T00:00:00"))).toBe("notRequired");
  });

  it("a city's window overrides the default", () => {
    const policy = renovationPolicy({ authorityReportWindow: { amount: 2, unit: "hours" } });
    const result = recordRenovationViolation(
      violationInput({ type: "gasLineAlteration" }),
      DEFAULT_RENOVATION_PENALTY_CATALOGUE,
      policy,
    );
    expect(result.ok && result.violation.authorityReport?.deadline.due).toEqual(bj("2026-12-01T12:00:00"));
  });

  it("lists the overdue reports for the manager", () => {
    const pending = illegal();
    const minor = recorded({ id: "v-2", type: "outOfHoursNoise" });
    expect(overdueViolationAuthorityReports([pending, minor], bj("2026-12-03T00:00:00"))).toEqual([pending]);
    expect(overdueViolationAuthorityReports([pending, minor], bj("2026-12-01T12:00:00"))).toEqual([]);
  });

  it("records the report once, marking it late after the deadline", () => {
    const onTime = reportViolationToAuthority(
      illegal(),
      { authority: "区房管局", reference: "BG-1" },
      actors.manager,
      bj("2026-12-01T15:00:00"),
    );
    if (!onTime.ok) throw new Error("report refused");
    expect(onTime.violation.authorityReport?.report).toMatchObject({
      authority: "区房管局",
      late: false,
      reportedBy: actors.manager,
    });
    expect(violationAuthorityReportStatus(onTime.violation, bj("2026-12-05T00:00:00"))).toBe(
      "reportedOnTime",
    );

    const twice = reportViolationToAuthority(
      onTime.violation,
      { authority: "x", reference: "y" },
      actors.manager,
      bj("2026-12-01T16:00:00"),
    );
    expect(refusalCodes(twice)).toEqual(["REN_AUTHORITY_ALREADY_REPORTED"]);

    const late = reportViolationToAuthority(
      illegal(),
      { authority: "区房管局", reference: "BG-2" },
      actors.manager,
      bj("2026-12-03T09:00:00"),
    );
    expect(late.ok && violationAuthorityReportStatus(late.violation, bj("2026-12-05T00:00:00"))).toBe(
      "reportedLate",
    );
  });

  it("refuses to report what is not illegal work", () => {
    const result = reportViolationToAuthority(
      recorded(),
      { authority: "x", reference: "y" },
      actors.manager,
      bj("2026-12-01T15:00:00"),
    );
    expect(refusalCodes(result)).toEqual(["REN_AUTHORITY_REPORT_NOT_REQUIRED"]);
  });
});

describe("R-REN-7 the rectification notice", () => {
  const rows = renovationViolationWorkflow
    .table()
    .flatMap((row) => row.from.map((from) => ({ ...row, from: from as RenovationViolationStatus })));

  it.each(rows)("$action: $from → $to", ({ action, from, to }) => {
    const minor = from === "verbalNoticeGiven" || action === "giveVerbalNotice";
    const before = violationIn(from, minor);
    const result = advanceRenovationViolation(
      before,
      noticeSteps[action as keyof typeof noticeSteps] as never,
    );
    if (!result.ok) throw new Error(result.refusals.map((r) => r.code).join());
    expect(result.violation.status).toBe(to);
    expect(result.violation.history).toEqual([...before.history, result.event]);
  });

  it.each(rows)("$action from $from refuses an owner", ({ action, from }) => {
    const minor = from === "verbalNoticeGiven" || action === "giveVerbalNotice";
    const step = { ...noticeSteps[action as keyof typeof noticeSteps], actor: actors.owner };
    expect(refusalCodes(advanceRenovationViolation(violationIn(from, minor), step as never))).toEqual([
      "WORKFLOW_ROLE_NOT_ALLOWED",
    ]);
  });

  it("a serious violation cannot get away with a verbal notice, nor a minor one be phoned up", () => {
    expect(refusalCodes(advanceRenovationViolation(recorded(), noticeSteps.giveVerbalNotice))).toEqual([
      "REN_SERIOUS_NEEDS_WRITTEN_NOTICE",
    ]);
    expect(
      refusalCodes(advanceRenovationViolation(recorded({ type: "outOfHoursNoise" }), noticeSteps.phoneOwner)),
    ).toEqual(["REN_MINOR_GETS_VERBAL_NOTICE"]);
  });

  it("the owner is phoned before the site manager", () => {
    expect(refusalCodes(advanceRenovationViolation(recorded(), noticeSteps.phoneSiteManager))).toEqual([
      "WORKFLOW_ACTION_NOT_ALLOWED",
    ]);
  });

  it("both the owner and the site manager sign the written notice", () => {
    const result = advanceRenovationViolation(violationIn("siteManagerPhoned"), {
      ...noticeSteps.signNotice,
      data: {},
    });
    expect(!result.ok && result.refusals.map((r) => r.messageZh)).toEqual([
      "业主未在违章整改通知书上签字",
      "施工负责人未在违章整改通知书上签字",
    ]);
  });

  it("only the project manager signs off, which files the penalty", () => {
    const byInspector = { ...noticeSteps.signOff, actor: actors.engineering };
    expect(refusalCodes(advanceRenovationViolation(violationIn("noticeSigned"), byInspector))).toEqual([
      "WORKFLOW_ROLE_NOT_ALLOWED",
    ]);
    const filed = violationIn("filed");
    expect(filed.signedOff?.by).toEqual(actors.manager);
    expect(filed.noticeSignatures?.siteManager.name).toBe("李强");
  });

  it("a serious violation is rectified only after its notice is filed", () => {
    expect(
      refusalCodes(advanceRenovationViolation(violationIn("noticeSigned"), noticeSteps.rectify)),
    ).toEqual(["WORKFLOW_ACTION_NOT_ALLOWED"]);
  });

  it("rectification cannot precede the violation; rectified is final", () => {
    const early = { ...noticeSteps.rectify, data: { rectifiedOn: "2026-11-30" } };
    expect(refusalCodes(advanceRenovationViolation(violationIn("filed"), early))).toEqual([
      "REN_RECTIFIED_BEFORE_OBSERVED",
    ]);
    expect(renovationViolationWorkflow.actionsFrom("rectified")).toEqual([]);
    expect(violationIn("rectified").rectifiedOn).toBe("2026-12-04");
  });
});

describe("R-REN-7 penalty while unrectified", () => {
  const bars = () => recorded({ type: "windowSecurityBars", rectifyBy: "2026-12-03" });

  it("adds the daily amount for each day after the rectify-by date", () => {
    expect(renovationViolationPenalty(bars(), "2026-12-03")).toMatchObject({
      daysUnrectified: 0,
      total: parseMoney("1000"),
    });
    expect(renovationViolationPenalty(bars(), "2026-12-01").daysUnrectified).toBe(0);
    const late = renovationViolationPenalty(bars(), "2026-12-06");
    expect(late).toMatchObject({ daysUnrectified: 3, daily: parseMoney("150"), total: parseMoney("1150") });
    expect(late.explanation).toEqual({
      en: "Penalty for security bars installed on windows (serious): ¥1,000.00 + 3 days late × ¥50.00/day = ¥1,150.00, growing by ¥50.00 a day unrectified after 2026-12-03",
      zh: "违约金：安装窗户防护栏（严重违章）1000.00元 + 逾期整改 3 天 × 50.00元/天 = 1150.00元，2026-12-03后仍未整改的每天另计 50.00元",
    });
  });

  it("a repeat rectified late reads the multiplier and the days late in one sum", () => {
    const first = bars();
    const again = {
      ...recorded({ id: "v-2", type: "windowSecurityBars", rectifyBy: "2026-12-03", earlier: [first] }),
      rectifiedOn: "2026-12-04",
    };
    const penalty = renovationViolationPenalty(again, "2027-01-10");
    expect(penalty).toMatchObject({ daysUnrectified: 1, total: parseMoney("2050") });
    expect(penalty.explanation).toEqual({
      en: "Penalty for security bars installed on windows (serious): ¥1,000.00 × 2 (repeat of the same type) + 1 day late × ¥50.00/day = ¥2,050.00",
      zh: "违约金：安装窗户防护栏（严重违章）1000.00元 × 2倍（同类违章再犯） + 逾期整改 1 天 × 50.00元/天 = 2050.00元",
    });
  });

  it("rectified on time, only the one-off amount is read out", () => {
    const onTime = { ...bars(), rectifiedOn: "2026-12-03" };
    expect(renovationViolationPenalty(onTime, "2027-01-10").explanation).toEqual({
      en: "Penalty for security bars installed on windows (serious): ¥1,000.00",
      zh: "违约金：安装窗户防护栏（严重违章）1000.00元",
    });
  });

  it("a minor violation reads out its verbal notice and no penalty", () => {
    const noise = recorded({ type: "outOfHoursNoise" });
    expect(renovationViolationPenalty(noise, "2027-01-10")).toMatchObject({
      total: 0n,
      explanation: noise.penalty.explanation,
    });
  });

  it("stops on the day of rectification", () => {
    const rectified = { ...bars(), rectifiedOn: "2026-12-05" };
    expect(renovationViolationPenalty(rectified, "2027-03-01")).toMatchObject({
      daysUnrectified: 2,
      total: parseMoney("1100"),
    });
  });

  it("a type without a daily amount never grows", () => {
    expect(renovationViolationPenalty(recorded(), "2027-12-31").total).toBe(parseMoney("500"));
  });
});
