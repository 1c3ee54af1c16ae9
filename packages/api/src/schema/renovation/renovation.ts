import {
  businessDateOf,
  computeRenovationFees,
  isRenovationDecisionOverdue,
  missedRenovationInspections,
  parseQuantity,
  RENOVATION_INSPECTING_DEPARTMENTS,
  type RenovationInspectingDepartment,
  reviewRenovationApplication,
} from "@wuye/domain";
import { z } from "zod";
import { phoneFor } from "../../auth/index.ts";
import { visibleRenovations } from "../../auth/visibility.ts";
import { builder } from "../../builder.ts";
import { servicesOf } from "../../context.ts";
import { estateRenovationSettings } from "../../services/renovation/index.ts";
import { RefusalRef } from "../errors.ts";
import { HistoryConnection, resolveHistory } from "../history.ts";
import {
  RenovationCompletionRef,
  RenovationDecisionRef,
  RenovationDepositSettlementRef,
  RenovationEntryInspectionRef,
  RenovationFeesRef,
  RenovationPermitRef,
} from "./outputs.ts";
import { dailyRoundsOf, renovationOf } from "./records.ts";
import {
  dateValue,
  RenovationAuthorityConcernEnum,
  RenovationDeadlineRef,
  RenovationInspectionKindEnum,
  RenovationPremisesEnum,
  RenovationSignatureRef,
  RenovationStatusEnum,
} from "./types.ts";
import "./related.ts";

/**
 * Renovations 装修 (R-REN-1…9). Staff of the estate see its renovations; an owner those of the
 * units they own; API keys need `renovations:read`. The columns list and filter; what the rules
 * recorded (the decision, each fee with its explanation, the permit, the settlement) comes from
 * the domain's record, rebuilt from the history.
 */

/** The estate's zone and policy and the unit's area, selected with the renovation (no extra query). */
const estateSettings = { estate: { select: { timeZone: true, policy: true } } } as const;

