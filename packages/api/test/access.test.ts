import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../src/auth/index.ts";
import { ERROR_FIELDS, mutate, nextTag, unitWithOwner } from "./estate-support.ts";
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
  tokens = await tokensFor(api, world);
});
afterAll(async () => {
  await api?.close();
});

const VISITOR =
  "visitor { id kind name phone idNumber purpose certificateRef arrivedAt leftAt unit { number } }";
const REGISTER = `mutation ($input: VisitorRegisterInput!) { visitorRegister(input: $input) { __typename
  ... on VisitorRegisterPayload { ${VISITOR} } ${ERROR_FIELDS} } }`;
const LEAVE = `mutation ($input: VisitorLeaveInput!) { visitorLeave(input: $input) { __typename
  ... on VisitorLeavePayload { ${VISITOR} } ${ERROR_FIELDS} } }`;
const VEHICLE = `mutation ($input: VehicleRegisterInput!) { vehicleRegister(input: $input) { __typename
  ... on VehicleRegisterPayload { vehicle { id plateNumber unit { number } owner { name } } } ${ERROR_FIELDS} } }`;
const SPACE = "parkingSpace { id code kind monthlyCardUntil unit { number } vehicle { plateNumber } }";
const SPACE_REGISTER = `mutation ($input: ParkingSpaceRegisterInput!) { parkingSpaceRegister(input: $input) { __typename
  ... on ParkingSpaceRegisterPayload { ${SPACE} } ${ERROR_FIELDS} } }`;
const ASSIGN = `mutation ($input: ParkingSpaceAssignInput!) { parkingSpaceAssign(input: $input) { __typename
  ... on ParkingSpaceAssignPayload { ${SPACE} } ${ERROR_FIELDS} } }`;
const RENEW = `mutation ($input: ParkingCardRenewInput!) { parkingCardRenew(input: $input) { __typename
  ... on ParkingCardRenewPayload { validFrom validUntil ${SPACE} } ${ERROR_FIELDS} } }`;

const ownerUnit = () => globalId("Unit", world.ownerUnitId);

describe("R-ACC-1 visitors", () => {
  it("the gate registers a guest to a unit; phone and identity are masked for the guard, shown to customer service", async () => {
    const result = await mutate(api, REGISTER, "visitorRegister", tokens.security, {
      unitId: ownerUnit(),
      kind: "guest",
      name: "访客 刘",
      phone: "13812345678",
      idNumber: "110101198001011234",
      purpose: "探亲",
    });
    expect(result.visitor).toMatchObject({
      kind: "guest",
      arrivedAt: NOW.toISOString(),
      unit: { number: "3-0101" },
      phone: "138****5678",
      idNumber: "110***********1234",
    });
    const seen = await api.graphql<{ node: { phone: string } }>(
      "query ($id: ID!) { node(id: $id) { ... on Visitor { phone } } }",
      { token: tokens.customer_service, variables: { id: (result.visitor as { id: string }).id } },
    );
    expect(seen.data?.node.phone).toBe("13812345678");
  });

  it("a contractor needs a work certificate or pre-registration", async () => {
    const refused = await mutate(api, REGISTER, "visitorRegister", tokens.security, {
      estateId: globalId("Estate", world.estateId),
      kind: "contractor",
      name: "装修工 张",
      purpose: "3-0101 装修",
    });
    expect(refused).toMatchObject({
      __typename: "RefusalError",
      code: "ACC_CERTIFICATE_REQUIRED",
      rule: "R-ACC-1",
      path: ["input", "certificateRef"],
    });
    const certified = await mutate(api, REGISTER, "visitorRegister", tokens.security, {
      estateId: globalId("Estate", world.estateId),
      kind: "temporaryWorker",
      name: "维修工 王",
      purpose: "电梯维保",
      preRegistered: true,
    });
    expect(certified.__typename).toBe("VisitorRegisterPayload");
  });

  it("records a departure once", async () => {
    const visitor = (
      await mutate(api, REGISTER, "visitorRegister", tokens.security, {
        unitId: ownerUnit(),
        kind: "delivery",
        name: "快递员",
        purpose: "送件",
      })
    ).visitor as { id: string };
    const left = await mutate(api, LEAVE, "visitorLeave", tokens.security, { visitorId: visitor.id });
    expect(left.visitor).toMatchObject({ leftAt: NOW.toISOString() });
    const again = await mutate(api, LEAVE, "visitorLeave", tokens.security, { visitorId: visitor.id });
    expect(again).toMatchObject({ __typename: "RefusalError", code: "ACC_VISITOR_ALREADY_LEFT" });
  });

  it("lists one day's register; an owner sees only visitors to their own unit", async () => {
    await api.db.prisma.visitor.create({
      data: {
        estateId: world.estateId,
        unitId: world.tenantUnitId,
        kind: "guest",
        name: "昨天的访客",
        purpose: "x",
        arrivedAt: new Date("2026-03-01T15:00:00Z"), // 23:00 on 1 March in Shanghai
        registeredById: world.userIds.security!,
      },
    });
    const query = `query ($filter: VisitorFilter) { visitors(filter: $filter, first: 100) { totalCount edges { node { name arrivedAt unit { number } } } } }`;
    type Listed = {
      visitors: { totalCount: number; edges: { node: { name: string; unit: { number: string } | null } }[] };
    };
    const day = async (token: string | undefined, date: string) =>
      (
        await api.graphql<Listed>(query, {
          token,
          variables: { filter: { estateId: globalId("Estate", world.estateId), day: date } },
        })
      ).data!.visitors;
    const first = await day(tokens.security, "2026-03-01");
    expect(first.edges.map((e) => e.node.name)).toEqual(["昨天的访客"]);
    expect(first.totalCount).toBe(1);
    const second = await day(tokens.security, "2026-03-02");
    expect(second.edges.map((e) => e.node.name)).not.toContain("昨天的访客");
    const owners = await day(tokens.owner, "2026-03-02");
    expect(owners.edges.length).toBeGreaterThan(0);
    expect(new Set(owners.edges.map((e) => e.node.unit?.number))).toEqual(new Set(["3-0101"]));
    expect((await day(tokens.tenant, "2026-03-02")).edges).toEqual([]);
  });

  it("malformed input, another estate's unit, and roles away from the gate", async () => {
    const blank = await mutate(api, REGISTER, "visitorRegister", tokens.security, {
      unitId: ownerUnit(),
      kind: "guest",
      name: "",
      purpose: "x",
    });
    expect(blank).toMatchObject({ __typename: "ValidationError", path: ["input", "name"] });
    const other = await mutate(api, REGISTER, "visitorRegister", tokens.security, {
      unitId: globalId("Unit", world.otherUnitId),
      kind: "guest",
      name: "x",
      purpose: "x",
    });
    expect(other).toMatchObject({ __typename: "NotFoundError", path: ["input", "unitId"] });
    for (const role of ["engineering", "cashier", "owner", "apiKey"] as const) {
      const result = await mutate(api, REGISTER, "visitorRegister", tokens[role], {
        unitId: ownerUnit(),
        kind: "guest",
        name: "x",
        purpose: "x",
      });
      expect(result.__typename, role).toBe("ForbiddenError");
    }
  });
});

