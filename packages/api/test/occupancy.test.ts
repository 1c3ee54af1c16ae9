import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, tokensFor, type World } from "./support/world.ts";

let api: TestApi;
let world: World;
let tokens: Awaited<ReturnType<typeof tokensFor>>;

beforeAll(async () => {
  api = await startTestApi();
  world = await createWorld(api.db.prisma);
  // A few more units with areas and states to filter and order.
  for (const [number, area, status] of [
    ["3-0201", "140.00", "vacant"],
    ["3-0202", "60.50", "awaitingHandover"],
    ["3-0301", "99.99", "occupied"],
  ] as const) {
    await api.db.prisma.unit.create({
      data: { estateId: world.estateId, buildingId: world.buildingId, number, buildingArea: area, status },
    });
  }
  tokens = await tokensFor(api, world);
});
afterAll(async () => {
  await api?.close();
});

type Edges<T> = {
  edges: { node: T; cursor: string }[];
  totalCount?: number;
  pageInfo?: { hasNextPage: boolean };
};
const UNITS = `query ($filter: UnitFilter, $orderBy: UnitOrder, $first: Int, $after: String) {
  units(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { number buildingArea status } }
  }
}`;

async function unitNumbers(token: string | undefined, variables: Record<string, unknown> = {}) {
  const result = await api.graphql<{ units: Edges<{ number: string }> | null }>(UNITS, { token, variables });
  return result.data?.units?.edges.map((edge) => edge.node.number) ?? null;
}

describe("R-ARC-1 who sees which units", () => {
  it("staff see every unit of their estate and none of another", async () => {
    expect(await unitNumbers(tokens.security)).toEqual(["3-0101", "3-0102", "3-0201", "3-0202", "3-0301"]);
  });

  it("an owner or a tenant sees only their own unit, also through the estate", async () => {
    expect(await unitNumbers(tokens.owner)).toEqual(["3-0101"]);
    expect(await unitNumbers(tokens.tenant)).toEqual(["3-0102"]);
    const viaEstate = await api.graphql<{
      estates: Edges<{ name: string; units: Edges<{ number: string }> }>;
    }>("{ estates { edges { node { name units { totalCount edges { node { number } } } } } } }", {
      token: tokens.owner,
    });
    expect(viaEstate.data?.estates.edges.map((e) => [e.node.name, e.node.units.totalCount])).toEqual([
      ["Sunny Garden", 1],
    ]);
  });

  it("node(id:) returns null for a unit the viewer may not see", async () => {
    const query = "query ($id: ID!) { node(id: $id) { id ... on Unit { number } } }";
    const other = globalId("Unit", world.otherUnitId);
    const tenants = globalId("Unit", world.tenantUnitId);
    expect(
      (await api.graphql<{ node: unknown }>(query, { token: tokens.owner, variables: { id: tenants } })).data
        ?.node,
    ).toBeNull();
    expect(
      (await api.graphql<{ node: unknown }>(query, { token: tokens.manager, variables: { id: other } })).data
        ?.node,
    ).toBeNull();
    expect(
      (
        await api.graphql<{ node: unknown }>(query, {
          token: tokens.owner,
          variables: { id: globalId("Unit", world.ownerUnitId) },
        })
      ).data?.node,
    ).toMatchObject({ number: "3-0101" });
  });

  it("an API key sees its company's estates, both of them", async () => {
    const result = await api.graphql<{ estates: Edges<{ name: string }> }>(
      "{ estates { totalCount edges { node { name } } } }",
      {
        token: tokens.apiKey,
      },
    );
    expect(result.data?.estates.edges.map((e) => e.node.name)).toEqual(["Other Estate", "Sunny Garden"]);
  });

  it("anonymous requests are told to log in", async () => {
    const result = await api.graphql(UNITS);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "AUTH_REQUIRED" });
  });
});

describe("units connection: filtering, ordering, paging", () => {
  it("filters by status and building", async () => {
    expect(await unitNumbers(tokens.manager, { filter: { status: ["vacant", "awaitingHandover"] } })).toEqual(
      ["3-0201", "3-0202"],
    );
    expect(
      await unitNumbers(tokens.manager, {
        filter: { buildingId: globalId("Building", world.buildingId), numberStartsWith: "3-03" },
      }),
    ).toEqual(["3-0301"]);
  });

  it("orders by building area, largest first", async () => {
    expect(
      await unitNumbers(tokens.manager, { orderBy: { field: "BUILDING_AREA", direction: "DESC" } }),
    ).toEqual(["3-0201", "3-0301", "3-0101", "3-0102", "3-0202"]);
  });

  it("pages with first/after and counts the whole filtered set", async () => {
    const page1 = await api.graphql<{
      units: Edges<{ number: string }> & { pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(UNITS, { token: tokens.manager, variables: { first: 2 } });
    expect(page1.data?.units.totalCount).toBe(5);
    expect(page1.data?.units.pageInfo.hasNextPage).toBe(true);
    const after = page1.data?.units.pageInfo.endCursor;
    expect(await unitNumbers(tokens.manager, { first: 2, after })).toEqual(["3-0201", "3-0202"]);
  });
});

describe("R-ARC-3 masking of identity and phone numbers", () => {
  const PEOPLE = `{ units(first: 2) { edges { node { number occupancies { role person { name phone idNumber } } } } } }`;
  type Person = { name: string; phone: string; idNumber: string };
  async function peopleSeenBy(token: string | undefined) {
    const result = await api.graphql<{ units: Edges<{ occupancies: { person: Person }[] }> }>(PEOPLE, {
      token,
    });
    return result.data?.units.edges.flatMap((e) => e.node.occupancies.map((o) => o.person)) ?? [];
  }

  it("customer service and managers see numbers in full", async () => {
    for (const role of ["customer_service", "manager"] as const) {
      const [owner] = await peopleSeenBy(tokens[role]);
      expect(owner?.phone).toBe(world.phones.owner);
      expect(owner?.idNumber).toMatch(/^1101011990\d{8}$/);
    }
  });

  it("other staff roles and API keys see them masked", async () => {
    for (const role of ["security", "engineering", "cashier", "apiKey"] as const) {
      const [owner] = await peopleSeenBy(tokens[role]);
      expect(owner?.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect(owner?.idNumber).toMatch(/^\d{3}\*{11}\d{4}$/);
    }
  });

  it("an owner sees their own numbers in full", async () => {
    const [self] = await peopleSeenBy(tokens.owner);
    expect(self?.phone).toBe(world.phones.owner);
  });
});
