import {
  exactProduct,
  formatMoney,
  formatQuantity,
  isNegativeMoney,
  type Money,
  multiplyMoney,
  type Quantity,
  ROUND_TO_FEN_HALF_UP,
  type RoundingPolicy,
  roundExact,
  sumMoney,
} from "../money/index.ts";
import { renovationErrors } from "./errors.ts";
import {
  RENOVATION_FEE_PURPOSES,
  type RenovationFeeBasis,
  type RenovationFeeItem,
  type RenovationFeeLine,
  type RenovationFeeStandard,
  type RenovationFees,
} from "./fee-standard.ts";

/** What the fees depend on besides the standard. */
export interface RenovationFeeInput {
  /** The unit's building area 建筑面积 in m². */
  readonly buildingArea: Quantity;
  /** Workers who need a pass. */
  readonly workers: number;
}

/**
 * R-REN-5: the amounts the cashier collects before work starts, each computed from the estate's
 * standard with its basis and purpose. Per-m² lines are rounded once, by the standard's rounding.
 */
export function computeRenovationFees(
  input: RenovationFeeInput,
  standard: RenovationFeeStandard,
): RenovationFees {
  const { buildingArea, workers } = input;
  if (buildingArea.units < 0n) {
    throw renovationErrors.REN_NEGATIVE_AMOUNT.error(
      { field: "buildingArea", amount: formatQuantity(buildingArea) },
      ["buildingArea"],
    );
  }
  if (!Number.isSafeInteger(workers) || workers < 0) {
    throw renovationErrors.REN_INVALID_WORKER_COUNT.error({ workers: String(workers) }, ["workers"]);
  }
  const rounding = standard.rounding ?? ROUND_TO_FEN_HALF_UP;
  const lines: RenovationFeeLine[] = [];

  if (standard.deposit) {
    const { cap } = standard.deposit;
    const computed = basisLine("deposit", standard.deposit, buildingArea, rounding);
    if (cap !== undefined) assertNotNegative(cap, "deposit.cap");
    if (cap !== undefined && computed.amount > cap) {
      // R-REN-5: some cities cap the deposit per household.
      lines.push({
        ...computed,
        amount: cap,
        uncapped: computed.amount,
        basis: `${computed.basis}, capped at ${formatMoney(cap, { symbol: true })}`,
      });
    } else {
      lines.push(computed);
    }
  }
  lines.push(basisLine("managementFee", standard.managementFee, buildingArea, rounding));
  lines.push(basisLine("debrisRemovalFee", standard.debrisRemovalFee, buildingArea, rounding));
  lines.push(perWorkerLine("passFee", standard.passFeePerWorker, workers));
  if (standard.passDepositPerWorker !== undefined) {
    lines.push(perWorkerLine("passDeposit", standard.passDepositPerWorker, workers));
  }

  return {
    lines,
    total: sumMoney(lines.map((line) => line.amount)),
    refundable: sumMoney(lines.filter((line) => line.refundable).map((line) => line.amount)),
    deposit: sumMoney(lines.filter((line) => line.item === "deposit").map((line) => line.amount)),
    workers,
  };
}

const REFUNDABLE: ReadonlySet<RenovationFeeItem> = new Set(["deposit", "passDeposit"]);

function basisLine(
  item: RenovationFeeItem,
  fee: RenovationFeeBasis,
  area: Quantity,
  rounding: RoundingPolicy,
): RenovationFeeLine {
  let amount: Money;
  let basis: string;
  if (fee.basis === "fixed") {
    assertNotNegative(fee.amount, `${item}.amount`);
    amount = fee.amount;
    basis = `fixed ${formatMoney(amount, { symbol: true })} per household`;
  } else {
    if (fee.price.units < 0n) {
      throw renovationErrors.REN_NEGATIVE_AMOUNT.error(
        { field: `${item}.price`, amount: formatQuantity(fee.price) },
        [item, "price"],
      );
    }
    amount = roundExact(exactProduct(fee.price, [area]), rounding);
    basis = `${formatQuantity(area)} m² × ¥${formatQuantity(fee.price)}/m² = ${formatMoney(amount, { symbol: true })}`;
  }
  return { item, amount, refundable: REFUNDABLE.has(item), basis, purpose: RENOVATION_FEE_PURPOSES[item] };
}

function perWorkerLine(item: RenovationFeeItem, perWorker: Money, workers: number): RenovationFeeLine {
  assertNotNegative(perWorker, `${item}PerWorker`);
  const amount = multiplyMoney(perWorker, workers);
  return {
    item,
    amount,
    refundable: REFUNDABLE.has(item),
    basis: `${workers} worker(s) × ${formatMoney(perWorker, { symbol: true })} = ${formatMoney(amount, { symbol: true })}`,
    purpose: RENOVATION_FEE_PURPOSES[item],
  };
}

function assertNotNegative(amount: Money, field: string): void {
  if (isNegativeMoney(amount)) {
    throw renovationErrors.REN_NEGATIVE_AMOUNT.error(
      { field, amount: formatMoney(amount) },
      field.split("."),
    );
  }
}
