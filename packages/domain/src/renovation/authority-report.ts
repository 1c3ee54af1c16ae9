import { isOverdue } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import type { Actor } from "../workflow/index.ts";
import { renovationErrors } from "./errors.ts";
import type { RenovationViolation } from "./violation.ts";

/** Where the duty to report illegal work stands (R-REN-7). */
export type ViolationAuthorityReportStatus =
  | "notRequired"
  | "due"
  | "overdue"
  | "reportedOnTime"
  | "reportedLate";

/** R-REN-7: whether illegal work has been reported to the authority in time, as of `at`. */
export function violationAuthorityReportStatus(
  violation: RenovationViolation,
  at: Date,
): ViolationAuthorityReportStatus {
  const duty = violation.authorityReport;
  if (!duty) return "notRequired";
  if (duty.report) return duty.report.late ? "reportedLate" : "reportedOnTime";
  return isOverdue(duty.deadline, at) ? "overdue" : "due";
}

/** R-REN-7: the violations whose report to the authority is overdue at `at`, for the manager's list. */
export function overdueViolationAuthorityReports(
  violations: readonly RenovationViolation[],
  at: Date,
): readonly RenovationViolation[] {
  return violations.filter((v) => violationAuthorityReportStatus(v, at) === "overdue");
}

export type ViolationAuthorityReportResult =
  | { readonly ok: true; readonly violation: RenovationViolation }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/**
 * R-REN-7: records that illegal work was reported to the competent authority; a report after the
 * deadline is accepted (late is better than never) and marked late. Reported once.
 */
export function reportViolationToAuthority(
  violation: RenovationViolation,
  report: { readonly authority: string; readonly reference: string },
  actor: Actor,
  at: Date,
): ViolationAuthorityReportResult {
  const duty = violation.authorityReport;
  if (!duty) {
    return {
      ok: false,
      refusals: [renovationErrors.REN_AUTHORITY_REPORT_NOT_REQUIRED.refuse({ violationId: violation.id })],
    };
  }
  if (duty.report) {
    return {
      ok: false,
      refusals: [
        renovationErrors.REN_AUTHORITY_ALREADY_REPORTED.refuse({
          violationId: violation.id,
          reportedAt: duty.report.reportedAt.toISOString(),
        }),
      ],
    };
  }
  const late = isOverdue(duty.deadline, at);
  return {
    ok: true,
    violation: {
      ...violation,
      authorityReport: { ...duty, report: { ...report, reportedAt: at, reportedBy: actor, late } },
    },
  };
}
