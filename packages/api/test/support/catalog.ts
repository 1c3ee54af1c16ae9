import type { WuyeDb } from "../../src/db/index.ts";

/**
 * What a migrated database actually contains, read from information_schema and pg_catalog, in
 * the same one-line-per-fact shape as {@link ./datamodel.ts}, so a drift shows up as a diff.
 */
export interface SchemaFacts {
  tables: string[];
  columns: string[];
  enums: string[];
  primaryKeys: string[];
  uniques: string[];
  indexes: string[];
  foreignKeys: string[];
}

const IGNORED_TABLES = new Set(["_prisma_migrations"]);

interface ColumnRow {
  table_name: string;
  column_name: string;
  is_nullable: string;
  column_default: string | null;
  data_type: string;
  udt_name: string;
  numeric_precision: number | null;
  numeric_scale: number | null;
  datetime_precision: number | null;
  character_maximum_length: number | null;
}

function columnType(row: ColumnRow): string {
  const isArray = row.data_type === "ARRAY";
  const udt = isArray ? row.udt_name.replace(/^_/, "") : row.udt_name;
  let base = udt;
  if (udt === "numeric") base = `numeric(${row.numeric_precision},${row.numeric_scale})`;
  if (udt === "timestamptz" || udt === "timestamp") base = `${udt}(${row.datetime_precision})`;
  if (udt === "varchar") base = `varchar(${row.character_maximum_length})`;
  return isArray ? `${base}[]` : base;
}

export function columnFact(
  table: string,
  column: string,
  type: string,
  required: boolean,
  dflt: string | null,
) {
  return `${table}.${column} ${type}${required ? " NOT NULL" : ""}${dflt === null ? "" : ` DEFAULT ${dflt}`}`;
}

export async function readSchemaFacts(prisma: WuyeDb): Promise<SchemaFacts> {
  const keep = (table: string) => !IGNORED_TABLES.has(table);
  const tables = await prisma.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const columns = await prisma.$queryRawUnsafe<ColumnRow[]>(
    `SELECT table_name, column_name, is_nullable, column_default, data_type, udt_name,
            numeric_precision::int, numeric_scale::int, datetime_precision::int, character_maximum_length::int
     FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  const enums = await prisma.$queryRawUnsafe<{ name: string; labels: string }[]>(
    `SELECT t.typname::text AS name, string_agg(e.enumlabel::text, ',' ORDER BY e.enumsortorder) AS labels
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = current_schema() GROUP BY t.typname`,
  );
  const indexes = await prisma.$queryRawUnsafe<
    { table: string; name: string; unique: boolean; primary: boolean; columns: string }[]
  >(
    `SELECT t.relname::text AS "table", i.relname::text AS name, ix.indisunique AS "unique", ix.indisprimary AS "primary",
            (SELECT string_agg(a.attname::text, ',' ORDER BY k.ord)
             FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS columns
     FROM pg_index ix
     JOIN pg_class t ON t.oid = ix.indrelid
     JOIN pg_class i ON i.oid = ix.indexrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema()`,
  );
  const foreignKeys = await prisma.$queryRawUnsafe<
    {
      name: string;
      table: string;
      referenced: string;
      on_delete: string;
      on_update: string;
      columns: string;
      referenced_columns: string;
    }[]
  >(
    `SELECT c.conname::text AS name, t.relname::text AS "table", r.relname::text AS referenced,
            c.confdeltype::text AS on_delete, c.confupdtype::text AS on_update,
            (SELECT string_agg(a.attname::text, ',' ORDER BY k.ord)
             FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
            (SELECT string_agg(a.attname::text, ',' ORDER BY k.ord)
             FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS referenced_columns
     FROM pg_constraint c
     JOIN pg_class t ON t.oid = c.conrelid
     JOIN pg_class r ON r.oid = c.confrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE c.contype = 'f' AND n.nspname = current_schema()`,
  );
  const actions: Record<string, string> = {
    a: "NoAction",
    r: "Restrict",
    c: "Cascade",
    n: "SetNull",
    d: "SetDefault",
  };
  return {
    tables: tables
      .map((row) => row.table_name)
      .filter(keep)
      .sort(),
    columns: columns
      .filter((row) => keep(row.table_name))
      .map((row) =>
        columnFact(
          row.table_name,
          row.column_name,
          columnType(row),
          row.is_nullable === "NO",
          row.column_default,
        ),
      )
      .sort(),
    enums: enums.map((row) => `${row.name}: ${row.labels}`).sort(),
    primaryKeys: indexes
      .filter((row) => keep(row.table) && row.primary)
      .map((row) => `${row.table} ${row.name} (${row.columns})`)
      .sort(),
    uniques: indexes
      .filter((row) => keep(row.table) && row.unique && !row.primary)
      .map((row) => `${row.table} ${row.name} (${row.columns})`)
      .sort(),
    indexes: indexes
      .filter((row) => keep(row.table) && !row.unique)
      .map((row) => `${row.table} ${row.name} (${row.columns})`)
      .sort(),
    foreignKeys: foreignKeys
      .filter((row) => keep(row.table))
      .map(
        (row) =>
          `${row.table} ${row.name} (${row.columns}) -> ${row.referenced} (${row.referenced_columns}) ` +
          `ON DELETE ${actions[row.on_delete]} ON UPDATE ${actions[row.on_update]}`,
      )
      .sort(),
  };
}

/** Names of the CHECK constraints, per table. */
export async function readCheckConstraints(prisma: WuyeDb): Promise<string[]> {
  const rows = await prisma.$queryRawUnsafe<{ table: string; name: string }[]>(
    `SELECT t.relname::text AS "table", c.conname::text AS name
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE c.contype = 'c' AND n.nspname = current_schema()`,
  );
  return rows.map((row) => `${row.table}.${row.name}`).sort();
}

/** User-defined triggers, per table. */
export async function readTriggers(prisma: WuyeDb): Promise<string[]> {
  const rows = await prisma.$queryRawUnsafe<{ table: string; name: string }[]>(
    `SELECT t.relname::text AS "table", g.tgname::text AS name
     FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE NOT g.tgisinternal AND n.nspname = current_schema()`,
  );
  return rows.map((row) => `${row.table}.${row.name}`).sort();
}
