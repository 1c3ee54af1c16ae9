import { addDays, businessDateOf, calendarErrors, type IsoDate, isIsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import type { Actor, WorkflowEvent } from "../workflow/index.ts";
import {
  type CollectionAttempt,
  type CollectionCase,
  type CollectionLadderPolicy,
  type CollectionMeasure,
  type CollectionOutcome,
  type CollectionStage,
  type CollectionStep,
  collectionWorkflow,
  DEFAULT_COLLECTION_LADDER_POLICY,
  policyEarliest,
  STAGE_RANK,
  STEP_RANK,
  STEP_ZH,
  type UtilityCutOff,
} from "./collection-ladder.ts";
import { collectionErrors } from "./errors.ts";
import { assertPolicyDays } from "./policy-days.ts";
import type { ReminderChannel } from "./reminders.ts";

const UTILITIES: Readonly<Record<UtilityCutOff, { en: string; zh: string }>> = {
  cutWater: { en: "water", zh: "供水" },
  cutPower: { en: "power", zh: "供电" },
  cutHeating: { en: "heating", zh: "供热" },
  cutGas: { en: "gas", zh: "供燃气" },
};

const STEPS_BY_RANK: readonly (readonly CollectionStep[])[] = [
  [],
  ["reminder"],
  ["call", "visit"],
  ["writtenDemand"],
  ["referral"],
];

const REPEATABLE: Readonly<Record<CollectionStage, readonly CollectionStep[]>> = {
  inArrears: [],
  reminded: ["reminder"],
  contacted: ["reminder", "call", "visit"],
  demanded: ["reminder", "call", "visit"],
  referred: [],
};

function isUtilityCutOff(measure: CollectionMeasure): measure is UtilityCutOff {
  return Object.hasOwn(UTILITIES, measure);
}

function readPolicy(policy: Partial<CollectionLadderPolicy>): CollectionLadderPolicy {
  const full = { ...DEFAULT_COLLECTION_LADDER_POLICY, ...policy };
  assertPolicyDays("daysFromReminderToContact", full.daysFromReminderToContact);
  assertPolicyDays("daysFromContactToDemand", full.daysFromContactToDemand);
  // R-FEE-10: a written demand gives a reasonable deadline, so never zero days.
  assertPolicyDays("demandDeadlineDays", full.demandDeadlineDays, 1);
  return full;
}

/** R-FEE-5: opens a unit's collection case on the first day in arrears, the day after `dueDate`. */
export function openCollectionCase(input: {
  readonly caseId: string;
  readonly unitId: string;
  /** The due date of the oldest unpaid line. */
  readonly dueDate: IsoDate;
}): CollectionCase {
  if (!isIsoDate(input.dueDate)) {
    throw calendarErrors.CAL_INVALID_DATE.error({ date: String(input.dueDate) }, ["dueDate"]);
  }
  return {
    caseId: input.caseId,
    unitId: input.unitId,
    arrearsSince: addDays(input.dueDate, 1),
    stage: "inArrears",
    attempts: [],
  };
}

/** A collection attempt staff want to record (or a measure they ask about). */
export interface CollectionAttemptRequest {
  readonly measure: CollectionMeasure;
  readonly actor: Actor;
  readonly at: Date;
  readonly outcome: CollectionOutcome;
  /** Required with `promisedToPay`. */
  readonly promisedBy?: IsoDate;
  readonly channel?: ReminderChannel;
  readonly note?: string;
}

export type CollectionAttemptResult =
  | {
      readonly ok: true;
      readonly collectionCase: CollectionCase;
      readonly attempt: CollectionAttempt;
      readonly event: WorkflowEvent<CollectionStage, CollectionStep>;
    }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

/**
 * R-FEE-10: records a collection attempt if the ladder allows it now — no skipped step, the
 * policy's waiting time kept, any promise to pay respected — and returns the updated case with
 * its history event. A utility cut-off is always refused (Civil Code art. 944).
 */
export function recordCollectionAttempt(
  collectionCase: CollectionCase,
  request: CollectionAttemptRequest,
  policy: Partial<CollectionLadderPolicy> = {},
): CollectionAttemptResult {
  const { measure } = request;
  if (isUtilityCutOff(measure)) {
    const utility = UTILITIES[measure];
    return {
      ok: false,
      refusals: [
        collectionErrors.COL_UTILITY_CUTOFF_FORBIDDEN.refuse({ utility: utility.en, utilityZh: utility.zh }, [
          "measure",
        ]),
      ],
    };
  }
  const ladder = readPolicy(policy);
  const on = businessDateOf(request.at, ladder.timeZone);
  if (request.outcome === "promisedToPay" && !isIsoDate(request.promisedBy)) {
    throw collectionErrors.COL_PROMISE_WITHOUT_DATE.error(undefined, ["promisedBy"]);
  }

  const next = STAGE_RANK[collectionCase.stage] + 1;
  if (STEP_RANK[measure] > next) {
    const missing = STEPS_BY_RANK[next] ?? [];
    return {
      ok: false,
      refusals: [
        collectionErrors.COL_STEP_SKIPPED.refuse(
          {
            step: measure,
            stepZh: STEP_ZH[measure],
            missing: missing.join(" or "),
            missingZh: missing.map((s) => STEP_ZH[s]).join("或"),
          },
          ["measure"],
        ),
      ],
    };
  }

  const data = {
    outcome: request.outcome,
    ...(request.outcome === "promisedToPay" ? { promisedBy: request.promisedBy } : {}),
    ...(request.channel === undefined ? {} : { channel: request.channel }),
    ...(request.note === undefined ? {} : { note: request.note }),
  };
  const result = collectionWorkflow.transition(
    collectionCase.stage,
    { collectionCase, policy: ladder, on },
    { action: measure, actor: request.actor, at: request.at, data },
  );
  if (!result.ok) return result;

  const escalated = result.state !== collectionCase.stage;
  const deadline =
    measure === "writtenDemand" && escalated ? addDays(on, ladder.demandDeadlineDays) : undefined;
  const attempt: CollectionAttempt = {
    step: measure,
    on,
    at: request.at,
    by: request.actor,
    ...data,
    ...(deadline === undefined ? {} : { deadline }),
  };
  return {
    ok: true,
    attempt,
    event: result.event,
    collectionCase: {
      ...collectionCase,
      stage: result.state,
      stageSince: escalated ? on : collectionCase.stageSince,
      ...(deadline === undefined ? {} : { demandDeadline: deadline }),
      ...(data.promisedBy === undefined ? {} : { promisedBy: data.promisedBy }),
      attempts: [...collectionCase.attempts, attempt],
    },
  };
}

/** What the ladder allows next, and from when. */
export interface CollectionOutlook {
  readonly stage: CollectionStage;
  /** The step(s) that move the case up, and the first day they are allowed; absent once referred. */
  readonly escalation?: { readonly steps: readonly CollectionStep[]; readonly earliest: IsoDate };
  /** Steps that may be repeated without moving the case, from the last attempt's date. */
  readonly repeatable: readonly CollectionStep[];
  readonly rules: readonly string[];
}

/** R-FEE-10: the next allowed step(s) of a case and the earliest date, given its attempts so far. */
export function nextCollectionSteps(
  collectionCase: CollectionCase,
  policy: Partial<CollectionLadderPolicy> = {},
): CollectionOutlook {
  const ladder = readPolicy(policy);
  const { stage } = collectionCase;
  const repeatable = REPEATABLE[stage];
  const rules = ["R-FEE-10"];
  const byPolicy = policyEarliest(collectionCase, ladder);
  if (byPolicy === undefined) return { stage, repeatable, rules };
  const candidates = [byPolicy, collectionCase.arrearsSince];
  const last = collectionCase.attempts.at(-1);
  if (last) candidates.push(last.on);
  if (collectionCase.promisedBy !== undefined) candidates.push(addDays(collectionCase.promisedBy, 1));
  // ISO dates sort as text: the latest of the constraints wins.
  const earliest = candidates.sort().at(-1) ?? byPolicy;
  const steps = STEPS_BY_RANK[STAGE_RANK[stage] + 1] ?? [];
  return { stage, escalation: { steps, earliest }, repeatable, rules };
}
