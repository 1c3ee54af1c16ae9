import { type SurveyQuestion, satisfactionRate, surveyWorkflow } from "@wuye/domain";
import { z } from "zod";
import { staffRolesFor } from "../auth/index.ts";
import { visibleSurveys } from "../auth/visibility.ts";
import { builder } from "../builder.ts";
import { prismaOf } from "../context.ts";
import { SurveyStatus } from "../generated/prisma/enums.ts";
import { COMMUNITY_DESK_ROLES } from "../services/community/announcements.ts";
import {
  advanceSurvey,
  createSurvey,
  questionsOf,
  respondToSurvey,
  satisfactionResponsesOf,
} from "../services/community/surveys.ts";
import { isoOf } from "../services/estate-dates.ts";
import { callDomain, serviceContext } from "../services/support.ts";
import { mutationErrors } from "./errors.ts";
import { HistoryConnection } from "./history.ts";
import { SatisfactionIndicatorRef } from "./indicator-types.ts";
import { resolveSideHistory } from "./side-history.ts";

/**
 * Satisfaction surveys 满意度调查 (R-COM-3): questions scoring service areas, one answer per unit on
 * the five-level scale, and the results by service area computed by the domain's
 * `satisfactionRate` — the same figure the indicators report (R-QLT-1).
 */

builder.enumType(SurveyStatus, { name: "SurveyStatus", description: "draft → open → closed." });

const SatisfactionRating = builder.enumType("SatisfactionRating", {
  values: ["verySatisfied", "satisfied", "neutral", "dissatisfied", "veryDissatisfied"] as const,
});

const SurveyQuestionRef = builder.objectRef<SurveyQuestion>("SurveyQuestion").implement({
  fields: (t) => ({
    questionId: t.exposeString("id"),
    text: t.exposeString("text"),
    serviceArea: t.exposeString("serviceArea", {
      description: "The service area it scores, e.g. `cleaning`.",
    }),
  }),
});

builder.prismaNode("Survey", {
  id: { field: "id" },
  nullable: true,
  description: "A satisfaction survey 满意度调查 (R-COM-3).",
  findUnique: (id, context) => ({ id, AND: [visibleSurveys(context.viewer)] }),
  fields: (t) => ({
    title: t.exposeString("title"),
    periodStart: t.expose("periodStart", { type: "Date" }),
    periodEnd: t.expose("periodEnd", { type: "Date" }),
    status: t.expose("status", { type: SurveyStatus }),
    questions: t.field({ type: [SurveyQuestionRef], resolve: (s) => questionsOf(s) }),
    estate: t.relation("estate"),
    responseCount: t.relationCount("responses"),
    results: t.field({
      type: SatisfactionIndicatorRef,
      description: "Satisfaction overall and by service area over this survey's answers (staff).",
      authScopes: { staff: true },
      select: {
        estate: { select: { timeZone: true } },
        responses: { select: { id: true, submittedAt: true, answers: true } },
      },
      resolve: (s) =>
        callDomain(
          () =>
            satisfactionRate(
              s.responses.flatMap((r) => satisfactionResponsesOf(r, questionsOf(s))),
              {
                estateId: s.estateId,
                from: isoOf(s.periodStart),
                to: isoOf(s.periodEnd),
                timeZone: s.estate.timeZone,
              },
            ),
          [],
        ),
    }),
    history: t.field({
      type: HistoryConnection,
      description: "Every step of the survey, oldest first (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (s, args, context) => resolveSideHistory(context, "survey", s.id, args),
    }),
  }),
});

builder.queryField("surveys", (t) =>
  t.prismaConnection({
    type: "Survey",
    cursor: "id",
    nullable: true,
    description:
      "Surveys the viewer may see (owners and tenants: opened ones of their estate), latest first.",
    authScopes: { $any: { staff: true, resident: true, apiScope: "community:read" } },
    args: {
      filter: t.arg({
        type: builder.inputType("SurveyFilter", {
          fields: (f) => ({
            estateId: f.globalID({ required: false }),
            status: f.field({ type: [SurveyStatus], required: false }),
          }),
        }),
        required: false,
      }),
    },
    resolve: (query, _root, { filter }, context) =>
      prismaOf(context).survey.findMany({
        ...query,
        where: {
          AND: [
            visibleSurveys(context.viewer),
            filter?.estateId ? { estateId: filter.estateId.id } : {},
            filter?.status ? { status: { in: filter.status } } : {},
          ],
        },
        orderBy: [{ periodStart: "desc" }, { id: "desc" }],
      }),
  }),
);

