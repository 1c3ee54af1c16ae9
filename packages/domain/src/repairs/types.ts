import type { IsoDate } from "../calendar/index.ts";
import type { BilingualMessage } from "../errors/index.ts";
import type { Money } from "../money/index.ts";
import type { Actor } from "../workflow/index.ts";

/** The states of a repair order 维修单 (R-REP-1…5). */
export type RepairStatus =
  | "registered"
  | "responded"
  | "assigned"
  | "planAgreed"
  | "quoted"
  | "quoteAccepted"
  | "inProgress"
  | "completed"
  | "accepted"
  | "reopened"
  | "closed"
  | "withdrawn";

/**
 * The building component a repair concerns, as the national warranty minimums group them
 * (建设工程质量管理条例 art. 40): it decides the warranty period 保修期.
 */
export type RepairComponentCategory =
  | "foundationAndStructure"
  | "roofWaterproofing"
  | "wetRoomLeakage"
  | "exteriorWallLeakage"
  | "heating"
  | "cooling"
  | "electrical"
  | "plumbing"
  | "equipmentInstallation"
  | "decoration";

/** A technician's trade 工种; a repair is assigned to a technician of its trade (R-REP-2). */
export type RepairTrade =
  | "plumbing"
  | "electrical"
  | "civil"
  | "carpentry"
  | "hvac"
  | "doorsAndWindows"
  | "elevator"
  | "general";

/** A maintenance technician 维修工 and the trades they may work in. */
export interface RepairTechnician {
  readonly id: string;
  readonly name: string;
  readonly trades: readonly RepairTrade[];
}

/** A warranty period: whole years, or heating/cooling seasons 采暖期/供冷期. */
export type RepairWarrantyPeriod =
  | { readonly kind: "years"; readonly years: number }
  | { readonly kind: "seasons"; readonly season: "heating" | "cooling"; readonly count: number };

/** A season as month-day bounds, e.g. heating `{ start: "11-15", end: "03-15" }` (crosses the new year). */
export interface RepairSeasonSpan {
  readonly start: string;
  readonly end: string;
}

/** Why a defect falls outside the warranty although the period has not run out. */
export type RepairCause = "defect" | "misuse" | "thirdParty" | "forceMajeure";

/** A manual change to a warranty decision: who, when and why (goodwill repairs, disputes). */
export interface RepairWarrantyOverride {
  readonly from: RepairWarrantyStatus;
  readonly actor: Actor;
  readonly at: Date;
  readonly reason: string;
}

export type RepairWarrantyStatus = "inWarranty" | "expired" | "excluded";

/** Where a warranty period comes from: the national minimum or the estate's own (longer) policy. */
export type RepairWarrantyPeriodSource = "nationalMinimum" | "estatePolicy";

/** The warranty decision 保修判定 for a repair (R-REP-3), explained so an owner can check it. */
export interface RepairWarrantyDecision {
  readonly status: RepairWarrantyStatus;
  readonly category: RepairComponentCategory;
  readonly period: RepairWarrantyPeriod;
  /** The period in words: "5 years" / "5 年", "2 heating seasons (11-15 to 03-15)" / "2 个采暖期（…）". */
  readonly periodText: BilingualMessage;
  readonly periodSource: RepairWarrantyPeriodSource;
  readonly handoverDate: IsoDate;
  /** The last day covered. */
  readonly endDate: IsoDate;
  /** The day the decision is for. */
  readonly onDate: IsoDate;
  readonly cause: RepairCause;
  readonly rules: readonly string[];
  /**
   * The decision in words an owner reads: category, period and its source, the dates, in or out
   * of warranty and why, free or charged; an override adds who changed it and why.
   */
  readonly explanation: BilingualMessage;
  readonly override?: RepairWarrantyOverride;
}

/** Labour 人工费 or materials 材料费. */
export type RepairPriceKind = "labour" | "materials";

/** One item of the published repair price list 维修收费标准. */
export interface RepairPriceItem {
  readonly code: string;
  readonly name: string;
  readonly kind: RepairPriceKind;
  /** The unit the price is per: 次, 小时, 米, 个… */
  readonly unit: string;
  readonly price: Money;
}

/** The published price list the quote is taken from (R-REP-3). */
export interface RepairPriceList {
  readonly id: string;
  readonly items: readonly RepairPriceItem[];
}

/** What the technician asks to charge: a price-list code and a quantity such as `"1.5"`. */
export interface RepairQuoteLineInput {
  readonly code: string;
  readonly quantity: string;
}

/** One priced line of a quote: quantity × unit price, rounded once to the fen. */
export interface RepairQuoteLine {
  readonly code: string;
  readonly name: string;
  readonly kind: RepairPriceKind;
  readonly unit: string;
  readonly quantity: string;
  readonly unitPrice: Money;
  readonly amount: Money;
  /** "Labour: 更换水龙头 1 项 × ¥50.00 = ¥50.00" / "人工：更换水龙头 1 项 × 50.00元 = 50.00元". */
  readonly explanation: BilingualMessage;
}

/** A repair quote 维修报价: labour + materials from the price list (R-REP-3). */
export interface RepairQuote {
  readonly priceListId: string;
  readonly lines: readonly RepairQuoteLine[];
  readonly labour: Money;
  readonly materials: Money;
  readonly total: Money;
  /** How the total is made: "合计：人工 50.00元 + 材料 60.00元 = 110.00元（维修收费标准：2026）". */
  readonly explanation: BilingualMessage;
}

/** Whether the repair is free under warranty or paid on a quote, once decided (R-REP-3). */
export type RepairCoverage =
  | { readonly kind: "free"; readonly warranty: RepairWarrantyDecision; readonly plan: string }
  | {
      readonly kind: "paid";
      readonly quote: RepairQuote;
      readonly reason: string;
      readonly warranty?: RepairWarrantyDecision;
      readonly acceptedAt?: Date;
    };

/** A repair order 维修单, registered on the 维修登记表 (R-REP-1). */
export interface RepairOrder {
  readonly id: string;
  readonly status: RepairStatus;
  readonly unitId: string;
  /** Who reported it 报修人 and how to reach them. */
  readonly reportedBy: string;
  readonly contact: string;
  readonly description: string;
  readonly category: RepairComponentCategory;
  readonly trade: RepairTrade;
  readonly requestedAt: Date;
  readonly respondedAt?: Date;
  /** R-REP-1: decided on response, whether someone must go on site at once. */
  readonly onSiteNow?: boolean;
  readonly technician?: RepairTechnician;
  readonly coverage?: RepairCoverage;
  /** When the current round began: the request, or the dissatisfied return visit (二次维修). */
  readonly roundStartedAt: Date;
  readonly startedAt?: Date;
  readonly completedAt?: Date;
  readonly workDone?: string;
  readonly acceptedAt?: Date;
  readonly returnVisitAt?: Date;
  readonly closedAt?: Date;
  /** Second repairs 二次维修 after a dissatisfied return visit (R-REP-5). */
  readonly repeatCount: number;
  readonly withdrawnReason?: string;
}
