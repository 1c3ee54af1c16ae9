import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbId, ERROR_FIELDS, mutate, refusalCodes, unitWithOwner } from "./estate-support.ts";
import { publishFees } from "./fees-fixtures.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, tokensFor, type World } from "./support/world.ts";

/** A fixed clock: Monday 2 March 2026, 09:00 in Shanghai. */
const NOW = new Date("2026-03-02T01:00:00.000Z");

let api: TestApi;
let world: World;
let tokens: Awaited<ReturnType<typeof tokensFor>>;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  world = await createWorld(api.db.prisma);
  await publishFees(api.db.prisma, world.estateId);
  tokens = await tokensFor(api, world);
});
afterAll(async () => {
  await api?.close();
});

const UNIT = `unit { id status version handoverDate moveInDate
  handover { handedOverOn prepaidFrom prepaidUntil keyKeptBack documentsSigned defects { item description rectified } }
  history { edges { node { action fromState toState actorRole data } } } }`;
const EFFECTS = "effects { billing { kind from rule vacantDays occupant } notify revokeAccessCards }";

const HAND_OVER = `mutation ($input: UnitHandOverInput!) { unitHandOver(input: $input) { __typename
  ... on UnitHandOverPayload { ${UNIT} ${EFFECTS} prepayment { coveredFrom coveredTo months total bills { periodStart total } } }
  ${ERROR_FIELDS} } }`;
const REGISTER = `mutation ($input: TenantRegisterInput!) { tenantRegister(input: $input) { __typename
  ... on TenantRegisterPayload { unit { id } tenancy { role startDate endDate leaseReference ownerConfirmedAt safetyLetterSignedAt
    person { id name phone idNumber } } } ${ERROR_FIELDS} } }`;
const MOVE_IN = `mutation ($input: UnitMoveInInput!) { unitMoveIn(input: $input) { __typename
  ... on UnitMoveInPayload { ${UNIT} ${EFFECTS} } ${ERROR_FIELDS} } }`;
const MOVE_OUT = `mutation ($input: UnitMoveOutInput!) { unitMoveOut(input: $input) { __typename
  ... on UnitMoveOutPayload { ${UNIT} ${EFFECTS} } ${ERROR_FIELDS} } }`;

const ALL_CHECKS = ["water", "power", "heating", "fixtures", "smokeAlarms", "emergencyLights"];
function checklist(overrides: Record<string, unknown> = {}) {
  return {
    handedOverOn: "2026-03-01",
    identityVerifiedBy: "客服 李",
    inspection: ALL_CHECKS.map((item) => ({ item, result: "ok" })),
    receipt: { keysHandedOver: 3, ownersManual: true, renovationManual: true, signedBy: "业主 王" },
    ...overrides,
  };
}

type Unit = {
  status: string;
  version: number;
  handover: Record<string, unknown> | null;
  history: { edges: { node: Record<string, unknown> }[] };
};

