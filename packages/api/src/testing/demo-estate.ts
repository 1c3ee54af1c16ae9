import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import type { TestProject } from "vitest/node";
import { type Database, openDatabase } from "../db/index.ts";
import { DEMO_NOW, seedDemoEstate } from "../seed/index.ts";
import { createWuyeServer } from "../server/create-server.ts";

/**
 * The demo estate for the examples' tests: the real API over HTTP on a copy of what `pnpm start`
 * seeds. A Vitest global setup migrates and seeds once and snapshots the data folder; each test
 * then starts its API from the snapshot in a second or two.
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** A tarball of a PGlite data folder, migrated and seeded with the demo estate. */
    demoEstateSnapshot: string;
  }
}

/** The smallest demo estate the seed makes: enough bills and arrears for several pages. */
export const DEMO_UNITS = 100;

const repo = new URL("../../../../", import.meta.url).pathname;

/** Everything the snapshot is made from: the migrations, the seed and the domain it computes with. */
function sourcesKey(): string {
  const hash = createHash("sha256").update(`units=${DEMO_UNITS}\n`);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "__tests__") walk(path);
      } else if (/\.(ts|sql)$/.test(entry.name)) {
        hash.update(`${path}\n`).update(readFileSync(path));
      }
    }
  };
  for (const dir of ["prisma/migrations", "packages/api/src/seed", "packages/domain/src"])
    walk(join(repo, dir));
  return hash.digest("hex").slice(0, 16);
}

/**
 * The global setup (`globalSetup` in a Vitest project): migrating and seeding takes the better
 * part of a minute on a small machine, so the snapshot is cached in the temp folder while its
 * sources stay the same, and shared by every project that uses it.
 */
export async function provideDemoEstateSnapshot(project: TestProject): Promise<void> {
  const path = join(tmpdir(), `wuye-example-demo-estate-${sourcesKey()}.tar`);
  if (!existsSync(path)) {
    const pglite = await PGlite.create();
    const db = await openDatabase({ pglite, migrate: true });
    try {
      await seedDemoEstate(db, { units: DEMO_UNITS });
      const snapshot = await pglite.dumpDataDir("none");
      // Written aside and renamed, so a project running alongside never reads half a file.
      const partial = `${path}.${process.pid}.partial`;
      writeFileSync(partial, new Uint8Array(await snapshot.arrayBuffer()));
      renameSync(partial, path);
    } finally {
      await db.close();
    }
  }
  project.provide("demoEstateSnapshot", path);
}

/** The real API over HTTP on a free port, on its own copy of the seeded demo estate. */
export interface DemoApi {
  /** `http://127.0.0.1:<port>/graphql` */
  readonly url: string;
  readonly origin: string;
  readonly db: Database;
  close(): Promise<void>;
}

/**
 * Starts the API in this process, as `pnpm start` would, with its clock running from the seed's
 * "now" (so the seeded November bills are due, not long overdue).
 */
export async function startDemoApi(): Promise<DemoApi> {
  const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(inject("demoEstateSnapshot"))]) });
  const db = await openDatabase({ pglite, migrate: false });
  const offset = DEMO_NOW.getTime() - Date.now();
  const server = createWuyeServer({
    database: db,
    logging: false,
    tokenSecret: "wuye-demo-estate-test-secret-at-least-32-chars",
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
