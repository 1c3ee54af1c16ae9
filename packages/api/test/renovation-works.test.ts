import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  actions,
  clock,
  type Json,
  mutate,
  newKey,
  publishFeeStandard,
  rawId,
  readRenovation,
  renovationIn,
  START,
  signature,
  type Tokens,
  travel,
} from "./renovation-support.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, tokensFor, type World } from "./support/world.ts";

/** The works (R-REN-6…9): inspections, violations, completion acceptance and the deposit, over HTTP. */

let api: TestApi;
let world: World;
let tokens: Tokens;

beforeAll(async () => {
  api = await startTestApi({ now: () => clock.now });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
  await publishFeeStandard(api, world);
});
afterAll(async () => {
  await api?.close();
});
beforeEach(async () => {
  if (clock.now !== START) tokens = await travel(api, world, START);
});

const today = () => clock.now.toISOString().slice(0, 10);
const inspectors = [
  { department: "engineering", name: "工程 王" },
  { department: "security", name: "保安 赵" },
];

async function record(renovationId: string, type: string, rectifyBy = "2026-03-05", token = tokens.security) {
  const result = await mutate(api, "renovationViolationRecord", token, {
    renovationId,
    type,
    description: `${type} found on the daily round`,
    rectificationRequired: "恢复原状",
    rectifyBy,
  });
  expect(result.__typename, JSON.stringify(result)).toBe("RenovationViolationRecordPayload");
  return result.violation!;
}

const step = (field: string, violationId: string, token: string | undefined, input: Json = {}) =>
  mutate(api, field, token, { violationId, ...input });

/** A serious violation walked to `filed` (owner phoned, site manager phoned, both signed, signed off). */
async function fileSerious(violationId: string) {
  expect((await step("renovationViolationPhoneOwner", violationId, tokens.security)).violation?.status).toBe(
    "ownerPhoned",
  );
  await step("renovationViolationPhoneSiteManager", violationId, tokens.security);
  await step("renovationViolationSignNotice", violationId, tokens.engineering, {
    ownerSignature: signature("owner person"),
    siteManagerSignature: signature("李强"),
  });
  return step("renovationViolationSignOff", violationId, tokens.manager);
}

async function acceptWork(renovationId: string) {
  await mutate(api, "renovationApplyForCompletion", tokens.owner, {
    renovationId,
    agreedInspectionDate: today(),
  });
  const accepted = await mutate(api, "renovationAccept", tokens.security, {
    renovationId,
    inspection: { inspectedOn: today(), inspectors },
  });
  expect(accepted.renovation?.status, JSON.stringify(accepted)).toBe("accepted");
  return accepted;
}

const settle = (renovationId: string, input: Json = {}) =>
  mutate(api, "renovationSettleDeposit", tokens.finance, {
    renovationId,
    ownerSignature: signature("owner person"),
    contractorSignature: signature("李强"),
    projectCentreSignature: signature("项目中心 吴"),
    refundMethod: "bankTransfer",
    idempotencyKey: newKey(),
    ...input,
  });

describe("R-REN-6/7 permit, entry inspection and daily rounds", () => {
  it("the permit and the entry inspection are on file; rounds not on record are listed per department", async () => {
    const id = await renovationIn(api, world, tokens, "inProgress");
    await mutate(api, "renovationInspectSite", tokens.customer_service, {
      renovationId: id,
      findings: "正常",
    });
    await mutate(api, "renovationInspectSite", tokens.engineering, { renovationId: id });
    tokens = await travel(api, world, "2026-03-03T02:00:00.000Z");
    const renovation = await readRenovation(api, tokens.manager, id);
    expect(renovation).toMatchObject({
      status: "inProgress",
      permit: {
        servicePhone: "021-5555 0101",
        departmentsNotified: ["customer_service", "engineering", "security"],
      },
      entryInspection: {
        inspectedOn: "2026-03-02",
        existingDamage: ["入户门: 门框划痕"],
        contractorSignature: { name: "李强" },
      },
    });
    expect(renovation?.missedInspections).toEqual([
      { date: "2026-03-02", department: "security" },
      { date: "2026-03-03", department: "customer_service" },
      { date: "2026-03-03", department: "engineering" },
      { date: "2026-03-03", department: "security" },
    ]);
    const kinds = (
      renovation!.inspections as { edges: { node: { kind: string; department: string } }[] }
    ).edges.map((e) => `${e.node.kind}:${e.node.department}`);
    expect(kinds).toEqual(["entry:engineering", "daily:customer_service", "daily:engineering"]);
    expect(actions(renovation!)).toContain("inspectSite");
  });
});

