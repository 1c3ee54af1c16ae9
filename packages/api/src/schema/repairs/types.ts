import {
  checkRepairDeadlines,
  isDomainError,
  type RepairDeadlineCheck,
  type RepairQuote,
  type RepairQuoteLine,
  type RepairTechnician,
  type RepairWarrantyDecision,
} from "@wuye/domain";
import { phoneFor } from "../../auth/index.ts";
import { visibleRepairOrders } from "../../auth/visibility.ts";
import { builder } from "../../builder.ts";
import { servicesOf } from "../../context.ts";
import {
  QuoteDecision,
  RepairComponentCategory,
  RepairCoverageKind,
  RepairStatus,
  RepairTrade,
} from "../../generated/prisma/enums.ts";
import {
  domainRepairOrder,
  repairDetailsOf,
  repairPolicyOf,
  repairWarrantyFor,
} from "../../services/repairs/records.ts";
import type { RepairTechnicianRow } from "../../services/repairs/roster.ts";
import { HistoryConnection, resolveHistory } from "../history.ts";

/**
 * Repair orders 维修单 (R-REP-1…5) as the client reads them: the order, its deadlines and
 * whether it is overdue, the warranty decision with its bilingual explanation, the quote with
 * each line explained, the return visits, and its history.
 */

builder.enumType(RepairStatus, {
  name: "RepairStatus",
  description: "Where a repair order stands (R-REP-1…5).",
});
builder.enumType(RepairTrade, { name: "RepairTrade", description: "A technician's trade 工种 (R-REP-2)." });
builder.enumType(RepairComponentCategory, {
  name: "RepairComponentCategory",
  description: "The building component, which decides the warranty period (R-REP-3).",
});
builder.enumType(RepairCoverageKind, {
  name: "RepairCoverageKind",
  description: "Free under warranty, or paid on an accepted quote (R-REP-3).",
});
builder.enumType(QuoteDecision, { name: "RepairQuoteDecision" });

export const RepairCause = builder.enumType("RepairCause", {
  description: "Why a defect arose: damage by misuse, third parties or force majeure is not under warranty.",
  values: ["defect", "misuse", "thirdParty", "forceMajeure"] as const,
});
const RepairWarrantyStatus = builder.enumType("RepairWarrantyStatus", {
  values: ["inWarranty", "expired", "excluded"] as const,
});
const RepairWarrantyPeriodSource = builder.enumType("RepairWarrantyPeriodSource", {
  values: ["nationalMinimum", "estatePolicy"] as const,
});
export const RepairPriceKind = builder.enumType("RepairPriceKind", {
  values: ["labour", "materials"] as const,
});
const RepairDeadlineStep = builder.enumType("RepairDeadlineStep", {
  values: ["response", "completion", "returnVisit"] as const,
});
const RepairDeadlineState = builder.enumType("RepairDeadlineState", {
  values: ["pending", "overdue", "metOnTime", "metLate"] as const,
});

/** A business date (`YYYY-MM-DD`) as the `Date` scalar's value. */
export const dateOf = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export const RepairWarrantyRef = builder
  .objectRef<RepairWarrantyDecision>("RepairWarrantyDecision")
  .implement({
    description: "The warranty decision 保修判定 (R-REP-3), explained so the owner can check it.",
    fields: (t) => ({
      status: t.field({ type: RepairWarrantyStatus, resolve: (w) => w.status }),
      category: t.field({ type: RepairComponentCategory, resolve: (w) => w.category }),
      periodText: t.string({ resolve: (w) => w.periodText.en }),
      periodTextZh: t.string({ resolve: (w) => w.periodText.zh }),
      periodSource: t.field({ type: RepairWarrantyPeriodSource, resolve: (w) => w.periodSource }),
      handoverDate: t.field({ type: "Date", resolve: (w) => dateOf(w.handoverDate) }),
      endDate: t.field({
        type: "Date",
        description: "The last day covered.",
        resolve: (w) => dateOf(w.endDate),
      }),
      onDate: t.field({
        type: "Date",
        description: "The day the repair was reported.",
        resolve: (w) => dateOf(w.onDate),
      }),
      cause: t.field({ type: RepairCause, resolve: (w) => w.cause }),
      rules: t.stringList({ resolve: (w) => [...w.rules] }),
      explanation: t.string({ description: "Why, in English.", resolve: (w) => w.explanation.en }),
      explanationZh: t.string({ description: "Why, in Chinese.", resolve: (w) => w.explanation.zh }),
    }),
  });