describe("R-HND-2/3 unitHandOver", () => {
  it("a complete checklist hands the unit over: vacant, fees start that day, handover record and history written together", async () => {
    const unit = await unitWithOwner(api.db.prisma, world);
    const result = await mutate(api, HAND_OVER, "unitHandOver", tokens.customer_service, {
      unitId: unit.gid,
      ...checklist({
        inspection: ALL_CHECKS.map((item) => ({ item, result: item === "water" ? "defect" : "ok" })),
        defects: [{ item: "water", description: "厨房水龙头滴水" }],
        keysKeptBack: 1,
      }),
      expectedVersion: 0,
    });
    expect(result.__typename).toBe("UnitHandOverPayload");
    const saved = result.unit as Unit;
    expect(saved).toMatchObject({
      status: "vacant",
      version: 1,
      handoverDate: "2026-03-01",
      handover: {
        handedOverOn: "2026-03-01",
        keyKeptBack: true,
        documentsSigned: true,
        defects: [{ item: "water", description: "厨房水龙头滴水", rectified: false }],
      },
    });
    expect(saved.history.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        action: "handOver",
        fromState: "awaitingHandover",
        toState: "vacant",
        actorRole: "customer_service",
      }),
    ]);
    // R-HND-3: six months collected in advance, one bill per month at 95.50 m² × 2.35 = 224.43.
    expect(result.prepayment).toMatchObject({
      coveredFrom: "2026-03-01",
      coveredTo: "2026-08-31",
      months: 6,
      total: "1346.58",
    });
    expect((result.prepayment as { bills: unknown[] }).bills).toHaveLength(6);
    expect(saved.handover).toMatchObject({ prepaidFrom: "2026-03-01", prepaidUntil: "2026-08-31" });
    expect(result.effects).toMatchObject({
      billing: [
        { kind: "chargesStart", from: "2026-03-01", rule: "R-HND-3" },
        { kind: "vacancyStarts", from: "2026-03-01", rule: "R-FEE-11" },
      ],
      revokeAccessCards: false,
    });
  });

  it("an incomplete checklist is refused with every open item, and nothing is written", async () => {
    const unit = await unitWithOwner(api.db.prisma, world);
    const result = await mutate(api, HAND_OVER, "unitHandOver", tokens.manager, {
      unitId: unit.gid,
      handedOverOn: "2026-03-01",
      inspection: [
        { item: "water", result: "defect" },
        { item: "power", result: "ok" },
      ],
      defects: [{ item: "power", description: "插座松动" }],
      receipt: { keysHandedOver: 0, ownersManual: true, renovationManual: false, signedBy: "业主" },
    });
    expect(result).toMatchObject({ __typename: "RefusalError", rule: "R-HND-2" });
    expect(new Set(refusalCodes(result))).toEqual(
      new Set([
        "OCC_HANDOVER_IDENTITY_NOT_VERIFIED",
        "OCC_HANDOVER_ITEM_NOT_INSPECTED",
        "OCC_HANDOVER_DEFECT_NOT_RECORDED",
        "OCC_HANDOVER_KEY_NOT_KEPT",
        "OCC_HANDOVER_NOT_SIGNED_FOR",
      ]),
    );
    const row = await api.db.prisma.unit.findUniqueOrThrow({
      where: { id: unit.id },
      include: { handover: true },
    });
    expect(row).toMatchObject({ status: "awaitingHandover", version: 0, handover: null });
  });

  it("an estate without central heating drops it from the checklist (its policy)", async () => {
    const estate = await api.db.prisma.estate.create({
      data: {
        companyId: world.companyId,
        name: `South ${Date.now()}`,
        policy: {
          occupancy: { handoverChecks: ["water", "power", "fixtures", "smokeAlarms", "emergencyLights"] },
        },
      },
    });
    const building = await api.db.prisma.building.create({ data: { estateId: estate.id, name: "1栋" } });
    await api.db.prisma.staffAssignment.create({
      data: {
        userId: world.userIds.manager!,
        estateId: estate.id,
        role: "manager",
        startDate: new Date("2024-01-01"),
      },
    });
    const unit = await unitWithOwner(api.db.prisma, world, { estateId: estate.id, buildingId: building.id });
    const input = {
      unitId: unit.gid,
      ...checklist({
        inspection: ALL_CHECKS.filter((i) => i !== "heating").map((item) => ({ item, result: "ok" })),
      }),
    };
    // No fee standard published yet: the prepayment cannot be computed, so nothing is handed over.
    const unpriced = await mutate(api, HAND_OVER, "unitHandOver", tokens.manager, input);
    expect(unpriced).toMatchObject({ __typename: "RefusalError", code: "FEE_NO_STANDARD_IN_FORCE" });
    expect(await api.db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({
      status: "awaitingHandover",
    });
    await publishFees(api.db.prisma, estate.id);
    const result = await mutate(api, HAND_OVER, "unitHandOver", tokens.manager, input);
    expect(result.__typename).toBe("UnitHandOverPayload");
  });

  it("a unit is handed over once: the workflow refuses the second time", async () => {
    const unit = await unitWithOwner(api.db.prisma, world);
    await mutate(api, HAND_OVER, "unitHandOver", tokens.manager, { unitId: unit.gid, ...checklist() });
    const again = await mutate(api, HAND_OVER, "unitHandOver", tokens.manager, {
      unitId: unit.gid,
      ...checklist(),
    });
    expect(again).toMatchObject({ __typename: "RefusalError", code: "WORKFLOW_ACTION_NOT_ALLOWED" });
  });

  it("a stale expectedVersion is a conflict", async () => {
    const unit = await unitWithOwner(api.db.prisma, world);
    const result = await mutate(api, HAND_OVER, "unitHandOver", tokens.manager, {
      unitId: unit.gid,
      ...checklist(),
      expectedVersion: 3,
    });
    expect(result).toMatchObject({ __typename: "ConflictError", code: "API_STALE_RECORD" });
  });

  it("malformed input is a validation error with its path", async () => {
    const unit = await unitWithOwner(api.db.prisma, world);
    const result = await mutate(api, HAND_OVER, "unitHandOver", tokens.manager, {
      unitId: unit.gid,
      ...checklist({ keysKeptBack: -1 }),
    });
    expect(result).toMatchObject({ __typename: "ValidationError", path: ["input", "keysKeptBack"] });
  });

  it("another estate's unit is not found; roles outside the desk are forbidden", async () => {
    const other = await mutate(api, HAND_OVER, "unitHandOver", tokens.manager, {
      unitId: globalId("Unit", world.otherUnitId),
      ...checklist(),
    });
    expect(other).toMatchObject({ __typename: "NotFoundError", path: ["input", "unitId"] });
    const unit = await unitWithOwner(api.db.prisma, world);
    for (const role of ["security", "engineering", "owner", "apiKey"] as const) {
      const result = await mutate(api, HAND_OVER, "unitHandOver", tokens[role], {
        unitId: unit.gid,
        ...checklist(),
      });
      expect(result.__typename, role).toBe("ForbiddenError");
    }
  });
});

