import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  backoffDelay,
  createWuyeClient,
  DEFAULT_RETRY,
  parseRetryAfter,
  WuyeGraphQLError,
  WuyeHttpError,
  type WuyeLogEvent,
  WuyeNetworkError,
  WuyeRateLimitError,
} from "../src/index.ts";
import { json, networkDown, scriptedFetch, text } from "./support/fake-fetch.ts";

const VIEWER = "query Me { viewer { role } }";
const OK = json({ data: { viewer: { role: "manager" } } });
const MUTATION = "mutation Touch($input: TouchInput!) { touch(input: $input) { __typename } }";

function clientWith(fetch: typeof globalThis.fetch, events: WuyeLogEvent[] = []) {
  // Jitter pinned to its middle, so every wait is exactly 3/4 of the nominal one.
  return createWuyeClient({
    url: "https://wuye.test/graphql",
    fetch,
    random: () => 0.5,
    logger: (e) => events.push(e),
  });
}

const waits = (events: WuyeLogEvent[]) => events.flatMap((e) => (e.type === "retry" ? [e.delayMs] : []));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("backoff", () => {
  it("doubles from the base, is capped, and keeps between half and all of the nominal wait", () => {
    const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, () => 0.999999))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, () => 0))).toEqual([50, 100, 200, 400, 500]);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2026-03-01T00:00:00Z");
    expect(parseRetryAfter("7", now)).toBe(7000);
    expect(parseRetryAfter("Sun, 01 Mar 2026 00:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("queries are retried on transient failures", () => {
  it("503 then 502 then success: two waits with exponential backoff", async () => {
    const events: WuyeLogEvent[] = [];
    const { fetch, requests } = scriptedFetch(text("busy", 503), text("bad gateway", 502), OK);
    const pending = clientWith(fetch, events).request(VIEWER);
    await vi.advanceTimersByTimeAsync(374);
    expect(requests).toHaveLength(1); // first wait: 3/4 of 500 ms
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(750);
    await expect(pending).resolves.toEqual({ viewer: { role: "manager" } });
    expect(waits(events)).toEqual([375, 750]);
    expect(events.filter((e) => e.type === "retry").map((e) => e.type === "retry" && e.reason)).toEqual([
      "503",
      "502",
    ]);
    // Each attempt has its own request id.
    expect(new Set(requests.map((r) => r.headers["x-request-id"])).size).toBe(3);
  });

  it("a network failure is retried, and after the last retry thrown as WuyeNetworkError", async () => {
    const { fetch, requests } = scriptedFetch(networkDown());
    const pending = clientWith(fetch)
      .request(VIEWER)
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await pending;
    expect(error).toBeInstanceOf(WuyeNetworkError);
    expect(error).toMatchObject({ code: "CLIENT_NETWORK", messageZh: "无法连接服务器" });
    expect(requests).toHaveLength(1 + DEFAULT_RETRY.maxRetries);
  });

  it("honours Retry-After on 429 instead of its own backoff", async () => {
    const events: WuyeLogEvent[] = [];
    const { fetch, requests } = scriptedFetch(
      json({ errors: [{ message: "slow down" }] }, 429, { "retry-after": "3" }),
      OK,
    );
    const pending = clientWith(fetch, events).request(VIEWER);
    await vi.advanceTimersByTimeAsync(2999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toBeTruthy();
    expect(waits(events)).toEqual([3000]);
  });

  it("a Retry-After longer than the limit is not waited for: WuyeRateLimitError at once", async () => {
    const { fetch, requests } = scriptedFetch(
      json({ errors: [{ message: "later" }] }, 429, { "retry-after": "3600" }),
    );
    const error = await clientWith(fetch)
      .request(VIEWER)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WuyeRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000, requestId: "req-from-server" });
    expect(requests).toHaveLength(1);
  });

  it("never retries another 4xx, nor a 500 the API has already logged", async () => {
    for (const [response, Kind] of [
      [
        json({ errors: [{ message: "bad", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] }, 400),
        WuyeGraphQLError,
      ],
      [text("forbidden", 403), WuyeHttpError],
      [text("oops", 500), WuyeHttpError],
    ] as const) {
      const { fetch, requests } = scriptedFetch(response, OK);
      await expect(clientWith(fetch).request(VIEWER)).rejects.toBeInstanceOf(Kind);
      expect(requests).toHaveLength(1);
    }
  });

  it("the retry policy can be turned off per client or per request", async () => {
    const off = scriptedFetch(text("busy", 503), OK);
    await expect(
      createWuyeClient({ url: "https://wuye.test/graphql", fetch: off.fetch, retry: false }).request(VIEWER),
    ).rejects.toMatchObject({ code: "CLIENT_HTTP", status: 503 });
    const once = scriptedFetch(text("busy", 503), OK);
    await expect(
      clientWith(once.fetch).request(VIEWER, {}, { retry: { maxRetries: 0 } }),
    ).rejects.toBeInstanceOf(WuyeHttpError);
    expect([off.requests.length, once.requests.length]).toEqual([1, 1]);
  });

  it("aborting stops the wait between attempts", async () => {
    const { fetch, requests } = scriptedFetch(text("busy", 503), OK);
    const controller = new AbortController();
    const pending = clientWith(fetch)
      .request(VIEWER, {}, { signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await pending).toMatchObject({ name: "WuyeNetworkError", code: "CLIENT_ABORTED" });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(requests).toHaveLength(1);
  });
});

describe("mutations are retried only with an idempotency key", () => {
  it("without one, a 503 is thrown at once: the first attempt may have acted", async () => {
    const { fetch, requests } = scriptedFetch(
      text("busy", 503),
      json({ data: { touch: { __typename: "X" } } }),
    );
    await expect(clientWith(fetch).request(MUTATION, { input: {} })).rejects.toMatchObject({ status: 503 });
    expect(requests).toHaveLength(1);
  });

  it("with one, it is retried and every attempt carries the same key", async () => {
    const { fetch, requests } = scriptedFetch(
      networkDown(),
      text("busy", 503),
      json({ data: { touch: { __typename: "TouchPayload" } } }),
    );
    const pending = clientWith(fetch).request(MUTATION, { input: {} }, { idempotencyKey: "key-1" });
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(pending).resolves.toEqual({ touch: { __typename: "TouchPayload" } });
    expect(requests.map((r) => r.headers["idempotency-key"])).toEqual(["key-1", "key-1", "key-1"]);
  });
});
