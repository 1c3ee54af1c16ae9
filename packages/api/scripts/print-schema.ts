// `pnpm --filter @wuye/api schema`: writes the GraphQL schema to packages/api/schema.graphql (committed;
// test/schema.test.ts fails when the schema changes and the file was not regenerated).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchema } from "graphql";
import { schema } from "../src/schema/index.ts";

export const schemaFile = fileURLToPath(new URL("../schema.graphql", import.meta.url));

export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(schemaFile, printedSchema());
  console.log(`wrote ${schemaFile}`);
}
