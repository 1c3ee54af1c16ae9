import { AuthRefreshDocument } from "../generated/graphql.ts";
import {
  type AnyWuyeDocument,
  type DocumentPrinter,
  documentText,
  type OperationInfo,
  operationInfo,
  type WuyeDocument,
} from "./document.ts";
import {
  CLIENT_ERRORS,
  clientError,
  type GraphQLErrorEntry,
  WuyeAuthError,
  type WuyeError,
  WuyeGraphQLError,
  WuyeHttpError,
  WuyeNetworkError,
  WuyeRateLimitError,
} from "./errors.ts";
import type { WuyeLogEvent, WuyeLogger } from "./log.ts";
import {
  backoffDelay,
  DEFAULT_RETRY,
  isRetryableStatus,
  parseRetryAfter,
  type RetryOptions,
  sleep,
} from "./retry.ts";
import { memoryTokenStorage, SessionManager, type TokenStorage, type WuyeSession } from "./session.ts";

export interface WuyeClientOptions {
  /** The GraphQL endpoint, e.g. `https://wuye.example.com/graphql`. */
  readonly url: string | URL;
  /** @default globalThis.fetch — inject one for tests, proxies or instrumentation */
  readonly fetch?: typeof fetch;
  /**
   * A partner's API key (`wyk_…`), sent as `Authorization: Bearer`. With a key there is no session:
   * no login, no refresh.
   */
  readonly apiKey?: string;
  /** Where the signed-in session is kept. @default in memory ({@link memoryTokenStorage}) */
  readonly tokenStorage?: TokenStorage;
  /** Refresh the access token this long before it expires. @default 30000 */
  readonly refreshMarginMs?: number;
  /** Retry policy for requests that are safe to repeat; `false` never retries. @default DEFAULT_RETRY */
  readonly retry?: RetryOptions | false;
  /** Headers added to every request, fixed or computed per request. */
  readonly headers?: Readonly<Record<string, string>> | (() => Readonly<Record<string, string>>);
  /** Receives every {@link WuyeLogEvent}. @default none */
  readonly logger?: WuyeLogger;
  /** Prints parsed documents that carry no source text (pass graphql's `print`). @default none */
  readonly print?: DocumentPrinter;
  /** The client's clock, in ms. @default Date.now */
  readonly clock?: () => number;
  /** A number in [0, 1) for retry jitter. @default Math.random */
  readonly random?: () => number;
  /** Makes request ids and idempotency keys. @default crypto.randomUUID */
  readonly uuid?: () => string;
}

/** Options for one request. */
export interface WuyeRequestOptions {
  /** Which operation of a document with several. */
  readonly operationName?: string;
  /** Cancels the request, its retries and their waits. */
  readonly signal?: AbortSignal;
  /**
   * Sent as `Idempotency-Key`. A mutation is retried only when it carries one, since the API then
   * answers a repeat with the first result instead of acting twice. Money mutations get one
   * automatically, reused across the retries of one call.
   */
  readonly idempotencyKey?: string;
  /** Send no credentials (login and refresh, which must work with an expired token). */
  readonly anonymous?: boolean;
  /** Overrides the client's retry policy for this request. */
  readonly retry?: RetryOptions | false;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A successful answer: the data and the response's request id. */
export interface WuyeResponse<T> {
  readonly data: T;
  readonly requestId: string | undefined;
}

interface SentRequest {
  readonly response: Response;
  readonly requestId: string;
}

const JSON_ACCEPT = "application/graphql-response+json, application/json";

/**
 * The transport every resource shares: one POST per attempt with `fetch`, the session's access
 * token or the API key, retries with backoff where repeating is safe, a single refresh when the
 * token is refused, and typed errors. Resources and `client.request` are thin layers over it.
 */
export class WuyeCore {
  readonly url: string;
  readonly sessions: SessionManager;
  readonly #options: WuyeClientOptions;
  readonly #fetch: typeof fetch;
  readonly clock: () => number;
  readonly uuid: () => string;

  constructor(options: WuyeClientOptions) {
    this.#options = options;
    this.url = String(options.url);
    // Bound: some browsers refuse a fetch called with another `this`.
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.clock = options.clock ?? Date.now;
    this.uuid = options.uuid ?? (() => crypto.randomUUID());
    this.sessions = new SessionManager({
      storage: options.tokenStorage ?? memoryTokenStorage(),
      refresh: (refreshToken) => this.#refreshSession(refreshToken),
      clock: this.clock,
      marginMs: options.refreshMarginMs ?? 30_000,
      log: (event) => this.log(event),
    });
  }

