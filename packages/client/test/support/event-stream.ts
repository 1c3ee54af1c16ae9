/** A `text/event-stream` response the test writes to, chunk by chunk, and can break or end. */
export function eventStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled = false;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      cancelled = true;
    },
  });
  return {
    response: new Response(body, {
      status: 200,
      headers: { "content-type": "text/event-stream", "x-request-id": "sse-request" },
    }),
    /** Raw text, split however the test likes (the parser must cope with any split). */
    write(chunk: string) {
      controller.enqueue(encoder.encode(chunk));
    },
    next(result: unknown) {
      controller.enqueue(encoder.encode(`event: next\ndata: ${JSON.stringify(result)}\n\n`));
    },
    complete() {
      controller.enqueue(encoder.encode("event: complete\ndata:\n\n"));
      controller.close();
    },
    /** The connection ends without `complete`, as when a server restarts. */
    end() {
      controller.close();
    },
    fail(error: Error) {
      controller.error(error);
    },
    get cancelled() {
      return cancelled;
    },
  };
}
