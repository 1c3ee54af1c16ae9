import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateClientTypes, generatedFile } from "../scripts/codegen.ts";

describe("generated types", () => {
  it("src/generated/graphql.ts matches schema.graphql and the documents (run `pnpm --filter @wuye/client codegen`)", async () => {
    expect(readFileSync(generatedFile, "utf8")).toBe(await generateClientTypes());
  });
});
