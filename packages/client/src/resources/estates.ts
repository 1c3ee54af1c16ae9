import type { WuyeCore, WuyeRequestOptions } from "../core/core.ts";
import type { PageIterator } from "../core/paginate.ts";
import {
  EstateDocument,
  type EstateFieldsFragment,
  type EstateQuery,
  EstatesDocument,
} from "../generated/graphql.ts";
import { type ListParams, listConnection, nodeOfType } from "./support.ts";

/** An estate 小区 the viewer may see. */
export type Estate = EstateFieldsFragment;
/** An estate with its buildings. */
export type EstateDetail = Extract<NonNullable<EstateQuery["node"]>, { readonly __typename: "Estate" }>;

/** Estates: the viewer's (staff: where they work; residents: where they live; keys: the company's). */
export class EstatesResource {
  readonly #core: WuyeCore;

  constructor(core: WuyeCore) {
    this.#core = core;
  }

  /** Every estate the viewer may see, by name. */
  list(params: ListParams = {}, options: WuyeRequestOptions = {}): PageIterator<Estate> {
    return listConnection(
      this.#core,
      EstatesDocument,
      (page) => page,
      (data) => data.estates,
      params,
      options,
    );
  }

  /** One estate with its buildings; `null` when there is none the viewer may see. */
  async get(id: string, options: WuyeRequestOptions = {}): Promise<EstateDetail | null> {
    const { data } = await this.#core.execute(EstateDocument, { id }, options);
    return nodeOfType(data.node, "Estate");
  }
}
