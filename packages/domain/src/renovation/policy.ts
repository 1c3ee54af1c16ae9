import {
  DEFAULT_TIME_ZONE,
  type DeadlineSpec,
  officialCalendar,
  type WorkingDayCalendar,
} from "../calendar/index.ts";
import { renovationErrors } from "./errors.ts";

/** The departments that inspect every active site daily (R-REN-7). */
export type RenovationInspectingDepartment = "customer_service" | "engineering" | "security";

export const RENOVATION_INSPECTING_DEPARTMENTS: readonly RenovationInspectingDepartment[] = [
  "customer_service",
  "engineering",
  "security",
];

/**
 * An estate's renovation settings. The numbers are the manuals' defaults; an estate or a city's
 * rules may override any of them with {@link renovationPolicy}.
 */
export interface RenovationPolicy {
  /** The estate's time zone for business dates. @default "Asia/Shanghai" */
  readonly timeZone: string;
  /** The working-day calendar for the decision deadline. @default officialCalendar */
  readonly calendar: WorkingDayCalendar;
  /** R-REN-3: the decision is due this long after the file is compiled. @default 1 working day */
  readonly decisionDeadline: DeadlineSpec;
  /** R-REN-7: illegal work is reported to the authority within this window. @default 24 hours */
  readonly authorityReportWindow: DeadlineSpec;
  /** R-REN-9: months after passing completion acceptance before the deposit is refunded. @default 3 */
  readonly depositRefundWaitMonths: number;
  /** R-REN-7: departments that inspect every active site each day. @default all three */
  readonly dailyInspectionDepartments: readonly RenovationInspectingDepartment[];
}

export const DEFAULT_RENOVATION_POLICY: RenovationPolicy = {
  timeZone: DEFAULT_TIME_ZONE,
  calendar: officialCalendar,
  decisionDeadline: { amount: 1, unit: "workingDays" },
  authorityReportWindow: { amount: 24, unit: "hours" },
  depositRefundWaitMonths: 3,
  dailyInspectionDepartments: RENOVATION_INSPECTING_DEPARTMENTS,
};

/** The default policy with an estate's overrides; refuses a wait that is not a whole number of months. */
export function renovationPolicy(overrides: Partial<RenovationPolicy> = {}): RenovationPolicy {
  const policy = { ...DEFAULT_RENOVATION_POLICY, ...overrides };
  const months = policy.depositRefundWaitMonths;
  if (!Number.isInteger(months) || months < 0) {
    throw renovationErrors.REN_INVALID_POLICY.error(
      { field: "depositRefundWaitMonths", value: String(months) },
      ["depositRefundWaitMonths"],
    );
  }
  return policy;
}
