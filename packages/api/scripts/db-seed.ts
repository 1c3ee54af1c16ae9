/**
 * `pnpm db:seed [--units N] [--seed TEXT]`: seeds the demo estate into the database the
 * environment names — PostgreSQL when DATABASE_URL is set (migrate it first with
 * `pnpm db:migrate`), otherwise the embedded database in WUYE_DATA_DIR (default .wuye-data/),
 * migrated on open — then prints what was written and the demo logins. Seeding a database that
 * already has the demo estate writes nothing.
 */
import { parseArgs } from "node:util";
import { databaseOptionsFromEnv, openDatabase } from "../src/db/index.ts";
import { DEFAULT_DEMO_UNITS, seedDemoEstate } from "../src/seed/index.ts";

const { values } = parseArgs({
  options: {
    units: { type: "string", default: String(DEFAULT_DEMO_UNITS) },
    seed: { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});
const units = Number(values.units);
if (!Number.isSafeInteger(units)) {
  console.error(`--units must be a whole number (got "${values.units}")`);
  process.exit(2);
}

const options = databaseOptionsFromEnv();
const db = await openDatabase(options);
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1).padStart(6);
try {
  const summary = await seedDemoEstate(db, {
    units,
    ...(values.seed ? { seed: values.seed } : {}),
    ...(values.quiet ? {} : { log: (message: string) => console.log(`${seconds()} s  ${message}`) }),
  });
  const where = db.mode === "postgres" ? "PostgreSQL" : "the embedded database";
  if (!summary.created) {
    console.log(`The demo estate is already in ${where}: nothing was written.`);
  } else {
    const rows = Object.values(summary.rows).reduce((sum, count) => sum + (count ?? 0), 0);
    console.log(
      `Seeded the demo estate into ${where} in ${(summary.durationMs / 1000).toFixed(1)} s: ` +
        `${rows.toLocaleString("en")} rows.`,
    );
    const interesting = ["Unit", "Person", "Bill", "BillLine", "Payment", "WorkflowEvent"] as const;
    console.log(
      `  ${interesting.map((table) => `${table} ${(summary.rows[table] ?? 0).toLocaleString("en")}`).join(" · ")}`,
    );
  }
  for (const estate of summary.estates) console.log(`  ${estate.name}: ${estate.units} units`);
  console.log("\nDemo logins (phone / password), all with the same demo password:");
  for (const login of summary.logins) {
    console.log(
      `  ${login.role.padEnd(17)} ${login.phone}  ${login.password}  ${login.name} — ${login.note}`,
    );
  }
} catch (error) {
  if (db.mode === "postgres" && String(error).includes("does not exist")) {
    console.error("The database has no tables yet: run `pnpm db:migrate` first.");
  }
  throw error;
} finally {
  await db.close();
}
