import {
  businessDateOf,
  checkRepairDeadlines,
  decideRepairWarranty,
  formatMoney,
  type Money,
  parseMoney,
  type RepairCause,
  type RepairCoverage,
  type RepairOrder,
  type RepairPolicyOverrides,
  type RepairPriceList,
  type RepairQuote,
  type RepairTechnician,
  type RepairWarrantyDecision,
} from "@wuye/domain";
import { toJsonValue } from "../../db/index.ts";
import type { Prisma, RepairOrder as RepairOrderRow } from "../../generated/prisma/client.ts";
import { reviveDomainData } from "../support.ts";

/**
 * How a repair order 维修单 is kept: the columns hold what lists filter and sort on, `details`
 * holds the rest of the domain's order (technician, the agreed terms with their warranty decision
 * and quote lines, the current round…), so the next step rebuilds exactly what the domain
 * returned last time. Nothing here decides a rule.
 */

/** What the domain's order holds beyond the columns, plus who filed it (for masking and events). */
export interface RepairDetails {
  readonly technician?: RepairTechnician;
  readonly coverage?: RepairCoverage;
  readonly roundStartedAt?: Date;
  readonly startedAt?: Date;
  readonly workDone?: string;
  readonly returnVisitAt?: Date;
  readonly withdrawnReason?: string;
  /** The user who registered the order (a resident, a desk clerk, a partner's user). */
  readonly filedByUserId?: string;
  /** The resident who reported it themself: they see their own phone number unmasked. */
  readonly reporterPersonId?: string;
}

/**
 * The price list used while an estate has published none (R-REP-3 asks for a published list;
 * these are typical Shanghai residential rates of 2026, to be replaced with `repairPriceListPublish`).
 */
export const DEFAULT_REPAIR_PRICE_LIST: RepairPriceList = {
  id: "wuye-default-2026",
  items: [
    { code: "L-CALL", name: "上门服务", kind: "labour", unit: "次", price: parseMoney("30.00") },
    { code: "L-HOUR", name: "维修人工", kind: "labour", unit: "小时", price: parseMoney("50.00") },
    { code: "M-VALVE", name: "角阀", kind: "materials", unit: "个", price: parseMoney("25.00") },
    { code: "M-TAP", name: "水龙头", kind: "materials", unit: "个", price: parseMoney("68.00") },
    { code: "M-PIPE", name: "PPR 给水管", kind: "materials", unit: "米", price: parseMoney("12.00") },
    { code: "M-SWITCH", name: "开关面板", kind: "materials", unit: "个", price: parseMoney("18.00") },
    { code: "M-SOCKET", name: "插座面板", kind: "materials", unit: "个", price: parseMoney("22.00") },
    { code: "M-LAMP", name: "LED 灯具", kind: "materials", unit: "套", price: parseMoney("45.00") },
  ],
};

/** An estate's `policy` JSON, as far as repairs read it. */
interface EstateRepairPolicy {
  readonly repairs?: RepairPolicyOverrides;
  readonly repairPriceList?: {
    readonly id: string;
    readonly items: readonly {
      code: string;
      name: string;
      kind: "labour" | "materials";
      unit: string;
      price: string;
    }[];
  };
}

function policyJson(policy: unknown): EstateRepairPolicy {
  return (policy ?? {}) as EstateRepairPolicy;
}

/** The estate's repair policy overrides (deadlines, warranty periods) in its time zone. */
export function repairPolicyOf(estate: { timeZone: string; policy: unknown }): RepairPolicyOverrides {
  return { timeZone: estate.timeZone, ...(policyJson(estate.policy).repairs ?? {}) };
}

/** The estate's published price list, or the documented default. */
export function repairPriceListOf(policy: unknown): { list: RepairPriceList; published: boolean } {
  const stored = policyJson(policy).repairPriceList;
  if (!stored) return { list: DEFAULT_REPAIR_PRICE_LIST, published: false };
  return {
    list: { id: stored.id, items: stored.items.map((item) => ({ ...item, price: parseMoney(item.price) })) },
    published: true,
  };
}

/** Domain data as JSON with money as decimal text (`"75.00"`), readable in history and details. */
export function repairJson(value: unknown): Prisma.InputJsonValue {
  return toJsonValue(moneyAsText(value));
}

function moneyAsText(value: unknown): unknown {
  if (typeof value === "bigint") return formatMoney(value as Money);
  if (Array.isArray(value)) return value.map(moneyAsText);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, moneyAsText(member)]));
  }
  return value;
}

type StoredQuote = Omit<RepairQuote, "labour" | "materials" | "total" | "lines"> & {
  readonly labour: string;
  readonly materials: string;
  readonly total: string;
  readonly lines: readonly (RepairQuote["lines"][number] & { unitPrice: string; amount: string })[];
};

