import { createParser, type EventSourceMessage } from "eventsource-parser";
import type { WuyeCore, WuyeRequestOptions } from "./core.ts";
import type { WuyeDocument } from "./document.ts";
import {
  clientError,
  type GraphQLErrorEntry,
  WuyeError,
  WuyeGraphQLError,
  WuyeNetworkError,
} from "./errors.ts";
import { sleep } from "./retry.ts";

export interface WuyeSubscribeOptions extends WuyeRequestOptions {
  /**
   * Reconnect when the stream drops before the server completes it, with the retry policy's
   * backoff (its `maxRetries` consecutive failures at most). Events published while disconnected
   * are not replayed: reload what matters after a reconnect. @default true
   */
  readonly reconnect?: boolean;
}

const SSE_ACCEPT = "text/event-stream";

/**
 * A subscription over Server-Sent Events, as graphql-yoga serves them ("distinct connections"
 * mode of the GraphQL over SSE protocol): a POST with `Accept: text/event-stream`, then `next`
 * events carrying results and a final `complete`. Read with `fetch` streaming, so it works in
 * browsers and Node 20 without an EventSource polyfill, and sends the same auth headers as every
 * other request. Leaving a `for await` loop, or aborting `signal`, closes the connection.
 */
export async function* subscribeOverSse<TResult, TVariables>(
  core: WuyeCore,
  document: WuyeDocument<TResult, TVariables>,
  variables: TVariables | undefined,
  options: WuyeSubscribeOptions = {},
): AsyncGenerator<TResult, void, undefined> {
  const operation = core.operation(document, options.operationName);
  const policy = core.retryPolicy(options.retry);
  let failures = 0;
  for (;;) {
    const connection = new AbortController();
    const stop = () => connection.abort(options.signal?.reason);
    options.signal?.addEventListener("abort", stop, { once: true });
    let dropped: WuyeError | undefined;
    try {
      const { response, requestId } = await core.send(
        operation,
        variables,
        { ...options, signal: connection.signal },
        SSE_ACCEPT,
      );
      if (!response.headers.get("content-type")?.includes(SSE_ACCEPT)) {
        // The server answered at once instead of streaming (a refused or malformed subscription).
        const body = (await response.json()) as { data?: unknown; errors?: GraphQLErrorEntry[] };
        if (body.errors?.length) throw new WuyeGraphQLError({ ...body, errors: body.errors, requestId });
        if (body.data != null) yield body.data as TResult;
        return;
      }
      core.log({ type: "subscription", operation: operation.name, state: "connected" });
      try {
        for await (const message of serverSentEvents(response.body)) {
          if (message.event === "complete") {
            core.log({ type: "subscription", operation: operation.name, state: "completed" });
            return;
          }
          if (message.event !== undefined && message.event !== "next") continue;
          const result = JSON.parse(message.data) as { data?: unknown; errors?: GraphQLErrorEntry[] };
          if (result.errors?.length) {
            throw new WuyeGraphQLError({ errors: result.errors, data: result.data, requestId });
          }
          failures = 0;
          yield result.data as TResult;
        }
        dropped = clientError(WuyeNetworkError, "CLIENT_NETWORK", { requestId });
      } catch (error) {
        if (error instanceof WuyeError) throw error;
        if (options.signal?.aborted) throw clientError(WuyeNetworkError, "CLIENT_ABORTED", { cause: error });
        dropped = clientError(WuyeNetworkError, "CLIENT_NETWORK", { cause: error, requestId });
      }
    } finally {
      options.signal?.removeEventListener("abort", stop);
      connection.abort();
    }
    if (options.reconnect === false || failures >= policy.maxRetries) {
      throw dropped ?? clientError(WuyeNetworkError, "CLIENT_NETWORK");
    }
    failures += 1;
    core.log({ type: "subscription", operation: operation.name, state: "reconnecting" });
    await sleep(core.backoff(failures, policy), options.signal);
  }
}

/** The events of a `text/event-stream` body; the framing is parsed by `eventsource-parser`. */
async function* serverSentEvents(
  body: ReadableStream<Uint8Array> | null,
): AsyncGenerator<EventSourceMessage> {
  if (!body) return;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const pending: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (message) => pending.push(message) });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.feed(decoder.decode(value, { stream: true }));
      while (pending.length > 0) yield pending.shift() as EventSourceMessage;
    }
  } finally {
    // Not awaited: closing the connection must not wait on the server.
    reader.cancel().catch(() => undefined);
  }
}