describe("R-REN-7 violations: notices, penalties, the authority", () => {
  it("a serious violation: owner then site manager phoned, both sign, the manager files the penalty; late rectification accrues daily", async () => {
    const id = await renovationIn(api, world, tokens, "inProgress");
    const recorded = await record(id, "windowSecurityBars");
    expect(recorded).toMatchObject({
      status: "recorded",
      severity: "serious",
      notice: "written",
      illegal: false,
      penaltyTerms: {
        base: "1000.00",
        listed: "1000.00",
        repeat: false,
        multiplier: null,
        dailyAmount: "50.00",
      },
      authorityReport: { status: "notRequired", deadline: null },
    });
    const filed = await fileSerious(recorded.id);
    expect(filed.violation).toMatchObject({
      status: "filed",
      ownerSignature: { name: "owner person" },
      siteManagerSignature: { name: "李强" },
      penalties: [{ amount: "1000.00" }],
    });
    expect(filed.violation?.signedOffAt).toBe(START.toISOString());
    tokens = await travel(api, world, "2026-03-07T02:00:00.000Z");
    const rectified = await step("renovationViolationRectify", recorded.id, tokens.engineering, {
      rectifiedOn: today(),
    });
    expect(rectified.violation).toMatchObject({
      status: "rectified",
      rectifiedOn: "2026-03-07",
      penaltyToDate: { base: "1000.00", daysUnrectified: 2, daily: "100.00", total: "1100.00" },
    });
    expect(actions(rectified.violation)).toEqual([
      "record",
      "phoneOwner",
      "phoneSiteManager",
      "signNotice",
      "signOff",
      "rectify",
    ]);
  });

  it("a repeat of the same type is multiplied; a minor one gets a verbal notice and no penalty", async () => {
    const id = await renovationIn(api, world, tokens, "inProgress");
    await record(id, "windowSecurityBars");
    expect(await record(id, "windowSecurityBars")).toMatchObject({
      penaltyTerms: { base: "2000.00", listed: "1000.00", repeat: true, multiplier: "2" },
    });
    const minor = await record(id, "outOfHoursNoise");
    expect(minor).toMatchObject({ severity: "minor", notice: "verbal", penaltyTerms: { base: "0.00" } });
    await step("renovationViolationGiveVerbalNotice", minor.id, tokens.customer_service);
    const rectified = await step("renovationViolationRectify", minor.id, tokens.customer_service, {
      rectifiedOn: today(),
    });
    expect(rectified.violation).toMatchObject({ status: "rectified", penalties: [] });
  });

  it("illegal work is reported within 24 hours; a late report is accepted and marked late", async () => {
    const id = await renovationIn(api, world, tokens, "inProgress");
    const facade = await record(id, "facadeAlteration");
    expect(facade).toMatchObject({
      illegal: true,
      authorityReport: { status: "due", deadline: { due: "2026-03-03T01:00:00.000Z", overdue: false } },
    });
    tokens = await travel(api, world, "2026-03-03T02:00:00.000Z");
    const overdueList = async () =>
      (
        await api.graphql<{ renovationOverdueAuthorityReports: { id: string }[] }>(
          "{ renovationOverdueAuthorityReports { id } }",
          { token: tokens.manager },
        )
      ).data?.renovationOverdueAuthorityReports.map((v) => v.id);
    expect(await overdueList()).toContain(facade.id);
    const reported = await step("renovationViolationReportToAuthority", facade.id, tokens.manager, {
      authority: "区住建局",
      reference: "JB-2026-031",
    });
    expect(reported.violation).toMatchObject({
      authorityReport: {
        status: "reportedLate",
        authority: "区住建局",
        reportedAt: "2026-03-03T02:00:00.000Z",
      },
    });
    expect(await overdueList()).not.toContain(facade.id);
  });
});

