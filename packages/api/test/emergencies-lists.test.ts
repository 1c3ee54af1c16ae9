import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, login, type World } from "./support/world.ts";

/** Emergency lists cost the same number of SQL statements at any page size. */
const NOW = new Date("2026-03-02T01:00:00.000Z");
let api: TestApi;
let world: World;
let manager: string;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  world = await createWorld(api.db.prisma);
  const prisma = api.db.prisma;
  for (let i = 0; i < 110; i += 1) {
    const plan = await prisma.emergencyPlan.create({
      data: {
        estateId: world.estateId,
        type: "fire",
        title: `预案 ${String(i).padStart(3, "0")}`,
        contacts: [{ name: "陈经理", duty: "总指挥", phone: "13900000001" }],
        evacuationRoutes: "楼梯",
        assemblyPoints: "草坪",
      },
    });
    await prisma.emergencyDrill.create({
      data: { planId: plan.id, heldOn: new Date("2025-06-01"), recordedById: world.userIds.manager! },
    });
    const incident = await prisma.incident.create({
      data: {
        estateId: world.estateId,
        planId: plan.id,
        type: "fire",
        title: `事件 ${i}`,
        declaredAt: new Date(Date.UTC(2026, 1, 1, 0, i)),
        declaredById: world.userIds.security!,
      },
    });
    await prisma.incidentAction.create({
      data: {
        incidentId: incident.id,
        at: incident.declaredAt,
        actorId: world.userIds.security!,
        action: "疏散",
      },
    });
    await prisma.workflowEvent.create({
      data: {
        workflow: "incident",
        recordId: incident.id,
        action: "declare",
        fromState: "declared",
        toState: "declared",
        actorId: world.userIds.security!,
        actorRole: "security",
        at: incident.declaredAt,
        data: { affectedResidentIds: [world.ownerPersonId, world.tenantPersonId] },
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

describe("N+1: emergency lists", () => {
  it("incidents → plan, actions, notifications, residents not yet told, history cost the same at 10 and 100", async () => {
    const query = `query ($first: Int!) { incidents(first: $first) { edges { node {
      title declaredByName plan { title } affectedResidentCount residentsNotYetNotified summary
      notifications { channel } actions { description actorName }
      history { edges { node { action } } }
    } } } }`;
    const ten = await statementsFor(query, 10);
    const hundred = await statementsFor(query, 100);
    expect(ten.length).toBeGreaterThan(0);
    expect(hundred.length).toBe(ten.length);
    expect(hundred.filter((sql) => sql.includes('"WorkflowEvent"')).length).toBe(1);
  });

  it("emergency plans → drills and gaps cost the same at 10 and 100", async () => {
    const query = `query ($first: Int!) { emergencyPlans(first: $first) { edges { node {
      title complete gaps { code } responsiblePeople { name } drills { heldOn } } } } }`;
    const ten = await statementsFor(query, 10);
    const hundred = await statementsFor(query, 100);
    expect(ten.length).toBeGreaterThan(0);
    expect(hundred.length).toBe(ten.length);
  });
});
