import type { WuyeCore, WuyeRequestOptions } from "../core/core.ts";
import type { PageIterator } from "../core/paginate.ts";
import {
  UnitDocument,
  type UnitFieldsFragment,
  type UnitFilter,
  type UnitOrder,
  type UnitQuery,
  UnitsDocument,
} from "../generated/graphql.ts";
import { type ListParams, listConnection, nodeOfType } from "./support.ts";

/** A unit 房屋 (flat, shop, parking space) with its building and estate. */
export type Unit = UnitFieldsFragment;
/** A unit with its occupancies: owners 业主, tenants 租户 and residents. */
export type UnitDetail = Extract<NonNullable<UnitQuery["node"]>, { readonly __typename: "Unit" }>;

export interface UnitListParams extends ListParams {
  readonly filter?: UnitFilter;
  readonly orderBy?: UnitOrder;
}

/** Units: staff see their estates' units, an owner or tenant their own. */
export class UnitsResource {
  readonly #core: WuyeCore;

  constructor(core: WuyeCore) {
    this.#core = core;
  }

  /** Units the viewer may see, filtered (`buildingId`, `status`, `type`, `numberStartsWith`) and ordered. */
  list(params: UnitListParams = {}, options: WuyeRequestOptions = {}): PageIterator<Unit> {
    const { filter, orderBy } = params;
    return listConnection(
      this.#core,
      UnitsDocument,
      (page) => ({ ...page, filter, orderBy }),
      (data) => data.units,
      params,
      options,
    );
  }

  /** One unit with its current occupancies (or all, `current: false`); `null` when not visible. */
  async get(
    id: string,
    params: { readonly current?: boolean } = {},
    options: WuyeRequestOptions = {},
  ): Promise<UnitDetail | null> {
    const { data } = await this.#core.execute(UnitDocument, { id, current: params.current ?? true }, options);
    return nodeOfType(data.node, "Unit");
  }
}
