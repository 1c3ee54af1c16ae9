import type { ServiceEscalation } from "@wuye/domain";
import { z } from "zod";
import { builder, type WuyeSchemaTypes } from "../builder.ts";
import { prismaOf } from "../context.ts";
import {
  answerServiceRequestStep,
  closeServiceRequestStep,
  followUpServiceRequestStep,
  forwardServiceRequestStep,
  logServiceRequest,
  SERVICE_DESK_ROLES,
  settleServiceRequestStep,
} from "../services/service-requests.ts";
import { serviceContext } from "../services/support.ts";
import { DepartmentEnum } from "./complaint-types.ts";
import { mutationErrors } from "./errors.ts";
import {
  ServiceAttentionReasonEnum,
  ServiceContactKindEnum,
  ServiceEscalationRef,
} from "./service-request-types.ts";

/**
 * The customer-service desk's mutations for calls and visits (R-SVC-1…3), each through the
 * domain's `serviceRequestWorkflow`. Only the desk (customer service, its manager) acts; blank
 * text is refused by the domain with its own code (`SVC_ANSWER_REQUIRED`…).
 */

const text = (max = 2000) => z.string().max(max);

type InputFields = PothosSchemaTypes.InputFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<WuyeSchemaTypes>,
  "InputObject"
>;

function stepFields(t: InputFields) {
  return {
    serviceRequestId: t.globalID({ required: true }),
    expectedVersion: t.int({ required: false }),
  };
}

/** The payload of a desk step: the request reloaded with the client's selection. */
const serviceRequestPayload = (name: string) =>
  builder.objectRef<{ serviceRequestId: string; escalation?: ServiceEscalation | null }>(name).implement({
    fields: (t) => ({
      serviceRequest: t.prismaField({
        type: "ServiceRequest",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).serviceRequest.findUnique({ ...query, where: { id: payload.serviceRequestId } }),
      }),
    }),
  });

const desk = { staffRole: [...SERVICE_DESK_ROLES] };

const ServiceRequestLogInput = builder.inputType("ServiceRequestLogInput", {
  description: "A call or visit as the desk logs it (客户来电来访记录表): the estate or the caller's unit.",
  fields: (t) => ({
    estateId: t.globalID({ required: false }),
    unitId: t.globalID({ required: false }),
    personId: t.globalID({ required: false, description: "The caller's archive record, when known." }),
    kind: t.field({ type: ServiceContactKindEnum, required: true }),
    callerName: t.string({ required: true, validate: text(100) }),
    numberShown: t.string({ required: false, validate: z.string().trim().max(30).optional() }),
    subject: t.string({ required: true, validate: text() }),
    receivedAt: t.field({ type: "DateTime", required: false, description: "Default: now." }),
    attention: t.field({
      type: [ServiceAttentionReasonEnum],
      required: false,
      description: "Major, urgent or sudden: reported to the supervisor at once (R-SVC-2).",
    }),
  }),
});

const ServiceRequestLogPayload = builder
  .objectRef<{ serviceRequestId: string; escalation: ServiceEscalation | null }>("ServiceRequestLogPayload")
  .implement({
    fields: (t) => ({
      serviceRequest: t.prismaField({
        type: "ServiceRequest",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).serviceRequest.findUnique({ ...query, where: { id: payload.serviceRequestId } }),
      }),
      escalation: t.field({
        type: ServiceEscalationRef,
        nullable: true,
        description: "The report to the supervisor due at once (R-SVC-2), if the matter needs one.",
        resolve: (payload) => payload.escalation,
      }),
    }),
  });

builder.mutationField("serviceRequestLog", (t) =>
  t.field({
    type: ServiceRequestLogPayload,
    description:
      "R-SVC-1/2: log a call or visit; it must be settled on the spot or forwarded within 10 minutes.",
    authScopes: desk,
    errors: mutationErrors(),
    args: { input: t.arg({ type: ServiceRequestLogInput, required: true }) },
    resolve: (_root, { input }, context) => logServiceRequest(serviceContext(context), input),
  }),
);

