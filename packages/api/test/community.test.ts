import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_FIELDS, mutate, refusalCodes } from "./estate-support.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { createWorld, globalId, tokensFor, type World } from "./support/world.ts";

/** A fixed clock: Monday 2 March 2026, 09:00 in Shanghai. */
const NOW = new Date("2026-03-02T01:00:00.000Z");

let api: TestApi;
let world: World;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let otherBuildingId: string;

beforeAll(async () => {
  api = await startTestApi({ now: () => NOW });
  world = await createWorld(api.db.prisma);
  tokens = await tokensFor(api, world);
  const other = await api.db.prisma.building.create({ data: { estateId: world.estateId, name: "5栋" } });
  otherBuildingId = other.id;
});
afterAll(async () => {
  await api?.close();
});

const estate = () => globalId("Estate", world.estateId);

const PUBLISH = `mutation ($input: AnnouncementPublishInput!) { announcementPublish(input: $input) { __typename
  ... on AnnouncementPublishPayload { announcement { id title current validFrom validUntil buildings { name } } } ${ERROR_FIELDS} } }`;

async function titlesSeenBy(token: string | undefined, filter: Record<string, unknown> = {}) {
  const result = await api.graphql<{ announcements: { edges: { node: { title: string } }[] } }>(
    "query ($filter: AnnouncementFilter) { announcements(filter: $filter, first: 100) { edges { node { title } } } }",
    { token, variables: { filter } },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.announcements.edges.map((e) => e.node.title);
}

/** Opens an SSE subscription and resolves with its first event. */
async function firstEvent(token: string, query: string) {
  const controller = new AbortController();
  const response = await fetch(api.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const event = (async () => {
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error("stream ended");
      buffer += decoder.decode(value, { stream: true });
      const line = buffer.split("\n").find((l) => l.startsWith("data:") && l.length > 6);
      if (line) return JSON.parse(line.slice(5)) as { data: Record<string, unknown> };
    }
  })();
  return { event, close: () => controller.abort() };
}

describe("R-COM-1 announcements", () => {
  it("published to the estate: owners see it, and subscribers are told once it is committed", async () => {
    const subscription = await firstEvent(
      tokens.owner!,
      "subscription { announcementPublished { title estate { name } } }",
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const result = await mutate(api, PUBLISH, "announcementPublish", tokens.customer_service, {
      estateId: estate(),
      title: "停水通知",
      body: "3月4日 9:00-12:00 停水",
      validUntil: "2026-03-05T00:00:00.000Z",
    });
    expect(result.announcement).toMatchObject({ current: true, validFrom: NOW.toISOString(), buildings: [] });
    const event = await subscription.event;
    subscription.close();
    expect(event.data.announcementPublished).toEqual({ title: "停水通知", estate: { name: "Sunny Garden" } });
    expect(await titlesSeenBy(tokens.owner)).toContain("停水通知");
  });

  it("published to one building: only its residents see it; staff see it all", async () => {
    await mutate(api, PUBLISH, "announcementPublish", tokens.manager, {
      estateId: estate(),
      buildingIds: [globalId("Building", otherBuildingId)],
      title: "5栋电梯检修",
      body: "周五检修",
    });
    await mutate(api, PUBLISH, "announcementPublish", tokens.manager, {
      estateId: estate(),
      buildingIds: [globalId("Building", world.buildingId)],
      title: "3栋外墙清洗",
      body: "周六清洗",
    });
    const owners = await titlesSeenBy(tokens.owner);
    expect(owners).toContain("3栋外墙清洗");
    expect(owners).not.toContain("5栋电梯检修");
    expect(await titlesSeenBy(tokens.security)).toEqual(
      expect.arrayContaining(["3栋外墙清洗", "5栋电梯检修"]),
    );
  });

  it("owners see only current announcements; staff can ask for the current ones", async () => {
    await mutate(api, PUBLISH, "announcementPublish", tokens.manager, {
      estateId: estate(),
      title: "已过期",
      body: "旧通知",
      validFrom: "2026-01-01T00:00:00.000Z",
      validUntil: "2026-02-01T00:00:00.000Z",
    });
    await mutate(api, PUBLISH, "announcementPublish", tokens.manager, {
      estateId: estate(),
      title: "下周生效",
      body: "新规定",
      validFrom: "2026-03-09T00:00:00.000Z",
    });
    const owners = await titlesSeenBy(tokens.owner);
    expect(owners).not.toContain("已过期");
    expect(owners).not.toContain("下周生效");
    const staff = await titlesSeenBy(tokens.manager, { current: true });
    expect(staff).not.toContain("已过期");
    expect(await titlesSeenBy(tokens.manager)).toContain("已过期");
  });

  it("a validity ending before it starts, a building of another estate, and the wrong roles", async () => {
    const backwards = await mutate(api, PUBLISH, "announcementPublish", tokens.manager, {
      estateId: estate(),
      title: "x",
      body: "y",
      validFrom: "2026-03-10T00:00:00.000Z",
      validUntil: "2026-03-09T00:00:00.000Z",
    });
    expect(backwards).toMatchObject({
      __typename: "ValidationError",
      code: "COM_VALIDITY_INVALID",
      path: ["input", "validUntil"],
    });
    const foreign = await api.db.prisma.building.findFirstOrThrow({
      where: { estateId: world.otherEstateId },
    });
    const elsewhere = await mutate(api, PUBLISH, "announcementPublish", tokens.manager, {
      estateId: estate(),
      buildingIds: [globalId("Building", foreign.id)],
      title: "x",
      body: "y",
    });
    expect(elsewhere).toMatchObject({ __typename: "NotFoundError", path: ["input", "buildingIds"] });
    const empty = await mutate(api, PUBLISH, "announcementPublish", tokens.manager, {
      estateId: estate(),
      title: " ",
      body: "y",
    });
    expect(empty).toMatchObject({ __typename: "ValidationError", path: ["input", "title"] });
    for (const role of ["security", "owner", "apiKey"] as const) {
      const result = await mutate(api, PUBLISH, "announcementPublish", tokens[role], {
        estateId: estate(),
        title: "x",
        body: "y",
      });
      expect(result.__typename, role).toBe("ForbiddenError");
    }
  });
});

const EVENT =
  "event { id status version feedback budget registrations { totalCount } history { edges { node { action fromState toState } } } }";
const eventMutation = (field: string) => {
  const type = field.charAt(0).toUpperCase() + field.slice(1);
  return `mutation ($input: ${type}Input!) { ${field}(input: $input) { __typename ... on ${type}Payload { ${EVENT} } ${ERROR_FIELDS} } }`;
};
const REGISTER_EVENT = `mutation ($input: CommunityEventRegisterInput!) { communityEventRegister(input: $input) { __typename
  ... on CommunityEventRegisterPayload { registration { name attendees } event { registrations { totalCount } } } ${ERROR_FIELDS} } }`;

async function planEvent(startsAt = "2026-03-01T02:00:00.000Z") {
  const planned = await mutate(
    api,
    eventMutation("communityEventPlan"),
    "communityEventPlan",
    tokens.customer_service,
    {
      estateId: estate(),
      theme: "植树节活动",
      venue: "北区绿地",
      budget: "2500.00",
      startsAt,
    },
  );
  return planned.event as { id: string; status: string; version: number };
}
const step = (field: string, input: Record<string, unknown>, token = tokens.customer_service) =>
  mutate(api, eventMutation(field), field, token, input);

describe("R-COM-2 community events", () => {
  it("plan → publicise → registration → held → archived with feedback, each step in the history", async () => {
    const event = await planEvent();
    expect(event).toMatchObject({ status: "planned", version: 0 });
    const hidden = await api.graphql<{ node: unknown }>("query ($id: ID!) { node(id: $id) { id } }", {
      token: tokens.owner,
      variables: { id: event.id },
    });
    expect(hidden.data?.node).toBeNull();
    await step("communityEventPublicise", { eventId: event.id, expectedVersion: 0 });
    const early = await mutate(api, REGISTER_EVENT, "communityEventRegister", tokens.owner, {
      eventId: event.id,
    });
    expect(early).toMatchObject({ __typename: "RefusalError", code: "COM_REGISTRATION_CLOSED" });
    await step("communityEventOpenRegistration", { eventId: event.id });
    const registered = await mutate(api, REGISTER_EVENT, "communityEventRegister", tokens.owner, {
      eventId: event.id,
      attendees: 3,
    });
    expect(registered).toMatchObject({
      registration: { name: "owner person", attendees: 3 },
      event: { registrations: { totalCount: 1 } },
    });
    const twice = await mutate(api, REGISTER_EVENT, "communityEventRegister", tokens.owner, {
      eventId: event.id,
    });
    expect(twice).toMatchObject({ __typename: "RefusalError", code: "COM_ALREADY_REGISTERED" });
    const byDesk = await mutate(api, REGISTER_EVENT, "communityEventRegister", tokens.customer_service, {
      eventId: event.id,
    });
    expect(byDesk).toMatchObject({ __typename: "ValidationError", path: ["input", "name"] });
    await mutate(api, REGISTER_EVENT, "communityEventRegister", tokens.customer_service, {
      eventId: event.id,
      name: "电话报名 孙",
    });
    await step("communityEventHold", { eventId: event.id });
    const noFeedback = await step("communityEventArchive", { eventId: event.id, feedback: " " });
    expect(noFeedback).toMatchObject({ __typename: "RefusalError", code: "COM_EVENT_FEEDBACK_REQUIRED" });
    const archived = await step("communityEventArchive", {
      eventId: event.id,
      feedback: "参与踊跃，植树 60 棵",
    });
    expect(archived.event).toMatchObject({
      status: "archived",
      feedback: "参与踊跃，植树 60 棵",
      budget: "2500.00",
      registrations: { totalCount: 2 },
    });
    const history = (archived.event as { history: { edges: { node: { action: string } }[] } }).history.edges;
    expect(history.map((e) => e.node.action)).toEqual([
      "plan",
      "publicise",
      "openRegistration",
      "hold",
      "archive",
    ]);
  });

  it("an event is not held before it starts; a cancellation needs a reason", async () => {
    const event = await planEvent("2026-04-01T02:00:00.000Z");
    await step("communityEventPublicise", { eventId: event.id });
    const early = await step("communityEventHold", { eventId: event.id });
    expect(early).toMatchObject({
      __typename: "RefusalError",
      code: "COM_EVENT_NOT_STARTED",
      rule: "R-COM-2",
    });
    const noReason = await step("communityEventCancel", { eventId: event.id, reason: "" });
    expect(refusalCodes(noReason)).toEqual(["COM_EVENT_CANCEL_REASON_REQUIRED"]);
    const cancelled = await step("communityEventCancel", { eventId: event.id, reason: "场地维修" });
    expect(cancelled.event).toMatchObject({ status: "cancelled" });
    const after = await step("communityEventPublicise", { eventId: event.id });
    expect(after).toMatchObject({ __typename: "RefusalError", code: "WORKFLOW_ACTION_NOT_ALLOWED" });
  });

  it("an event ending before it starts is malformed; a stale version is a conflict; only the desk acts", async () => {
    const backwards = await mutate(
      api,
      eventMutation("communityEventPlan"),
      "communityEventPlan",
      tokens.manager,
      {
        estateId: estate(),
        theme: "x",
        venue: "y",
        startsAt: "2026-04-02T00:00:00.000Z",
        endsAt: "2026-04-01T00:00:00.000Z",
      },
    );
    expect(backwards).toMatchObject({
      __typename: "ValidationError",
      code: "COM_EVENT_PERIOD_INVALID",
      path: ["input", "endsAt"],
    });
    const event = await planEvent();
    const stale = await step("communityEventPublicise", { eventId: event.id, expectedVersion: 4 });
    expect(stale).toMatchObject({ __typename: "ConflictError" });
    const security = await step("communityEventPublicise", { eventId: event.id }, tokens.security);
    expect(security.__typename).toBe("ForbiddenError");
  });
});

const SURVEY = `survey { id status questions { questionId serviceArea } responseCount
  results { status numerator denominator percentage formula { en zh } byServiceArea { serviceArea rate { numerator denominator percentage } } } }`;
const surveyMutation = (field: string) => {
  const type = field.charAt(0).toUpperCase() + field.slice(1);
  return `mutation ($input: ${type}Input!) { ${field}(input: $input) { __typename ... on ${type}Payload { ${SURVEY} } ${ERROR_FIELDS} } }`;
};
const RESPOND = `mutation ($input: SurveyRespondInput!) { surveyRespond(input: $input) { __typename
  ... on SurveyRespondPayload { scores survey { responseCount } } ${ERROR_FIELDS} } }`;

async function createSurvey(from = "2026-03-01", to = "2026-03-31") {
  const created = await mutate(api, surveyMutation("surveyCreate"), "surveyCreate", tokens.manager, {
    estateId: estate(),
    title: "2026 年一季度满意度调查",
    periodStart: from,
    periodEnd: to,
    questions: [
      { text: "您对保洁是否满意", serviceArea: "cleaning" },
      { text: "您对秩序维护是否满意", serviceArea: "security" },
      { text: "您对公共区域卫生是否满意", serviceArea: "cleaning" },
    ],
  });
  return created.survey as { id: string; status: string };
}
const answers = (q1: string, q2: string, q3: string) => [
  { questionId: "q1", rating: q1 },
  { questionId: "q2", rating: q2 },
  { questionId: "q3", rating: q3 },
];

describe("R-COM-3 satisfaction surveys", () => {
  it("drafted, opened, answered once per unit, scored by service area with the domain's satisfaction rate, closed", async () => {
    const survey = await createSurvey();
    expect(survey.status).toBe("draft");
    const draft = await mutate(api, RESPOND, "surveyRespond", tokens.manager, {
      surveyId: survey.id,
      unitId: globalId("Unit", world.ownerUnitId),
      answers: answers("satisfied", "satisfied", "satisfied"),
    });
    expect(draft).toMatchObject({ __typename: "RefusalError", code: "COM_SURVEY_NOT_OPEN" });
    await mutate(api, surveyMutation("surveyOpen"), "surveyOpen", tokens.customer_service, {
      surveyId: survey.id,
    });
    const owner = await mutate(api, RESPOND, "surveyRespond", tokens.owner, {
      surveyId: survey.id,
      unitId: globalId("Unit", world.ownerUnitId),
      answers: answers("verySatisfied", "dissatisfied", "satisfied"),
    });
    expect(owner).toMatchObject({
      scores: { cleaning: "4.50", security: "2.00" },
      survey: { responseCount: 1 },
    });
    const twice = await mutate(api, RESPOND, "surveyRespond", tokens.owner, {
      surveyId: survey.id,
      unitId: globalId("Unit", world.ownerUnitId),
      answers: answers("satisfied", "satisfied", "satisfied"),
    });
    expect(twice).toMatchObject({ __typename: "RefusalError", code: "COM_SURVEY_ALREADY_ANSWERED" });
    const foreign = await mutate(api, RESPOND, "surveyRespond", tokens.owner, {
      surveyId: survey.id,
      unitId: globalId("Unit", world.tenantUnitId),
      answers: answers("satisfied", "satisfied", "satisfied"),
    });
    expect(foreign).toMatchObject({ __typename: "NotFoundError", path: ["input", "unitId"] });
    const incomplete = await mutate(api, RESPOND, "surveyRespond", tokens.tenant, {
      surveyId: survey.id,
      unitId: globalId("Unit", world.tenantUnitId),
      answers: [
        { questionId: "q1", rating: "neutral" },
        { questionId: "q9", rating: "neutral" },
      ],
    });
    expect(incomplete).toMatchObject({
      __typename: "ValidationError",
      code: "COM_SURVEY_ANSWERS_INVALID",
      path: ["input", "answers"],
    });
    await mutate(api, RESPOND, "surveyRespond", tokens.customer_service, {
      surveyId: survey.id,
      unitId: globalId("Unit", world.tenantUnitId),
      answers: answers("neutral", "verySatisfied", "satisfied"),
    });
    const closed = await mutate(api, surveyMutation("surveyClose"), "surveyClose", tokens.manager, {
      surveyId: survey.id,
    });
    expect(closed.survey).toMatchObject({
      status: "closed",
      responseCount: 2,
      results: {
        status: "ok",
        numerator: 4,
        denominator: 6,
        percentage: "66.67%",
        byServiceArea: [
          { serviceArea: "cleaning", rate: { numerator: 3, denominator: 4, percentage: "75.00%" } },
          { serviceArea: "security", rate: { numerator: 1, denominator: 2, percentage: "50.00%" } },
        ],
      },
    });
  });

  it("answers only within the survey period; a survey with no questions is not opened; bad periods are malformed", async () => {
    const later = await createSurvey("2026-04-01", "2026-04-30");
    await mutate(api, surveyMutation("surveyOpen"), "surveyOpen", tokens.manager, { surveyId: later.id });
    const outside = await mutate(api, RESPOND, "surveyRespond", tokens.owner, {
      surveyId: later.id,
      unitId: globalId("Unit", world.ownerUnitId),
      answers: answers("satisfied", "satisfied", "satisfied"),
    });
    expect(outside).toMatchObject({ __typename: "RefusalError", code: "COM_SURVEY_OUTSIDE_PERIOD" });
    const empty = await mutate(api, surveyMutation("surveyCreate"), "surveyCreate", tokens.manager, {
      estateId: estate(),
      title: "空问卷",
      periodStart: "2026-03-01",
      periodEnd: "2026-03-31",
      questions: [],
    });
    const opened = await mutate(api, surveyMutation("surveyOpen"), "surveyOpen", tokens.manager, {
      surveyId: (empty.survey as { id: string }).id,
    });
    expect(opened).toMatchObject({ __typename: "RefusalError", code: "COM_SURVEY_NO_QUESTIONS" });
    const backwards = await mutate(api, surveyMutation("surveyCreate"), "surveyCreate", tokens.manager, {
      estateId: estate(),
      title: "x",
      periodStart: "2026-03-31",
      periodEnd: "2026-03-01",
      questions: [{ text: "q", serviceArea: "cleaning" }],
    });
    expect(backwards).toMatchObject({ __typename: "ValidationError", code: "COM_SURVEY_PERIOD_INVALID" });
    const badArea = await mutate(api, surveyMutation("surveyCreate"), "surveyCreate", tokens.manager, {
      estateId: estate(),
      title: "x",
      periodStart: "2026-03-01",
      periodEnd: "2026-03-31",
      questions: [{ text: "q", serviceArea: "Bad Area!" }],
    });
    expect(badArea).toMatchObject({ __typename: "ValidationError" });
  });

  it("owners see opened surveys but not drafts, and not the results", async () => {
    const draft = await createSurvey();
    const hidden = await api.graphql<{ node: unknown }>("query ($id: ID!) { node(id: $id) { id } }", {
      token: tokens.owner,
      variables: { id: draft.id },
    });
    expect(hidden.data?.node).toBeNull();
    await mutate(api, surveyMutation("surveyOpen"), "surveyOpen", tokens.manager, { surveyId: draft.id });
    const results = await api.graphql<{ node: unknown }>(
      "query ($id: ID!) { node(id: $id) { ... on Survey { title results { status } } } }",
      { token: tokens.owner, variables: { id: draft.id } },
    );
    expect(results.errors?.[0]?.extensions).toMatchObject({ code: "API_FORBIDDEN" });
  });
});
