import { createPubSub } from "graphql-yoga";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, loadUserViewer } from "../src/auth/index.ts";
import type { WorkflowStatusChange, WuyeTopics } from "../src/pubsub/index.ts";
import { respondToRepair } from "../src/services/repairs/actions.ts";
import { registerRepairOrder } from "../src/services/repairs/register.ts";
import type { ServiceContext } from "../src/services/support.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, login, type World } from "./support/world.ts";

/**
 * Repair lists: a nested selection costs the same number of statements at any page size, a
 * partner's key with `repairs:read` sees its company's orders, and every committed change is
 * published for the `repairStatusChanged` subscription.
 */
const NOW = new Date("2026-03-02T01:00:00.000Z");
let api: TestApi;
let world: World;
let manager: string;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  world = await createWorld(api.db.prisma);
  const prisma = api.db.prisma;
  for (let i = 0; i < 120; i += 1) {
    const order = await prisma.repairOrder.create({
      data: {
        estateId: world.estateId,
        unitId: world.ownerUnitId,
        number: `R-N1-${i}`,
        requesterName: `业主 ${i}`,
        requesterPhone: "13812345678",
        description: "漏水",
        trade: "plumbing",
        category: "plumbing",
        status: "completed",
        coverage: "paid",
        requestedAt: new Date("2026-02-01T01:00:00Z"),
        completedAt: new Date("2026-02-01T05:00:00Z"),
        nextDueAt: new Date("2026-02-04T05:00:00Z"),
      },
    });
    await prisma.repairQuote.create({
      data: {
        repairOrderId: order.id,
        labour: "50.00",
        materials: "25.00",
        total: "75.00",
        explanation: "合计",
        quotedAt: new Date("2026-02-01T02:00:00Z"),
        quotedById: world.userIds.engineering!,
      },
    });
    await prisma.repairReturnVisit.create({
      data: {
        repairOrderId: order.id,
        visitedAt: new Date("2026-02-02T02:00:00Z"),
        visitorId: world.userIds.customer_service!,
        satisfied: false,
        comment: "仍漏",
      },
    });
    await prisma.workflowEvent.create({
      data: {
        workflow: "repair",
        recordId: order.id,
        action: "register",
        fromState: "registered",
        toState: "registered",
        actorRole: "customer_service",
        at: new Date("2026-02-01T01:00:00Z"),
      },
    });
  }
  manager = (await login(api, world.phones.manager!)).accessToken;
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
  expect(result.errors).toBeUndefined();
  return api.sql.slice(authentication);
}

describe("N+1: repair orders → unit, quotes, return visits, history, warranty, deadlines", () => {
  it("costs the same at 10 and at 100", async () => {
    const query = `query ($first: Int!) {
      repairOrders(first: $first) {
        totalCount
        edges { node {
          number overdue requesterPhone unit { number }
          warranty { status explanationZh } deadlines { step state }
          quotes { total decision } returnVisits { satisfied }
          history { edges { node { action actorRole } } }
        } }
      }
    }`;
    const ten = await statementsFor(query, 10);
    const hundred = await statementsFor(query, 100);
    expect(ten.length).toBeGreaterThan(0);
    expect(hundred.length).toBe(ten.length);
    expect(hundred.filter((sql) => sql.includes('"WorkflowEvent"')).length).toBe(1);
  });
});

describe("a partner's key with repairs:read", () => {
  it("sees its company's repair orders, phone numbers masked", async () => {
    const partner = await api.db.prisma.user.create({
      data: { companyId: world.companyId, kind: "partner", name: "repairs partner" },
    });
    const key = await createApiKey(api.db.prisma, {
      companyId: world.companyId,
      userId: partner.id,
      name: "repairs reader",
      scopes: ["repairs:read"],
    });
    const result = await api.graphql<{
      repairOrders: { totalCount: number; edges: { node: { requesterPhone: string } }[] };
    }>("{ repairOrders(first: 1) { totalCount edges { node { requesterPhone } } } }", { token: key.key });
    expect(result.data?.repairOrders.totalCount).toBe(120);
    expect(result.data?.repairOrders.edges[0]?.node.requesterPhone).toBe("138****5678");
  });
});

describe("every committed change is published for subscribers", () => {
  it("registering and responding publish workflow:status events with the filer", async () => {
    const pubsub = createPubSub<WuyeTopics>();
    const events = pubsub.subscribe("workflow:status", world.estateId)[Symbol.asyncIterator]();
    const context = async (userId: string): Promise<ServiceContext> => ({
      prisma: api.db.prisma,
      viewer: (await loadUserViewer(api.db.prisma, userId, NOW))!,
      now: NOW,
      requestId: "test",
      pubsub,
    });
    const first = events.next();
    const row = await registerRepairOrder(await context(world.userIds.owner!), {
      unitId: { typename: "Unit", id: world.ownerUnitId },
      description: "灯不亮",
      category: "electrical",
      trade: "electrical",
    });
    const registered = (await first).value as WorkflowStatusChange;
    expect(registered).toEqual({
      workflow: "repair",
      recordId: row.id,
      estateId: world.estateId,
      action: "register",
      from: "registered",
      to: "registered",
      at: NOW.toISOString(),
      filedByUserId: world.userIds.owner,
    });
    const second = events.next();
    await respondToRepair(await context(world.userIds.customer_service!), {
      repairOrderId: { typename: "RepairOrder", id: row.id },
      onSiteNow: false,
    });
    expect((await second).value).toMatchObject({
      action: "respond",
      from: "registered",
      to: "responded",
      filedByUserId: world.userIds.owner,
    });
    await events.return?.();
  });
});
