import { clientError, WuyeNetworkError } from "./errors.ts";

/** When and how long the client waits before trying a request again. */
export interface RetryOptions {
  /** Retries after the first attempt; 0 turns retrying off. @default 2 */
  readonly maxRetries?: number;
  /** The first retry's nominal wait; each next one doubles it. @default 500 */
  readonly baseDelayMs?: number;
  /** No nominal wait is longer than this. @default 8000 */
  readonly maxDelayMs?: number;
  /**
   * A server's `Retry-After` longer than this is not waited for: the error is thrown at once so the
   * caller can decide. @default 60000
   */
  readonly maxRetryAfterMs?: number;
}

export const DEFAULT_RETRY: Required<RetryOptions> = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};

/**
 * Statuses worth another try: 429 (too many requests) and the gateway's 502, 503, 504. Every
 * other 4xx means the request itself is wrong, and a 500 from the API is an error it has logged;
 * repeating either would only repeat the answer.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

/**
 * The wait before retry number `retry` (1 for the first): exponential backoff, capped, with
 * "equal jitter" — half the nominal wait plus a random part of the other half — so many clients
 * failing together do not come back together, yet none retries at once.
 */
export function backoffDelay(
  retry: number,
  policy: Required<RetryOptions>,
  random: () => number = Math.random,
): number {
  const nominal = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(nominal / 2 + random() * (nominal / 2));
}

/** `Retry-After` in milliseconds: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Waits `ms`, or rejects with `CLIENT_ABORTED` as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted)
      return reject(clientError(WuyeNetworkError, "CLIENT_ABORTED", { cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(clientError(WuyeNetworkError, "CLIENT_ABORTED", { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
