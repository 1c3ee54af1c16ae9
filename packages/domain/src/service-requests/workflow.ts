import type { Refusal } from "../errors/index.ts";
import { defineWorkflow } from "../workflow/index.ts";
import { hasText } from "./checks.ts";
import { serviceRequestErrors } from "./errors.ts";
import type { ServiceRequest, ServiceRequestStatus } from "./types.ts";

/** The data each step of a service request carries (R-SVC-1…3). */
export interface ServiceRequestActionData {
  settleOnSpot: { readonly answer: string };
  forward: { readonly department: string; readonly handler: string; readonly replyBy: Date };
  followUp: { readonly note: string; readonly replyBy?: Date };
  answer: { readonly answer: string };
  close: { readonly note?: string };
}

export type ServiceRequestAction = keyof ServiceRequestActionData;

/** The customer-service desk 客服中心 and its manager. */
const DESK = ["customer_service", "manager"];

function replyTimeRefusal(replyBy: Date, at: Date): Refusal | undefined {
  if (replyBy.getTime() > at.getTime()) return undefined;
  return serviceRequestErrors.SVC_REPLY_TIME_NOT_AFTER_NOW.refuse({ replyBy: replyBy.toISOString() }, [
    "replyBy",
  ]);
}

/**
 * A call or visit on the one workflow kit (R-SVC-1…3): logged → settled on the spot | forwarded
 * (who handles it, when the customer hears back) → followed up → answered → closed.
 */
export const serviceRequestWorkflow = defineWorkflow<
  ServiceRequestStatus,
  ServiceRequestActionData,
  ServiceRequest
>({
  name: "service request",
  states: ["logged", "settled", "forwarded", "answered", "closed"],
  initial: "logged",
  final: ["settled", "closed"],
  transitions: [
    {
      action: "settleOnSpot",
      from: "logged",
      to: "settled",
      rules: ["R-SVC-1"],
      roles: DESK,
      note: "answered on the spot; the answer is logged",
      guard: ({ data }) =>
        hasText(data.answer) ? undefined : serviceRequestErrors.SVC_ANSWER_REQUIRED.refuse({}, ["answer"]),
    },
    {
      action: "forward",
      from: "logged",
      to: "forwarded",
      rules: ["R-SVC-2", "R-SVC-3"],
      roles: DESK,
      note: "sent to the department within 10 minutes; the customer is told who handles it and when",
      guard: ({ data, at }) => {
        const refusals: Refusal[] = [];
        if (!hasText(data.department)) {
          refusals.push(serviceRequestErrors.SVC_DEPARTMENT_REQUIRED.refuse({}, ["department"]));
        }
        if (!hasText(data.handler))
          refusals.push(serviceRequestErrors.SVC_HANDLER_REQUIRED.refuse({}, ["handler"]));
        const late = replyTimeRefusal(data.replyBy, at);
        if (late) refusals.push(late);
        return refusals;
      },
    },
    {
      action: "followUp",
      from: "forwarded",
      to: "forwarded",
      rules: ["R-SVC-3"],
      roles: DESK,
      note: "the desk chases the department; a new reply time is told to the customer",
      guard: ({ data, at }) => {
        const refusals: Refusal[] = [];
        if (!hasText(data.note))
          refusals.push(serviceRequestErrors.SVC_FOLLOW_UP_NOTE_REQUIRED.refuse({}, ["note"]));
        const late = data.replyBy === undefined ? undefined : replyTimeRefusal(data.replyBy, at);
        if (late) refusals.push(late);
        return refusals;
      },
    },
    {
      action: "answer",
      from: "forwarded",
      to: "answered",
      rules: ["R-SVC-3"],
      roles: DESK,
      note: "the customer has the answer",
      guard: ({ data }) =>
        hasText(data.answer) ? undefined : serviceRequestErrors.SVC_ANSWER_REQUIRED.refuse({}, ["answer"]),
    },
    {
      action: "close",
      from: "answered",
      to: "closed",
      rules: ["R-SVC-3"],
      roles: DESK,
      note: "the desk closes the record",
    },
  ],
});
