import { randomUUID } from "node:crypto";
import { openRenovation, recordRenovationViolation } from "@wuye/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeRecordData } from "../src/services/renovation/index.ts";
import { clock, completeFile, type Tokens } from "./renovation-support.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, tokensFor, type World } from "./support/world.ts";

/**
 * The renovation lists: filters and order, and a bounded number of SQL statements whatever the
 * page size — renovations → unit, applicant, documents, inspections, violations (with their
 * history) and the fields rebuilt from each record's history.
 */

let api: TestApi;
let world: World;
let tokens: Tokens;
const COUNT = 110;

/** The domain's application, as the API would have stored it from `completeFile()`. */
function application(unitId: string) {
  const file = completeFile() as { contractor: { name: string; siteManager: { name: string } } };
  return {
    unitId,
    premises: "residential" as const,
    applicant: { kind: "owner" as const, name: "owner person" },
    applicationSignature: { name: "owner person", signedAt: clock.now },
    commitmentSignature: { name: "owner person", signedAt: clock.now },
    drawings: [],
    contractor: { name: file.contractor.name, siteManager: { name: file.contractor.siteManager.name } },
    affects: [],
    authorityApprovals: [],
    work: [],
  };
}

beforeAll(async () => {
  api = await startTestApi({ now: () => clock.now });
  world = await createWorld(api.db.prisma);
  const prisma = api.db.prisma;
  const renovations = [];
  const events = [];
  const violations = [];
  const documents = [];
  const inspections = [];
  for (let i = 0; i < COUNT; i += 1) {
    const id = randomUUID();
    const app = application(world.ownerUnitId);
    renovations.push({
      id,
      estateId: world.estateId,
      unitId: world.ownerUnitId,
      applicantId: world.ownerPersonId,
      number: `R-LIST-${String(i).padStart(4, "0")}`,
      scope: "list",
      contractorName: "安居装饰",
      submittedAt: new Date(clock.now.getTime() + i * 1000),
      status: "inProgress" as const,
    });
    const renovation = {
      ...openRenovation({ id, application: app, appliedAt: clock.now }),
      status: "inProgress" as const,
    };
    events.push({
      workflow: "renovation",
      recordId: id,
      action: "apply",
      fromState: "applied",
      toState: "applied",
      actorId: world.userIds.customer_service!,
      actorRole: "customer_service",
      at: clock.now,
      data: encodeRecordData({ application: app, appliedAt: clock.now }),
    });
    documents.push({ applicationId: id, kind: "floorPlan" as const, fileRef: "floorPlan" });
    inspections.push({
      applicationId: id,
      kind: "daily" as const,
      department: "security" as const,
      inspectedOn: new Date("2026-03-02"),
      inspectedAt: clock.now,
      inspectorId: world.userIds.security!,
    });
    const recorded = recordRenovationViolation({
      id: randomUUID(),
      renovation,
      type: "windowSecurityBars",
      description: "bars",
      rectificationRequired: "remove",
      rectifyBy: "2026-03-05",
      earlier: [],
      actor: { id: world.userIds.security!, role: "security" },
      at: clock.now,
    });
    if (!recorded.ok) throw new Error("fixture violation refused");
    const {
      id: violationId,
      renovationId: _r,
      unitId: _u,
      status: _s,
      history: _h,
      ...stored
    } = recorded.violation;
    violations.push({
      id: violationId,
      applicationId: id,
      violationType: "windowSecurityBars",
      severity: "serious" as const,
      description: "bars",
      foundAt: clock.now,
      recordedById: world.userIds.security!,
    });
    events.push({
      workflow: "renovation violation",
      recordId: violationId,
      action: "record",
      fromState: "recorded",
      toState: "recorded",
      actorId: world.userIds.security!,
      actorRole: "security",
      at: clock.now,
      data: encodeRecordData(stored),
    });
  }
  await prisma.renovationApplication.createMany({ data: renovations });
  await prisma.workflowEvent.createMany({
    data: events.map((e) => ({ ...e, data: JSON.parse(JSON.stringify(e.data)) })),
  });
  await prisma.renovationDocument.createMany({ data: documents });
  await prisma.renovationInspection.createMany({ data: inspections });
  await prisma.renovationViolation.createMany({ data: violations });
  // Last, so no idle keep-alive connection from the logins is reused after the server closed it.
  tokens = await tokensFor(api, world);
});
afterAll(async () => {
  await api?.close();
});

async function statementsFor(query: string, first: number): Promise<string[]> {
  api.sql.length = 0;
  await api.graphql("{ viewer { role } }", { token: tokens.manager });
  const authentication = api.sql.length;
  api.sql.length = 0;
  const result = await api.graphql<Record<string, unknown>>(query, {
    token: tokens.manager,
    variables: { first },
  });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return api.sql.slice(authentication);
}

describe("N+1: renovation lists cost the same at 10 and at 100", () => {
  it("renovations → unit, applicant, documents, inspections, violations and the rebuilt fields", async () => {
    const query = `query ($first: Int!) {
      renovations(first: $first) {
        totalCount
        edges { node {
          number status premises unit { number } applicant { name }
          reviewFindings { code } reviewDeadline { due } decision { outcome } fees { total } feeQuote(workers: 2) { total }
          documents { kind } missedInspections { date }
          inspections(first: 5) { edges { node { kind inspectorName } } }
          violations(first: 5) { totalCount edges { node {
            status label { zh } penaltyTerms { base explanation { zh } } penaltyToDate { total }
            authorityReport { status } history { edges { node { action } } }
          } } }
          history { edges { node { action actorName } } }
        } }
      }
    }`;
    const ten = await statementsFor(query, 10);
    const hundred = await statementsFor(query, 100);
    expect(ten.length).toBeGreaterThan(0);
    expect(hundred.length).toBe(ten.length);
    expect(ten.length).toBeLessThanOrEqual(16);
    // Histories are batched: one statement per workflow level, whatever the page size.
    expect(hundred.filter((sql) => sql.includes('"WorkflowEvent"')).length).toBe(1);
  });
});

describe("renovation lists: filters and order", () => {
  it("filters by status and unit, orders by number, and counts", async () => {
    const result = await api.graphql<{
      renovations: { totalCount: number; edges: { node: { number: string } }[] };
    }>(
      `query ($unit: ID!) { renovations(first: 3, filter: { status: [inProgress], unitId: $unit },
        orderBy: { field: NUMBER, direction: ASC }) { totalCount edges { node { number } } } }`,
      { token: tokens.engineering, variables: { unit: globalId("Unit", world.ownerUnitId) } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.renovations.totalCount).toBe(COUNT);
    expect(result.data?.renovations.edges.map((e) => e.node.number)).toEqual([
      "R-LIST-0000",
      "R-LIST-0001",
      "R-LIST-0002",
    ]);
    const none = await api.graphql<{ renovations: { totalCount: number } }>(
      "{ renovations(first: 1, filter: { status: [accepted] }) { totalCount } }",
      { token: tokens.engineering },
    );
    expect(none.data?.renovations.totalCount).toBe(0);
  });
});
