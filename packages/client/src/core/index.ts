/**
 * The client's core, usable without the resources: transport, sessions, retries, typed errors,
 * pagination and subscriptions. `createWuyeClient` composes it with the resources; a partner who
 * only sends their own documents can use `createWuyeCore` and keep the bundle smaller.
 */
export { type WuyeClientOptions, WuyeCore, type WuyeRequestOptions, type WuyeResponse } from "./core.ts";
export {
  type AnyWuyeDocument,
  type DocumentPrinter,
  type OperationKind,
  operationInfo,
  type ParsedDocument,
  type ResultOf,
  type VariablesOf,
  type WuyeDocument,
} from "./document.ts";
export {
  type ApiErrorValue,
  CLIENT_ERRORS,
  type ClientErrorCode,
  type GraphQLErrorEntry,
  WuyeAuthError,
  WuyeError,
  WuyeGraphQLError,
  WuyeHttpError,
  WuyeMutationError,
  WuyeNetworkError,
  WuyeRateLimitError,
} from "./errors.ts";
export type { WuyeLogEvent, WuyeLogger } from "./log.ts";
export {
  type ConnectionLike,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type Page,
  PageIterator,
  type PageLoader,
} from "./paginate.ts";
export {
  type ErrorMember,
  isErrorOf,
  type MutationResult,
  type MutationResultOf,
  type PayloadMember,
  toMutationResult,
  unwrap,
} from "./results.ts";
export {
  backoffDelay,
  DEFAULT_RETRY,
  isRetryableStatus,
  parseRetryAfter,
  type RetryOptions,
} from "./retry.ts";
export { accessTokenLifetimeMs, memoryTokenStorage, type TokenStorage, type WuyeSession } from "./session.ts";
export { subscribeOverSse, type WuyeSubscribeOptions } from "./subscribe.ts";

import { type WuyeClientOptions, WuyeCore } from "./core.ts";

/** The core alone: `core.execute(document, variables)` with auth, retries and typed errors. */
export function createWuyeCore(options: WuyeClientOptions): WuyeCore {
  return new WuyeCore(options);
}
