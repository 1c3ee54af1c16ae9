import { describe, expect, it } from "vitest";
import { isDomainError } from "../../errors/index.ts";
import {
  checkAuthorityApprovals,
  checkProhibitedWork,
  checkRenovationApplication,
  type RenovationApplication,
  renovationErrors,
  requiredAuthorityApprovals,
  reviewRenovationApplication,
} from "../index.ts";
import { completeApplication } from "./fixtures.ts";

const DECISION_DATE = "2026-11-24";
const codes = (refusals: readonly { code: string }[]) => refusals.map((r) => r.code);
const withContractor = (changes: Partial<RenovationApplication["contractor"]>): RenovationApplication => ({
  ...completeApplication,
  contractor: { ...completeApplication.contractor, ...changes },
});

describe("R-REN-1 application completeness", () => {
  it("a complete application on a date all documents are valid has nothing missing", () => {
    expect(checkRenovationApplication(completeApplication, DECISION_DATE)).toEqual([]);
  });

  it("an empty application lists every missing item at once, not just the first", () => {
    const empty: RenovationApplication = {
      ...completeApplication,
      applicationSignature: undefined,
      commitmentSignature: undefined,
      drawings: [],
      contractor: { name: "无名", siteManager: { name: "某人" } },
    };
    expect(codes(checkRenovationApplication(empty, DECISION_DATE))).toEqual([
      "REN_APPLICATION_NOT_SIGNED",
      "REN_COMMITMENT_NOT_SIGNED",
      ...Array(5).fill("REN_DRAWING_MISSING"),
      ...Array(3).fill("REN_DOCUMENT_MISSING"),
    ]);
  });

  it("a blank signature counts as unsigned", () => {
    const blank = { ...completeApplication, commitmentSignature: { name: "  ", signedAt: new Date(0) } };
    expect(codes(checkRenovationApplication(blank, DECISION_DATE))).toEqual(["REN_COMMITMENT_NOT_SIGNED"]);
  });

  it("names the missing drawing and says which one is unstamped", () => {
    const drawings = completeApplication.drawings
      .filter((d) => d.kind !== "lowVoltage")
      .map((d) => (d.kind === "ceiling" ? { ...d, contractorStamped: false } : d));
    const refusals = checkRenovationApplication({ ...completeApplication, drawings }, DECISION_DATE);
    expect(refusals).toEqual([
      expect.objectContaining({
        code: "REN_DRAWING_NOT_STAMPED",
        path: ["drawings", "ceiling"],
        message: "The ceiling plan is not stamped by the contractor",
        messageZh: "天花图未加盖施工单位公章",
        rule: "R-REN-1",
      }),
      expect.objectContaining({
        code: "REN_DRAWING_MISSING",
        path: ["drawings", "lowVoltage"],
        messageZh: "缺少弱电图",
      }),
    ]);
  });

  it("a contractor document that expired before the decision date is refused with its dates", () => {
    const app = withContractor({
      businessLicence: { number: "91310000MA1FL0001X", validUntil: "2026-11-23" },
    });
    expect(checkRenovationApplication(app, DECISION_DATE)).toEqual([
      expect.objectContaining({
        code: "REN_DOCUMENT_EXPIRED",
        path: ["contractor", "businessLicence", "validUntil"],
        message:
          "The contractor's business licence expired on 2026-11-23, before the decision date 2026-11-24",
      }),
    ]);
  });

  it("a document is still valid on its last day, and an open-ended one never expires", () => {
    const lastDay = withContractor({ qualificationCertificate: { number: "D1", validUntil: DECISION_DATE } });
    expect(checkRenovationApplication(lastDay, DECISION_DATE)).toEqual([]);
    const openEnded = withContractor({ businessLicence: { number: "91310000MA1FL0001X" } });
    const paths = checkRenovationApplication(openEnded, "2099-01-01").map((r) => r.path?.join("."));
    expect(paths).not.toContain("contractor.businessLicence.validUntil");
    expect(paths).toContain("contractor.qualificationCertificate.validUntil");
  });

  it("the site manager's identity document is checked too", () => {
    const app = withContractor({
      siteManager: { name: "李强", identityDocument: { number: "1", validUntil: "2026-01-01" } },
    });
    expect(codes(checkRenovationApplication(app, DECISION_DATE))).toEqual(["REN_DOCUMENT_EXPIRED"]);
  });

  it("a document with an empty number is missing", () => {
    const app = withContractor({ qualificationCertificate: { number: " " } });
    expect(checkRenovationApplication(app, DECISION_DATE)).toEqual([
      expect.objectContaining({
        code: "REN_DOCUMENT_MISSING",
        path: ["contractor", "qualificationCertificate"],
      }),
    ]);
  });

  it("an agent needs the owner's power of attorney, valid on the decision date", () => {
    const without = { ...completeApplication, applicant: { kind: "agent", name: "王磊" } } as const;
    expect(checkRenovationApplication(without, DECISION_DATE)).toEqual([
      expect.objectContaining({ code: "REN_DOCUMENT_MISSING", messageZh: "缺少业主授权委托书" }),
    ]);
    const expired = {
      ...completeApplication,
      applicant: {
        kind: "agent",
        name: "王磊",
        powerOfAttorney: { number: "POA-1", validUntil: "2026-10-31" },
      },
    } as const;
    expect(codes(checkRenovationApplication(expired, DECISION_DATE))).toEqual(["REN_DOCUMENT_EXPIRED"]);
    const valid = { ...expired, applicant: { ...expired.applicant, powerOfAttorney: { number: "POA-1" } } };
    expect(checkRenovationApplication(valid, DECISION_DATE)).toEqual([]);
  });

  it("commercial and key premises also need the designer's qualification; homes do not", () => {
    for (const premises of ["commercial", "key"] as const) {
      expect(codes(checkRenovationApplication({ ...completeApplication, premises }, DECISION_DATE))).toEqual([
        "REN_DOCUMENT_MISSING",
      ]);
      const withDesigner = { ...completeApplication, premises, designerQualification: { number: "SJ-9" } };
      expect(checkRenovationApplication(withDesigner, DECISION_DATE)).toEqual([]);
    }
  });

  it("rejects a decision date or expiry date that is not a date as bad input", () => {
    expect(() => checkRenovationApplication(completeApplication, "24/11/2026")).toThrow(
      expect.objectContaining({ code: "REN_INVALID_DATE", path: ["decisionDate"] }),
    );
    const bad = withContractor({ businessLicence: { number: "1", validUntil: "2026-02-30" } });
    try {
      checkRenovationApplication(bad, DECISION_DATE);
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe("REN_INVALID_DATE");
    }
  });
});

