import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type SatisfactionRating, satisfactionRate } from "../../indicators/index.ts";
import {
  checkSurveyAnswers,
  checkSurveyOpenForAnswers,
  checkSurveyPeriod,
  isSatisfactionRating,
  numberSurveyQuestions,
  SATISFACTION_SCORES,
  type SurveyAnswer,
  type SurveyQuestion,
  scoreSurveyResponse,
  surveySatisfactionResponses,
} from "../index.ts";
import { thrown } from "./helpers.ts";

const questions = numberSurveyQuestions([
  { text: "维修是否及时？", serviceArea: "repairs" },
  { text: "环境卫生是否满意？", serviceArea: "cleaning" },
  { text: "维修人员态度是否满意？", serviceArea: "repairs" },
]);
const period = { periodStart: "2026-06-01", periodEnd: "2026-06-30" };
const RATINGS = Object.keys(SATISFACTION_SCORES) as SatisfactionRating[];

describe("R-COM-3 a survey's questions and period", () => {
  it("numbers the questions q1, q2… in the order asked, each scoring one service area", () => {
    expect(questions).toEqual([
      { id: "q1", text: "维修是否及时？", serviceArea: "repairs" },
      { id: "q2", text: "环境卫生是否满意？", serviceArea: "cleaning" },
      { id: "q3", text: "维修人员态度是否满意？", serviceArea: "repairs" },
    ]);
  });

  it("a period may be one day or more", () => {
    expect(thrown(() => checkSurveyPeriod(period))).toBeUndefined();
    expect(
      thrown(() => checkSurveyPeriod({ periodStart: "2026-06-01", periodEnd: "2026-06-01" })),
    ).toBeUndefined();
  });

  it("a period ending before it starts is bad input (COM_SURVEY_PERIOD_INVALID)", () => {
    expect(thrown(() => checkSurveyPeriod({ periodStart: "2026-06-30", periodEnd: "2026-06-01" }))).toEqual({
      code: "COM_SURVEY_PERIOD_INVALID",
      rule: "R-COM-3",
      path: ["periodEnd"],
      message: "A survey period cannot end (2026-06-01) before it starts (2026-06-30)",
      messageZh: "调查期的结束日期（2026-06-01）不能早于开始日期（2026-06-30）",
    });
  });
});

describe("R-COM-3 a survey takes answers while open, within its period", () => {
  it.each(["2026-06-01", "2026-06-15", "2026-06-30"])("an open survey takes answers on %s", (today) => {
    expect(checkSurveyOpenForAnswers({ ...period, status: "open" }, today)).toBeUndefined();
  });

  it.each(["draft", "closed"] as const)("a %s survey takes none (COM_SURVEY_NOT_OPEN)", (status) => {
    expect(checkSurveyOpenForAnswers({ ...period, status }, "2026-06-15")).toEqual(
      expect.objectContaining({
        code: "COM_SURVEY_NOT_OPEN",
        message: `The survey is not open for answers (${status})`,
      }),
    );
  });

  it.each(["2026-05-31", "2026-07-01"])(
    "an open survey takes none on %s (COM_SURVEY_OUTSIDE_PERIOD)",
    (today) => {
      expect(checkSurveyOpenForAnswers({ ...period, status: "open" }, today)).toEqual(
        expect.objectContaining({
          code: "COM_SURVEY_OUTSIDE_PERIOD",
          rule: "R-COM-3",
          messageZh: "该调查的答卷期为 2026-06-01 至 2026-06-30",
        }),
      );
    },
  );

  it("a closed survey says it is closed, not that the period is over", () => {
    expect(checkSurveyOpenForAnswers({ ...period, status: "closed" }, "2026-07-01")?.code).toBe(
      "COM_SURVEY_NOT_OPEN",
    );
  });
});

describe("R-COM-3 a response answers every question once", () => {
  const all: SurveyAnswer[] = [
    { questionId: "q1", rating: "satisfied" },
    { questionId: "q2", rating: "neutral" },
    { questionId: "q3", rating: "verySatisfied" },
  ];

  it("accepts one answer per question, in any order", () => {
    expect(thrown(() => checkSurveyAnswers(questions, all))).toBeUndefined();
    expect(thrown(() => checkSurveyAnswers(questions, [...all].reverse()))).toBeUndefined();
  });

  it("names every problem at once: unknown, twice, unanswered (COM_SURVEY_ANSWERS_INVALID)", () => {
    const answers: SurveyAnswer[] = [
      { questionId: "q1", rating: "satisfied" },
      { questionId: "q9", rating: "neutral" },
      { questionId: "q1", rating: "dissatisfied" },
    ];
    expect(thrown(() => checkSurveyAnswers(questions, answers))).toEqual({
      code: "COM_SURVEY_ANSWERS_INVALID",
      rule: "R-COM-3",
      path: ["answers"],
      message: "Answer every question of the survey once: no question q9; q1 twice; q2, q3 unanswered",
      messageZh: "须对问卷每个问题各作答一次：没有问题 q9；q1 重复作答；q2、q3 未作答",
    });
  });

  it("no answers at all leaves every question unanswered", () => {
    expect(thrown(() => checkSurveyAnswers(questions, []))?.message).toBe(
      "Answer every question of the survey once: q1, q2, q3 unanswered",
    );
  });
});

