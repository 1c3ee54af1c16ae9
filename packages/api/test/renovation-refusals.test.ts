import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setPassword } from "../src/services/auth.ts";
import {
  clock,
  codes,
  completeFile,
  type Json,
  mutate,
  newKey,
  publishFeeStandard,
  quoteTotal,
  rawId,
  readRenovation,
  renovationIn,
  START,
  signature,
  type Tokens,
  travel,
} from "./renovation-support.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, login, PASSWORD, tokensFor, type World } from "./support/world.ts";

/**
 * Every refusal the renovation mutations can return (R-REN-1…9), each with the domain's code and
 * rule, and what the API refuses before the rules run (validation, staleness, roles).
 */

let api: TestApi;
let world: World;
let tokens: Tokens;
/** Manager in this estate, security and engineering in the other: passes the scope, not the rule. */
let managerElsewhereInspector: string;

beforeAll(async () => {
  api = await startTestApi({ now: () => clock.now });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
  await publishFeeStandard(api, world);
  const phone = `136${String(process.pid % 100000).padStart(8, "0")}`;
  const user = await api.db.prisma.user.create({
    data: {
      companyId: world.companyId,
      name: "manager here, inspector elsewhere",
      phone,
      staffAssignments: {
        create: [
          { estateId: world.estateId, role: "manager", startDate: new Date("2024-01-01") },
          { estateId: world.otherEstateId, role: "security", startDate: new Date("2024-01-01") },
          { estateId: world.otherEstateId, role: "engineering", startDate: new Date("2024-01-01") },
        ],
      },
    },
  });
  await setPassword(api.db.prisma, user.id, phone, PASSWORD);
  managerElsewhereInspector = (await login(api, phone)).accessToken;
});
afterAll(async () => {
  await api?.close();
});
beforeEach(async () => {
  if (clock.now !== START) {
    tokens = await travel(api, world, START);
  }
});

const heads = { customerServiceHead: signature("客服主管 陈"), engineeringHead: signature("工程主管 周") };
const inspectors = [
  { department: "engineering", name: "工程 王" },
  { department: "security", name: "保安 赵" },
];

function expectRefusal(result: Json & { __typename: string }, expected: string[], rule?: string) {
  expect(result.__typename, JSON.stringify(result)).toBe("RefusalError");
  expect(codes(result as never)).toEqual(expected);
  if (rule) expect(result.rule).toBe(rule);
}

describe("R-REN-1 the review starts only with a complete file", () => {
  it("a bare file: every missing signature, drawing and document at once", async () => {
    const id = await renovationIn(api, world, tokens, "applied", {
      applicant: { kind: "agent", name: "代理人 孙" },
      contractor: { name: "安居装饰", siteManager: { name: "李强" } },
      scope: "x",
      premises: "commercial",
    });
    const refused = await mutate(api, "renovationStartReview", tokens.customer_service, { renovationId: id });
    expectRefusal(
      refused,
      [
        "REN_APPLICATION_NOT_SIGNED",
        "REN_COMMITMENT_NOT_SIGNED",
        "REN_DOCUMENT_MISSING",
        ...Array(5).fill("REN_DRAWING_MISSING"),
        ...Array(4).fill("REN_DOCUMENT_MISSING"),
      ],
      "R-REN-1",
    );
    const paths = (refused.refusals as { path: string[] }[]).map((r) => r.path.join("."));
    expect(paths).toContain("applicant.powerOfAttorney");
    expect(paths).toContain("designerQualification");
  });

  it("an unstamped drawing and an expired licence", async () => {
    const file = completeFile();
    const drawings = (file.drawings as Json[]).map((d) =>
      d.kind === "ceiling" ? { ...d, contractorStamped: false } : d,
    );
    const contractor = {
      ...(file.contractor as Json),
      businessLicence: { number: "91310000MA1FL0001X", validUntil: "2026-02-28" },
    };
    const id = await renovationIn(api, world, tokens, "applied", { ...file, drawings, contractor });
    const refused = await mutate(api, "renovationStartReview", tokens.customer_service, { renovationId: id });
    expectRefusal(refused, ["REN_DRAWING_NOT_STAMPED", "REN_DOCUMENT_EXPIRED"]);
  });
});