const LEASE = { reference: "LEASE-2026-18", from: "2026-03-01", to: "2027-02-28" };

async function registration(unitId: string, ownerPersonId: string, overrides: Record<string, unknown> = {}) {
  return {
    unitId,
    name: "租户 赵敏",
    phone: "13700001111",
    identity: { kind: "residentIdCard", number: "310101199201011234" },
    tenancy: { from: "2026-03-01", to: "2027-02-28" },
    ownerCommitment: { signedById: globalId("Person", ownerPersonId), signedOn: "2026-02-20" },
    lease: LEASE,
    safetyLetterSignedOn: "2026-02-25",
    ...overrides,
  };
}

describe("R-ARC-2 tenantRegister", () => {
  it("registers a tenant with the owner's commitment, the lease and the safety letter", async () => {
    const unit = await unitWithOwner(api.db.prisma, world, { status: "vacant" });
    const result = await mutate(
      api,
      REGISTER,
      "tenantRegister",
      tokens.customer_service,
      await registration(unit.gid, unit.ownerPersonId!),
    );
    expect(result.__typename).toBe("TenantRegisterPayload");
    expect(result.tenancy).toMatchObject({
      role: "tenant",
      startDate: "2026-03-01",
      endDate: "2027-02-28",
      leaseReference: "LEASE-2026-18",
      person: { name: "租户 赵敏", phone: "13700001111", idNumber: "310101199201011234" },
    });
    const history = await api.db.prisma.workflowEvent.findMany({ where: { recordId: unit.id } });
    expect(history.map((h) => h.action)).toEqual(["registerTenant"]);
    expect(JSON.stringify(history[0]?.data)).not.toContain("310101199201011234");
  });

  it("refuses without the owner's consent, the lease, the identity or the safety letter — every reason at once", async () => {
    const unit = await unitWithOwner(api.db.prisma, world, { status: "vacant" });
    const result = await mutate(api, REGISTER, "tenantRegister", tokens.customer_service, {
      unitId: unit.gid,
      name: "租户 乙",
      tenancy: { from: "2026-03-01", to: "2026-12-31" },
    });
    expect(result).toMatchObject({ __typename: "RefusalError", rule: "R-ARC-2" });
    expect(new Set(refusalCodes(result))).toEqual(
      new Set([
        "OCC_TENANT_IDENTITY_MISSING",
        "OCC_OWNER_COMMITMENT_MISSING",
        "OCC_LEASE_MISSING",
        "OCC_SAFETY_LETTER_MISSING",
      ]),
    );
    expect(await api.db.prisma.occupancy.count({ where: { unitId: unit.id, role: "tenant" } })).toBe(0);
  });

  it("refuses a letter signed by someone other than the owner, and a tenancy the lease does not cover", async () => {
    const unit = await unitWithOwner(api.db.prisma, world, { status: "vacant" });
    const result = await mutate(
      api,
      REGISTER,
      "tenantRegister",
      tokens.manager,
      await registration(unit.gid, world.tenantPersonId, {
        tenancy: { from: "2026-03-01", to: "2027-06-30" },
      }),
    );
    expect(new Set(refusalCodes(result))).toEqual(
      new Set(["OCC_OWNER_COMMITMENT_NOT_BY_OWNER", "OCC_TENANCY_OUTSIDE_LEASE"]),
    );
  });

  it("a tenancy ending before it starts is malformed input", async () => {
    const unit = await unitWithOwner(api.db.prisma, world, { status: "vacant" });
    const result = await mutate(
      api,
      REGISTER,
      "tenantRegister",
      tokens.manager,
      await registration(unit.gid, unit.ownerPersonId!, {
        tenancy: { from: "2026-05-01", to: "2026-04-01" },
      }),
    );
    expect(result).toMatchObject({
      __typename: "ValidationError",
      code: "OCC_INVALID_PERIOD",
      path: ["input", "tenancy"],
    });
  });
});