describe("R-REN-2 authority approvals", () => {
  const affecting: RenovationApplication = {
    ...completeApplication,
    affects: ["gasLines", "fireProtection", "buildingStructure"],
  };

  it("the application records which approvals apply, in a stable order", () => {
    expect(requiredAuthorityApprovals(affecting)).toEqual([
      "fireProtection",
      "buildingStructure",
      "gasLines",
    ]);
    expect(requiredAuthorityApprovals(completeApplication)).toEqual([]);
  });

  it("each approval still missing is a refusal", () => {
    const app: RenovationApplication = {
      ...affecting,
      authorityApprovals: [
        { concern: "gasLines", authority: "城市燃气公司", reference: "RQ-2026-77", approvedOn: "2026-11-20" },
        { concern: "buildingStructure", authority: "房管局", reference: " ", approvedOn: "2026-11-20" },
      ],
    };
    expect(checkAuthorityApprovals(app)).toEqual([
      expect.objectContaining({
        code: "REN_AUTHORITY_APPROVAL_MISSING",
        path: ["authorityApprovals", "fireProtection"],
      }),
      expect.objectContaining({
        code: "REN_AUTHORITY_APPROVAL_MISSING",
        message: "Work touching building structure needs the competent authority's approval first",
        messageZh: "涉及建筑结构的施工须先取得主管部门批准",
        rule: "R-REN-2",
      }),
    ]);
  });

  it("an approval for work the application does not touch is not required", () => {
    expect(checkAuthorityApprovals(completeApplication)).toEqual([]);
  });
});

describe("R-REN-4 prohibited work", () => {
  it("façade changes and window security bars are refused whatever else is approved", () => {
    expect(
      codes(
        checkProhibitedWork([
          { kind: "facadeAlteration" },
          { kind: "general", description: "paint" },
          { kind: "windowSecurityBars" },
        ]),
      ),
    ).toEqual(["REN_FACADE_ALTERATION", "REN_WINDOW_SECURITY_BARS"]);
  });

  it("flammable or banned materials, acetylene and welding need written consent", () => {
    const consent = { reference: "TY-3", grantedBy: "工程部" };
    const items = [
      "flammableMaterials",
      "bannedMaterials",
      "acetyleneCylinders",
      "weldingEquipment",
    ] as const;
    const refusals = checkProhibitedWork(items.map((kind) => ({ kind })));
    expect(codes(refusals)).toEqual(Array(4).fill("REN_WORK_WITHOUT_CONSENT"));
    expect(refusals[2]).toMatchObject({ path: ["work", "2"], messageZh: "携带乙炔瓶进场须经管理处书面同意" });
    expect(checkProhibitedWork(items.map((kind) => ({ kind, writtenConsent: consent })))).toEqual([]);
    expect(
      codes(
        checkProhibitedWork([
          { kind: "weldingEquipment", writtenConsent: { reference: "", grantedBy: "x" } },
        ]),
      ),
    ).toEqual(["REN_WORK_WITHOUT_CONSENT"]);
  });

  it("hot work needs a hot-work permit", () => {
    expect(codes(checkProhibitedWork([{ kind: "hotWork" }]))).toEqual(["REN_HOT_WORK_WITHOUT_PERMIT"]);
    expect(
      checkProhibitedWork([{ kind: "hotWork", hotWorkPermit: { reference: "DH-1", grantedBy: "保安部" } }]),
    ).toEqual([]);
  });
});

describe("R-REN-1/2/4 the review", () => {
  it("collects completeness, approval and prohibited-work findings together", () => {
    const app: RenovationApplication = {
      ...completeApplication,
      applicationSignature: undefined,
      affects: ["gasLines"],
      work: [{ kind: "windowSecurityBars" }],
    };
    expect(codes(reviewRenovationApplication(app, DECISION_DATE))).toEqual([
      "REN_APPLICATION_NOT_SIGNED",
      "REN_AUTHORITY_APPROVAL_MISSING",
      "REN_WINDOW_SECURITY_BARS",
    ]);
  });

  it("every renovation refusal carries both messages and a template", () => {
    for (const kind of Object.values(renovationErrors)) {
      expect(kind.code).toMatch(/^REN_[A-Z_]+$/);
      expect(kind.template.en.length).toBeGreaterThan(0);
      expect(kind.template.zh.length).toBeGreaterThan(0);
    }
    expect(renovationErrors.REN_DRAWING_MISSING.template).toEqual({
      en: "The {drawing} is missing",
      zh: "缺少{drawing}",
    });
  });
});
