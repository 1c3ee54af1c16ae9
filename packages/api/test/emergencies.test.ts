import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, tokensFor, type World } from "./support/world.ts";

/** Monday 2 March 2026, 09:00 in Shanghai. */
const NOW = new Date("2026-03-02T01:00:00.000Z");

let api: TestApi;
let world: World;
let tokens: Awaited<ReturnType<typeof tokensFor>>;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
});
afterAll(async () => {
  await api?.close();
});

type Json = Record<string, unknown>;
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

async function mutate(name: string, token: string | undefined, input: Json, selection: string) {
  const document = `mutation ($input: ${upperFirst(name)}Input!) { ${name}(input: $input) {
    __typename
    ... on ${upperFirst(name)}Payload { ${selection} }
    ... on Error { code message messageZh path }
    ... on RefusalError { rule refusals { code path } }
  } }`;
  const result = await api.graphql<Record<string, Json>>(document, { token, variables: { input } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data![name]!;
}

const estateId = () => globalId("Estate", world.estateId);
const codes = (result: Json) => ((result.refusals ?? result.gaps) as { code: string }[]).map((r) => r.code);
const PLAN =
  "plan { id type title complete responsiblePeople { name duty phone } evacuationRoutes assemblyPoints reviewedOn } gaps { code rule path }";

const firePlan = {
  type: "fire",
  title: "火灾应急预案",
  responsiblePeople: [{ name: "陈经理", duty: "总指挥", phone: "13900000001" }],
  evacuationRoutes: ["A、B 楼梯至一层"],
  assemblyPoints: ["中心草坪"],
};

describe("R-EMG-1 emergency plans and their review", () => {
  let fireId = "";

  it("the manager records a complete plan; an incomplete one comes back with every gap", async () => {
    const fire = await mutate(
      "emergencyPlanCreate",
      tokens.manager,
      { estateId: estateId(), ...firePlan },
      PLAN,
    );
    expect(fire).toMatchObject({
      plan: { type: "fire", complete: true, evacuationRoutes: ["A、B 楼梯至一层"], reviewedOn: "2026-03-02" },
      gaps: [],
    });
    fireId = (fire.plan as { id: string }).id;
    const draft = await mutate(
      "emergencyPlanCreate",
      tokens.manager,
      {
        estateId: estateId(),
        type: "waterOutage",
        title: "停水预案",
        responsiblePeople: [{ name: "王工", duty: "抢修", phone: " " }],
        evacuationRoutes: [],
        assemblyPoints: [" "],
      },
      PLAN,
    );
    expect(draft.plan).toMatchObject({ complete: false });
    expect(codes(draft)).toEqual([
      "EMG_PLAN_CONTACT_MISSING",
      "EMG_PLAN_NO_EVACUATION_ROUTE",
      "EMG_PLAN_NO_ASSEMBLY_POINT",
    ]);
    const revised = await mutate(
      "emergencyPlanRevise",
      tokens.manager,
      {
        planId: (draft.plan as { id: string }).id,
        type: "waterOutage",
        title: "停水预案",
        responsiblePeople: [{ name: "王工", duty: "抢修", phone: "13900000002" }],
        evacuationRoutes: ["无需疏散"],
        assemblyPoints: ["物业服务中心"],
      },
      PLAN,
    );
    expect(revised).toMatchObject({ plan: { complete: true }, gaps: [] });
  });

  it("a second plan of the same type and title is refused; security may not write plans", async () => {
    const again = await mutate(
      "emergencyPlanCreate",
      tokens.manager,
      { estateId: estateId(), ...firePlan },
      PLAN,
    );
    expect(again).toMatchObject({ __typename: "ValidationError", path: ["input", "title"] });
    const security = await mutate(
      "emergencyPlanCreate",
      tokens.security,
      { estateId: estateId(), ...firePlan, title: "另一个" },
      PLAN,
    );
    expect(security).toMatchObject({ __typename: "ForbiddenError" });
  });

  it("the review lists the required types with no plan and the plans' gaps", async () => {
    await mutate(
      "emergencyPlanCreate",
      tokens.manager,
      {
        estateId: estateId(),
        type: "powerOutage",
        title: "停电预案",
        responsiblePeople: [],
        evacuationRoutes: ["x"],
        assemblyPoints: ["y"],
      },
      PLAN,
    );
    const review = await api.graphql<{ emergencyPlanReview: Json }>(
      "query ($id: ID!) { emergencyPlanReview(estateId: $id) { complete missingTypes gaps { plan { title } refusals { code } } } }",
      { token: tokens.security, variables: { id: estateId() } },
    );
    expect(review.data?.emergencyPlanReview).toEqual({
      complete: false,
      missingTypes: ["naturalDisaster", "equipmentFailure", "publicSecurity"],
      gaps: [{ plan: { title: "停电预案" }, refusals: [{ code: "EMG_PLAN_NO_RESPONSIBLE_PERSON" }] }],
    });
  });

  it("R-EMG-2 a drill keeps its plan covered for twelve months, six for fire at a key unit", async () => {
    const drill = await mutate(
      "emergencyDrillRecord",
      tokens.security,
      { planId: fireId, heldOn: "2025-06-01", participants: 120, summary: "全员疏散用时 6 分钟" },
      "drill { heldOn participants plan { title } }",
    );
    expect(drill).toMatchObject({
      drill: { heldOn: "2025-06-01", participants: 120, plan: { title: "火灾应急预案" } },
    });
    const coverage = async (asOf?: string) =>
      (
        await api.graphql<{ emergencyDrillCoverage: Json }>(
          `query ($id: ID!, $asOf: Date) { emergencyDrillCoverage(estateId: $id, asOf: $asOf) {
            asOf planCount coveredCount coveragePercent uncovered { title }
            plans { plan { type } periodMonths lastDrillOn coveredUntil covered } } }`,
          { token: tokens.manager, variables: { id: estateId(), asOf } },
        )
      ).data?.emergencyDrillCoverage;
    expect(await coverage()).toMatchObject({
      asOf: "2026-03-02",
      planCount: 3,
      coveredCount: 1,
      coveragePercent: "33.33",
      plans: expect.arrayContaining([
        {
          plan: { type: "fire" },
          periodMonths: 12,
          lastDrillOn: "2025-06-01",
          coveredUntil: "2026-06-01",
          covered: true,
        },
      ]),
    });
    expect((await coverage("2026-07-01"))?.coveredCount).toBe(0);
    await api.db.prisma.estate.update({
      where: { id: world.estateId },
      data: { policy: { emergencies: { drillPeriodMonthsByType: { fire: 6 } } } },
    });
    expect(await coverage()).toMatchObject({ coveredCount: 0, coveragePercent: "0.00" });
    await api.db.prisma.estate.update({ where: { id: world.estateId }, data: { policy: {} } });
    const negative = await mutate(
      "emergencyDrillRecord",
      tokens.manager,
      { planId: fireId, heldOn: "2025-06-01", participants: -1 },
      "drill { id }",
    );
    expect(negative).toMatchObject({ __typename: "ValidationError", path: ["input", "participants"] });
  });
});

const INCIDENT = `incident { id status version affectedResidentCount residentsNotYetNotified residentsNotifiedAt closedAt summary lessonsLearned
  notifications { residentId channel at } actions { description actorName }
  history { edges { node { action fromState toState actorRole } } } }`;

async function declared(input: Json = {}) {
  const result = await mutate(
    "incidentDeclare",
    tokens.security,
    {
      estateId: estateId(),
      type: "waterOutage",
      title: "3 号楼停水",
      buildingIds: [globalId("Building", world.buildingId)],
      ...input,
    },
    INCIDENT,
  );
  expect(result.__typename, JSON.stringify(result)).toBe("IncidentDeclarePayload");
  return result.incident as Json & { id: string };
}

describe("R-EMG-3 the incident, from declaration to review", () => {
  it("runs every step; closing waits until everyone affected is told and actions are logged", async () => {
    const incident = await declared();
    const owner = globalId("Person", world.ownerPersonId);
    const tenant = globalId("Person", world.tenantPersonId);
    expect(incident).toMatchObject({ status: "declared", affectedResidentCount: 2 });
    expect([...(incident.residentsNotYetNotified as string[])].sort()).toEqual([owner, tenant].sort());

    const early = await mutate(
      "incidentClose",
      tokens.manager,
      { incidentId: incident.id, summary: "已恢复" },
      INCIDENT,
    );
    expect(early).toMatchObject({ __typename: "RefusalError", rule: "R-EMG-3" });
    expect(codes(early)).toEqual(["EMG_RESIDENTS_NOT_NOTIFIED", "EMG_NO_ACTIONS_LOGGED"]);

    const batch = await mutate(
      "incidentRecordNotifications",
      tokens.customer_service,
      { incidentId: incident.id, notifications: [{ residentId: owner, channel: "sms" }] },
      INCIDENT,
    );
    expect(batch.incident).toMatchObject({
      status: "declared",
      residentsNotYetNotified: [tenant],
      notifications: [{ residentId: owner, channel: "sms", at: NOW.toISOString() }],
    });

    const notLast = await mutate(
      "incidentNotifyResidents",
      tokens.customer_service,
      { incidentId: incident.id, notifications: [] },
      INCIDENT,
    );
    expect(codes(notLast)).toEqual(["EMG_RESIDENTS_NOT_NOTIFIED"]);

    const acted = await mutate(
      "incidentLogAction",
      tokens.engineering,
      { incidentId: incident.id, description: "关闭 3 号楼总阀，抢修管道" },
      INCIDENT,
    );
    expect(acted.incident).toMatchObject({
      status: "declared",
      actions: [{ description: "关闭 3 号楼总阀，抢修管道", actorName: "staff engineering" }],
    });

    const told = await mutate(
      "incidentNotifyResidents",
      tokens.security,
      { incidentId: incident.id, remainingVia: "doorToDoor" },
      INCIDENT,
    );
    expect(told.incident).toMatchObject({
      status: "residentsNotified",
      residentsNotYetNotified: [],
      residentsNotifiedAt: NOW.toISOString(),
    });
    await mutate(
      "incidentLogAction",
      tokens.security,
      { incidentId: incident.id, description: "送桶装水到户" },
      INCIDENT,
    );

    const bySecurity = await mutate(
      "incidentClose",
      tokens.security,
      { incidentId: incident.id, summary: "x" },
      INCIDENT,
    );
    expect(bySecurity).toMatchObject({ __typename: "ForbiddenError" });
    const closed = await mutate(
      "incidentClose",
      tokens.manager,
      { incidentId: incident.id, summary: "管道已修复，15:00 恢复供水" },
      INCIDENT,
    );
    expect(closed.incident).toMatchObject({
      status: "closed",
      closedAt: NOW.toISOString(),
      summary: "管道已修复，15:00 恢复供水",
    });

    const noLessons = await mutate(
      "incidentReview",
      tokens.manager,
      { incidentId: incident.id, lessonsLearned: [" "] },
      INCIDENT,
    );
    expect(noLessons).toMatchObject({ __typename: "RefusalError", code: "EMG_LESSONS_REQUIRED" });
    const reviewed = await mutate(
      "incidentReview",
      tokens.manager,
      { incidentId: incident.id, lessonsLearned: ["备用水箱需每季度检查", "停水通知应在 30 分钟内发出"] },
      INCIDENT,
    );
    expect(reviewed.incident).toMatchObject({
      status: "reviewed",
      lessonsLearned: ["备用水箱需每季度检查", "停水通知应在 30 分钟内发出"],
    });
    const history = (reviewed.incident as { history: { edges: { node: { action: string } }[] } }).history
      .edges;
    expect(history.map((e) => e.node.action)).toEqual([
      "declare",
      "recordNotifications",
      "logAction",
      "notifyResidents",
      "logAction",
      "close",
      "review",
    ]);
  });

  it("refuses telling someone not affected, and an empty batch", async () => {
    const incident = await declared({ buildingIds: [], unitIds: [globalId("Unit", world.ownerUnitId)] });
    expect(incident.affectedResidentCount).toBe(1);
    const stranger = await mutate(
      "incidentRecordNotifications",
      tokens.security,
      {
        incidentId: incident.id,
        notifications: [{ residentId: globalId("Person", world.tenantPersonId), channel: "phone" }],
      },
      INCIDENT,
    );
    expect(stranger).toMatchObject({ __typename: "RefusalError", code: "EMG_UNKNOWN_RESIDENT" });
    const empty = await mutate(
      "incidentRecordNotifications",
      tokens.security,
      { incidentId: incident.id },
      INCIDENT,
    );
    expect(empty).toMatchObject({ __typename: "RefusalError", code: "EMG_FIELD_REQUIRED" });
  });

  it("a whole-estate incident affects everyone living there; a stale version is a conflict", async () => {
    const incident = await declared({
      type: "powerOutage",
      title: "全小区停电",
      wholeEstate: true,
      buildingIds: [],
    });
    expect(incident.affectedResidentCount).toBe(2);
    const stale = await mutate(
      "incidentLogAction",
      tokens.security,
      { incidentId: incident.id, description: "启动发电机", expectedVersion: 3 },
      INCIDENT,
    );
    expect(stale).toMatchObject({ __typename: "ConflictError", code: "API_STALE_RECORD" });
    const blank = await mutate(
      "incidentLogAction",
      tokens.security,
      { incidentId: incident.id, description: " " },
      INCIDENT,
    );
    expect(blank).toMatchObject({ __typename: "ValidationError", path: ["input", "description"] });
  });

  it("customer service may not declare; other estates' incidents are not found; residents may not read them", async () => {
    const refused = await mutate(
      "incidentDeclare",
      tokens.customer_service,
      { estateId: estateId(), type: "fire", title: "x", wholeEstate: true },
      "incident { id }",
    );
    expect(refused).toMatchObject({ __typename: "ForbiddenError" });
    const other = await api.db.prisma.incident.create({
      data: {
        estateId: world.otherEstateId,
        type: "fire",
        title: "别处",
        declaredAt: NOW,
        declaredById: world.userIds.security!,
      },
    });
    const step = await mutate(
      "incidentLogAction",
      tokens.security,
      { incidentId: globalId("Incident", other.id), description: "x" },
      "incident { id }",
    );
    expect(step).toMatchObject({ __typename: "NotFoundError", path: ["input", "incidentId"] });
    const owner = await api.graphql("{ incidents(first: 1) { edges { cursor } } }", { token: tokens.owner });
    expect(owner.errors?.[0]?.extensions?.code).toBe("API_FORBIDDEN");
  });
});
