import type { BilingualMessage } from "../errors/index.ts";
import {
  exactProduct,
  formatMoney,
  formatPrice,
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
import { feeItemLabel } from "./labels.ts";
import { roundingWords, yuanWords } from "./wording.ts";

/** What the fees depend on besides the standard. */
export interface RenovationFeeInput {
  /** The unit's building area 建筑面积 in m². */
  readonly buildingArea: Quantity;
  /** Workers who need a pass. */
  readonly workers: number;
}

/**
 * R-REN-5: the amounts the cashier collects before work starts, each computed from the estate's
 * standard and explained in English and Chinese with its purpose ("装修管理费：89.37㎡ × 3.50元/㎡ =
 * 312.80元"). Per-m² lines are rounded once, by the standard's rounding.
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
      const capped = yuanWords(cap);
      lines.push({
        ...computed,
        amount: cap,
        uncapped: computed.amount,
        explanation: {
          en: `${computed.explanation.en}, capped at ${capped.en} per household`,
          zh: `${computed.explanation.zh}，超过每户上限，按 ${capped.zh}收取`,
        },
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
  let words: BilingualMessage;
  if (fee.basis === "fixed") {
    assertNotNegative(fee.amount, `${item}.amount`);
    amount = fee.amount;
    const fixed = yuanWords(amount);
    words = { en: `fixed ${fixed.en} per household`, zh: `固定 ${fixed.zh}/户` };
  } else {
    if (fee.price.units < 0n) {
      throw renovationErrors.REN_NEGATIVE_AMOUNT.error(
        { field: `${item}.price`, amount: formatQuantity(fee.price) },
        [item, "price"],
      );
    }
    amount = roundExact(exactProduct(fee.price, [area]), rounding);
    const m2 = formatQuantity(area);
    const price = formatPrice(fee.price);
    const total = yuanWords(amount);
    const note = roundingWords(rounding);
    words = {
      en: `${m2} m² × ¥${price}/m² = ${total.en}${note.en}`,
      zh: `${m2}㎡ × ${price}元/㎡ = ${total.zh}${note.zh}`,
    };
  }
  return line(item, amount, words);
}

function perWorkerLine(item: RenovationFeeItem, perWorker: Money, workers: number): RenovationFeeLine {
  assertNotNegative(perWorker, `${item}PerWorker`);
  const amount = multiplyMoney(perWorker, workers);
  const each = yuanWords(perWorker);
  const total = yuanWords(amount);
  return line(item, amount, {
    en: `${workers} ${workers === 1 ? "worker" : "workers"} × ${each.en} = ${total.en}`,
    zh: `${workers}人 × ${each.zh}/人 = ${total.zh}`,
  });
}

/** A line headed by the fee's name, as the fees area writes bill lines: "装修管理费：…". */
function line(item: RenovationFeeItem, amount: Money, words: BilingualMessage): RenovationFeeLine {
  const name = feeItemLabel(item);
  return {
    item,
    amount,
    refundable: REFUNDABLE.has(item),
    explanation: { en: `${name.en}: ${words.en}`, zh: `${name.zh}：${words.zh}` },
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
