import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SqlSession } from "./sql-session.ts";

/**
 * Applies the migrations in prisma/migrations (Prisma's layout) and records them in
 * `_prisma_migrations` exactly as Prisma Migrate does, so `prisma migrate status/deploy` keep
 * working wherever Prisma's native schema engine is available.
 */

/** prisma/migrations at the repository root. */
export const defaultMigrationsDir = fileURLToPath(new URL("../../../../prisma/migrations", import.meta.url));

/** The advisory-lock key Prisma Migrate itself takes, so our runner and Prisma's exclude each other. */
export const MIGRATION_LOCK_KEY = 72707369;

export interface Migration {
  /** Folder name, `<timestamp>_<name>`. */
  readonly name: string;
  readonly script: string;
  /** sha256 of the script, hex: Prisma's checksum. */
  readonly checksum: string;
}

export interface MigrationResult {
  readonly applied: readonly string[];
  readonly alreadyApplied: readonly string[];
}

export class MigrationError extends Error {
  override readonly name = "MigrationError";
}

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Prisma compares checksums line-ending agnostic (git may rewrite LF as CRLF on checkout). */
function matchesChecksum(script: string, checksum: string): boolean {
  return [script, script.replace(/\r\n/g, "\n"), script.replace(/\r?\n/g, "\r\n")].some(
    (variant) => sha256(variant) === checksum,
  );
}

export function readMigrations(dir = defaultMigrationsDir): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const script = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, script, checksum: sha256(script) };
    });
}

interface HistoryRow extends Record<string, unknown> {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Applies every migration not yet applied, each in its own transaction together with its
 * `_prisma_migrations` row, under Prisma's advisory lock: concurrent migrators wait for each
 * other, and the second finds nothing left to do. A failed migration is rolled back whole and
 * recorded as rolled back with its error in `logs`, so the next run tries it again; a migration
 * left unfinished by Prisma's own engine stops the run until it is resolved.
 */
export async function applyMigrations(
  session: SqlSession,
  migrations: readonly Migration[] = readMigrations(),
): Promise<MigrationResult> {
  await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await session.exec(MIGRATIONS_TABLE);
    const history = await session.query<HistoryRow>(
      `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"
       WHERE "rolled_back_at" IS NULL ORDER BY "started_at"`,
    );
    const failed = history.find((row) => row.finished_at === null);
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} failed earlier and is recorded unfinished; fix the database, then resolve it (prisma migrate resolve) before migrating again.`,
      );
    }
    const done = new Map(history.map((row) => [row.migration_name, row.checksum]));
    const applied: string[] = [];
    const alreadyApplied: string[] = [];
    for (const migration of migrations) {
      const checksum = done.get(migration.name);
      if (checksum !== undefined) {
        if (!matchesChecksum(migration.script, checksum)) {
          throw new MigrationError(
            `Migration ${migration.name} was changed after it was applied; add a new migration instead.`,
          );
        }
        alreadyApplied.push(migration.name);
        continue;
      }
      await applyOne(session, migration);
      applied.push(migration.name);
    }
    return { applied, alreadyApplied };
  } finally {
    await session.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

async function applyOne(session: SqlSession, migration: Migration): Promise<void> {
  const id = randomUUID();
  const startedAt = new Date();
  await session.exec("BEGIN");
  try {
    await session.exec(migration.script);
    await session.query(
      `INSERT INTO "_prisma_migrations"
         ("id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count")
       VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
      [id, migration.checksum, migration.name, startedAt],
    );
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK");
    const message = error instanceof Error ? error.message : String(error);
    await session.query(
      `INSERT INTO "_prisma_migrations"
         ("id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count")
       VALUES ($1, $2, NULL, $3, $4, now(), $5, 0)`,
      [id, migration.checksum, migration.name, message, startedAt],
    );
    throw new MigrationError(`Migration ${migration.name} failed: ${message}`, { cause: error });
  }
}