describe("R-HND-4 unitMoveIn and unitMoveOut", () => {
  it("the owner's household moves in: occupied, departments notified, billing follows, residents join the archive", async () => {
    const unit = await unitWithOwner(api.db.prisma, world, { status: "vacant", handoverDate: "2026-01-01" });
    const result = await mutate(api, MOVE_IN, "unitMoveIn", tokens.customer_service, {
      unitId: unit.gid,
      date: "2026-03-02",
      residents: [
        { name: "业主本人", relation: "owner" },
        { name: "家属 甲", relation: "familyMember", phone: "13600002222" },
      ],
      expectedVersion: 0,
    });
    expect(result.__typename).toBe("UnitMoveInPayload");
    expect(result.unit).toMatchObject({ status: "occupied", moveInDate: "2026-03-02", version: 1 });
    expect(result.effects).toMatchObject({
      billing: [
        { kind: "occupancyStarts", from: "2026-03-02", rule: "R-HND-4", occupant: "owner", vacantDays: 60 },
      ],
      notify: ["security", "engineering", "cleaning", "cashier"],
    });
    const family = await api.db.prisma.occupancy.findMany({
      where: { unitId: unit.id, role: "familyMember" },
    });
    expect(family).toHaveLength(1);
    // The history keeps names and relations, not personal numbers.
    const history = (result.unit as Unit).history.edges.map((e) => e.node);
    expect(history.at(-1)).toMatchObject({ action: "moveIn", fromState: "vacant", toState: "occupied" });
    expect(JSON.stringify(history)).not.toContain("13600002222");
  });

  it("an incomplete owner archive blocks the move-in (R-ARC-1)", async () => {
    const unit = await unitWithOwner(api.db.prisma, world, { status: "vacant", owner: { phone: null } });
    const result = await mutate(api, MOVE_IN, "unitMoveIn", tokens.manager, {
      unitId: unit.gid,
      date: "2026-03-02",
      residents: [],
    });
    expect(result).toMatchObject({ __typename: "RefusalError", code: "OCC_ARCHIVE_FIELD_MISSING" });
    expect(result.refusals).toEqual([
      expect.objectContaining({ code: "OCC_ARCHIVE_FIELD_MISSING", path: ["phone"] }),
      expect.objectContaining({ code: "OCC_ARCHIVE_FIELD_MISSING", path: ["residents"] }),
    ]);
  });

  it("a registered tenant moves in within the tenancy; outside it is refused", async () => {
    const unit = await unitWithOwner(api.db.prisma, world, { status: "vacant" });
    const registered = await mutate(
      api,
      REGISTER,
      "tenantRegister",
      tokens.manager,
      await registration(unit.gid, unit.ownerPersonId!),
    );
    const tenantId = (registered.tenancy as { person: { id: string } }).person.id;
    const early = await mutate(api, MOVE_IN, "unitMoveIn", tokens.manager, {
      unitId: unit.gid,
      date: "2026-02-20",
      tenantId,
      residents: [{ name: "租户 赵敏", relation: "tenant" }],
    });
    expect(early).toMatchObject({
      __typename: "RefusalError",
      code: "OCC_TENANCY_NOT_CURRENT",
      rule: "R-ARC-2",
    });
    const moved = await mutate(api, MOVE_IN, "unitMoveIn", tokens.manager, {
      unitId: unit.gid,
      date: "2026-03-02",
      tenantId,
      residents: [{ name: "租户 赵敏", relation: "tenant" }],
    });
    expect(moved.effects).toMatchObject({ billing: [{ occupant: "tenant" }] });
  });

  it("a tenant who was never registered for the unit is not found", async () => {
    const unit = await unitWithOwner(api.db.prisma, world, { status: "vacant" });
    const result = await mutate(api, MOVE_IN, "unitMoveIn", tokens.manager, {
      unitId: unit.gid,
      date: "2026-03-02",
      tenantId: globalId("Person", world.tenantPersonId),
      residents: [{ name: "x", relation: "tenant" }],
    });
    expect(result).toMatchObject({ __typename: "NotFoundError", path: ["input", "tenantId"] });
  });

  it("a move-in dated before the handover is refused", async () => {
    const unit = await unitWithOwner(api.db.prisma, world);
    await mutate(api, HAND_OVER, "unitHandOver", tokens.manager, { unitId: unit.gid, ...checklist() });
    const result = await mutate(api, MOVE_IN, "unitMoveIn", tokens.manager, {
      unitId: unit.gid,
      date: "2026-02-15",
      residents: [{ name: "业主", relation: "owner" }],
    });
    expect(result).toMatchObject({ __typename: "RefusalError", code: "OCC_DATE_BEFORE_LAST_CHANGE" });
  });

  it("moving into an occupied unit is refused by the workflow", async () => {
    const unit = await unitWithOwner(api.db.prisma, world, { status: "occupied" });
    const result = await mutate(api, MOVE_IN, "unitMoveIn", tokens.manager, {
      unitId: unit.gid,
      date: "2026-03-02",
      residents: [{ name: "业主", relation: "owner" }],
    });
    expect(result).toMatchObject({ __typename: "RefusalError", code: "WORKFLOW_ACTION_NOT_ALLOWED" });
  });

  it("a move-out leaves the unit vacant from that day, ends the household's links and asks for the access cards", async () => {
    const unit = await unitWithOwner(api.db.prisma, world, { status: "vacant" });
    await mutate(api, MOVE_IN, "unitMoveIn", tokens.manager, {
      unitId: unit.gid,
      date: "2026-03-01",
      residents: [
        { name: "业主", relation: "owner" },
        { name: "保姆", relation: "domesticWorker" },
      ],
    });
    const early = await mutate(api, MOVE_OUT, "unitMoveOut", tokens.manager, {
      unitId: unit.gid,
      date: "2026-02-28",
    });
    expect(early).toMatchObject({ __typename: "RefusalError", code: "OCC_DATE_BEFORE_LAST_CHANGE" });
    const result = await mutate(api, MOVE_OUT, "unitMoveOut", tokens.manager, {
      unitId: unit.gid,
      date: "2026-03-02",
    });
    expect(result.unit).toMatchObject({ status: "vacant" });
    expect(result.effects).toMatchObject({
      billing: [{ kind: "vacancyStarts", from: "2026-03-02", rule: "R-FEE-11" }],
      revokeAccessCards: true,
    });
    const links = await api.db.prisma.occupancy.findMany({
      where: { unitId: unit.id },
      orderBy: { role: "asc" },
    });
    expect(links.map((l) => [l.role, l.endDate?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["owner", null],
      ["domesticWorker", "2026-03-01"],
    ]);
  });
});

describe("R-ARC-1 ownerArchiveCheck and the unit's history", () => {
  const CHECK = `query ($id: ID!) { node(id: $id) { ... on Unit { ownerArchiveCheck { complete rules missing { code path messageZh } } history { edges { node { action } } } } } }`;

  it("lists what the archive lacks, and nothing once the household lives there", async () => {
    const unit = await unitWithOwner(api.db.prisma, world, { status: "vacant", owner: { idNumber: null } });
    const before = await api.graphql<{
      node: { ownerArchiveCheck: { complete: boolean; missing: { code: string; path: string[] }[] } };
    }>(CHECK, { token: tokens.manager, variables: { id: unit.gid } });
    expect(before.data?.node.ownerArchiveCheck).toMatchObject({
      complete: false,
      missing: [
        { code: "OCC_ARCHIVE_FIELD_MISSING", path: ["identity"] },
        { code: "OCC_ARCHIVE_FIELD_MISSING", path: ["residents"] },
      ],
    });
    const ready = await unitWithOwner(api.db.prisma, world, { status: "vacant" });
    await mutate(api, MOVE_IN, "unitMoveIn", tokens.manager, {
      unitId: ready.gid,
      date: "2026-03-02",
      residents: [{ name: "业主", relation: "owner" }],
    });
    const after = await api.graphql<{ node: { ownerArchiveCheck: { complete: boolean } } }>(CHECK, {
      token: tokens.customer_service,
      variables: { id: ready.gid },
    });
    expect(after.data?.node.ownerArchiveCheck.complete).toBe(true);
  });

  it("an owner reads their own unit's history; another owner's unit is null for them", async () => {
    const own = await api.graphql<{ node: { history: { edges: unknown[] } } | null }>(CHECK, {
      token: tokens.owner,
      variables: { id: globalId("Unit", world.ownerUnitId) },
    });
    expect(own.errors).toBeUndefined();
    expect(own.data?.node).not.toBeNull();
    const other = await api.graphql<{ node: unknown }>(CHECK, {
      token: tokens.owner,
      variables: { id: globalId("Unit", world.tenantUnitId) },
    });
    expect(other.data?.node).toBeNull();
  });

  it("recordHistory returns a unit's history through node visibility", async () => {
    const unit = await unitWithOwner(api.db.prisma, world);
    await mutate(api, HAND_OVER, "unitHandOver", tokens.manager, { unitId: unit.gid, ...checklist() });
    const query = "query ($id: ID!) { recordHistory(id: $id) { edges { node { action toState } } } }";
    const seen = await api.graphql<{ recordHistory: { edges: { node: { action: string } }[] } | null }>(
      query,
      {
        token: tokens.security,
        variables: { id: unit.gid },
      },
    );
    expect(seen.data?.recordHistory?.edges.map((e) => e.node.action)).toEqual(["handOver"]);
    const hidden = await api.graphql<{ recordHistory: unknown }>(query, {
      token: tokens.owner,
      variables: { id: unit.gid },
    });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data?.recordHistory).toBeNull();
    expect(dbId(unit.gid)).toBe(unit.id);
  });
});
