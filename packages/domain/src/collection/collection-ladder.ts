import { addDays, DEFAULT_TIME_ZONE, type IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import { type Actor, defineWorkflow, type Guard } from "../workflow/index.ts";
import { collectionErrors } from "./errors.ts";
import type { ReminderChannel } from "./reminders.ts";

/** Where a unit's collection 催缴 stands on the ladder of R-FEE-10. */
export type CollectionStage = "inArrears" | "reminded" | "contacted" | "demanded" | "referred";

/** A lawful collection step (R-FEE-10), from the mildest up. */
export type CollectionStep = "reminder" | "call" | "visit" | "writtenDemand" | "referral";

/** Cutting a utility to force payment: never allowed (Civil Code art. 944), always refused. */
export type UtilityCutOff = "cutWater" | "cutPower" | "cutHeating" | "cutGas";

/** Anything staff may ask to do about arrears; only `CollectionStep`s can be allowed. */
export type CollectionMeasure = CollectionStep | UtilityCutOff;

/** What came of an attempt. */
export type CollectionOutcome = "noResponse" | "reached" | "promisedToPay" | "refusedToPay";

/** One recorded collection attempt (R-FEE-5: every attempt is recorded). */
export interface CollectionAttempt {
  readonly step: CollectionStep;
  /** The business date of `at` in the estate's time zone. */
  readonly on: IsoDate;
  readonly at: Date;
  readonly by: Actor;
  readonly outcome: CollectionOutcome;
  /** With `promisedToPay`: the date the owner promised to pay by. */
  readonly promisedBy?: IsoDate;
  readonly channel?: ReminderChannel;
  readonly note?: string;
  /** With `writtenDemand`: the deadline the demand gives. */
  readonly deadline?: IsoDate;
}

/** A unit's collection case 催缴记录: its stage and every attempt so far. */
export interface CollectionCase {
  readonly caseId: string;
  readonly unitId: string;
  /** The first day in arrears: the day after the oldest unpaid due date. */
  readonly arrearsSince: IsoDate;
  readonly stage: CollectionStage;
  /** When the current stage was reached. */
  readonly stageSince?: IsoDate;
  /** The deadline of the written demand, once one is sent. */
  readonly demandDeadline?: IsoDate;
  /** The latest promise to pay on record. */
  readonly promisedBy?: IsoDate;
  readonly attempts: readonly CollectionAttempt[];
}

/** How an estate paces its collection ladder (R-FEE-10), in calendar days. */
export interface CollectionLadderPolicy {
  /** Days after the first reminder before a call or visit. @default 7 */
  readonly daysFromReminderToContact: number;
  /** Days after the first call or visit before a written demand. @default 30 */
  readonly daysFromContactToDemand: number;
  /** The deadline a written demand gives, in days: a reasonable deadline. @default 15 */
  readonly demandDeadlineDays: number;
  /** @default "Asia/Shanghai" */
  readonly timeZone: string;
}

export const DEFAULT_COLLECTION_LADDER_POLICY: CollectionLadderPolicy = {
  daysFromReminderToContact: 7,
  daysFromContactToDemand: 30,
  demandDeadlineDays: 15,
  timeZone: DEFAULT_TIME_ZONE,
};

/** What an attempt carries besides who and when. */
export interface CollectionAttemptData {
  readonly outcome: CollectionOutcome;
  readonly promisedBy?: IsoDate;
  readonly channel?: ReminderChannel;
  readonly note?: string;
}

/** What the ladder's guards see: the case, the policy, and the business date of the attempt. */
export interface CollectionLadderContext {
  readonly collectionCase: CollectionCase;
  readonly policy: CollectionLadderPolicy;
  readonly on: IsoDate;
}

/** Rank on the ladder: a step may lead at most one rank above the current stage. */
export const STAGE_RANK: Readonly<Record<CollectionStage, number>> = {
  inArrears: 0,
  reminded: 1,
  contacted: 2,
  demanded: 3,
  referred: 4,
};
export const STEP_RANK: Readonly<Record<CollectionStep, number>> = {
  reminder: 1,
  call: 2,
  visit: 2,
  writtenDemand: 3,
  referral: 4,
};
export const STEP_ZH: Readonly<Record<CollectionStep, string>> = {
  reminder: "催缴提醒",
  call: "电话催缴",
  visit: "上门催缴",
  writtenDemand: "书面催告",
  referral: "申请仲裁或起诉",
};

/** The first day a step may move the case up from its stage, by policy alone; none once referred. */
export function policyEarliest(c: CollectionCase, policy: CollectionLadderPolicy): IsoDate | undefined {
  const since = c.stageSince ?? c.arrearsSince;
  switch (c.stage) {
    case "inArrears":
      return c.arrearsSince;
    case "reminded":
      return addDays(since, policy.daysFromReminderToContact);
    case "contacted":
      return addDays(since, policy.daysFromContactToDemand);
    case "demanded":
      // R-FEE-10: referral only once the demand's deadline has passed.
      return addDays(c.demandDeadline ?? since, 1);
    case "referred":
      return undefined;
  }
}

function isBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b;
}

