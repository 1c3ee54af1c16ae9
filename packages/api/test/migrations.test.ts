import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diagnoseMigrationHistory } from "../scripts/lib/prisma-engines.ts";
import {
  applyMigrations,
  defaultMigrationsDir,
  type Migration,
  MigrationError,
  migratePostgres,
  openDatabase,
  pgliteSession,
  pgSession,
  readMigrations,
  type SqlSession,
} from "../src/db/index.ts";
import { createScratchPostgres, onPostgres } from "./support/test-database.ts";

/** A fresh, empty database of the kind this run uses. */
let session: SqlSession;
let scratchUrl: string | undefined;
let dispose: () => Promise<void>;
/** A Prisma driver adapter on the same database, for Prisma's own schema engine. */
let adapterFactory: PrismaPg | PrismaPGlite;
const migrations = readMigrations();

beforeAll(async () => {
  if (onPostgres) {
    const scratch = await createScratchPostgres();
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    session = pgSession(client);
    scratchUrl = scratch.url;
    adapterFactory = new PrismaPg({ connectionString: scratch.url });
    dispose = async () => {
      await client.end();
      await scratch.drop();
    };
  } else {
    const pglite = await PGlite.create();
    session = pgliteSession(pglite);
    adapterFactory = new PrismaPGlite(pglite);
    dispose = () => pglite.close();
  }
});
afterAll(async () => {
  await dispose?.();
});

interface HistoryRow extends Record<string, unknown> {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

const history = () =>
  session.query<HistoryRow>(`SELECT * FROM "_prisma_migrations" ORDER BY "started_at", "migration_name"`);

describe("migrations in Prisma's layout, applied by the project", () => {
  it("reads prisma/migrations in order, with Prisma's checksum (sha256 of migration.sql)", () => {
    expect(migrations.map((migration) => migration.name)).toEqual([...migrations.map((m) => m.name)].sort());
    expect(migrations.length).toBeGreaterThanOrEqual(2);
    for (const migration of migrations) {
      const file = readFileSync(join(defaultMigrationsDir, migration.name, "migration.sql"));
      expect(migration.checksum).toBe(createHash("sha256").update(file).digest("hex"));
    }
  });

  it("applies every migration to an empty database and records it as Prisma does", async () => {
    const result = await applyMigrations(session, migrations);
    expect(result.applied).toEqual(migrations.map((migration) => migration.name));
    const rows = await history();
    expect(rows.map((row) => row.migration_name)).toEqual(result.applied);
    for (const [index, row] of rows.entries()) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.checksum).toBe(migrations[index]?.checksum);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
  });

  it("is idempotent: a second run applies nothing", async () => {
    const result = await applyMigrations(session, migrations);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toHaveLength(migrations.length);
    expect(await history()).toHaveLength(migrations.length);
  });

  it("leaves a history Prisma's own schema engine reads as up to date (prisma migrate status)", async () => {
    const diagnosis = await diagnoseMigrationHistory(adapterFactory);
    expect(diagnosis).toEqual({
      hasMigrationsTable: true,
      history: null,
      failedMigrationNames: [],
      editedMigrationNames: [],
    });
  });

  it("accepts a migration whose line endings git rewrote (CRLF), as Prisma does", async () => {
    const crlf = migrations.map((migration) => ({
      ...migration,
      script: migration.script.replace(/\n/g, "\r\n"),
    }));
    expect((await applyMigrations(session, crlf)).applied).toEqual([]);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const edited: Migration[] = migrations.map((migration, index) =>
      index === 0 ? { ...migration, script: `${migration.script}\n-- edited\n` } : migration,
    );
    await expect(applyMigrations(session, edited)).rejects.toThrow(MigrationError);
  });

  it("rolls a failing migration back whole, records it as rolled back, and retries it next time", async () => {
    const broken: Migration = {
      name: "99990101000000_broken",
      script: `CREATE TABLE "Half" ("id" int);\nSELECT 1 / 0;\n`,
      checksum: "0".repeat(64),
    };
    await expect(applyMigrations(session, [...migrations, broken])).rejects.toThrow(
      /99990101000000_broken failed/,
    );
    const tables = await session.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
    expect(tables).toEqual([]);
    const row = (await history()).find((entry) => entry.migration_name === broken.name);
    expect(row).toMatchObject({ finished_at: null, applied_steps_count: 0 });
    expect(row?.rolled_back_at).toBeInstanceOf(Date);
    expect(row?.logs).toMatch(/division by zero/);
    const fixed = { ...broken, script: `CREATE TABLE "Half" ("id" int);\n` };
    expect((await applyMigrations(session, [...migrations, fixed])).applied).toEqual([broken.name]);
  });

  it.runIf(onPostgres)(
    "lets two migrators start at once on PostgreSQL: each migration is applied once",
    async () => {
      const scratch = await createScratchPostgres();
      try {
        const [first, second] = await Promise.all([
          migratePostgres(scratch.url),
          migratePostgres(scratch.url),
        ]);
        expect([...first.applied, ...second.applied].sort()).toEqual(
          migrations.map((migration) => migration.name),
        );
        expect(first.applied.length === 0 || second.applied.length === 0).toBe(true);
        const client = new pg.Client({ connectionString: scratch.url });
        await client.connect();
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
        await client.end();
        expect(rows[0].n).toBe(migrations.length);
      } finally {
        await scratch.drop();
      }
    },
  );

  it.runIf(onPostgres)(
    "does not migrate PostgreSQL on open unless asked (pnpm db:migrate does)",
    async () => {
      const db = await openDatabase({ url: scratchUrl! });
      try {
        expect(db.mode).toBe("postgres");
        expect(db.migrations.applied).toEqual([]);
      } finally {
        await db.close();
      }
    },
  );
});

describe.skipIf(onPostgres)("the embedded database on disk", () => {
  it("migrates on first open, keeps its data, and applies nothing on the next start", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "wuye-data-"));
    try {
      const first = await openDatabase({ dataDir });
      expect(first.mode).toBe("embedded");
      expect(first.migrations.applied).toHaveLength(migrations.length);
      await first.prisma.company.create({ data: { name: "物业公司 持久化" } });
      await first.close();

      const second = await openDatabase({ dataDir });
      expect(second.migrations.applied).toEqual([]);
      expect(await second.prisma.company.count({ where: { name: "物业公司 持久化" } })).toBe(1);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
