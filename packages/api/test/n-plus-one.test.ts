import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, login, type World } from "./support/world.ts";

/**
 * Efficient by construction: nested lists resolve with a bounded number of SQL statements,
 * whatever the page size (Pothos' Prisma plugin turns the selection into one Prisma query with
 * nested includes; history, not a Prisma relation, goes through a dataloader).
 */
let api: TestApi;
let world: World;
let manager: string;

beforeAll(async () => {
  api = await startTestApi();
  world = await createWorld(api.db.prisma);
  const prisma = api.db.prisma;
  // 120 more units, each with an owner (a person) and a complaint with history.
  for (let i = 0; i < 120; i += 1) {
    const unit = await prisma.unit.create({
      data: {
        estateId: world.estateId,
        buildingId: world.buildingId,
        number: `5-${String(i).padStart(4, "0")}`,
        buildingArea: "100.00",
      },
    });
    const person = await prisma.person.create({
      data: { companyId: world.companyId, name: `业主 ${i}`, phone: "13812345678" },
    });
    await prisma.occupancy.create({
      data: { unitId: unit.id, personId: person.id, role: "owner", startDate: new Date("2025-01-01") },
    });
    const complaint = await prisma.complaint.create({
      data: {
        estateId: world.estateId,
        unitId: unit.id,
        number: `N1-${i}`,
        channel: "hotline",
        complainantName: `业主 ${i}`,
        content: "噪音",
        receivedAt: new Date("2026-01-01T00:00:00Z"),
      },
    });
    await prisma.workflowEvent.create({
      data: {
        workflow: "complaint",
        recordId: complaint.id,
        action: "record",
        fromState: "received",
        toState: "received",
        actorRole: "customer_service",
        at: new Date("2026-01-01T00:00:00Z"),
      },
    });
  }
  manager = (await login(api, world.phones.manager!)).accessToken;
});
afterAll(async () => {
  await api?.close();
});

/** Runs the query at a page size and returns the SQL statements it caused (authentication excluded). */
async function statementsFor(query: string, first: number): Promise<string[]> {
  // Authentication loads the viewer first: a fixed cost, measured separately and subtracted.
  api.sql.length = 0;
  await api.graphql("{ viewer { role } }", { token: manager });
  const authentication = api.sql.length;
  api.sql.length = 0;
  const result = await api.graphql<Record<string, unknown>>(query, { token: manager, variables: { first } });
  expect(result.errors).toBeUndefined();
  return api.sql.slice(authentication);
}

describe("N+1: statement counts do not grow with the page size", () => {
  it("estate → units → occupancies → person costs the same at 10 and at 100", async () => {
    const query = `query ($first: Int!) {
      estates(first: 5) {
        edges { node { name units(first: $first) {
          totalCount
          edges { node { number occupancies { role person { name phone idNumber } } } }
        } } }
      }
    }`;
    const ten = await statementsFor(query, 10);
    const hundred = await statementsFor(query, 100);
    expect(hundred.length).toBe(ten.length);
    expect(ten.length).toBeGreaterThan(0);
    expect(ten.length).toBeLessThanOrEqual(12);
  });

  it("complaints → unit → history costs the same at 10 and at 100", async () => {
    const query = `query ($first: Int!) {
      complaints(first: $first) {
        edges { node { number unit { number } history { edges { node { action actorRole } } } } }
      }
    }`;
    const ten = await statementsFor(query, 10);
    const hundred = await statementsFor(query, 100);
    expect(ten.length).toBeGreaterThan(0);
    expect(hundred.length).toBe(ten.length);
    // History is batched: one statement (plus the actors') for the whole page.
    expect(hundred.filter((sql) => sql.includes('"WorkflowEvent"')).length).toBe(1);
  });
});