function inOrder(ctx: CollectionLadderContext, at: Date): Refusal[] {
  const last = ctx.collectionCase.attempts.at(-1);
  const refusals: Refusal[] = [];
  if (isBefore(ctx.on, ctx.collectionCase.arrearsSince)) {
    refusals.push(
      collectionErrors.COL_NOT_YET_IN_ARREARS.refuse({
        date: ctx.on,
        arrearsSince: ctx.collectionCase.arrearsSince,
      }),
    );
  }
  if (last && at.getTime() < last.at.getTime()) {
    refusals.push(collectionErrors.COL_ATTEMPT_OUT_OF_ORDER.refuse({ date: ctx.on, last: last.on }, ["at"]));
  }
  return refusals;
}

/** Guard of a repeated step at the current stage: only order matters. */
const repeat: Guard<CollectionLadderContext, CollectionAttemptData> = ({ record, at }) => inOrder(record, at);

/** Guard of a step that moves the case up: the policy's waiting time and any promise to pay. */
function escalate(step: CollectionStep): Guard<CollectionLadderContext, CollectionAttemptData> {
  return ({ record, at }) => {
    const refusals = inOrder(record, at);
    const { collectionCase: c, policy, on } = record;
    const earliest = policyEarliest(c, policy);
    if (c.stage !== "inArrears" && earliest !== undefined && isBefore(on, earliest)) {
      refusals.push(collectionErrors.COL_STEP_TOO_EARLY.refuse({ step, stepZh: STEP_ZH[step], earliest }));
    }
    // A promise to pay holds escalation until the promised date has passed.
    if (c.promisedBy !== undefined && !isBefore(c.promisedBy, on)) {
      refusals.push(
        collectionErrors.COL_PROMISE_TO_PAY_PENDING.refuse({
          step,
          stepZh: STEP_ZH[step],
          promisedBy: c.promisedBy,
        }),
      );
    }
    return refusals;
  };
}

type LadderActions = {
  reminder: CollectionAttemptData;
  call: CollectionAttemptData;
  visit: CollectionAttemptData;
  writtenDemand: CollectionAttemptData;
  referral: CollectionAttemptData;
};

const RULES = ["R-FEE-10"];
const REPEAT_NOTE = "Again at a later stage: the stage stays; attempts in date order";

/**
 * R-FEE-10 collection ladder 催缴流程: reminder → call or visit → written demand with a deadline →
 * referral to arbitration or court. No step may be skipped; cutting water, power, heating or gas
 * is not on the ladder at all (Civil Code art. 944).
 */
export const collectionWorkflow = defineWorkflow<CollectionStage, LadderActions, CollectionLadderContext>({
  name: "collection",
  states: ["inArrears", "reminded", "contacted", "demanded", "referred"],
  initial: "inArrears",
  final: ["referred"],
  transitions: [
    {
      action: "reminder",
      from: "inArrears",
      to: "reminded",
      rules: ["R-FEE-5", ...RULES],
      guard: escalate("reminder"),
      note: "From the day after the due date",
    },
    { action: "reminder", from: "reminded", to: "reminded", rules: RULES, guard: repeat, note: REPEAT_NOTE },
    {
      action: "reminder",
      from: "contacted",
      to: "contacted",
      rules: RULES,
      guard: repeat,
      note: REPEAT_NOTE,
    },
    { action: "reminder", from: "demanded", to: "demanded", rules: RULES, guard: repeat, note: REPEAT_NOTE },
    {
      action: "call",
      from: "reminded",
      to: "contacted",
      rules: RULES,
      guard: escalate("call"),
      note: "daysFromReminderToContact after the first reminder, and after any promised date",
    },
    { action: "call", from: "contacted", to: "contacted", rules: RULES, guard: repeat, note: REPEAT_NOTE },
    { action: "call", from: "demanded", to: "demanded", rules: RULES, guard: repeat, note: REPEAT_NOTE },
    {
      action: "visit",
      from: "reminded",
      to: "contacted",
      rules: RULES,
      guard: escalate("visit"),
      note: "daysFromReminderToContact after the first reminder, and after any promised date",
    },
    { action: "visit", from: "contacted", to: "contacted", rules: RULES, guard: repeat, note: REPEAT_NOTE },
    { action: "visit", from: "demanded", to: "demanded", rules: RULES, guard: repeat, note: REPEAT_NOTE },
    {
      action: "writtenDemand",
      from: "contacted",
      to: "demanded",
      rules: RULES,
      guard: escalate("writtenDemand"),
      note: "daysFromContactToDemand after the first call or visit; gives demandDeadlineDays to pay",
    },
    {
      action: "referral",
      from: "demanded",
      to: "referred",
      rules: RULES,
      guard: escalate("referral"),
      note: "After the written demand's deadline has passed: arbitration or court",
    },
  ],
});
