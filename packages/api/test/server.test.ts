import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/index.ts";
import { createWuyeServer } from "../src/server/create-server.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, login } from "./support/world.ts";

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  const world = await createWorld(api.db.prisma);
  token = (await login(api, world.phones.manager!)).accessToken;
});
afterAll(async () => {
  await api?.close();
});

describe("health and request ids", () => {
  it("GET /health checks the database", async () => {
    const response = await fetch(api.url.replace(/graphql$/, "health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
  });

  it("every response carries a request id, the client's own when well-formed", async () => {
    const mine = await api.graphql("{ viewer { role } }", { headers: { "x-request-id": "req-123" } });
    expect(mine.headers.get("x-request-id")).toBe("req-123");
    const generated = await api.graphql("{ viewer { role } }", { headers: { "x-request-id": "bad id!" } });
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("serves GraphiQL to a browser outside production", async () => {
    const response = await fetch(api.url, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("GraphiQL");
  });
});

describe("query limits and no suggestions", () => {
  it("refuses a query deeper than the limit", async () => {
    const deep = `{ estates { edges { node { units { edges { node { estate { units { edges { node { building { estate { name } } } } } } } } } } } } }`;
    const result = await api.graphql(deep, { token });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("refuses too many aliases", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { role }`).join(" ");
    const result = await api.graphql(`{ ${aliases} }`, { token });
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });

  it("does not suggest field names", async () => {
    const result = await api.graphql("{ viewr { role } }");
    expect(result.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });
});

describe("CSRF prevention", () => {
  it("refuses a simple cross-site request (no preflight) before executing it", async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent("{ viewer { role } }")}`);
    expect(response.status).toBe(403);
    const form = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ viewer { role } }" }),
    });
    expect(form.status).toBe(403);
  });

  it("accepts the same GET with the CSRF header", async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent("{ viewer { role } }")}`, {
      headers: { "x-wuye-csrf": "1" },
    });
    expect(response.status).toBe(200);
  });
});

describe("unexpected errors are masked", () => {
  it("tells the client nothing of the cause, and /health reports the database down", async () => {
    const broken = new Proxy(
      {},
      {
        get() {
          throw new Error("connection string postgres://secret@db leaked");
        },
      },
    );
    const database = {
      prisma: broken,
      mode: "postgres",
      migrations: { applied: [], alreadyApplied: [] },
      close: async () => {},
    };
    const server = createWuyeServer({
      database: database as unknown as Database,
      logging: false,
      tokenSecret: "x".repeat(40),
    });
    const { url } = await server.listen(0);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: 'mutation { authLogin(input: { phone: "13800000000", password: "x" }) { __typename } }',
        }),
      });
      const text = await response.text();
      expect(text).not.toContain("secret");
      expect(text).not.toContain("at ");
      expect(JSON.parse(text).errors[0].extensions).toMatchObject({ code: "API_INTERNAL" });
      expect((await fetch(url.replace(/graphql$/, "health"))).status).toBe(503);
    } finally {
      await server.close();
    }
  });
});
