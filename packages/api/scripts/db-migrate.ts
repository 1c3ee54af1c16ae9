/**
 * `pnpm db:migrate`: applies pending migrations from prisma/migrations — to PostgreSQL when
 * DATABASE_URL is set, otherwise to the embedded database in WUYE_DATA_DIR (default .wuye-data/),
 * which is also migrated on every start. Safe to run from several machines at once.
 */
import { databaseOptionsFromEnv, migratePostgres, openDatabase } from "../src/db/index.ts";

const options = databaseOptionsFromEnv();
let applied: readonly string[];
let target: string;
if (options.url) {
  target = "PostgreSQL";
  applied = (await migratePostgres(options.url)).applied;
} else {
  const db = await openDatabase(options);
  target = "Embedded database";
  applied = db.migrations.applied;
  await db.close();
}
console.log(
  applied.length === 0
    ? `${target}: up to date.`
    : `${target}: applied\n${applied.map((name) => `  ${name}`).join("\n")}`,
);
