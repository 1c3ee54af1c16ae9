import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, login, type World } from "./support/world.ts";

/**
 * N+1 for the estate areas' nested lists: a unit's vehicles, parking spaces, handover, archive
 * check and history; an announcement's buildings; an event's registrations and history; an
 * estate's takeover defects and their history; a survey's results and history. The same number
 * of SQL statements at page size 10 and 100.
 */
let api: TestApi;
let world: World;
let manager: string;

const COUNT = 110;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

beforeAll(async () => {
  api = await startTestApi();
  world = await createWorld(api.db.prisma);
  const prisma = api.db.prisma;
  const { estateId, buildingId, companyId } = world;
  const units = await prisma.unit.createManyAndReturn({
    data: range(COUNT).map((i) => ({
      estateId,
      buildingId,
      number: `N-${i}`,
      buildingArea: "80.00",
      status: "occupied" as const,
    })),
    select: { id: true },
  });
  const people = await prisma.person.createManyAndReturn({
    data: range(COUNT).map((i) => ({ companyId, name: `车主 ${i}`, phone: "13800000000" })),
    select: { id: true },
  });
  await prisma.occupancy.createMany({
    data: units.map((u, i) => ({
      unitId: u.id,
      personId: people[i]!.id,
      role: "owner" as const,
      startDate: new Date("2025-01-01"),
    })),
  });
  await prisma.vehicle.createMany({
    data: units.map((u, i) => ({
      estateId,
      unitId: u.id,
      ownerId: people[i]!.id,
      plateNumber: `N1${String(i).padStart(5, "0")}`,
    })),
  });
  await prisma.parkingSpace.createMany({
    data: units.map((u, i) => ({ estateId, unitId: u.id, code: `NP-${i}`, kind: "owned" as const })),
  });
  await prisma.unitHandover.createMany({
    data: units.map((u) => ({
      unitId: u.id,
      handedOverOn: new Date("2025-01-01"),
      prepaidFrom: new Date("2025-01-01"),
      prepaidUntil: new Date("2025-06-30"),
      recordedById: world.userIds.manager!,
    })),
  });
  const history = (workflow: string, ids: { id: string }[]) =>
    prisma.workflowEvent.createMany({
      data: ids.map((r) => ({
        workflow,
        recordId: r.id,
        action: "record",
        fromState: "a",
        toState: "a",
        actorRole: "manager",
        actorId: world.userIds.manager!,
        at: new Date("2026-01-01T00:00:00Z"),
      })),
    });
  await history("unit occupancy", units);

  const announcements = await prisma.announcement.createManyAndReturn({
    data: range(COUNT).map((i) => ({
      estateId,
      title: `公告 ${i}`,
      body: "x",
      validFrom: new Date("2026-01-01T00:00:00Z"),
      publishedAt: new Date("2026-01-01T00:00:00Z"),
      authorId: world.userIds.manager!,
    })),
    select: { id: true },
  });
  await prisma.announcementBuilding.createMany({
    data: announcements.map((a) => ({ announcementId: a.id, buildingId })),
  });

  const events = await prisma.communityEvent.createManyAndReturn({
    data: range(COUNT).map((i) => ({
      estateId,
      theme: `活动 ${i}`,
      venue: "广场",
      startsAt: new Date("2026-01-01T00:00:00Z"),
    })),
    select: { id: true },
  });
  await prisma.communityEventRegistration.createMany({
    data: events.flatMap((e, i) => [
      { eventId: e.id, personId: people[i]!.id, name: "甲", registeredAt: new Date("2026-01-01T00:00:00Z") },
      { eventId: e.id, name: "乙", registeredAt: new Date("2026-01-01T00:00:00Z") },
    ]),
  });
  await history("community event", events);

  const defects = await prisma.takeoverDefect.createManyAndReturn({
    data: range(COUNT).map((i) => ({
      estateId,
      scope: "plumbing" as const,
      location: `${i}`,
      description: "x",
    })),
    select: { id: true },
  });
  await history("takeover defect", defects);

  const surveys = await prisma.survey.createManyAndReturn({
    data: range(COUNT).map((i) => ({
      estateId,
      title: `调查 ${i}`,
      periodStart: new Date("2026-01-01"),
      periodEnd: new Date("2026-01-31"),
      status: "closed" as const,
      questions: [{ id: "q1", text: "保洁", serviceArea: "cleaning" }],
    })),
    select: { id: true },
  });
  await prisma.surveyResponse.createMany({
    data: surveys.map((s, i) => ({
      surveyId: s.id,
      unitId: units[i]!.id,
      answers: [{ questionId: "q1", rating: "satisfied" }],
      submittedAt: new Date("2026-01-10T00:00:00Z"),
    })),
  });
  await history("survey", surveys);
  manager = (await login(api, world.phones.manager!)).accessToken;
});
afterAll(async () => {
  await api?.close();
});

async function statementsFor(query: string, first: number): Promise<number> {
  api.sql.length = 0;
  await api.graphql("{ viewer { role } }", { token: manager });
  const authentication = api.sql.length;
  api.sql.length = 0;
  const result = await api.graphql(query, { token: manager, variables: { first } });
  expect(result.errors).toBeUndefined();
  return api.sql.length - authentication;
}

async function expectFlat(query: string) {
  const ten = await statementsFor(query, 10);
  const hundred = await statementsFor(query, 100);
  expect(ten).toBeGreaterThan(0);
  expect(hundred).toBe(ten);
}

describe("N+1: the estate areas' nested lists cost the same at 10 and at 100", () => {
  it("units → vehicles (→ owner), parking spaces, handover, archive check, history", () =>
    expectFlat(`query ($first: Int!) { units(first: $first, filter: { numberStartsWith: "N-" }) { edges { node {
      number vehicles { plateNumber owner { name } } parkingSpaces { code vehicle { plateNumber } }
      handover { prepaidUntil } ownerArchiveCheck { complete } history { edges { node { action } } }
    } } } }`));

  it("announcements → buildings", () =>
    expectFlat(
      `query ($first: Int!) { announcements(first: $first) { edges { node { title buildings { name } } } } }`,
    ));

  it("community events → registrations (→ person) and history", () =>
    expectFlat(`query ($first: Int!) { communityEvents(first: $first) { edges { node {
      theme registrations(first: 5) { totalCount edges { node { name person { name } } } }
      history { edges { node { action } } }
    } } } }`));

  it("estate → takeover defects → history", () =>
    expectFlat(`query ($first: Int!) { estates(first: 5) { edges { node {
      takeoverDefects(first: $first) { totalCount edges { node { location history { edges { node { action } } } } } }
    } } } }`));

  it("surveys → results and history", () =>
    expectFlat(`query ($first: Int!) { surveys(first: $first) { edges { node {
      title responseCount results { percentage byServiceArea { serviceArea } } history { edges { node { action } } }
    } } } }`));
});
