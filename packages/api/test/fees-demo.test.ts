import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS, DEMO_NOW, DEMO_PASSWORD, seedDemoEstate } from "../src/seed/index.ts";
import { call, ERROR_FIELDS } from "./fees-fixtures.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { globalId, login } from "./support/world.ts";

/**
 * The fees and collection API on the demo estate the seed writes with the domain (its fee
 * standards, twelve months of bills, payments, credit and collection attempts): the queries read
 * that data, and the next month's run, a payment and a collection step work on it.
 */
let api: TestApi;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi({ now: () => DEMO_NOW, loginRateLimit: { perPhone: 1000, perIp: 1000 } });
  await seedDemoEstate(api.db, { units: 100 });
  for (const role of ["owner", "cashier", "finance", "customer_service"]) {
    const phone = DEMO_LOGINS.find((l) => l.role === role)!.phone;
    tokens[role] = (await login(api, phone, DEMO_PASSWORD)).accessToken;
  }
}, 240_000);
afterAll(async () => {
  await api?.close();
});

async function estates(): Promise<{ id: string; name: string }[]> {
  const result = (await call(
    api,
    tokens.finance,
    "{ estates(first: 5) { edges { node { id name } } } }",
  )) as {
    edges: { node: { id: string; name: string } }[];
  };
  return result.edges.map((e) => e.node);
}

describe("fees and collection on the demo estate", () => {
  it("the next month's run bills the estate once, spending prepaid credit; the arrears have a collection case", async () => {
    for (const estate of await estates()) {
      const run = await call(
        api,
        tokens.cashier,
        `mutation ($input: BillingRunInput!) { billingRun(input: $input) {
        __typename ... on BillingRunPayload { billCount alreadyBilled creditApplied skipped { refusals { code } } } ${ERROR_FIELDS} } }`,
        {
          input: { estateId: estate.id, period: "2026-12" },
        },
      );
      expect(run.__typename, JSON.stringify(run)).toBe("BillingRunPayload");
      expect(run.billCount).toBeGreaterThan(0);
      const again = await call(
        api,
        tokens.cashier,
        `mutation ($input: BillingRunInput!) { billingRun(input: $input) {
        ... on BillingRunPayload { billCount alreadyBilled } } }`,
        { input: { estateId: estate.id, period: "2026-12" } },
      );
      expect(again).toMatchObject({
        billCount: 0,
        alreadyBilled: (run.billCount as number) + (run.alreadyBilled as number),
      });
    }
    const attempt = await api.db.prisma.collectionAttempt.findFirst({ orderBy: { attemptedAt: "desc" } });
    expect(attempt, "the seed records collection attempts").not.toBeNull();
    if (attempt) {
      const collection = await call(
        api,
        tokens.customer_service,
        `query ($u: ID!) { collectionCase(unitId: $u) {
        stage attempts { step } next { escalation earliest } } }`,
        { u: globalId("Unit", attempt.unitId) },
      );
      expect((collection.attempts as unknown[]).length).toBeGreaterThan(0);
      expect(collection.stage).not.toBe("inArrears");
    }
  });
  it("the demo owner sees their bills with explained lines, and pays an open one online", async () => {
    const bills = (await call(
      api,
      tokens.owner,
      `{ bills(first: 50, orderBy: { field: PERIOD, direction: DESC }) {
      totalCount edges { node { id period status total outstanding unit { number } lines { explanation { en zh } feeItem { name { zh } } } } } } }`,
    )) as {
      totalCount: number;
      edges: {
        node: { id: string; status: string; outstanding: string; lines: { explanation: { zh: string } }[] };
      }[];
    };
    expect(bills.totalCount).toBeGreaterThan(0);
    expect(bills.edges[0]!.node.lines[0]!.explanation.zh).toMatch(/元$/);
    const open = bills.edges.find((e) => e.node.outstanding !== "0.00");
    expect(open, "the demo owner has an open bill once December is billed").toBeDefined();
    {
      const paid = await call(
        api,
        tokens.owner,
        `mutation ($input: BillPayInput!) { billPay(input: $input) {
        __typename ... on BillPayPayload { payment { method } bills { status } } ${ERROR_FIELDS} } }`,
        {
          input: { billId: open!.node.id, idempotencyKey: "demo-owner-pays-0001" },
        },
      );
      expect(paid).toMatchObject({
        __typename: "BillPayPayload",
        payment: { method: "online" },
        bills: [{ status: "paid" }],
      });
    }
  });

  it("the reports read the seeded ledger", async () => {
    for (const estate of await estates()) {
      const reports = await call(
        api,
        tokens.finance,
        `query ($e: ID!) {
        arrearsAging(estateId: $e) { total unitCount bands { band amount } } }`,
        { e: estate.id },
      );
      const bands = (reports.bands as { amount: string }[]).reduce(
        (sum, b) => sum + Math.round(Number(b.amount) * 100),
        0,
      );
      expect(bands).toBe(Math.round(Number(reports.total) * 100));
      const rates = await call(
        api,
        tokens.finance,
        `query ($e: ID!) {
        collectionRates(estateId: $e, period: "2026-10") { collection { receivable percentage } recovery { openingArrears percentage } } }`,
        {
          e: estate.id,
        },
      );
      expect((rates.collection as { percentage: string }).percentage).toMatch(/^\d+\.\d\d%$/);
    }
  });
});