function surveyPayload(name: string) {
  return builder.objectRef<{ surveyId: string }>(name).implement({
    fields: (t) => ({
      survey: t.prismaField({
        type: "Survey",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).survey.findUnique({ ...query, where: { id: p.surveyId } }),
      }),
    }),
  });
}

const text = (max: number) => z.string().trim().min(1).max(max);

builder.mutationField("surveyCreate", (t) =>
  t.field({
    type: surveyPayload("SurveyCreatePayload"),
    description: "R-COM-3: draft a satisfaction survey for a period; each question scores one service area.",
    authScopes: { staffRole: [...COMMUNITY_DESK_ROLES] },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("SurveyCreateInput", {
          fields: (f) => ({
            estateId: f.globalID({ required: true }),
            title: f.string({ required: true, validate: text(200) }),
            periodStart: f.field({ type: "Date", required: true }),
            periodEnd: f.field({ type: "Date", required: true }),
            questions: f.field({
              type: [
                builder.inputType("SurveyQuestionInput", {
                  fields: (q) => ({
                    text: q.string({ required: true, validate: text(500) }),
                    serviceArea: q.string({
                      required: true,
                      description:
                        "A name such as `cleaning`, `security`, `repairs`, `greening`, `customerService`.",
                      validate: z.string().regex(/^[a-z][A-Za-z0-9_]{1,39}$/, "a lower camelCase name"),
                    }),
                  }),
                }),
              ],
              required: true,
              validate: z.array(z.unknown()).max(50),
            }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, context) => createSurvey(serviceContext(context), input),
  }),
);

for (const [field, action, description] of [
  ["surveyOpen", "open", "R-COM-3: open the survey for answers (it needs a question)."],
  ["surveyClose", "close", "R-COM-3: close the survey; its scores stand."],
] as const) {
  const upper = field.charAt(0).toUpperCase() + field.slice(1);
  builder.mutationField(field, (t) =>
    t.field({
      type: surveyPayload(`${upper}Payload`),
      description,
      authScopes: { staffRole: staffRolesFor(surveyWorkflow, action) },
      errors: mutationErrors(),
      args: {
        input: t.arg({
          type: builder.inputType(`${upper}Input`, {
            fields: (f) => ({ surveyId: f.globalID({ required: true }) }),
          }),
          required: true,
        }),
      },
      resolve: (_root, { input }, context) =>
        advanceSurvey(serviceContext(context), { surveyId: input.surveyId, action }),
    }),
  );
}

const SurveyRespondPayload = builder
  .objectRef<{ surveyId: string; responseId: string }>("SurveyRespondPayload")
  .implement({
    fields: (t) => ({
      survey: t.prismaField({
        type: "Survey",
        nullable: true,
        resolve: (query, p, _args, context) =>
          prismaOf(context).survey.findUnique({ ...query, where: { id: p.surveyId } }),
      }),
      scores: t.field({
        type: "JSON",
        nullable: true,
        description:
          'This response\'s mean score per service area (5 = very satisfied), e.g. `{"cleaning": "4.50"}`.',
        resolve: async (p, _args, context) =>
          (
            await prismaOf(context).surveyResponse.findUnique({
              where: { id: p.responseId },
              select: { scores: true },
            })
          )?.scores ?? null,
      }),
    }),
  });

builder.mutationField("surveyRespond", (t) =>
  t.field({
    type: SurveyRespondPayload,
    description:
      "R-COM-3: answer an open survey for a unit, once, every question on the five-level scale: an owner or tenant for their own unit, the desk for an answer given by phone or on paper.",
    authScopes: { $any: { resident: true, staffRole: [...COMMUNITY_DESK_ROLES] } },
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: builder.inputType("SurveyRespondInput", {
          fields: (f) => ({
            surveyId: f.globalID({ required: true }),
            unitId: f.globalID({ required: true }),
            answers: f.field({
              type: [
                builder.inputType("SurveyAnswerInput", {
                  fields: (a) => ({
                    questionId: a.string({ required: true }),
                    rating: a.field({ type: SatisfactionRating, required: true }),
                  }),
                }),
              ],
              required: true,
            }),
          }),
        }),
        required: true,
      }),
    },
    resolve: (_root, { input }, context) => respondToSurvey(serviceContext(context), input),
  }),
);
