import { createHash } from "node:crypto";
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { applyMigrations, readMigrations } from "../../src/db/migrations.ts";
import { pgliteSession } from "../../src/db/sql-session.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A tarball of a freshly migrated PGlite data folder; empty on PostgreSQL runs. */
    pgliteSnapshot: string;
  }
}

/**
 * A PGlite cold start (initdb in Wasm) takes several seconds on a small machine; loading a
 * snapshot takes about one. Migrate once, snapshot the data folder, and let every test file
 * start its own instance from the snapshot. The snapshot is keyed by the migrations' checksums.
 */
export default async function setup(project: TestProject): Promise<void> {
  if (process.env.DATABASE_URL) {
    project.provide("pgliteSnapshot", "");
    return;
  }
  const migrations = readMigrations();
  const key = createHash("sha256")
    .update(migrations.map((migration) => `${migration.name}:${migration.checksum}`).join("\n"))
    .digest("hex")
    .slice(0, 16);
  const path = join(tmpdir(), `wuye-pglite-${key}.tar`);
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
  project.provide("pgliteSnapshot", path);
}
