import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../../api/src/db/index.ts";
import { createWuyeServer, type WuyeServerOptions } from "../../../api/src/server/create-server.ts";

/** A clock the test moves: the API's rules and tokens read it. */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function testClock(start = new Date()): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
  };
}

/** The real API over HTTP on an ephemeral port, on an embedded database of its own. */
export interface ApiServer {
  readonly url: string;
  readonly db: Database;
  readonly clock: TestClock;
  close(): Promise<void>;
}

export async function startApiServer(
  options: Partial<Omit<WuyeServerOptions, "database" | "now">> & { readonly startAt?: Date } = {},
): Promise<ApiServer> {
  const { startAt, ...serverOptions } = options;
  const snapshot = inject("clientPgliteSnapshot");
  const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(snapshot)]) });
  const db = await openDatabase({ pglite });
  const clock = testClock(startAt);
  const server = createWuyeServer({
    database: db,
    logging: false,
    tokenSecret: "client-test-secret-that-is-long-enough-for-hs256",
    now: clock.now,
    ...serverOptions,
  });
  const { url } = await server.listen(0);
  return {
    url,
    db,
    clock,
    async close() {
      await server.close();
      await db.close();
    },
  };
}
