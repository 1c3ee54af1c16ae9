import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ViewerRole } from "../src/auth/index.ts";
import { complaintMutation, fileAsOwner } from "./complaints-support.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, PASSWORD, tokensFor, type World } from "./support/world.ts";

/**
 * The audit log: every executed mutation is recorded with who, when, which operation, the
 * request id, the client's address and the outcome — never the input (no password, no token) —
 * and an estate's managers and archivists read it.
 */
const NOW = new Date("2026-03-02T01:00:00.000Z");

let api: TestApi;
let world: World;
let tokens: Record<ViewerRole, string | undefined>;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW, loginRateLimit: { perPhone: 1000, perIp: 1000 } });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
});
afterAll(async () => {
  await api?.close();
});

const rowsFor = (requestId: string) => api.db.prisma.auditLog.findMany({ where: { requestId } });

describe("use-audit-log: every mutation is recorded", () => {
  it("a successful step: who, when, which operation, the record, the request id, the address", async () => {
    const complaintId = await fileAsOwner(api, world, tokens.owner);
    const result = await api.graphql(
      `mutation Classify($input: ComplaintClassifyInput!) { complaintClassify(input: $input) { __typename } }`,
      {
        token: tokens.manager,
        variables: { input: { complaintId, facts: {} } },
        headers: { "x-request-id": "audit-ok-1" },
      },
    );
    expect(result.headers.get("x-request-id")).toBe("audit-ok-1");
    const rows = await rowsFor("audit-ok-1");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      at: NOW,
      action: "complaintClassify",
      actorId: world.userIds.manager,
      actorRole: "manager",
      entity: "Complaint",
      entityId: Buffer.from(complaintId, "base64").toString().split(":")[1],
      estateId: world.estateId,
      requestId: "audit-ok-1",
      data: { outcome: "success", operationName: "Classify" },
    });
    expect(rows[0]?.ip).toMatch(/127\.0\.0\.1|::1/);
  });

  it("refusals are recorded with their code, even when the client did not select it", async () => {
    const complaintId = await fileAsOwner(api, world, tokens.owner);
    await api.graphql(
      `mutation ($input: ComplaintAssignInput!) { complaintAssign(input: $input) { __typename } }`,
      {
        token: tokens.customer_service,
        variables: { input: { complaintId, department: "engineering" } },
        headers: { "x-request-id": "audit-refused-1" },
      },
    );
    await api.graphql(
      `mutation ($input: ComplaintAssignInput!) { complaintAssign(input: $input) { __typename } }`,
      {
        token: tokens.owner,
        variables: { input: { complaintId, department: "engineering" } },
        headers: { "x-request-id": "audit-forbidden-1" },
      },
    );
    expect((await rowsFor("audit-refused-1"))[0]).toMatchObject({
      action: "complaintAssign",
      entity: "Complaint",
      data: { outcome: "error", code: "WORKFLOW_ACTION_NOT_ALLOWED" },
    });
    expect((await rowsFor("audit-forbidden-1"))[0]).toMatchObject({
      actorRole: "owner",
      actorId: world.userIds.owner,
      data: { outcome: "error", code: "API_FORBIDDEN" },
    });
  });

  it("a filing records the record it produced; every root field of a document gets its row", async () => {
    await api.graphql(
      `mutation ($a: ComplaintFileInput!, $b: ComplaintFileInput!) {
        first: complaintFile(input: $a) { __typename }
        second: complaintFile(input: $b) { __typename }
      }`,
      {
        token: tokens.owner,
        variables: {
          a: { unitId: globalId("Unit", world.ownerUnitId), content: "一" },
          b: { unitId: globalId("Unit", world.ownerUnitId), content: " " },
        },
        headers: { "x-request-id": "audit-two-1" },
      },
    );
    const rows = await rowsFor("audit-two-1");
    expect(rows.map((r) => [r.action, r.entity, (r.data as { outcome: string }).outcome]).sort()).toEqual([
      ["complaintFile", "Complaint", "success"],
      ["complaintFile", "Unit", "error"],
    ]);
    expect(rows.every((r) => r.estateId === world.estateId)).toBe(true);
  });

  it("never stores passwords or tokens; an API key's request names the key; queries are not recorded", async () => {
    const login = await api.graphql<{ authLogin: { accessToken: string; refreshToken: string } }>(
      `mutation ($input: AuthLoginInput!) { authLogin(input: $input) { ... on AuthSessionPayload { accessToken refreshToken } } }`,
      {
        variables: { input: { phone: world.phones.cashier, password: PASSWORD } },
        headers: { "x-request-id": "audit-login-1" },
      },
    );
    const [row] = await rowsFor("audit-login-1");
    // The session's user is the record, and the actor once the password proved who they are.
    expect(row).toMatchObject({
      action: "authLogin",
      actorRole: "anonymous",
      actorId: world.userIds.cashier,
      entity: "User",
      entityId: world.userIds.cashier,
      data: { outcome: "success" },
    });
    const stored = JSON.stringify(row);
    for (const secret of [
      PASSWORD,
      world.phones.cashier!,
      login.data!.authLogin.accessToken,
      login.data!.authLogin.refreshToken,
    ]) {
      expect(stored).not.toContain(secret);
    }
    await api.graphql(
      `mutation ($input: ComplaintFileInput!) { complaintFile(input: $input) { __typename } }`,
      {
        token: tokens.apiKey,
        variables: {
          input: { estateId: globalId("Estate", world.estateId), content: "x", complainantName: "甲" },
        },
        headers: { "x-request-id": "audit-key-1" },
      },
    );
    const [keyed] = await rowsFor("audit-key-1");
    expect(keyed).toMatchObject({
      actorRole: "apiKey",
      data: { outcome: "success", apiKeyId: world.apiKey.id },
    });
    expect(JSON.stringify(keyed)).not.toContain(world.apiKey.key);
    await api.graphql("{ viewer { role } }", {
      token: tokens.manager,
      headers: { "x-request-id": "audit-query-1" },
    });
    expect(await rowsFor("audit-query-1")).toEqual([]);
  });
});