describe("R-REN-2/3/4 the decision", () => {
  it("prohibited work, and work without consent or permit, are refused with their index", async () => {
    const id = await renovationIn(api, world, tokens, "underReview", {
      ...completeFile(),
      work: [
        { kind: "facadeAlteration" },
        { kind: "windowSecurityBars" },
        { kind: "weldingEquipment" },
        { kind: "hotWork" },
        { kind: "acetyleneCylinders", consent: { reference: "XS-1", grantedBy: "工程主管 周" } },
      ],
    });
    const refused = await mutate(api, "renovationApprove", tokens.engineering, {
      renovationId: id,
      ...heads,
    });
    expectRefusal(refused, [
      "REN_FACADE_ALTERATION",
      "REN_WINDOW_SECURITY_BARS",
      "REN_WORK_WITHOUT_CONSENT",
      "REN_HOT_WORK_WITHOUT_PERMIT",
    ]);
    expect((refused.refusals as { path: string[] }[]).map((r) => r.path)).toEqual([
      ["work", "0"],
      ["work", "1"],
      ["work", "2"],
      ["work", "3"],
    ]);
  });

  it("a decision needs both heads' signatures and a rejection its reason; the owner must sign", async () => {
    const id = await renovationIn(api, world, tokens, "underReview");
    expectRefusal(await mutate(api, "renovationApprove", tokens.engineering, { renovationId: id }), [
      "REN_DECISION_NOT_SIGNED",
      "REN_DECISION_NOT_SIGNED",
    ]);
    expectRefusal(
      await mutate(api, "renovationReject", tokens.engineering, {
        renovationId: id,
        reason: "  ",
        customerServiceHead: signature("客服主管 陈"),
      }),
      ["REN_DECISION_NOT_SIGNED", "REN_REJECTION_REASON_MISSING"],
    );
    await mutate(api, "renovationApprove", tokens.engineering, { renovationId: id, ...heads });
    expectRefusal(await mutate(api, "renovationConfirmDecision", tokens.owner, { renovationId: id }), [
      "REN_DECISION_NOT_SIGNED",
    ]);
  });

  it("a step out of order, or by a role the workflow does not name here, is refused by the workflow", async () => {
    const id = await renovationIn(api, world, tokens, "applied");
    expectRefusal(
      await mutate(api, "renovationApprove", tokens.engineering, { renovationId: id, ...heads }),
      ["WORKFLOW_ACTION_NOT_ALLOWED"],
    );
    await mutate(api, "renovationStartReview", tokens.customer_service, { renovationId: id });
    expectRefusal(
      await mutate(api, "renovationApprove", managerElsewhereInspector, { renovationId: id, ...heads }),
      ["WORKFLOW_ROLE_NOT_ALLOWED"],
    );
    const stale = await mutate(api, "renovationApprove", tokens.engineering, {
      renovationId: id,
      expectedVersion: 0,
      ...heads,
    });
    expect(stale).toMatchObject({ __typename: "ConflictError", code: "API_STALE_RECORD" });
  });
});

describe("R-REN-5/6 fees, permit, entry", () => {
  it("fees need the signed agreement and the exact total", async () => {
    const id = await renovationIn(api, world, tokens, "confirmed");
    const refused = await mutate(api, "renovationPayFees", tokens.cashier, {
      renovationId: id,
      workers: 2,
      paid: "2732.79",
      method: "cash",
      idempotencyKey: newKey(),
    });
    expectRefusal(refused, ["REN_AGREEMENT_NOT_SIGNED", "REN_PAYMENT_MISMATCH"], "R-REN-5");
    // Nothing was written: no payment, no deposit, still `confirmed`.
    expect(await api.db.prisma.renovationDeposit.count({ where: { applicationId: rawId(id) } })).toBe(0);
    expect(
      (await api.db.prisma.renovationApplication.findUniqueOrThrow({ where: { id: rawId(id) } })).status,
    ).toBe("confirmed");
    const negative = await mutate(api, "renovationPayFees", tokens.cashier, {
      renovationId: id,
      workers: -1,
      paid: "1.00",
      method: "cash",
      idempotencyKey: newKey(),
    });
    expect(negative).toMatchObject({ __typename: "ValidationError", path: ["input", "workers"] });
    const shortKey = await mutate(api, "renovationPayFees", tokens.cashier, {
      renovationId: id,
      workers: 1,
      paid: await quoteTotal(api, tokens, id, 1),
      method: "cash",
      idempotencyKey: "k",
    });
    expect(shortKey).toMatchObject({ __typename: "ValidationError", path: ["input", "idempotencyKey"] });
  });

  it("a permit needs its number and service phone, passes only for workers paid for, every department told", async () => {
    const id = await renovationIn(api, world, tokens, "feesPaid");
    const refused = await mutate(api, "renovationIssuePermit", tokens.customer_service, {
      renovationId: id,
      permitNumber: " ",
      servicePhone: "",
      workerPasses: ["W-1", "W-2", "W-3"].map((passNumber) => ({ passNumber, workerName: passNumber })),
      departmentsNotified: ["customer_service", "engineering"],
    });
    expectRefusal(refused, [
      "REN_PERMIT_DETAIL_MISSING",
      "REN_PERMIT_DETAIL_MISSING",
      "REN_PASSES_EXCEED_PAID",
      "REN_DEPARTMENT_NOT_NOTIFIED",
    ]);
    const other = await renovationIn(api, world, tokens, "permitIssued");
    const taken = (await readRenovation(api, tokens.manager, other))?.permitNumber;
    const duplicate = await mutate(api, "renovationIssuePermit", tokens.customer_service, {
      renovationId: id,
      permitNumber: taken,
      servicePhone: "021-5555 0101",
      workerPasses: [],
      departmentsNotified: ["customer_service", "engineering", "security"],
    });
    expect(duplicate).toMatchObject({ __typename: "ValidationError", path: ["input", "permitNumber"] });
  });

  it("works start only with the entry inspection signed by the contractor and the office", async () => {
    const id = await renovationIn(api, world, tokens, "permitIssued");
    const refused = await mutate(api, "renovationStartWork", tokens.customer_service, {
      renovationId: id,
      entryInspection: { inspectedOn: "2026-03-02" },
    });
    expectRefusal(refused, ["REN_ENTRY_INSPECTION_NOT_SIGNED", "REN_ENTRY_INSPECTION_NOT_SIGNED"], "R-REN-6");
  });
});

