import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createWuyeClient,
  memoryTokenStorage,
  WuyeAuthError,
  type WuyeClient,
  type WuyeLogEvent,
  type WuyeSession,
} from "../src/index.ts";
import { type ApiServer, startApiServer } from "./support/api-server.ts";
import { createWorld, PASSWORD, type World } from "./support/world.ts";

let api: ApiServer;
let world: World;

beforeAll(async () => {
  api = await startApiServer();
  world = await createWorld(api.db.prisma);
});
afterAll(async () => {
  await api?.close();
});

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** A client whose clock the test moves, with every log event recorded. */
function clientFor(options: { clock?: () => number; storage?: ReturnType<typeof memoryTokenStorage> } = {}) {
  const events: WuyeLogEvent[] = [];
  const client = createWuyeClient({
    url: api.url,
    logger: (event) => events.push(event),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.storage ? { tokenStorage: options.storage } : {}),
  });
  const sent = (operation: string) =>
    events.filter((e) => e.type === "request" && e.operation === operation).length;
  return { client, events, sent };
}

async function loggedIn(client: WuyeClient, phone = world.phones.manager) {
  const result = await client.auth.login({ phone, password: PASSWORD });
  if (!result.ok) throw new Error(`login failed: ${result.error.code}`);
  return result.data;
}

describe("login", () => {
  it("stores the session and sends it: the API knows who is asking", async () => {
    const { client } = clientFor();
    const session = await loggedIn(client);
    expect(session.viewer).toMatchObject({ kind: "staff", role: "manager" });
    expect((await client.auth.session())?.accessToken).toBe(session.accessToken);
    expect(await client.auth.viewer()).toMatchObject({
      kind: "staff",
      role: "manager",
      name: "staff manager",
    });
  });

  it("a wrong password is a typed error value in both languages, and nothing is stored", async () => {
    const { client } = clientFor();
    const result = await client.auth.login({ phone: world.phones.manager, password: "wrong" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      __typename: "AuthenticationError",
      code: "AUTH_INVALID_CREDENTIALS",
      messageZh: "手机号或密码不正确",
    });
    expect(result.requestId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await client.auth.session()).toBeNull();
  });

  it("a malformed phone number is a ValidationError naming the field", async () => {
    const { client } = clientFor();
    const result = await client.auth.login({ phone: "12345", password: PASSWORD });
    expect(!result.ok && result.error).toMatchObject({
      __typename: "ValidationError",
      code: "API_VALIDATION_FAILED",
      path: ["input", "phone"],
    });
  });

  it("anonymous, the viewer is null", async () => {
    expect(await clientFor().client.auth.viewer()).toBeNull();
  });
});

describe("refresh", () => {
  it("an access token the API refuses as expired is refreshed once and the request sent again", async () => {
    const { client, events, sent } = clientFor();
    const first = await loggedIn(client);
    api.clock.advance(FIFTEEN_MINUTES + 60_000);
    expect(await client.auth.viewer()).toMatchObject({ role: "manager" });
    expect(events).toContainEqual({ type: "refresh", reason: "rejected" });
    expect(events.filter((e) => e.type === "response" && e.status === 401)).toHaveLength(1);
    expect(sent("AuthRefresh")).toBe(1);
    const second = await client.auth.session();
    expect(second?.accessToken).not.toBe(first.accessToken);
    expect(second?.refreshToken).not.toBe(first.refreshToken);
  });

  it("a token about to expire by the client's own clock is refreshed before the request", async () => {
    let now = Date.now();
    const { client, events } = clientFor({ clock: () => now });
    await loggedIn(client);
    now += FIFTEEN_MINUTES - 10_000; // inside the 30-second margin
    api.clock.advance(FIFTEEN_MINUTES - 10_000);
    expect(await client.auth.viewer()).toMatchObject({ role: "manager" });
    expect(events).toContainEqual({ type: "refresh", reason: "expiring" });
    expect(events.some((e) => e.type === "response" && e.status === 401)).toBe(false);
  });

  it("concurrent requests that all find the token refused share one refresh", async () => {
    const { client, sent } = clientFor();
    await loggedIn(client);
    api.clock.advance(FIFTEEN_MINUTES + 60_000);
    const viewers = await Promise.all(Array.from({ length: 5 }, () => client.auth.viewer()));
    expect(viewers.every((viewer) => viewer?.role === "manager")).toBe(true);
    // Two refreshes would have spent the rotating refresh token twice and revoked the session.
    expect(sent("AuthRefresh")).toBe(1);
  });

  it("a refresh token used twice ends the session: WuyeAuthError, storage cleared", async () => {
    const storage = memoryTokenStorage();
    const { client } = clientFor({ storage });
    await loggedIn(client);
    const copied = (await client.auth.session()) as WuyeSession;
    await client.auth.refresh();
    await storage.save(copied); // someone replays the spent refresh token
    const error = await client.auth.refresh().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WuyeAuthError);
    expect(error).toMatchObject({ code: "AUTH_REFRESH_TOKEN_REUSED" });
    expect(await client.auth.session()).toBeNull();
  });

  it("refreshing without a session is CLIENT_NOT_LOGGED_IN", async () => {
    await expect(clientFor().client.auth.refresh()).rejects.toMatchObject({
      name: "WuyeAuthError",
      code: "CLIENT_NOT_LOGGED_IN",
      messageZh: expect.any(String),
    });
  });
});

describe("logout", () => {
  it("revokes the refresh token on the server and forgets the session here", async () => {
    const { client } = clientFor();
    await loggedIn(client);
    const session = (await client.auth.session()) as WuyeSession;
    const result = await client.auth.logout();
    expect(result).toMatchObject({ ok: true, data: { loggedOut: true } });
    expect(await client.auth.session()).toBeNull();
    expect(await client.auth.viewer()).toBeNull();
    // The revoked refresh token no longer works.
    const other = clientFor({ storage: memoryTokenStorage(session) }).client;
    await expect(other.auth.refresh()).rejects.toMatchObject({
      code: expect.stringMatching(/^AUTH_REFRESH_TOKEN_/),
    });
  });

  it("works with an expired access token: revoking needs only the refresh token", async () => {
    const { client } = clientFor();
    await loggedIn(client);
    api.clock.advance(FIFTEEN_MINUTES + 60_000);
    expect((await client.auth.logout()).ok).toBe(true);
  });
});

describe("API keys", () => {
  it("a partner's key is sent as a bearer token and never refreshed", async () => {
    const events: WuyeLogEvent[] = [];
    const client = createWuyeClient({
      url: api.url,
      apiKey: world.apiKey.key,
      logger: (e) => events.push(e),
    });
    expect(await client.auth.viewer()).toMatchObject({
      kind: "apiKey",
      apiScopes: expect.arrayContaining(["units:read"]),
    });
    const revoked = createWuyeClient({ url: api.url, apiKey: `${world.apiKey.prefix}_${"x".repeat(43)}` });
    const error = await revoked.auth.viewer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WuyeAuthError);
    expect(error).toMatchObject({ code: "AUTH_TOKEN_INVALID", status: 401, messageZh: expect.any(String) });
    expect(events.some((e) => e.type === "refresh")).toBe(false);
  });
});
