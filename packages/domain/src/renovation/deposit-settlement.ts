import type { IsoDate } from "../calendar/index.ts";
import { addMonths } from "../calendar/index.ts";
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
  const deductions = sumMoney([...input.penalties, ...input.damages]);
  const difference = subtractMoney(input.deposit, deductions);
  return {
    deposit: input.deposit,
    deductions,
    refund: maxMoney(difference, ZERO_MONEY),
    receivable: maxMoney(subtractMoney(deductions, input.deposit), ZERO_MONEY),
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