describe("R-REN-7 inspections and violations", () => {
  it("no round or violation on a site that is not active, nor by someone who does not inspect here", async () => {
    const id = await renovationIn(api, world, tokens, "approved");
    expectRefusal(await mutate(api, "renovationInspectSite", tokens.security, { renovationId: id }), [
      "REN_SITE_NOT_ACTIVE",
    ]);
    const violation = {
      renovationId: id,
      type: "debrisInCommonArea",
      description: "楼道堆放",
      rectificationRequired: "清走",
      rectifyBy: "2026-03-03",
    };
    expectRefusal(await mutate(api, "renovationViolationRecord", tokens.security, violation), [
      "REN_SITE_NOT_ACTIVE",
    ]);
    expectRefusal(await mutate(api, "renovationViolationRecord", managerElsewhereInspector, violation), [
      "REN_NOT_AN_INSPECTOR",
      "REN_SITE_NOT_ACTIVE",
    ]);
    expectRefusal(
      await mutate(api, "renovationInspectSite", managerElsewhereInspector, { renovationId: id }),
      ["REN_NOT_AN_INSPECTOR", "REN_SITE_NOT_ACTIVE"],
    );
    const active = await renovationIn(api, world, tokens, "inProgress");
    const unknown = await mutate(api, "renovationViolationRecord", tokens.security, {
      ...violation,
      renovationId: active,
      type: "paintingTheMoon",
    });
    expect(unknown).toMatchObject({
      __typename: "ValidationError",
      code: "REN_UNKNOWN_VIOLATION_TYPE",
      path: ["input", "type"],
    });
    const noReason = await mutate(api, "renovationViolationRecord", tokens.security, {
      ...violation,
      renovationId: active,
      severityOverride: { severity: "serious", reason: " " },
    });
    expectRefusal(noReason, ["REN_OVERRIDE_REASON_MISSING"]);
  });

  it("each notice follows its severity; signatures, dates and the authority report are checked", async () => {
    const id = await renovationIn(api, world, tokens, "inProgress");
    const recordOne = async (type: string) =>
      (
        await mutate(api, "renovationViolationRecord", tokens.security, {
          renovationId: id,
          type,
          description: type,
          rectificationRequired: "整改",
          rectifyBy: "2026-03-05",
        })
      ).violation!.id;
    const serious = await recordOne("hotWorkWithoutPermit");
    const minor = await recordOne("workerWithoutPass");
    const illegal = await recordOne("loadBearingStructure");
    const run = (field: string, violationId: string, input: Json = {}) =>
      mutate(api, field, tokens.engineering, { violationId, ...input });

    expectRefusal(await run("renovationViolationGiveVerbalNotice", serious), [
      "REN_SERIOUS_NEEDS_WRITTEN_NOTICE",
    ]);
    expectRefusal(await run("renovationViolationPhoneOwner", minor), ["REN_MINOR_GETS_VERBAL_NOTICE"]);
    expectRefusal(await run("renovationViolationPhoneSiteManager", serious), ["WORKFLOW_ACTION_NOT_ALLOWED"]);
    await run("renovationViolationPhoneOwner", serious);
    await run("renovationViolationPhoneSiteManager", serious);
    expectRefusal(
      await run("renovationViolationSignNotice", serious, { ownerSignature: signature("owner person") }),
      ["REN_NOTICE_NOT_SIGNED"],
    );
    await run("renovationViolationGiveVerbalNotice", minor);
    expectRefusal(await run("renovationViolationRectify", minor, { rectifiedOn: "2026-03-01" }), [
      "REN_RECTIFIED_BEFORE_OBSERVED",
    ]);
    const report = { authority: "区住建局", reference: "JB-1" };
    expectRefusal(await run("renovationViolationReportToAuthority", serious, report), [
      "REN_AUTHORITY_REPORT_NOT_REQUIRED",
    ]);
    await run("renovationViolationReportToAuthority", illegal, report);
    expectRefusal(await run("renovationViolationReportToAuthority", illegal, report), [
      "REN_AUTHORITY_ALREADY_REPORTED",
    ]);
    const signOffByInspector = await mutate(api, "renovationViolationSignOff", tokens.engineering, {
      violationId: serious,
    });
    expect(signOffByInspector).toMatchObject({ __typename: "ForbiddenError" });
  });
});

