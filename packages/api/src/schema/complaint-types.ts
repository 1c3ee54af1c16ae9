import type {
  Actor,
  ComplaintExtension,
  ComplaintFacts,
  ComplaintReportingDuty,
  ComplaintSeverityChange as ComplaintSeverityChangeData,
  ComplaintStepStatus,
} from "@wuye/domain";
import { complaintStepStatuses } from "@wuye/domain";
import { z } from "zod";
import { builder } from "../builder.ts";
import { servicesOf } from "../context.ts";
import type { Complaint as ComplaintRow } from "../generated/prisma/client.ts";
import {
  ComplaintChannel,
  ComplaintSatisfaction,
  ComplaintSeverity,
  ComplaintStatus,
  Department,
} from "../generated/prisma/enums.ts";
import { domainComplaintOf } from "../services/complaint-store.ts";

/**
 * The enums and value types of complaints 投诉 shared by the complaint modules: states,
 * severities, deadlines measured now (R-CMP-4/5), the severity history (R-CMP-3), the facts
 * severity follows from and the reporting duties it causes.
 */

export const ComplaintChannelEnum = builder.enumType(ComplaintChannel, {
  name: "ComplaintChannel",
  description: "How a complaint arrived (R-CMP-1).",
});
export const ComplaintStatusEnum = builder.enumType(ComplaintStatus, {
  name: "ComplaintStatus",
  description: "Where a complaint stands (R-CMP-5).",
});
export const ComplaintSeverityEnum = builder.enumType(ComplaintSeverity, {
  name: "ComplaintSeverity",
  description: "R-CMP-3 severity.",
});

export const ComplaintStepName = builder.enumType("ComplaintStep", {
  description: "A complaint step with a deadline (R-CMP-4, R-CMP-5).",
  values: ["resolution", "handling", "answer", "reply", "nextReply"] as const,
});
const ComplaintDeadlineState = builder.enumType("ComplaintDeadlineState", {
  description: "Where a step stands against its deadline now.",
  values: ["pending", "metOnTime", "metLate", "overdue"] as const,
});
export const ComplaintSatisfactionEnum = builder.enumType(ComplaintSatisfaction, {
  name: "ComplaintSatisfaction",
  description: "R-CMP-6: the customer's satisfaction recorded on close.",
});
export const DepartmentEnum = builder.enumType(Department, {
  name: "Department",
  description: "A department a complaint or request is sent to.",
});

const ActorFields = builder.objectRef<Actor>("ComplaintActor").implement({
  description: "Who took a step: a user id and the role they acted in (`system` for timers).",
  fields: (t) => ({
    role: t.string({ resolve: (actor) => actor.role }),
    name: t.string({ nullable: true, resolve: (actor) => actor.name ?? null }),
  }),
});

const ComplaintExtensionRef = builder.objectRef<ComplaintExtension>("ComplaintExtension").implement({
  description: "R-CMP-4: a manager's approval to take longer, with who, when and why.",
  fields: (t) => ({
    approvedBy: t.field({ type: ActorFields, resolve: (e) => e.approvedBy }),
    approvedAt: t.field({ type: "DateTime", resolve: (e) => e.approvedAt }),
    reason: t.string({ resolve: (e) => e.reason }),
    originalDue: t.field({ type: "DateTime", resolve: (e) => e.originalDue }),
  }),
});

type DeadlineRow = ComplaintStepStatus & { readonly extensions?: readonly ComplaintExtension[] };

export const ComplaintDeadlineRef = builder.objectRef<DeadlineRow>("ComplaintDeadline").implement({
  description: "A step the complaint owes, measured now: pending, met on time or late, or overdue.",
  fields: (t) => ({
    step: t.field({ type: ComplaintStepName, resolve: (d) => d.step }),
    rule: t.string({ resolve: (d) => d.rule }),
    due: t.field({ type: "DateTime", resolve: (d) => d.deadline.due }),
    state: t.field({ type: ComplaintDeadlineState, resolve: (d) => d.state }),
    metAt: t.field({ type: "DateTime", nullable: true, resolve: (d) => d.metAt ?? null }),
    lateByMinutes: t.int({
      description: "How late it was met, or is now while open; 0 when on time.",
      resolve: (d) => Math.floor(d.lateByMs / 60_000),
    }),
    extensions: t.field({ type: [ComplaintExtensionRef], resolve: (d) => [...(d.extensions ?? [])] }),
  }),
});

