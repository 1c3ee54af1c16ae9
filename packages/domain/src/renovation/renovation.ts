import type { Deadline, IsoDate } from "../calendar/index.ts";
import type { BilingualMessage, Refusal } from "../errors/index.ts";
import type { Money } from "../money/index.ts";
import type { Actor, WorkflowEvent } from "../workflow/index.ts";
import type { RenovationApplication, RenovationSignature } from "./application.ts";
import type { RenovationFees } from "./fee-standard.ts";
import type { RenovationInspectingDepartment } from "./policy.ts";

/**
 * Where a renovation 装修 stands. `rejected` waits for the owner's signature and then `closed`;
 * `rectificationRequired` loops back to `completionApplied` until the work passes (R-REN-8).
 */
export type RenovationStatus =
  | "applied"
  | "underReview"
  | "approved"
  | "rejected"
  | "confirmed"
  | "closed"
  | "feesPaid"
  | "permitIssued"
  | "inProgress"
  | "completionApplied"
  | "rectificationRequired"
  | "accepted"
  | "depositSettled";

export const RENOVATION_STATUSES: readonly RenovationStatus[] = [
  "applied",
  "underReview",
  "approved",
  "rejected",
  "confirmed",
  "closed",
  "feesPaid",
  "permitIssued",
  "inProgress",
  "completionApplied",
  "rectificationRequired",
  "accepted",
  "depositSettled",
];

/** The review decision 审批意见 (R-REN-3), signed by both department heads. */
export interface RenovationDecision {
  readonly outcome: "approved" | "rejected";
  readonly decidedAt: Date;
  readonly decidedBy: Actor;
  readonly customerServiceHead: RenovationSignature;
  readonly engineeringHead: RenovationSignature;
  /** Whether the decision came within the deadline of R-REN-3. */
  readonly onTime: boolean;
  /** For a rejection: the reason given, and what the review found on the decision date. */
  readonly reason?: string;
  readonly findings: readonly Refusal[];
}

/** Fees collected before work starts (R-REN-5). */
export interface RenovationPayment {
  readonly fees: RenovationFees;
  readonly paid: Money;
  readonly paidAt: Date;
  /** The owner's (or contractor's) signature on the management agreement 装修管理协议. */
  readonly agreementSignature: RenovationSignature;
}

/** A worker pass 施工人员出入证 (R-REN-6). */
export interface WorkerPass {
  readonly passNumber: string;
  readonly workerName: string;
}

/** The construction permit 装修施工许可证, posted at the door with the service phone (R-REN-6). */
export interface ConstructionPermit {
  readonly permitNumber: string;
  readonly servicePhone: string;
  readonly workerPasses: readonly WorkerPass[];
  readonly departmentsNotified: readonly RenovationInspectingDepartment[];
  readonly issuedAt: Date;
}

/**
 * The entry inspection 进场装修确认表 (R-REN-6), signed with the contractor so that damage already
 * there is not later charged to this renovation.
 */
export interface RenovationEntryInspection {
  readonly inspectedOn: IsoDate;
  readonly contractorSignature?: RenovationSignature;
  readonly staffSignature?: RenovationSignature;
  readonly existingDamage: readonly { readonly location: string; readonly description: string }[];
}

/** A failure found at completion inspection, with the rectification it requires (R-REN-8). */
export interface RenovationCompletionFailure {
  readonly item: string;
  readonly rectificationRequired: string;
}

/** One completion inspection 竣工验收 by engineering and security (R-REN-8). */
export interface RenovationCompletionInspection {
  readonly inspectedOn: IsoDate;
  readonly inspectors: readonly {
    readonly department: RenovationInspectingDepartment;
    readonly name: string;
  }[];
  readonly failures: readonly RenovationCompletionFailure[];
}

/** The completion file: the owner's application and every inspection, failed ones included. */
export interface RenovationCompletion {
  readonly appliedOn: IsoDate;
  readonly agreedInspectionDate: IsoDate;
  readonly inspections: readonly RenovationCompletionInspection[];
}

/** A damage to common parts assessed against the renovation (R-REN-9). */
export interface RenovationDamage {
  readonly description: string;
  readonly amount: Money;
  readonly assessedBy: string;
}

/** The three sign-offs a deposit refund needs (R-REN-9). */
export interface RenovationDepositSignOffs {
  readonly owner?: RenovationSignature;
  readonly contractor?: RenovationSignature;
  readonly projectCentre?: RenovationSignature;
}

/** One recorded penalty deducted at settlement, with how it was computed. */
export interface RenovationSettledPenalty {
  readonly violationId: string;
  readonly amount: Money;
  /** How the amount was computed on the settlement date, in both languages (R-REN-7, R-REN-9). */
  readonly explanation: BilingualMessage;
}

/** The deposit settlement 押金结算 (R-REN-9): happens exactly once. */
export interface RenovationDepositSettlement {
  readonly settledAt: Date;
  readonly settledOn: IsoDate;
  readonly deposit: Money;
  readonly penalties: readonly RenovationSettledPenalty[];
  readonly damages: readonly RenovationDamage[];
  /** Penalties plus damages. */
  readonly deductions: Money;
  /** What goes back: the deposit less deductions, never below zero. */
  readonly refund: Money;
  /** Deductions beyond the deposit: a receivable on the unit (zero when none). */
  readonly receivable: Money;
  /** The refund or the receivable as the cashier reads it out, in both languages. */
  readonly explanation: BilingualMessage;
  readonly unitId: string;
  readonly signOffs: Required<RenovationDepositSignOffs>;
}

/** A renovation of one unit, from application to deposit settlement, with its history (R-QLT-2). */
export interface Renovation {
  readonly id: string;
  readonly unitId: string;
  readonly status: RenovationStatus;
  readonly application: RenovationApplication;
  readonly appliedAt: Date;
  /** Set when customer service has compiled the file; the decision deadline runs from then. */
  readonly review?: { readonly startedAt: Date; readonly deadline: Deadline };
  readonly decision?: RenovationDecision;
  readonly ownerConfirmation?: RenovationSignature;
  readonly payment?: RenovationPayment;
  readonly permit?: ConstructionPermit;
  readonly entryInspection?: RenovationEntryInspection;
  readonly completion?: RenovationCompletion;
  readonly acceptedOn?: IsoDate;
  /** R-REN-9: the first date the deposit may be refunded. */
  readonly depositRefundableFrom?: IsoDate;
  readonly depositSettlement?: RenovationDepositSettlement;
  readonly history: readonly WorkflowEvent<RenovationStatus>[];
}

/** Opens a renovation for an application received at `appliedAt`. */
export function openRenovation(input: {
  readonly id: string;
  readonly application: RenovationApplication;
  readonly appliedAt: Date;
}): Renovation {
  return {
    id: input.id,
    unitId: input.application.unitId,
    status: "applied",
    application: input.application,
    appliedAt: input.appliedAt,
    history: [],
  };
}
