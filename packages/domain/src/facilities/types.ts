import type { IsoDate } from "../calendar/index.ts";

/** The classes of facility 设施设备 an estate keeps in its ledger (R-FAC-1). */
export type FacilityType =
  | "elevator"
  | "waterSupply"
  | "powerSupply"
  | "hvac"
  | "fireSystem"
  | "cctv"
  | "accessControl"
  | "publicLighting"
  | "buildingFabric"
  | "other";

/** One maintenance 维保 done on a facility, kept for good in its history (R-FAC-1). */
export interface FacilityMaintenanceRecord {
  readonly doneOn: IsoDate;
  /** Who did it: a staff member or a contractor. */
  readonly doneBy: string;
  readonly work: string;
  /** The plan it fulfils, when it was planned maintenance. */
  readonly planId?: string;
}

/** A facility ledger entry 设施设备台账 (R-FAC-1). */
export interface FacilityLedgerEntry {
  readonly id: string;
  readonly name: string;
  readonly type: FacilityType;
  readonly model: string;
  /** Technical parameters as printed on the nameplate, e.g. `{ load: "1000 kg" }`. */
  readonly parameters: Readonly<Record<string, string>>;
  readonly installedOn: IsoDate;
  /** Last day covered by the supplier's warranty, when there is one. */
  readonly warrantyEndsOn?: IsoDate;
  readonly location: string;
  /** Oldest first; entries are appended, never edited (R-QLT-2). */
  readonly maintenanceHistory: readonly FacilityMaintenanceRecord[];
}

/** How often a maintenance plan repeats (R-FAC-2). */
export type MaintenancePeriod = "daily" | "weekly" | "monthly" | "quarterly" | "yearly";

/** A maintenance plan 维保计划 for a facility class or one facility (R-FAC-2). */
export interface MaintenancePlan {
  readonly id: string;
  readonly facilityType: FacilityType;
  /** Set when the plan is for one facility rather than the whole class. */
  readonly facilityId?: string;
  readonly task: string;
  readonly period: MaintenancePeriod;
  /** The first due date, used until the plan has been done once. */
  readonly startsOn: IsoDate;
  readonly lastDoneOn?: IsoDate;
}

/** Policy of the facilities area; every field has a default in `DEFAULT_FACILITY_POLICY`. */
export interface FacilityPolicy {
  /** Days after the due date before maintenance counts as overdue. @default 0 */
  readonly maintenanceGraceDays: number;
}

/** Where a maintenance plan stands on a given day (R-FAC-2). */
export interface MaintenanceStatus {
  readonly planId: string;
  readonly period: MaintenancePeriod;
  readonly lastDoneOn?: IsoDate;
  readonly nextDueOn: IsoDate;
  readonly overdue: boolean;
  /** Days past the due date (0 when not yet due). */
  readonly daysPastDue: number;
  readonly rule: "R-FAC-2";
}

/** A checkpoint 巡检点 on a patrol route. */
export interface PatrolCheckpoint {
  readonly id: string;
  readonly name: string;
}

/**
 * A patrol or inspection route 巡检路线 (R-FAC-3). `fabricInspection` routes inspect the building
 * fabric 房屋本体 (walls, floors, roofs, doors and windows, common areas) under R-FAC-4.
 */
export interface PatrolRoute {
  readonly id: string;
  readonly name: string;
  readonly kind: "patrol" | "fabricInspection";
  readonly checkpoints: readonly PatrolCheckpoint[];
  /** Whether the checkpoints must be visited in the listed order. */
  readonly ordered: boolean;
}

/** A checkpoint reached during a round (a scan, a signature, a photo). */
export interface CheckpointScan {
  readonly checkpointId: string;
  readonly at: Date;
}

/** What an inspector can find: only `observation` is not a defect. */
export type PatrolFindingKind = "observation" | "damage" | "leak" | "malfunction" | "hazard";

/** A finding 巡检发现 recorded at a checkpoint. */
export interface PatrolFinding {
  readonly checkpointId: string;
  readonly kind: PatrolFindingKind;
  readonly description: string;
  readonly at: Date;
  /** The trade needed, when the inspector can tell (plumbing, electrical…). */
  readonly trade?: string;
  /** Ask for a work order for an observation too. Defects always raise one. */
  readonly workOrder?: boolean;
}

/** One round 巡检记录 of a route: time, inspector and findings (R-FAC-3). */
export interface PatrolRound {
  readonly id: string;
  readonly routeId: string;
  readonly inspector: string;
  readonly startedAt: Date;
  readonly scans: readonly CheckpointScan[];
  readonly findings: readonly PatrolFinding[];
}

/** How complete and orderly a round was (R-FAC-3). */
export interface PatrolRoundAssessment {
  readonly routeId: string;
  readonly roundId: string;
  readonly checkpointCount: number;
  readonly visitedCount: number;
  /** `visitedCount / checkpointCount`, from 0 to 1. */
  readonly completeness: number;
  readonly complete: boolean;
  /** Checkpoints never reached, in route order. */
  readonly missed: readonly string[];
  /** On an ordered route, the fewest checkpoints that were reached out of sequence. */
  readonly outOfOrder: readonly string[];
  /** Scans of checkpoints that are not on the route. */
  readonly unknownScans: readonly string[];
  readonly rule: "R-FAC-3";
}

/**
 * A request for a work order 工单 raised by a finding, as data for whoever opens the order
 * (the repairs desk for a repair, engineering for a facility fault).
 */
export interface WorkOrderRequest {
  readonly source: {
    readonly kind: "patrol" | "fabricInspection";
    readonly routeId: string;
    readonly roundId: string;
    readonly checkpointId: string;
  };
  /** The checkpoint's name, where the defect is. */
  readonly location: string;
  readonly description: string;
  readonly findingKind: PatrolFindingKind;
  /** A hazard needs someone on site at once. */
  readonly urgent: boolean;
  readonly trade?: string;
  readonly reportedBy: string;
  readonly reportedAt: Date;
  /** R-FAC-3 for every finding; R-FAC-4 too when a fabric inspection found a defect. */
  readonly rules: readonly string[];
}
