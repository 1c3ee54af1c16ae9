import {
  type Actor,
  advanceRepair,
  decideRepairWarranty,
  formatMoney,
  quoteRepair,
  type RepairAction,
  type RepairActionData,
  type RepairOrder,
  type RepairStatus,
  type RepairTechnician,
  registerRepair,
  type WorkflowEvent,
} from "@wuye/domain";
import {
  DEFAULT_REPAIR_PRICE_LIST,
  type RepairDetails,
  repairColumnsOf,
  repairJson,
} from "../services/repairs/records.ts";
import type { SeedTables } from "./bulk-writer.ts";
import { businessDate, DEMO_TIME_ZONE, minutesAfter } from "./clock.ts";
import { actorOf, type EstateSeed, type SeedContext } from "./context.ts";
import type { SeededRandom } from "./random.ts";
import { REPAIR_TOPICS, type RepairTopic } from "./repair-topics.ts";
import type { UnitLife } from "./residents.ts";
import {
  desk,
  homeOn,
  householder,
  occupiedUnits,
  type RecordNumbers,
  spreadBefore,
  storyCount,
} from "./story-kit.ts";
import { expectStep, writeWorkflowEvent } from "./workflow-events.ts";

/** Every state of the repair workflow; `closedAfterSecondRepair` is the one second repair 二次维修. */
type RepairTarget = RepairStatus | "closedAfterSecondRepair";

const EVERY_STATE: readonly RepairTarget[] = [
  "registered",
  "responded",
  "assigned",
  "planAgreed",
  "quoted",
  "quoteAccepted",
  "inProgress",
  "completed",
  "accepted",
  "reopened",
  "closed",
  "withdrawn",
  "closedAfterSecondRepair",
];

/**
 * Repair orders 维修单 (R-REP-1…5): registered, answered within 15 minutes, assigned to a technician
 * of the trade, repaired free under warranty (the domain's warranty decision) or on an accepted
 * quote from the price list, accepted jointly, visited back — one dissatisfied visit leads to a
 * second repair. Every state appears, with quotes and return visits.
 */
export function writeRepairs(ctx: SeedContext, lives: readonly UnitLife[], numbers: RecordNumbers): void {
  for (const estate of ctx.estates) {
    const random = ctx.random.fork(`repairs:${estate.key}`);
    const homes = occupiedUnits(lives, estate);
    if (homes.length === 0) continue;
    const targets: RepairTarget[] = [...EVERY_STATE];
    const extra = storyCount(lives, estate, 60, 15);
    for (let i = 0; i < extra; i++) targets.push(random.chance(0.8) ? "closed" : random.pick(EVERY_STATE));
    targets.forEach((target, index) => {
      const r = random.fork(`r:${index}`);
      const wantFree =
        target === "planAgreed" || (target !== "quoted" && target !== "quoteAccepted" && r.chance(0.4));
      // Free work needs a warranty still running; a paid one a warranty that has ended (R-REP-3).
      // Sunny Garden's flats are ten years old: only a target that needs it insists on free work.
      const insist = target === "planAgreed" || target === "quoted" || target === "quoteAccepted";
      for (let attempt = 0; attempt < 60; attempt++) {
        const requestedAt = startFor(ctx, r, target);
        const home = homeOn(homes, r, requestedAt);
        if (!home) continue;
        const topic = r.pick(REPAIR_TOPICS);
        const warranty = decideRepairWarranty({
          category: topic.category,
          handoverDate: home.plan.handoverDate!,
          on: businessDate(requestedAt),
        });
        if ((warranty.status === "inWarranty") !== wantFree && (insist || attempt < 30)) continue;
        writeRepairStory(ctx, estate, home, topic, target, requestedAt, numbers, r);
        return;
      }
    });
  }
}

/** Minutes each step takes after the one before (the second repair's steps after the visit). */
const STEP_MINUTES = {
  respond: 8,
  assign: 20,
  decide: 60,
  acceptQuote: 30,
  start: 15,
  complete: 120,
  acceptJointly: 10,
};
const VISIT_AFTER_MINUTES = 24 * 60 + 90;

function startFor(ctx: SeedContext, random: SeededRandom, target: RepairTarget): Date {
  if (target === "closed" || target === "withdrawn" || target === "closedAfterSecondRepair") {
    return spreadBefore(ctx, random, 320, 24 * 7);
  }
  const order = EVERY_STATE.indexOf(target);
  const minutes = order <= EVERY_STATE.indexOf("accepted") ? order * 45 : order * 45 + VISIT_AFTER_MINUTES;
  return minutesAfter(ctx.now, -(minutes + random.int(30, 240)));
}

