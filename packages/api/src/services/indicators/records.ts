import {
  type ArrearsRecord,
  businessDateOf,
  type ComplaintRecord,
  DEFAULT_TIME_ZONE,
  type DrillRecord,
  type EmergencyPlanRecord,
  type IndicatorScope,
  type MaintenanceTaskRecord,
  type Money,
  nextMaintenanceDue,
  type PatrolRoundRecord,
  parseMoney,
  type ReceivableRecord,
  type RepairRecord,
  type SatisfactionRating,
  type SatisfactionResponse,
  subtractMoney,
  sumMoney,
} from "@wuye/domain";
import type { WuyeDb } from "../../db/index.ts";
import type { ComplaintSatisfaction } from "../../generated/prisma/enums.ts";
import { questionsOf, satisfactionResponsesOf } from "../community/surveys.ts";
import { dateColumn, isoOf, periodWindow } from "../estate-dates.ts";

/**
 * The records each indicator of R-QLT-1 is computed from, read from the database for one estate
 * and period and shaped as the domain's indicator functions take them. Only reading and shaping
 * happen here; what counts, and how, is the domain's.
 */

const money = (value: { toFixed(places: number): string }): Money => parseMoney(value.toFixed(2));

function windowOf(scope: IndicatorScope) {
  return periodWindow(scope.from, scope.to, scope.timeZone ?? DEFAULT_TIME_ZONE);
}

/**
 * A complaint's satisfaction at close (R-CMP-6) on the survey scale: "satisfied" counts as
 * satisfied, "basically satisfied" (基本满意) as neutral, "dissatisfied" as dissatisfied.
 */
const CLOSE_RATING: Record<ComplaintSatisfaction, SatisfactionRating> = {
  satisfied: "satisfied",
  basicallySatisfied: "neutral",
  dissatisfied: "dissatisfied",
};

/** R-COM-3, R-CMP-6: every survey answer of the period, and every complaint's satisfaction at close. */
export async function satisfactionRecords(
  prisma: WuyeDb,
  scope: IndicatorScope,
): Promise<SatisfactionResponse[]> {
  const window = windowOf(scope);
  const [surveys, complaints] = await Promise.all([
    prisma.survey.findMany({
      where: { estateId: scope.estateId, responses: { some: { submittedAt: window } } },
      select: {
        questions: true,
        responses: { where: { submittedAt: window }, select: { id: true, submittedAt: true, answers: true } },
      },
    }),
    prisma.complaint.findMany({
      where: { estateId: scope.estateId, satisfaction: { not: null }, closedAt: window },
      select: { id: true, satisfaction: true, closedAt: true },
    }),
  ]);
  const answers = surveys.flatMap((s) =>
    s.responses.flatMap((r) => satisfactionResponsesOf(r, questionsOf(s))),
  );
  const closes = complaints.flatMap((c) =>
    c.satisfaction && c.closedAt
      ? [
          {
            id: c.id,
            answeredAt: c.closedAt,
            rating: CLOSE_RATING[c.satisfaction],
            serviceArea: "complaints",
          },
        ]
      : [],
  );
  return [...answers, ...closes];
}

/**
 * R-CMP-4/5: valid complaints with a resolution deadline, due or resolved in the period. "Resolved"
 * is the customer-service manager's approval of the result (the history's `approveResult`).
 */
export async function complaintRecords(prisma: WuyeDb, scope: IndicatorScope): Promise<ComplaintRecord[]> {
  const window = windowOf(scope);
  const rows = await prisma.complaint.findMany({
    where: {
      estateId: scope.estateId,
      status: { not: "invalid" },
      resolveDueAt: { not: null },
      receivedAt: { lt: window.lt },
      // Resolved in the period means changed since its start.
      OR: [{ resolveDueAt: window }, { updatedAt: { gte: window.gte } }],
    },
    select: { id: true, receivedAt: true, resolveDueAt: true },
  });
  const approvals = await prisma.workflowEvent.findMany({
    where: { workflow: "complaint", action: "approveResult", recordId: { in: rows.map((r) => r.id) } },
    orderBy: [{ at: "asc" }],
    select: { recordId: true, at: true },
  });
  const resolvedAt = new Map<string, Date>();
  for (const approval of approvals)
    if (!resolvedAt.has(approval.recordId)) resolvedAt.set(approval.recordId, approval.at);
  return rows.flatMap((r) => {
    if (!r.resolveDueAt) return [];
    const resolved = resolvedAt.get(r.id);
    return [
      {
        id: r.id,
        receivedAt: r.receivedAt,
        resolutionDueAt: r.resolveDueAt,
        ...(resolved ? { resolvedAt: resolved } : {}),
      },
    ];
  });
}

/** R-REP-1…5: repair orders requested or accepted in the period (accepted = completed, R-REP-4). */
export async function repairRecords(prisma: WuyeDb, scope: IndicatorScope): Promise<RepairRecord[]> {
  const window = windowOf(scope);
  const rows = await prisma.repairOrder.findMany({
    where: { estateId: scope.estateId, OR: [{ requestedAt: window }, { acceptedAt: window }] },
    select: {
      id: true,
      requestedAt: true,
      respondedAt: true,
      acceptedAt: true,
      repeatCount: true,
      status: true,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    requestedAt: r.requestedAt,
    ...(r.respondedAt ? { answeredAt: r.respondedAt } : {}),
    ...(r.acceptedAt ? { completedAt: r.acceptedAt } : {}),
    repeatRepairs: r.repeatCount,
    cancelled: r.status === "withdrawn",
  }));
}

/** Allocations that stand: neither a reversal nor reversed (R-FEE-9 corrections cancel each other). */
const standing = { reversalOfId: null, reversedBy: { is: null } } as const;

