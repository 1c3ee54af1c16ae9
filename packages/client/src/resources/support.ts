import type { WuyeCore, WuyeRequestOptions } from "../core/core.ts";
import type { WuyeDocument } from "../core/document.ts";
import { type ConnectionLike, PageIterator } from "../core/paginate.ts";
import { type MutationResultOf, toMutationResult } from "../core/results.ts";

/** How a list is read: filters of the resource, plus where to start and how many per page. */
export interface ListParams {
  /** Items per request, at most 100. @default 50 */
  readonly pageSize?: number;
  /** Start after this cursor (a page's `endCursor`). */
  readonly after?: string | null;
}

/** A connection field read page by page as a {@link PageIterator}. */
export function listConnection<TData, TVariables, TNode>(
  core: WuyeCore,
  document: WuyeDocument<TData, TVariables>,
  variables: (page: { readonly first: number; readonly after: string | null }) => TVariables,
  connection: (data: TData) => ConnectionLike<TNode> | null | undefined,
  params: ListParams = {},
  options: WuyeRequestOptions = {},
): PageIterator<TNode> {
  return new PageIterator(
    async (page) => connection((await core.execute(document, variables(page), options)).data),
    params,
  );
}

/** `node(id:)` narrowed to the expected type: `null` when missing, invisible, or of another type. */
export function nodeOfType<
  TNode extends { readonly __typename: string },
  const N extends TNode["__typename"],
>(node: TNode | null | undefined, typename: N): Extract<TNode, { readonly __typename: N }> | null {
  return node?.__typename === typename ? (node as Extract<TNode, { readonly __typename: N }>) : null;
}

/** Runs a mutation and splits its result union into payload or typed error. */
export async function mutate<TData, TVariables, TResult extends { readonly __typename: string }>(
  core: WuyeCore,
  document: WuyeDocument<TData, TVariables>,
  variables: TVariables,
  result: (data: TData) => TResult,
  options: WuyeRequestOptions = {},
): Promise<MutationResultOf<TResult>> {
  const { data, requestId } = await core.execute(document, variables, options);
  return toMutationResult(result(data), requestId);
}

/** A money mutation's input: the idempotency key may be left out, the client then makes one. */
export type WithOptionalKey<TInput extends { readonly idempotencyKey?: string | null }> = Omit<
  TInput,
  "idempotencyKey"
> & { readonly idempotencyKey?: string };

/**
 * Runs a money mutation (a payment, a reversal): the input's `idempotencyKey` is the caller's or
 * a new random UUID, and the same key goes on every retry of this call. The API then acts at most
 * once, and a retry after a lost answer gets the first result; so, unlike other mutations, these
 * are retried on network failures and 429/502/503/504.
 */
export function moneyMutation<
  TData,
  TInput extends { readonly idempotencyKey?: string | null },
  TResult extends { readonly __typename: string },
>(
  core: WuyeCore,
  document: WuyeDocument<TData, { input: TInput }>,
  input: WithOptionalKey<TInput>,
  result: (data: TData) => TResult,
  options: WuyeRequestOptions = {},
): Promise<MutationResultOf<TResult>> {
  const idempotencyKey = input.idempotencyKey ?? options.idempotencyKey ?? core.uuid();
  return mutate(core, document, { input: { ...input, idempotencyKey } as unknown as TInput }, result, {
    ...options,
    idempotencyKey,
  });
}

/** A subscription's results, each narrowed to the field the caller cares about. */
export async function* mapEvents<TResult, TEvent>(
  source: AsyncIterable<TResult>,
  pick: (result: TResult) => TEvent,
): AsyncGenerator<TEvent, void, undefined> {
  for await (const result of source) yield pick(result);
}