describe("R-REN-8 completion acceptance and re-inspection", () => {
  it("failures require rectification; the re-inspection accepts and sets the refund date", async () => {
    const id = await renovationIn(api, world, tokens, "completionApplied");
    const failed = await mutate(api, "renovationRequireRectification", tokens.engineering, {
      renovationId: id,
      inspection: {
        inspectedOn: today(),
        inspectors,
        failures: [{ item: "卫生间闭水试验", rectificationRequired: "重做防水层" }],
      },
    });
    expect(failed.renovation).toMatchObject({ status: "rectificationRequired", depositRefundableFrom: null });
    tokens = await travel(api, world, "2026-03-09T02:00:00.000Z");
    await mutate(api, "renovationReapplyForInspection", tokens.owner, {
      renovationId: id,
      agreedInspectionDate: "2026-03-10",
    });
    const accepted = await mutate(api, "renovationAccept", tokens.security, {
      renovationId: id,
      inspection: { inspectedOn: "2026-03-10", inspectors },
    });
    expect(accepted.renovation).toMatchObject({
      status: "accepted",
      acceptedOn: "2026-03-10",
      depositRefundableFrom: "2026-06-10",
      completion: {
        agreedInspectionDate: "2026-03-10",
        inspections: [
          {
            inspectedOn: "2026-03-02",
            failures: [{ item: "卫生间闭水试验", rectificationRequired: "重做防水层" }],
          },
          { inspectedOn: "2026-03-10", failures: [] },
        ],
      },
    });
    const kinds = (
      accepted.renovation!.inspections as { edges: { node: { kind: string; passed: boolean } }[] }
    ).edges
      .map((e) => `${e.node.kind}:${e.node.passed}`)
      .filter((k) => !k.startsWith("entry"));
    expect(kinds).toEqual(["completion:false", "reinspection:true"]);
  });
});

