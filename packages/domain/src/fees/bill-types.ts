import type { IsoDate } from "../calendar/index.ts";
import type { BilingualMessage, Refusal } from "../errors/index.ts";
import type { ExactAmount, Money, RoundingPolicy } from "../money/index.ts";
import type { BillingPeriod, FeeItemKind } from "./types.ts";

/**
 * How much of a month a line charges: `chargedDays` of `daysInMonth`, or the whole month. Under
 * the whole-month policy a partial month still reads `{ chargedDays: daysInMonth }`.
 */
export interface LineProration {
  readonly chargedDays: number;
  readonly daysInMonth: number;
}

/** R-FEE-11: the vacancy discount a line carries, shown to the owner. */
export interface VacancyDiscountBasis {
  /** Share taken off, as written in the policy (`"0.3"`), and as a percentage (`"30%"`). */
  readonly rate: string;
  readonly percent: string;
  readonly vacantSince: IsoDate;
  readonly vacantMonths: number;
  /** What the line would have been without the discount, rounded the same way. */
  readonly undiscountedAmount: Money;
}

interface BasisCommon {
  /** Unit price in yuan, as published. */
  readonly price: string;
  /** The exact amount in fen before the one rounding (R-FEE-3), for audit. */
  readonly exact: ExactAmount;
  readonly rounding: RoundingPolicy;
}

export interface AreaLineBasis extends BasisCommon {
  readonly kind: "area";
  /** Building area in m². */
  readonly area: string;
  readonly proration: LineProration;
  readonly vacancy?: VacancyDiscountBasis;
}

export interface FixedLineBasis extends BasisCommon {
  readonly kind: "fixed";
  readonly per: "unit" | "parkingSpace";
  readonly count: number;
  readonly proration: LineProration;
  readonly vacancy?: VacancyDiscountBasis;
}

export interface MeteredLineBasis extends BasisCommon {
  readonly kind: "metered";
  readonly meter: string;
  readonly from: string;
  readonly to: string;
  /** Set when the meter passed its capacity (e.g. `"100000"` for five digits) between readings. */
  readonly rolledOverAt?: string;
  readonly consumption: string;
}

export interface OneOffLineBasis extends BasisCommon {
  readonly kind: "oneOff";
  readonly per: "each" | "squareMetre";
  /** Pieces, or m² of building area. */
  readonly quantity: string;
}

export type BillLineBasis = AreaLineBasis | FixedLineBasis | MeteredLineBasis | OneOffLineBasis;

/** One line of a bill 账单明细 (R-FEE-4): the amount, its basis and what the cashier reads out. */
export interface BillLine {
  readonly itemCode: string;
  readonly itemName: BilingualMessage;
  readonly kind: FeeItemKind;
  /** The fee standard whose price was used (R-FEE-1). */
  readonly standardId: string;
  readonly amount: Money;
  readonly basis: BillLineBasis;
  /** e.g. "物业服务费：89.37㎡ × 2.35元/㎡/月 × 17/30天 = 119.01元". */
  readonly explanation: BilingualMessage;
}

/** A unit's bill 账单 for one month (R-FEE-4). `total` is exactly the sum of the lines. */
export interface Bill {
  readonly unitId: string;
  readonly period: BillingPeriod;
  readonly estateId: string;
  readonly standardId: string;
  /** First and last day charged in the period (the first may be the handover day). */
  readonly chargedFrom: IsoDate;
  readonly chargedTo: IsoDate;
  readonly lines: readonly BillLine[];
  readonly total: Money;
  /** Metered items without a reading for this bill; they are billed when a reading arrives. */
  readonly missingReadings: readonly string[];
}

/** A bill, or the refusals of the rules that said no (no standard in force, not handed over…). */
export type BillOutcome =
  | { readonly ok: true; readonly bill: Bill }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };
