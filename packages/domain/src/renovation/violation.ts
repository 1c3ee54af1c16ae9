import type { Deadline, IsoDate } from "../calendar/index.ts";
import type { BilingualMessage } from "../errors/index.ts";
import type { Money, Quantity } from "../money/index.ts";
import type { Actor, WorkflowEvent } from "../workflow/index.ts";
import type { RenovationSignature } from "./application.ts";
import type { RenovationViolationSeverity } from "./violation-catalogue.ts";

/**
 * Where a violation's notice stands (R-REN-7). Minor: `recorded → verbalNoticeGiven → rectified`.
 * Serious: `recorded → ownerPhoned → siteManagerPhoned → noticeSigned → filed → rectified`.
 */
export type RenovationViolationStatus =
  | "recorded"
  | "verbalNoticeGiven"
  | "ownerPhoned"
  | "siteManagerPhoned"
  | "noticeSigned"
  | "filed"
  | "rectified";

/** Severity as classified: the catalogue's, or an inspector's override with actor and reason. */
export interface RenovationViolationClassification {
  readonly severity: RenovationViolationSeverity;
  readonly notice: "verbal" | "written";
  readonly catalogueSeverity: RenovationViolationSeverity;
  readonly override?: {
    readonly severity: RenovationViolationSeverity;
    readonly reason: string;
    readonly actor: Actor;
    readonly at: Date;
  };
  readonly illegal: boolean;
  /** The rule IDs that fired. */
  readonly rules: readonly string[];
}

/** The penalty 违约金 on a written notice, as recorded (R-REN-7). */
export interface RenovationViolationPenaltyTerms {
  /** The one-off amount, repeat multiplier applied (zero for a minor violation). */
  readonly base: Money;
  /** Whether the same renovation already had a violation of this type. */
  readonly repeat: boolean;
  /** The catalogue's one-off amount before any repeat multiplier (zero for a minor violation). */
  readonly listed: Money;
  readonly multiplier?: Quantity;
  /** Per day unrectified after the rectify-by date (zero when the catalogue has none). */
  readonly dailyAmount: Money;
  /**
   * The terms as the notice states them, in both languages, e.g. "Penalty for security bars
   * installed on windows (serious): ¥1,000.00, plus ¥50.00 a day unrectified after the rectify-by
   * date" / "违约金：安装窗户防护栏（严重违章）1000.00元，逾期整改另计 50.00元/天".
   */
  readonly explanation: BilingualMessage;
}

/** The duty to report illegal work to the competent authority, with its deadline (R-REN-7). */
export interface ViolationAuthorityReportDuty {
  readonly deadline: Deadline;
  readonly report?: {
    readonly authority: string;
    readonly reference: string;
    readonly reportedAt: Date;
    readonly reportedBy: Actor;
    readonly late: boolean;
  };
}

/** A violation found at a daily site inspection (R-REN-7). */
export interface RenovationViolation {
  readonly id: string;
  readonly renovationId: string;
  readonly unitId: string;
  readonly type: string;
  readonly label: BilingualMessage;
  readonly status: RenovationViolationStatus;
  readonly observedAt: Date;
  readonly observedOn: IsoDate;
  readonly observedBy: Actor;
  readonly description: string;
  readonly rectificationRequired: string;
  readonly rectifyBy: IsoDate;
  readonly classification: RenovationViolationClassification;
  readonly penalty: RenovationViolationPenaltyTerms;
  /** Present for illegal work only. */
  readonly authorityReport?: ViolationAuthorityReportDuty;
  readonly noticeSignatures?: {
    readonly owner: RenovationSignature;
    readonly siteManager: RenovationSignature;
  };
  /** The project manager's sign-off that files the penalty in the owner's archive. */
  readonly signedOff?: { readonly by: Actor; readonly at: Date };
  readonly rectifiedOn?: IsoDate;
  readonly history: readonly WorkflowEvent<RenovationViolationStatus>[];
}
