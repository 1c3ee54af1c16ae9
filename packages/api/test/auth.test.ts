import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, login, PASSWORD, type World } from "./support/world.ts";

let api: TestApi;
let world: World;

beforeAll(async () => {
  api = await startTestApi({ loginRateLimit: { perPhone: 3, perIp: 1000 } });
  world = await createWorld(api.db.prisma);
});
afterAll(async () => {
  await api?.close();
});

const LOGIN = `mutation ($input: AuthLoginInput!) {
  authLogin(input: $input) {
    __typename
    ... on AuthSessionPayload { accessToken refreshToken accessTokenExpiresAt viewer { role name } }
    ... on Error { code message messageZh path }
    ... on RateLimitError { retryAfterSeconds }
    ... on ValidationError { issues { path message } }
  }
}`;
const REFRESH = `mutation ($input: AuthRefreshInput!) {
  authRefresh(input: $input) {
    __typename
    ... on AuthSessionPayload { accessToken refreshToken }
    ... on Error { code }
  }
}`;
const LOGOUT = `mutation ($input: AuthLogoutInput!) {
  authLogout(input: $input) { __typename ... on AuthLogoutPayload { loggedOut } ... on Error { code } }
}`;
const VIEWER = "{ viewer { kind role name roles { role } apiScopes } }";

type Payload = Record<string, unknown> & { __typename: string };

