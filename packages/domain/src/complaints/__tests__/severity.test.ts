import { describe, expect, it } from "vitest";
import { COMPLAINT_SEVERITY_CRITERIA, classifyComplaintSeverity } from "../severity-criteria.ts";
import type { ComplaintCriterionId, ComplaintFacts, ComplaintSeverity } from "../types.ts";
import { after, DAY, received } from "./fixtures.ts";

const at = received;

interface Case {
  readonly facts: ComplaintFacts;
  readonly unresolvedSince?: Date;
  readonly at?: Date;
  readonly severity: ComplaintSeverity;
  readonly fired: readonly ComplaintCriterionId[];
  readonly why: string;
}

function classify(c: Pick<Case, "facts" | "unresolvedSince" | "at">) {
  const context = c.unresolvedSince
    ? { at: c.at ?? at, unresolvedSince: c.unresolvedSince }
    : { at: c.at ?? at };
  return classifyComplaintSeverity(c.facts, context);
}

function runCases(cases: readonly Case[]) {
  it.each(cases)("$why → $severity", (c) => {
    const result = classify(c);
    expect(result.severity).toBe(c.severity);
    expect(result.criteria.map((f) => f.id)).toEqual(c.fired);
    expect(result.rules).toEqual(["R-CMP-3"]);
    for (const fired of result.criteria) expect(fired.rule).toBe("R-CMP-3");
  });
}

describe("R-CMP-3 severity: every criterion of major", () => {
  runCases([
    {
      why: "a promised service falls short and repeated requests got no result",
      facts: { promisedServiceShortfall: true, raisedRepeatedlyWithoutResult: true },
      severity: "major",
      fired: ["promisedServiceRepeatedlyUnresolved"],
    },
    {
      why: "the company's fault caused economic loss",
      facts: { companyFaultHarm: ["economicLoss"] },
      severity: "major",
      fired: ["companyFaultCausedHarm"],
    },
    {
      why: "the company's fault caused personal injury",
      facts: { companyFaultHarm: ["personalInjury"] },
      severity: "major",
      fired: ["companyFaultCausedHarm"],
    },
    {
      why: "the company's fault caused serious distress",
      facts: { companyFaultHarm: ["seriousDistress"] },
      severity: "major",
      fired: ["companyFaultCausedHarm"],
    },
    {
      why: "a valid complaint unresolved for exactly one week",
      facts: {},
      unresolvedSince: received,
      at: after(7 * DAY),
      severity: "major",
      fired: ["unresolvedForOneWeek"],
    },
    {
      why: "a sudden large-area power cut",
      facts: { suddenOutage: "largeAreaPowerCut" },
      severity: "major",
      fired: ["suddenOutage"],
    },
    {
      why: "a sudden large-area water cut",
      facts: { suddenOutage: "largeAreaWaterCut" },
      severity: "major",
      fired: ["suddenOutage"],
    },
    {
      why: "facilities suddenly stopped",
      facts: { suddenOutage: "facilitiesStopped" },
      severity: "major",
      fired: ["suddenOutage"],
    },
    {
      why: "five complainants about one event",
      facts: { complainantsAboutSameEvent: 5 },
      severity: "major",
      fired: ["manyComplainantsSameEvent"],
    },
    {
      why: "the company deems it major",
      facts: { companyDeems: { severity: "major", reason: "press enquiry" } },
      severity: "major",
      fired: ["companyDeemsMajor"],
    },
  ]);
});

describe("R-CMP-3 severity: every criterion of important", () => {
  runCases([
    {
      why: "a reasonable request not met in time that seriously affects use of the home",
      facts: { reasonableRequestNotMetInTime: true, seriouslyAffectsUse: true },
      severity: "important",
      fired: ["reasonableRequestUnmetSeriously"],
    },
    {
      why: "a service error or staff attitude left the customer very aggrieved",
      facts: { staffFaultStrongGrievance: true },
      severity: "important",
      fired: ["staffFaultStrongGrievance"],
    },
    {
      why: "the company deems it important",
      facts: { companyDeems: { severity: "important", reason: "repeat caller" } },
      severity: "important",
      fired: ["companyDeemsImportant"],
    },
  ]);
});

