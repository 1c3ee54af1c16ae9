import type { ServiceEscalation, ServiceFollowUp, ServiceRequestStepStatus } from "@wuye/domain";
import { builder } from "../builder.ts";
import { ServiceContactKind, ServiceRequestStatus } from "../generated/prisma/enums.ts";

/** The enums and value types of calls and visits 来电来访 (R-SVC-1…3), shared by their modules. */

export const ServiceContactKindEnum = builder.enumType(ServiceContactKind, {
  name: "ServiceContactKind",
  description: "A call 来电 or a visit 来访 (R-SVC-1).",
});
export const ServiceRequestStatusEnum = builder.enumType(ServiceRequestStatus, {
  name: "ServiceRequestStatus",
  description: "Where a call or visit stands (R-SVC-2/3).",
});
export const ServiceAttentionReasonEnum = builder.enumType("ServiceAttentionReason", {
  description: "Why a matter goes to the supervisor at once (R-SVC-2): major, urgent, sudden.",
  values: ["major", "urgent", "sudden"] as const,
});
export const ServiceRequestStepEnum = builder.enumType("ServiceRequestStep", {
  description:
    "A step with a deadline: forwarding within 10 minutes (R-SVC-2), the promised reply (R-SVC-3).",
  values: ["forward", "reply"] as const,
});
export const ServiceRequestDeadlineState = builder.enumType("ServiceRequestDeadlineState", {
  values: ["pending", "metOnTime", "metLate", "overdue"] as const,
});

export const ServiceRequestDeadlineRef = builder
  .objectRef<ServiceRequestStepStatus>("ServiceRequestDeadline")
  .implement({
    description: "A step the request owes, measured now.",
    fields: (t) => ({
      step: t.field({ type: ServiceRequestStepEnum, resolve: (d) => d.step }),
      rule: t.string({ resolve: (d) => d.rule }),
      due: t.field({ type: "DateTime", resolve: (d) => d.deadline.due }),
      state: t.field({ type: ServiceRequestDeadlineState, resolve: (d) => d.state }),
      metAt: t.field({ type: "DateTime", nullable: true, resolve: (d) => d.metAt ?? null }),
      lateByMinutes: t.int({ resolve: (d) => Math.floor(d.lateByMs / 60_000) }),
    }),
  });

export const ServiceEscalationRef = builder.objectRef<ServiceEscalation>("ServiceEscalation").implement({
  description: "R-SVC-2: a major, urgent or sudden matter is reported to the supervisor at once.",
  fields: (t) => ({
    to: t.string({ resolve: (e) => e.to }),
    reasons: t.field({ type: [ServiceAttentionReasonEnum], resolve: (e) => [...e.reasons] }),
    due: t.field({ type: "DateTime", resolve: (e) => e.deadline.due }),
  }),
});

export const ServiceFollowUpRef = builder.objectRef<ServiceFollowUp>("ServiceFollowUp").implement({
  description: "R-SVC-3: the desk chasing the department, and any new reply time the customer was given.",
  fields: (t) => ({
    note: t.string({ resolve: (f) => f.text }),
    at: t.field({ type: "DateTime", resolve: (f) => f.at }),
    actorRole: t.string({ resolve: (f) => f.actor.role }),
    replyBy: t.field({ type: "DateTime", nullable: true, resolve: (f) => f.replyBy ?? null }),
  }),
});
