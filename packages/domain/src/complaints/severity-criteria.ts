import { computeDeadline } from "../calendar/index.ts";
import { DomainError, type Refusal } from "../errors/index.ts";
import { complaintErrors } from "./errors.ts";
import { type ComplaintPolicy, complaintDeadlineOptions, resolveComplaintPolicy } from "./policy.ts";
import {
  COMPLAINT_SEVERITIES,
  type ComplaintCriterionId,
  type ComplaintFacts,
  type ComplaintHarm,
  type ComplaintOutage,
  type ComplaintSeverity,
  type ComplaintSeverityClassification,
  type FiredComplaintCriterion,
} from "./types.ts";

/** When a classification is made, and since when the complaint has been unresolved (if it is). */
export interface ComplaintSeverityContext {
  readonly at: Date;
  /** The classification instant of a complaint still unresolved; absent when resolved or new. */
  readonly unresolvedSince?: Date;
}

/** One criterion of R-CMP-3: the severity it implies, its wording, and the test on the facts. */
export interface ComplaintSeverityCriterion {
  readonly id: ComplaintCriterionId;
  readonly severity: ComplaintSeverity;
  readonly en: string;
  readonly zh: string;
  readonly fires: (
    facts: ComplaintFacts,
    context: ComplaintSeverityContext,
    policy: ComplaintPolicy,
  ) => boolean;
}

/** Every criterion of R-CMP-3, highest severity first, as the manual lists them. */
export const COMPLAINT_SEVERITY_CRITERIA: readonly ComplaintSeverityCriterion[] = [
  {
    id: "promisedServiceRepeatedlyUnresolved",
    severity: "major",
    en: "A promised or contracted service was not delivered or falls clearly short, and repeated requests got no result",
    zh: "公司承诺或合同规定的服务没有实施或效果有明显差距，经客户多次提出而得不到解决",
    fires: (f) => f.promisedServiceShortfall === true && f.raisedRepeatedlyWithoutResult === true,
  },
  {
    id: "companyFaultCausedHarm",
    severity: "major",
    en: "The company's fault caused economic loss, personal injury or serious distress",
    zh: "由于公司责任给客户造成经济损失或人身伤害、产生心理恶劣影响",
    fires: (f) => (f.companyFaultHarm?.length ?? 0) > 0,
  },
  {
    id: "unresolvedForOneWeek",
    severity: "major",
    en: "A valid complaint has remained unresolved for one week",
    zh: "有效投诉在一周内得不到合理解决",
    fires: (_f, { at, unresolvedSince }, policy) =>
      unresolvedSince !== undefined &&
      at.getTime() >=
        computeDeadline(
          unresolvedSince,
          policy.unresolvedBecomesMajorAfter,
          complaintDeadlineOptions(policy),
        ).due.getTime(),
  },
  {
    id: "suddenOutage",
    severity: "major",
    en: "A sudden large-area power or water cut, or a sudden stop of facilities, led to the complaint",
    zh: "涉及突然大面积停电、停水或设备设施突然停止运行，引致客户投诉",
    fires: (f) => f.suddenOutage !== undefined,
  },
  {
    id: "manyComplainantsSameEvent",
    severity: "major",
    en: "Several customers complain about the same event",
    zh: "多个客户就同一事件投诉",
    fires: (f, _c, policy) => (f.complainantsAboutSameEvent ?? 1) >= policy.majorComplainantCount,
  },
  {
    id: "companyDeemsMajor",
    severity: "major",
    en: "The company deems it major",
    zh: "公司认为系重大投诉",
    fires: (f) => f.companyDeems?.severity === "major",
  },
  {
    id: "reasonableRequestUnmetSeriously",
    severity: "important",
    en: "A reasonable request was not met in time and seriously affects the use of the home or office",
    zh: "客户提出的合理需求没有得到及时解决，严重影响客户正常办公和房屋使用",
    fires: (f) => f.reasonableRequestNotMetInTime === true && f.seriouslyAffectsUse === true,
  },
  {
    id: "staffFaultStrongGrievance",
    severity: "important",
    en: "A service error or staff attitude left the customer very aggrieved",
    zh: "服务过失或员工服务态度恶劣，客户怨气非常大",
    fires: (f) => f.staffFaultStrongGrievance === true,
  },
  {
    id: "companyDeemsImportant",
    severity: "important",
    en: "The company deems it important",
    zh: "公司认为是重要投诉",
    fires: (f) => f.companyDeems?.severity === "important",
  },
];