/** R-FEE-8: bill lines due in the period and what has been collected toward each. */
export async function receivableRecords(prisma: WuyeDb, scope: IndicatorScope): Promise<ReceivableRecord[]> {
  const asOf = scope.asOf;
  const lines = await prisma.billLine.findMany({
    where: {
      bill: {
        estateId: scope.estateId,
        status: { not: "cancelled" },
        dueDate: { gte: dateColumn(scope.from), lte: dateColumn(scope.to) },
      },
    },
    select: {
      id: true,
      amount: true,
      bill: { select: { dueDate: true } },
      allocations: {
        where: { ...standing, ...(asOf ? { createdAt: { lte: asOf } } : {}) },
        select: { amount: true },
      },
    },
  });
  return lines.map((line) => ({
    id: line.id,
    dueOn: isoOf(line.bill.dueDate),
    receivable: money(line.amount),
    collected: sumMoney(line.allocations.map((a) => money(a.amount))),
  }));
}

/** R-FEE-8: lines due before the period still owed at its start, and what the period recovered. */
export async function arrearsRecords(prisma: WuyeDb, scope: IndicatorScope): Promise<ArrearsRecord[]> {
  const window = windowOf(scope);
  const end = scope.asOf && scope.asOf < window.lt ? scope.asOf : window.lt;
  const lines = await prisma.billLine.findMany({
    where: {
      bill: {
        estateId: scope.estateId,
        status: { not: "cancelled" },
        dueDate: { lt: dateColumn(scope.from) },
      },
      // A paid bill with nothing allocated since the start was settled before the period.
      OR: [
        { bill: { status: { in: ["issued", "partiallyPaid"] } } },
        { allocations: { some: { createdAt: { gte: window.gte } } } },
      ],
    },
    select: {
      id: true,
      amount: true,
      bill: { select: { dueDate: true } },
      allocations: { where: standing, select: { amount: true, createdAt: true } },
    },
  });
  return lines.flatMap((line) => {
    const before = line.allocations.filter((a) => a.createdAt < window.gte);
    const during = line.allocations.filter((a) => a.createdAt >= window.gte && a.createdAt < end);
    const outstanding = subtractMoney(money(line.amount), sumMoney(before.map((a) => money(a.amount))));
    if (outstanding <= 0n) return [];
    return [
      {
        id: line.id,
        dueOn: isoOf(line.bill.dueDate),
        outstandingAtStart: outstanding,
        recovered: sumMoney(during.map((a) => money(a.amount))),
      },
    ];
  });
}

/**
 * R-FAC-2: maintenance tasks of the estate's active plans. Each record done after the first
 * answers the task due one period after the one before it (the domain's `nextMaintenanceDue`); the
 * plan's next due date is the task still open. A plan's first record starts its schedule and is
 * not itself measured (the database keeps no start date for a plan).
 */
export async function maintenanceRecords(
  prisma: WuyeDb,
  scope: IndicatorScope,
): Promise<MaintenanceTaskRecord[]> {
  const plans = await prisma.maintenancePlan.findMany({
    where: { estateId: scope.estateId, active: true },
    select: {
      id: true,
      period: true,
      nextDueOn: true,
      records: { select: { performedOn: true }, orderBy: [{ performedOn: "asc" }] },
    },
  });
  return plans.flatMap((plan) => {
    const done = plan.records.map((r) => isoOf(r.performedOn));
    const tasks: MaintenanceTaskRecord[] = [];
    for (let i = 1; i < done.length; i++) {
      tasks.push({
        id: `${plan.id}:${i}`,
        dueOn: nextMaintenanceDue(plan.period, done[i - 1] as string),
        doneOn: done[i] as string,
      });
    }
    const nextDue = isoOf(plan.nextDueOn);
    const last = done.at(-1);
    if (!last || nextDue > last) tasks.push({ id: `${plan.id}:next`, dueOn: nextDue });
    return tasks;
  });
}

/** R-EMG-2: the estate's emergency plans (all are in force: plans are reviewed, not retired) and the drills held in the period. */
export async function drillRecords(
  prisma: WuyeDb,
  scope: IndicatorScope,
): Promise<{ plans: (EmergencyPlanRecord & { title: string })[]; drills: DrillRecord[] }> {
  const plans = await prisma.emergencyPlan.findMany({
    where: { estateId: scope.estateId },
    select: { id: true, type: true, title: true },
    orderBy: [{ type: "asc" }, { title: "asc" }],
  });
  const drills = await prisma.emergencyDrill.findMany({
    where: {
      plan: { estateId: scope.estateId },
      heldOn: { gte: dateColumn(scope.from), lte: dateColumn(scope.to) },
    },
    select: { planId: true, heldOn: true },
  });
  return { plans, drills: drills.map((d) => ({ planId: d.planId, heldOn: isoOf(d.heldOn) })) };
}

/** R-FAC-3: the patrol rounds recorded in the period, with their route's checkpoints and those visited. */
export async function patrolRecords(prisma: WuyeDb, scope: IndicatorScope): Promise<PatrolRoundRecord[]> {
  const rounds = await prisma.patrolRound.findMany({
    where: { route: { estateId: scope.estateId }, startedAt: windowOf(scope) },
    select: {
      id: true,
      startedAt: true,
      route: { select: { checkpoints: { select: { id: true } } } },
      checks: { select: { checkpointId: true } },
    },
  });
  return rounds.map((round) => ({
    id: round.id,
    scheduledOn: businessDateOf(round.startedAt, scope.timeZone ?? DEFAULT_TIME_ZONE),
    checkpoints: round.route.checkpoints.map((c) => c.id),
    visited: round.checks.map((c) => c.checkpointId),
  }));
}
