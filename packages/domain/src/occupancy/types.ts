import type { IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import type { Quantity } from "../money/index.ts";

/** An identity document 身份证件 as written in the archive. */
export interface IdentityDocument {
  readonly kind:
    | "residentIdCard"
    | "passport"
    | "hkMacaoPermit"
    | "taiwanPermit"
    | "foreignPermanentResidentCard"
    | "businessLicence"
    | "other";
  readonly number: string;
}

/** Someone who lives in the unit 住户. */
export interface Resident {
  readonly name: string;
  readonly relation: "owner" | "familyMember" | "tenant" | "domesticWorker" | "other";
  readonly identity?: IdentityDocument;
  readonly phone?: string;
}

/**
 * The owner archive 业主档案 of one unit (R-ARC-1). Fields may be absent while it is being
 * compiled; `checkOwnerArchive` says what is still missing before move-in.
 */
export interface OwnerArchive {
  readonly unitId: string;
  readonly ownerId: string;
  readonly ownerName?: string;
  /** The owner's contact number. */
  readonly phone?: string;
  readonly identity?: IdentityDocument;
  /** Building area 建筑面积 in m², from the property certificate 产权证. */
  readonly buildingArea?: Quantity;
  readonly residents?: readonly Resident[];
}

/** What a completeness check found: complete, or every item still missing. */
export interface OccupancyCheck {
  readonly complete: boolean;
  readonly missing: readonly Refusal[];
  readonly rules: readonly string[];
}

/** The common parts and facilities a takeover inspection 承接查验 covers (R-HND-1). */
export type TakeoverScope = "civilWorks" | "plumbing" | "electrical" | "fire" | "smartSystems" | "greening";

/** A takeover defect's life: recorded → reported to the developer → rectified → closed. */
export type TakeoverDefectStatus = "recorded" | "reported" | "rectified" | "closed";

/** One defect found in the takeover inspection, tracked until rectified (R-HND-1). */
export interface TakeoverDefect {
  readonly id: string;
  readonly scope: TakeoverScope;
  readonly location: string;
  readonly description: string;
  readonly status: TakeoverDefectStatus;
  /** The written report to the developer 建设单位 that carried it. */
  readonly reportRef?: string;
  /** Findings of failed re-inspections, oldest first. */
  readonly findings?: readonly string[];
}

/** A takeover inspection in progress: which scopes were inspected and the defects found. */
export interface TakeoverInspection {
  readonly scopesInspected: readonly TakeoverScope[];
  readonly defects: readonly TakeoverDefect[];
}

/** What is inspected with the owner at unit handover 交房 (R-HND-2). */
export type HandoverCheckItem =
  | "water"
  | "power"
  | "heating"
  | "fixtures"
  | "smokeAlarms"
  | "emergencyLights";

/** A defect found at handover, to be rectified while one key is kept back. */
export interface HandoverDefect {
  readonly id: string;
  readonly item: HandoverCheckItem;
  readonly description: string;
  readonly rectified: boolean;
}

/** The document receipt 文件签收表: what the owner was given and signed for. */
export interface HandoverReceipt {
  /** Keys handed to the owner (one may be kept back for rectification). */
  readonly keysHandedOver: number;
  readonly ownersManual: boolean;
  readonly renovationManual: boolean;
  readonly signedBy: string;
  readonly signedAt: Date;
}

/** The unit handover checklist as filled in with the owner (R-HND-2). */
export interface UnitHandover {
  readonly unitId: string;
  /** The business date of handover; fees start on it (R-HND-3). */
  readonly handedOverOn: IsoDate;
  /** Who checked the owner's identity document. */
  readonly identityVerifiedBy?: string;
  readonly inspection: readonly { readonly item: HandoverCheckItem; readonly result: "ok" | "defect" }[];
  readonly defects: readonly HandoverDefect[];
  readonly keysKeptBack: number;
  readonly receipt?: HandoverReceipt;
}

/** A registered tenant 租户 (R-ARC-2). */
export interface TenantRecord {
  readonly id: string;
  readonly unitId: string;
  readonly name: string;
  readonly identity: IdentityDocument;
  readonly phone?: string;
  /** The tenancy period, both days included. */
  readonly tenancy: { readonly from: IsoDate; readonly to: IsoDate };
  readonly leaseRef: string;
  readonly registeredAt: Date;
}
