import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { errorTable, readmeFile, readmeWithTable } from "../scripts/error-codes.ts";
import { printedSchema, schemaFile } from "../scripts/print-schema.ts";

describe("the committed schema and docs are current", () => {
  it("schema.graphql equals the printed schema (run `pnpm --filter @wuye/api schema`)", () => {
    expect(readFileSync(schemaFile, "utf8")).toBe(printedSchema());
  });

  it("the README's error table equals the catalogue (run `pnpm readme`)", () => {
    const readme = readFileSync(readmeFile, "utf8");
    expect(readme).toContain(errorTable());
    expect(readmeWithTable(readme)).toBe(readme);
  });
});
