import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, login, type World } from "./support/world.ts";

/** Facility lists cost the same number of SQL statements at any page size. */
const NOW = new Date("2026-03-02T01:00:00.000Z");
let api: TestApi;
let world: World;
let manager: string;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  world = await createWorld(api.db.prisma);
  const prisma = api.db.prisma;
  for (let i = 0; i < 110; i += 1) {
    const facility = await prisma.facility.create({
      data: {
        estateId: world.estateId,
        type: "elevator",
        name: `电梯 ${String(i).padStart(3, "0")}`,
        model: "X",
        location: "3栋",
        installedOn: new Date("2024-01-01"),
        warrantyUntil: new Date("2026-12-31"),
        parameters: { load: "1000 kg" },
      },
    });
    const plan = await prisma.maintenancePlan.create({
      data: {
        estateId: world.estateId,
        facilityType: "elevator",
        facilityId: facility.id,
        title: "月度维保",
        period: "monthly",
        nextDueOn: new Date("2026-02-01"),
      },
    });
    await prisma.maintenanceRecord.create({
      data: {
        facilityId: facility.id,
        planId: plan.id,
        performedOn: new Date("2026-01-01"),
        performedById: world.userIds.engineering!,
        findings: "x",
      },
    });
    const route = await prisma.patrolRoute.create({
      data: {
        estateId: world.estateId,
        kind: "security",
        name: `路线 ${i}`,
        frequencyMinutes: 60,
        checkpoints: {
          create: [
            { position: 0, name: "东门" },
            { position: 1, name: "西门" },
          ],
        },
      },
      include: { checkpoints: true },
    });
    const round = await prisma.patrolRound.create({
      data: {
        routeId: route.id,
        inspectorId: world.userIds.security!,
        startedAt: new Date(Date.UTC(2026, 1, 1, 0, i)),
        details: {
          scans: [],
          findings: [
            {
              checkpointId: route.checkpoints[0]!.id,
              kind: "leak",
              description: "渗水",
              at: "2026-02-01T00:00:00.000Z",
            },
          ],
          assessment: {
            routeId: route.id,
            roundId: "r",
            checkpointCount: 2,
            visitedCount: 1,
            completeness: 0.5,
            complete: false,
            missed: [route.checkpoints[1]!.id],
            outOfOrder: [],
            unknownScans: [],
            rule: "R-FAC-3",
          },
        },
      },
    });
    await prisma.patrolCheck.create({
      data: {
        roundId: round.id,
        checkpointId: route.checkpoints[0]!.id,
        checkedAt: round.startedAt,
        ok: false,
        finding: "渗水",
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

describe("N+1: facility lists", () => {
  it("facilities → warranty, plans with status, maintenance records cost the same at 10 and 100", async () => {
    const query = `query ($first: Int!) { facilities(first: $first) { edges { node {
      name warranty { inWarranty } parameters { name }
      maintenancePlans { title status { overdue } }
      maintenanceRecords(first: 3) { edges { node { performedOn performedByName plan { title } } } }
    } } } }`;
    const ten = await statementsFor(query, 10);
    const hundred = await statementsFor(query, 100);
    expect(ten.length).toBeGreaterThan(0);
    expect(hundred.length).toBe(ten.length);
  });

  it("patrol rounds → route, checks, assessment and findings cost the same at 10 and 100", async () => {
    const query = `query ($first: Int!) { patrolRounds(first: $first) { edges { node {
      inspectorName route { name checkpoints { name } }
      assessment { completenessPercent missed { name } } findings { kind checkpoint { name } }
      checks { ok checkpoint { name } repairOrder { number } }
    } } } }`;
    const ten = await statementsFor(query, 10);
    const hundred = await statementsFor(query, 100);
    expect(ten.length).toBeGreaterThan(0);
    expect(hundred.length).toBe(ten.length);
  });

  it("maintenance plans, overdue first, cost the same at 10 and 100", async () => {
    const query = `query ($first: Int!) { maintenancePlans(first: $first, filter: { overdue: true }) { edges { node {
      title status { overdue daysPastDue } facility { name }
    } } } }`;
    const ten = await statementsFor(query, 10);
    const hundred = await statementsFor(query, 100);
    expect(hundred.length).toBe(ten.length);
  });
});
