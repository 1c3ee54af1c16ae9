import { daysBetween, type IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import { communityErrors } from "./errors.ts";
import type { SurveyPeriod, SurveyQuestion, SurveyStatus } from "./types.ts";

/** R-COM-3: a survey period ends on or after the day it starts; throws `COM_SURVEY_PERIOD_INVALID`. */
export function checkSurveyPeriod(period: SurveyPeriod): void {
  const { periodStart: from, periodEnd: to } = period;
  if (daysBetween(from, to) < 0) {
    throw communityErrors.COM_SURVEY_PERIOD_INVALID.error({ from, to }, ["periodEnd"]);
  }
}

/** The questions of a new survey, numbered `q1`, `q2`… in the order asked, so answers can name them. */
export function numberSurveyQuestions(
  questions: readonly { readonly text: string; readonly serviceArea: string }[],
): SurveyQuestion[] {
  return questions.map((q, index) => ({ id: `q${index + 1}`, text: q.text, serviceArea: q.serviceArea }));
}

/**
 * R-COM-3: a survey takes answers while it is open and `today` (the estate's business date) is
 * within its period, both ends included. The first reason it does not, or nothing.
 */
export function checkSurveyOpenForAnswers(
  survey: SurveyPeriod & { readonly status: SurveyStatus },
  today: IsoDate,
): Refusal | undefined {
  if (survey.status !== "open") return communityErrors.COM_SURVEY_NOT_OPEN.refuse({ status: survey.status });
  const { periodStart: from, periodEnd: to } = survey;
  if (today < from || today > to) return communityErrors.COM_SURVEY_OUTSIDE_PERIOD.refuse({ from, to });
  return undefined;
}
