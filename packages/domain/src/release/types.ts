import type { IsoDate } from "../calendar/index.ts";
import type { Refusal } from "../errors/index.ts";
import type { Money } from "../money/index.ts";
import type { Actor } from "../workflow/index.ts";

/**
 * What kind of thing is carried out. Every kind but `smallItem` is a large item (大件物品) that
 * leaves only with a release pass 物品放行条 (R-REL-1).
 */
export type ReleaseItemCategory =
  | "furniture"
  | "officeDesk"
  | "computer"
  | "appliance"
  | "carton"
  | "largeParcel"
  | "largeBag"
  | "smallItem";

/** One line of the pass: what is carried and how many (R-REL-2). */
export interface ReleaseItem {
  readonly description: string;
  readonly category: ReleaseItemCategory;
  /** A whole number of pieces, at least 1. */
  readonly quantity: number;
}

/** Who the carrier 携带人 is to the unit (R-REL-2). */
export type CarrierRelation = "owner" | "tenant" | "familyMember" | "domesticWorker" | "companyEmployee";

/** The carrier as written on the pass. */
export interface ReleaseCarrier {
  readonly name: string;
  /** Identity document number, checked at the desk. */
  readonly identityNumber: string;
  readonly relation: CarrierRelation;
  readonly phone?: string;
  /** The employer, when the carrier is a company employee. */
  readonly company?: string;
}

/** Why the items leave (出门性质): moving out 搬家迁出 or carrying temporarily 临时携带. */
export type ReleaseReason = "movingOut" | "temporary";

/** How a consent call ended. */
export type ConsentCallOutcome = "agreed" | "declined" | "unreachable";

/**
 * A consent obtained by phone and written on the pass (R-REL-4): whom the desk called, when, and
 * the answer, so the call can be shown later ("以免日后扯皮").
 */
export interface PhonedConsent {
  readonly calledAt: Date;
  /** The desk officer who phoned. */
  readonly calledBy: string;
  readonly contactName: string;
  readonly phone: string;
  readonly outcome: ConsentCallOutcome;
  /** The answer in the contact's words, written on the pass. */
  readonly answer?: string;
}

/** One amount the unit still owes, from the cashier (收银员). */
export interface OutstandingCharge {
  /** Property fees 物业费, utilities collected on the utility's behalf 代收水电气, or anything else. */
  readonly kind: "propertyFee" | "utility" | "other";
  readonly label: string;
  /** What is still unpaid; never negative (credit is applied to bills before this is read). */
  readonly amount: Money;
}

/** What the unit owes up to a day (R-REL-3), as confirmed with the cashier. */
export interface UnitAccountStatement {
  readonly unitId: string;
  /** The statement covers everything owed up to and including this business date. */
  readonly asOf: IsoDate;
  readonly outstanding: readonly OutstandingCharge[];
}

/** What the carrier asks to take out. */
export interface ReleaseRequest {
  readonly unitId: string;
  readonly carrier: ReleaseCarrier;
  readonly items: readonly ReleaseItem[];
  readonly reason: ReleaseReason;
  /**
   * The goods belong to a company (an office unit's employer). Defaults to `true` when the carrier
   * is a company employee and to `false` otherwise.
   */
  readonly companyGoods?: boolean;
  readonly ownerConsent?: PhonedConsent;
  readonly companyConsent?: PhonedConsent;
}

/** Noticed for attention (R-REL-2): frequent single-item removals from one unit. Never a refusal. */
export interface UnusualRemovalFlag {
  readonly rule: "R-REL-2";
  readonly unitId: string;
  /** Single-item temporary passes counted in the window, this one included. */
  readonly count: number;
  readonly since: IsoDate;
  readonly until: IsoDate;
  readonly passIds: readonly string[];
  readonly message: string;
  readonly messageZh: string;
}

/** The desk's answer to a request: allow or refuse with every reason, and what was checked. */
export interface ReleaseDecision {
  /** `notRequired`: only small items, carried temporarily — no pass is needed (R-REL-1). */
  readonly outcome: "allow" | "refuse" | "notRequired";
  readonly refusals: readonly Refusal[];
  /** The business date the decision is for, in the estate's time zone. */
  readonly date: IsoDate;
  readonly itemsNeedingPass: readonly ReleaseItem[];
  readonly requires: {
    readonly ownerConsent: boolean;
    readonly companyConsent: boolean;
    readonly settledAccount: boolean;
  };
  /** The rule IDs that applied to this request. */
  readonly rules: readonly string[];
  readonly flags: readonly UnusualRemovalFlag[];
}

/** A signature on the pass. */
export interface ReleaseSignature {
  readonly name: string;
  readonly signedAt: Date;
}

/** The signatures of R-REL-5: desk officer 经办人, carrier 携带人 and owner 业主. */
export interface ReleasePassSignOff {
  readonly deskOfficer?: ReleaseSignature;
  readonly carrier?: ReleaseSignature;
  /** Not needed when the owner is the carrier or the owner's phoned consent is noted on the pass. */
  readonly owner?: ReleaseSignature;
  readonly blankLinesStruckThrough: boolean;
}

/** The life of a pass: requested → approved | refused → released at the gate → archived. */
export type ReleasePassStatus = "requested" | "approved" | "refused" | "released" | "archived";

/** A release pass 物品放行条 and everything written on it. */
export interface ReleasePass extends ReleaseRequest {
  readonly id: string;
  readonly status: ReleasePassStatus;
  readonly requestedAt: Date;
  /** The estate's time zone, for business dates. */
  readonly timeZone: string;
  readonly decision?: ReleaseDecision;
  readonly refusal?: { readonly reason: string; readonly refusals: readonly Refusal[] };
  readonly signOff?: ReleasePassSignOff;
  readonly releasedAt?: Date;
  readonly releasedBy?: Actor;
  readonly archivedAt?: Date;
}

/** An earlier pass of a unit, as the unusual-removal check needs it. */
export interface ReleaseHistoryEntry {
  readonly id: string;
  readonly unitId: string;
  /** The business date the pass was issued. */
  readonly date: IsoDate;
  readonly reason: ReleaseReason;
  readonly items: readonly ReleaseItem[];
}