const MINOR_CRITERION: FiredComplaintCriterion = {
  id: "slightInconvenience",
  severity: "minor",
  rule: "R-CMP-3",
  en: "Otherwise: a slight inconvenience that a simple improvement resolves",
  zh: "一般轻微投诉：给客户造成轻微不便，可以较易通过改进得到解决",
};

const HARMS: readonly ComplaintHarm[] = ["economicLoss", "personalInjury", "seriousDistress"];
const OUTAGES: readonly ComplaintOutage[] = ["largeAreaPowerCut", "largeAreaWaterCut", "facilitiesStopped"];
const FLAGS = [
  "promisedServiceShortfall",
  "raisedRepeatedlyWithoutResult",
  "reasonableRequestNotMetInTime",
  "seriouslyAffectsUse",
  "staffFaultStrongGrievance",
] as const;

/** Why the facts cannot be classified, if they cannot (every problem, one refusal each). */
export function complaintFactRefusals(facts: ComplaintFacts): readonly Refusal[] {
  const refusals: Refusal[] = [];
  const invalid = (fact: string, value: unknown) =>
    refusals.push(
      complaintErrors.CMP_FACT_INVALID.refuse({ fact, value: JSON.stringify(value) }, ["facts", fact]),
    );
  if (typeof facts !== "object" || facts === null) {
    invalid("facts", facts);
    return refusals;
  }
  for (const flag of FLAGS) {
    if (facts[flag] !== undefined && typeof facts[flag] !== "boolean") invalid(flag, facts[flag]);
  }
  const harm = facts.companyFaultHarm;
  if (harm !== undefined && (!Array.isArray(harm) || harm.some((h) => !HARMS.includes(h)))) {
    invalid("companyFaultHarm", harm);
  }
  if (facts.suddenOutage !== undefined && !OUTAGES.includes(facts.suddenOutage)) {
    invalid("suddenOutage", facts.suddenOutage);
  }
  const count = facts.complainantsAboutSameEvent;
  if (count !== undefined && (!Number.isInteger(count) || count < 1))
    invalid("complainantsAboutSameEvent", count);
  const deems = facts.companyDeems;
  if (deems !== undefined) {
    if (deems.severity !== "major" && deems.severity !== "important") {
      invalid("companyDeems.severity", deems.severity);
    } else if (typeof deems.reason !== "string" || deems.reason.trim() === "") {
      refusals.push(
        complaintErrors.CMP_DEEMED_REASON_REQUIRED.refuse({ severity: deems.severity }, [
          "facts",
          "companyDeems",
          "reason",
        ]),
      );
    }
  }
  return refusals;
}

/** The higher of two severities. */
export function higherComplaintSeverity(a: ComplaintSeverity, b: ComplaintSeverity): ComplaintSeverity {
  return COMPLAINT_SEVERITIES.indexOf(a) >= COMPLAINT_SEVERITIES.indexOf(b) ? a : b;
}

/** Every criterion of R-CMP-3 that the facts meet, the minor default when none does. */
export function firedComplaintCriteria(
  facts: ComplaintFacts,
  context: ComplaintSeverityContext,
  policy: ComplaintPolicy,
): readonly FiredComplaintCriterion[] {
  const fired = COMPLAINT_SEVERITY_CRITERIA.filter((c) => c.fires(facts, context, policy)).map(
    ({ id, severity, en, zh }): FiredComplaintCriterion => ({ id, severity, rule: "R-CMP-3", en, zh }),
  );
  return fired.length > 0 ? fired : [MINOR_CRITERION];
}

/**
 * Classifies a valid complaint by severity from its structured facts (R-CMP-3): the highest
 * severity any criterion reaches, with every criterion that fired so a person can check it.
 * Malformed facts throw `CMP_FACT_INVALID` or `CMP_DEEMED_REASON_REQUIRED`.
 */
export function classifyComplaintSeverity(
  facts: ComplaintFacts,
  context: ComplaintSeverityContext,
  policy: Partial<ComplaintPolicy> = {},
): ComplaintSeverityClassification {
  const first = complaintFactRefusals(facts)[0];
  if (first) throw new DomainError(first);
  for (const [name, value] of [
    ["at", context.at],
    ["unresolvedSince", context.unresolvedSince],
  ] as const) {
    if (value !== undefined && !(value instanceof Date && !Number.isNaN(value.getTime()))) {
      throw complaintErrors.CMP_TIME_INVALID.error({ value: String(value) }, [name]);
    }
  }
  const criteria = firedComplaintCriteria(facts, context, resolveComplaintPolicy(policy));
  const severity = criteria.map((c) => c.severity).reduce(higherComplaintSeverity, "minor");
  return { severity, criteria, rules: ["R-CMP-3"] };
}
