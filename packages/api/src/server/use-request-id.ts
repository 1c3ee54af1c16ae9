import { randomUUID } from "node:crypto";
import type { Plugin } from "graphql-yoga";

const requestIds = new WeakMap<Request, string>();
/** A caller's own id is kept when it looks like one (letters, digits, `-`, `_`, up to 100). */
const ACCEPTED = /^[A-Za-z0-9_-]{1,100}$/;

/** The request's id: the client's `X-Request-Id` when well-formed, else a new UUID. */
export function requestIdOf(request: Request): string {
  let id = requestIds.get(request);
  if (!id) {
    const given = request.headers.get("x-request-id");
    id = given && ACCEPTED.test(given) ? given : randomUUID();
    requestIds.set(request, id);
  }
  return id;
}

/**
 * Request ids: every response carries `X-Request-Id` (the same id is in the context and in the
 * log line of any unexpected error), so a user's report can be matched with the server's log.
 */
export function useRequestId(): Plugin {
  return {
    onResponse({ request, response }) {
      response.headers.set("x-request-id", requestIdOf(request));
    },
  };
}
