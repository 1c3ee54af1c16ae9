import type { YogaInitialContext } from "graphql-yoga";
import type { Viewer } from "./auth/index.ts";
import type { Database } from "./db/index.ts";
import type { WuyePubSub } from "./pubsub/index.ts";
import type { AuthService } from "./services/auth.ts";

/**
 * The GraphQL context: who is asking and about the request. It deliberately holds no Prisma
 * client (Prisma's types in the context type slow the type checker down badly): resolvers and
 * the Prisma plugin reach the database through {@link servicesOf}.
 */
export interface WuyeContext extends YogaInitialContext {
  /** Echoed in the `X-Request-Id` response header and in logs. */
  readonly requestId: string;
  readonly viewer: Viewer;
  /** The client's address, for rate limits and the audit log. */
  readonly clientIp: string;
}

/** What a request can use besides its context: the database, auth, the clock. */
export interface WuyeServices {
  readonly db: Database;
  readonly auth: AuthService;
  /** The time domain rules are applied at (a fixed clock in tests). */
  now(): Date;
  /** Events for subscriptions (in memory, or shared through Redis between instances). */
  readonly pubsub: WuyePubSub;
}

const services = new WeakMap<object, WuyeServices>();

/** Attaches the services to a request's context (done once, by the server). */
export function bindServices(context: object, bound: WuyeServices): void {
  services.set(context, bound);
}

export function servicesOf(context: object): WuyeServices {
  const bound = services.get(context);
  if (!bound) throw new Error("no services are bound to this GraphQL context");
  return bound;
}

/** The Prisma client for a request (ledger and history models are append-only). */
export function prismaOf(context: object) {
  return servicesOf(context).db.prisma;
}
