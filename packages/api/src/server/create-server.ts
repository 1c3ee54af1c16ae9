import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import {
  AccessTokens,
  LoginRateLimiter,
  type LoginRateLimitOptions,
  loadTokenSecret,
} from "../auth/index.ts";
import type { WuyeContext, WuyeServices } from "../context.ts";
import type { Database } from "../db/index.ts";
import { createWuyeEvents } from "../pubsub/index.ts";
import { schema } from "../schema/index.ts";
import { AuthService } from "../services/auth.ts";
import { type ComplaintEscalationTimer, startComplaintEscalation } from "./complaint-escalation-timer.ts";
import { createMaskError } from "./mask-error.ts";
import { useAuditLog } from "./use-audit-log.ts";
import { useAuthentication } from "./use-authentication.ts";
import { useHealth } from "./use-health.ts";
import { useRequestId } from "./use-request-id.ts";
import { type SecurityLimits, useSecurity } from "./use-security.ts";

export interface WuyeServerOptions {
  /** An open database (`openDatabase()`); the caller closes it after the server. */
  readonly database: Database;
  /**
   * Redis for state shared by every instance: login rate limits and subscription events.
   * @default process.env.REDIS_URL; in memory when unset
   */
  readonly redisUrl?: string;
  /** @default process.env.WUYE_TOKEN_SECRET, else generated into `dataDir`, else random */
  readonly tokenSecret?: string;
  /** Where the embedded demo keeps its generated token secret. */
  readonly dataDir?: string;
  /** The clock rules and tokens use. @default () => new Date() */
  readonly now?: () => Date;
  /** GraphiQL at `/graphql` in a browser. @default NODE_ENV !== "production" */
  readonly graphiql?: boolean;
  /** Trust `X-Forwarded-For` (behind a proxy only). @default false */
  readonly trustProxy?: boolean;
  readonly limits?: SecurityLimits;
  readonly loginRateLimit?: Omit<LoginRateLimitOptions, "redisUrl">;
  /**
   * How often open complaints are re-evaluated for the one-week escalation (R-CMP-3), in
   * milliseconds; off when unset or 0 (`pnpm start` sets it from `WUYE_COMPLAINT_SWEEP_MINUTES`).
   */
  readonly complaintEscalationIntervalMs?: number;
  /** yoga's logging. @default "info" */
  readonly logging?: boolean | "debug" | "info" | "warn" | "error";
}

export interface WuyeServer {
  readonly yoga: YogaServerInstance<Record<string, unknown>, WuyeContext>;
  readonly http: Server;
  /** Starts listening (port 0: any free port) and returns the GraphQL endpoint's URL. */
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  /** The complaint escalation timer, when `complaintEscalationIntervalMs` started one. */
  readonly complaintEscalation: ComplaintEscalationTimer | undefined;
  /** Stops accepting requests and releases the server's own resources (not the database). */
  close(): Promise<void>;
}

/**
 * The API server: graphql-yoga on a Node http server, serving `/graphql` (GraphiQL outside
 * production) and `/health`, with one plugin per concern — request ids, authentication, query
 * limits, CSRF prevention, masked errors.
 */
export function createWuyeServer(options: WuyeServerOptions): WuyeServer {
  const production = process.env.NODE_ENV === "production";
  const now = options.now ?? (() => new Date());
  const limiter = new LoginRateLimiter({
    ...options.loginRateLimit,
    ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
  });
  const accessTokens = new AccessTokens(
    loadTokenSecret({
      ...(options.tokenSecret ? { secret: options.tokenSecret } : {}),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    }),
  );
  const events = createWuyeEvents(options.redisUrl ? { redisUrl: options.redisUrl } : {});
  const services: WuyeServices = {
    db: options.database,
    auth: new AuthService(options.database.prisma, accessTokens, limiter),
    now,
    pubsub: events.pubsub,
  };

  const yoga = createYoga<Record<string, unknown>, WuyeContext>({
    schema,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health/live",
    landingPage: false,
    graphiql: options.graphiql ?? !production,
    logging: options.logging ?? "info",
    maskedErrors: { maskError: createMaskError(options.logging === false ? { error() {} } : console) },
    plugins: [
      useRequestId(),
      useHealth({ database: options.database }),
      // Only JSON POSTs (which a browser preflights) or requests with this header are executed.
      useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf", "x-wuye-csrf"] }),
      useSecurity(options.limits),
      useAuthentication({ services, ...(options.trustProxy ? { trustProxy: true } : {}) }),
      useAuditLog(),
    ],
  });
  const http = createServer(yoga);
  const complaintEscalation = options.complaintEscalationIntervalMs
    ? startComplaintEscalation(services, {
        intervalMs: options.complaintEscalationIntervalMs,
        ...(options.logging === false ? { log: { error() {} } } : {}),
      })
    : undefined;

  return {
    yoga,
    http,
    complaintEscalation,
    listen(port = 4000, host = "127.0.0.1") {
      return new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen(port, host, () => {
          const address = http.address() as AddressInfo;
          resolve({ url: `http://${host}:${address.port}/graphql`, port: address.port });
        });
      });
    },
    async close() {
      await new Promise<void>((resolve) => {
        if (!http.listening) return resolve();
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await complaintEscalation?.stop();
      await limiter.close();
      await events.close();
    },
  };
}
