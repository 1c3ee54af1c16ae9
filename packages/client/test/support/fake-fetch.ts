/** What an injected fetch saw: each request's headers and JSON body. */
export interface SeenRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: { query: string; variables: Record<string, unknown>; operationName?: string };
}

type Step = Response | Error | ((request: SeenRequest) => Response | Error);

/**
 * A fetch that plays a script, one step per call (the last step repeats), and records what it was
 * sent: for testing retries, backoff and idempotency keys without a server.
 */
export function scriptedFetch(...steps: Step[]) {
  const requests: SeenRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request: SeenRequest = {
      url: String(input),
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: JSON.parse(String(init?.body)),
    };
    requests.push(request);
    if (init?.signal?.aborted) throw init.signal.reason;
    const step = steps[Math.min(requests.length, steps.length) - 1] as Step;
    const outcome = typeof step === "function" ? step(request) : step;
    if (outcome instanceof Error) throw outcome;
    if (outcome.headers.get("content-type") === "text/event-stream" && outcome.body) {
      // A stream is answered once; like a real fetch, aborting the signal breaks its body.
      const body = outcome.body.pipeThrough(
        new TransformStream(),
        init?.signal ? { signal: init.signal } : {},
      );
      return new Response(body, { status: outcome.status, headers: outcome.headers });
    }
    // A Response body can be read once: hand out a copy each time the step repeats.
    return outcome.clone();
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "content-type": "application/graphql-response+json",
      "x-request-id": "req-from-server",
      ...headers,
    },
  });
}

export function text(body: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { "content-type": "text/html", ...headers } });
}

/** `fetch` failing the way browsers and Node report a network error. */
export function networkDown(): TypeError {
  return new TypeError("fetch failed");
}
