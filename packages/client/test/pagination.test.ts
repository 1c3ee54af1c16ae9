import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWuyeClient, type WuyeClient, type WuyeLogEvent } from "../src/index.ts";
import { type ApiServer, startApiServer } from "./support/api-server.ts";
import { createWorld, globalId, PASSWORD, type World } from "./support/world.ts";

let api: ApiServer;
let world: World;
let client: WuyeClient;
const events: WuyeLogEvent[] = [];
const unitRequests = () => events.filter((e) => e.type === "request" && e.operation === "Units").length;

beforeAll(async () => {
  api = await startApiServer();
  world = await createWorld(api.db.prisma, { units: 23 });
  client = createWuyeClient({ url: api.url, logger: (event) => events.push(event) });
  const login = await client.auth.login({ phone: world.phones.manager, password: PASSWORD });
  if (!login.ok) throw new Error(login.error.code);
});
afterAll(async () => {
  await api?.close();
});

const numbers = (count: number) =>
  Array.from({ length: count }, (_, i) => `1-${String(i + 1).padStart(4, "0")}`);

describe("async iteration over a connection", () => {
  it("for await walks every page in order, one request per page", async () => {
    events.length = 0;
    const seen: string[] = [];
    for await (const unit of client.units.list({ pageSize: 5, orderBy: { field: "NUMBER" } }))
      seen.push(unit.number);
    expect(seen).toEqual(numbers(23));
    expect(unitRequests()).toBe(5);
  });

  it("pages() yields each page with the total count and its cursor", async () => {
    const pages = [];
    for await (const page of client.units.list({ pageSize: 10, orderBy: { field: "NUMBER" } }).pages())
      pages.push(page);
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 3]);
    expect(pages.map((page) => page.hasNextPage)).toEqual([true, true, false]);
    expect(pages[0]?.totalCount).toBe(23);
  });

  it("leaving the loop early stops fetching; toArray({ limit }) fetches only what it needs", async () => {
    events.length = 0;
    for await (const unit of client.units.list({ pageSize: 5 })) {
      if (unit) break;
    }
    expect(unitRequests()).toBe(1);
    events.length = 0;
    expect(
      await client.units.list({ pageSize: 5, orderBy: { field: "NUMBER" } }).toArray({ limit: 7 }),
    ).toHaveLength(7);
    expect(unitRequests()).toBe(2);
  });

  it("continues after a cursor, and passes filters through", async () => {
    const first = await client.units.list({ pageSize: 20, orderBy: { field: "NUMBER" } }).firstPage();
    const rest = await client.units
      .list({ pageSize: 20, after: first.endCursor, orderBy: { field: "NUMBER" } })
      .toArray();
    expect(rest.map((u) => u.number)).toEqual(numbers(23).slice(20));
    const filtered = await client.units.list({ filter: { numberStartsWith: "1-001" } }).toArray();
    expect(filtered.map((u) => u.number)).toEqual(numbers(19).slice(9));
  });

  it("a nested connection (a complaint's history) iterates the same way", async () => {
    const filed = await client.complaints.file({
      estateId: globalId("Estate", world.estateId),
      content: "水管漏水",
      complainantName: "王先生",
    });
    if (!filed.ok) throw new Error(filed.error.code);
    const id = filed.data.complaint?.id as string;
    const history = await client.complaints.history(id, { pageSize: 1 }).toArray();
    expect(history.map((event) => event.action)).toEqual(["record"]);
    expect(
      await client.complaints
        .history(globalId("Complaint", "00000000-0000-7000-8000-000000000000"))
        .toArray(),
    ).toEqual([]);
  });
});
