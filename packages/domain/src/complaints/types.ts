import type { Deadline } from "../calendar/index.ts";
import type { Actor } from "../workflow/index.ts";

/** How a complaint 投诉 arrived (R-CMP-1): service hotline, online channel, a visit, or a letter. */
export type ComplaintChannel = "hotline" | "online" | "visit" | "letter";

export const COMPLAINT_CHANNELS: readonly ComplaintChannel[] = ["hotline", "online", "visit", "letter"];

/** Severity 投诉等级 (R-CMP-3): minor 轻微, important 重要, major 重大. */
export type ComplaintSeverity = "minor" | "important" | "major";

/** Severities from lowest to highest: re-evaluation only moves right (R-CMP-3). */
export const COMPLAINT_SEVERITIES: readonly ComplaintSeverity[] = ["minor", "important", "major"];

/**
 * Where a complaint stands in the flow of R-CMP-5: `invalid` waits for the polite explanation
 * (R-CMP-2); `reportedBack` waits for the customer-service manager's approval; `approved` waits
 * for the same-day reply 意见受理回复; `replied` waits for the return visit 回访.
 */
export type ComplaintStatus =
  | "received"
  | "invalid"
  | "classified"
  | "assigned"
  | "handled"
  | "reportedBack"
  | "approved"
  | "replied"
  | "returnVisited"
  | "closed";

/** The person complaining 投诉人. */
export interface Complainant {
  readonly name: string;
  /** The unit 房屋 they live in or own, when known. */
  readonly unitId?: string;
  readonly phone?: string;
}

/** A harm the company's fault caused (R-CMP-3, major). */
export type ComplaintHarm = "economicLoss" | "personalInjury" | "seriousDistress";

/** A sudden event behind the complaint (R-CMP-3, major). */
export type ComplaintOutage = "largeAreaPowerCut" | "largeAreaWaterCut" | "facilitiesStopped";

/**
 * The structured facts a supervisor records so severity follows from them (R-CMP-3). Every flag
 * is `false` when absent; `complainantsAboutSameEvent` defaults to 1.
 */
export interface ComplaintFacts {
  /** A service promised by the company or the contract was not delivered or falls clearly short… */
  readonly promisedServiceShortfall?: boolean;
  /** …and the customer has raised it repeatedly without result (both are needed for major). */
  readonly raisedRepeatedlyWithoutResult?: boolean;
  /** What the company's fault caused, if anything. */
  readonly companyFaultHarm?: readonly ComplaintHarm[];
  /** A sudden large-area power or water cut, or a sudden stop of facilities, led to it. */
  readonly suddenOutage?: ComplaintOutage;
  /** How many customers complain about the same event (this one included). */
  readonly complainantsAboutSameEvent?: number;
  /** A reasonable request was not met in time… */
  readonly reasonableRequestNotMetInTime?: boolean;
  /** …and that seriously affects the use of the home or office (both are needed for important). */
  readonly seriouslyAffectsUse?: boolean;
  /** A service error or staff attitude left the customer very aggrieved 怨气非常大. */
  readonly staffFaultStrongGrievance?: boolean;
  /** The company deems it major or important, and says why. */
  readonly companyDeems?: { readonly severity: "major" | "important"; readonly reason: string };
}

/** Identifies one criterion of R-CMP-3. */
export type ComplaintCriterionId =
  | "promisedServiceRepeatedlyUnresolved"
  | "companyFaultCausedHarm"
  | "unresolvedForOneWeek"
  | "suddenOutage"
  | "manyComplainantsSameEvent"
  | "companyDeemsMajor"
  | "reasonableRequestUnmetSeriously"
  | "staffFaultStrongGrievance"
  | "companyDeemsImportant"
  | "slightInconvenience";

/** A criterion that fired, with the rule and a sentence a person can check. */
export interface FiredComplaintCriterion {
  readonly id: ComplaintCriterionId;
  readonly severity: ComplaintSeverity;
  readonly rule: "R-CMP-3";
  readonly en: string;
  readonly zh: string;
}

/** The outcome of classifying: the highest severity any criterion reached, and every criterion that fired. */
export interface ComplaintSeverityClassification {
  readonly severity: ComplaintSeverity;
  readonly criteria: readonly FiredComplaintCriterion[];
  readonly rules: readonly string[];
}

/** How a severity came about: the first classification, an automatic escalation, or a manual override. */
export type ComplaintSeverityChangeKind = "classification" | "reevaluation" | "override";

