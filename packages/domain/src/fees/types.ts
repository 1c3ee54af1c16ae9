import type { IsoDate } from "../calendar/index.ts";
import type { BilingualMessage } from "../errors/index.ts";
import type { RoundingPolicy } from "../money/index.ts";

/** What a unit is used for; each type has its own fee standard (住宅、商铺、办公、车位、储藏室). */
export type UnitType = "residential" | "commercial" | "office" | "parking" | "storage";

/** A billing period 账期: one calendar month written `"2026-11"`. */
export type BillingPeriod = string;

/** The kinds of fee item R-FEE-2 names. */
export type FeeItemKind = "area" | "fixed" | "metered" | "oneOff";

interface FeeItemCommon {
  /** Stable code, unique within a standard, e.g. `"property"`, `"parking"`, `"water"`. */
  readonly code: string;
  /** The name an owner reads on the bill, e.g. `{ en: "Property service fee", zh: "物业服务费" }`. */
  readonly name: BilingualMessage;
  /** Unit price in yuan as an exact decimal, e.g. `"2.35"` (decimals limited by the policy). */
  readonly price: string;
}

/** Property service fee 物业服务费: building area (m²) × price per m² per month. */
export interface AreaFeeItem extends FeeItemCommon {
  readonly kind: "area";
}

/** A fixed monthly fee, per unit (e.g. 电梯费) or per parking space 车位管理费 × the unit's spaces. */
export interface FixedFeeItem extends FeeItemCommon {
  readonly kind: "fixed";
  readonly per: "unit" | "parkingSpace";
}

/** A metered fee 代收费 (water, power, gas): reading difference × price per unit of measure. */
export interface MeteredFeeItem extends FeeItemCommon {
  readonly kind: "metered";
  /** Which meter's readings it uses, e.g. `"water"`; readings are keyed by this name. */
  readonly meter: string;
  /** The unit of measure, e.g. `{ en: "m³", zh: "吨" }` or `{ en: "kWh", zh: "度" }`. */
  readonly measure: BilingualMessage;
}

/** A one-off fee 一次性收费 (renovation management, debris removal, passes, special services). */
export interface OneOffFeeItem extends FeeItemCommon {
  readonly kind: "oneOff";
  /** Charged per piece (a pass, an hour of service) or per m² of building area. */
  readonly per: "each" | "squareMetre";
  /** What one piece is, e.g. `{ en: "pass", zh: "张" }`; only for `per: "each"`. */
  readonly measure?: BilingualMessage;
}

export type FeeItem = AreaFeeItem | FixedFeeItem | MeteredFeeItem | OneOffFeeItem;

/**
 * A published fee standard 收费标准 (R-FEE-1): the items and prices for one unit type of an
 * estate, in force from `effectiveFrom` until the next standard for the same unit type.
 */
export interface FeeStandard {
  readonly id: string;
  readonly estateId: string;
  readonly unitType: UnitType;
  readonly effectiveFrom: IsoDate;
  readonly items: readonly FeeItem[];
}

/** A vacancy discount 空置优惠 (R-FEE-11): off unless an estate sets one. */
export interface VacancyDiscountPolicy {
  /** The share taken off as an exact decimal fraction: `"0.3"` is 30% off. */
  readonly rate: string;
  /** A unit qualifies once vacant this many whole months by the period's first charged day. @default 6 */
  readonly minimumVacantMonths?: number;
  /** Which monthly items the discount applies to. @default ["area"] (the property service fee) */
  readonly itemKinds?: readonly ("area" | "fixed")[];
}

/** An estate's billing policy; every setting has a documented default (`DEFAULT_FEE_POLICY`). */
export interface FeePolicy {
  /** Decimals a unit price may carry (R-FEE-2). @default 2 (an estate may allow up to 6) */
  readonly priceDecimals: number;
  /** Rounding once per bill line (R-FEE-3). @default to the fen, half up */
  readonly rounding: RoundingPolicy;
  /** A partial month is prorated by days, or charged as a whole month (R-FEE-3). @default "byDays" */
  readonly proration: "byDays" | "wholeMonth";
  /** Charges start on the handover day, or on the 1st of the following month (R-FEE-3). @default "handoverDay" */
  readonly chargeStart: "handoverDay" | "followingMonth";
  /** Whole months collected in advance at handover (R-HND-3). @default 6 */
  readonly prepaymentMonths: number;
  /** R-FEE-11. @default undefined (no vacancy discount) */
  readonly vacancyDiscount?: VacancyDiscountPolicy;
}

/** A unit 房屋 as billing sees it. */
export interface BillableUnit {
  readonly id: string;
  readonly unitType: UnitType;
  /** Building area 产权面积 in m² from the property certificate, e.g. `"89.37"` (R-FEE-3). */
  readonly buildingArea: string;
  /** Handover date 交房日期; absent while the unit has not been handed over. */
  readonly handoverDate?: IsoDate;
  /** Parking spaces 车位 billed to this unit by `per: "parkingSpace"` items. @default 0 */
  readonly parkingSpaces?: number;
  /** The day the unit has been vacant since 空置起始日, when it is vacant (R-FEE-11). */
  readonly vacantSince?: IsoDate;
}

/** One meter's readings for a bill: the previous and the current reading 上期读数 → 本期读数. */
export interface MeterReading {
  readonly from: string;
  readonly to: string;
  /** Whole digits on the meter's dial, e.g. 5 for a meter that rolls over after 99999. */
  readonly meterDigits?: number;
}

/** Readings keyed by meter name (`MeteredFeeItem.meter`), e.g. `{ water: {...}, electricity: {...} }`. */
export type MeterReadings = Readonly<Record<string, MeterReading>>;
