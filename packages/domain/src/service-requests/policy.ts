import { DEFAULT_TIME_ZONE, type DeadlineSpec, type WorkingDayCalendar } from "../calendar/index.ts";

/** An estate's service-desk settings; the numbers of R-SVC-2 are defaults. */
export interface ServiceRequestPolicy {
  /** R-SVC-2: a request not settled on the spot is forwarded within 10 minutes. */
  readonly forwardWithin: DeadlineSpec;
  /** The estate's time zone. @default "Asia/Shanghai" */
  readonly timeZone: string;
  /** Working-day calendar, used only when a spec counts working days. @default officialCalendar */
  readonly calendar?: WorkingDayCalendar;
}

export const DEFAULT_SERVICE_REQUEST_POLICY: ServiceRequestPolicy = {
  forwardWithin: { amount: 10, unit: "minutes" },
  timeZone: DEFAULT_TIME_ZONE,
};

/** The options `computeDeadline` needs from a policy. */
export function serviceDeadlineOptions(policy: ServiceRequestPolicy) {
  return policy.calendar
    ? { timeZone: policy.timeZone, calendar: policy.calendar }
    : { timeZone: policy.timeZone };
}