  log(event: WuyeLogEvent): void {
    this.#options.logger?.(event);
  }

  /** The document's text, kind and operation name. */
  operation(document: AnyWuyeDocument, operationName?: string): OperationInfo {
    return operationInfo(documentText(document, this.#options.print), operationName);
  }

  /** The retry policy of one request: the client's, overridden by the request's. */
  retryPolicy(request?: RetryOptions | false): Required<RetryOptions> {
    const client = this.#options.retry;
    if (client === false || request === false) return { ...DEFAULT_RETRY, maxRetries: 0 };
    return { ...DEFAULT_RETRY, ...client, ...request };
  }

  /** The jittered wait before retry number `retry`. */
  backoff(retry: number, policy: Required<RetryOptions>): number {
    return backoffDelay(retry, policy, this.#options.random);
  }

  /** Runs a query or mutation and returns its data; GraphQL `errors` are thrown as {@link WuyeGraphQLError}. */
  async execute<TResult, TVariables>(
    document: WuyeDocument<TResult, TVariables>,
    variables?: TVariables,
    options: WuyeRequestOptions = {},
  ): Promise<WuyeResponse<TResult>> {
    const operation = this.operation(document, options.operationName);
    const { response, requestId } = await this.send(operation, variables, options, JSON_ACCEPT);
    const body = await readGraphQLBody(response, requestId);
    if (body.errors?.length) {
      throw new WuyeGraphQLError({
        errors: body.errors,
        data: body.data,
        status: response.status,
        requestId,
      });
    }
    if (body.data === undefined || body.data === null) {
      throw clientError(WuyeHttpError, "CLIENT_BAD_RESPONSE", { status: response.status, requestId });
    }
    return { data: body.data as TResult, requestId };
  }

  /**
   * Sends one operation until it gets a 2xx answer, and returns that response unread. Retries
   * network failures, 429 and gateway errors with backoff (honouring `Retry-After`) when the
   * operation is safe to repeat: a query or subscription, or a mutation with an idempotency key.
   * A refused access token is refreshed once and the request sent again (it was not executed).
   */
  async send(
    operation: OperationInfo,
    variables: unknown,
    options: WuyeRequestOptions,
    accept: string,
  ): Promise<SentRequest> {
    const policy = this.retryPolicy(options.retry);
    const safe = operation.kind !== "mutation" || options.idempotencyKey !== undefined;
    const body = JSON.stringify({
      query: operation.text,
      variables: variables ?? {},
      ...(operation.name ? { operationName: operation.name } : {}),
    });
    let retries = 0;
    let refreshed = false;
    for (;;) {
      const requestId = this.uuid();
      const credential = options.anonymous ? undefined : await this.#credential();
      const headers: Record<string, string> = {
        ...this.#extraHeaders(),
        ...options.headers,
        "content-type": "application/json",
        accept,
        "x-request-id": requestId,
      };
      if (credential) headers.authorization = `Bearer ${credential}`;
      if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
      const started = this.clock();
      this.log({
        type: "request",
        operation: operation.name,
        kind: operation.kind,
        attempt: retries + 1,
        requestId,
      });

      let response: Response;
      try {
        response = await this.#fetch(this.url, {
          method: "POST",
          headers,
          body,
          ...(options.signal ? { signal: options.signal } : {}),
        });
      } catch (cause) {
        if (options.signal?.aborted)
          throw clientError(WuyeNetworkError, "CLIENT_ABORTED", { cause, requestId });
        const error = clientError(WuyeNetworkError, "CLIENT_NETWORK", { cause, requestId });
        if (!safe || retries >= policy.maxRetries) throw error;
        retries += 1;
        await this.#wait(operation, retries, this.backoff(retries, policy), error.code, options);
        continue;
      }

      const responseId = response.headers.get("x-request-id") ?? requestId;
      this.log({
        type: "response",
        operation: operation.name,
        status: response.status,
        durationMs: this.clock() - started,
        requestId: responseId,
      });
      if (response.ok) return { response, requestId: responseId };

      if (response.status === 401 && credential && !this.#options.apiKey && !refreshed) {
        refreshed = true;
        await response.body?.cancel();
        await this.sessions.refresh(credential, "rejected");
        continue;
      }
      const failure = await errorOfResponse(response, responseId, this.clock());
      if (safe && isRetryableStatus(response.status) && retries < policy.maxRetries) {
        const hinted = parseRetryAfter(response.headers.get("retry-after"), this.clock());
        if (hinted === undefined || hinted <= policy.maxRetryAfterMs) {
          retries += 1;
          const delay = hinted ?? this.backoff(retries, policy);
          await this.#wait(operation, retries, delay, String(response.status), options);
          continue;
        }
      }
      throw failure;
    }
  }

  async #wait(
    operation: OperationInfo,
    retry: number,
    delayMs: number,
    reason: string,
    options: WuyeRequestOptions,
  ): Promise<void> {
    this.log({ type: "retry", operation: operation.name, retry, delayMs, reason });
    await sleep(delayMs, options.signal);
  }