describe("authLogin", () => {
  it("logs staff in with phone and password and names their role", async () => {
    const result = await api.graphql<{ authLogin: Payload }>(LOGIN, {
      variables: { input: { phone: `+86 ${world.phones.manager}`, password: PASSWORD } },
    });
    expect(result.data?.authLogin).toMatchObject({
      __typename: "AuthSessionPayload",
      viewer: { role: "manager", name: "staff manager" },
    });
    const token = result.data?.authLogin.accessToken as string;
    const viewer = await api.graphql<{ viewer: unknown }>(VIEWER, { token });
    expect(viewer.data?.viewer).toMatchObject({
      kind: "staff",
      role: "manager",
      roles: [{ role: "manager" }],
    });
  });

  it("tells an owner from a tenant by their occupancy", async () => {
    const owner = await login(api, world.phones.owner!);
    const tenant = await login(api, world.phones.tenant!);
    expect(
      (await api.graphql<{ viewer: Payload }>(VIEWER, { token: owner.accessToken })).data?.viewer.role,
    ).toBe("owner");
    expect(
      (await api.graphql<{ viewer: Payload }>(VIEWER, { token: tenant.accessToken })).data?.viewer.role,
    ).toBe("tenant");
  });

  it("refuses a wrong password and an unknown phone alike", async () => {
    for (const phone of [world.phones.cashier, "13999999999"]) {
      const result = await api.graphql<{ authLogin: Payload }>(LOGIN, {
        variables: { input: { phone, password: "wrong" } },
      });
      expect(result.data?.authLogin).toMatchObject({
        __typename: "AuthenticationError",
        code: "AUTH_INVALID_CREDENTIALS",
        messageZh: "手机号或密码不正确",
      });
    }
  });

  it("refuses a malformed phone number with the field path", async () => {
    const result = await api.graphql<{ authLogin: Payload }>(LOGIN, {
      variables: { input: { phone: "12345", password: "x" } },
    });
    expect(result.data?.authLogin).toMatchObject({
      __typename: "ValidationError",
      code: "API_VALIDATION_FAILED",
      issues: [{ path: ["input", "phone"] }],
    });
  });

  it("limits failed attempts per phone number, even for the right password afterwards", async () => {
    const phone = world.phones.finance;
    for (let i = 0; i < 3; i += 1) {
      await api.graphql(LOGIN, { variables: { input: { phone, password: "guess" } } });
    }
    const result = await api.graphql<{ authLogin: Payload }>(LOGIN, {
      variables: { input: { phone, password: PASSWORD } },
    });
    expect(result.data?.authLogin).toMatchObject({ __typename: "RateLimitError", code: "AUTH_RATE_LIMITED" });
    expect(result.data?.authLogin.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe("access tokens", () => {
  it("anonymous requests have no viewer", async () => {
    expect((await api.graphql<{ viewer: unknown }>(VIEWER)).data?.viewer).toBeNull();
  });

  it("an invalid token is refused with 401, never treated as anonymous", async () => {
    const result = await api.graphql(VIEWER, { token: "not-a-token" });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "AUTH_TOKEN_INVALID" });
  });

  it("a deactivated user's token stops working at once", async () => {
    const { accessToken } = await login(api, world.phones.archivist!);
    await api.db.prisma.user.update({ where: { id: world.userIds.archivist! }, data: { active: false } });
    try {
      expect((await api.graphql(VIEWER, { token: accessToken })).status).toBe(401);
    } finally {
      await api.db.prisma.user.update({ where: { id: world.userIds.archivist! }, data: { active: true } });
    }
  });
});

describe("refresh tokens rotate", () => {
  it("a refresh gives a new pair and spends the old refresh token", async () => {
    const first = await login(api, world.phones.security!);
    const refreshed = await api.graphql<{ authRefresh: Payload }>(REFRESH, {
      variables: { input: { refreshToken: first.refreshToken } },
    });
    expect(refreshed.data?.authRefresh.__typename).toBe("AuthSessionPayload");
    const next = refreshed.data?.authRefresh.refreshToken as string;
    expect(next).not.toBe(first.refreshToken);
    // The next one works once more.
    const again = await api.graphql<{ authRefresh: Payload }>(REFRESH, {
      variables: { input: { refreshToken: next } },
    });
    expect(again.data?.authRefresh.__typename).toBe("AuthSessionPayload");
  });

  it("reusing a spent refresh token revokes the whole family", async () => {
    const first = await login(api, world.phones.engineering!);
    const rotated = await api.graphql<{ authRefresh: Payload }>(REFRESH, {
      variables: { input: { refreshToken: first.refreshToken } },
    });
    const successor = rotated.data?.authRefresh.refreshToken as string;
    const replay = await api.graphql<{ authRefresh: Payload }>(REFRESH, {
      variables: { input: { refreshToken: first.refreshToken } },
    });
    expect(replay.data?.authRefresh).toEqual({
      __typename: "AuthenticationError",
      code: "AUTH_REFRESH_TOKEN_REUSED",
    });
    // The legitimate successor is revoked too: the thief and the victim both log in again.
    const after = await api.graphql<{ authRefresh: Payload }>(REFRESH, {
      variables: { input: { refreshToken: successor } },
    });
    expect(after.data?.authRefresh).toEqual({
      __typename: "AuthenticationError",
      code: "AUTH_REFRESH_TOKEN_REUSED",
    });
  });

  it("an unknown refresh token is invalid", async () => {
    const result = await api.graphql<{ authRefresh: Payload }>(REFRESH, {
      variables: { input: { refreshToken: "wyr_not-a-real-token-at-all" } },
    });
    expect(result.data?.authRefresh).toEqual({
      __typename: "AuthenticationError",
      code: "AUTH_REFRESH_TOKEN_INVALID",
    });
  });

  it("stores refresh tokens hashed only", async () => {
    const { refreshToken } = await login(api, world.phones.customer_service!);
    const stored = await api.db.prisma.refreshToken.findMany({ select: { tokenHash: true } });
    expect(stored.some((row) => row.tokenHash === refreshToken)).toBe(false);
  });
});

describe("authLogout", () => {
  it("revokes the session so its refresh token no longer works", async () => {
    const session = await login(api, world.phones.owner!);
    const out = await api.graphql<{ authLogout: Payload }>(LOGOUT, {
      token: session.accessToken,
      variables: { input: { refreshToken: session.refreshToken } },
    });
    expect(out.data?.authLogout).toEqual({ __typename: "AuthLogoutPayload", loggedOut: true });
    const refresh = await api.graphql<{ authRefresh: Payload }>(REFRESH, {
      variables: { input: { refreshToken: session.refreshToken } },
    });
    expect(refresh.data?.authRefresh.__typename).toBe("AuthenticationError");
  });

  it("refuses to revoke someone else's session", async () => {
    const victim = await login(api, world.phones.tenant!);
    const other = await login(api, world.phones.owner!);
    const out = await api.graphql<{ authLogout: Payload }>(LOGOUT, {
      token: other.accessToken,
      variables: { input: { refreshToken: victim.refreshToken } },
    });
    expect(out.data?.authLogout).toEqual({ __typename: "ForbiddenError", code: "API_FORBIDDEN" });
  });

  it("everywhere ends every session of the user", async () => {
    const a = await login(api, world.phones.cashier!);
    const b = await login(api, world.phones.cashier!);
    await api.graphql(LOGOUT, { token: a.accessToken, variables: { input: { everywhere: true } } });
    const refresh = await api.graphql<{ authRefresh: Payload }>(REFRESH, {
      variables: { input: { refreshToken: b.refreshToken } },
    });
    expect(refresh.data?.authRefresh.__typename).toBe("AuthenticationError");
  });
});

describe("API keys", () => {
  it("a partner's key identifies it with its scopes", async () => {
    const result = await api.graphql<{ viewer: unknown }>(VIEWER, {
      headers: { "x-api-key": world.apiKey.key },
    });
    expect(result.data?.viewer).toMatchObject({ kind: "apiKey", role: "apiKey" });
  });

  it("a revoked key is refused", async () => {
    await api.db.prisma.apiKey.update({ where: { id: world.apiKey.id }, data: { revokedAt: new Date() } });
    try {
      expect((await api.graphql(VIEWER, { token: world.apiKey.key })).status).toBe(401);
    } finally {
      await api.db.prisma.apiKey.update({ where: { id: world.apiKey.id }, data: { revokedAt: null } });
    }
  });

  it("a key with a wrong secret is refused", async () => {
    const forged = `${world.apiKey.prefix}_${"A".repeat(43)}`;
    expect((await api.graphql(VIEWER, { token: forged })).status).toBe(401);
  });
});
