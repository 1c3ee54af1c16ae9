import type { IsoDate } from "../calendar/index.ts";
import { addMonths } from "../calendar/index.ts";
import type { BilingualMessage } from "../errors/index.ts";
import {
  formatMoney,
  isNegativeMoney,
  type Money,
  maxMoney,
  subtractMoney,
  sumMoney,
  ZERO_MONEY,
} from "../money/index.ts";
import { renovationErrors } from "./errors.ts";
import { DEFAULT_RENOVATION_POLICY, type RenovationPolicy } from "./policy.ts";
import { yuanWords } from "./wording.ts";

/** R-REN-9: the first date the deposit may be refunded — the wait (3 months by default) after acceptance. */
export function earliestDepositRefundDate(
  acceptedOn: IsoDate,
  policy: RenovationPolicy = DEFAULT_RENOVATION_POLICY,
): IsoDate {
  return addMonths(acceptedOn, policy.depositRefundWaitMonths);
}

/** The arithmetic of a deposit settlement. */
export interface RenovationDepositBalance {
  readonly deposit: Money;
  readonly deductions: Money;
  readonly refund: Money;
  readonly receivable: Money;
  /**
   * The arithmetic as the cashier reads it out, in both languages, e.g. "应退押金：押金 2000.00元 −
   * 扣款 1430.00元（违约金 1150.00元 + 损坏赔偿 280.00元） = 570.00元".
   */
  readonly explanation: BilingualMessage;
}

/**
 * R-REN-9: refund = deposit − recorded penalties − assessed damages; deductions beyond the deposit
 * become a receivable on the unit, so `refund − receivable = deposit − deductions` always.
 */
export function balanceRenovationDeposit(input: {
  readonly deposit: Money;
  readonly penalties: readonly Money[];
  readonly damages: readonly Money[];
}): RenovationDepositBalance {
  assertNotNegative(input.deposit, "deposit");
  for (const [i, amount] of input.penalties.entries()) assertNotNegative(amount, `penalties.${i}`);
  for (const [i, amount] of input.damages.entries()) assertNotNegative(amount, `damages.${i}`);
  const penalties = sumMoney(input.penalties);
  const damages = sumMoney(input.damages);
  const deductions = sumMoney([penalties, damages]);
  const refund = maxMoney(subtractMoney(input.deposit, deductions), ZERO_MONEY);
  const receivable = maxMoney(subtractMoney(deductions, input.deposit), ZERO_MONEY);
  return {
    deposit: input.deposit,
    deductions,
    refund,
    receivable,
    explanation: explainBalance({
      deposit: input.deposit,
      penalties,
      damages,
      deductions,
      refund,
      receivable,
    }),
  };
}

function explainBalance(b: {
  readonly deposit: Money;
  readonly penalties: Money;
  readonly damages: Money;
  readonly deductions: Money;
  readonly refund: Money;
  readonly receivable: Money;
}): BilingualMessage {
  const deposit = yuanWords(b.deposit);
  if (b.deductions === 0n) {
    return {
      en: `Refund: the deposit of ${deposit.en} in full, nothing deducted`,
      zh: `应退押金：押金 ${deposit.zh}，无扣款，全额退还`,
    };
  }
  const penalties = yuanWords(b.penalties);
  const damages = yuanWords(b.damages);
  const total = yuanWords(b.deductions);
  // Name what was deducted; with both kinds, their sum and its parts.
  const deducted: BilingualMessage =
    b.penalties > 0n && b.damages > 0n
      ? {
          en: `deductions ${total.en} (penalties ${penalties.en} + damages ${damages.en})`,
          zh: `扣款 ${total.zh}（违约金 ${penalties.zh} + 损坏赔偿 ${damages.zh}）`,
        }
      : b.penalties > 0n
        ? { en: `penalties ${total.en}`, zh: `违约金 ${total.zh}` }
        : { en: `damages ${total.en}`, zh: `损坏赔偿 ${total.zh}` };
  const refund = yuanWords(b.refund);
  if (b.receivable > 0n) {
    // R-REN-9: what the deposit does not cover is owed by the unit.
    const receivable = yuanWords(b.receivable);
    return {
      en: `Deductions exceed the deposit: ${deducted.en} − deposit ${deposit.en} = ${receivable.en}, a receivable on the unit; refund ${refund.en}`,
      zh: `押金不足抵扣：${deducted.zh} − 押金 ${deposit.zh} = ${receivable.zh}，计入该房屋应收款，退还 ${refund.zh}`,
    };
  }
  return {
    en: `Refund: deposit ${deposit.en} − ${deducted.en} = ${refund.en}`,
    zh: `应退押金：押金 ${deposit.zh} − ${deducted.zh} = ${refund.zh}`,
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
