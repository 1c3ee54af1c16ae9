import { afterEach, describe, expect, it, vi } from "vitest";
import { createWuyeClient, WuyeGraphQLError, type WuyeLogEvent, WuyeNetworkError } from "../src/index.ts";
import { eventStream } from "./support/event-stream.ts";
import { json, networkDown, scriptedFetch } from "./support/fake-fetch.ts";

const ON_CHANGE = "subscription OnChange($id: ID!) { changed(id: $id) { status } }";

function clientWith(fetch: typeof globalThis.fetch, events: WuyeLogEvent[] = []) {
  return createWuyeClient({
    url: "https://wuye.test/graphql",
    fetch,
    random: () => 0.5,
    logger: (e) => events.push(e),
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe("subscriptions over server-sent events", () => {
  it("POSTs with Accept: text/event-stream and yields each `next` until `complete`", async () => {
    const stream = eventStream();
    const { fetch, requests } = scriptedFetch(stream.response);
    const iterator = clientWith(fetch).subscribe(ON_CHANGE, { id: "C1" });
    const first = iterator.next();
    // A ping comment, then an event split across chunks in awkward places.
    stream.write(":\n\n");
    stream.write('event: next\ndata: {"data":{"changed"');
    stream.write(':{"status":"classified"}}}\n');
    stream.write("\n");
    expect(await first).toEqual({ done: false, value: { changed: { status: "classified" } } });
    stream.next({ data: { changed: { status: "assigned" } } });
    stream.complete();
    const rest = [];
    for await (const value of iterator) rest.push(value);
    expect(rest).toEqual([{ changed: { status: "assigned" } }]);
    expect(requests[0]?.headers.accept).toBe("text/event-stream");
    expect(requests[0]?.body).toMatchObject({ operationName: "OnChange", variables: { id: "C1" } });
  });

  it("leaving the loop closes the connection", async () => {
    const stream = eventStream();
    const { fetch } = scriptedFetch(stream.response);
    const events: WuyeLogEvent[] = [];
    stream.next({ data: { changed: { status: "received" } } });
    for await (const value of clientWith(fetch, events).subscribe(ON_CHANGE, { id: "C1" })) {
      expect(value).toEqual({ changed: { status: "received" } });
      break;
    }
    expect(stream.cancelled).toBe(true);
  });

  it("an error event is thrown as WuyeGraphQLError with its code", async () => {
    const stream = eventStream();
    const { fetch } = scriptedFetch(stream.response);
    stream.next({
      errors: [{ message: "Log in first", extensions: { code: "AUTH_REQUIRED", messageZh: "请先登录" } }],
    });
    const iterator = clientWith(fetch).subscribe(ON_CHANGE, { id: "C1" });
    const error = await iterator.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WuyeGraphQLError);
    expect(error).toMatchObject({ code: "AUTH_REQUIRED", messageZh: "请先登录", requestId: "sse-request" });
  });

  it("a refusal answered as JSON instead of a stream is thrown too", async () => {
    const { fetch } = scriptedFetch(
      json({ errors: [{ message: "no", extensions: { code: "API_FORBIDDEN" } }] }),
    );
    await expect(clientWith(fetch).subscribe(ON_CHANGE, { id: "C1" }).next()).rejects.toMatchObject({
      code: "API_FORBIDDEN",
    });
  });

  it("a dropped stream reconnects with backoff and goes on", async () => {
    vi.useFakeTimers();
    const broken = eventStream();
    const resumed = eventStream();
    const events: WuyeLogEvent[] = [];
    const { fetch, requests } = scriptedFetch(broken.response, networkDown(), resumed.response);
    const iterator = clientWith(fetch, events).subscribe(ON_CHANGE, { id: "C1" });
    broken.next({ data: { changed: { status: "classified" } } });
    expect((await iterator.next()).value).toEqual({ changed: { status: "classified" } });
    broken.fail(new TypeError("terminated"));
    const next = iterator.next();
    await vi.advanceTimersByTimeAsync(10_000);
    resumed.next({ data: { changed: { status: "assigned" } } });
    expect((await next).value).toEqual({ changed: { status: "assigned" } });
    expect(requests).toHaveLength(3);
    expect(
      events.filter((e) => e.type === "subscription").map((e) => e.type === "subscription" && e.state),
    ).toEqual(["connected", "reconnecting", "connected"]);
    await iterator.return();
  });

  it("gives up after the retry policy's consecutive failures, or at once with reconnect: false", async () => {
    const stream = eventStream();
    const { fetch } = scriptedFetch(stream.response);
    stream.end();
    const iterator = clientWith(fetch).subscribe(ON_CHANGE, { id: "C1" }, { reconnect: false });
    await expect(iterator.next()).rejects.toBeInstanceOf(WuyeNetworkError);
  });

  it("an abort signal ends a subscription that is waiting for its next event", async () => {
    const stream = eventStream();
    const { fetch } = scriptedFetch(stream.response);
    const controller = new AbortController();
    const iterator = clientWith(fetch).subscribe(ON_CHANGE, { id: "C1" }, { signal: controller.signal });
    const waiting = iterator.next().catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect(await waiting).toMatchObject({ code: "CLIENT_ABORTED" });
  });
});