const RepairQuoteLineRef = builder.objectRef<RepairQuoteLine>("RepairQuoteLine").implement({
  description: "Quantity × unit price from the price list, rounded once to the fen (R-REP-3).",
  fields: (t) => ({
    code: t.string({ resolve: (l) => l.code }),
    name: t.string({ resolve: (l) => l.name }),
    kind: t.field({ type: RepairPriceKind, resolve: (l) => l.kind }),
    unit: t.string({ resolve: (l) => l.unit }),
    quantity: t.string({ resolve: (l) => l.quantity }),
    unitPrice: t.field({ type: "Money", resolve: (l) => l.unitPrice }),
    amount: t.field({ type: "Money", resolve: (l) => l.amount }),
    explanation: t.string({ resolve: (l) => l.explanation.en }),
    explanationZh: t.string({ resolve: (l) => l.explanation.zh }),
  }),
});

interface OrderQuote {
  readonly quote: RepairQuote;
  readonly reason: string;
  readonly acceptedAt?: Date;
}

const RepairOrderQuoteRef = builder.objectRef<OrderQuote>("RepairOrderQuote").implement({
  description: "The quote the paid work rests on: labour + materials, each line and the total explained.",
  fields: (t) => ({
    priceListId: t.string({ resolve: (q) => q.quote.priceListId }),
    lines: t.field({ type: [RepairQuoteLineRef], resolve: (q) => [...q.quote.lines] }),
    labour: t.field({ type: "Money", resolve: (q) => q.quote.labour }),
    materials: t.field({ type: "Money", resolve: (q) => q.quote.materials }),
    total: t.field({ type: "Money", resolve: (q) => q.quote.total }),
    explanation: t.string({ resolve: (q) => q.quote.explanation.en }),
    explanationZh: t.string({ resolve: (q) => q.quote.explanation.zh }),
    reason: t.string({ description: "Why the work is charged.", resolve: (q) => q.reason }),
    acceptedAt: t.field({ type: "DateTime", nullable: true, resolve: (q) => q.acceptedAt ?? null }),
  }),
});

export const RepairTechnicianRef = builder
  .objectRef<RepairTechnicianRow | RepairTechnician>("RepairTechnician")
  .implement({
    description: "An engineering staff member and the trades they may work in (R-REP-2).",
    fields: (t) => ({
      id: t.globalID({ resolve: (tech) => ({ type: "RepairTechnician", id: tech.id }) }),
      name: t.string({ resolve: (tech) => tech.name }),
      trades: t.field({ type: [RepairTrade], resolve: (tech) => [...tech.trades] }),
    }),
  });

const RepairDeadlineRef = builder.objectRef<RepairDeadlineCheck>("RepairDeadline").implement({
  description:
    "A step against its clock: response 15 min (R-REP-1), completion 24 h (R-REP-2), return visit 1–3 days (R-REP-5).",
  fields: (t) => ({
    step: t.field({ type: RepairDeadlineStep, resolve: (d) => d.step }),
    rule: t.string({ resolve: (d) => d.rule }),
    due: t.field({ type: "DateTime", resolve: (d) => d.deadline.due }),
    state: t.field({ type: RepairDeadlineState, resolve: (d) => d.state }),
    doneAt: t.field({ type: "DateTime", nullable: true, resolve: (d) => d.doneAt ?? null }),
    provisional: t.boolean({
      description: "R-CAL-2: counted over a year the holiday data does not cover yet.",
      resolve: (d) => d.deadline.provisional,
    }),
  }),
});

