import { defineWorkflow } from "../workflow/index.ts";
import { hasText } from "./checks.ts";
import { complaintErrors } from "./errors.ts";
import { complaintFactRefusals } from "./severity-criteria.ts";
import {
  COMPLAINT_SATISFACTIONS,
  type Complaint,
  type ComplaintFacts,
  type ComplaintSatisfaction,
  type ComplaintStatus,
} from "./types.ts";

/** The data each step of the complaint flow carries (R-CMP-2, R-CMP-5, R-CMP-6). */
export interface ComplaintActionData {
  declareInvalid: { readonly reason: string };
  closeInvalid: { readonly explanation: string };
  classify: { readonly facts: ComplaintFacts; readonly urgent?: boolean };
  assign: { readonly department: string };
  handle: { readonly handling: string };
  reportBack: { readonly result: string };
  approveResult: { readonly note?: string };
  returnToDepartment: { readonly reason: string };
  reply: { readonly reply: string };
  recordReturnVisit: { readonly notes: string };
  close: {
    readonly satisfaction: ComplaintSatisfaction;
    readonly customerConfirmation: string;
    readonly causes?: readonly string[];
  };
}

export type ComplaintAction = keyof ComplaintActionData;

/** The project supervisor 项目主管 and the managers who decide and approve. */
const SUPERVISORS = ["manager"];
/** The customer-service desk 客服中心 and its manager. */
const CUSTOMER_SERVICE = ["customer_service", "manager"];
/** Any department a complaint can be assigned to. */
const DEPARTMENTS = [
  "engineering",
  "security",
  "customer_service",
  "manager",
  "cashier",
  "finance",
  "archivist",
];

/**
 * The complaint flow of R-CMP-5 on the one workflow kit: received → (invalid → closed with an
 * explanation) | classified → assigned → handled → reported back → approved → replied →
 * return visit → closed with the customer's satisfaction.
 */
export const complaintWorkflow = defineWorkflow<ComplaintStatus, ComplaintActionData, Complaint>({
  name: "complaint",
  states: [
    "received",
    "invalid",
    "classified",
    "assigned",
    "handled",
    "reportedBack",
    "approved",
    "replied",
    "returnVisited",
    "closed",
  ],
  initial: "received",
  final: ["closed"],
  transitions: [
    {
      action: "declareInvalid",
      from: "received",
      to: "invalid",
      rules: ["R-CMP-2"],
      roles: SUPERVISORS,
      note: "the supervisor judges the complaint invalid, saying why",
      guard: ({ data }) =>
        hasText(data.reason)
          ? undefined
          : complaintErrors.CMP_INVALIDITY_REASON_REQUIRED.refuse({}, ["reason"]),
    },
    {
      action: "closeInvalid",
      from: "invalid",
      to: "closed",
      rules: ["R-CMP-2"],
      roles: CUSTOMER_SERVICE,
      note: "closed once the polite explanation to the customer is recorded",
      guard: ({ data }) =>
        hasText(data.explanation)
          ? undefined
          : complaintErrors.CMP_EXPLANATION_REQUIRED.refuse({}, ["explanation"]),
    },
    {
      action: "classify",
      from: "received",
      to: "classified",
      rules: ["R-CMP-2", "R-CMP-3", "R-CMP-4"],
      roles: SUPERVISORS,
      note: "valid: severity follows from the facts; deadlines start and reports are due",
      guard: ({ data }) => {
        const refusals = [...complaintFactRefusals(data.facts)];
        if (data.urgent !== undefined && typeof data.urgent !== "boolean") {
          refusals.push(
            complaintErrors.CMP_FACT_INVALID.refuse({ fact: "urgent", value: JSON.stringify(data.urgent) }, [
              "urgent",
            ]),
          );
        }
        return refusals;
      },
    },
    {
      action: "assign",
      from: "classified",
      to: "assigned",
      rules: ["R-CMP-5"],
      roles: CUSTOMER_SERVICE,
      note: "sent to the responsible department",
      guard: ({ data }) =>
        hasText(data.department)
          ? undefined
          : complaintErrors.CMP_DEPARTMENT_REQUIRED.refuse({}, ["department"]),
    },
    {
      action: "handle",
      from: "assigned",
      to: "handled",
      rules: ["R-CMP-5"],
      roles: DEPARTMENTS,
      note: "the department records how it handled the complaint",
      guard: ({ data }) =>
        hasText(data.handling) ? undefined : complaintErrors.CMP_HANDLING_REQUIRED.refuse({}, ["handling"]),
    },
    {
      action: "reportBack",
      from: "handled",
      to: "reportedBack",
      rules: ["R-CMP-5"],
      roles: DEPARTMENTS,
      note: "the department reports the result to customer service",
      guard: ({ data }) =>
        hasText(data.result) ? undefined : complaintErrors.CMP_RESULT_REQUIRED.refuse({}, ["result"]),
    },
    {
      action: "approveResult",
      from: "reportedBack",
      to: "approved",
      rules: ["R-CMP-5"],
      roles: SUPERVISORS,
      note: "the customer-service manager agrees the result; the reply is due the same day",
    },
    {
      action: "returnToDepartment",
      from: "reportedBack",
      to: "assigned",
      rules: ["R-CMP-5"],
      roles: SUPERVISORS,
      note: "the manager does not agree the result and sends it back, saying why",
      guard: ({ data }) =>
        hasText(data.reason)
          ? undefined
          : complaintErrors.CMP_REJECTION_REASON_REQUIRED.refuse({}, ["reason"]),
    },
    {
      action: "reply",
      from: "approved",
      to: "replied",
      rules: ["R-CMP-5"],
      roles: CUSTOMER_SERVICE,
      note: "the result is replied to the customer (意见受理回复表)",
      guard: ({ data }) =>
        hasText(data.reply) ? undefined : complaintErrors.CMP_REPLY_REQUIRED.refuse({}, ["reply"]),
    },
    {
      action: "recordReturnVisit",
      from: "replied",
      to: "returnVisited",
      rules: ["R-CMP-5"],
      roles: CUSTOMER_SERVICE,
      note: "customer service visits or calls the customer back",
      guard: ({ data }) =>
        hasText(data.notes)
          ? undefined
          : complaintErrors.CMP_RETURN_VISIT_NOTES_REQUIRED.refuse({}, ["notes"]),
    },
    {
      action: "close",
      from: "returnVisited",
      to: "closed",
      rules: ["R-CMP-6"],
      roles: CUSTOMER_SERVICE,
      note: "closed with the customer's satisfaction and confirmation, then archived",
      guard: ({ data }) => {
        const refusals = [];
        if (!COMPLAINT_SATISFACTIONS.includes(data.satisfaction)) {
          refusals.push(
            complaintErrors.CMP_SATISFACTION_UNKNOWN.refuse({ satisfaction: String(data.satisfaction) }, [
              "satisfaction",
            ]),
          );
        }
        if (!hasText(data.customerConfirmation)) {
          refusals.push(complaintErrors.CMP_CONFIRMATION_REQUIRED.refuse({}, ["customerConfirmation"]));
        }
        return refusals;
      },
    },
  ],
});
