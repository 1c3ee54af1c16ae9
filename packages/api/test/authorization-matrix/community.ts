import type { WuyeDb } from "../../src/db/index.ts";
import type { CommunityEventStatus, SurveyStatus } from "../../src/generated/prisma/enums.ts";
import { globalId, type World } from "../support/world.ts";
import { type MatrixRows, staff } from "./types.ts";

/** Community: announcements, community events, satisfaction surveys (R-COM-1…3). */

const DESK = ["customer_service", "manager"] as const;

async function eventIn(world: World, prisma: WuyeDb, status: CommunityEventStatus) {
  const event = await prisma.communityEvent.create({
    data: {
      estateId: world.estateId,
      theme: "中秋游园会",
      venue: "中心广场",
      startsAt: new Date("2025-09-01T10:00:00Z"),
      status,
    },
  });
  return globalId("CommunityEvent", event.id);
}

async function surveyIn(world: World, prisma: WuyeDb, status: SurveyStatus) {
  const survey = await prisma.survey.create({
    data: {
      estateId: world.estateId,
      title: "年度满意度调查",
      periodStart: new Date("2020-01-01"),
      periodEnd: new Date("2099-12-31"),
      questions: [{ id: "q1", text: "保洁", serviceArea: "cleaning" }],
      status,
    },
  });
  return globalId("Survey", survey.id);
}

const step = (field: string, status: CommunityEventStatus, extra: Record<string, string> = {}) => ({
  allowed: DESK,
  document: `mutation ($input: ${field.charAt(0).toUpperCase()}${field.slice(1)}Input!) { ${field}(input: $input) { __typename } }`,
  variables: async (w: World, prisma: WuyeDb) => ({
    input: { eventId: await eventIn(w, prisma, status), ...extra },
  }),
});

export const COMMUNITY_MATRIX: MatrixRows = {
  "Query.announcements": {
    allowed: [...staff, "owner", "tenant"],
    document: "{ announcements(first: 1) { edges { cursor } } }",
  },
  "Query.communityEvents": {
    allowed: [...staff, "owner", "tenant"],
    document: "{ communityEvents(first: 1) { edges { cursor } } }",
  },
  "Query.surveys": {
    allowed: [...staff, "owner", "tenant"],
    document: "{ surveys(first: 1) { edges { cursor } } }",
  },
  "Mutation.announcementPublish": {
    allowed: DESK,
    document:
      "mutation ($input: AnnouncementPublishInput!) { announcementPublish(input: $input) { __typename } }",
    variables: (w) => ({
      input: { estateId: globalId("Estate", w.estateId), title: "停水通知", body: "周三停水" },
    }),
  },
  "Mutation.communityEventPlan": {
    allowed: DESK,
    document:
      "mutation ($input: CommunityEventPlanInput!) { communityEventPlan(input: $input) { __typename } }",
    variables: (w) => ({
      input: {
        estateId: globalId("Estate", w.estateId),
        theme: "亲子运动会",
        venue: "东区草坪",
        budget: "3000.00",
        startsAt: "2026-06-01T02:00:00.000Z",
      },
    }),
  },
  "Mutation.communityEventPublicise": step("communityEventPublicise", "planned"),
  "Mutation.communityEventOpenRegistration": step("communityEventOpenRegistration", "publicised"),
  "Mutation.communityEventHold": step("communityEventHold", "registrationOpen"),
  "Mutation.communityEventArchive": step("communityEventArchive", "held", { feedback: "反响良好" }),
  "Mutation.communityEventCancel": step("communityEventCancel", "planned", { reason: "天气" }),
  "Mutation.communityEventRegister": {
    allowed: [...DESK, "owner", "tenant"],
    document:
      "mutation ($input: CommunityEventRegisterInput!) { communityEventRegister(input: $input) { __typename } }",
    variables: async (w, prisma) => ({
      input: { eventId: await eventIn(w, prisma, "registrationOpen"), name: "报名人" },
    }),
  },
  "Mutation.surveyCreate": {
    allowed: DESK,
    document: "mutation ($input: SurveyCreateInput!) { surveyCreate(input: $input) { __typename } }",
    variables: (w) => ({
      input: {
        estateId: globalId("Estate", w.estateId),
        title: "季度调查",
        periodStart: "2026-01-01",
        periodEnd: "2026-03-31",
        questions: [{ text: "保洁是否满意", serviceArea: "cleaning" }],
      },
    }),
  },
  "Mutation.surveyOpen": {
    allowed: DESK,
    document: "mutation ($input: SurveyOpenInput!) { surveyOpen(input: $input) { __typename } }",
    variables: async (w, prisma) => ({ input: { surveyId: await surveyIn(w, prisma, "draft") } }),
  },
  "Mutation.surveyClose": {
    allowed: DESK,
    document: "mutation ($input: SurveyCloseInput!) { surveyClose(input: $input) { __typename } }",
    variables: async (w, prisma) => ({ input: { surveyId: await surveyIn(w, prisma, "open") } }),
  },
  "Mutation.surveyRespond": {
    allowed: [...DESK, "owner", "tenant"],
    document: "mutation ($input: SurveyRespondInput!) { surveyRespond(input: $input) { __typename } }",
    variables: async (w, prisma) => ({
      input: {
        surveyId: await surveyIn(w, prisma, "open"),
        unitId: globalId("Unit", w.ownerUnitId),
        answers: [{ questionId: "q1", rating: "satisfied" }],
      },
    }),
  },
};
