/**
 * Prisma's own engines, run as WebAssembly so they work offline (this build environment cannot
 * download Prisma's native schema engine): the schema engine's `diff` writes migration SQL and
 * checks migrations against the schema; prisma-schema-wasm's `get_dmmf` describes the datamodel
 * for the drift test. Development and test tooling only: the application never loads them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";

const require = createRequire(import.meta.url);

/** The repository's prisma/ folder. */
export const prismaDir = resolve(fileURLToPath(new URL("../../../../prisma", import.meta.url)));
export const schemaPath = join(prismaDir, "schema.prisma");
export const migrationsDir = join(prismaDir, "migrations");

type Engine = Awaited<ReturnType<typeof engineGlue.SchemaEngine.new>>;
type DiffTarget = Parameters<Engine["diff"]>[0]["from"];

let engineModuleReady = false;

/** The slice of the WebAssembly global used here (this project's `lib` has no DOM types). */
const Wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
    };
  }
).WebAssembly;

/** Instantiates the schema engine's Wasm module once (the package's ESM entry needs Wasm ESM). */
function initEngineModule(): void {
  if (engineModuleReady) return;
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const instance = new Wasm.Instance(new Wasm.Module(readFileSync(wasmPath)), {
    "./schema_engine_bg.js": engineGlue,
  });
  engineGlue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  engineModuleReady = true;
}

export function readSchema(): string {
  return readFileSync(schemaPath, "utf8");
}

/** The migrations folder in the shape the engine expects. */
export function migrationList(dir = migrationsDir): DiffTarget {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockPath = join(dir, "migration_lock.toml");
  let lockContent: string | null = null;
  try {
    lockContent = readFileSync(lockPath, "utf8");
  } catch {
    lockContent = null;
  }
  return {
    tag: "migrations",
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

export function schemaTarget(schema = readSchema()): DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] };
}

type AdapterFactory = Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0];

/** Runs `work` with Prisma's schema engine connected through a driver adapter. */
async function withSchemaEngine<T>(
  factory: AdapterFactory,
  work: (engine: Engine) => Promise<T>,
): Promise<T> {
  initEngineModule();
  const engine = await engineGlue.SchemaEngine.new(
    { datamodels: [[schemaPath, readSchema()]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

/**
 * The SQL that takes a database from `from` to `to`, as `prisma migrate diff --script` prints
 * it. Migrations are replayed on a throw-away in-memory PGlite (the shadow database).
 */
export async function diffScript(from: DiffTarget, to: DiffTarget): Promise<string> {
  const pglite = new PGlite();
  try {
    const result = await withSchemaEngine(new PrismaPGlite(pglite), (engine) =>
      engine.diff({
        from,
        to,
        script: true,
        exitCode: null,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
    return result.stdout ?? "";
  } finally {
    await pglite.close();
  }
}

/**
 * What `prisma migrate status` would report for a database: Prisma's engine reads its
 * `_prisma_migrations` table and compares it with the migrations folder.
 */
export async function diagnoseMigrationHistory(factory: AdapterFactory, dir = migrationsDir) {
  const list = migrationList(dir);
  if (list.tag !== "migrations") throw new Error("unreachable");
  const { tag: _tag, ...migrationsList } = list;
  return withSchemaEngine(factory, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: { externalTables: [], externalEnums: [] },
    }),
  );
}

/** The datamodel part of Prisma's DMMF for the schema (models, fields, enums, indexes). */
export function getDmmf(schema = readSchema()): Dmmf {
  const wasm = require("@prisma/prisma-schema-wasm") as { get_dmmf(params: string): string };
  const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [[schemaPath, schema]] })));
  return dmmf.datamodel as Dmmf;
}

export interface DmmfField {
  name: string;
  dbName: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  nativeType: [string, string[]] | null;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
  uniqueIndexes: { name: string | null; fields: string[] }[];
}

export interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  isDefinedOnField: boolean;
  dbName: string | null;
  fields: { name: string; sortOrder?: string }[];
}

export interface Dmmf {
  models: DmmfModel[];
  enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
  indexes: DmmfIndex[];
}
