import type { Plugin } from "graphql-yoga";
import type { Database } from "../db/index.ts";

export interface HealthOptions {
  /** @default "/health" */
  readonly path?: string;
  readonly database: Database;
}

/**
 * `GET /health`: 200 `{"status":"ok"}` when the database answers, 503 otherwise (a readiness
 * check for load balancers). Liveness without the database is yoga's own `/health/live`.
 */
export function useHealth(options: HealthOptions): Plugin {
  const path = options.path ?? "/health";
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      let database = "ok";
      try {
        await options.database.prisma.$queryRawUnsafe("SELECT 1");
      } catch {
        database = "unavailable";
      }
      const ok = database === "ok";
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({ status: ok ? "ok" : "unavailable", database, mode: options.database.mode }),
          {
            status: ok ? 200 : 503,
            headers: { "content-type": "application/json", "cache-control": "no-store" },
          },
        ),
      );
    },
  };
}
