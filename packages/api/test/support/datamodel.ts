import { type DmmfField, type DmmfModel, getDmmf } from "../../scripts/lib/prisma-engines.ts";
import { columnFact, type SchemaFacts } from "./catalog.ts";

/**
 * What prisma/schema.prisma says the database must contain, from Prisma's own DMMF, rendered in
 * the shape of {@link ./catalog.ts}'s facts. Names follow Prisma's defaults for PostgreSQL
 * (`<Table>_pkey`, `<Table>_<cols>_key`, `<Table>_<cols>_idx`, `<Table>_<cols>_fkey`).
 */
export const POSTGRES_MAX_IDENTIFIER = 63;

function tableName(model: DmmfModel): string {
  return model.dbName ?? model.name;
}

function columnName(model: DmmfModel, fieldName: string): string {
  const field = model.fields.find((candidate) => candidate.name === fieldName);
  if (!field) throw new Error(`${model.name} has no field ${fieldName}`);
  return field.dbName ?? field.name;
}

function expectedType(field: DmmfField): string {
  const [native, args] = field.nativeType ?? [null, []];
  let base: string;
  if (field.kind === "enum") {
    base = field.type;
  } else {
    switch (field.type) {
      case "String":
        base = native === "Uuid" ? "uuid" : native === "VarChar" ? `varchar(${args[0]})` : "text";
        break;
      case "Int":
        base = "int4";
        break;
      case "BigInt":
        base = "int8";
        break;
      case "Float":
        base = "float8";
        break;
      case "Boolean":
        base = "bool";
        break;
      case "Json":
        base = "jsonb";
        break;
      case "Decimal":
        base = `numeric(${args[0] ?? 65},${args[1] ?? 30})`;
        break;
      case "DateTime":
        base =
          native === "Date"
            ? "date"
            : native === "Timestamptz"
              ? `timestamptz(${args[0] ?? 3})`
              : `timestamp(${args[0] ?? 3})`;
        break;
      default:
        throw new Error(`the drift test does not know Prisma type ${field.type}`);
    }
  }
  return field.isList ? `${base}[]` : base;
}

/** The column default PostgreSQL reports for a Prisma default (null: none in the database). */
function expectedDefault(field: DmmfField): string | null {
  if (!field.hasDefaultValue) return null;
  const value = field.default;
  if (typeof value === "object" && value !== null && "name" in value) {
    const { name } = value as { name: string };
    if (name === "now") return "CURRENT_TIMESTAMP";
    if (name === "uuid" || name === "cuid" || name === "ulid" || name === "nanoid") return null; // set by Prisma Client
    throw new Error(`the drift test does not know default function ${name}()`);
  }
  if (field.kind === "enum") return `'${value}'::"${field.type}"`;
  switch (field.type) {
    case "String":
      return `'${value}'::text`;
    case "Json":
      return `'${value}'::jsonb`;
    default:
      return String(value);
  }
}

export function expectedSchemaFacts(): SchemaFacts {
  const dmmf = getDmmf();
  const models = new Map(dmmf.models.map((model) => [model.name, model]));
  const facts: SchemaFacts = {
    tables: [],
    columns: [],
    enums: dmmf.enums.map(
      (e) => `${e.dbName ?? e.name}: ${e.values.map((v) => v.dbName ?? v.name).join(",")}`,
    ),
    primaryKeys: [],
    uniques: [],
    indexes: [],
    foreignKeys: [],
  };
  for (const model of dmmf.models) {
    const table = tableName(model);
    facts.tables.push(table);
    for (const field of model.fields) {
      if (field.kind === "object") {
        const from = field.relationFromFields ?? [];
        if (from.length === 0) continue;
        const target = models.get(field.type);
        if (!target) throw new Error(`unknown relation target ${field.type}`);
        const columns = from.map((name) => columnName(model, name));
        const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
        const onUpdate = field.relationOnUpdate ?? "Cascade";
        facts.foreignKeys.push(
          `${table} ${table}_${columns.join("_")}_fkey (${columns.join(",")}) -> ${tableName(target)} ` +
            `(${(field.relationToFields ?? []).map((name) => columnName(target, name)).join(",")}) ` +
            `ON DELETE ${onDelete} ON UPDATE ${onUpdate}`,
        );
        continue;
      }
      // Prisma creates scalar lists (`String[]`) as nullable arrays whatever the DMMF says.
      const notNull = field.isRequired && !field.isList;
      facts.columns.push(
        columnFact(table, field.dbName ?? field.name, expectedType(field), notNull, expectedDefault(field)),
      );
    }
  }
  for (const index of dmmf.indexes) {
    const model = models.get(index.model);
    if (!model) throw new Error(`unknown model ${index.model}`);
    const table = tableName(model);
    const columns = index.fields.map((field) => columnName(model, field.name));
    const suffix = { id: "pkey", unique: "key", normal: "idx", fulltext: "idx" }[index.type];
    const name =
      index.dbName ?? (index.type === "id" ? `${table}_pkey` : `${table}_${columns.join("_")}_${suffix}`);
    const fact = `${table} ${name} (${columns.join(",")})`;
    if (index.type === "id") facts.primaryKeys.push(fact);
    else if (index.type === "unique") facts.uniques.push(fact);
    else facts.indexes.push(fact);
  }
  for (const list of Object.values(facts)) list.sort();
  return facts;
}