describe("R-COM-3 scores by service area", () => {
  it("scores each area by the mean of its answers, very satisfied 5 … very dissatisfied 1, to two places", () => {
    const scores = scoreSurveyResponse(questions, [
      { questionId: "q1", rating: "verySatisfied" },
      { questionId: "q2", rating: "dissatisfied" },
      { questionId: "q3", rating: "satisfied" },
    ]);
    expect(scores).toEqual({ repairs: "4.50", cleaning: "2.00" });
  });

  it("rounds the mean half up: 5, 5, 4 → 4.67; 1, 1, 2 → 1.33", () => {
    const three = numberSurveyQuestions([1, 2, 3].map(() => ({ text: "?", serviceArea: "security" })));
    const score = (ratings: SatisfactionRating[]) =>
      scoreSurveyResponse(
        three,
        ratings.map((rating, i) => ({ questionId: `q${i + 1}`, rating })),
      ).security;
    expect(score(["verySatisfied", "verySatisfied", "satisfied"])).toBe("4.67");
    expect(score(["veryDissatisfied", "veryDissatisfied", "dissatisfied"])).toBe("1.33");
  });

  it("leaves out an area nobody rated, and answers to unknown questions", () => {
    expect(
      scoreSurveyResponse(questions, [
        { questionId: "q2", rating: "neutral" },
        { questionId: "q7", rating: "verySatisfied" },
      ]),
    ).toEqual({
      cleaning: "3.00",
    });
  });

  const responses = fc
    .array(
      fc.record({
        serviceArea: fc.constantFrom("repairs", "cleaning", "security"),
        rating: fc.constantFrom(...RATINGS),
      }),
      {
        minLength: 1,
        maxLength: 30,
      },
    )
    .map((rows) => ({
      questions: rows.map(
        (r, i): SurveyQuestion => ({ id: `q${i + 1}`, text: "?", serviceArea: r.serviceArea }),
      ),
      answers: rows.map((r, i): SurveyAnswer => ({ questionId: `q${i + 1}`, rating: r.rating })),
    }));

  it("each area's score is its exact mean rounded half up to the hundredth (property)", () => {
    fc.assert(
      fc.property(responses, ({ questions: qs, answers }) => {
        const scores = scoreSurveyResponse(qs, answers);
        const areas = [...new Set(qs.map((q) => q.serviceArea))];
        expect(Object.keys(scores).sort()).toEqual([...areas].sort());
        for (const area of areas) {
          const ratings = answers
            .filter((_, i) => qs[i]?.serviceArea === area)
            .map((a) => SATISFACTION_SCORES[a.rating]);
          const sum = ratings.reduce((a, b) => a + b, 0);
          const n = ratings.length;
          const score = scores[area] ?? "";
          expect(score).toMatch(/^[1-5]\.\d\d$/);
          const hundredths = Number(score.replace(".", ""));
          // half up: sum/n − 0.005 < score ≤ sum/n + 0.005, in integers (a half goes up)
          expect(2 * n * hundredths).toBeGreaterThan(200 * sum - n);
          expect(2 * n * hundredths).toBeLessThanOrEqual(200 * sum + n);
          expect(hundredths).toBeGreaterThanOrEqual(100 * Math.min(...ratings));
          expect(hundredths).toBeLessThanOrEqual(100 * Math.max(...ratings));
        }
      }),
    );
  });

  it("the order of the answers does not change the scores (property)", () => {
    const withShuffled = responses.chain((r) =>
      fc
        .shuffledSubarray(r.answers, { minLength: r.answers.length, maxLength: r.answers.length })
        .map((shuffled) => ({ ...r, shuffled })),
    );
    fc.assert(
      fc.property(withShuffled, ({ questions: qs, answers, shuffled }) => {
        expect(scoreSurveyResponse(qs, shuffled)).toEqual(scoreSurveyResponse(qs, answers));
      }),
    );
  });
});

describe("R-COM-3 answers feed the satisfaction indicator (R-QLT-1)", () => {
  const submittedAt = new Date("2026-06-10T02:00:00Z");
  const answers: SurveyAnswer[] = [
    { questionId: "q1", rating: "verySatisfied" },
    { questionId: "q2", rating: "dissatisfied" },
    { questionId: "q3", rating: "satisfied" },
  ];

  it("each answer becomes a satisfaction response of its question's service area", () => {
    expect(surveySatisfactionResponses({ id: "r-1", submittedAt, answers }, questions)).toEqual([
      { id: "r-1:q1", answeredAt: submittedAt, rating: "verySatisfied", serviceArea: "repairs" },
      { id: "r-1:q2", answeredAt: submittedAt, rating: "dissatisfied", serviceArea: "cleaning" },
      { id: "r-1:q3", answeredAt: submittedAt, rating: "satisfied", serviceArea: "repairs" },
    ]);
  });

  it("an answer to a question the survey no longer has counts overall only", () => {
    const [response] = surveySatisfactionResponses(
      { id: "r-2", submittedAt, answers: [{ questionId: "q8", rating: "neutral" }] },
      questions,
    );
    expect(response).toEqual({ id: "r-2:q8", answeredAt: submittedAt, rating: "neutral" });
  });

  it("satisfactionRate reads them by service area", () => {
    const rate = satisfactionRate(
      surveySatisfactionResponses({ id: "r-1", submittedAt, answers }, questions),
      {
        estateId: "sunny-garden",
        from: "2026-06-01",
        to: "2026-06-30",
      },
    );
    expect(
      rate.byServiceArea.map((b) => [b.serviceArea, b.rate.status === "ok" && b.rate.percentage]),
    ).toEqual([
      ["cleaning", "0.00%"],
      ["repairs", "100.00%"],
    ]);
  });
});

describe("the five-level scale", () => {
  it("knows its five levels and nothing else", () => {
    expect(RATINGS.filter(isSatisfactionRating)).toHaveLength(5);
    for (const other of ["toString", "satisfactory", "", 5, null, undefined])
      expect(isSatisfactionRating(other)).toBe(false);
  });
});
