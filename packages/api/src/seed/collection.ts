import {
  addDays,
  type CollectionCase,
  type CollectionMeasure,
  type CollectionOutcome,
  openCollectionCase,
  type ReminderChannel,
  recordCollectionAttempt,
} from "@wuye/domain";
import { instantOn } from "./clock.ts";
import { actorOf, type SeedContext } from "./context.ts";
import type { UnitAccount } from "./payments.ts";
import type { UnitLife } from "./residents.ts";
import { writeWorkflowEvent } from "./workflow-events.ts";

interface PlannedAttempt {
  readonly afterDays: number;
  readonly measure: CollectionMeasure;
  readonly channel?: ReminderChannel;
  readonly outcome: CollectionOutcome;
  readonly note: string;
  /** Only when the oldest unpaid line is at least this old (days past due). */
  readonly minAge?: number;
  readonly longArrearsOnly?: boolean;
}

/** The steps the desk takes, days after the oldest unpaid due date (R-FEE-10's lawful ladder). */
const LADDER: readonly PlannedAttempt[] = [
  { afterDays: 2, measure: "reminder", channel: "sms", outcome: "noResponse", note: "短信提醒缴费" },
  { afterDays: 12, measure: "call", outcome: "reached", note: "电话联系业主，说明欠费情况" },
  {
    afterDays: 32,
    measure: "reminder",
    channel: "app",
    outcome: "noResponse",
    note: "App 推送缴费提醒",
    minAge: 32,
  },
  {
    afterDays: 45,
    measure: "visit",
    outcome: "refusedToPay",
    note: "上门拜访，业主对服务有意见",
    minAge: 45,
  },
  { afterDays: 75, measure: "writtenDemand", outcome: "noResponse", note: "送达书面催缴函", minAge: 75 },
  {
    afterDays: 110,
    measure: "referral",
    outcome: "noResponse",
    note: "移交法务，申请仲裁",
    longArrearsOnly: true,
  },
];

/**
 * R-FEE-5, R-FEE-10: collection on units in arrears — reminder, then a call or visit, then a
 * written demand, and for the long-standing debts a referral — each attempt checked by the
 * domain's `recordCollectionAttempt` (no skipped step, the waiting times kept, never a utility
 * cut-off). Attempts are rows of `CollectionAttempt`; the case's stage changes go to the history
 * as `collection` events whose record is the unit.
 */
export function writeCollectionAttempts(ctx: SeedContext, life: UnitLife, account: UnitAccount): void {
  const profile = life.plan.profile;
  if (profile.kind !== "arrears" && profile.kind !== "longArrears") return;
  const random = ctx.random.fork(`collect:${life.plan.index}`);
  if (profile.kind === "arrears" && !random.chance(0.75)) return;
  const unpaid = account.lines
    .filter((line) => line.dueDate < ctx.today && line.settled < line.amount)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
  const oldest = unpaid[0];
  if (!oldest) return;
  const officer = actorOf(random.pick(life.estate.staff.customerService));
  let collectionCase: CollectionCase = openCollectionCase({
    caseId: life.plan.id,
    unitId: life.plan.id,
    dueDate: oldest.dueDate,
  });
  const promiseOnCall = profile.kind === "arrears" && random.chance(0.3);
  for (const planned of LADDER) {
    if (planned.longArrearsOnly && profile.kind !== "longArrears") continue;
    const on = addDays(oldest.dueDate, planned.afterDays);
    const at = instantOn(on, random.int(9, 17), random.int(0, 59));
    if (at >= ctx.now) break;
    const promised = promiseOnCall && planned.measure === "call";
    const outcome: CollectionOutcome = promised ? "promisedToPay" : planned.outcome;
    const result = recordCollectionAttempt(collectionCase, {
      measure: planned.measure,
      actor: officer,
      at,
      outcome,
      note: promised ? "业主承诺两周内缴清" : planned.note,
      ...(planned.channel ? { channel: planned.channel } : {}),
      ...(promised ? { promisedBy: addDays(on, 14) } : {}),
    });
    // The ladder waits for a promise to run out: the next step comes later or not yet.
    if (!result.ok) continue;
    collectionCase = result.collectionCase;
    const attempt = result.attempt;
    const attemptId = ctx.ids.next();
    ctx.writer.add("CollectionAttempt", {
      id: attemptId,
      estateId: life.estate.id,
      unitId: life.plan.id,
      billId: oldest.billId,
      step: attempt.step,
      channel: attempt.channel ?? null,
      attemptedAt: at,
      attemptedById: officer.id,
      outcome: attempt.outcome,
      note: attempt.note ?? null,
      deadline: attempt.deadline ?? attempt.promisedBy ?? null,
      createdAt: at,
    });
    writeWorkflowEvent(ctx.writer, ctx.ids, life.plan.id, result.event, {
      attemptId,
      ...(result.event.data as object),
    });
  }
}