const ServiceRequestSettleInput = builder.inputType("ServiceRequestSettleInput", {
  fields: (t) => ({ ...stepFields(t), answer: t.string({ required: true, validate: text() }) }),
});

builder.mutationField("serviceRequestSettle", (t) =>
  t.field({
    type: serviceRequestPayload("ServiceRequestSettlePayload"),
    description: "R-SVC-1: answered on the spot; the answer is logged and nothing needs forwarding.",
    authScopes: desk,
    errors: mutationErrors(),
    args: { input: t.arg({ type: ServiceRequestSettleInput, required: true }) },
    resolve: (_root, { input }, context) => settleServiceRequestStep(serviceContext(context), input),
  }),
);

const ServiceRequestForwardInput = builder.inputType("ServiceRequestForwardInput", {
  fields: (t) => ({
    ...stepFields(t),
    department: t.field({ type: DepartmentEnum, required: true }),
    handler: t.string({
      required: true,
      description: "Whom the customer is told handles it.",
      validate: text(100),
    }),
    replyBy: t.field({ type: "DateTime", required: true, description: "When the customer will hear back." }),
  }),
});

builder.mutationField("serviceRequestForward", (t) =>
  t.field({
    type: serviceRequestPayload("ServiceRequestForwardPayload"),
    description:
      "R-SVC-2/3: forward to the responsible department (due within 10 minutes of logging); the customer is told who handles it and when they will hear back.",
    authScopes: desk,
    errors: mutationErrors(),
    args: { input: t.arg({ type: ServiceRequestForwardInput, required: true }) },
    resolve: (_root, { input }, context) => forwardServiceRequestStep(serviceContext(context), input),
  }),
);

const ServiceRequestFollowUpInput = builder.inputType("ServiceRequestFollowUpInput", {
  fields: (t) => ({
    ...stepFields(t),
    note: t.string({ required: true, validate: text() }),
    replyBy: t.field({
      type: "DateTime",
      required: false,
      description: "A new time told to the customer: it keeps the old promise and sets a new one.",
    }),
  }),
});

builder.mutationField("serviceRequestFollowUp", (t) =>
  t.field({
    type: serviceRequestPayload("ServiceRequestFollowUpPayload"),
    description: "R-SVC-3: the desk chases the department until the customer has the answer.",
    authScopes: desk,
    errors: mutationErrors(),
    args: { input: t.arg({ type: ServiceRequestFollowUpInput, required: true }) },
    resolve: (_root, { input }, context) => followUpServiceRequestStep(serviceContext(context), input),
  }),
);

const ServiceRequestAnswerInput = builder.inputType("ServiceRequestAnswerInput", {
  fields: (t) => ({ ...stepFields(t), answer: t.string({ required: true, validate: text() }) }),
});

builder.mutationField("serviceRequestAnswer", (t) =>
  t.field({
    type: serviceRequestPayload("ServiceRequestAnswerPayload"),
    description: "R-SVC-3: the customer has the answer.",
    authScopes: desk,
    errors: mutationErrors(),
    args: { input: t.arg({ type: ServiceRequestAnswerInput, required: true }) },
    resolve: (_root, { input }, context) => answerServiceRequestStep(serviceContext(context), input),
  }),
);

const ServiceRequestCloseInput = builder.inputType("ServiceRequestCloseInput", {
  fields: (t) => ({ ...stepFields(t), note: t.string({ required: false, validate: text().optional() }) }),
});

builder.mutationField("serviceRequestClose", (t) =>
  t.field({
    type: serviceRequestPayload("ServiceRequestClosePayload"),
    description: "R-SVC-3: the desk closes an answered request.",
    authScopes: desk,
    errors: mutationErrors(),
    args: { input: t.arg({ type: ServiceRequestCloseInput, required: true }) },
    resolve: (_root, { input }, context) => closeServiceRequestStep(serviceContext(context), input),
  }),
);
