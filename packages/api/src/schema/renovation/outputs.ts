import type {
  ConstructionPermit,
  Refusal,
  RenovationCompletion,
  RenovationCompletionInspection,
  RenovationDecision,
  RenovationDepositSettlement,
  RenovationEntryInspection,
  RenovationFeeLine,
  RenovationFees,
} from "@wuye/domain";
import { builder } from "../../builder.ts";
import { LocalizedTextRef } from "../common.ts";
import { RefusalRef } from "../errors.ts";
import {
  dateValue,
  RenovationDepartmentEnum,
  RenovationFeeItemEnum,
  RenovationSignatureRef,
} from "./types.ts";

/**
 * What the rules recorded on a renovation, as output objects: the decision (R-REN-3), the fees
 * with their explanations (R-REN-5), the permit and entry inspection (R-REN-6), the completion
 * file (R-REN-8) and the deposit settlement (R-REN-9).
 */

export const RenovationDecisionRef = builder.objectRef<RenovationDecision>("RenovationDecision").implement({
  description: "The review decision 审批意见, signed by both department heads (R-REN-3).",
  fields: (t) => ({
    outcome: t.exposeString("outcome", { description: "`approved` or `rejected`." }),
    decidedAt: t.expose("decidedAt", { type: "DateTime" }),
    onTime: t.exposeBoolean("onTime", { description: "Within the R-REN-3 deadline." }),
    reason: t.string({ nullable: true, resolve: (d) => d.reason ?? null }),
    customerServiceHead: t.field({ type: RenovationSignatureRef, resolve: (d) => d.customerServiceHead }),
    engineeringHead: t.field({ type: RenovationSignatureRef, resolve: (d) => d.engineeringHead }),
    findings: t.field({
      type: [RefusalRef],
      description: "For a rejection: what the review found on the decision date.",
      resolve: (d) => [...d.findings] as Refusal[],
    }),
  }),
});

const RenovationFeeLineRef = builder.objectRef<RenovationFeeLine>("RenovationFeeLine").implement({
  description: "One fee the cashier explains (R-REN-5): the amount, how it was computed and what it is for.",
  fields: (t) => ({
    item: t.field({ type: RenovationFeeItemEnum, resolve: (l) => l.item }),
    amount: t.field({ type: "Money", resolve: (l) => l.amount }),
    refundable: t.exposeBoolean("refundable"),
    explanation: t.field({ type: LocalizedTextRef, resolve: (l) => l.explanation }),
    purpose: t.field({ type: LocalizedTextRef, resolve: (l) => l.purpose }),
    uncapped: t.field({
      type: "Money",
      nullable: true,
      description: "The deposit before a city's cap cut it.",
      resolve: (l) => l.uncapped ?? null,
    }),
  }),
});

export const RenovationFeesRef = builder.objectRef<RenovationFees>("RenovationFees").implement({
  description: "The fees of one renovation, from the estate's published standard (R-REN-5).",
  fields: (t) => ({
    lines: t.field({ type: [RenovationFeeLineRef], resolve: (f) => [...f.lines] }),
    total: t.field({ type: "Money", resolve: (f) => f.total }),
    refundable: t.field({ type: "Money", resolve: (f) => f.refundable }),
    deposit: t.field({ type: "Money", resolve: (f) => f.deposit }),
    workers: t.exposeInt("workers", { description: "Worker passes paid for: the most that may be issued." }),
  }),
});

export const RenovationPermitRef = builder.objectRef<ConstructionPermit>("RenovationPermit").implement({
  description: "The construction permit 装修施工许可证, posted at the door with the service phone (R-REN-6).",
  fields: (t) => ({
    permitNumber: t.exposeString("permitNumber"),
    servicePhone: t.exposeString("servicePhone"),
    issuedAt: t.expose("issuedAt", { type: "DateTime" }),
    workerPasses: t.field({
      type: [
        builder.objectRef<{ passNumber: string; workerName: string }>("RenovationWorkerPass").implement({
          fields: (p) => ({
            passNumber: p.exposeString("passNumber"),
            workerName: p.exposeString("workerName"),
          }),
        }),
      ],
      resolve: (p) => [...p.workerPasses],
    }),
    departmentsNotified: t.field({
      type: [RenovationDepartmentEnum],
      resolve: (p) => [...p.departmentsNotified],
    }),
  }),
});

