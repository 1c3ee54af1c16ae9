import type { WuyeCore, WuyeRequestOptions } from "../core/core.ts";
import type { PageIterator } from "../core/paginate.ts";
import type { MutationResultOf } from "../core/results.ts";
import { subscribeOverSse, type WuyeSubscribeOptions } from "../core/subscribe.ts";
import {
  RepairOrderDocument,
  type RepairOrderFieldsFragment,
  type RepairOrderFilter,
  RepairOrderHistoryDocument,
  type RepairOrderOrder,
  RepairOrdersDocument,
  RepairRegisterDocument,
  type RepairRegisterInput,
  type RepairRegisterMutation,
  RepairStatusChangedDocument,
  type RepairStatusChangedSubscription,
} from "../generated/graphql.ts";
import type { WorkflowEvent } from "./complaints.ts";
import { type ListParams, listConnection, mapEvents, mutate, nodeOfType } from "./support.ts";

/** A repair order 报修单 (R-REP-…) with its deadlines' next due time. */
export type RepairOrder = RepairOrderFieldsFragment;
export type RepairRegisterResult = MutationResultOf<RepairRegisterMutation["repairRegister"]>;
/** A repair order changed state. */
export type RepairStatusChange = RepairStatusChangedSubscription["repairStatusChanged"];

export interface RepairListParams extends ListParams {
  readonly filter?: RepairOrderFilter;
  readonly orderBy?: RepairOrderOrder;
}

/** Repairs: an owner reports, staff dispatch and follow; everyone may watch status changes. */
export class RepairsResource {
  readonly #core: WuyeCore;

  constructor(core: WuyeCore) {
    this.#core = core;
  }

  /** Repair orders the viewer may see, by estate, unit, status, trade, category or `overdue`. */
  list(params: RepairListParams = {}, options: WuyeRequestOptions = {}): PageIterator<RepairOrder> {
    const { filter, orderBy } = params;
    return listConnection(
      this.#core,
      RepairOrdersDocument,
      (page) => ({ ...page, filter, orderBy }),
      (data) => data.repairOrders,
      params,
      options,
    );
  }

  /** One repair order; `null` when there is none the viewer may see. */
  async get(id: string, options: WuyeRequestOptions = {}): Promise<RepairOrder | null> {
    const { data } = await this.#core.execute(RepairOrderDocument, { id }, options);
    return nodeOfType(data.node, "RepairOrder");
  }

  /** Every step of a repair order, oldest first. */
  history(
    id: string,
    params: ListParams = {},
    options: WuyeRequestOptions = {},
  ): PageIterator<WorkflowEvent> {
    return listConnection(
      this.#core,
      RepairOrderHistoryDocument,
      (page) => ({ ...page, id }),
      (data) => nodeOfType(data.node, "RepairOrder")?.history,
      params,
      options,
    );
  }

  /** Reports a repair (an owner about their unit, or staff at the desk). */
  register(input: RepairRegisterInput, options: WuyeRequestOptions = {}): Promise<RepairRegisterResult> {
    return mutate(this.#core, RepairRegisterDocument, { input }, (data) => data.repairRegister, options);
  }

  /** Status changes of one repair order, or of every one the viewer may see, as they happen. */
  onStatusChanged(
    params: { readonly repairOrderId?: string } = {},
    options: WuyeSubscribeOptions = {},
  ): AsyncGenerator<RepairStatusChange, void, undefined> {
    return mapEvents(
      subscribeOverSse(
        this.#core,
        RepairStatusChangedDocument,
        { repairOrderId: params.repairOrderId ?? null },
        options,
      ),
      (result) => result.repairStatusChanged,
    );
  }
}
