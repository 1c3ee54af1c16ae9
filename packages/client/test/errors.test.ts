import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ComplaintsDocument } from "../src/generated/graphql.ts";
import {
  type ComplaintsQuery,
  createWuyeClient,
  isErrorOf,
  unwrap,
  type WuyeClient,
  WuyeGraphQLError,
  WuyeMutationError,
} from "../src/index.ts";
import { type ApiServer, startApiServer } from "./support/api-server.ts";
import { createWorld, globalId, PASSWORD, type World } from "./support/world.ts";

let api: ApiServer;
let world: World;
let owner: WuyeClient;
let manager: WuyeClient;

async function signedIn(phone: string): Promise<WuyeClient> {
  const client = createWuyeClient({ url: api.url });
  const result = await client.auth.login({ phone, password: PASSWORD });
  if (!result.ok) throw new Error(result.error.code);
  return client;
}

beforeAll(async () => {
  api = await startApiServer();
  world = await createWorld(api.db.prisma);
  owner = await signedIn(world.phones.owner);
  manager = await signedIn(world.phones.manager);
});
afterAll(async () => {
  await api?.close();
});

async function fileComplaint(content = "电梯停运两天"): Promise<string> {
  const result = await owner.complaints.file({ unitId: globalId("Unit", world.ownerUnitId), content });
  return unwrap(result).complaint?.id as string;
}

describe("mutations return their typed errors as values", () => {
  it("the payload when the rules agree", async () => {
    const result = await owner.complaints.file({
      unitId: globalId("Unit", world.ownerUnitId),
      content: "门禁坏了",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.complaint).toMatchObject({
      status: "received",
      channel: "online",
      content: "门禁坏了",
    });
  });

  it("bad input is a ValidationError with the field's path and both messages", async () => {
    const result = await owner.complaints.file({
      unitId: globalId("Unit", world.ownerUnitId),
      content: "   ",
    });
    expect(result.ok).toBe(false);
    if (!isErrorOf(result, "ValidationError")) throw new Error("expected a ValidationError");
    expect(result.error).toMatchObject({ code: "API_VALIDATION_FAILED", path: ["input", "content"] });
    expect(result.error.issues[0]?.path).toEqual(["input", "content"]);
    expect(result.error.messageZh).not.toBe("");
  });

  it("a rule's refusal is a RefusalError with the rule and every reason", async () => {
    const complaintId = await fileComplaint();
    const result = await manager.complaints.classify({
      complaintId,
      facts: { companyDeems: { severity: "major", reason: " " } },
    });
    if (!isErrorOf(result, "RefusalError")) throw new Error("expected a RefusalError");
    expect(result.error.rule).toBe("R-CMP-3");
    expect(result.error.refusals.map((r) => r.code)).toContain("CMP_DEEMED_REASON_REQUIRED");
  });

  it("the workflow's refusal of a second classification, and a stale version's conflict", async () => {
    const complaintId = await fileComplaint();
    unwrap(await manager.complaints.classify({ complaintId, facts: {} }));
    const again = await manager.complaints.classify({ complaintId, facts: {} });
    expect(!again.ok && again.error).toMatchObject({
      __typename: "RefusalError",
      code: "WORKFLOW_ACTION_NOT_ALLOWED",
    });
    const stale = await manager.complaints.classify({
      complaintId: await fileComplaint(),
      facts: {},
      expectedVersion: 9,
    });
    expect(!stale.ok && stale.error).toMatchObject({ __typename: "ConflictError", code: "API_STALE_RECORD" });
  });

  it("not found and forbidden are values too", async () => {
    const missing = await manager.complaints.classify({
      complaintId: globalId("Complaint", "00000000-0000-7000-8000-000000000000"),
      facts: {},
    });
    expect(!missing.ok && missing.error).toMatchObject({
      __typename: "NotFoundError",
      path: ["input", "complaintId"],
    });
    const forbidden = await owner.complaints.classify({ complaintId: await fileComplaint(), facts: {} });
    expect(!forbidden.ok && forbidden.error.__typename).toBe("ForbiddenError");
  });

  it("unwrap turns an error value into a thrown WuyeMutationError for callers who prefer that", async () => {
    const result = await owner.complaints.file({ unitId: globalId("Unit", world.ownerUnitId), content: "" });
    const error = (() => {
      try {
        unwrap(result);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(WuyeMutationError);
    expect(error).toMatchObject({
      code: "API_VALIDATION_FAILED",
      path: ["input", "content"],
      requestId: expect.any(String),
    });
  });
});

describe("thrown errors", () => {
  it("a query the viewer may not run is a WuyeGraphQLError with the API's code and request id", async () => {
    const anonymous = createWuyeClient({ url: api.url });
    const error = await anonymous.complaints
      .list()
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WuyeGraphQLError);
    expect(error).toMatchObject({
      code: expect.stringMatching(/^(AUTH_REQUIRED|API_FORBIDDEN)$/),
      requestId: expect.any(String),
    });
    expect((error as WuyeGraphQLError).messageZh).toBeTruthy();
  });

  it("a malformed document is a WuyeGraphQLError with the HTTP status", async () => {
    const error = await manager.request("{ viewer { noSuchField } }").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WuyeGraphQLError);
    expect(error).toMatchObject({ status: 400 });
  });
});

describe("the escape hatch", () => {
  it("sends any typed document and returns its typed data", async () => {
    await fileComplaint("楼道灯不亮");
    const data: ComplaintsQuery = await manager.request(ComplaintsDocument, { first: 2 });
    expect(data.complaints?.edges.length).toBeGreaterThan(0);
  });

  it("sends a plain string with variables, the result typed by the caller", async () => {
    const data = await manager.request<
      { node: { __typename: string; number?: string } | null },
      { id: string }
    >("query ($id: ID!) { node(id: $id) { __typename ... on Unit { number } } }", {
      id: globalId("Unit", world.ownerUnitId),
    });
    expect(data.node).toEqual({ __typename: "Unit", number: "1-0001" });
  });

  it("sends a parsed document by its source text, without a printer in the bundle", async () => {
    const { parse } = await import("graphql");
    const data = await manager.request<{ viewer: { role: string } }, Record<string, never>>(
      parse("query Who { viewer { role } }"),
    );
    expect(data.viewer.role).toBe("manager");
  });
});
