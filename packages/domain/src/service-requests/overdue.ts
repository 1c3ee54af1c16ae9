import type { Deadline } from "../calendar/index.ts";
import { deadlineStanding } from "../calendar/index.ts";
import { isInstant } from "./checks.ts";
import { serviceRequestErrors } from "./errors.ts";
import type { ServiceRequest, ServiceRequestStep } from "./types.ts";

/** Where a step stands against its deadline at a given instant. */
export type ServiceRequestStepState = "pending" | "metOnTime" | "metLate" | "overdue";

export interface ServiceRequestStepStatus {
  readonly step: ServiceRequestStep;
  readonly rule: string;
  readonly deadline: Deadline;
  readonly state: ServiceRequestStepState;
  readonly metAt?: Date;
  /** How far past the due instant the step was met, or is now while still open; 0 when on time. */
  readonly lateByMs: number;
}

/** Every step with a deadline measured at `at`: pending, met on time, met late, or overdue and by how long. */
export function serviceRequestStepStatuses(
  request: ServiceRequest,
  at: Date,
): readonly ServiceRequestStepStatus[] {
  if (!isInstant(at)) throw serviceRequestErrors.SVC_TIME_INVALID.error({ value: String(at) }, ["at"]);
  return request.deadlines.map(({ step, rule, deadline, metAt }) => ({
    step,
    rule,
    deadline,
    ...(metAt === undefined ? {} : { metAt }),
    ...deadlineStanding(deadline, at, metAt),
  }));
}

/** Only the overdue steps at `at`: a request not forwarded in 10 minutes, a promised reply not given. */
export function overdueServiceRequestSteps(
  request: ServiceRequest,
  at: Date,
): readonly ServiceRequestStepStatus[] {
  return serviceRequestStepStatuses(request, at).filter((s) => s.state === "overdue");
}