  async #credential(): Promise<string | undefined> {
    return this.#options.apiKey ?? this.sessions.accessToken();
  }

  #extraHeaders(): Readonly<Record<string, string>> {
    const { headers } = this.#options;
    return typeof headers === "function" ? headers() : (headers ?? {});
  }

  /** `authRefresh`, sent without the (expired) access token and never retried: it spends the token. */
  async #refreshSession(refreshToken: string): Promise<WuyeSession> {
    const { data, requestId } = await this.execute(
      AuthRefreshDocument,
      { input: { refreshToken } },
      { anonymous: true },
    );
    const result = data.authRefresh;
    if (result.__typename === "AuthSessionPayload" && result.accessToken && result.refreshToken) {
      return {
        accessToken: result.accessToken,
        refreshToken: result.refreshToken,
        accessTokenExpiresAt: result.accessTokenExpiresAt,
        refreshTokenExpiresAt: result.refreshTokenExpiresAt,
      };
    }
    const error = result as { code?: string; message?: string; messageZh?: string };
    throw new WuyeAuthError({
      code: error.code ?? "AUTH_REFRESH_TOKEN_INVALID",
      message: error.message ?? CLIENT_ERRORS.CLIENT_UNAUTHORIZED.en,
      messageZh: error.messageZh ?? CLIENT_ERRORS.CLIENT_UNAUTHORIZED.zh,
      requestId,
    });
  }
}

interface GraphQLBody {
  readonly data?: unknown;
  readonly errors?: readonly GraphQLErrorEntry[];
}

/** The response's JSON body; anything else is `CLIENT_BAD_RESPONSE`. */
async function readGraphQLBody(response: Response, requestId: string): Promise<GraphQLBody> {
  try {
    const body = (await response.json()) as GraphQLBody | null;
    if (typeof body === "object" && body !== null) return body;
  } catch {
    // fall through: not JSON
  }
  throw clientError(WuyeHttpError, "CLIENT_BAD_RESPONSE", { status: response.status, requestId });
}

/** The typed error for a non-2xx response, from its GraphQL body when it has one. */
async function errorOfResponse(response: Response, requestId: string, now: number): Promise<WuyeError> {
  const { status } = response;
  let errors: readonly GraphQLErrorEntry[] | undefined;
  try {
    const body = (await response.json()) as GraphQLBody | null;
    if (Array.isArray(body?.errors) && body.errors.length > 0) errors = body.errors;
  } catch {
    errors = undefined;
  }
  const first = errors?.[0];
  if (status === 401) {
    return new WuyeAuthError({
      code: first?.extensions?.code ?? "AUTH_TOKEN_INVALID",
      message: first?.message ?? CLIENT_ERRORS.CLIENT_UNAUTHORIZED.en,
      messageZh: first?.extensions?.messageZh ?? CLIENT_ERRORS.CLIENT_UNAUTHORIZED.zh,
      status,
      requestId,
    });
  }
  if (status === 429) {
    return new WuyeRateLimitError({
      code: first?.extensions?.code ?? "CLIENT_RATE_LIMITED",
      message: first?.message ?? CLIENT_ERRORS.CLIENT_RATE_LIMITED.en,
      messageZh: first?.extensions?.messageZh ?? CLIENT_ERRORS.CLIENT_RATE_LIMITED.zh,
      status,
      requestId,
      retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), now),
    });
  }
  if (errors) return new WuyeGraphQLError({ errors, status, requestId });
  return clientError(WuyeHttpError, "CLIENT_HTTP", { status, requestId });
}
