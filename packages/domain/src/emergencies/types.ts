import type { IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import type { Actor } from "../workflow/index.ts";

/** The kinds of emergency an estate plans for 突发事件类型 (R-EMG-1). */
export type EmergencyType =
  | "fire"
  | "powerOutage"
  | "waterOutage"
  | "naturalDisaster"
  | "equipmentFailure"
  | "publicSecurity";

/** A person responsible under a plan, and how to reach them. */
export interface EmergencyResponsiblePerson {
  readonly name: string;
  /** Their duty under the plan, e.g. "incident commander" 总指挥. */
  readonly duty: string;
  readonly phone: string;
}

/** An emergency plan 应急预案 (R-EMG-1). */
export interface EmergencyPlan {
  readonly id: string;
  readonly type: EmergencyType;
  readonly title: string;
  readonly responsiblePeople: readonly EmergencyResponsiblePerson[];
  readonly evacuationRoutes: readonly string[];
  readonly assemblyPoints: readonly string[];
}

/** A drill 演练 held under a plan (R-EMG-2). */
export interface EmergencyDrill {
  readonly id: string;
  readonly planId: string;
  readonly heldOn: IsoDate;
  readonly notes?: string;
}

/** Policy of the emergencies area; every field has a default in `DEFAULT_EMERGENCY_POLICY`. */
export interface EmergencyPolicy {
  /** The plan types every estate must keep. @default all six */
  readonly requiredPlanTypes: readonly EmergencyType[];
  /** Months a drill keeps a plan covered. @default 12 */
  readonly drillPeriodMonths: number;
  /** Per-type exceptions, e.g. `{ fire: 6 }` for a key fire-safety unit 消防安全重点单位. @default {} */
  readonly drillPeriodMonthsByType: Readonly<Partial<Record<EmergencyType, number>>>;
}

/** Whether the estate's plans are in place and complete (R-EMG-1). */
export interface EmergencyPlanReview {
  readonly missingTypes: readonly EmergencyType[];
  /** The plans with something missing, and what. */
  readonly gaps: readonly { readonly planId: string; readonly refusals: readonly Refusal[] }[];
  readonly complete: boolean;
  readonly rule: "R-EMG-1";
}

/** One plan's drill standing (R-EMG-2). */
export interface PlanDrillStatus {
  readonly planId: string;
  readonly type: EmergencyType;
  readonly periodMonths: number;
  readonly lastDrillOn?: IsoDate;
  /** The last day the last drill keeps the plan covered. */
  readonly coveredUntil?: IsoDate;
  readonly covered: boolean;
}

/** Drill coverage 演练覆盖率, an indicator of R-QLT-1 (R-EMG-2). */
export interface DrillCoverage {
  readonly asOf: IsoDate;
  readonly plans: readonly PlanDrillStatus[];
  readonly coveredCount: number;
  readonly planCount: number;
  /** `coveredCount / planCount`; null when the estate has no plans at all. */
  readonly ratio: number | null;
  readonly uncovered: readonly string[];
  /** Drills naming a plan that is not in the list. */
  readonly unmatchedDrills: readonly string[];
  readonly rule: "R-EMG-2";
}

/** How a resident was told. */
export type IncidentNotificationChannel = "sms" | "phone" | "app" | "doorToDoor" | "broadcast" | "notice";

/** A resident told of an incident: who, how, when and by whom (R-EMG-3). */
export interface IncidentNotification {
  readonly residentId: string;
  readonly channel: IncidentNotificationChannel;
  readonly at: Date;
  readonly by: string;
}

/** An action taken, as logged 处置记录 (R-EMG-3). */
export interface IncidentActionLog {
  readonly description: string;
  readonly at: Date;
  readonly by: string;
}

/** The review after an incident 事后总结 with its lessons learned (R-EMG-3). */
export interface IncidentReview {
  readonly at: Date;
  readonly by: string;
  readonly lessonsLearned: readonly string[];
}

export type IncidentStatus = "declared" | "residentsNotified" | "responding" | "closed" | "reviewed";

/** An incident 突发事件 declared at an estate (R-EMG-3). */
export interface Incident {
  readonly id: string;
  readonly status: IncidentStatus;
  readonly type: EmergencyType;
  readonly title: string;
  /** The plan the response follows. */
  readonly planId?: string;
  readonly declaredAt: Date;
  readonly declaredBy: Actor;
  readonly affectedResidentIds: readonly string[];
  readonly notifications: readonly IncidentNotification[];
  readonly actions: readonly IncidentActionLog[];
  readonly closedAt?: Date;
  readonly summary?: string;
  readonly review?: IncidentReview;
}
