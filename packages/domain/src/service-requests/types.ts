import type { Deadline } from "../calendar/index.ts";
import type { Actor } from "../workflow/index.ts";

/** A call 来电 or a visit 来访 to the customer-service desk (R-SVC-1). */
export type ServiceContactKind = "call" | "visit";

export const SERVICE_CONTACT_KINDS: readonly ServiceContactKind[] = ["call", "visit"];

/**
 * Where a service request 客户需求 stands (R-SVC-2, R-SVC-3): `logged` until settled on the spot
 * or forwarded; `forwarded` while the department works and the desk follows up; `answered` once
 * the customer has the answer.
 */
export type ServiceRequestStatus = "logged" | "settled" | "forwarded" | "answered" | "closed";

/** Who called or came. */
export interface ServiceCaller {
  readonly name: string;
  readonly unitId?: string;
  /** A number the caller gave to call back on (the number shown is kept separately). */
  readonly phone?: string;
}

/** Why a request goes to the supervisor at once (R-SVC-2): major 重大, urgent 紧急, sudden 突发. */
export type ServiceAttentionReason = "major" | "urgent" | "sudden";

export const SERVICE_ATTENTION_REASONS: readonly ServiceAttentionReason[] = ["major", "urgent", "sudden"];

/** R-SVC-2: the report to the supervisor a major, urgent or sudden matter needs at once. */
export interface ServiceEscalation {
  readonly to: "supervisor";
  readonly reasons: readonly ServiceAttentionReason[];
  readonly rule: "R-SVC-2";
  /** Due immediately: a zero-length deadline from the logging. */
  readonly deadline: Deadline;
}

/** A step with a deadline: forwarding within 10 minutes (R-SVC-2), the promised reply (R-SVC-3). */
export type ServiceRequestStep = "forward" | "reply";

export interface ServiceRequestDeadline {
  readonly step: ServiceRequestStep;
  readonly rule: string;
  readonly deadline: Deadline;
  readonly metAt?: Date;
}

/** A text a named actor wrote at a time. */
export interface ServiceEntry {
  readonly text: string;
  readonly actor: Actor;
  readonly at: Date;
}

/** R-SVC-2/3: where the request went, who handles it and when the customer hears back. */
export interface ServiceForwarding {
  readonly department: string;
  /** The person the customer is told will handle it. */
  readonly handler: string;
  readonly replyBy: Date;
  readonly actor: Actor;
  readonly at: Date;
}

/** R-SVC-3: the desk chasing the department, and any new reply time the customer was given. */
export interface ServiceFollowUp extends ServiceEntry {
  readonly replyBy?: Date;
}

/** One call or visit and what became of it (客户来电来访记录). */
export interface ServiceRequest {
  readonly id: string;
  readonly status: ServiceRequestStatus;
  readonly kind: ServiceContactKind;
  readonly caller: ServiceCaller;
  /** The number caller ID showed 来电显示, for calls. */
  readonly numberShown?: string;
  readonly subject: string;
  readonly receivedAt: Date;
  readonly loggedBy: Actor;
  readonly attention: readonly ServiceAttentionReason[];
  /** The time of the latest step: a later step may not be dated earlier. */
  readonly lastStepAt: Date;
  readonly deadlines: readonly ServiceRequestDeadline[];
  /** The answer the customer was given, on the spot or after forwarding. */
  readonly answer?: ServiceEntry;
  readonly forwarding?: ServiceForwarding;
  readonly followUps: readonly ServiceFollowUp[];
  readonly closing?: ServiceClosing;
}

/** Who closed the record and when. */
export interface ServiceClosing {
  readonly actor: Actor;
  readonly at: Date;
  readonly note?: string;
}
