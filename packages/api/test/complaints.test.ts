import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const FILE = `mutation ($input: ComplaintFileInput!) {
  complaintFile(input: $input) {
    __typename
    ... on ComplaintFilePayload {
      complaint { id number status channel complainantName complainantPhone receivedAt version
        unit { number } history { edges { node { action fromState toState actorRole at } } } }
    }
    ... on Error { code message messageZh path }
    ... on ValidationError { issues { path message } }
  }
}`;
const CLASSIFY = `mutation ($input: ComplaintClassifyInput!) {
  complaintClassify(input: $input) {
    __typename
    ... on ComplaintClassifyPayload {
      complaint { status severity criteria answerDueAt resolveDueAt version
        history { edges { node { action fromState toState actorRole actorName } } } }
      reportingDuties { to due }
    }
    ... on Error { code message messageZh path }
    ... on RefusalError { rule refusals { code rule path } }
  }
}`;

type Result = Record<string, unknown> & { __typename: string; complaint?: Record<string, unknown> };

async function file(token: string | undefined, input: Record<string, unknown>) {
  const result = await api.graphql<{ complaintFile: Result }>(FILE, { token, variables: { input } });
  expect(result.errors).toBeUndefined();
  return result.data!.complaintFile;
}
async function classify(token: string | undefined, input: Record<string, unknown>) {
  const result = await api.graphql<{ complaintClassify: Result }>(CLASSIFY, { token, variables: { input } });
  expect(result.errors).toBeUndefined();
  return result.data!.complaintClassify;
}

const ownerUnit = () => globalId("Unit", world.ownerUnitId);

describe("R-CMP-1 complaintFile", () => {
  it("an owner files online about their unit, as themself; the history has its first line", async () => {
    const filed = await file(tokens.owner, { unitId: ownerUnit(), content: "电梯停运两天" });
    expect(filed.__typename).toBe("ComplaintFilePayload");
    expect(filed.complaint).toMatchObject({
      status: "received",
      channel: "online",
      complainantName: "owner person",
      complainantPhone: world.phones.owner,
      receivedAt: NOW.toISOString(),
      unit: { number: "3-0101" },
      history: {
        edges: [
          { node: { action: "record", fromState: "received", toState: "received", actorRole: "owner" } },
        ],
      },
    });
    expect(filed.complaint?.number).toMatch(/^C20260302-[0-9A-F]{8}$/);
  });

  it("customer service records a hotline complaint for the estate", async () => {
    const filed = await file(tokens.customer_service, {
      estateId: globalId("Estate", world.estateId),
      channel: "hotline",
      content: "垃圾清运不及时",
      complainantName: "路人 甲",
      complainantPhone: "13712345678",
    });
    expect(filed.complaint).toMatchObject({
      status: "received",
      channel: "hotline",
      complainantPhone: "13712345678",
    });
  });

  it("refuses empty content with the field path (zod)", async () => {
    const filed = await file(tokens.owner, { unitId: ownerUnit(), content: "   " });
    expect(filed).toMatchObject({
      __typename: "ValidationError",
      code: "API_VALIDATION_FAILED",
      path: ["input", "content"],
    });
  });

  it("refuses a complaint with no complainant name with the domain's own code", async () => {
    const filed = await file(tokens.customer_service, {
      estateId: globalId("Estate", world.estateId),
      content: "漏水",
    });
    expect(filed).toMatchObject({
      __typename: "ValidationError",
      code: "CMP_COMPLAINANT_REQUIRED",
      messageZh: "请记录投诉人",
      path: ["input", "complainant", "name"],
    });
  });

  it("an owner cannot file about someone else's unit (not found, nothing leaks)", async () => {
    const filed = await file(tokens.owner, { unitId: globalId("Unit", world.tenantUnitId), content: "噪音" });
    expect(filed).toMatchObject({
      __typename: "NotFoundError",
      code: "API_NOT_FOUND",
      path: ["input", "unitId"],
    });
  });

  it("staff of another role than the desk may not take complaints down", async () => {
    const filed = await file(tokens.engineering, {
      estateId: globalId("Estate", world.estateId),
      content: "x",
      complainantName: "甲",
    });
    expect(filed).toMatchObject({ __typename: "ForbiddenError", code: "API_FORBIDDEN" });
  });

  it("anonymous callers are told to log in, as a typed error", async () => {
    const filed = await file(undefined, { unitId: ownerUnit(), content: "x" });
    expect(filed).toMatchObject({ __typename: "ForbiddenError", code: "AUTH_REQUIRED" });
  });
});