describe("auditLog: managers and archivists read their estates' entries", () => {
  const QUERY = `query ($filter: AuditLogFilter) { auditLog(first: 100, filter: $filter) {
    totalCount edges { node { action entity recordId actorRole actorName outcome errorCode ip requestId viaApiKey estateId } } } }`;

  it("lists the estate's entries newest first, filtered by outcome, action and record", async () => {
    const complaintId = await fileAsOwner(api, world, tokens.owner);
    await complaintMutation(api, "complaintClassify", tokens.manager, { complaintId, facts: {} });
    await complaintMutation(api, "complaintClassify", tokens.manager, { complaintId, facts: {} });
    const result = await api.graphql<{
      auditLog: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(QUERY, { token: tokens.archivist, variables: { filter: { recordId: complaintId } } });
    expect(result.errors).toBeUndefined();
    // Newest first; the test clock is fixed, so the entries share their instant: compare as a set.
    expect(result.data?.auditLog.edges.map((e) => e.node)).toHaveLength(3);
    expect(result.data?.auditLog.edges.map((e) => e.node)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: "complaintClassify",
          outcome: "ERROR",
          errorCode: "WORKFLOW_ACTION_NOT_ALLOWED",
        }),
        expect.objectContaining({
          action: "complaintClassify",
          outcome: "SUCCESS",
          errorCode: null,
          actorName: "staff manager",
        }),
        expect.objectContaining({
          action: "complaintFile",
          recordId: complaintId,
          actorRole: "owner",
          viaApiKey: false,
          estateId: globalId("Estate", world.estateId),
        }),
      ]),
    );
    const errors = await api.graphql<{ auditLog: { edges: { node: { outcome: string } }[] } }>(QUERY, {
      token: tokens.manager,
      variables: { filter: { outcome: "ERROR", action: ["complaintClassify"] } },
    });
    expect(errors.data?.auditLog.edges.length).toBeGreaterThan(0);
    expect(errors.data?.auditLog.edges.every((e) => e.node.outcome === "ERROR")).toBe(true);
  });

  it("other staff, residents and keys may not read it", async () => {
    for (const role of [
      "customer_service",
      "engineering",
      "security",
      "cashier",
      "finance",
      "owner",
      "tenant",
      "apiKey",
    ] as const) {
      const result = await api.graphql(QUERY, { token: tokens[role] });
      expect(result.errors?.[0]?.extensions?.code, role).toBe("API_FORBIDDEN");
    }
  });

  it("a manager of another estate sees none of this estate's entries", async () => {
    const other = await createWorld(api.db.prisma);
    const otherTokens = await tokensFor(api, other);
    const result = await api.graphql<{ auditLog: { edges: { node: { estateId: string | null } }[] } }>(
      QUERY,
      {
        token: otherTokens.manager,
      },
    );
    const estateIds = new Set(result.data?.auditLog.edges.map((e) => e.node.estateId));
    expect(estateIds.has(globalId("Estate", world.estateId))).toBe(false);
  });

  it("N+1: entries with their actor cost the same at page size 10 and 100", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({
      action: "complaintFile",
      entity: "Mutation",
      estateId: world.estateId,
      actorId: world.userIds.customer_service!,
      actorRole: "customer_service",
      requestId: `bulk-${i}`,
      data: { outcome: "success" },
    }));
    await api.db.prisma.auditLog.createMany({ data: rows });
    const count = async (first: number) => {
      api.sql.length = 0;
      await api.graphql("{ viewer { role } }", { token: tokens.manager });
      const authentication = api.sql.length;
      api.sql.length = 0;
      const result = await api.graphql(
        `query ($first: Int!) { auditLog(first: $first) { totalCount edges { node { action actorName outcome } } } }`,
        { token: tokens.manager, variables: { first } },
      );
      expect(result.errors).toBeUndefined();
      return api.sql.length - authentication;
    };
    const ten = await count(10);
    expect(await count(100)).toBe(ten);
  });
});
