import type { BilingualMessage } from "../errors/index.ts";
import type { Money, Quantity, RoundingPolicy } from "../money/index.ts";

/** How one renovation fee is charged: a fixed amount per household, or a price per m² of building area. */
export type RenovationFeeBasis =
  | { readonly basis: "fixed"; readonly amount: Money }
  /** `price` in yuan per m² (exact, may carry more decimals than the fen). */
  | { readonly basis: "perSquareMetre"; readonly price: Quantity };

/** The renovation deposit 装修押金: optional (some cities forbid it) and optionally capped. */
export type RenovationDepositStandard = RenovationFeeBasis & {
  /** A city's cap per household, e.g. ¥2,000. */
  readonly cap?: Money;
};

/**
 * An estate's published renovation fee standard 装修收费标准 (R-REN-5). Amounts are the estate's
 * policy data; nothing here has a built-in price.
 */
export interface RenovationFeeStandard {
  /** Absent where the city forbids renovation deposits or the estate takes none. */
  readonly deposit?: RenovationDepositStandard;
  /** The renovation management fee 装修管理费. */
  readonly managementFee: RenovationFeeBasis;
  /** The debris removal fee 装修垃圾清运费. */
  readonly debrisRemovalFee: RenovationFeeBasis;
  /** The worker pass fee 出入证工本费, per worker. */
  readonly passFeePerWorker: Money;
  /** The worker pass deposit 出入证押金, per worker, where the estate uses one. */
  readonly passDepositPerWorker?: Money;
  /** Rounding of per-m² lines. @default to the fen, half up */
  readonly rounding?: RoundingPolicy;
}

export type RenovationFeeItem = "deposit" | "managementFee" | "debrisRemovalFee" | "passFee" | "passDeposit";

/** One line the cashier explains to the owner: the amount, how it was computed, what it is for. */
export interface RenovationFeeLine {
  readonly item: RenovationFeeItem;
  readonly amount: Money;
  /** Returned later (the deposit at settlement, the pass deposit when passes come back). */
  readonly refundable: boolean;
  /**
   * How the amount was computed, in both languages (R-REN-5: the cashier explains each amount),
   * e.g. "Renovation management fee: 89.37 m² × ¥5.00/m² = ¥446.85" /
   * "装修管理费：89.37㎡ × 5.00元/㎡ = 446.85元".
   */
  readonly explanation: BilingualMessage;
  /** What the fee is for, in both languages (R-REN-5: the cashier explains each amount). */
  readonly purpose: BilingualMessage;
  /** The amount before a city's deposit cap was applied, when the cap cut it. */
  readonly uncapped?: Money;
}

/** The fees of one renovation (R-REN-5). */
export interface RenovationFees {
  readonly lines: readonly RenovationFeeLine[];
  /** Everything the owner or contractor pays before work starts. */
  readonly total: Money;
  /** The part of `total` that is refundable (deposits). */
  readonly refundable: Money;
  /** The renovation deposit held for settlement under R-REN-9 (zero when none is taken). */
  readonly deposit: Money;
  /** Workers whose pass fee was paid: the most passes that may be issued (R-REN-6). */
  readonly workers: number;
}

export const RENOVATION_FEE_PURPOSES: Readonly<Record<RenovationFeeItem, BilingualMessage>> = {
  deposit: {
    en: "Renovation deposit: held against penalties under the management agreement and damage to common parts; refunded, less deductions, once the wait after completion acceptance has passed (3 months by default)",
    zh: "装修押金：用于抵扣违约金及公共部位损坏赔偿，竣工验收合格满规定期限（默认三个月）后扣除相关款项退还",
  },
  managementFee: {
    en: "Renovation management fee: the office's supervision of the works — reviewing the plans, daily site inspections, completion acceptance",
    zh: "装修管理费：管理处对装修的管理服务，包括方案审核、每日巡查及竣工验收",
  },
  debrisRemovalFee: {
    en: "Debris removal fee: carrying renovation waste out of the estate",
    zh: "装修垃圾清运费：将装修垃圾清运出小区的费用",
  },
  passFee: {
    en: "Worker pass fee: making the passes that let the contractor's workers into the estate",
    zh: "出入证工本费：办理施工人员出入证的费用",
  },
  passDeposit: {
    en: "Worker pass deposit: refunded when the passes are returned",
    zh: "出入证押金：交回出入证时退还",
  },
};
