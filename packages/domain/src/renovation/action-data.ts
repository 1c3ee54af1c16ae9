import type { IsoDate } from "../calendar/index.ts";
import type { Money } from "../money/index.ts";
import type { RenovationSignature } from "./application.ts";
import type { RenovationFees } from "./fee-standard.ts";
import type { RenovationInspectingDepartment } from "./policy.ts";
import type {
  RenovationCompletionInspection,
  RenovationDamage,
  RenovationDepositSignOffs,
  RenovationEntryInspection,
  WorkerPass,
} from "./renovation.ts";
import type { RenovationViolation } from "./violation.ts";

/** The signatures of both department heads on the decision (R-REN-3). */
export interface RenovationDecisionSignatures {
  readonly customerServiceHead?: RenovationSignature;
  readonly engineeringHead?: RenovationSignature;
}

/**
 * The data each renovation action carries. Signatures are optional in the types because a form
 * may come back unsigned: the guards turn a missing one into a refusal.
 */
export interface RenovationActionData {
  /** Customer service has compiled a complete file (R-REN-1); the decision clock starts. */
  startReview: undefined;
  approve: RenovationDecisionSignatures;
  reject: RenovationDecisionSignatures & { readonly reason: string };
  confirmDecision: { readonly ownerSignature?: RenovationSignature };
  /** The cashier records the fees computed with `computeRenovationFees` and the amount paid. */
  payFees: {
    readonly fees: RenovationFees;
    readonly paid: Money;
    readonly agreementSignature?: RenovationSignature;
  };
  issuePermit: {
    readonly permitNumber: string;
    readonly servicePhone: string;
    readonly workerPasses: readonly WorkerPass[];
    readonly departmentsNotified: readonly RenovationInspectingDepartment[];
  };
  startWork: { readonly entryInspection: RenovationEntryInspection };
  applyForCompletion: { readonly agreedInspectionDate: IsoDate };
  accept: { readonly inspection: RenovationCompletionInspection };
  requireRectification: { readonly inspection: RenovationCompletionInspection };
  reapplyForInspection: { readonly agreedInspectionDate: IsoDate };
  settleDeposit: {
    readonly signOffs: RenovationDepositSignOffs;
    readonly damages: readonly RenovationDamage[];
    /** Every violation recorded on this renovation. */
    readonly violations: readonly RenovationViolation[];
  };
}

export type RenovationAction = keyof RenovationActionData;