/** One entry of the severity history: who set which severity, when and why (R-CMP-3, R-QLT-2). */
export interface ComplaintSeverityChange {
  readonly kind: ComplaintSeverityChangeKind;
  readonly from?: ComplaintSeverity;
  readonly to: ComplaintSeverity;
  readonly actor: Actor;
  readonly at: Date;
  /** For an override: the reason the actor gave. */
  readonly reason?: string;
  /** Every criterion that fired at that moment; re-evaluation escalates only on criteria not listed here. */
  readonly criteria: readonly FiredComplaintCriterion[];
}

/** A step with a deadline (R-CMP-4, R-CMP-5). */
export type ComplaintStep = "resolution" | "handling" | "answer" | "reply" | "nextReply";

/** The management department manager's approval to extend a deadline (R-CMP-4). */
export interface ComplaintExtension {
  readonly approvedBy: Actor;
  readonly approvedAt: Date;
  readonly reason: string;
  /** The due instant before the extension. */
  readonly originalDue: Date;
}

/** A deadline the complaint must meet, and when it was met. */
export interface ComplaintDeadline {
  readonly step: ComplaintStep;
  readonly rule: string;
  readonly deadline: Deadline;
  readonly metAt?: Date;
  readonly extensions?: readonly ComplaintExtension[];
}

/** Someone to tell at once (R-CMP-4): the supervisor for major and important, leadership for major. */
export interface ComplaintReportingDuty {
  readonly to: "supervisor" | "companyLeadership";
  /** Leadership hears of it through the supervisor 由上级向公司领导报告. */
  readonly via?: "supervisor";
  readonly severity: ComplaintSeverity;
  readonly rule: "R-CMP-4";
  /** Due immediately: a zero-length deadline from the classification or escalation. */
  readonly deadline: Deadline;
}

/** Satisfaction recorded on close (R-CMP-6): 满意, 基本满意, 不满意. */
export type ComplaintSatisfaction = "satisfied" | "basicallySatisfied" | "dissatisfied";

export const COMPLAINT_SATISFACTIONS: readonly ComplaintSatisfaction[] = [
  "satisfied",
  "basicallySatisfied",
  "dissatisfied",
];

/** A text a named actor wrote at a time: explanations, handling notes, results, replies. */
export interface ComplaintEntry {
  readonly text: string;
  readonly actor: Actor;
  readonly at: Date;
}

/** An agreed time to tell the customer more, for a complaint that cannot be resolved yet (R-CMP-5). */
export interface ComplaintNextReply extends ComplaintEntry {
  readonly replyBy: Date;
}

/** How a complaint closed (R-CMP-6). */
export interface ComplaintClosure {
  readonly satisfaction: ComplaintSatisfaction;
  /** How the customer confirmed the record, e.g. "signed the reply form". */
  readonly customerConfirmation: string;
  /** Causes that feed service improvement. */
  readonly causes: readonly string[];
  readonly actor: Actor;
  readonly at: Date;
}

/**
 * A complaint 投诉 and everything recorded about it. Fields appear as the flow reaches them; the
 * history of state changes is the stream of workflow events the area functions return.
 */
export interface Complaint {
  readonly id: string;
  readonly status: ComplaintStatus;
  readonly channel: ComplaintChannel;
  readonly content: string;
  readonly complainant: Complainant;
  readonly receivedAt: Date;
  readonly recordedBy: Actor;
  /** The time of the latest step: a later step may not be dated earlier. */
  readonly lastStepAt: Date;
  readonly invalidity?: ComplaintEntry;
  readonly explanation?: ComplaintEntry;
  readonly facts?: ComplaintFacts;
  readonly urgent?: boolean;
  readonly severity?: ComplaintSeverity;
  readonly classifiedAt?: Date;
  readonly severityHistory: readonly ComplaintSeverityChange[];
  readonly deadlines: readonly ComplaintDeadline[];
  readonly department?: string;
  readonly handling?: ComplaintEntry;
  readonly result?: ComplaintEntry;
  readonly rejections?: readonly ComplaintEntry[];
  /** When the customer-service manager approved the result: the complaint counts as resolved. */
  readonly resolvedAt?: Date;
  readonly reply?: ComplaintEntry;
  readonly nextReply?: ComplaintNextReply;
  readonly returnVisit?: ComplaintEntry;
  readonly closure?: ComplaintClosure;
}
