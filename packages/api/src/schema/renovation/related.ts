import { builder } from "../../builder.ts";
import {
  RenovationApprovalDecisionEnum,
  RenovationApprovalKindEnum,
  RenovationDocumentKindEnum,
  RenovationInspectionKindEnum,
  RenovationPaymentMethodEnum,
} from "./types.ts";

/**
 * What hangs off a renovation in the database: the file's documents (R-REN-1), approvals and
 * sign-offs (R-REN-2/3), inspections (R-REN-6/7/8), and its money on the append-only ledger —
 * penalties (R-REN-7), the deposit, its one settlement and refund (R-REN-5, R-REN-9).
 */

builder.prismaObject("RenovationDocument", {
  description: "A document in the renovation file (R-REN-1).",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: RenovationDocumentKindEnum }),
    fileRef: t.exposeString("fileRef", {
      description: "Where the scan is filed (the document number by default).",
    }),
    validUntil: t.expose("validUntil", { type: "Date", nullable: true }),
    verifiedAt: t.expose("verifiedAt", {
      type: "DateTime",
      nullable: true,
      description: "When staff checked it (for a drawing: that it carries the contractor's stamp).",
    }),
  }),
});

builder.prismaObject("RenovationApproval", {
  description:
    "An approval or sign-off: the authority's (R-REN-2), the heads' reviews, the owner's confirmation (R-REN-3).",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: RenovationApprovalKindEnum }),
    decision: t.expose("decision", { type: RenovationApprovalDecisionEnum }),
    decidedAt: t.expose("decidedAt", { type: "DateTime" }),
    reference: t.exposeString("reference", { nullable: true }),
    note: t.exposeString("note", { nullable: true, description: "The authority, or who signed." }),
  }),
});

builder.prismaObject("RenovationInspection", {
  description:
    "An inspection of the site: entry (R-REN-6), daily (R-REN-7), completion and re-inspection (R-REN-8).",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: RenovationInspectionKindEnum }),
    department: t.exposeString("department"),
    inspectedOn: t.expose("inspectedOn", { type: "Date" }),
    inspectedAt: t.expose("inspectedAt", { type: "DateTime" }),
    inspectorName: t.string({
      select: { inspector: { select: { name: true } } },
      resolve: (i) => i.inspector.name,
    }),
    passed: t.exposeBoolean("passed", { nullable: true }),
    findings: t.exposeString("findings", { nullable: true }),
  }),
});

builder.prismaObject("RenovationPenalty", {
  description: "A penalty 违约金 on the ledger, for deduction from the deposit (R-REN-7). Append-only.",
  fields: (t) => ({
    id: t.exposeID("id"),
    amount: t.expose("amount", { type: "Money" }),
    reason: t.exposeString("reason", { description: "How it was computed, in Chinese and English." }),
    violation: t.relation("violation", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObject("RenovationDeposit", {
  description: "The renovation deposit 装修押金 held since the fees were paid (R-REN-5). Append-only.",
  fields: (t) => ({
    id: t.exposeID("id"),
    amount: t.expose("amount", { type: "Money" }),
    reason: t.exposeString("reason"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    settlement: t.relation("settlement", { nullable: true }),
  }),
});

builder.prismaObject("RenovationDepositSettlement", {
  name: "RenovationDepositSettlementRecord",
  description: "The deposit's one settlement on the ledger (R-REN-9); unique per deposit. Append-only.",
  fields: (t) => ({
    id: t.exposeID("id"),
    penaltiesTotal: t.expose("penaltiesTotal", { type: "Money" }),
    damagesTotal: t.expose("damagesTotal", { type: "Money" }),
    refundAmount: t.expose("refundAmount", { type: "Money" }),
    shortfall: t.expose("shortfall", { type: "Money", description: "A receivable on the unit." }),
    settledOn: t.expose("settledOn", { type: "Date" }),
    reason: t.exposeString("reason"),
    // The refund's columns, not a Refund object: refunds of prepaid credit belong to the fees area.
    refundPaidAt: t.field({
      type: "DateTime",
      nullable: true,
      select: { refund: { select: { paidAt: true } } },
      resolve: (s) => s.refund?.paidAt ?? null,
    }),
    refundMethod: t.field({
      type: RenovationPaymentMethodEnum,
      nullable: true,
      select: { refund: { select: { method: true } } },
      resolve: (s) => s.refund?.method ?? null,
    }),
    refundPayeeName: t.string({
      nullable: true,
      select: { refund: { select: { payeeName: true } } },
      resolve: (s) => s.refund?.payeeName ?? null,
    }),
  }),
});
