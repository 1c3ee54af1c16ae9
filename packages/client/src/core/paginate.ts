/** A Relay connection as the API returns it (`first`/`after`, `pageInfo`, maybe `totalCount`). */
export interface ConnectionLike<TNode> {
  readonly edges: readonly { readonly node: TNode }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly totalCount?: number;
}

/** One page of a list. */
export interface Page<TNode> {
  readonly items: readonly TNode[];
  /** How many there are in all, where the API counts them cheaply. */
  readonly totalCount: number | undefined;
  readonly hasNextPage: boolean;
  /** Pass as `after` to continue from here. */
  readonly endCursor: string | null;
}

/** Loads one page: after `after` (null for the first), at most `first` items. */
export type PageLoader<TNode> = (page: {
  readonly first: number;
  readonly after: string | null;
}) => Promise<ConnectionLike<TNode> | null | undefined>;

/** The API serves at most 100 per page. */
export const MAX_PAGE_SIZE = 100;
/** @default 50 */
export const DEFAULT_PAGE_SIZE = 50;

/**
 * Every item of a connection, fetched a page at a time as you iterate:
 * `for await (const bill of client.bills.list({ … }))`. Nothing is requested until iteration
 * starts; leaving the loop stops fetching. `pages()` iterates page by page, `firstPage()` loads one
 * (with `totalCount`), `toArray({ limit })` collects.
 */
export class PageIterator<TNode> implements AsyncIterable<TNode> {
  readonly #load: PageLoader<TNode>;
  readonly #pageSize: number;
  readonly #after: string | null;

  constructor(
    load: PageLoader<TNode>,
    options: { readonly pageSize?: number; readonly after?: string | null } = {},
  ) {
    this.#load = load;
    this.#pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE)));
    this.#after = options.after ?? null;
  }

  /** One page, from `after` (default: where this list starts). */
  async firstPage(after: string | null = this.#after): Promise<Page<TNode>> {
    const connection = await this.#load({ first: this.#pageSize, after });
    return {
      items: connection?.edges.map((edge) => edge.node) ?? [],
      totalCount: connection?.totalCount,
      hasNextPage: connection?.pageInfo.hasNextPage ?? false,
      endCursor: connection?.pageInfo.endCursor ?? null,
    };
  }

  /** Page after page until the last. */
  async *pages(): AsyncGenerator<Page<TNode>, void, undefined> {
    let after = this.#after;
    for (;;) {
      const page = await this.firstPage(after);
      yield page;
      // A server that says "more" without a cursor would loop forever on the same page.
      if (!page.hasNextPage || page.endCursor === null || page.endCursor === after) return;
      after = page.endCursor;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TNode, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** The items in order, at most `limit` of them (default: all). */
  async toArray(options: { readonly limit?: number } = {}): Promise<TNode[]> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const items: TNode[] = [];
    if (limit <= 0) return items;
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }
}