describe("R-CMP-2/3/4 complaintClassify", () => {
  async function received(): Promise<string> {
    const filed = await file(tokens.owner, { unitId: ownerUnit(), content: "电梯停运" });
    return filed.complaint?.id as string;
  }

  it("five complainants about one event make it major: deadlines, duties and history written together", async () => {
    const complaintId = await received();
    const result = await classify(tokens.manager, { complaintId, facts: { complainantsAboutSameEvent: 5 } });
    expect(result.__typename).toBe("ComplaintClassifyPayload");
    expect(result.complaint).toMatchObject({
      status: "classified",
      severity: "major",
      criteria: ["manyComplainantsSameEvent"],
      // R-CMP-4: a clear answer within 2 days, resolved within 15.
      answerDueAt: "2026-03-04T01:00:00.000Z",
      resolveDueAt: "2026-03-17T01:00:00.000Z",
      version: 1,
    });
    expect(result.reportingDuties).toEqual([
      { to: "supervisor", due: NOW.toISOString() },
      { to: "companyLeadership", due: NOW.toISOString() },
    ]);
    const history =
      (result.complaint?.history as { edges: { node: Record<string, string> }[] } | undefined)?.edges ?? [];
    expect(history.map((e) => e.node.action)).toEqual(["record", "classify"]);
    expect(history[1]?.node).toMatchObject({
      fromState: "received",
      toState: "classified",
      actorRole: "manager",
    });
  });

  it("a second classification is refused by the workflow", async () => {
    const complaintId = await received();
    await classify(tokens.manager, { complaintId, facts: {} });
    const again = await classify(tokens.manager, { complaintId, facts: {} });
    expect(again).toMatchObject({
      __typename: "RefusalError",
      code: "WORKFLOW_ACTION_NOT_ALLOWED",
      refusals: [{ code: "WORKFLOW_ACTION_NOT_ALLOWED" }],
    });
  });

  it("a count below one is malformed input, with the path of the fact", async () => {
    const complaintId = await received();
    const result = await classify(tokens.manager, { complaintId, facts: { complainantsAboutSameEvent: 0 } });
    expect(result).toMatchObject({
      __typename: "ValidationError",
      path: ["input", "facts", "complainantsAboutSameEvent"],
    });
  });

  it("a rule's refusal comes back with its rule, and nothing is written", async () => {
    const complaintId = await received();
    const result = await classify(tokens.manager, {
      complaintId,
      facts: { companyDeems: { severity: "major", reason: " " } },
    });
    expect(result.__typename).toBe("RefusalError");
    const codes = (result.refusals as { code: string }[]).map((r) => r.code);
    expect(codes).toContain("CMP_DEEMED_REASON_REQUIRED");
    expect(result.rule).toBe("R-CMP-3");
    // Nothing was written: still received, no second history line.
    const row = await api.db.prisma.complaint.findFirstOrThrow({
      where: { id: Buffer.from(complaintId, "base64").toString().split(":")[1]! },
    });
    expect(row.status).toBe("received");
  });

  it("a stale expectedVersion is a conflict", async () => {
    const complaintId = await received();
    const result = await classify(tokens.manager, { complaintId, facts: {}, expectedVersion: 7 });
    expect(result).toMatchObject({ __typename: "ConflictError", code: "API_STALE_RECORD" });
  });

  it("only managers classify; customer service is refused before anything runs", async () => {
    const complaintId = await received();
    for (const role of ["customer_service", "security", "owner", "apiKey"] as const) {
      const result = await classify(tokens[role], { complaintId, facts: {} });
      expect(result).toMatchObject({ __typename: "ForbiddenError" });
    }
  });

  it("an unknown or malformed id is not found", async () => {
    const missing = await classify(tokens.manager, {
      complaintId: globalId("Complaint", "00000000-0000-7000-8000-000000000000"),
      facts: {},
    });
    expect(missing).toMatchObject({ __typename: "NotFoundError", path: ["input", "complaintId"] });
    const wrongType = await classify(tokens.manager, {
      complaintId: globalId("Unit", world.ownerUnitId),
      facts: {},
    });
    expect(wrongType).toMatchObject({ __typename: "NotFoundError" });
  });
});

describe("who sees which complaints", () => {
  it("an owner sees the complaints they filed, a tenant not those, staff all of the estate", async () => {
    await file(tokens.owner, { unitId: ownerUnit(), content: "门禁坏了" });
    const count = async (token: string | undefined) =>
      (
        await api.graphql<{ complaints: { edges: unknown[] } }>(
          "{ complaints(first: 100) { edges { node { id } } } }",
          { token },
        )
      ).data?.complaints.edges.length ?? 0;
    const all = await api.db.prisma.complaint.count({ where: { estateId: world.estateId } });
    const owners = await api.db.prisma.complaint.count({ where: { personId: world.ownerPersonId } });
    expect(await count(tokens.manager)).toBe(all);
    expect(await count(tokens.security)).toBe(all);
    expect(await count(tokens.owner)).toBe(owners);
    expect(await count(tokens.tenant)).toBe(0);
  });
});