export const RenovationRef = builder.prismaNode("RenovationApplication", {
  name: "Renovation",
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visibleRenovations(context.viewer)] }),
  fields: (t) => ({
    number: t.exposeString("number"),
    status: t.expose("status", { type: RenovationStatusEnum }),
    version: t.exposeInt("version", {
      description: "Pass as `expectedVersion` to refuse acting on a stale copy.",
    }),
    estate: t.relation("estate"),
    unit: t.relation("unit"),
    applicant: t.relation("applicant", { description: "The owner the application is for." }),
    agentName: t.exposeString("agentName", {
      nullable: true,
      description: "The agent who applied with the owner's power of attorney (R-REN-1).",
    }),
    scope: t.exposeString("scope", { description: "What the works are." }),
    premises: t.field({
      type: RenovationPremisesEnum,
      resolve: async (r, _args, context) =>
        (await renovationOf(context, r))?.application.premises ??
        (r.commercialPremises ? "commercial" : "residential"),
    }),
    contractorName: t.exposeString("contractorName"),
    contractorLicenceNo: t.exposeString("contractorLicenceNo", { nullable: true }),
    siteManagerName: t.exposeString("siteManagerName", { nullable: true }),
    siteManagerPhone: t.string({
      nullable: true,
      description: "Masked unless the viewer is staff who need it (R-ARC-3).",
      resolve: (r, _args, context) =>
        phoneFor(context.viewer, r.siteManagerPhone, { estateIds: [r.estateId] }),
    }),
    affects: t.field({
      type: [RenovationAuthorityConcernEnum],
      description: "Work needing the competent authority's approval first (R-REN-2).",
      resolve: (r) => [
        ...(r.touchesFireProtection ? (["fireProtection"] as const) : []),
        ...(r.touchesStructure ? (["buildingStructure"] as const) : []),
        ...(r.touchesGasLines ? (["gasLines"] as const) : []),
      ],
    }),
    plannedStart: t.expose("plannedStart", { type: "Date", nullable: true }),
    plannedEnd: t.expose("plannedEnd", { type: "Date", nullable: true }),
    submittedAt: t.expose("submittedAt", { type: "DateTime" }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    permitNumber: t.exposeString("permitNumber", { nullable: true }),
    permitIssuedAt: t.expose("permitIssuedAt", { type: "DateTime", nullable: true }),
    acceptedOn: t.expose("acceptedOn", { type: "Date", nullable: true }),
    reviewDeadline: t.field({
      type: RenovationDeadlineRef,
      nullable: true,
      description:
        "R-REN-3: the decision is due 1 working day after the file is compiled (official calendar).",
      resolve: async (r, _args, context) => {
        const renovation = await renovationOf(context, r);
        if (!renovation?.review) return null;
        const overdue = isRenovationDecisionOverdue(renovation, servicesOf(context).now());
        return { deadline: renovation.review.deadline, overdue };
      },
    }),
    reviewFindings: t.field({
      type: [RefusalRef],
      description:
        "R-REN-1/2/4: everything the review finds today — each missing or expired document, missing approval, prohibited item. Empty when complete.",
      select: estateSettings,
      resolve: async (r, _args, context) => {
        const renovation = await renovationOf(context, r);
        if (!renovation) return [];
        const today = businessDateOf(servicesOf(context).now(), r.estate.timeZone);
        return [...reviewRenovationApplication(renovation.application, today)];
      },
    }),
    decision: t.field({
      type: RenovationDecisionRef,
      nullable: true,
      resolve: async (r, _args, context) => (await renovationOf(context, r))?.decision ?? null,
    }),
    ownerConfirmation: t.field({
      type: RenovationSignatureRef,
      nullable: true,
      description: "The owner's signature on the decision (R-REN-3).",
      resolve: async (r, _args, context) => (await renovationOf(context, r))?.ownerConfirmation ?? null,
    }),
    fees: t.field({
      type: RenovationFeesRef,
      nullable: true,
      description: "The fees paid (R-REN-5), each line explained.",
      resolve: async (r, _args, context) => (await renovationOf(context, r))?.payment?.fees ?? null,
    }),
    feesPaidAt: t.field({
      type: "DateTime",
      nullable: true,
      resolve: async (r, _args, context) => (await renovationOf(context, r))?.payment?.paidAt ?? null,
    }),
    agreementSignature: t.field({
      type: RenovationSignatureRef,
      nullable: true,
      description: "The management agreement 装修管理协议, signed before the fees are paid (R-REN-5).",
      resolve: async (r, _args, context) =>
        (await renovationOf(context, r))?.payment?.agreementSignature ?? null,
    }),
    feeQuote: t.field({
      type: RenovationFeesRef,
      nullable: true,
      description:
        "R-REN-5: what the cashier will collect for `workers` worker passes, from the estate's standard today (null when the estate has published none).",
      args: { workers: t.arg.int({ required: true, validate: z.number().int().min(0).max(1000) }) },
      select: { ...estateSettings, unit: { select: { buildingArea: true } } },
      resolve: (r, { workers }) => {
        const { feeStandard } = estateRenovationSettings(r.estate);
        if (!feeStandard) return null;
        return computeRenovationFees(
          { buildingArea: parseQuantity(r.unit.buildingArea.toFixed(2)), workers },
          feeStandard,
        );
      },
    }),
    permit: t.field({
      type: RenovationPermitRef,
      nullable: true,
      resolve: async (r, _args, context) => (await renovationOf(context, r))?.permit ?? null,
    }),
    entryInspection: t.field({
      type: RenovationEntryInspectionRef,
      nullable: true,
      resolve: async (r, _args, context) => (await renovationOf(context, r))?.entryInspection ?? null,
    }),
    completion: t.field({
      type: RenovationCompletionRef,
      nullable: true,
      resolve: async (r, _args, context) => (await renovationOf(context, r))?.completion ?? null,
    }),
    depositRefundableFrom: t.field({
      type: "Date",
      nullable: true,
      description:
        "R-REN-9: the first date the deposit may be refunded (3 months after acceptance by default).",
      resolve: async (r, _args, context) => {
        const from = (await renovationOf(context, r))?.depositRefundableFrom;
        return from ? dateValue(from) : null;
      },
    }),
    depositSettlement: t.field({
      type: RenovationDepositSettlementRef,
      nullable: true,
      resolve: async (r, _args, context) => (await renovationOf(context, r))?.depositSettlement ?? null,
    }),
    missedInspections: t.field({
      type: [MissedInspectionRef],
      description:
        "R-REN-7: the daily rounds not on record, per department, from the entry inspection to acceptance (or today).",
      select: estateSettings,
      resolve: async (r, _args, context) => {
        const renovation = await renovationOf(context, r);
        const activeFrom = renovation?.entryInspection?.inspectedOn;
        if (!renovation || !activeFrom) return [];
        const { policy } = estateRenovationSettings(r.estate);
        const activeThrough =
          renovation.acceptedOn ?? businessDateOf(servicesOf(context).now(), policy.timeZone);
        const departments: readonly string[] = RENOVATION_INSPECTING_DEPARTMENTS;
        const done = (await dailyRoundsOf(context, r.id)).flatMap((i) =>
          departments.includes(i.department)
            ? [
                {
                  renovationId: r.id,
                  date: i.inspectedOn.toISOString().slice(0, 10),
                  department: i.department as RenovationInspectingDepartment,
                  inspector: "",
                },
              ]
            : [],
        );
        if (activeThrough < activeFrom) return [];
        return [
          ...missedRenovationInspections({ renovationId: r.id, activeFrom, activeThrough }, done, policy),
        ];
      },
    }),
    documents: t.relation("documents", { query: { orderBy: [{ kind: "asc" }, { id: "asc" }] } }),
    approvals: t.relation("approvals", { query: { orderBy: [{ decidedAt: "asc" }, { id: "asc" }] } }),
    inspections: t.relatedConnection("inspections", {
      cursor: "id",
      totalCount: true,
      args: { kind: t.arg({ type: [RenovationInspectionKindEnum], required: false }) },
      query: (args) => ({
        where: args.kind ? { kind: { in: [...args.kind] } } : {},
        orderBy: [{ inspectedAt: "asc" }, { id: "asc" }],
      }),
    }),
    violations: t.relatedConnection("violations", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ foundAt: "asc" }, { id: "asc" }] },
    }),
    penalties: t.relation("penalties", {
      description: "Penalties on the ledger for deduction from the deposit (R-REN-7, R-REN-9).",
      query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    }),
    deposit: t.relation("deposit", { nullable: true }),
    history: t.field({
      type: HistoryConnection,
      description: "Every step of this renovation, oldest first (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (r, args, context) => resolveHistory(context, "renovation", r.id, args),
    }),
  }),
});

const MissedInspectionRef = builder
  .objectRef<{ date: string; department: RenovationInspectingDepartment }>("RenovationMissedInspection")
  .implement({
    fields: (t) => ({
      date: t.field({ type: "Date", resolve: (m) => dateValue(m.date) }),
      department: t.exposeString("department"),
    }),
  });