describe("R-REN-9 the deposit settlement, exactly once", () => {
  it("refund = deposit − penalties − damages, after the wait, with three sign-offs; the ledger adds up", async () => {
    const id = await renovationIn(api, world, tokens, "inProgress");
    const bars = await record(id, "windowSecurityBars");
    await fileSerious(bars.id);
    tokens = await travel(api, world, "2026-03-07T02:00:00.000Z");
    await step("renovationViolationRectify", bars.id, tokens.engineering, { rectifiedOn: today() });
    await acceptWork(id);
    tokens = await travel(api, world, "2026-06-07T02:00:00.000Z");
    const settled = await settle(id, {
      damages: [{ description: "电梯轿厢划伤", amount: "280.00", assessedBy: "工程 王" }],
    });
    expect(settled.renovation).toMatchObject({
      status: "depositSettled",
      depositSettlement: {
        settledOn: "2026-06-07",
        deposit: "2000.00",
        deductions: "1380.00",
        refund: "620.00",
        receivable: "0.00",
        damages: [{ description: "电梯轿厢划伤", amount: "280.00" }],
        ownerSignature: { name: "owner person" },
      },
      deposit: {
        settlement: {
          refundAmount: "620.00",
          shortfall: "0.00",
          penaltiesTotal: "1100.00",
          damagesTotal: "280.00",
          refundMethod: "bankTransfer",
          refundPayeeName: "owner person",
        },
      },
    });
    const settlement = settled.renovation!.depositSettlement as {
      explanation: { zh: string };
      penalties: Json[];
    };
    expect(settlement.explanation.zh).toBe(
      "应退押金：押金 2000.00元 − 扣款 1380.00元（违约金 1100.00元 + 损坏赔偿 280.00元） = 620.00元",
    );
    // The penalties on the ledger add up to what was deducted: 1000 at sign-off, 100 accrued daily.
    expect((settled.renovation!.penalties as { amount: string }[]).map((p) => p.amount)).toEqual([
      "1000.00",
      "100.00",
    ]);
    const refunds = await api.db.prisma.refund.findMany({
      where: { settlement: { deposit: { applicationId: rawId(id) } } },
    });
    expect(refunds.map((r) => [r.amount.toFixed(2), r.source, r.createdById])).toEqual([
      ["620.00", "renovationDeposit", world.userIds.finance],
    ]);

    const again = await settle(id);
    expect(again).toMatchObject({
      __typename: "RefusalError",
      code: "REN_DEPOSIT_ALREADY_SETTLED",
      rule: "R-REN-9",
    });
  });

  it("deductions beyond the deposit become a receivable on the unit; nothing is refunded", async () => {
    const id = await renovationIn(api, world, tokens, "accepted");
    tokens = await travel(api, world, "2026-06-02T02:00:00.000Z");
    const settled = await settle(id, {
      damages: [{ description: "消防栓损坏", amount: "2500.00", assessedBy: "工程 王" }],
    });
    expect(settled.renovation).toMatchObject({
      depositSettlement: { refund: "0.00", receivable: "500.00" },
      deposit: { settlement: { refundAmount: "0.00", shortfall: "500.00", refundMethod: null } },
    });
    expect(
      (settled.renovation!.depositSettlement as { explanation: { zh: string } }).explanation.zh,
    ).toContain("计入该房屋应收款");
  });

  it("two settlement requests at once: one settles, the other is refused; one settlement, one refund", async () => {
    const id = await renovationIn(api, world, tokens, "accepted");
    tokens = await travel(api, world, "2026-06-02T02:00:00.000Z");
    const byManager = mutate(api, "renovationSettleDeposit", tokens.manager, {
      renovationId: id,
      ownerSignature: signature("owner person"),
      contractorSignature: signature("李强"),
      projectCentreSignature: signature("项目中心 吴"),
      refundMethod: "cash",
      idempotencyKey: newKey(),
    });
    const results = await Promise.all([settle(id), byManager]);
    const settledOnce = results.filter((r) => r.__typename === "RenovationSettleDepositPayload");
    const refused = results.filter((r) => r.__typename !== "RenovationSettleDepositPayload");
    expect(settledOnce).toHaveLength(1);
    // Whichever came second: refused by the domain (it saw the settlement) or by the state's
    // compare-and-set (it read the renovation before the first committed).
    expect(refused.map((r) => r.code)).toEqual([
      expect.stringMatching(/^(API_STALE_RECORD|REN_DEPOSIT_ALREADY_SETTLED)$/),
    ]);
    const where = { deposit: { applicationId: rawId(id) } };
    expect(await api.db.prisma.renovationDepositSettlement.count({ where })).toBe(1);
    expect(await api.db.prisma.refund.count({ where: { settlement: where } })).toBe(1);
  });

  it("the database's one settlement per deposit refuses a second row, and the API reports it as the rule", async () => {
    const id = await renovationIn(api, world, tokens, "accepted");
    const deposit = await api.db.prisma.renovationDeposit.findUniqueOrThrow({
      where: { applicationId: rawId(id) },
    });
    const row = {
      depositId: deposit.id,
      penaltiesTotal: "0.00",
      damagesTotal: "0.00",
      refundAmount: "2000.00",
      shortfall: "0.00",
      settledOn: new Date("2026-06-02"),
      ownerSignedAt: START,
      contractorSignedAt: START,
      centreSignedAt: START,
      reason: "settled outside the API",
      createdById: world.userIds.finance!,
    };
    // Someone settled it outside this flow (the row is there, the renovation still `accepted`).
    await api.db.prisma.renovationDepositSettlement.create({ data: row });
    await expect(api.db.prisma.renovationDepositSettlement.create({ data: row })).rejects.toMatchObject({
      code: "P2002",
    });
    tokens = await travel(api, world, "2026-06-02T02:00:00.000Z");
    const refused = await settle(id);
    expect(refused).toMatchObject({ __typename: "RefusalError", code: "REN_DEPOSIT_ALREADY_SETTLED" });
    // Nothing of the refused step was kept: still accepted, no refund, no history line.
    const renovation = await readRenovation(api, tokens.manager, id);
    expect(renovation?.status).toBe("accepted");
    expect(actions(renovation!)).not.toContain("settleDeposit");
  });
});
