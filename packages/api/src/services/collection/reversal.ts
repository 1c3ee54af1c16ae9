import {
  type CollectionEntry,
  formatMoney,
  negateMoney,
  type Refusal,
  reverseCollectionEntry,
} from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { visiblePayments } from "../../auth/visibility.ts";
import { NotFoundError, RefusalError } from "../../errors/index.ts";
import { authorizeEstateAction, REVERSAL_ROLES } from "../fees/access.ts";
import { moneyOf } from "../fees/records.ts";
import { callDomain, type GlobalId, idOf, type ServiceContext } from "../support.ts";
import { idempotent } from "./idempotency.ts";
import { loadUnitLedger, lockUnitAccount, settleBillStatuses } from "./ledger.ts";

/**
 * Corrections 冲销 (R-FEE-9): a payment is never edited or deleted; finance or the manager
 * reverses it with new rows — a reversing payment, and one reversing row for each of its
 * allocations and its credit — each naming the row it cancels (at most once, a unique index).
 * The domain's `reverseCollectionEntry` judges each entry against the unit's ledger: no second
 * reversal, no reversal of a reversal, no taking back credit already spent.
 */

export interface PaymentReverseInput {
  readonly paymentId: GlobalId;
  readonly reason: string;
  readonly idempotencyKey?: string | null;
}

export interface PaymentReversed {
  readonly paymentId: string;
  readonly reversalId: string;
  readonly billIds: readonly string[];
}

export async function reversePayment(
  sc: ServiceContext,
  input: PaymentReverseInput,
): Promise<PaymentReversed> {
  const paymentId = idOf(input.paymentId, "Payment", "payment", ["input", "paymentId"]);
  const payment = await sc.prisma.payment.findFirst({
    where: { id: paymentId, AND: [visiblePayments(sc.viewer)] },
    select: { id: true, unitId: true, estate: { select: { id: true, companyId: true } } },
  });
  if (!payment) throw new NotFoundError("payment", ["input", "paymentId"]);
  authorizeEstateAction(sc, payment.estate, REVERSAL_ROLES, {
    what: "payment",
    path: ["input", "paymentId"],
  });
  const actor = sc.viewer.actorIn(payment.estate.id, [...REVERSAL_ROLES]);
  const authorId = sc.viewer.userId ?? "";
  const { idempotencyKey, ...request } = input;

  return idempotent(sc, { operation: "paymentReverse", key: idempotencyKey, input: request }, async (tx) => {
    await lockUnitAccount(tx, payment.unitId);
    const original = await tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
    const ledger: CollectionEntry[] = await loadUnitLedger(tx, payment.unitId);
    // The payment's own movements: its allocations and the credit it deposited. A reversing
    // payment's movements are reversals themselves, which the rules refuse to reverse again.
    const own = ledger.filter((entry) => entry.sourceId === paymentId && entry.kind !== "creditToLine");
    const record = { author: actor, at: sc.now, reason: input.reason };
    const refusals: Refusal[] = [];
    const reversals: CollectionEntry[] = [];
    for (const entry of own) {
      const outcome = callDomain(() => reverseCollectionEntry(entry, record, [...ledger, ...reversals]));
      if (outcome.ok) reversals.push(outcome.entry);
      else refusals.push(...outcome.refusals);
    }
    if (refusals.length > 0) throw new RefusalError(refusals);

    const reversalId = uuidv7();
    await tx.payment.create({
      data: {
        id: reversalId,
        estateId: original.estateId,
        unitId: original.unitId,
        amount: formatMoney(moneyOf(original.amount)),
        method: original.method,
        reference: original.reference,
        payerName: original.payerName,
        receivedAt: sc.now,
        reason: input.reason,
        reversalOfId: original.id,
        createdById: authorId,
        createdAt: sc.now,
      },
    });
    const billIds: string[] = [];
    for (const reversal of reversals) {
      const amount = formatMoney(negateMoney(reversal.amount));
      if (reversal.kind === "paymentToLine") {
        await tx.paymentAllocation.create({
          data: {
            billLineId: reversal.lineId ?? "",
            paymentId: reversalId,
            amount,
            reason: input.reason,
            reversalOfId: reversal.reverses ?? null,
            createdById: authorId,
            createdAt: sc.now,
          },
        });
        if (reversal.billId) billIds.push(reversal.billId);
      } else {
        // The deposited credit leaves the unit's balance again.
        await tx.creditEntry.create({
          data: {
            unitId: original.unitId,
            direction: "debit",
            amount,
            paymentId: reversalId,
            reason: input.reason,
            reversalOfId: reversal.reverses ?? null,
            createdById: authorId,
            createdAt: sc.now,
          },
        });
      }
    }
    await settleBillStatuses(tx, billIds, {
      action: "reversePayment",
      actor,
      at: sc.now,
      data: { paymentId, reversalId, reason: input.reason, rules: ["R-FEE-9"] },
    });
    return { paymentId, reversalId, billIds: [...new Set(billIds)] };
  });
}