function writeRepairStory(
  ctx: SeedContext,
  estate: EstateSeed,
  home: UnitLife,
  topic: RepairTopic,
  target: RepairTarget,
  requestedAt: Date,
  numbers: RecordNumbers,
  random: SeededRandom,
): void {
  const id = ctx.ids.next();
  const number = numbers.take(estate, "WX", requestedAt);
  const person = householder(home);
  const service = desk(estate, random);
  const technicians = estate.staff.engineering.filter((t) => t.trades.includes(topic.trade));
  const technician = random.pick(technicians.length > 0 ? technicians : estate.staff.engineering);
  const techActor = actorOf(technician);
  const assigner = actorOf(estate.staff.manager);
  const asTechnician: RepairTechnician = {
    id: technician.id,
    name: technician.name,
    trades: technician.trades,
  };
  let order: RepairOrder = registerRepair({
    id,
    unitId: home.plan.id,
    reportedBy: person.name,
    contact: person.phone,
    description: topic.description,
    category: topic.category,
    trade: topic.trade,
    requestedAt,
  });
  const events: WorkflowEvent[] = [];
  let at = requestedAt;
  let assignedAt: Date | null = null;
  let quoteRow: SeedTables["RepairQuote"] | undefined;
  const visits: { at: Date; satisfied: boolean; comment: string; visitor: string }[] = [];
  const step = <A extends RepairAction>(
    action: A,
    actor: Actor,
    minutes: number,
    data: RepairActionData[A],
  ) => {
    at = minutesAfter(at, minutes);
    const result = expectStep(advanceRepair(order, { action, actor, at, data }), `repair ${action}`);
    order = result.order;
    events.push(result.event);
  };
  const reached = (state: RepairStatus) => order.status === state;
  const stopAt = target === "closedAfterSecondRepair" ? "closed" : target;
  const done = () =>
    reached(stopAt as RepairStatus) && (target !== "closedAfterSecondRepair" || order.repeatCount > 0);

  const run = () => {
    if (done()) return;
    step("respond", service, STEP_MINUTES.respond, { onSiteNow: topic.category !== "decoration" });
    if (done()) return;
    if (target === "withdrawn") {
      step("withdraw", service, 30, { reason: "业主已自行找人维修" });
      return;
    }
    step("assign", assigner, STEP_MINUTES.assign, { technician: asTechnician });
    assignedAt = at;
    if (done()) return;
    const warranty = decideRepairWarranty({
      category: topic.category,
      handoverDate: home.plan.handoverDate!,
      on: businessDate(at),
    });
    if (warranty.status === "inWarranty") {
      step("agreeFreePlan", techActor, STEP_MINUTES.decide, { warranty, plan: topic.plan });
    } else {
      const priced = quoteRepair(DEFAULT_REPAIR_PRICE_LIST, topic.quote);
      if (!priced.ok) throw new Error("seed: repair quote refused");
      step("quote", techActor, STEP_MINUTES.decide, {
        quote: priced.quote,
        reason: warranty.explanation.zh,
        warranty,
      });
      quoteRow = {
        id: ctx.ids.next(),
        repairOrderId: id,
        labour: formatMoney(priced.quote.labour),
        materials: formatMoney(priced.quote.materials),
        total: formatMoney(priced.quote.total),
        explanation: priced.quote.explanation.zh,
        quotedAt: at,
        quotedById: technician.id,
        decision: null,
        decidedAt: null,
        createdAt: at,
      };
      if (done()) return;
      step("acceptQuote", service, STEP_MINUTES.acceptQuote, undefined);
      quoteRow = { ...quoteRow, decision: "accepted", decidedAt: at };
    }
    if (done()) return;
    step("start", techActor, STEP_MINUTES.start, undefined);
    if (done()) return;
    step("complete", techActor, STEP_MINUTES.complete, { workDone: topic.workDone });
    if (done()) return;
    step("acceptJointly", techActor, STEP_MINUTES.acceptJointly, {
      ownerSignature: person.name,
      technicianSignature: technician.name,
    });
    if (done()) return;
    const secondRound = target === "reopened" || target === "closedAfterSecondRepair";
    if (secondRound) {
      // R-REP-5: not satisfied at the return visit — a second repair from assignment.
      step("returnVisitDissatisfied", service, VISIT_AFTER_MINUTES, { complaint: "维修后仍有渗水" });
      visits.push({ at, satisfied: false, comment: "维修后仍有渗水", visitor: service.id });
      if (done()) return;
      step("assign", assigner, 60, { technician: asTechnician });
      step("start", techActor, 30, undefined);
      step("complete", techActor, 180, { workDone: `${topic.workDone}（二次维修）` });
      step("acceptJointly", techActor, 10, {
        ownerSignature: person.name,
        technicianSignature: technician.name,
      });
    }
    step("returnVisitSatisfied", service, VISIT_AFTER_MINUTES, { comment: "业主满意" });
    visits.push({ at, satisfied: true, comment: "业主满意", visitor: service.id });
  };
  run();
  if (at >= ctx.now) throw new Error(`seed: repair ${number} would end after now`);

  // The columns and `details` the API's repair service keeps for the domain's order (records.ts).
  const policy = { timeZone: DEMO_TIME_ZONE };
  const details: RepairDetails = { filedByUserId: service.id };
  const columns = repairColumnsOf(order, details, policy, ctx.now);
  ctx.writer.add("RepairOrder", {
    id,
    estateId: estate.id,
    unitId: home.plan.id,
    number,
    requesterName: person.name,
    requesterPhone: person.phone,
    location: `${home.plan.building.name} ${home.plan.number} ${topic.location}`,
    description: topic.description,
    trade: topic.trade,
    category: topic.category,
    status: order.status,
    requestedAt,
    ...columns,
    assignedAt,
    version: events.length,
    createdAt: requestedAt,
    updatedAt: at,
  });
  if (quoteRow) ctx.writer.add("RepairQuote", quoteRow);
  for (const visit of visits) {
    ctx.writer.add("RepairReturnVisit", {
      id: ctx.ids.next(),
      repairOrderId: id,
      visitedAt: visit.at,
      visitorId: visit.visitor,
      satisfied: visit.satisfied,
      comment: visit.comment,
      createdAt: visit.at,
    });
  }
  // R-REP-1: the registration line the API's desk writes first; step data with money as text.
  writeWorkflowEvent(ctx.writer, ctx.ids, id, {
    workflow: "repair",
    action: "register",
    from: "registered",
    to: "registered",
    actor: service,
    at: requestedAt,
    data: repairJson({ category: topic.category, trade: topic.trade }),
  });
  for (const event of events)
    writeWorkflowEvent(
      ctx.writer,
      ctx.ids,
      id,
      event,
      event.data === undefined ? undefined : repairJson(event.data),
    );
}
