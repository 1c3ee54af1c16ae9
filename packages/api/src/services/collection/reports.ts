import {
  type ArrearsAging,
  type ArrearsRecoveryReport,
  addDays,
  ageArrears,
  arrearsRecoveryRate,
  businessDateOf,
  type CollectionRateReport,
  collectionRate,
  DEFAULT_REMINDER_POLICY,
  type IsoDate,
  type Money,
  type OutstandingLine,
  shiftBillingPeriod,
  startOfBusinessDate,
  subtractMoney,
  ZERO_MONEY,
} from "@wuye/domain";
import type { StaffRole } from "../../auth/index.ts";
import { visibleEstates } from "../../auth/visibility.ts";
import type { WuyeDb } from "../../db/index.ts";
import { NotFoundError } from "../../errors/index.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { authorizeEstateAction, FINANCE_REPORT_ROLES } from "../fees/access.ts";
import {
  dateColumn,
  type EstateMoneyPolicy,
  isoOf,
  moneyOf,
  moneyPolicyOf,
  periodOf,
} from "../fees/records.ts";
import { callDomain, type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { settledOf } from "./ledger.ts";

/**
 * The money reports of an estate (R-FEE-8), read from the ledger and computed by the domain:
 * arrears by age 账龄 (`ageArrears`), the collection rate 收缴率 of a period
 * (`collectionRate`) and the recovery rate of arrears carried into it 清欠率
 * (`arrearsRecoveryRate`), each as an exact ratio and a percentage.
 */

interface ReportEstate {
  readonly id: string;
  readonly timeZone: string;
  readonly policy: EstateMoneyPolicy;
}

export async function estateForReport(
  sc: ServiceContext,
  estateGlobalId: GlobalId,
  roles: readonly StaffRole[] = FINANCE_REPORT_ROLES,
): Promise<ReportEstate> {
  const id = idOf(estateGlobalId, "Estate", "estate", ["estateId"]);
  const estate = await sc.prisma.estate.findFirst({
    where: { id, AND: [visibleEstates(sc.viewer)] },
    select: { id: true, companyId: true, timeZone: true, policy: true },
  });
  if (!estate) throw new NotFoundError("estate", ["estateId"]);
  authorizeEstateAction(sc, estate, roles, { what: "estate", path: ["estateId"] }, "fees:read");
  return { id: estate.id, timeZone: estate.timeZone, policy: moneyPolicyOf(estate.policy, estate.timeZone) };
}

/** Lines of open bills due before `asOf`, with what is settled: the estate's arrears. */
async function linesOwed(db: WuyeDb, estateId: string, asOf: IsoDate): Promise<OutstandingLine[]> {
  const rows = await db.billLine.findMany({
    where: {
      bill: { estateId, status: { in: ["issued", "partiallyPaid"] }, dueDate: { lt: dateColumn(asOf) } },
    },
    select: {
      id: true,
      billId: true,
      unitId: true,
      periodStart: true,
      amount: true,
      bill: { select: { dueDate: true } },
      allocations: { select: { amount: true, reversalOfId: true } },
    },
  });
  return rows.map((row) => ({
    lineId: row.id,
    billId: row.billId,
    unitId: row.unitId,
    period: periodOf(row.periodStart),
    dueDate: isoOf(row.bill.dueDate),
    amount: moneyOf(row.amount),
    settled: settledOf(row.allocations),
  }));
}

/** R-FEE-8: the estate's arrears on `asOf` (default today) in the five age bands. */
export async function arrearsAgingOf(
  sc: ServiceContext,
  estateGlobalId: GlobalId,
  asOf?: Date | null,
): Promise<ArrearsAging & { readonly unitCount: number }> {
  const estate = await estateForReport(sc, estateGlobalId);
  const day = asOf ? isoOf(asOf) : businessDateOf(sc.now, estate.timeZone);
  const lines = await linesOwed(sc.prisma, estate.id, day);
  const aging = callDomain(() => ageArrears(lines, day), []);
  const owing = new Set(lines.filter((line) => line.settled < line.amount).map((line) => line.unitId));
  return { ...aging, unitCount: owing.size };
}

async function sumAllocations(db: WuyeDb, where: Prisma.PaymentAllocationWhereInput): Promise<Money> {
  const [original, reversed] = [
    await db.paymentAllocation.aggregate({ where: { ...where, reversalOfId: null }, _sum: { amount: true } }),
    await db.paymentAllocation.aggregate({
      where: { ...where, reversalOfId: { not: null } },
      _sum: { amount: true },
    }),
  ];
  const plus = original._sum.amount ? moneyOf(original._sum.amount) : ZERO_MONEY;
  const minus = reversed._sum.amount ? moneyOf(reversed._sum.amount) : ZERO_MONEY;
  return subtractMoney(plus, minus);
}

/**
 * R-FEE-8: the collection rate of `period` (what its bills billed, and what has been collected on
 * them) and the recovery rate of the arrears carried into it (lines of earlier periods already
 * due and unpaid when the period began, and what was collected on them during the period).
 */
export async function collectionRatesOf(
  sc: ServiceContext,
  estateGlobalId: GlobalId,
  period: string,
): Promise<{ collection: CollectionRateReport; recovery: ArrearsRecoveryReport }> {
  const estate = await estateForReport(sc, estateGlobalId);
  const first = callDomain(() => shiftBillingPeriod(period, 0), []);
  const next = shiftBillingPeriod(first, 1);
  const start = startOfBusinessDate(`${first}-01`, estate.timeZone);
  const end = startOfBusinessDate(`${next}-01`, estate.timeZone);
  const live = { estateId: estate.id, status: { not: "cancelled" as const } };

  const ofPeriod = { periodStart: dateColumn(`${first}-01`), bill: live };
  const billed = await sc.prisma.billLine.aggregate({ where: ofPeriod, _sum: { amount: true } });
  const receivable = billed._sum.amount ? moneyOf(billed._sum.amount) : ZERO_MONEY;
  const collected = await sumAllocations(sc.prisma, { billLine: ofPeriod });

  // Arrears carried in: earlier periods' lines already due before the period began.
  const carried = {
    periodStart: { lt: dateColumn(`${first}-01`) },
    bill: { ...live, dueDate: { lt: dateColumn(`${first}-01`) } },
  };
  const carriedBilled = await sc.prisma.billLine.aggregate({ where: carried, _sum: { amount: true } });
  const settledBefore = await sumAllocations(sc.prisma, { billLine: carried, createdAt: { lt: start } });
  const openingArrears = subtractMoney(
    carriedBilled._sum.amount ? moneyOf(carriedBilled._sum.amount) : ZERO_MONEY,
    settledBefore,
  );
  const recovered = await sumAllocations(sc.prisma, {
    billLine: carried,
    createdAt: { gte: start, lt: end },
  });
  return callDomain(
    () => ({
      collection: collectionRate({ period: first, receivable, collected }),
      recovery: arrearsRecoveryRate({ period: first, openingArrears, recovered }),
    }),
    [],
  );
}

/**
 * R-FEE-5: the bills whose reminder falls on `on` — open bills due a reminder's days later,
 * issued by then — as a filter for the `remindersDue` connection.
 */
export function remindersDueWhere(estate: ReportEstate, on: IsoDate): Prisma.BillWhereInput {
  const policy = estate.policy.reminders ?? DEFAULT_REMINDER_POLICY;
  const dueDates = [...new Set(policy.reminders.map((r) => addDays(on, r.daysBeforeDue)))];
  return {
    estateId: estate.id,
    status: { in: ["issued", "partiallyPaid"] },
    dueDate: { in: dueDates.map(dateColumn) },
    issuedOn: { lte: dateColumn(on) },
  };
}
