import { computeDeadline, type Deadline, type DeadlineSpec, isOverdue } from "../calendar/index.ts";
import { type RepairPolicy, type RepairPolicyOverrides, resolveRepairPolicy } from "./policy.ts";
import type { RepairOrder } from "./types.ts";

/** The steps of a repair that run against the clock. */
export type RepairDeadlineStep = "response" | "completion" | "returnVisit";

/** How a step stands at a given instant: not yet done and still on time, overdue, or done (on time or late). */
export type RepairDeadlineState = "pending" | "overdue" | "metOnTime" | "metLate";

export interface RepairDeadlineCheck {
  readonly step: RepairDeadlineStep;
  readonly rule: "R-REP-1" | "R-REP-2" | "R-REP-5";
  readonly deadline: Deadline;
  readonly state: RepairDeadlineState;
  readonly doneAt?: Date;
}

/** The deadlines of a repair order, each carrying the calendar it was computed with. */
export interface RepairDeadlines {
  /** R-REP-1: answered within 15 minutes of the request. */
  readonly response: Deadline;
  /** R-REP-2: done within 24 hours of the request (of the dissatisfied visit, for a second repair). */
  readonly completion: Deadline;
  /** R-REP-5: the return-visit window, once the repair is completed. */
  readonly returnVisit?: { readonly earliest: Deadline; readonly latest: Deadline };
}

function deadlineFrom(from: Date, spec: DeadlineSpec, policy: RepairPolicy): Deadline {
  return computeDeadline(from, spec, {
    timeZone: policy.timeZone,
    ...(policy.calendar ? { calendar: policy.calendar } : {}),
  });
}

/** The response, completion and return-visit deadlines of an order under the estate's policy. */
export function repairDeadlines(order: RepairOrder, overrides: RepairPolicyOverrides = {}): RepairDeadlines {
  const policy = resolveRepairPolicy(overrides);
  return {
    response: deadlineFrom(order.requestedAt, policy.response, policy),
    completion: deadlineFrom(order.roundStartedAt, policy.completion, policy),
    ...(order.completedAt
      ? {
          returnVisit: {
            earliest: deadlineFrom(order.completedAt, policy.returnVisitEarliest, policy),
            latest: deadlineFrom(order.completedAt, policy.returnVisitLatest, policy),
          },
        }
      : {}),
  };
}

function check(
  step: RepairDeadlineStep,
  rule: RepairDeadlineCheck["rule"],
  deadline: Deadline,
  doneAt: Date | undefined,
  at: Date,
): RepairDeadlineCheck {
  if (doneAt)
    return { step, rule, deadline, doneAt, state: isOverdue(deadline, doneAt) ? "metLate" : "metOnTime" };
  return { step, rule, deadline, state: isOverdue(deadline, at) ? "overdue" : "pending" };
}

/**
 * Checks each step of an order against its deadline at `at`: the response (R-REP-1), the
 * completion (R-REP-2) and, once completed, the return visit (R-REP-5). A withdrawn order has
 * nothing left to do, so only the steps already done are reported.
 */
export function checkRepairDeadlines(
  order: RepairOrder,
  at: Date,
  overrides: RepairPolicyOverrides = {},
): readonly RepairDeadlineCheck[] {
  const deadlines = repairDeadlines(order, overrides);
  const checks = [
    check("response", "R-REP-1", deadlines.response, order.respondedAt, at),
    check("completion", "R-REP-2", deadlines.completion, order.completedAt, at),
    ...(deadlines.returnVisit
      ? [check("returnVisit", "R-REP-5", deadlines.returnVisit.latest, order.returnVisitAt, at)]
      : []),
  ];
  return order.status === "withdrawn" ? checks.filter((c) => c.doneAt !== undefined) : checks;
}

/** The steps of an order that are overdue at `at`. */
export function overdueRepairSteps(
  order: RepairOrder,
  at: Date,
  overrides: RepairPolicyOverrides = {},
): readonly RepairDeadlineCheck[] {
  return checkRepairDeadlines(order, at, overrides).filter((c) => c.state === "overdue");
}