describe("R-ACC-3 vehicles and parking spaces", () => {
  it("registers a vehicle once per estate, whatever the spacing and case of its plate", async () => {
    const plate = `粤b ${nextTag().replace("-", "").slice(-5).padStart(5, "0")}`;
    const first = await mutate(api, VEHICLE, "vehicleRegister", tokens.security, {
      unitId: ownerUnit(),
      plateNumber: plate,
      ownerId: globalId("Person", world.ownerPersonId),
    });
    expect(first.vehicle).toMatchObject({
      plateNumber: plate.replace(" ", "").toUpperCase(),
      unit: { number: "3-0101" },
      owner: { name: "owner person" },
    });
    const again = await mutate(api, VEHICLE, "vehicleRegister", tokens.customer_service, {
      unitId: ownerUnit(),
      plateNumber: plate.replace(" ", "").toUpperCase(),
    });
    expect(again).toMatchObject({ __typename: "RefusalError", code: "ACC_VEHICLE_ALREADY_REGISTERED" });
  });

  it("registers a space, assigns it to a unit and a vehicle, and sells monthly cards back to back", async () => {
    const code = `B1-${nextTag()}`;
    const space = (
      await mutate(api, SPACE_REGISTER, "parkingSpaceRegister", tokens.security, {
        estateId: globalId("Estate", world.estateId),
        code,
        kind: "rented",
      })
    ).parkingSpace as { id: string };
    const duplicate = await mutate(api, SPACE_REGISTER, "parkingSpaceRegister", tokens.security, {
      estateId: globalId("Estate", world.estateId),
      code,
      kind: "owned",
    });
    expect(duplicate).toMatchObject({ __typename: "RefusalError", code: "ACC_PARKING_SPACE_EXISTS" });
    const unassigned = await mutate(api, RENEW, "parkingCardRenew", tokens.cashier, {
      parkingSpaceId: space.id,
      months: 1,
    });
    expect(unassigned).toMatchObject({ __typename: "RefusalError", code: "ACC_PARKING_SPACE_UNASSIGNED" });

    const vehicle = (
      await mutate(api, VEHICLE, "vehicleRegister", tokens.security, {
        unitId: ownerUnit(),
        plateNumber: `京A${nextTag().replace("-", "").slice(-5).padStart(5, "0")}`,
      })
    ).vehicle as { id: string; plateNumber: string };
    const assigned = await mutate(api, ASSIGN, "parkingSpaceAssign", tokens.security, {
      parkingSpaceId: space.id,
      unitId: ownerUnit(),
      vehicleId: vehicle.id,
    });
    expect(assigned.parkingSpace).toMatchObject({
      unit: { number: "3-0101" },
      vehicle: { plateNumber: vehicle.plateNumber },
    });

    const first = await mutate(api, RENEW, "parkingCardRenew", tokens.cashier, {
      parkingSpaceId: space.id,
      months: 1,
    });
    expect(first).toMatchObject({ validFrom: "2026-03-02", validUntil: "2026-04-01" });
    const second = await mutate(api, RENEW, "parkingCardRenew", tokens.cashier, {
      parkingSpaceId: space.id,
      months: 3,
    });
    expect(second).toMatchObject({ validFrom: "2026-04-02", validUntil: "2026-07-01" });
    expect(second.parkingSpace).toMatchObject({ monthlyCardUntil: "2026-07-01" });
    const zero = await mutate(api, RENEW, "parkingCardRenew", tokens.cashier, {
      parkingSpaceId: space.id,
      months: 0,
    });
    expect(zero).toMatchObject({ __typename: "ValidationError", path: ["input", "months"] });

    const query = `query ($filter: ParkingSpaceFilter) { parkingSpaces(filter: $filter, first: 100) { edges { node { code } } } }`;
    const valid = await api.graphql<{ parkingSpaces: { edges: { node: { code: string } }[] } }>(query, {
      token: tokens.manager,
      variables: { filter: { cardValidOn: "2026-06-30" } },
    });
    expect(valid.data?.parkingSpaces.edges.map((e) => e.node.code)).toContain(code);
    const lapsed = await api.graphql<{ parkingSpaces: { edges: { node: { code: string } }[] } }>(query, {
      token: tokens.manager,
      variables: { filter: { cardLapsedOn: "2026-07-02" } },
    });
    expect(lapsed.data?.parkingSpaces.edges.map((e) => e.node.code)).toContain(code);
  });

  it("visitor spaces are not assigned, and a vehicle of another unit is refused", async () => {
    const visitorSpace = (
      await mutate(api, SPACE_REGISTER, "parkingSpaceRegister", tokens.security, {
        estateId: globalId("Estate", world.estateId),
        code: `V-${nextTag()}`,
        kind: "visitor",
      })
    ).parkingSpace as { id: string };
    const refused = await mutate(api, ASSIGN, "parkingSpaceAssign", tokens.security, {
      parkingSpaceId: visitorSpace.id,
      unitId: ownerUnit(),
    });
    expect(refused).toMatchObject({ __typename: "RefusalError", code: "ACC_VISITOR_SPACE_NOT_ASSIGNABLE" });

    const space = (
      await mutate(api, SPACE_REGISTER, "parkingSpaceRegister", tokens.security, {
        estateId: globalId("Estate", world.estateId),
        code: `R-${nextTag()}`,
        kind: "rented",
      })
    ).parkingSpace as { id: string };
    const neighbour = (
      await mutate(api, VEHICLE, "vehicleRegister", tokens.security, {
        unitId: globalId("Unit", world.tenantUnitId),
        plateNumber: `沪C${nextTag().replace("-", "").slice(-5).padStart(5, "0")}`,
      })
    ).vehicle as { id: string };
    const mismatch = await mutate(api, ASSIGN, "parkingSpaceAssign", tokens.security, {
      parkingSpaceId: space.id,
      unitId: ownerUnit(),
      vehicleId: neighbour.id,
    });
    expect(mismatch).toMatchObject({ __typename: "RefusalError", code: "ACC_VEHICLE_NOT_OF_UNIT" });
  });

  it("owners see their own unit's vehicles; a partner key needs access:read", async () => {
    const unit = await unitWithOwner(api.db.prisma, world, { status: "occupied" });
    await mutate(api, VEHICLE, "vehicleRegister", tokens.security, {
      unitId: unit.gid,
      plateNumber: `苏E${nextTag().replace("-", "").slice(-5).padStart(5, "0")}`,
    });
    const query = "{ vehicles(first: 100) { edges { node { unit { id } } } } }";
    type Listed = { vehicles: { edges: { node: { unit: { id: string } } }[] } | null };
    const owners = await api.graphql<Listed>(query, { token: tokens.owner });
    expect(new Set(owners.data?.vehicles?.edges.map((e) => e.node.unit.id))).toEqual(new Set([ownerUnit()]));
    const denied = await api.graphql<Listed>(query, { token: tokens.apiKey });
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: "API_FORBIDDEN" });
    const partner = await api.db.prisma.user.findFirstOrThrow({
      where: { companyId: world.companyId, kind: "partner" },
    });
    const key = await createApiKey(api.db.prisma, {
      companyId: world.companyId,
      userId: partner.id,
      name: "gate system",
      scopes: ["access:read"],
    });
    const listed = await api.graphql<Listed>(query, { token: key.key });
    expect(listed.data?.vehicles?.edges.map((e) => e.node.unit.id)).toContain(unit.gid);
  });
});
