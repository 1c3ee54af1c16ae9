import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/index.ts";
import { migratePostgres } from "../../src/db/migrate-postgres.ts";

/**
 * Tests run on in-memory PGlite by default, and on PostgreSQL when `DATABASE_URL` is set; there
 * each test file gets a fresh database of its own, dropped afterwards, so runs never collide.
 */
export const onPostgres = Boolean(process.env.DATABASE_URL);

export interface TestDatabase {
  readonly db: Database;
  /** The fresh database's URL (PostgreSQL only). */
  readonly url?: string;
  dispose(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates an empty PostgreSQL database; returns its URL and a function that drops it. */
export async function createScratchPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error("createScratchPostgres needs DATABASE_URL");
  const name = `wuye_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl, name),
    async drop() {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** A freshly migrated database for one test file. */
export async function openTestDatabase(): Promise<TestDatabase> {
  if (!onPostgres) {
    const snapshot = inject("pgliteSnapshot");
    const pglite = snapshot
      ? await PGlite.create({ loadDataDir: new Blob([readFileSync(snapshot)]) })
      : await PGlite.create();
    const db = await openDatabase({ pglite });
    return { db, dispose: () => db.close() };
  }
  const scratch = await createScratchPostgres();
  try {
    await migratePostgres(scratch.url);
    const db = await openDatabase({ url: scratch.url });
    return {
      db,
      url: scratch.url,
      async dispose() {
        await db.close();
        await scratch.drop();
      },
    };
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}
