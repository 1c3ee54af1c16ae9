import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/index.ts";
import { migratePostgres } from "../../src/db/migrate-postgres.ts";
import { createWuyeServer, type WuyeServer, type WuyeServerOptions } from "../../src/server/create-server.ts";
import { createScratchPostgres, onPostgres } from "./test-database.ts";

/**
 * The API over real HTTP for tests: a fresh migrated database (in-memory PGlite, or a scratch
 * PostgreSQL database when `DATABASE_URL` is set), every SQL statement Prisma sends recorded in
 * `sql` (the way Pothos' own tests log queries, so a test can assert how many statements an
 * operation causes), and the server on an ephemeral port.
 */
export interface TestApi {
  readonly url: string;
  readonly db: Database;
  readonly server: WuyeServer;
  /** SQL statements sent since the last `sql.length = 0`. */
  readonly sql: string[];
  /** POSTs a GraphQL document as JSON; `token` goes in `Authorization: Bearer`. */
  graphql<T = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface GraphQLResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly data?: T | null;
  readonly errors?: readonly {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown>;
  }[];
}

type QueryEvents = { $on(event: "query", listener: (event: { query: string }) => void): void };

async function openLoggedDatabase(): Promise<{ db: Database; dispose(): Promise<void> }> {
  const log = [{ emit: "event", level: "query" }] as const;
  if (!onPostgres) {
    const snapshot = inject("pgliteSnapshot");
    const pglite = snapshot
      ? await PGlite.create({ loadDataDir: new Blob([readFileSync(snapshot)]) })
      : await PGlite.create();
    const db = await openDatabase({ pglite, log: [...log] });
    return { db, dispose: () => db.close() };
  }
  const scratch = await createScratchPostgres();
  await migratePostgres(scratch.url);
  const db = await openDatabase({ url: scratch.url, log: [...log] });
  return {
    db,
    async dispose() {
      await db.close();
      await scratch.drop();
    },
  };
}

export async function startTestApi(
  options: Partial<Omit<WuyeServerOptions, "database">> = {},
): Promise<TestApi> {
  const { db, dispose } = await openLoggedDatabase();
  const sql: string[] = [];
  (db.prisma as unknown as QueryEvents).$on("query", (event) => {
    sql.push(event.query);
  });
  const server = createWuyeServer({
    database: db,
    logging: false,
    tokenSecret: "test-secret-that-is-long-enough-for-hs256-signing",
    ...options,
  });
  const { url } = await server.listen(0);
  return {
    url,
    db,
    server,
    sql,
    async graphql(query, { variables, token, headers } = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: GraphQLResponse<unknown>["errors"] };
      return { status: response.status, headers: response.headers, ...body } as GraphQLResponse<never>;
    },
    async close() {
      await server.close();
      await dispose();
    },
  };
}
