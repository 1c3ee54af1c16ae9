import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../../../packages/api/src/db/index.ts";
import { seedDemoEstate } from "../../../../packages/api/src/seed/index.ts";

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
 * Migrating and seeding the embedded database takes the better part of a minute on a small
 * machine; do it once, snapshot the data folder, and let each test start its API from the
 * snapshot in a second or two. The snapshot is cached in the temp folder while its sources stay
 * the same (owner-portal's test makes the same file).
 */
export default async function setup(project: TestProject): Promise<void> {
  const path = join(tmpdir(), `wuye-example-demo-estate-${sourcesKey()}.tar`);
  if (!existsSync(path)) {
    const pglite = await PGlite.create();
    const db = await openDatabase({ pglite, migrate: true });
    try {
      await seedDemoEstate(db, { units: DEMO_UNITS });
      const snapshot = await pglite.dumpDataDir("none");
      const partial = `${path}.${process.pid}.partial`;
      writeFileSync(partial, new Uint8Array(await snapshot.arrayBuffer()));
      renameSync(partial, path);
    } finally {
      await db.close();
    }
  }
  project.provide("demoEstateSnapshot", path);
}
