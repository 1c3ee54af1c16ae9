import { computeDeadline } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import { formatMoney } from "../money/index.ts";
import { defineWorkflow, type Workflow } from "../workflow/index.ts";
import { repairErrors } from "./errors.ts";
import type { RepairPolicy } from "./policy.ts";
import type {
  RepairOrder,
  RepairQuote,
  RepairStatus,
  RepairTechnician,
  RepairWarrantyDecision,
} from "./types.ts";

/** What a repair guard sees: the order and the estate's policy. */
export interface RepairGuardContext {
  readonly order: RepairOrder;
  readonly policy: RepairPolicy;
}

/** The data each repair action carries. */
export interface RepairActionData {
  readonly respond: { readonly onSiteNow: boolean };
  readonly assign: { readonly technician: RepairTechnician };
  readonly agreeFreePlan: { readonly warranty: RepairWarrantyDecision; readonly plan: string };
  readonly quote: {
    readonly quote: RepairQuote;
    readonly reason: string;
    readonly warranty?: RepairWarrantyDecision;
  };
  readonly acceptQuote: undefined;
  readonly declineQuote: { readonly reason: string };
  readonly start: undefined;
  readonly complete: { readonly workDone: string };
  readonly acceptJointly: { readonly ownerSignature: string; readonly technicianSignature: string };
  readonly rejectAtAcceptance: { readonly defects: string };
  readonly returnVisitSatisfied: { readonly comment?: string };
  readonly returnVisitDissatisfied: { readonly complaint: string };
  readonly withdraw: { readonly reason: string };
}

export type RepairAction = keyof RepairActionData;

function blank(value: unknown): boolean {
  return typeof value !== "string" || value.trim() === "";
}

function required(value: unknown, field: string, fieldZh: string): Refusal | undefined {
  return blank(value) ? repairErrors.REP_FIELD_REQUIRED.refuse({ field, fieldZh }, [field]) : undefined;
}

function present(...refusals: (Refusal | undefined)[]): readonly Refusal[] {
  return refusals.filter((r): r is Refusal => r !== undefined);
}

function categoryMatches(order: RepairOrder, warranty: RepairWarrantyDecision): Refusal | undefined {
  return warranty.category === order.category
    ? undefined
    : repairErrors.REP_WARRANTY_CATEGORY_MISMATCH.refuse(
        { decided: warranty.category, reported: order.category },
        ["warranty", "category"],
      );
}

// R-REP-5: the visit comes no earlier than the policy's minimum after completion (1 day).
function notTooEarly({ order, policy }: RepairGuardContext, at: Date): Refusal | undefined {
  if (!order.completedAt) return undefined;
  const earliest = computeDeadline(order.completedAt, policy.returnVisitEarliest, {
    timeZone: policy.timeZone,
    ...(policy.calendar ? { calendar: policy.calendar } : {}),
  });
  if (at.getTime() >= earliest.due.getTime()) return undefined;
  return repairErrors.REP_RETURN_VISIT_TOO_EARLY.refuse({ earliest: earliest.due.toISOString() }, ["at"]);
}

const BEFORE_WORK: readonly RepairStatus[] = [
  "registered",
  "responded",
  "assigned",
  "planAgreed",
  "quoted",
  "quoteAccepted",
  "reopened",
];

/**
 * The repair order 维修单 workflow (R-REP-1…5): registered → responded → assigned → free plan
 * agreed | quoted → quote accepted → in progress → completed → jointly accepted → return visit →
 * closed, or reopened for a second repair 二次维修 when the owner is not satisfied.
 */
export const repairWorkflow: Workflow<RepairStatus, RepairActionData, RepairGuardContext> = defineWorkflow<
  RepairStatus,
  RepairActionData,
  RepairGuardContext