builder.prismaObject("RepairQuote", {
  description: "A quote given to the owner, with the owner's decision (R-REP-3).",
  fields: (t) => ({
    id: t.exposeID("id"),
    labour: t.expose("labour", { type: "Money" }),
    materials: t.expose("materials", { type: "Money" }),
    total: t.expose("total", { type: "Money" }),
    explanation: t.exposeString("explanation", {
      description: "How the total is made, as shown to the owner (中文).",
    }),
    quotedAt: t.expose("quotedAt", { type: "DateTime" }),
    decision: t.expose("decision", { type: QuoteDecision, nullable: true }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
  }),
});

builder.prismaObject("RepairReturnVisit", {
  description: "A return visit 回访 1–3 days after completion (R-REP-5).",
  fields: (t) => ({
    id: t.exposeID("id"),
    visitedAt: t.expose("visitedAt", { type: "DateTime" }),
    satisfied: t.exposeBoolean("satisfied"),
    comment: t.exposeString("comment", { nullable: true }),
  }),
});

/** What a computed field needs besides the row: the estate's policy and the unit's handover. */
const policySelect = { estate: { select: { timeZone: true, policy: true } } } as const;

export const RepairOrderRef = builder.prismaNode("RepairOrder", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, context) => ({ id, AND: [visibleRepairOrders(context.viewer)] }),
  fields: (t) => ({
    number: t.exposeString("number"),
    status: t.expose("status", { type: RepairStatus }),
    description: t.exposeString("description"),
    location: t.exposeString("location", { nullable: true, description: "Where, for a common-area order." }),
    category: t.expose("category", { type: RepairComponentCategory, nullable: true }),
    trade: t.expose("trade", { type: RepairTrade, nullable: true }),
    requesterName: t.exposeString("requesterName", { description: "Who reported it 报修人." }),
    requesterPhone: t.string({
      nullable: true,
      description: "Masked unless the viewer reported it or is staff who need it (R-ARC-3).",
      resolve: (r, _args, context) =>
        phoneFor(context.viewer, r.requesterPhone, {
          personId: repairDetailsOf(r).reporterPersonId ?? null,
          estateIds: [r.estateId],
        }),
    }),
    requestedAt: t.expose("requestedAt", { type: "DateTime" }),
    respondedAt: t.expose("respondedAt", { type: "DateTime", nullable: true }),
    onSiteNow: t.boolean({
      nullable: true,
      description: "R-REP-1: decided on response, whether someone goes on site at once.",
      resolve: (r) => (r.respondedAt ? r.urgentOnSite : null),
    }),
    technician: t.field({
      type: RepairTechnicianRef,
      nullable: true,
      description: "The technician assigned to the current round (R-REP-2).",
      resolve: (r) => repairDetailsOf(r).technician ?? null,
    }),
    coverage: t.expose("coverage", { type: RepairCoverageKind, nullable: true }),
    freePlan: t.string({
      nullable: true,
      description: "The repair plan agreed with the owner, for free work under warranty.",
      resolve: (r) => {
        const coverage = repairDetailsOf(r).coverage;
        return coverage?.kind === "free" ? coverage.plan : null;
      },
    }),
    quote: t.field({
      type: RepairOrderQuoteRef,
      nullable: true,
      description: "The quote paid work rests on (R-REP-3).",
      resolve: (r) => {
        const coverage = repairDetailsOf(r).coverage;
        return coverage?.kind === "paid" ? coverage : null;
      },
    }),
    warranty: t.field({
      type: RepairWarrantyRef,
      nullable: true,
      description:
        "R-REP-3: the decision the terms rest on, once agreed; before that, the decision as it stands for the day reported (null when the unit has no handover date).",
      select: { ...policySelect, unit: { select: { handoverDate: true } } },
      resolve: (r) => {
        const decided = repairDetailsOf(r).coverage?.warranty;
        if (decided) return decided;
        try {
          return repairWarrantyFor(r, r.unit?.handoverDate, repairPolicyOf(r.estate)) ?? null;
        } catch (error) {
          if (isDomainError(error)) return null;
          throw error;
        }
      },
    }),
    startedAt: t.field({
      type: "DateTime",
      nullable: true,
      resolve: (r) => repairDetailsOf(r).startedAt ?? null,
    }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    workDone: t.string({ nullable: true, resolve: (r) => repairDetailsOf(r).workDone ?? null }),
    acceptedAt: t.expose("acceptedAt", {
      type: "DateTime",
      nullable: true,
      description: "R-REP-4: accepted jointly by the owner and the technician.",
    }),
    returnVisitAt: t.field({
      type: "DateTime",
      nullable: true,
      resolve: (r) => repairDetailsOf(r).returnVisitAt ?? null,
    }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    repeatCount: t.exposeInt("repeatCount", { description: "Second repairs 二次维修 so far (R-REP-5)." }),
    withdrawnReason: t.string({
      nullable: true,
      resolve: (r) => repairDetailsOf(r).withdrawnReason ?? null,
    }),
    deadlines: t.field({
      type: [RepairDeadlineRef],
      description: "Each step against its deadline, now (R-REP-1, R-REP-2, R-REP-5).",
      select: policySelect,
      resolve: (r, _args, context) => [
        ...checkRepairDeadlines(domainRepairOrder(r), servicesOf(context).now(), repairPolicyOf(r.estate)),
      ],
    }),
    nextDueAt: t.expose("nextDueAt", {
      type: "DateTime",
      nullable: true,
      description: "The earliest deadline of a step not yet done; null when nothing is pending.",
    }),
    overdue: t.boolean({
      description: "A step is past its deadline and not done.",
      resolve: (r, _args, context) => r.nextDueAt !== null && r.nextDueAt < servicesOf(context).now(),
    }),
    version: t.exposeInt("version", {
      description: "Pass as `expectedVersion` to refuse acting on a stale copy.",
    }),
    estate: t.relation("estate"),
    unit: t.relation("unit", { nullable: true }),
    quotes: t.relation("quotes", {
      description: "Every quote given, oldest first.",
      query: { orderBy: [{ quotedAt: "asc" }, { id: "asc" }] },
    }),
    returnVisits: t.relation("returnVisits", {
      query: { orderBy: [{ visitedAt: "asc" }, { id: "asc" }] },
    }),
    history: t.field({
      type: HistoryConnection,
      description: "Every step of this order, oldest first (R-QLT-2).",
      args: { ...t.arg.connectionArgs() },
      resolve: (r, args, context) => resolveHistory(context, "repair", r.id, args),
    }),
  }),
});
