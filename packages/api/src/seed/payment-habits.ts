import {
  addDays,
  allocateMoney,
  type IsoDate,
  type Money,
  multiplyMoney,
  shiftBillingPeriod,
} from "@wuye/domain";
import type { PaymentMethod } from "../generated/prisma/enums.ts";
import type { TrackedBill } from "./billing.ts";
import { dayOfPeriod, instantOn, minutesAfter } from "./clock.ts";
import type { SeedContext } from "./context.ts";
import type { SeededRandom } from "./random.ts";
import type { UnitLife } from "./residents.ts";

/**
 * How owners pay (R-FEE-6): when each payment is made and how much it brings, by the habit the
 * unit's plan gave its owner — monthly, a quarter or a year ahead, late, partly, or not at all.
 */

/** How much a payment brings, decided when it is made. */
export type PaymentRule =
  | { readonly kind: "outstanding" }
  | { readonly kind: "topUp" }
  | { readonly kind: "dueBy"; readonly date: IsoDate }
  | { readonly kind: "inAdvance"; readonly extra: Money }
  | { readonly kind: "exact"; readonly amount: Money; readonly reason: string };

export interface PaymentIntent {
  readonly at: Date;
  readonly rule: PaymentRule;
}

export function paymentReference(method: PaymentMethod, random: SeededRandom): string | null {
  switch (method) {
    case "wechatPay":
      return `4200${random.digits(24)}`;
    case "alipay":
      return `2026${random.digits(24)}`;
    case "bankTransfer":
      return `TRF${random.digits(14)}`;
    case "bankCard":
      return `POS${random.digits(12)}`;
    default:
      return null;
  }
}

/** When the owner pays, and how much, by their habit. */
export function paymentIntents(
  ctx: SeedContext,
  life: UnitLife,
  bills: readonly TrackedBill[],
  random: SeededRandom,
): PaymentIntent[] {
  const profile = life.plan.profile;
  const intents: PaymentIntent[] = [];
  const hour = () => random.int(8, 21);
  const prepaid = bills.filter((bill) => bill.prepaid);
  if (prepaid.length > 0 && life.prepayment) {
    // R-HND-3: paid at the handover desk, right after the keys.
    intents.push({
      at: minutesAfter(prepaid[0]!.issuedAt, 10),
      rule: {
        kind: "exact",
        amount: life.prepayment.total,
        reason: "交房预收物业费 (handover prepayment, R-HND-3)",
      },
    });
  }
  const monthly = bills.filter((bill) => !bill.prepaid);
  const lastDuePeriod = shiftBillingPeriod(ctx.today.slice(0, 7), -1);
  monthly.forEach((bill, index) => {
    const month = Number(bill.period.slice(5, 7));
    switch (profile.kind) {
      case "monthly":
        intents.push({
          at: instantOn(dayOfPeriod(bill.period, profile.payDay), hour()),
          rule: { kind: "outstanding" },
        });
        break;
      case "quarterly": {
        const quarterStart = month % 3 === 0;
        const rule: PaymentRule = quarterStart
          ? { kind: "inAdvance", extra: multiplyMoney(bill.total, 2) }
          : { kind: "topUp" };
        intents.push({ at: instantOn(dayOfPeriod(bill.period, profile.payDay), hour()), rule });
        break;
      }
      case "annual": {
        const rule: PaymentRule =
          index < profile.payInPeriod
            ? { kind: "outstanding" }
            : index === profile.payInPeriod
              ? { kind: "inAdvance", extra: multiplyMoney(bill.total, 11) }
              : { kind: "topUp" };
        intents.push({ at: instantOn(dayOfPeriod(bill.period, profile.payDay), hour()), rule });
        break;
      }
      case "late":
        intents.push({
          at: instantOn(addDays(bill.dueDate, profile.delayDays), hour()),
          rule: { kind: "dueBy", date: bill.dueDate },
        });
        break;
      case "arrears": {
        // The last `owedMonths` months that are due are unpaid; some paid half of the first.
        const stop = shiftBillingPeriod(lastDuePeriod, 1 - profile.owedMonths);
        const at = instantOn(dayOfPeriod(bill.period, random.int(5, 25)), hour());
        if (bill.period < stop) intents.push({ at, rule: { kind: "outstanding" } });
        else if (bill.period === stop && profile.partial) {
          const [half] = allocateMoney(bill.total, [1n, 1n]);
          if (half && half > 0n)
            intents.push({ at, rule: { kind: "exact", amount: half, reason: "部分缴纳物业费" } });
        }
        break;
      }
      case "longArrears":
        break;
    }
  });
  return intents;
}
