import { computeDeadline, type Deadline, isOverdue } from "../calendar/index.ts";
import { DEFAULT_RENOVATION_POLICY, type RenovationPolicy } from "./policy.ts";
import type { Renovation } from "./renovation.ts";

/**
 * R-REN-3: the decision is due 1 working day (policy) after customer service has compiled the
 * file, counted on the official calendar, so public holidays and make-up working days count right.
 */
export function renovationDecisionDeadline(
  compiledAt: Date,
  policy: RenovationPolicy = DEFAULT_RENOVATION_POLICY,
): Deadline {
  return computeDeadline(compiledAt, policy.decisionDeadline, {
    timeZone: policy.timeZone,
    calendar: policy.calendar,
  });
}

/** R-REN-3: whether a renovation still under review has passed its decision deadline at `at`. */
export function isRenovationDecisionOverdue(renovation: Renovation, at: Date): boolean {
  return (
    renovation.status === "underReview" &&
    renovation.review !== undefined &&
    isOverdue(renovation.review.deadline, at)
  );
}
