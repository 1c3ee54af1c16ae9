import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Prisma } from "../generated/prisma/client.ts";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { WuyeDb } from "./append-only.ts";
import { applyMigrations, defaultMigrationsDir, type MigrationResult, readMigrations } from "./migrations.ts";
import { pgliteSession } from "./sql-session.ts";

/** `.wuye-data/` at the repository root: the default home of the embedded database. */
export const defaultDataDir = fileURLToPath(new URL("../../../../.wuye-data", import.meta.url));

export interface OpenDatabaseOptions {
  /**
   * PostgreSQL connection string. When given, Prisma talks to that server through
   * `@prisma/adapter-pg`; migrations are then applied by `pnpm db:migrate`, not on open.
   * @default process.env.DATABASE_URL (through {@link databaseOptionsFromEnv})
   */
  readonly url?: string;
  /**
   * Folder of the embedded database (PGlite keeps its files in `<dataDir>/pglite`).
   * @default process.env.WUYE_DATA_DIR, else `.wuye-data/` at the repository root
   */
  readonly dataDir?: string;
  /** An embedded database in memory only, gone on close: for tests. @default false */
  readonly inMemory?: boolean;
  /**
   * An already open PGlite to use instead of creating one (tests start it from a migrated
   * snapshot, which is much faster than a cold start). `close()` closes it.
   */
  readonly pglite?: PGlite;
  /**
   * Apply pending migrations on open. @default true for the embedded database, false for
   * PostgreSQL (run `pnpm db:migrate` there, once per deployment).
   */
  readonly migrate?: boolean;
  /** @default prisma/migrations at the repository root */
  readonly migrationsDir?: string;
  /** Passed to Prisma Client (query logging for tests that count SQL statements). */
  readonly log?: Prisma.PrismaClientOptions["log"];
}

export interface Database {
  /** Prisma Client; ledger and history tables are append-only (no update or delete). */
  readonly prisma: WuyeDb;
  readonly mode: "embedded" | "postgres";
  /** What opening applied; empty when `migrate` was off. */
  readonly migrations: MigrationResult;
  /** Disconnects Prisma and, for the embedded database, closes PGlite. */
  close(): Promise<void>;
}

/** Options from the environment: `DATABASE_URL` selects PostgreSQL, `WUYE_DATA_DIR` the folder. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenDatabaseOptions {
  const url = env.DATABASE_URL?.trim();
  const dataDir = env.WUYE_DATA_DIR?.trim();
  return { ...(url ? { url } : {}), ...(dataDir ? { dataDir } : {}) };
}

/**
 * Opens the database: PostgreSQL when a URL is given, otherwise the embedded PGlite (on disk, or
 * in memory for tests) with its migrations applied.
 */
export async function openDatabase(
  options: OpenDatabaseOptions = databaseOptionsFromEnv(),
): Promise<Database> {
  const noMigrations: MigrationResult = { applied: [], alreadyApplied: [] };
  if (options.url) {
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: options.url }),
      log: options.log,
    });
    let migrations = noMigrations;
    if (options.migrate === true) {
      const { migratePostgres } = await import("./migrate-postgres.ts");
      migrations = await migratePostgres(options.url, options.migrationsDir);
    }
    return {
      prisma: prisma as unknown as WuyeDb,
      mode: "postgres",
      migrations,
      close: () => prisma.$disconnect(),
    };
  }

  let pglite: PGlite;
  if (options.pglite) {
    pglite = options.pglite;
  } else if (options.inMemory) {
    pglite = await PGlite.create();
  } else {
    const dir = join(options.dataDir ?? defaultDataDir, "pglite");
    mkdirSync(dir, { recursive: true });
    pglite = await PGlite.create(dir);
  }
  try {
    const migrations =
      options.migrate === false
        ? noMigrations
        : await applyMigrations(
            pgliteSession(pglite),
            readMigrations(options.migrationsDir ?? defaultMigrationsDir),
          );
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), log: options.log });
    return {
      prisma: prisma as unknown as WuyeDb,
      mode: "embedded",
      migrations,
      async close() {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  } catch (error) {
    await pglite.close();
    throw error;
  }
}
