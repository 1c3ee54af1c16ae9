/**
 * The errors the client throws. Every one is a `WuyeError` carrying a stable `code` (the API's own,
 * such as `AUTH_TOKEN_INVALID`, or the client's, prefixed `CLIENT_`), an English `message`, a
 * Chinese `messageZh` when known, the HTTP `status` and the `requestId` (the response's
 * `X-Request-Id`, or the one the client sent) to quote when reporting a problem.
 *
 * Mutations' expected failures (a rule said no, bad input) are NOT thrown: they come back as values
 * (see `MutationResult`), because a caller must branch on them.
 */

/** The client's own codes and their messages, in one place. */
export const CLIENT_ERRORS = {
  CLIENT_NETWORK: {
    en: "The API could not be reached",
    zh: "无法连接服务器",
  },
  CLIENT_ABORTED: {
    en: "The request was cancelled",
    zh: "请求已取消",
  },
  CLIENT_HTTP: {
    en: "The API answered with an unexpected HTTP status",
    zh: "服务器返回了意外的 HTTP 状态",
  },
  CLIENT_BAD_RESPONSE: {
    en: "The API's answer was not a GraphQL response",
    zh: "服务器的响应不是 GraphQL 格式",
  },
  CLIENT_RATE_LIMITED: {
    en: "Too many requests; try again later",
    zh: "请求过于频繁，请稍后再试",
  },
  CLIENT_UNAUTHORIZED: {
    en: "The access token or API key was refused; log in again",
    zh: "访问令牌或 API 密钥无效，请重新登录",
  },
  CLIENT_NOT_LOGGED_IN: {
    en: "Log in first: there is no session to refresh",
    zh: "请先登录：没有可刷新的会话",
  },
  CLIENT_DOCUMENT: {
    en: "The document cannot be sent: pass a string, a generated TypedDocumentString, or a parsed document that kept its source (or give the client a `print` function)",
    zh: "无法发送该 GraphQL 文档",
  },
  CLIENT_UNEXPECTED_RESULT: {
    en: "The API returned a result of an unexpected type",
    zh: "服务器返回了意外类型的结果",
  },
} as const;

export type ClientErrorCode = keyof typeof CLIENT_ERRORS;

/** One error of a GraphQL response's `errors` list. */
export interface GraphQLErrorEntry {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: {
    readonly code?: string;
    readonly messageZh?: string;
    readonly [key: string]: unknown;
  };
}

export interface WuyeErrorInit {
  readonly code: string;
  readonly message: string;
  readonly messageZh?: string | undefined;
  readonly status?: number | undefined;
  readonly requestId?: string | undefined;
  readonly cause?: unknown;
}

/** The base of every error the client throws. */
export class WuyeError extends Error {
  override readonly name: string = "WuyeError";
  /** Stable machine code: the API's (`API_FORBIDDEN`) or the client's (`CLIENT_NETWORK`). */
  readonly code: string;
  /** The message in Chinese, when the API or the client has one. */
  readonly messageZh: string | undefined;
  /** The HTTP status, when a response arrived. */
  readonly status: number | undefined;
  /** `X-Request-Id` of the response (or of the request when none came back). */
  readonly requestId: string | undefined;

  constructor(init: WuyeErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.messageZh = init.messageZh;
    this.status = init.status;
    this.requestId = init.requestId;
  }
}

/** No usable response: the network failed, or the request was aborted (`CLIENT_ABORTED`). */
export class WuyeNetworkError extends WuyeError {
  override readonly name: string = "WuyeNetworkError";
}

/** A response that is not a GraphQL answer: a proxy's 502, an HTML page, an unexpected status. */
export class WuyeHttpError extends WuyeError {
  override readonly name: string = "WuyeHttpError";
}

/** HTTP 429 after the retries ran out; `retryAfterMs` is the server's hint, when it gave one. */
export class WuyeRateLimitError extends WuyeHttpError {
  override readonly name: string = "WuyeRateLimitError";
  readonly retryAfterMs: number | undefined;

  constructor(init: WuyeErrorInit & { readonly retryAfterMs?: number | undefined }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/**
 * Not signed in any more: the access token or API key was refused (`AUTH_TOKEN_INVALID`, HTTP
 * 401) and could not be refreshed, the refresh token was refused (`AUTH_REFRESH_TOKEN_INVALID`,
 * `AUTH_REFRESH_TOKEN_REUSED`), or there is no session (`CLIENT_NOT_LOGGED_IN`). Log in again.
 */
export class WuyeAuthError extends WuyeError {
  override readonly name: string = "WuyeAuthError";
}

/**
 * The response carried GraphQL `errors`: a malformed document, a query field refused (`API_FORBIDDEN`,
 * `AUTH_REQUIRED`), an unexpected failure (`API_INTERNAL`). `code` is the first error's; `errors`
 * lists all, and `data` keeps whatever part of the answer did arrive.
 */
export class WuyeGraphQLError extends WuyeError {
  override readonly name: string = "WuyeGraphQLError";
  readonly errors: readonly GraphQLErrorEntry[];
  readonly data: unknown;

  constructor(
    init: Omit<WuyeErrorInit, "code" | "message"> & { errors: readonly GraphQLErrorEntry[]; data?: unknown },
  ) {
    const first = init.errors[0];
    super({
      ...init,
      code: first?.extensions?.code ?? "GRAPHQL_ERROR",
      message: first?.message ?? "GraphQL error",
      messageZh: first?.extensions?.messageZh,
    });
    this.errors = init.errors;
    this.data = init.data;
  }
}

/** An error value of a mutation's result, as the API describes every error (`Error` interface). */
export interface ApiErrorValue {
  readonly __typename: string;
  readonly code: string;
  readonly message: string;
  readonly messageZh: string;
  readonly path: readonly string[];
}

/**
 * Thrown by `unwrap(result)` for callers who prefer an exception to branching: `error` is the
 * typed value (a `RefusalError`, `ValidationError`…), `path` the input field at fault.
 */
export class WuyeMutationError<E extends ApiErrorValue = ApiErrorValue> extends WuyeError {
  override readonly name: string = "WuyeMutationError";
  readonly error: E;
  readonly path: readonly string[];

  constructor(error: E, requestId?: string) {
    super({ code: error.code, message: error.message, messageZh: error.messageZh, requestId });
    this.error = error;
    this.path = error.path;
  }
}

/** An error of the client's own, with both messages from the catalogue. */
export function clientError<T extends WuyeError>(
  Kind: new (init: WuyeErrorInit) => T,
  code: ClientErrorCode,
  extra: Omit<WuyeErrorInit, "code" | "message" | "messageZh"> = {},
): T {
  const text = CLIENT_ERRORS[code];
  return new Kind({ ...extra, code, message: text.en, messageZh: text.zh });
}
