import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApiKey } from "../src/auth/index.ts";
import { setPassword } from "../src/services/auth.ts";
import {
  actions,
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
import { createWorld, globalId, login, PASSWORD, tokensFor, type World } from "./support/world.ts";

/** The renovation from the application to the decision and the fees (R-REN-1…5), over HTTP. */

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

const ownerUnit = () => globalId("Unit", world.ownerUnitId);
const bareFile = {
  applicant: { kind: "owner", name: "owner person" },
  contractor: { name: "安居装饰", siteManager: { name: "李强" } },
  scope: "客厅吊顶",
};

describe("R-REN-1 the application and its file", () => {
  it("an owner applies online; every missing item comes back at once, and the desk completes the file", async () => {
    const applied = await mutate(api, "renovationApply", tokens.owner, { unitId: ownerUnit(), ...bareFile });
    expect(applied.__typename).toBe("RenovationApplyPayload");
    expect(applied.renovation).toMatchObject({
      status: "applied",
      applicant: { name: "owner person" },
      version: 0,
    });
    const missing = (applied.reviewFindings as { code: string; path: string[] }[]).map((f) => f.code);
    expect(missing).toEqual([
      "REN_APPLICATION_NOT_SIGNED",
      "REN_COMMITMENT_NOT_SIGNED",
      ...Array(5).fill("REN_DRAWING_MISSING"),
      ...Array(3).fill("REN_DOCUMENT_MISSING"),
    ]);

    const { applicant: _a, scope: _s, ...rest } = completeFile();
    const amended = await mutate(api, "renovationAmend", tokens.customer_service, {
      renovationId: applied.renovation!.id,
      expectedVersion: 0,
      ...rest,
    });
    expect(amended.reviewFindings).toEqual([]);
    expect(amended.renovation).toMatchObject({ status: "applied", version: 1, siteManagerName: "李强" });
    const kinds = (amended.renovation!.documents as { kind: string }[]).map((d) => d.kind).sort();
    expect(kinds).toEqual(
      [
        "businessLicence",
        "ceiling",
        "floorPlan",
        "lowVoltage",
        "pipelinesAndPower",
        "qualificationCertificate",
        "sections",
        "siteManagerIdentity",
      ].sort(),
    );
    expect(actions(amended.renovation)).toEqual(["apply", "amend"]);
  });

  it("the desk applies for an agent holding the owner's power of attorney; the file is the owner's", async () => {
    const applied = await mutate(api, "renovationApply", tokens.customer_service, {
      unitId: ownerUnit(),
      ...completeFile(),
      applicant: {
        kind: "agent",
        name: "代理人 孙",
        powerOfAttorney: { number: "WT-2026-001", validUntil: "2026-12-31" },
      },
    });
    expect(applied.reviewFindings).toEqual([]);
    expect(applied.renovation).toMatchObject({ agentName: "代理人 孙", applicant: { name: "owner person" } });
    expect(actions(applied.renovation)).toEqual(["apply"]);
  });

  it("a stale amendment is a conflict; after the decision the file can no longer change", async () => {
    const id = await renovationIn(api, world, tokens, "applied");
    const stale = await mutate(api, "renovationAmend", tokens.customer_service, {
      renovationId: id,
      expectedVersion: 5,
      scope: "改",
    });
    expect(stale).toMatchObject({ __typename: "ConflictError", code: "API_STALE_RECORD" });
    const decided = await renovationIn(api, world, tokens, "approved");
    const late = await mutate(api, "renovationAmend", tokens.customer_service, {
      renovationId: decided,
      scope: "改",
    });
    expect(late).toMatchObject({ __typename: "RefusalError", code: "WORKFLOW_ACTION_NOT_ALLOWED" });
  });

  it("a tenant cannot apply for the unit they rent, nor anyone for another estate's unit (not found)", async () => {
    const tenant = await mutate(api, "renovationApply", tokens.tenant, {
      unitId: globalId("Unit", world.tenantUnitId),
      ...completeFile(),
    });
    expect(tenant).toMatchObject({ __typename: "NotFoundError", path: ["input", "unitId"] });
    const other = await mutate(api, "renovationApply", tokens.customer_service, {
      unitId: globalId("Unit", world.otherUnitId),
      ...completeFile(),
    });
    expect(other).toMatchObject({ __typename: "NotFoundError", path: ["input", "unitId"] });
    const security = await mutate(api, "renovationApply", tokens.security, {
      unitId: ownerUnit(),
      ...completeFile(),
    });
    expect(security).toMatchObject({ __typename: "ForbiddenError", code: "API_FORBIDDEN" });
  });

  it("malformed input is refused with the field's path", async () => {
    const blank = await mutate(api, "renovationApply", tokens.owner, {
      unitId: ownerUnit(),
      ...bareFile,
      scope: "  ",
    });
    expect(blank).toMatchObject({ __typename: "ValidationError", path: ["input", "scope"] });
  });
});

describe("R-REN-3 the decision deadline, on the official calendar", () => {
  it("a file compiled on a Friday is due on Monday; the weekend is listed as skipped", async () => {
    const id = await renovationIn(api, world, tokens, "applied");
    tokens = await travel(api, world, "2026-03-06T02:00:00.000Z"); // Friday 10:00
    const started = await mutate(api, "renovationStartReview", tokens.customer_service, { renovationId: id });
    expect(started.decisionDeadline).toEqual({
      due: "2026-03-09T02:00:00.000Z",
      provisional: false,
      skipped: [
        { date: "2026-03-07", reason: "weekend", nameZh: null },
        { date: "2026-03-08", reason: "weekend", nameZh: null },
      ],
    });
  });

  it("a file compiled before National Day is due after the holiday, each holiday day named", async () => {
    const id = await renovationIn(api, world, tokens, "applied");
    tokens = await travel(api, world, "2026-09-30T08:00:00.000Z"); // 16:00 on the eve of National Day
    const started = await mutate(api, "renovationStartReview", tokens.customer_service, { renovationId: id });
    const deadline = started.decisionDeadline as {
      due: string;
      skipped: { reason: string; nameZh: string }[];
    };
    expect(deadline.due).toBe("2026-10-08T08:00:00.000Z");
    expect(deadline.skipped.some((d) => d.reason === "publicHoliday" && d.nameZh === "国庆节")).toBe(true);
  });

  it("a decision past the deadline is overdue in the list, and recorded as late", async () => {
    const id = await renovationIn(api, world, tokens, "underReview");
    tokens = await travel(api, world, "2026-03-04T01:00:00.000Z"); // two days later
    const overdue = await api.graphql<{ renovations: { edges: { node: { id: string } }[] } }>(
      "{ renovations(first: 100, filter: { decisionOverdue: true }) { edges { node { id } } } }",
      { token: tokens.engineering },
    );
    expect(overdue.data?.renovations.edges.map((e) => e.node.id)).toContain(id);
    expect((await readRenovation(api, tokens.manager, id))?.reviewDeadline).toMatchObject({ overdue: true });
    const approved = await mutate(api, "renovationApprove", tokens.engineering, {
      renovationId: id,
      customerServiceHead: signature("客服主管 陈"),
      engineeringHead: signature("工程主管 周"),
    });
    expect(approved.renovation).toMatchObject({
      status: "approved",
      decision: { outcome: "approved", onTime: false },
    });
  });
});

describe("R-REN-2/3/4 the decision and the owner's confirmation", () => {
  it("engineering approves with both heads' signatures; the owner confirms", async () => {
    const id = await renovationIn(api, world, tokens, "confirmed");
    const renovation = await readRenovation(api, tokens.owner, id);
    expect(renovation).toMatchObject({
      status: "confirmed",
      decision: { outcome: "approved", onTime: true, customerServiceHead: { name: "客服主管 陈" } },
      ownerConfirmation: { name: "owner person" },
    });
    const approvals = (renovation!.approvals as { kind: string; decision: string }[]).map(
      (a) => `${a.kind}:${a.decision}`,
    );
    expect(approvals).toEqual([
      "customerServiceReview:approved",
      "engineeringReview:approved",
      "ownerConfirmation:approved",
    ]);
    expect(actions(renovation!)).toEqual(["apply", "startReview", "approve", "confirmDecision"]);
  });

  it("a rejection keeps the reason and what the review found; the owner's signature closes the file", async () => {
    const id = await renovationIn(api, world, tokens, "underReview", {
      ...completeFile(),
      work: [{ kind: "windowSecurityBars" }],
    });
    const rejected = await mutate(api, "renovationReject", tokens.engineering, {
      renovationId: id,
      reason: "方案含禁止项目",
      customerServiceHead: signature("客服主管 陈"),
      engineeringHead: signature("工程主管 周"),
    });
    expect(rejected.renovation).toMatchObject({
      status: "rejected",
      decision: {
        outcome: "rejected",
        reason: "方案含禁止项目",
        findings: [{ code: "REN_WINDOW_SECURITY_BARS" }],
      },
    });
    const closed = await mutate(api, "renovationConfirmDecision", tokens.owner, {
      renovationId: id,
      ownerSignature: signature("owner person"),
    });
    expect(closed.renovation).toMatchObject({ status: "closed" });
  });

  it("work touching gas lines is approved once the authority's approval is on file (R-REN-2)", async () => {
    const id = await renovationIn(api, world, tokens, "underReview", {
      ...completeFile(),
      affects: ["gasLines"],
    });
    const decide = () =>
      mutate(api, "renovationApprove", tokens.engineering, {
        renovationId: id,
        customerServiceHead: signature("客服主管 陈"),
        engineeringHead: signature("工程主管 周"),
      });
    expect(codes(await decide())).toEqual(["REN_AUTHORITY_APPROVAL_MISSING"]);
    await mutate(api, "renovationAmend", tokens.customer_service, {
      renovationId: id,
      authorityApprovals: [
        { concern: "gasLines", authority: "市燃气公司", reference: "RQ-2026-17", approvedOn: "2026-02-20" },
      ],
    });
    const approved = await decide();
    expect(approved.renovation).toMatchObject({
      status: "approved",
      affects: ["gasLines"],
      approvals: expect.arrayContaining([
        expect.objectContaining({ kind: "gasLines", reference: "RQ-2026-17" }),
      ]),
    });
  });
});

describe("R-REN-5 fees from the estate's standard, paid once", () => {
  it("the cashier's quote explains every line; the payment and the deposit go on the ledger", async () => {
    const id = await renovationIn(api, world, tokens, "confirmed");
    const total = await quoteTotal(api, tokens, id, 3);
    expect(total).toBe("2792.80"); // 2000 (capped) + 312.80 + 300 + 3 × 10 + 3 × 50
    const paid = await mutate(api, "renovationPayFees", tokens.cashier, {
      renovationId: id,
      workers: 3,
      paid: total,
      agreementSignature: signature("owner person"),
      method: "bankCard",
      reference: "POS-0001",
      idempotencyKey: newKey(),
    });
    expect(paid.renovation).toMatchObject({
      status: "feesPaid",
      fees: { total: "2792.80", deposit: "2000.00", refundable: "2150.00", workers: 3 },
      agreementSignature: { name: "owner person" },
      deposit: { amount: "2000.00", settlement: null },
    });
    const lines = (paid.renovation!.fees as { lines: { item: string; explanation: { zh: string } }[] }).lines;
    expect(lines.find((l) => l.item === "managementFee")?.explanation.zh).toBe(
      "装修管理费：89.37㎡ × 3.50元/㎡ = 312.80元",
    );
    const payments = await api.db.prisma.payment.findMany({
      where: { unitId: world.ownerUnitId, method: "bankCard" },
    });
    expect(payments.map((p) => p.amount.toFixed(2))).toEqual(["2792.80"]);
    const deposit = await api.db.prisma.renovationDeposit.findUniqueOrThrow({
      where: { applicationId: rawId(id) },
    });
    expect(deposit).toMatchObject({ paymentId: payments[0]!.id, createdById: world.userIds.cashier });
  });

  it("a retried payment returns the first result; the same key with another amount is a conflict", async () => {
    const id = await renovationIn(api, world, tokens, "confirmed");
    const input: Json = {
      renovationId: id,
      workers: 2,
      paid: await quoteTotal(api, tokens, id, 2),
      agreementSignature: signature("owner person"),
      method: "alipay",
      idempotencyKey: newKey(),
    };
    const [first, second] = await Promise.all([
      mutate(api, "renovationPayFees", tokens.cashier, input),
      mutate(api, "renovationPayFees", tokens.cashier, input),
    ]);
    const third = await mutate(api, "renovationPayFees", tokens.cashier, input);
    for (const result of [first, second, third])
      expect(result.renovation).toMatchObject({ id, status: "feesPaid" });
    expect(await api.db.prisma.renovationDeposit.count({ where: { applicationId: rawId(id) } })).toBe(1);
    const reused = await mutate(api, "renovationPayFees", tokens.cashier, { ...input, paid: "1.00" });
    expect(reused).toMatchObject({
      __typename: "ConflictError",
      code: "API_IDEMPOTENCY_KEY_REUSED",
      path: ["input", "idempotencyKey"],
    });
  });

  it("an estate that has published no standard gets no quote, and no fees can be taken", async () => {
    const id = await renovationIn(api, world, tokens, "confirmed");
    await api.db.prisma.estate.update({ where: { id: world.estateId }, data: { policy: {} } });
    try {
      const quote = await api.graphql<{ node: { feeQuote: unknown } }>(
        "query ($id: ID!) { node(id: $id) { ... on Renovation { feeQuote(workers: 1) { total } } } }",
        { token: tokens.cashier, variables: { id } },
      );
      expect(quote.data?.node.feeQuote).toBeNull();
      const paid = await mutate(api, "renovationPayFees", tokens.cashier, {
        renovationId: id,
        workers: 1,
        paid: "100.00",
        method: "cash",
        idempotencyKey: newKey(),
      });
      expect(paid).toMatchObject({ __typename: "NotFoundError", path: ["input", "renovationId"] });
    } finally {
      await publishFeeStandard(api, world);
    }
  });
});

describe("who sees which renovations", () => {
  it("staff of the estate see all; an owner their own units'; a tenant and other estates' staff none", async () => {
    const id = await renovationIn(api, world, tokens, "applied");
    expect(await readRenovation(api, tokens.security, id)).toMatchObject({ id });
    expect(await readRenovation(api, tokens.owner, id)).toMatchObject({
      id,
      siteManagerPhone: "139****5678",
    });
    expect(await readRenovation(api, tokens.tenant, id)).toBeNull();
    const tenantList = await api.graphql<{ renovations: { totalCount: number } }>(
      "{ renovations(first: 5) { totalCount } }",
      {
        token: tokens.tenant,
      },
    );
    expect(tenantList.data?.renovations.totalCount).toBe(0);
    const phone = `137${String(process.pid % 100000).padStart(8, "0")}`;
    const stranger = await api.db.prisma.user.create({
      data: {
        companyId: world.companyId,
        name: "other estate desk",
        phone,
        staffAssignments: {
          create: {
            estateId: world.otherEstateId,
            role: "customer_service",
            startDate: new Date("2024-01-01"),
          },
        },
      },
    });
    await setPassword(api.db.prisma, stranger.id, phone, PASSWORD);
    const strangerToken = (await login(api, phone)).accessToken;
    expect(await readRenovation(api, strangerToken, id)).toBeNull();
    const key = await createApiKey(api.db.prisma, {
      companyId: world.companyId,
      name: "renovation partner",
      scopes: ["renovations:read"],
    });
    const viaKey = await api.graphql<{ renovations: { totalCount: number } }>(
      "{ renovations(first: 1) { totalCount } }",
      {
        token: key.key,
      },
    );
    const all = await api.db.prisma.renovationApplication.count({
      where: { estate: { companyId: world.companyId } },
    });
    expect(viaKey.data?.renovations.totalCount).toBe(all);
    // A step on a renovation the viewer cannot see is "not found", whoever asks.
    const start = await mutate(api, "renovationConfirmDecision", tokens.tenant, { renovationId: id });
    expect(start).toMatchObject({ __typename: "NotFoundError", path: ["input", "renovationId"] });
  });
});
