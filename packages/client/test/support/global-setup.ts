import { createHash } from "node:crypto";
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { applyMigrations, pgliteSession, readMigrations } from "../../../api/src/db/index.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A tarball of a freshly migrated PGlite data folder. */
    clientPgliteSnapshot: string;
  }
}

/**
 * The SDK is tested against the real API on the embedded database. A PGlite cold start takes
 * seconds; so, as the API's own tests do, migrate once, snapshot the data folder (keyed by the
 * migrations' checksums), and let each test file start its server from the snapshot.
 */
export default async function setup(project: TestProject): Promise<void> {
  const migrations = readMigrations();
  const key = createHash("sha256")
    .update(migrations.map((migration) => `${migration.name}:${migration.checksum}`).join("\n"))
    .digest("hex")
    .slice(0, 16);
  const path = join(tmpdir(), `wuye-client-pglite-${key}.tar`);
  if (!existsSync(path)) {
    const pglite = await PGlite.create();
    try {
      await applyMigrations(pgliteSession(pglite), migrations);
      const snapshot = await pglite.dumpDataDir("none");
      const partial = `${path}.${process.pid}.partial`;
      writeFileSync(partial, new Uint8Array(await snapshot.arrayBuffer()));
      renameSync(partial, path);
    } finally {
      await pglite.close();
    }
  }
  project.provide("clientPgliteSnapshot", path);
}
