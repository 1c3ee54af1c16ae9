import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../../../packages/api/src/db/index.ts";
import { DEMO_NOW } from "../../../../packages/api/src/seed/index.ts";
import { createWuyeServer } from "../../../../packages/api/src/server/create-server.ts";

/** The real API over HTTP on a free port, on its own copy of the seeded demo estate. */
export interface DemoApi {
  /** `http://127.0.0.1:<port>/graphql` */
  readonly url: string;
  readonly origin: string;
  readonly db: Database;
  close(): Promise<void>;
}

/**
 * Starts the API in this process, as `pnpm start` would but on the full demo estate, with its
 * clock running from the seed's "now" (so the seeded November bills are due, not long overdue).
 */
export async function startDemoApi(): Promise<DemoApi> {
  const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(inject("demoEstateSnapshot"))]) });
  const db = await openDatabase({ pglite, migrate: false });
  const offset = DEMO_NOW.getTime() - Date.now();
  const server = createWuyeServer({
    database: db,
    logging: false,
    tokenSecret: "owner-portal-example-test-secret-at-least-32-chars",
    now: () => new Date(Date.now() + offset),
  });
  const { url } = await server.listen(0);
  return {
    url,
    origin: new URL(url).origin,
    db,
    async close() {
      await server.close();
      await db.close();
    },
  };
}
