import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ViewerRole } from "../src/auth/index.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, login, tokensFor, type World } from "./support/world.ts";

/** Tuesday 3 March 2026, 14:00 in Shanghai; tests move the clock and sign in again. */
const START = new Date("2026-03-03T06:00:00.000Z");
let clock = START;
const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

let api: TestApi;
let world: World;
let tokens: Record<ViewerRole, string | undefined>;

async function setClock(at: Date): Promise<void> {
  clock = at;
  tokens = await tokensFor(api, world);
}

beforeAll(async () => {
  api = await startTestApi({ now: () => clock, loginRateLimit: { perPhone: 1000, perIp: 1000 } });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
});
afterAll(async () => {
  await api?.close();
});
beforeEach(async () => {
  if (clock !== START) await setClock(START);
});

const FIELDS = `fragment ServiceRequestFields on ServiceRequest {
  id kind callerName numberShown subject status receivedAt answer answeredAt forwardedTo forwardedAt
  promisedReplyAt version handler attention overdueSteps
  escalation { to reasons due }
  followUps { note at actorRole replyBy }
  deadlines { step rule due state metAt lateByMinutes }
  unit { number }
  history { edges { node { action fromState toState actorRole } } }
}`;

type Json = Record<string, unknown>;
type Result = Json & { __typename: string; serviceRequest?: Json & { id: string }; escalation?: Json | null };

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

