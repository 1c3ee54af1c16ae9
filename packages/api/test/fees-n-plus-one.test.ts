import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishFees, runBilling } from "./fees-fixtures.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, login, type World } from "./support/world.ts";

/**
 * Bills and payments resolve their nested lists with a fixed number of SQL statements, whatever
 * the page size (the case: bills → lines → unit → owners, owners via occupancies → person).
 */
const NOW = new Date("2026-04-20T01:00:00.000Z");

let api: TestApi;
let world: World;
let cashier: string;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  world = await createWorld(api.db.prisma);
  const prisma = api.db.prisma;
  await publishFees(prisma, world.estateId);
  // 120 more handed-over units, each with an owner.
  for (let i = 0; i < 120; i += 1) {
    const unit = await prisma.unit.create({
      data: {
        estateId: world.estateId,
        buildingId: world.buildingId,
        number: `7-${String(i).padStart(4, "0")}`,
        buildingArea: "100.00",
        status: "occupied",
        handoverDate: new Date("2025-01-01"),
      },
    });
    const person = await prisma.person.create({ data: { companyId: world.companyId, name: `业主 ${i}` } });
    await prisma.occupancy.create({
      data: { unitId: unit.id, personId: person.id, role: "owner", startDate: new Date("2025-01-01") },
    });
  }
  cashier = (await login(api, world.phones.cashier!)).accessToken;
  for (const period of ["2026-02", "2026-03"]) {
    const run = await runBilling(api, cashier, world.estateId, period);
    expect(run.billCount).toBe(122);
  }
  // A payment settling each March bill, so allocations have rows to load.
  const lines = await prisma.billLine.findMany({
    where: { periodStart: new Date("2026-03-01") },
    select: { id: true, unitId: true, amount: true },
  });
  const payments = lines.map((line) => ({ id: uuidv7(), line }));
  await prisma.payment.createMany({
    data: payments.map(({ id, line }) => ({
      id,
      estateId: world.estateId,
      unitId: line.unitId,
      amount: line.amount,
      method: "cash" as const,
      receivedAt: NOW,
      reason: "n+1",
      createdById: world.userIds.cashier!,
    })),
  });
  await prisma.paymentAllocation.createMany({
    data: payments.map(({ id, line }) => ({
      billLineId: line.id,
      paymentId: id,
      amount: line.amount,
      reason: "n+1",
      createdById: world.userIds.cashier!,
    })),
  });
  // A fresh request after the long set-up, so the tests do not start on an idle keep-alive socket.
  await api.graphql("{ viewer { role } }", { token: cashier });
});
afterAll(async () => {
  await api?.close();
});

async function statementsFor(query: string, first: number): Promise<string[]> {
  api.sql.length = 0;
  await api.graphql("{ viewer { role } }", { token: cashier });
  const authentication = api.sql.length;
  api.sql.length = 0;
  const result = await api.graphql<Record<string, unknown>>(query, { token: cashier, variables: { first } });
  expect(result.errors).toBeUndefined();
  return api.sql.slice(authentication);
}

async function sameAtTenAndHundred(query: string): Promise<string[]> {
  const ten = await statementsFor(query, 10);
  const hundred = await statementsFor(query, 100);
  expect(ten.length).toBeGreaterThan(0);
  expect(hundred.length).toBe(ten.length);
  return hundred;
}

describe("N+1: fees and collection lists cost the same at page size 10 and 100", () => {
  it("bills → lines → unit → owners (occupancies → person)", async () => {
    const statements = await sameAtTenAndHundred(`query ($first: Int!) {
      bills(first: $first, filter: { period: "2026-03" }) {
        totalCount
        edges { node { number total paid outstanding overdue reminders { date }
          lines { amount paid explanation { zh } feeItem { code name { zh } } feeStandard { unitPrice } lateCharge { amount } }
          unit { number occupancies { role person { name phone } } } } }
      }
    }`);
    // One batched statement per relation level (bill, lines, allocations, unit, occupancies…).
    expect(statements.length).toBeLessThanOrEqual(16);
  });

  it("bills → history (a dataloader: one statement for the page)", async () => {
    const statements = await sameAtTenAndHundred(`query ($first: Int!) {
      bills(first: $first) { edges { node { number history { edges { node { action actorName } } } } } }
    }`);
    expect(statements.filter((sql) => sql.includes('"WorkflowEvent"')).length).toBe(1);
  });

  it("payments → allocations → bill line → bill", async () => {
    await sameAtTenAndHundred(`query ($first: Int!) {
      payments(first: $first) { edges { node { amount createdByName unit { number }
        allocations { amount billLine { period bill { number status } } } creditEntries { amount } } } }
    }`);
  });

  it("units → bills → lines, and prepaid credit", async () => {
    await sameAtTenAndHundred(`query ($first: Int!) {
      units(first: $first) { edges { node { number prepaidCredit
        bills(first: 3) { totalCount edges { node { period total lines { amount } } } } } } }
    }`);
  });
});