const ComplaintSeverityChangeKindEnum = builder.enumType("ComplaintSeverityChangeKind", {
  description: "How a severity came about: the first classification, an escalation, or a manual override.",
  values: ["classification", "reevaluation", "override"] as const,
});

export const ComplaintSeverityChangeRef = builder
  .objectRef<ComplaintSeverityChangeData>("ComplaintSeverityChange")
  .implement({
    description: "R-CMP-3: a classification, an escalation or a manual override, with who, when and why.",
    fields: (t) => ({
      kind: t.field({ type: ComplaintSeverityChangeKindEnum, resolve: (c) => c.kind }),
      from: t.field({ type: ComplaintSeverity, nullable: true, resolve: (c) => c.from ?? null }),
      to: t.field({ type: ComplaintSeverity, resolve: (c) => c.to }),
      at: t.field({ type: "DateTime", resolve: (c) => c.at }),
      actor: t.field({ type: ActorFields, resolve: (c) => c.actor }),
      reason: t.string({ nullable: true, resolve: (c) => c.reason ?? null }),
      criteria: t.stringList({ resolve: (c) => c.criteria.map((x) => x.id) }),
    }),
  });

/** Every deadline of a complaint measured at the server's now (R-CMP-4/5). */
export function deadlinesOf(row: ComplaintRow, context: object): DeadlineRow[] {
  const complaint = domainComplaintOf(row);
  // The statuses come in the order of the deadlines they measure.
  return complaintStepStatuses(complaint, servicesOf(context).now()).map((status, index) => ({
    ...status,
    extensions: complaint.deadlines[index]?.extensions ?? [],
  }));
}

const ComplaintHarm = builder.enumType("ComplaintHarm", {
  values: ["economicLoss", "personalInjury", "seriousDistress"] as const,
});
const ComplaintOutage = builder.enumType("ComplaintOutage", {
  values: ["largeAreaPowerCut", "largeAreaWaterCut", "facilitiesStopped"] as const,
});
const DeemedSeverity = builder.enumType("ComplaintDeemedSeverity", {
  values: ["major", "important"] as const,
});

const ComplaintDeemsInput = builder.inputType("ComplaintDeemsInput", {
  fields: (t) => ({
    severity: t.field({ type: DeemedSeverity, required: true }),
    reason: t.string({ required: true }),
  }),
});

export const ComplaintFactsInput = builder.inputType("ComplaintFactsInput", {
  description: "The structured facts severity follows from (R-CMP-3); absent flags are false.",
  fields: (t) => ({
    promisedServiceShortfall: t.boolean({ required: false }),
    raisedRepeatedlyWithoutResult: t.boolean({ required: false }),
    companyFaultHarm: t.field({ type: [ComplaintHarm], required: false }),
    suddenOutage: t.field({ type: ComplaintOutage, required: false }),
    complainantsAboutSameEvent: t.int({
      required: false,
      validate: z.number().int().min(1).max(100_000).optional(),
    }),
    reasonableRequestNotMetInTime: t.boolean({ required: false }),
    seriouslyAffectsUse: t.boolean({ required: false }),
    staffFaultStrongGrievance: t.boolean({ required: false }),
    companyDeems: t.field({ type: ComplaintDeemsInput, required: false }),
  }),
});

export const ReportingDutyRef = builder
  .objectRef<ComplaintReportingDuty>("ComplaintReportingDuty")
  .implement({
    description: "Someone to tell at once (R-CMP-4).",
    fields: (t) => ({
      to: t.string({ resolve: (duty) => duty.to }),
      severity: t.string({ resolve: (duty) => duty.severity }),
      due: t.field({ type: "DateTime", resolve: (duty) => duty.deadline.due }),
    }),
  });

/** Drops GraphQL's explicit nulls: the domain reads an absent fact as false. */
export function factsOf(input: Record<string, unknown>): ComplaintFacts {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value != null)) as ComplaintFacts;
}
