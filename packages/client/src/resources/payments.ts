import type { WuyeCore, WuyeRequestOptions } from "../core/core.ts";
import type { PageIterator } from "../core/paginate.ts";
import type { MutationResultOf } from "../core/results.ts";
import {
  type PaymentFieldsFragment,
  type PaymentFilter,
  PaymentRecordDocument,
  type PaymentRecordInput,
  type PaymentRecordMutation,
  PaymentReverseDocument,
  type PaymentReverseInput,
  type PaymentReverseMutation,
  PaymentsDocument,
} from "../generated/graphql.ts";
import { type ListParams, listConnection, moneyMutation, type WithOptionalKey } from "./support.ts";

/** A payment 缴费 in the append-only ledger (a reversal is a new payment naming the one it cancels). */
export type Payment = PaymentFieldsFragment;
export type PaymentRecordResult = MutationResultOf<PaymentRecordMutation["paymentRecord"]>;
export type PaymentReverseResult = MutationResultOf<PaymentReverseMutation["paymentReverse"]>;

export interface PaymentListParams extends ListParams {
  readonly filter?: PaymentFilter;
}

/** Payments: the cashier's desk. Recording and reversing are money mutations (idempotent). */
export class PaymentsResource {
  readonly #core: WuyeCore;

  constructor(core: WuyeCore) {
    this.#core = core;
  }

  /** Payments the viewer may see, by estate, unit, method or when received. */
  list(params: PaymentListParams = {}, options: WuyeRequestOptions = {}): PageIterator<Payment> {
    const { filter } = params;
    return listConnection(
      this.#core,
      PaymentsDocument,
      (page) => ({ ...page, filter }),
      (data) => data.payments,
      params,
      options,
    );
  }

  /**
   * R-FEE-6/9: records money received for a unit, allocated oldest line first (or to the lines
   * named); any excess becomes prepaid credit. Carries an idempotency key, reused on retries.
   */
  record(
    input: WithOptionalKey<PaymentRecordInput>,
    options: WuyeRequestOptions = {},
  ): Promise<PaymentRecordResult> {
    return moneyMutation(this.#core, PaymentRecordDocument, input, (data) => data.paymentRecord, options);
  }

  /** R-FEE-9: cancels a payment with a correcting entry (never an edit). Idempotent like `record`. */
  reverse(
    input: WithOptionalKey<PaymentReverseInput>,
    options: WuyeRequestOptions = {},
  ): Promise<PaymentReverseResult> {
    return moneyMutation(this.#core, PaymentReverseDocument, input, (data) => data.paymentReverse, options);
  }
}
