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

/** Runs a facility mutation, selecting `selection` on its payload. */
async function mutate(name: string, token: string | undefined, input: Json, selection: string) {
  const document = `mutation ($input: ${upperFirst(name)}Input!) { ${name}(input: $input) {
    __typename
    ... on ${upperFirst(name)}Payload { ${selection} }
    ... on Error { code message messageZh path }
    ... on RefusalError { refusals { code path } }
  } }`;
  const result = await api.graphql<Record<string, Json>>(document, { token, variables: { input } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data![name]!;
}

const estateId = () => globalId("Estate", world.estateId);
const FACILITY =
  "facility { id name type model location installedOn warrantyUntil parameters { name value } warranty { inWarranty warrantyEndsOn daysLeft } }";
const PLAN = "plan { id title period lastDoneOn nextDueOn status { nextDueOn overdue daysPastDue } }";

async function elevator(name = "3栋 1号电梯") {
  const result = await mutate(
    "facilityRegister",
    tokens.engineering,
    {
      estateId: estateId(),
      type: "elevator",
      name,
      model: "OTIS GeN2",
      location: "3栋",
      installedOn: "2024-01-10",
      warrantyEndsOn: "2026-03-31",
      parameters: [{ name: "load", value: "1000 kg" }],
    },
    FACILITY,
  );
  expect(result.__typename, JSON.stringify(result)).toBe("FacilityRegisterPayload");
  return result.facility as Json & { id: string };
}

describe("R-FAC-1 the facility ledger", () => {
  it("engineering registers a facility; its warranty status is read from the ledger", async () => {
    const facility = await elevator();
    expect(facility).toMatchObject({
      type: "elevator",
      model: "OTIS GeN2",
      installedOn: "2024-01-10",
      parameters: [{ name: "load", value: "1000 kg" }],
      warranty: { inWarranty: true, warrantyEndsOn: "2026-03-31", daysLeft: 29 },
    });
  });

  it("refuses a warranty that ends before the installation, with the domain's code and path", async () => {
    const result = await mutate(
      "facilityRegister",
      tokens.manager,
      {
        estateId: estateId(),
        type: "waterSupply",
        name: "二次供水泵",
        model: "GRUNDFOS",
        location: "泵房",
        installedOn: "2024-01-10",
        warrantyEndsOn: "2023-12-31",
      },
      FACILITY,
    );
    expect(result).toMatchObject({
      __typename: "ValidationError",
      code: "FAC_WARRANTY_BEFORE_INSTALLATION",
      path: ["input", "warrantyEndsOn"],
    });
  });

  it("blank fields are refused by validation; security may not keep the ledger", async () => {
    const input = {
      estateId: estateId(),
      type: "cctv",
      name: "监控",
      model: " ",
      location: "门岗",
      installedOn: "2024-01-01",
    };
    expect(await mutate("facilityRegister", tokens.engineering, input, "facility { id }")).toMatchObject({
      __typename: "ValidationError",
      path: ["input", "model"],
    });
    expect(
      await mutate("facilityRegister", tokens.security, { ...input, model: "HIK" }, "facility { id }"),
    ).toMatchObject({
      __typename: "ForbiddenError",
    });
  });
});

describe("R-FAC-2 maintenance plans and records", () => {
  it("a monthly plan falls overdue; recording it done moves the next due date on", async () => {
    const facility = await elevator("3栋 2号电梯");
    const created = await mutate(
      "maintenancePlanCreate",
      tokens.engineering,
      {
        estateId: estateId(),
        facilityId: facility.id,
        title: "电梯月度维保",
        period: "monthly",
        startsOn: "2026-01-31",
      },
      PLAN,
    );
    const plan = created.plan as Json & { id: string };
    expect(plan).toMatchObject({
      nextDueOn: "2026-01-31",
      lastDoneOn: null,
      status: { overdue: true, daysPastDue: 30 },
    });
    const overdue = async (flag: boolean) =>
      (
        await api.graphql<{ maintenancePlans: { edges: { node: { id: string } }[] } }>(
          "query ($flag: Boolean) { maintenancePlans(first: 100, filter: { overdue: $flag }) { edges { node { id } } } }",
          { token: tokens.manager, variables: { flag } },
        )
      ).data?.maintenancePlans.edges.map((e) => e.node.id) ?? [];
    expect(await overdue(true)).toContain(plan.id);

    const done = await mutate(
      "facilityMaintenanceRecord",
      tokens.engineering,
      { facilityId: facility.id, planId: plan.id, doneOn: "2026-03-01", work: "更换钢丝绳润滑" },
      `record { performedOn work performedByName } ${PLAN} facility { maintenanceRecords(first: 5) { edges { node { performedOn } } } }`,
    );
    expect(done).toMatchObject({
      record: { performedOn: "2026-03-01", work: "更换钢丝绳润滑", performedByName: "staff engineering" },
      plan: { lastDoneOn: "2026-03-01", nextDueOn: "2026-04-01", status: { overdue: false, daysPastDue: 0 } },
    });
    expect(await overdue(true)).not.toContain(plan.id);
    expect(await overdue(false)).toContain(plan.id);

    // A late entry of earlier work is kept in the history but does not move the plan back.
    const late = await mutate(
      "facilityMaintenanceRecord",
      tokens.engineering,
      {
        facilityId: facility.id,
        planId: plan.id,
        doneOn: "2026-02-15",
        work: "补录",
        contractor: "奥的斯维保",
      },
      `${PLAN} facility { maintenanceRecords(first: 5) { edges { node { performedOn contractor } } } }`,
    );
    expect(late.plan).toMatchObject({ lastDoneOn: "2026-03-01", nextDueOn: "2026-04-01" });
    expect(
      (late.facility as { maintenanceRecords: { edges: { node: Json }[] } }).maintenanceRecords.edges.map(
        (e) => e.node,
      ),
    ).toEqual([
      { performedOn: "2026-03-01", contractor: null },
      { performedOn: "2026-02-15", contractor: "奥的斯维保" },
    ]);
  });

  it("a plan for the facility's class applies; another class's plan is not found; work before installation is refused", async () => {
    const facility = await elevator("5栋 电梯");
    const classPlan = await mutate(
      "maintenancePlanCreate",
      tokens.manager,
      {
        estateId: estateId(),
        facilityType: "elevator",
        title: "电梯年检",
        period: "yearly",
        startsOn: "2026-06-01",
      },
      PLAN,
    );
    const pumps = await mutate(
      "maintenancePlanCreate",
      tokens.manager,
      {
        estateId: estateId(),
        facilityType: "waterSupply",
        title: "水箱清洗",
        period: "quarterly",
        startsOn: "2026-03-01",
      },
      PLAN,
    );
    const ok = await mutate(
      "facilityMaintenanceRecord",
      tokens.engineering,
      { facilityId: facility.id, planId: (classPlan.plan as Json).id, doneOn: "2026-03-02", work: "年检" },
      PLAN,
    );
    expect(ok.plan).toMatchObject({ nextDueOn: "2027-03-02" });
    const wrong = await mutate(
      "facilityMaintenanceRecord",
      tokens.engineering,
      { facilityId: facility.id, planId: (pumps.plan as Json).id, doneOn: "2026-03-02", work: "x" },
      PLAN,
    );
    expect(wrong).toMatchObject({ __typename: "NotFoundError", path: ["input", "planId"] });
    const early = await mutate(
      "facilityMaintenanceRecord",
      tokens.engineering,
      { facilityId: facility.id, doneOn: "2023-01-01", work: "x" },
      PLAN,
    );
    expect(early).toMatchObject({
      __typename: "ValidationError",
      code: "FAC_MAINTENANCE_BEFORE_INSTALLATION",
      path: ["input", "doneOn"],
    });
  });
});

const ROUND = `round { id inspectorName
  assessment { checkpointCount visitedCount completenessPercent complete missed { name } outOfOrder { name } unknownScans }
  findings { checkpoint { name } kind description urgent raisedWorkOrder }
  checks { checkpoint { name } ok finding repairOrder { number } } }
  workOrders { id status location description category trade requesterName history { edges { node { action data } } } }`;

async function route(kind = "security", ordered = true) {
  const result = await mutate(
    "patrolRouteCreate",
    tokens.security,
    {
      estateId: estateId(),
      kind,
      name: `夜间巡逻 ${kind} ${Math.random().toString(36).slice(2, 6)}`,
      frequencyMinutes: 120,
      ordered,
      checkpoints: [{ name: "东门" }, { name: "泵房", location: "地下一层" }, { name: "地库" }],
    },
    "route { id kind ordered checkpoints { id name position } }",
  );
  expect(result.__typename, JSON.stringify(result)).toBe("PatrolRouteCreatePayload");
  return result.route as { id: string; checkpoints: { id: string; name: string }[] };
}

describe("R-FAC-3/4 patrol routes and rounds", () => {
  it("a round is assessed against its route and a leak raises a repair order of the common parts", async () => {
    const { id, checkpoints } = await route();
    const [gate, pumps] = [checkpoints[0]!, checkpoints[1]!];
    const result = await mutate(
      "patrolRoundRecord",
      tokens.security,
      {
        routeId: id,
        startedAt: "2026-03-01T14:00:00Z",
        scans: [
          { checkpointId: pumps.id, at: "2026-03-01T14:05:00Z" },
          { checkpointId: gate.id, at: "2026-03-01T14:10:00Z" },
        ],
        findings: [
          {
            checkpointId: pumps.id,
            kind: "leak",
            description: "水泵接口渗水",
            at: "2026-03-01T14:06:00Z",
            category: "plumbing",
            trade: "plumbing",
          },
          { checkpointId: gate.id, kind: "observation", description: "门禁正常", at: "2026-03-01T14:10:00Z" },
        ],
      },
      ROUND,
    );
    expect(result.__typename, JSON.stringify(result)).toBe("PatrolRoundRecordPayload");
    expect(result.round).toMatchObject({
      inspectorName: "staff security",
      assessment: {
        checkpointCount: 3,
        visitedCount: 2,
        completenessPercent: "66.67",
        complete: false,
        missed: [{ name: "地库" }],
        outOfOrder: [{ name: "东门" }],
        unknownScans: [],
      },
      findings: [
        { checkpoint: { name: "泵房" }, kind: "leak", urgent: false, raisedWorkOrder: true },
        { checkpoint: { name: "东门" }, kind: "observation", raisedWorkOrder: false },
      ],
    });
    const workOrders = result.workOrders as Json[];
    expect(workOrders).toHaveLength(1);
    expect(workOrders[0]).toMatchObject({
      status: "registered",
      location: "泵房",
      description: "泵房：水泵接口渗水",
      category: "plumbing",
      trade: "plumbing",
      requesterName: "staff security",
    });
    const checks = (result.round as { checks: Json[] }).checks;
    expect(checks).toEqual([
      {
        checkpoint: { name: "泵房" },
        ok: false,
        finding: "水泵接口渗水",
        repairOrder: { number: expect.any(String) },
      },
      { checkpoint: { name: "东门" }, ok: true, finding: "门禁正常", repairOrder: null },
    ]);
  });

  it("a fabric inspection's damage cites R-FAC-4; a hazard is urgent", async () => {
    const { id, checkpoints } = await route("buildingFabric", false);
    const [gate, pumps, garage] = [checkpoints[0]!, checkpoints[1]!, checkpoints[2]!];
    const result = await mutate(
      "patrolRoundRecord",
      tokens.engineering,
      {
        routeId: id,
        startedAt: "2026-03-01T02:00:00Z",
        scans: [gate, pumps, garage].map((c, i) => ({ checkpointId: c.id, at: `2026-03-01T02:0${i}:00Z` })),
        findings: [
          {
            checkpointId: garage.id,
            kind: "hazard",
            description: "顶板混凝土剥落",
            at: "2026-03-01T02:02:00Z",
            category: "foundationAndStructure",
            trade: "civil",
          },
        ],
      },
      ROUND,
    );
    expect(result.round).toMatchObject({
      assessment: { complete: true, completenessPercent: "100.00", outOfOrder: [] },
      findings: [{ kind: "hazard", urgent: true }],
    });
    const history = (result.workOrders as { history: { edges: { node: { data: Json } }[] } }[])[0]?.history
      .edges;
    expect(history?.[0]?.node.data).toMatchObject({
      urgent: true,
      rules: ["R-FAC-3", "R-FAC-4"],
      findingKind: "hazard",
    });
  });

  it("a defect without its component is refused with the finding's path; unknown checkpoints are refused", async () => {
    const { id, checkpoints } = await route();
    const first = checkpoints[0]!;
    const noCategory = await mutate(
      "patrolRoundRecord",
      tokens.security,
      {
        routeId: id,
        startedAt: "2026-03-01T14:00:00Z",
        scans: [],
        findings: [
          { checkpointId: first.id, kind: "damage", description: "门禁损坏", at: "2026-03-01T14:00:00Z" },
        ],
      },
      "round { id }",
    );
    expect(noCategory).toMatchObject({
      __typename: "ValidationError",
      code: "REP_UNKNOWN_COMPONENT",
      path: ["input", "findings", "0", "category"],
    });
    const other = await route();
    const unknown = await mutate(
      "patrolRoundRecord",
      tokens.security,
      {
        routeId: id,
        startedAt: "2026-03-01T14:00:00Z",
        scans: [{ checkpointId: other.checkpoints[0]!.id, at: "2026-03-01T14:01:00Z" }],
        findings: [
          {
            checkpointId: other.checkpoints[0]!.id,
            kind: "observation",
            description: "x",
            at: "2026-03-01T14:01:00Z",
          },
        ],
      },
      "round { id }",
    );
    expect(unknown).toMatchObject({
      __typename: "ValidationError",
      code: "FAC_UNKNOWN_CHECKPOINT",
      path: ["input", "findings"],
    });
    const empty = await mutate(
      "patrolRouteCreate",
      tokens.security,
      { estateId: estateId(), kind: "security", name: "空路线", frequencyMinutes: 60, checkpoints: [] },
      "route { id }",
    );
    expect(empty).toMatchObject({ __typename: "ValidationError", path: ["input", "checkpoints"] });
  });

  it("a scan off the route is reported as unknown, not counted", async () => {
    const { id, checkpoints } = await route();
    const other = await route();
    const result = await mutate(
      "patrolRoundRecord",
      tokens.security,
      {
        routeId: id,
        startedAt: "2026-03-01T14:00:00Z",
        scans: [
          { checkpointId: checkpoints[0]!.id, at: "2026-03-01T14:01:00Z" },
          { checkpointId: other.checkpoints[1]!.id, at: "2026-03-01T14:02:00Z" },
        ],
      },
      ROUND,
    );
    expect(result.round).toMatchObject({
      assessment: {
        visitedCount: 1,
        unknownScans: [Buffer.from(other.checkpoints[1]!.id, "base64").toString().split(":")[1]],
      },
    });
  });
});

describe("who sees the facilities", () => {
  it("the estate's staff only: residents are refused, other estates' records are not found", async () => {
    const owner = await api.graphql("{ facilities(first: 1) { edges { cursor } } }", { token: tokens.owner });
    expect(owner.errors?.[0]?.extensions?.code).toBe("API_FORBIDDEN");
    const other = await api.db.prisma.facility.create({
      data: {
        estateId: world.otherEstateId,
        type: "cctv",
        name: "别处",
        installedOn: new Date("2024-01-01"),
      },
    });
    const node = await api.graphql<{ node: Json | null }>("query ($id: ID!) { node(id: $id) { id } }", {
      token: tokens.manager,
      variables: { id: globalId("Facility", other.id) },
    });
    expect(node.data?.node).toBeNull();
    const recorded = await mutate(
      "facilityMaintenanceRecord",
      tokens.engineering,
      { facilityId: globalId("Facility", other.id), doneOn: "2026-03-01", work: "x" },
      "record { id }",
    );
    expect(recorded).toMatchObject({ __typename: "NotFoundError", path: ["input", "facilityId"] });
  });
});
