import { dateOf, periodOf, rateOf, within } from "./measure.ts";
import type { IndicatorRate, IndicatorScope, RateIndicator } from "./types.ts";

/** A five-level rating, as surveys and complaint close-outs record it (R-COM-3, R-CMP-6). */
export type SatisfactionRating =
  | "verySatisfied"
  | "satisfied"
  | "neutral"
  | "dissatisfied"
  | "veryDissatisfied";

/** One answer: a survey response or the satisfaction recorded when a complaint closed. */
export interface SatisfactionResponse {
  readonly id: string;
  readonly answeredAt: Date;
  readonly rating: SatisfactionRating;
  /** The service area rated (cleaning, security, repairs…), for the breakdown of R-COM-3. */
  readonly serviceArea?: string;
}

export interface SatisfactionPolicy {
  /** @default ["verySatisfied", "satisfied"] */
  readonly satisfiedRatings: readonly SatisfactionRating[];
}

export const DEFAULT_SATISFACTION_POLICY: SatisfactionPolicy = {
  satisfiedRatings: ["verySatisfied", "satisfied"],
};

const EMPTY = { en: "No satisfaction responses in the period", zh: "统计期内没有满意度评价" };
const RULES = ["R-COM-3", "R-CMP-6"];

/** Satisfaction rate 满意率 (R-QLT-1), overall and by service area. */
export function satisfactionRate(
  responses: readonly SatisfactionResponse[],
  scope: IndicatorScope,
  policy: SatisfactionPolicy = DEFAULT_SATISFACTION_POLICY,
): RateIndicator & {
  readonly byServiceArea: readonly { readonly serviceArea: string; readonly rate: IndicatorRate }[];
} {
  const period = periodOf(scope);
  const counted = responses.filter((r) =>
    within(period, dateOf(period, r.answeredAt, r.id, "answeredAt"), r.id, "answeredAt"),
  );
  const satisfied = (list: readonly SatisfactionResponse[]) =>
    list.filter((r) => policy.satisfiedRatings.includes(r.rating)).length;
  const areas = [...new Set(counted.flatMap((r) => (r.serviceArea ? [r.serviceArea] : [])))].sort();
  const byServiceArea = areas.map((serviceArea) => {
    const inArea = counted.filter((r) => r.serviceArea === serviceArea);
    // A listed area has at least one response, so its rate always has data.
    const rate = rateOf(
      "satisfactionRate",
      period,
      RULES,
      { numerator: satisfied(inArea), denominator: inArea.length },
      EMPTY,
    );
    return { serviceArea, rate: rate as IndicatorRate };
  });
  const overall = rateOf(
    "satisfactionRate",
    period,
    RULES,
    { numerator: satisfied(counted), denominator: counted.length },
    EMPTY,
  );
  return { ...overall, byServiceArea };
}