describe("R-CMP-3 severity: minor otherwise, and the edges of each criterion", () => {
  runCases([
    { why: "no criterion applies", facts: {}, severity: "minor", fired: ["slightInconvenience"] },
    {
      why: "a shortfall raised only once",
      facts: { promisedServiceShortfall: true },
      severity: "minor",
      fired: ["slightInconvenience"],
    },
    {
      why: "repeated requests without a promised-service shortfall",
      facts: { raisedRepeatedlyWithoutResult: true },
      severity: "minor",
      fired: ["slightInconvenience"],
    },
    {
      why: "no harm listed",
      facts: { companyFaultHarm: [] },
      severity: "minor",
      fired: ["slightInconvenience"],
    },
    {
      why: "four complainants about one event",
      facts: { complainantsAboutSameEvent: 4 },
      severity: "minor",
      fired: ["slightInconvenience"],
    },
    {
      why: "unresolved one minute short of a week",
      facts: {},
      unresolvedSince: received,
      at: after(7 * DAY - 1),
      severity: "minor",
      fired: ["slightInconvenience"],
    },
    {
      why: "a late request that does not seriously affect use",
      facts: { reasonableRequestNotMetInTime: true },
      severity: "minor",
      fired: ["slightInconvenience"],
    },
    {
      why: "serious effect on use without a late request",
      facts: { seriouslyAffectsUse: true },
      severity: "minor",
      fired: ["slightInconvenience"],
    },
    {
      why: "major and important criteria together",
      facts: {
        staffFaultStrongGrievance: true,
        complainantsAboutSameEvent: 6,
        suddenOutage: "largeAreaWaterCut",
      },
      severity: "major",
      fired: ["suddenOutage", "manyComplainantsSameEvent", "staffFaultStrongGrievance"],
    },
  ]);

  it("lists every criterion of the manual once, in the manual's order", () => {
    expect(COMPLAINT_SEVERITY_CRITERIA.map((c) => [c.id, c.severity])).toEqual([
      ["promisedServiceRepeatedlyUnresolved", "major"],
      ["companyFaultCausedHarm", "major"],
      ["unresolvedForOneWeek", "major"],
      ["suddenOutage", "major"],
      ["manyComplainantsSameEvent", "major"],
      ["companyDeemsMajor", "major"],
      ["reasonableRequestUnmetSeriously", "important"],
      ["staffFaultStrongGrievance", "important"],
      ["companyDeemsImportant", "important"],
    ]);
    for (const c of COMPLAINT_SEVERITY_CRITERIA) {
      expect(c.en).not.toBe("");
      expect(c.zh).not.toBe("");
    }
  });

  it("explains each fired criterion in English and Chinese", () => {
    const [fired] = classify({ facts: { complainantsAboutSameEvent: 5 } }).criteria;
    expect(fired).toMatchObject({ severity: "major", rule: "R-CMP-3", zh: "多个客户就同一事件投诉" });
  });
});

describe("R-CMP-3 severity: policy", () => {
  it("an estate may set the complainant threshold", () => {
    const facts = { complainantsAboutSameEvent: 3 };
    expect(classifyComplaintSeverity(facts, { at }, { majorComplainantCount: 3 }).severity).toBe("major");
    expect(classifyComplaintSeverity(facts, { at }).severity).toBe("minor");
  });

  it("an estate may set the unresolved period", () => {
    const context = { at: after(3 * DAY), unresolvedSince: received };
    const policy = { unresolvedBecomesMajorAfter: { amount: 3, unit: "calendarDays" } } as const;
    expect(classifyComplaintSeverity({}, context, policy).severity).toBe("major");
  });

  it("refuses a complainant threshold below two", () => {
    expect(() => classifyComplaintSeverity({}, { at }, { majorComplainantCount: 1 })).toThrow(
      expect.objectContaining({ code: "CMP_POLICY_COMPLAINANT_COUNT", path: ["majorComplainantCount"] }),
    );
    expect(() => classifyComplaintSeverity({}, { at }, { majorComplainantCount: 2.5 })).toThrow(
      expect.objectContaining({ code: "CMP_POLICY_COMPLAINANT_COUNT" }),
    );
  });
});

describe("R-CMP-3 severity: malformed facts", () => {
  it.each([
    ["a flag that is not a boolean", { staffFaultStrongGrievance: "yes" }, "staffFaultStrongGrievance"],
    ["an unknown harm", { companyFaultHarm: ["badLuck"] }, "companyFaultHarm"],
    ["a harm that is not a list", { companyFaultHarm: "economicLoss" }, "companyFaultHarm"],
    ["an unknown outage", { suddenOutage: "gasLeak" }, "suddenOutage"],
    ["zero complainants", { complainantsAboutSameEvent: 0 }, "complainantsAboutSameEvent"],
    ["a fractional complainant", { complainantsAboutSameEvent: 1.5 }, "complainantsAboutSameEvent"],
    [
      "deeming a severity that cannot be deemed",
      { companyDeems: { severity: "minor", reason: "x" } },
      "companyDeems.severity",
    ],
  ])("throws CMP_FACT_INVALID for %s", (_why, facts, fact) => {
    expect(() => classifyComplaintSeverity(facts as unknown as ComplaintFacts, { at })).toThrow(
      expect.objectContaining({ code: "CMP_FACT_INVALID", path: ["facts", fact] }),
    );
  });

  it("throws CMP_FACT_INVALID when the facts are not an object", () => {
    expect(() => classifyComplaintSeverity(null as unknown as ComplaintFacts, { at })).toThrow(
      expect.objectContaining({ code: "CMP_FACT_INVALID" }),
    );
  });

  it("throws CMP_DEEMED_REASON_REQUIRED when the company deems without saying why", () => {
    expect(() =>
      classifyComplaintSeverity({ companyDeems: { severity: "major", reason: "  " } }, { at }),
    ).toThrow(expect.objectContaining({ code: "CMP_DEEMED_REASON_REQUIRED", rule: "R-CMP-3" }));
  });

  it("throws CMP_TIME_INVALID for an invalid instant", () => {
    expect(() => classifyComplaintSeverity({}, { at: new Date("nope") })).toThrow(
      expect.objectContaining({ code: "CMP_TIME_INVALID", path: ["at"] }),
    );
    expect(() => classifyComplaintSeverity({}, { at, unresolvedSince: new Date(Number.NaN) })).toThrow(
      expect.objectContaining({ code: "CMP_TIME_INVALID", path: ["unresolvedSince"] }),
    );
  });
});
