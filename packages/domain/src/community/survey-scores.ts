import type { SatisfactionRating, SatisfactionResponse } from "../indicators/index.ts";
import { communityErrors } from "./errors.ts";
import type { SurveyAnswer, SurveyQuestion, SurveyScores } from "./types.ts";

/** The score of each level of the five-level scale: very satisfied 5 … very dissatisfied 1 (R-COM-3). */
export const SATISFACTION_SCORES: Readonly<Record<SatisfactionRating, number>> = {
  verySatisfied: 5,
  satisfied: 4,
  neutral: 3,
  dissatisfied: 2,
  veryDissatisfied: 1,
};

/** Whether a stored or submitted value is a level of the five-level scale. */
export function isSatisfactionRating(value: unknown): value is SatisfactionRating {
  return typeof value === "string" && Object.hasOwn(SATISFACTION_SCORES, value);
}

/**
 * R-COM-3: a response answers every question of the survey exactly once, and nothing else.
 * Throws `COM_SURVEY_ANSWERS_INVALID` naming every problem: unknown questions, questions answered
 * twice, questions left unanswered.
 */
export function checkSurveyAnswers(
  questions: readonly SurveyQuestion[],
  answers: readonly Pick<SurveyAnswer, "questionId">[],
): void {
  const known = new Set(questions.map((q) => q.id));
  const seen = new Set<string>();
  const problems: { en: string; zh: string }[] = [];
  for (const answer of answers) {
    if (!known.has(answer.questionId))
      problems.push({ en: `no question ${answer.questionId}`, zh: `没有问题 ${answer.questionId}` });
    else if (seen.has(answer.questionId))
      problems.push({ en: `${answer.questionId} twice`, zh: `${answer.questionId} 重复作答` });
    seen.add(answer.questionId);
  }
  const missing = [...known].filter((q) => !seen.has(q));
  if (missing.length > 0)
    problems.push({ en: `${missing.join(", ")} unanswered`, zh: `${missing.join("、")} 未作答` });
  if (problems.length > 0) {
    throw communityErrors.COM_SURVEY_ANSWERS_INVALID.error(
      { problem: problems.map((p) => p.en).join("; "), problemZh: problems.map((p) => p.zh).join("；") },
      ["answers"],
    );
  }
}

/** The mean score of some ratings to two places, half up, in integers: [5, 4] → "4.50". */
function meanScore(ratings: readonly SatisfactionRating[]): string {
  const total = ratings.reduce((sum, r) => sum + BigInt(SATISFACTION_SCORES[r]), 0n);
  const count = BigInt(ratings.length);
  const hundredths = (total * 200n + count) / (2n * count);
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}`;
}

/**
 * R-COM-3: one response's scores by service area, the mean of its answers in each area, for the
 * indicators. Areas no answer rates are left out; answers to unknown questions count nowhere.
 */
export function scoreSurveyResponse(
  questions: readonly SurveyQuestion[],
  answers: readonly SurveyAnswer[],
): SurveyScores {
  const areaOf = new Map(questions.map((q) => [q.id, q.serviceArea]));
  const scores: Record<string, string> = {};
  for (const area of new Set(questions.map((q) => q.serviceArea))) {
    const ratings = answers.filter((a) => areaOf.get(a.questionId) === area).map((a) => a.rating);
    if (ratings.length > 0) scores[area] = meanScore(ratings);
  }
  return scores;
}

/**
 * R-COM-3 → R-QLT-1: every answer of a response as a satisfaction response of its service area,
 * the input of `satisfactionRate`.
 */
export function surveySatisfactionResponses(
  response: { readonly id: string; readonly submittedAt: Date; readonly answers: readonly SurveyAnswer[] },
  questions: readonly SurveyQuestion[],
): SatisfactionResponse[] {
  const areas = new Map(questions.map((q) => [q.id, q.serviceArea]));
  return response.answers.map((answer) => {
    const serviceArea = areas.get(answer.questionId);
    return {
      id: `${response.id}:${answer.questionId}`,
      answeredAt: response.submittedAt,
      rating: answer.rating,
      ...(serviceArea ? { serviceArea } : {}),
    };
  });
}
