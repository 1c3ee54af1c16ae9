import { randomUUID } from "node:crypto";
import { requestReleasePass } from "@wuye/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeRecordData } from "../src/services/renovation/index.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, tokensFor, type World } from "./support/world.ts";

/**
 * The release pass list: a bounded number of SQL statements whatever the page size — passes →
 * unit, items (with their category from the pass), consent, decision, printed lines, history —
 * and its filters.
 */

let api: TestApi;
let world: World;
let manager: string;
const NOW = new Date("2026-11-21T02:00:00.000Z");
const COUNT = 110;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  world = await createWorld(api.db.prisma);
  const passes = [];
  const items: { passId: string; position: number; description: string; quantity: number }[] = [];
  const events = [];
  for (let i = 0; i < COUNT; i += 1) {
    const id = randomUUID();
    const pass = requestReleasePass(
      {
        id,
        unitId: world.ownerUnitId,
        carrier: { name: "赵敏", identityNumber: "310101199201011234", relation: "tenant" },
        items: [
          { description: "沙发", category: "furniture", quantity: 1 },
          { description: "纸箱", category: "carton", quantity: 3 },
        ],
        reason: i % 2 === 0 ? "movingOut" : "temporary",
        ownerConsent: {
          calledAt: NOW,
          calledBy: "客服 李",
          contactName: "王伟",
          phone: "13812345678",
          outcome: "agreed",
        },
      },
      { at: NOW },
    );
    passes.push({
      id,
      estateId: world.estateId,
      unitId: world.ownerUnitId,
      number: `P-LIST-${String(i).padStart(4, "0")}`,
      carrierName: "赵敏",
      carrierIdNumber: "310101199201011234",
      carrierRelation: "tenant" as const,
      reason: pass.reason,
      ownerConsent: "agreed" as const,
      ownerCalledAt: NOW,
    });
    pass.items.forEach((item, index) => {
      items.push({ passId: id, position: index + 1, description: item.description, quantity: item.quantity });
    });
    const { id: _id, status: _status, ...stored } = pass;
    events.push({
      workflow: "release pass",
      recordId: id,
      action: "request",
      fromState: "requested",
      toState: "requested",
      actorId: world.userIds.customer_service!,
      actorRole: "customer_service",
      at: NOW,
      data: JSON.parse(JSON.stringify(encodeRecordData(stored))),
    });
  }
  await api.db.prisma.releasePass.createMany({ data: passes });
  await api.db.prisma.releasePassItem.createMany({ data: items });
  await api.db.prisma.workflowEvent.createMany({ data: events });
  const tokens = await tokensFor(api, world);
  manager = tokens.manager!;
});
afterAll(async () => {
  await api?.close();
});

async function statementsFor(query: string, first: number): Promise<string[]> {
  api.sql.length = 0;
  await api.graphql("{ viewer { role } }", { token: manager });
  const authentication = api.sql.length;
  api.sql.length = 0;
  const result = await api.graphql<Record<string, unknown>>(query, { token: manager, variables: { first } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return api.sql.slice(authentication);
}

describe("N+1: release pass lists cost the same at 10 and at 100", () => {
  it("passes → unit, items with categories, consent, printed lines and history", async () => {
    const query = `query ($first: Int!) {
      releasePasses(first: $first) {
        totalCount
        edges { node {
          number status reason carrierIdNumber unit { number }
          items { position description quantity category }
          ownerConsent { outcome phone calledAt } decision { outcome } refusals { code }
          printedLines { line struckThrough }
          history { edges { node { action actorName } } }
        } }
      }
    }`;
    const ten = await statementsFor(query, 10);
    const hundred = await statementsFor(query, 100);
    expect(ten.length).toBeGreaterThan(0);
    expect(hundred.length).toBe(ten.length);
    expect(ten.length).toBeLessThanOrEqual(10);
    expect(hundred.filter((sql) => sql.includes('"WorkflowEvent"')).length).toBe(1);
  });
});

describe("release pass lists: filters and order", () => {
  it("filters by reason and status, orders by number", async () => {
    const result = await api.graphql<{
      releasePasses: { totalCount: number; edges: { node: { number: string } }[] };
    }>(
      `{ releasePasses(first: 2, filter: { reason: [movingOut], status: [requested] }, orderBy: { field: NUMBER, direction: ASC }) {
        totalCount edges { node { number } } } }`,
      { token: manager },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.releasePasses.totalCount).toBe(COUNT / 2);
    expect(result.data?.releasePasses.edges.map((e) => e.node.number)).toEqual([
      "P-LIST-0000",
      "P-LIST-0002",
    ]);
  });
});