describe("R-REN-8 completion", () => {
  it("no inspection date already past; acceptance needs both departments, no failure, not before the agreed date", async () => {
    const id = await renovationIn(api, world, tokens, "inProgress");
    expectRefusal(
      await mutate(api, "renovationApplyForCompletion", tokens.owner, {
        renovationId: id,
        agreedInspectionDate: "2026-03-01",
      }),
      ["REN_INSPECTION_DATE_IN_PAST"],
      "R-REN-8",
    );
    await mutate(api, "renovationApplyForCompletion", tokens.owner, {
      renovationId: id,
      agreedInspectionDate: "2026-03-04",
    });
    expectRefusal(
      await mutate(api, "renovationAccept", tokens.engineering, {
        renovationId: id,
        inspection: {
          inspectedOn: "2026-03-03",
          inspectors: [{ department: "engineering", name: "工程 王" }],
          failures: [{ item: "墙面开裂", rectificationRequired: "修补" }],
        },
      }),
      ["REN_INSPECTED_BEFORE_AGREED_DATE", "REN_INSPECTOR_MISSING", "REN_COMPLETION_FAILURES_OUTSTANDING"],
    );
    expectRefusal(
      await mutate(api, "renovationRequireRectification", tokens.engineering, {
        renovationId: id,
        inspection: { inspectedOn: "2026-03-04", inspectors },
      }),
      ["REN_NO_FAILURES_RECORDED"],
    );
    expectRefusal(
      await mutate(api, "renovationRequireRectification", tokens.engineering, {
        renovationId: id,
        inspection: {
          inspectedOn: "2026-03-04",
          inspectors,
          failures: [{ item: "墙面开裂", rectificationRequired: " " }],
        },
      }),
      ["REN_RECTIFICATION_NOT_STATED"],
    );
  });
});

describe("R-REN-9 the settlement", () => {
  it("not before the wait; three sign-offs; every penalty final", async () => {
    const id = await renovationIn(api, world, tokens, "inProgress");
    const record = async (type: string) =>
      (
        await mutate(api, "renovationViolationRecord", tokens.security, {
          renovationId: id,
          type,
          description: type,
          rectificationRequired: "整改",
          rectifyBy: "2026-03-05",
        })
      ).violation!.id;
    await record("hotWorkWithoutPermit");
    const minor = await record("outOfHoursNoise");
    await mutate(api, "renovationViolationGiveVerbalNotice", tokens.security, { violationId: minor });
    await mutate(api, "renovationApplyForCompletion", tokens.owner, {
      renovationId: id,
      agreedInspectionDate: "2026-03-02",
    });
    await mutate(api, "renovationAccept", tokens.engineering, {
      renovationId: id,
      inspection: { inspectedOn: "2026-03-02", inspectors },
    });
    const signed = {
      ownerSignature: signature("owner person"),
      contractorSignature: signature("李强"),
      projectCentreSignature: signature("项目中心 吴"),
    };
    const early = await mutate(api, "renovationSettleDeposit", tokens.finance, {
      renovationId: id,
      ...signed,
      refundMethod: "cash",
      idempotencyKey: newKey(),
    });
    expect(codes(early)).toContain("REN_REFUND_TOO_EARLY");
    tokens = await travel(api, world, "2026-06-02T02:00:00.000Z");
    const refused = await mutate(api, "renovationSettleDeposit", tokens.finance, {
      renovationId: id,
      refundMethod: "cash",
      idempotencyKey: newKey(),
      damages: [{ description: "x", amount: "-5.00", assessedBy: "工程 王" }],
    });
    expect(refused).toMatchObject({
      __typename: "ValidationError",
      code: "REN_NEGATIVE_AMOUNT",
      path: ["input", "damages", "0"],
    });
    expectRefusal(
      await mutate(api, "renovationSettleDeposit", tokens.finance, {
        renovationId: id,
        refundMethod: "cash",
        idempotencyKey: newKey(),
      }),
      [
        "REN_SETTLEMENT_NOT_SIGNED",
        "REN_SETTLEMENT_NOT_SIGNED",
        "REN_SETTLEMENT_NOT_SIGNED",
        "REN_VIOLATION_NOT_FILED",
        "REN_VIOLATION_UNRECTIFIED",
      ],
      "R-REN-9",
    );
  });
});