>({
  name: "repair",
  states: [
    "registered",
    "responded",
    "assigned",
    "planAgreed",
    "quoted",
    "quoteAccepted",
    "inProgress",
    "completed",
    "accepted",
    "reopened",
    "closed",
    "withdrawn",
  ],
  initial: "registered",
  final: ["closed", "withdrawn"],
  transitions: [
    {
      action: "respond",
      from: "registered",
      to: "responded",
      rules: ["R-REP-1"],
      roles: ["customer_service", "engineering"],
      note: "answered within 15 minutes, deciding whether someone goes on site at once",
    },
    {
      action: "assign",
      from: ["responded", "reopened"],
      to: "assigned",
      rules: ["R-REP-2"],
      roles: ["engineering", "manager"],
      guard: ({ record: { order }, data }) =>
        data.technician.trades.includes(order.trade)
          ? undefined
          : repairErrors.REP_TECHNICIAN_WRONG_TRADE.refuse(
              { technician: data.technician.name, trade: order.trade },
              ["technician"],
            ),
      note: "a technician of the repair's trade",
    },
    {
      action: "agreeFreePlan",
      from: "assigned",
      to: "planAgreed",
      rules: ["R-REP-3"],
      roles: ["engineering"],
      guard: ({ record: { order }, data }) =>
        present(
          categoryMatches(order, data.warranty),
          data.warranty.status === "inWarranty"
            ? undefined
            : repairErrors.REP_NOT_IN_WARRANTY.refuse(
                { category: data.warranty.category, status: data.warranty.status },
                ["warranty"],
              ),
          required(data.plan, "plan", "维修方案"),
        ),
      note: "within warranty: free, plan agreed with the owner",
    },
    {
      action: "quote",
      from: "assigned",
      to: "quoted",
      rules: ["R-REP-3"],
      roles: ["engineering"],
      guard: ({ record: { order }, data }) =>
        present(
          data.quote.lines.length === 0
            ? repairErrors.REP_QUOTE_EMPTY.refuse(undefined, ["quote"])
            : undefined,
          required(data.reason, "reason", "收费理由"),
          data.warranty ? categoryMatches(order, data.warranty) : undefined,
          data.warranty?.status === "inWarranty"
            ? repairErrors.REP_QUOTE_IN_WARRANTY.refuse(
                { category: data.warranty.category, endDate: data.warranty.endDate },
                ["warranty"],
              )
            : undefined,
        ),
      note: "outside warranty: the reason and the amount explained to the owner",
    },
    {
      action: "acceptQuote",
      from: "quoted",
      to: "quoteAccepted",
      rules: ["R-REP-3"],
      roles: ["owner", "customer_service"],
      note: "the owner accepts (customer service records an acceptance given in person or by phone)",
    },
    {
      action: "declineQuote",
      from: "quoted",
      to: "withdrawn",
      rules: ["R-REP-3"],
      roles: ["owner", "customer_service"],
      guard: ({ data }) => required(data.reason, "reason", "原因"),
      note: "the owner declines: no paid work",
    },
    {
      action: "start",
      from: ["assigned", "planAgreed", "quoted", "quoteAccepted"],
      to: "inProgress",
      rules: ["R-REP-3"],
      roles: ["engineering"],
      guard: ({ record: { order } }) => {
        const coverage = order.coverage;
        if (!coverage) return repairErrors.REP_COVERAGE_UNDECIDED.refuse(undefined);
        if (coverage.kind === "paid" && !coverage.acceptedAt) {
          return repairErrors.REP_QUOTE_NOT_ACCEPTED.refuse({
            total: formatMoney(coverage.quote.total, { symbol: true }),
          });
        }
        return undefined;
      },
      note: "free work, or paid work once the owner has accepted the quote",
    },
    {
      action: "complete",
      from: "inProgress",
      to: "completed",
      rules: ["R-REP-2"],
      roles: ["engineering"],
      guard: ({ data }) => required(data.workDone, "workDone", "维修记录"),
      note: "due within 24 hours of the request",
    },
    {
      action: "acceptJointly",
      from: "completed",
      to: "accepted",
      rules: ["R-REP-4"],
      roles: ["engineering", "owner"],
      guard: ({ data }) =>
        present(
          blank(data.ownerSignature)
            ? repairErrors.REP_JOINT_ACCEPTANCE_INCOMPLETE.refuse({ missing: "owner", missingZh: "业主" }, [
                "ownerSignature",
              ])
            : undefined,
          blank(data.technicianSignature)
            ? repairErrors.REP_JOINT_ACCEPTANCE_INCOMPLETE.refuse(
                { missing: "technician", missingZh: "维修人员" },
                ["technicianSignature"],
              )
            : undefined,
        ),
      note: "owner and technician check and sign together",
    },
    {
      action: "rejectAtAcceptance",
      from: "completed",
      to: "inProgress",
      rules: ["R-REP-4"],
      roles: ["engineering", "owner"],
      guard: ({ data }) => required(data.defects, "defects", "未通过验收的问题"),
      note: "the joint check finds the work unfinished",
    },
    {
      action: "returnVisitSatisfied",
      from: "accepted",
      to: "closed",
      rules: ["R-REP-5"],
      roles: ["customer_service"],
      guard: ({ record, at }) => notTooEarly(record, at),
      note: "1 to 3 days after completion; the record is filed with customer service",
    },
    {
      action: "returnVisitDissatisfied",
      from: "accepted",
      to: "reopened",
      rules: ["R-REP-5"],
      roles: ["customer_service"],
      guard: ({ record, data, at }) =>
        present(notTooEarly(record, at), required(data.complaint, "complaint", "不满意的原因")),
      note: "a second repair starts from assignment; the repeat count goes up",
    },
    {
      action: "withdraw",
      from: BEFORE_WORK,
      to: "withdrawn",
      roles: ["owner", "tenant", "customer_service"],
      guard: ({ data }) => required(data.reason, "reason", "撤销原因"),
      note: "the request is withdrawn before work starts",
    },
  ],
});
