import type { Deadline } from "../calendar/index.ts";
import { deadlineStanding } from "../calendar/index.ts";
import { isInstant } from "./checks.ts";
import { complaintErrors } from "./errors.ts";
import type { Complaint, ComplaintStep } from "./types.ts";

/** Where a step stands against its deadline at a given instant. */
export type ComplaintStepState = "pending" | "metOnTime" | "metLate" | "overdue";

/** One step of a complaint measured at an instant (R-CMP-5: overdue steps are visible). */
export interface ComplaintStepStatus {
  readonly step: ComplaintStep;
  readonly rule: string;
  readonly deadline: Deadline;
  readonly state: ComplaintStepState;
  readonly metAt?: Date;
  /** How far past the due instant the step was met, or is now while still open; 0 when on time. */
  readonly lateByMs: number;
}

/**
 * Every step with a deadline, measured at `at`: pending, met on time, met late, or overdue and by
 * how long. Open steps stay overdue until met: the flow meets every one before it can close.
 */
export function complaintStepStatuses(complaint: Complaint, at: Date): readonly ComplaintStepStatus[] {
  if (!isInstant(at)) throw complaintErrors.CMP_TIME_INVALID.error({ value: String(at) }, ["at"]);
  return complaint.deadlines.map(({ step, rule, deadline, metAt }) => ({
    step,
    rule,
    deadline,
    ...(metAt === undefined ? {} : { metAt }),
    ...deadlineStanding(deadline, at, metAt),
  }));
}

/** Only the steps that are overdue at `at`, with how long (R-CMP-5). */
export function overdueComplaintSteps(complaint: Complaint, at: Date): readonly ComplaintStepStatus[] {
  return complaintStepStatuses(complaint, at).filter((s) => s.state === "overdue");
}
