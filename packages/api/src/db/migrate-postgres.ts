import pg from "pg";
import { applyMigrations, defaultMigrationsDir, type MigrationResult, readMigrations } from "./migrations.ts";
import { pgSession } from "./sql-session.ts";

/** Applies pending migrations to a PostgreSQL database over one dedicated connection. */
export async function migratePostgres(
  url: string,
  migrationsDir = defaultMigrationsDir,
): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await applyMigrations(pgSession(client), readMigrations(migrationsDir));
  } finally {
    await client.end();
  }
}
