import {
  checkSurveyAnswers,
  checkSurveyOpenForAnswers,
  checkSurveyPeriod,
  communityErrors,
  isSatisfactionRating,
  numberSurveyQuestions,
  type SatisfactionResponse,
  type SurveyActions,
  type SurveyAnswer,
  type SurveyQuestion,
  scoreSurveyResponse,
  surveySatisfactionResponses,
  surveyWorkflow,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { staffRolesFor } from "../../auth/index.ts";
import { visibleSurveys } from "../../auth/visibility.ts";
import { isUniqueViolation, toJsonValue } from "../../db/index.ts";
import { ConflictError, ForbiddenError, NotFoundError, RefusalError } from "../../errors/index.ts";
import type { Survey } from "../../generated/prisma/client.ts";
import { dateColumn, isoOf, todayIn } from "../estate-dates.ts";
import { appendSideHistory } from "../side-history.ts";
import { accepted, callDomain, ensure, type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { COMMUNITY_DESK_ROLES, communityEstateOf } from "./announcements.ts";

/**
 * Satisfaction surveys 满意度调查 (R-COM-3), the application service: a survey's questions each
 * score one service area; each unit answers once, on the domain's five-level scale, within the
 * survey period. The answers feed the satisfaction indicator (R-QLT-1).
 *
 * Stored shapes: `Survey.questions` = `[{ id, text, serviceArea }]`; `SurveyResponse.answers` =
 * `[{ questionId, rating }]`; `SurveyResponse.scores` = `{ [serviceArea]: "4.50" }`, the mean score
 * (very satisfied 5 … very dissatisfied 1) of that response's answers in the area.
 */

/** A survey's stored questions (`Survey.questions`); the domain numbered them when it was created. */
export function questionsOf(survey: Pick<Survey, "questions">): SurveyQuestion[] {
  return Array.isArray(survey.questions) ? (survey.questions as unknown as SurveyQuestion[]) : [];
}

/** A response's stored answers (`SurveyResponse.answers`), keeping those on the five-level scale. */
export function answersOf(json: unknown): SurveyAnswer[] {
  return Array.isArray(json)
    ? (json as SurveyAnswer[]).filter((a) => a && isSatisfactionRating(a.rating))
    : [];
}

/** Every answer of a stored response as the domain's satisfaction responses (R-COM-3 → R-QLT-1). */
export function satisfactionResponsesOf(
  response: { id: string; submittedAt: Date; answers: unknown },
  questions: readonly SurveyQuestion[],
): SatisfactionResponse[] {
  return surveySatisfactionResponses({ ...response, answers: answersOf(response.answers) }, questions);
}

export interface SurveyCreateInput {
  readonly estateId: GlobalId;
  readonly title: string;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  readonly questions: readonly { readonly text: string; readonly serviceArea: string }[];
}

export async function createSurvey(sc: ServiceContext, input: SurveyCreateInput) {
  const estateId = await communityEstateOf(sc, input.estateId);
  const actor = sc.viewer.actorIn(estateId, [...COMMUNITY_DESK_ROLES]);
  const from = isoOf(input.periodStart);
  const to = isoOf(input.periodEnd);
  callDomain(() => checkSurveyPeriod({ periodStart: from, periodEnd: to }));
  const questions = numberSurveyQuestions(input.questions);
  const id = uuidv7();
  await sc.prisma.$transaction(async (tx) => {
    await tx.survey.create({
      data: {
        id,
        estateId,
        title: input.title,
        periodStart: dateColumn(from),
        periodEnd: dateColumn(to),
        questions: toJsonValue(questions),
      },
    });
    await appendSideHistory(tx, id, {
      workflow: "survey",
      action: "create",
      from: "draft",
      to: "draft",
      actor,
      at: sc.now,
      data: { questions: questions.length },
    });
  });
  return { surveyId: id };
}

export async function advanceSurvey(
  sc: ServiceContext,
  input: { surveyId: GlobalId; action: keyof SurveyActions },
) {
  const id = idOf(input.surveyId, "Survey", "survey", ["input", "surveyId"]);
  const row = await sc.prisma.survey.findFirst({ where: { id, AND: [visibleSurveys(sc.viewer)] } });
  if (!row) throw new NotFoundError("survey", ["input", "surveyId"]);
  if (sc.viewer.kind !== "staff") throw new ForbiddenError();
  const actor = sc.viewer.actorIn(row.estateId, staffRolesFor(surveyWorkflow, input.action));
  const step = accepted(
    surveyWorkflow.transition(
      row.status,
      { questionCount: questionsOf(row).length },
      { action: input.action, actor, at: sc.now, data: undefined },
    ),
  );
  await sc.prisma.$transaction(async (tx) => {
    const moved = await tx.survey.updateMany({
      where: { id, status: step.event.from },
      data: { status: step.state },
    });
    if (moved.count !== 1) throw ConflictError.stale("survey");
    await appendSideHistory(tx, id, { ...step.event, workflow: "survey" });
  });
  return { surveyId: id };
}

export interface SurveyRespondInput {
  readonly surveyId: GlobalId;
  readonly unitId: GlobalId;
  readonly answers: readonly SurveyAnswer[];
}

/**
 * R-COM-3: a unit answers an open survey once, within its period, every question once. An owner or
 * tenant answers for their own unit; the desk may record an answer given by phone or on paper.
 */
export async function respondToSurvey(sc: ServiceContext, input: SurveyRespondInput) {
  const id = idOf(input.surveyId, "Survey", "survey", ["input", "surveyId"]);
  const survey = await sc.prisma.survey.findFirst({
    where: { id, AND: [visibleSurveys(sc.viewer)] },
    include: { estate: { select: { timeZone: true } } },
  });
  if (!survey) throw new NotFoundError("survey", ["input", "surveyId"]);
  const unitId = idOf(input.unitId, "Unit", "unit", ["input", "unitId"]);
  if (sc.viewer.kind === "resident") {
    if (!sc.viewer.livesIn(unitId)) throw new NotFoundError("unit", ["input", "unitId"]);
  } else {
    ensure(sc.viewer.kind === "staff" && sc.viewer.isStaffIn(survey.estateId, COMMUNITY_DESK_ROLES));
  }
  const unit = await sc.prisma.unit.findFirst({
    where: { id: unitId, estateId: survey.estateId },
    select: { id: true },
  });
  if (!unit) throw new NotFoundError("unit", ["input", "unitId"]);
  const today = todayIn(sc.now, survey.estate.timeZone);
  const refusal = checkSurveyOpenForAnswers(
    { status: survey.status, periodStart: isoOf(survey.periodStart), periodEnd: isoOf(survey.periodEnd) },
    today,
  );
  if (refusal) throw new RefusalError([refusal]);
  const questions = questionsOf(survey);
  callDomain(() => checkSurveyAnswers(questions, input.answers));
  const scores = scoreSurveyResponse(questions, input.answers);
  const responseId = uuidv7();
  try {
    await sc.prisma.surveyResponse.create({
      data: {
        id: responseId,
        surveyId: id,
        unitId,
        personId: sc.viewer.kind === "resident" ? (sc.viewer.personId ?? null) : null,
        answers: toJsonValue(input.answers.map(({ questionId, rating }) => ({ questionId, rating }))),
        scores: toJsonValue(scores),
        submittedAt: sc.now,
      },
    });
  } catch (error) {
    // One response per unit and survey: the unique index decides between two at once.
    if (isUniqueViolation(error)) {
      throw new RefusalError([
        communityErrors.COM_SURVEY_ALREADY_ANSWERED.refuse(undefined, ["input", "unitId"]),
      ]);
    }
    throw error;
  }
  return { surveyId: id, responseId };
}