export const RenovationEntryInspectionRef = builder
  .objectRef<RenovationEntryInspection>("RenovationEntryInspection")
  .implement({
    description: "The entry inspection 进场装修确认表, signed with the contractor (R-REN-6).",
    fields: (t) => ({
      inspectedOn: t.field({ type: "Date", resolve: (e) => dateValue(e.inspectedOn) }),
      contractorSignature: t.field({
        type: RenovationSignatureRef,
        nullable: true,
        resolve: (e) => e.contractorSignature ?? null,
      }),
      staffSignature: t.field({
        type: RenovationSignatureRef,
        nullable: true,
        resolve: (e) => e.staffSignature ?? null,
      }),
      existingDamage: t.stringList({
        description: "Damage already there, `location: description`.",
        resolve: (e) => e.existingDamage.map((d) => `${d.location}: ${d.description}`),
      }),
    }),
  });

const CompletionInspectionRef = builder
  .objectRef<RenovationCompletionInspection>("RenovationCompletionInspection")
  .implement({
    description: "A completion inspection 竣工验收 by engineering and security (R-REN-8).",
    fields: (t) => ({
      inspectedOn: t.field({ type: "Date", resolve: (i) => dateValue(i.inspectedOn) }),
      inspectors: t.stringList({ resolve: (i) => i.inspectors.map((x) => `${x.department}: ${x.name}`) }),
      failures: t.field({
        type: [
          builder
            .objectRef<{ item: string; rectificationRequired: string }>("RenovationCompletionFailure")
            .implement({
              fields: (f) => ({
                item: f.exposeString("item"),
                rectificationRequired: f.exposeString("rectificationRequired"),
              }),
            }),
        ],
        resolve: (i) => [...i.failures],
      }),
    }),
  });

export const RenovationCompletionRef = builder
  .objectRef<RenovationCompletion>("RenovationCompletion")
  .implement({
    description: "The completion file: the owner's application and every inspection, failed ones included.",
    fields: (t) => ({
      appliedOn: t.field({ type: "Date", resolve: (c) => dateValue(c.appliedOn) }),
      agreedInspectionDate: t.field({ type: "Date", resolve: (c) => dateValue(c.agreedInspectionDate) }),
      inspections: t.field({ type: [CompletionInspectionRef], resolve: (c) => [...c.inspections] }),
    }),
  });

export const RenovationDepositSettlementRef = builder
  .objectRef<RenovationDepositSettlement>("RenovationDepositSettlement")
  .implement({
    description: "The deposit settlement 押金结算 (R-REN-9): refund = deposit − penalties − damages, once.",
    fields: (t) => ({
      settledAt: t.expose("settledAt", { type: "DateTime" }),
      settledOn: t.field({ type: "Date", resolve: (s) => dateValue(s.settledOn) }),
      deposit: t.field({ type: "Money", resolve: (s) => s.deposit }),
      deductions: t.field({ type: "Money", resolve: (s) => s.deductions }),
      refund: t.field({ type: "Money", resolve: (s) => s.refund }),
      receivable: t.field({
        type: "Money",
        description: "Deductions beyond the deposit: owed by the unit.",
        resolve: (s) => s.receivable,
      }),
      explanation: t.field({ type: LocalizedTextRef, resolve: (s) => s.explanation }),
      penalties: t.field({
        type: [
          builder
            .objectRef<RenovationDepositSettlement["penalties"][number]>("RenovationSettledPenalty")
            .implement({
              fields: (p) => ({
                violationId: p.exposeID("violationId"),
                amount: p.field({ type: "Money", resolve: (x) => x.amount }),
                explanation: p.field({ type: LocalizedTextRef, resolve: (x) => x.explanation }),
              }),
            }),
        ],
        resolve: (s) => [...s.penalties],
      }),
      damages: t.field({
        type: [
          builder.objectRef<RenovationDepositSettlement["damages"][number]>("RenovationDamage").implement({
            fields: (d) => ({
              description: d.exposeString("description"),
              amount: d.field({ type: "Money", resolve: (x) => x.amount }),
              assessedBy: d.exposeString("assessedBy"),
            }),
          }),
        ],
        resolve: (s) => [...s.damages],
      }),
      ownerSignature: t.field({ type: RenovationSignatureRef, resolve: (s) => s.signOffs.owner }),
      contractorSignature: t.field({ type: RenovationSignatureRef, resolve: (s) => s.signOffs.contractor }),
      projectCentreSignature: t.field({
        type: RenovationSignatureRef,
        resolve: (s) => s.signOffs.projectCentre,
      }),
    }),
  });
