import type { IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import type { RenovationApplication } from "./application.ts";
import { checkRenovationApplication } from "./check-application.ts";
import { checkAuthorityApprovals } from "./check-approvals.ts";
import { checkProhibitedWork } from "./check-prohibited-work.ts";

/**
 * Everything engineering's review finds on `decisionDate`: missing or expired documents
 * (R-REN-1), missing authority approvals (R-REN-2) and prohibited work (R-REN-4). Empty means the
 * application may be approved; otherwise the refusals are the reasons for a rejection.
 */
export function reviewRenovationApplication(
  application: RenovationApplication,
  decisionDate: IsoDate,
): readonly Refusal[] {
  return [
    ...checkRenovationApplication(application, decisionDate),
    ...checkAuthorityApprovals(application),
    ...checkProhibitedWork(application.work),
  ];
}