async function mutate(name: string, role: ViewerRole | undefined, input: Json): Promise<Result> {
  const extra = name === "serviceRequestLog" ? "escalation { to reasons due }" : "";
  const document = `mutation ($input: ${upperFirst(name)}Input!) {
    ${name}(input: $input) {
      __typename
      ... on ${upperFirst(name)}Payload { serviceRequest { ...ServiceRequestFields } ${extra} }
      ... on Error { code message messageZh path }
      ... on RefusalError { rule refusals { code } }
    }
  }
  ${FIELDS}`;
  const token = role ? tokens[role] : undefined;
  const result = await api.graphql<Record<string, Result>>(document, { token, variables: { input } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data![name]!;
}

const call = (extra: Json = {}) => ({
  unitId: globalId("Unit", world.ownerUnitId),
  kind: "call",
  callerName: "周女士",
  numberShown: "13900001111",
  subject: "天花板漏水",
  ...extra,
});

async function logged(extra: Json = {}): Promise<string> {
  const result = await mutate("serviceRequestLog", "customer_service", call(extra));
  expect(result.__typename, JSON.stringify(result)).toBe("ServiceRequestLogPayload");
  return result.serviceRequest!.id;
}

describe("R-SVC-1/2 logging a call or visit", () => {
  it("logs the call; forwarding is due within 10 minutes; an urgent matter is reported at once", async () => {
    const result = await mutate("serviceRequestLog", "customer_service", call({ attention: ["urgent"] }));
    expect(result.escalation).toEqual({ to: "supervisor", reasons: ["urgent"], due: START.toISOString() });
    expect(result.serviceRequest).toMatchObject({
      kind: "call",
      status: "logged",
      numberShown: "13900001111",
      receivedAt: START.toISOString(),
      attention: ["urgent"],
      unit: { number: "3-0101" },
      deadlines: [{ step: "forward", rule: "R-SVC-2", due: minutes(10).toISOString(), state: "pending" }],
      history: { edges: [{ node: { action: "log", fromState: "logged", toState: "logged" } }] },
    });
  });

  it("a visit without the caller's name is malformed input, with the domain's code and path", async () => {
    const result = await mutate("serviceRequestLog", "manager", call({ kind: "visit", callerName: " " }));
    expect(result).toMatchObject({
      __typename: "ValidationError",
      code: "SVC_CALLER_REQUIRED",
      path: ["input", "caller", "name"],
    });
    const noSubject = await mutate("serviceRequestLog", "manager", call({ subject: "" }));
    expect(noSubject).toMatchObject({ __typename: "ValidationError", code: "SVC_SUBJECT_REQUIRED" });
  });

  it("only the desk logs contacts; another estate's unit is not found", async () => {
    for (const role of ["engineering", "security", "owner", "apiKey"] as const) {
      expect((await mutate("serviceRequestLog", role, call())).__typename, role).toBe("ForbiddenError");
    }
    const other = await mutate(
      "serviceRequestLog",
      "customer_service",
      call({ unitId: globalId("Unit", world.otherUnitId) }),
    );
    expect(other).toMatchObject({ __typename: "NotFoundError", path: ["input", "unitId"] });
  });
});

describe("R-SVC-1/3 the desk's steps", () => {
  it("settled on the spot: the forwarding step is met and the record is final", async () => {
    const serviceRequestId = await logged();
    await setClock(minutes(3));
    const settled = await mutate("serviceRequestSettle", "customer_service", {
      serviceRequestId,
      answer: "已告知关闭总阀",
    });
    expect(settled.serviceRequest).toMatchObject({
      status: "settled",
      answer: "已告知关闭总阀",
      deadlines: [{ step: "forward", state: "metOnTime", metAt: minutes(3).toISOString() }],
    });
    const again = await mutate("serviceRequestForward", "customer_service", {
      serviceRequestId,
      department: "engineering",
      handler: "赵磊",
      replyBy: minutes(60).toISOString(),
    });
    expect(again).toMatchObject({ __typename: "RefusalError", code: "WORKFLOW_ACTION_NOT_ALLOWED" });
  });

  it("forwarded late, followed up with a new reply time, answered and closed", async () => {
    const serviceRequestId = await logged();
    await setClock(minutes(12));
    const overdue = await api.graphql<{ serviceRequests: { edges: { node: Json }[] } }>(
      `{ serviceRequests(first: 50, filter: { overdue: true }) { edges { node { id overdueSteps } } } }`,
      { token: tokens.customer_service },
    );
    expect(overdue.data?.serviceRequests.edges.map((e) => e.node)).toContainEqual({
      id: serviceRequestId,
      overdueSteps: ["forward"],
    });
    const forwarded = await mutate("serviceRequestForward", "customer_service", {
      serviceRequestId,
      department: "engineering",
      handler: "赵磊",
      replyBy: minutes(120).toISOString(),
    });
    expect(forwarded.serviceRequest).toMatchObject({
      status: "forwarded",
      forwardedTo: "engineering",
      handler: "赵磊",
      promisedReplyAt: minutes(120).toISOString(),
      deadlines: [
        { step: "forward", state: "metLate", lateByMinutes: 2 },
        { step: "reply", state: "pending", due: minutes(120).toISOString() },
      ],
    });
    await setClock(minutes(100));
    const followed = await mutate("serviceRequestFollowUp", "manager", {
      serviceRequestId,
      note: "工程部需等配件",
      replyBy: minutes(240).toISOString(),
    });
    expect(followed.serviceRequest).toMatchObject({
      status: "forwarded",
      promisedReplyAt: minutes(240).toISOString(),
      followUps: [{ note: "工程部需等配件", actorRole: "manager", replyBy: minutes(240).toISOString() }],
      deadlines: [
        { step: "forward" },
        { step: "reply", state: "metOnTime" },
        { step: "reply", state: "pending" },
      ],
    });
    await setClock(minutes(200));
    const answered = await mutate("serviceRequestAnswer", "customer_service", {
      serviceRequestId,
      answer: "已更换水管",
    });
    expect(answered.serviceRequest).toMatchObject({
      status: "answered",
      answeredAt: minutes(200).toISOString(),
    });
    const closed = await mutate("serviceRequestClose", "customer_service", { serviceRequestId });
    expect(closed.serviceRequest).toMatchObject({ status: "closed", overdueSteps: [] });
    const history = closed.serviceRequest?.history as { edges: { node: { action: string } }[] } | undefined;
    expect(history?.edges.map((e) => e.node.action)).toEqual([
      "log",
      "forward",
      "followUp",
      "answer",
      "close",
    ]);
  });

  it("a promised reply not given shows overdue; the filter finds it, and not the others", async () => {
    const serviceRequestId = await logged();
    await mutate("serviceRequestForward", "customer_service", {
      serviceRequestId,
      department: "security",
      handler: "王队长",
      replyBy: minutes(30).toISOString(),
    });
    await setClock(minutes(45));
    const result = await api.graphql<{ serviceRequests: { edges: { node: Json }[] } }>(
      `{ serviceRequests(first: 100, filter: { overdue: true, status: [forwarded] }) { edges { node { id overdueSteps } } } }`,
      { token: tokens.manager },
    );
    expect(result.data?.serviceRequests.edges.map((e) => e.node)).toContainEqual({
      id: serviceRequestId,
      overdueSteps: ["reply"],
    });
    const onTime = await api.graphql<{ serviceRequests: { edges: { node: Json }[] } }>(
      `{ serviceRequests(first: 100, filter: { overdue: false }) { edges { node { id overdueSteps } } } }`,
      { token: tokens.manager },
    );
    const ids = onTime.data?.serviceRequests.edges.map((e) => e.node.id);
    expect(ids).not.toContain(serviceRequestId);
    for (const edge of onTime.data?.serviceRequests.edges ?? []) expect(edge.node.overdueSteps).toEqual([]);
  });

  it("every step's refusals come back with the domain's codes", async () => {
    const serviceRequestId = await logged();
    const noAnswer = await mutate("serviceRequestSettle", "customer_service", {
      serviceRequestId,
      answer: " ",
    });
    expect(noAnswer).toMatchObject({
      __typename: "RefusalError",
      code: "SVC_ANSWER_REQUIRED",
      rule: "R-SVC-1",
    });
    const noHandler = await mutate("serviceRequestForward", "customer_service", {
      serviceRequestId,
      department: "engineering",
      handler: "",
      replyBy: minutes(-5).toISOString(),
    });
    expect(noHandler).toMatchObject({ __typename: "RefusalError", code: "SVC_HANDLER_REQUIRED" });
    expect((noHandler.refusals as { code: string }[]).map((r) => r.code)).toEqual([
      "SVC_HANDLER_REQUIRED",
      "SVC_REPLY_TIME_NOT_AFTER_NOW",
    ]);
    await mutate("serviceRequestForward", "customer_service", {
      serviceRequestId,
      department: "engineering",
      handler: "赵磊",
      replyBy: minutes(60).toISOString(),
    });
    const noNote = await mutate("serviceRequestFollowUp", "customer_service", { serviceRequestId, note: "" });
    expect(noNote).toMatchObject({ __typename: "RefusalError", code: "SVC_FOLLOW_UP_NOTE_REQUIRED" });
    const early = await mutate("serviceRequestClose", "customer_service", { serviceRequestId });
    expect(early).toMatchObject({ __typename: "RefusalError", code: "WORKFLOW_ACTION_NOT_ALLOWED" });
    await setClock(minutes(-30));
    const backdated = await mutate("serviceRequestAnswer", "customer_service", {
      serviceRequestId,
      answer: "x",
    });
    expect(backdated).toMatchObject({ __typename: "RefusalError", code: "SVC_TIME_BEFORE_LAST_STEP" });
  });

  it("a stale version is a conflict; other roles are refused; unknown ids are not found", async () => {
    const serviceRequestId = await logged();
    const stale = await mutate("serviceRequestSettle", "customer_service", {
      serviceRequestId,
      answer: "x",
      expectedVersion: 3,
    });
    expect(stale).toMatchObject({ __typename: "ConflictError", code: "API_STALE_RECORD" });
    for (const role of ["engineering", "owner", "apiKey"] as const) {
      expect((await mutate("serviceRequestSettle", role, { serviceRequestId, answer: "x" })).__typename).toBe(
        "ForbiddenError",
      );
    }
    const missing = await mutate("serviceRequestSettle", "customer_service", {
      serviceRequestId: globalId("ServiceRequest", "00000000-0000-7000-8000-000000000000"),
      answer: "x",
    });
    expect(missing).toMatchObject({ __typename: "NotFoundError", path: ["input", "serviceRequestId"] });
  });
});

describe("who sees calls and visits", () => {
  it("staff see the estate's; a resident only those logged under their name; the number is masked for others", async () => {
    const own = await mutate(
      "serviceRequestLog",
      "customer_service",
      call({ personId: globalId("Person", world.ownerPersonId), numberShown: world.phones.owner }),
    );
    const ownId = own.serviceRequest!.id;
    const query = "query ($id: ID!) { node(id: $id) { ... on ServiceRequest { id numberShown } } }";
    const asOwner = await api.graphql<{ node: Json | null }>(query, {
      token: tokens.owner,
      variables: { id: ownId },
    });
    expect(asOwner.data?.node).toEqual({ id: ownId, numberShown: world.phones.owner });
    const asTenant = await api.graphql<{ node: Json | null }>(query, {
      token: tokens.tenant,
      variables: { id: ownId },
    });
    expect(asTenant.data?.node).toBeNull();
    const asSecurity = await api.graphql<{ node: Json | null }>(query, {
      token: tokens.security,
      variables: { id: ownId },
    });
    expect(asSecurity.data?.node?.numberShown).toMatch(/^\d{3}\*{4}\d{4}$/);
    const list = await api.graphql<{ serviceRequests: { totalCount: number } }>(
      "{ serviceRequests(first: 5) { totalCount } }",
      { token: tokens.owner },
    );
    expect(list.data?.serviceRequests.totalCount).toBe(1);
    const key = await api.graphql("{ serviceRequests(first: 5) { totalCount } }", { token: tokens.apiKey });
    expect(key.errors?.[0]?.extensions?.code).toBe("API_FORBIDDEN");
  });
});

describe("N+1: service requests with their history and deadlines", () => {
  it("cost the same number of statements at page size 10 and 100", async () => {
    const prisma = api.db.prisma;
    for (let i = 0; i < 110; i += 1) {
      const row = await prisma.serviceRequest.create({
        data: {
          estateId: world.estateId,
          kind: "call",
          callerName: `来电 ${i}`,
          subject: "咨询",
          receivedAt: START,
          takenById: world.userIds.customer_service!,
        },
      });
      await prisma.workflowEvent.create({
        data: {
          workflow: "service request",
          recordId: row.id,
          action: "log",
          fromState: "logged",
          toState: "logged",
          actorRole: "customer_service",
          at: START,
        },
      });
    }
    const manager = (await login(api, world.phones.manager!)).accessToken;
    const query = `query ($first: Int!) { serviceRequests(first: $first) {
      edges { node { subject unit { number } deadlines { step state } handler history { edges { node { action } } } } } } }`;
    const count = async (first: number) => {
      api.sql.length = 0;
      await api.graphql("{ viewer { role } }", { token: manager });
      const authentication = api.sql.length;
      api.sql.length = 0;
      const result = await api.graphql(query, { token: manager, variables: { first } });
      expect(result.errors).toBeUndefined();
      return api.sql.length - authentication;
    };
    const ten = await count(10);
    expect(await count(100)).toBe(ten);
    expect(ten).toBeGreaterThan(0);
  });
});
