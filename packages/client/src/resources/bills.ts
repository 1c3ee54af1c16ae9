import type { WuyeCore, WuyeRequestOptions } from "../core/core.ts";
import type { PageIterator } from "../core/paginate.ts";
import type { MutationResultOf } from "../core/results.ts";
import {
  BillDocument,
  type BillFieldsFragment,
  type BillFilter,
  BillHistoryDocument,
  type BillOrder,
  BillPayDocument,
  type BillPayInput,
  type BillPayMutation,
  type BillQuery,
  BillsDocument,
} from "../generated/graphql.ts";
import type { WorkflowEvent } from "./complaints.ts";
import {
  type ListParams,
  listConnection,
  moneyMutation,
  nodeOfType,
  type WithOptionalKey,
} from "./support.ts";

/** A bill 账单 for one unit and month, with what is paid and still owed (exact decimal strings). */
export type Bill = BillFieldsFragment;
/** A bill with its lines, each explaining its amount (area × price × months, R-FEE-3). */
export type BillDetail = Extract<NonNullable<BillQuery["node"]>, { readonly __typename: "Bill" }>;
export type BillPayResult = MutationResultOf<BillPayMutation["billPay"]>;

export interface BillListParams extends ListParams {
  readonly filter?: BillFilter;
  readonly orderBy?: BillOrder;
}

/** Bills: staff see their estates', an owner or tenant their units'. */
export class BillsResource {
  readonly #core: WuyeCore;

  constructor(core: WuyeCore) {
    this.#core = core;
  }

  /** Bills the viewer may see, filtered by estate, unit, month, status or `overdue`. */
  list(params: BillListParams = {}, options: WuyeRequestOptions = {}): PageIterator<Bill> {
    const { filter, orderBy } = params;
    return listConnection(
      this.#core,
      BillsDocument,
      (page) => ({ ...page, filter, orderBy }),
      (data) => data.bills,
      params,
      options,
    );
  }

  /** One bill with its lines; `null` when there is none the viewer may see. */
  async get(id: string, options: WuyeRequestOptions = {}): Promise<BillDetail | null> {
    const { data } = await this.#core.execute(BillDocument, { id }, options);
    return nodeOfType(data.node, "Bill");
  }

  /** The bill's history: issued, then each change of status with the payment that caused it. */
  history(
    id: string,
    params: ListParams = {},
    options: WuyeRequestOptions = {},
  ): PageIterator<WorkflowEvent> {
    return listConnection(
      this.#core,
      BillHistoryDocument,
      (page) => ({ ...page, id }),
      (data) => nodeOfType(data.node, "Bill")?.history,
      params,
      options,
    );
  }

  /**
   * Pays a bill (by default what is still owed). A money mutation: it carries an idempotency key
   * (yours, or a new UUID) reused on every retry, so a payment is never taken twice.
   */
  pay(input: WithOptionalKey<BillPayInput>, options: WuyeRequestOptions = {}): Promise<BillPayResult> {
    return moneyMutation(this.#core, BillPayDocument, input, (data) => data.billPay, options);
  }
}
