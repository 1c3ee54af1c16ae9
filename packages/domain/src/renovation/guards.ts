import { businessDateOf, type IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import { formatMoney } from "../money/index.ts";
import type { GuardInput } from "../workflow/index.ts";
import type { RenovationActionData as Data, RenovationDecisionSignatures } from "./action-data.ts";
import type { RenovationSignature } from "./application.ts";
import { checkRenovationApplication } from "./check-application.ts";
import { assertRenovationDate } from "./dates.ts";
import { renovationErrors } from "./errors.ts";
import type { RenovationPolicy } from "./policy.ts";
import type { Renovation, RenovationCompletionInspection } from "./renovation.ts";
import { reviewRenovationApplication } from "./review-application.ts";

/** What the renovation guards see: the record and the estate's policy. */
export interface RenovationContext {
  readonly renovation: Renovation;
  readonly policy: RenovationPolicy;
}

type Input<A extends keyof Data> = GuardInput<RenovationContext, Data[A]>;

const E = renovationErrors;

function signed(signature: RenovationSignature | undefined): boolean {
  return signature !== undefined && signature.name.trim() !== "";
}

function today({ record, at }: { record: RenovationContext; at: Date }): IsoDate {
  return businessDateOf(at, record.policy.timeZone);
}

function headSignatures(data: RenovationDecisionSignatures): Refusal[] {
  const refusals: Refusal[] = [];
  // R-REN-3: both department heads sign the decision.
  if (!signed(data.customerServiceHead)) {
    refusals.push(
      E.REN_DECISION_NOT_SIGNED.refuse({ party: "customerServiceHead" }, ["customerServiceHead"]),
    );
  }
  if (!signed(data.engineeringHead)) {
    refusals.push(E.REN_DECISION_NOT_SIGNED.refuse({ party: "engineeringHead" }, ["engineeringHead"]));
  }
  return refusals;
}

/** R-REN-1: customer service compiles only a complete file. */
export function guardStartReview(input: Input<"startReview">): readonly Refusal[] {
  return checkRenovationApplication(input.record.renovation.application, today(input));
}

/** R-REN-1, R-REN-2, R-REN-4 on the decision date, and R-REN-3's two signatures. */
export function guardApprove(input: Input<"approve">): readonly Refusal[] {
  return [
    ...reviewRenovationApplication(input.record.renovation.application, today(input)),
    ...headSignatures(input.data),
  ];
}

export function guardReject(input: Input<"reject">): readonly Refusal[] {
  const refusals = headSignatures(input.data);
  if (input.data.reason.trim() === "")
    refusals.push(E.REN_REJECTION_REASON_MISSING.refuse(undefined, ["reason"]));
  return refusals;
}

/** R-REN-3: the owner confirms the decision by signature. */
export function guardConfirmDecision(input: Input<"confirmDecision">): Refusal | undefined {
  return signed(input.data.ownerSignature)
    ? undefined
    : E.REN_DECISION_NOT_SIGNED.refuse({ party: "owner" }, ["ownerSignature"]);
}

/** R-REN-5: the agreement is signed and the fees are paid in full, to the fen. */
export function guardPayFees({ data }: Input<"payFees">): readonly Refusal[] {
  const refusals: Refusal[] = [];
  if (!signed(data.agreementSignature)) {
    refusals.push(E.REN_AGREEMENT_NOT_SIGNED.refuse(undefined, ["agreementSignature"]));
  }
  if (data.paid !== data.fees.total) {
    const expected = formatMoney(data.fees.total, { symbol: true });
    refusals.push(
      E.REN_PAYMENT_MISMATCH.refuse({ expected, paid: formatMoney(data.paid, { symbol: true }) }, ["paid"]),
    );
  }
  return refusals;
}

/** R-REN-6: permit with number and service phone; passes only for workers paid for; departments told. */
export function guardIssuePermit({ record, data }: Input<"issuePermit">): readonly Refusal[] {
  const refusals: Refusal[] = [];
  if (data.permitNumber.trim() === "") {
    refusals.push(E.REN_PERMIT_DETAIL_MISSING.refuse({ field: "permitNumber" }, ["permitNumber"]));
  }
  if (data.servicePhone.trim() === "") {
    refusals.push(E.REN_PERMIT_DETAIL_MISSING.refuse({ field: "servicePhone" }, ["servicePhone"]));
  }
  const paid = record.renovation.payment?.fees.workers ?? 0;
  if (data.workerPasses.length > paid) {
    refusals.push(
      E.REN_PASSES_EXCEED_PAID.refuse({ passes: String(data.workerPasses.length), paid: String(paid) }, [
        "workerPasses",
      ]),
    );
  }
  // The departments that inspect the site daily (R-REN-7) must know it is active.
  for (const department of record.policy.dailyInspectionDepartments) {
    if (!data.departmentsNotified.includes(department)) {
      refusals.push(E.REN_DEPARTMENT_NOT_NOTIFIED.refuse({ department }, ["departmentsNotified"]));
    }
  }
  return refusals;
}

/** R-REN-6: the entry inspection is signed by the contractor and the office. */
export function guardStartWork({ data }: Input<"startWork">): readonly Refusal[] {
  const inspection = data.entryInspection;
  assertRenovationDate(inspection.inspectedOn, ["entryInspection", "inspectedOn"]);
  const refusals: Refusal[] = [];
  if (!signed(inspection.contractorSignature)) {
    refusals.push(
      E.REN_ENTRY_INSPECTION_NOT_SIGNED.refuse({ party: "contractor" }, [
        "entryInspection",
        "contractorSignature",
      ]),
    );
  }
  if (!signed(inspection.staffSignature)) {
    refusals.push(
      E.REN_ENTRY_INSPECTION_NOT_SIGNED.refuse({ party: "staff" }, ["entryInspection", "staffSignature"]),
    );
  }
  return refusals;
}

/** R-REN-8: the inspection is booked for an agreed date, not one already past. */
export function guardAgreedInspectionDate(
  input: Input<"applyForCompletion"> | Input<"reapplyForInspection">,
): Refusal | undefined {
  const agreedDate = input.data.agreedInspectionDate;
  assertRenovationDate(agreedDate, ["agreedInspectionDate"]);
  const now = today(input);
  return agreedDate < now
    ? E.REN_INSPECTION_DATE_IN_PAST.refuse({ agreedDate, today: now }, ["agreedInspectionDate"])
    : undefined;
}

function inspectionRefusals(
  record: RenovationContext,
  inspection: RenovationCompletionInspection,
): Refusal[] {
  assertRenovationDate(inspection.inspectedOn, ["inspection", "inspectedOn"]);
  const refusals: Refusal[] = [];
  const agreedDate = record.renovation.completion?.agreedInspectionDate;
  if (agreedDate !== undefined && inspection.inspectedOn < agreedDate) {
    refusals.push(
      E.REN_INSPECTED_BEFORE_AGREED_DATE.refuse({ inspectedOn: inspection.inspectedOn, agreedDate }, [
        "inspection",
        "inspectedOn",
      ]),
    );
  }
  // R-REN-8: engineering and security inspect together.
  for (const department of ["engineering", "security"] as const) {
    if (!inspection.inspectors.some((i) => i.department === department && i.name.trim() !== "")) {
      refusals.push(E.REN_INSPECTOR_MISSING.refuse({ department }, ["inspection", "inspectors"]));
    }
  }
  return refusals;
}

/** R-REN-8: accepted only by both departments and with no failure outstanding. */
export function guardAccept({ record, data }: Input<"accept">): readonly Refusal[] {
  const refusals = inspectionRefusals(record, data.inspection);
  const count = data.inspection.failures.length;
  if (count > 0) {
    refusals.push(
      E.REN_COMPLETION_FAILURES_OUTSTANDING.refuse({ count: String(count) }, ["inspection", "failures"]),
    );
  }
  return refusals;
}

/** R-REN-8: failures recorded, each with the rectification it requires. */
export function guardRequireRectification({
  record,
  data,
}: Input<"requireRectification">): readonly Refusal[] {
  const refusals = inspectionRefusals(record, data.inspection);
  const { failures } = data.inspection;
  if (failures.length === 0)
    refusals.push(E.REN_NO_FAILURES_RECORDED.refuse(undefined, ["inspection", "failures"]));
  failures.forEach((failure, index) => {
    if (failure.rectificationRequired.trim() === "") {
      refusals.push(
        E.REN_RECTIFICATION_NOT_STATED.refuse({ item: failure.item }, [
          "inspection",
          "failures",
          String(index),
        ]),
      );
    }
  });
  return refusals;
}

/**
 * R-REN-9: not before the refund date; the owner, the contractor and the project centre sign;
 * every penalty final (serious notices signed off, every violation rectified).
 */
export function guardSettleDeposit(input: Input<"settleDeposit">): readonly Refusal[] {
  const { record, data } = input;
  const { renovation } = record;
  const refusals: Refusal[] = [];
  const now = today(input);
  const earliest = renovation.depositRefundableFrom;
  if (earliest !== undefined && now < earliest) {
    refusals.push(E.REN_REFUND_TOO_EARLY.refuse({ earliest, date: now }));
  }
  for (const party of ["owner", "contractor", "projectCentre"] as const) {
    if (!signed(data.signOffs[party])) {
      refusals.push(E.REN_SETTLEMENT_NOT_SIGNED.refuse({ party }, ["signOffs", party]));
    }
  }
  for (const violation of data.violations) {
    if (violation.renovationId !== renovation.id) {
      throw E.REN_VIOLATION_OF_OTHER_RENOVATION.error(
        { violationId: violation.id, renovationId: renovation.id },
        ["violations"],
      );
    }
    if (violation.status === "rectified") continue;
    const unfiled = violation.classification.severity === "serious" && violation.status !== "filed";
    refusals.push(
      unfiled
        ? E.REN_VIOLATION_NOT_FILED.refuse({ violationId: violation.id }, ["violations"])
        : E.REN_VIOLATION_UNRECTIFIED.refuse({ violationId: violation.id }, ["violations"]),
    );
  }
  return refusals;
}