function reviveQuote(quote: StoredQuote): RepairQuote {
  return {
    ...quote,
    labour: parseMoney(quote.labour),
    materials: parseMoney(quote.materials),
    total: parseMoney(quote.total),
    lines: quote.lines.map((line) => ({
      ...line,
      unitPrice: parseMoney(line.unitPrice),
      amount: parseMoney(line.amount),
    })),
  };
}

/** The details column back as domain values (instants as `Date`, money as `Money`). */
export function repairDetailsOf(row: Pick<RepairOrderRow, "details">): RepairDetails {
  const stored = reviveDomainData<Record<string, unknown> | null>(row.details) ?? {};
  const coverage = stored.coverage as (RepairCoverage & { quote?: StoredQuote }) | undefined;
  if (coverage?.kind !== "paid") return stored as RepairDetails;
  return { ...stored, coverage: { ...coverage, quote: reviveQuote(coverage.quote as StoredQuote) } };
}

/**
 * The domain's order from its row. An order with no unit (a common-area work order raised by a
 * patrol) names the estate as its place: the domain needs a place, and no rule reads it.
 */
export function domainRepairOrder(row: RepairOrderRow): RepairOrder {
  const details = repairDetailsOf(row);
  const optional = {
    respondedAt: row.respondedAt ?? undefined,
    onSiteNow: row.respondedAt ? row.urgentOnSite : undefined,
    technician: details.technician,
    coverage: details.coverage,
    startedAt: details.startedAt,
    completedAt: row.completedAt ?? undefined,
    workDone: details.workDone,
    acceptedAt: row.acceptedAt ?? undefined,
    returnVisitAt: details.returnVisitAt,
    closedAt: row.closedAt ?? undefined,
    withdrawnReason: details.withdrawnReason,
  };
  return {
    id: row.id,
    status: row.status,
    unitId: row.unitId ?? row.estateId,
    reportedBy: row.requesterName,
    contact: row.requesterPhone ?? "",
    description: row.description,
    category: row.category as RepairOrder["category"],
    trade: row.trade ?? "general",
    requestedAt: row.requestedAt,
    roundStartedAt: details.roundStartedAt ?? row.requestedAt,
    repeatCount: row.repeatCount,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  };
}

/**
 * The columns (and details) that represent the domain's order after a step, with its deadlines
 * as the domain computes them: `dueAt` the completion deadline (R-REP-2), `nextDueAt` the
 * earliest deadline of a step not yet done (past it, the order is overdue).
 */
export function repairColumnsOf(
  order: RepairOrder,
  previous: RepairDetails,
  policy: RepairPolicyOverrides,
  now: Date,
) {
  const checks = checkRepairDeadlines(order, now, policy);
  const pending = checks.filter((check) => check.doneAt === undefined).map((check) => check.deadline.due);
  const completion = checks.find((check) => check.step === "completion");
  const details: RepairDetails = {
    technician: order.technician,
    coverage: order.coverage,
    roundStartedAt: order.roundStartedAt,
    startedAt: order.startedAt,
    workDone: order.workDone,
    returnVisitAt: order.returnVisitAt,
    withdrawnReason: order.withdrawnReason,
    filedByUserId: previous.filedByUserId,
    reporterPersonId: previous.reporterPersonId,
  };
  return {
    respondedAt: order.respondedAt ?? null,
    urgentOnSite: order.onSiteNow ?? false,
    assigneeId: order.technician?.id ?? null,
    coverage: order.coverage?.kind ?? null,
    completedAt: order.completedAt ?? null,
    acceptedAt: order.acceptedAt ?? null,
    closedAt: order.closedAt ?? null,
    repeatCount: order.repeatCount,
    dueAt: completion?.deadline.due ?? null,
    nextDueAt: pending.length === 0 ? null : new Date(Math.min(...pending.map((due) => due.getTime()))),
    details: repairJson(details),
  };
}

/**
 * The warranty decision (R-REP-3) for an order: from the unit's handover to the day the repair
 * was requested, in the estate's time zone. Undefined when it cannot be decided (no unit, no
 * handover date recorded, or an order from before categories were kept).
 */
export function repairWarrantyFor(
  order: Pick<RepairOrderRow, "category" | "requestedAt">,
  handoverDate: Date | null | undefined,
  policy: RepairPolicyOverrides,
  cause?: RepairCause,
): RepairWarrantyDecision | undefined {
  if (!order.category || !handoverDate) return undefined;
  return decideRepairWarranty(
    {
      category: order.category,
      handoverDate: handoverDate.toISOString().slice(0, 10),
      on: businessDateOf(order.requestedAt, policy.timeZone),
      ...(cause ? { cause } : {}),
    },
    policy,
  );
}
