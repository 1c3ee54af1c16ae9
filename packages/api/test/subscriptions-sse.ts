/**
 * A minimal GraphQL-over-SSE client for tests (the "distinct connections" mode graphql-yoga
 * serves at `/graphql` with `Accept: text/event-stream`): POST the subscription, then read
 * `event: next` / `event: complete` messages from the response body as they arrive.
 */

export interface SseMessage<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export interface SseSubscription<T> {
  /** The HTTP status of the stream's response. */
  readonly status: number;
  /** The next message; rejects after `timeoutMs` without one. */
  next(timeoutMs?: number): Promise<SseMessage<T>>;
  /** Every message that arrives within `ms` (none, usually, when asserting silence). */
  drain(ms: number): Promise<SseMessage<T>[]>;
  /** Whether the server ended the stream (`event: complete`). */
  readonly completed: boolean;
  close(): void;
}

export async function subscribe<T = Record<string, unknown>>(
  url: string,
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<SseSubscription<T>> {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: "POST",
    signal: controller.signal,
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const queue: SseMessage<T>[] = [];
  const waiters: ((message: SseMessage<T>) => void)[] = [];
  let completed = false;
  let buffer = "";
  let sawFirstChunk: () => void = () => {};
  const firstChunk = new Promise<void>((resolve) => {
    sawFirstChunk = resolve;
  });

  const deliver = (message: SseMessage<T>) => {
    const waiter = waiters.shift();
    if (waiter) waiter(message);
    else queue.push(message);
  };

  const pump = async () => {
    const reader = response.body?.getReader();
    if (!reader) return;
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        sawFirstChunk();
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split("\n");
          const event = lines
            .find((l) => l.startsWith("event:"))
            ?.slice(6)
            .trim();
          const data = lines
            .filter((l) => l.startsWith("data:"))
            .map((l) => l.slice(5).trim())
            .join("\n");
          if (event === "next" && data) deliver(JSON.parse(data) as SseMessage<T>);
          if (event === "complete") completed = true;
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // Aborted by close().
    } finally {
      sawFirstChunk();
    }
  };
  void pump();
  // The server opens every stream with a ping; once it is here, the subscription is listening.
  await firstChunk;

  return {
    status: response.status,
    get completed() {
      return completed;
    },
    next(timeoutMs = 10_000) {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const index = waiters.indexOf(settle);
          if (index >= 0) waiters.splice(index, 1);
          reject(new Error(`no subscription message within ${timeoutMs} ms`));
        }, timeoutMs);
        const settle = (message: SseMessage<T>) => {
          clearTimeout(timer);
          resolve(message);
        };
        waiters.push(settle);
      });
    },
    async drain(ms) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return queue.splice(0);
    },
    close() {
      controller.abort();
    },
  };
}
