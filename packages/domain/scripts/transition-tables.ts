// `pnpm readme`: rewrites the generated tables in packages/domain/README.md from the code.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as domain from "../src/index.ts";
import { renderReadme, undocumentedWorkflows } from "./readme-tables.ts";

const path = fileURLToPath(new URL("../README.md", import.meta.url));
const before = readFileSync(path, "utf8");
const after = renderReadme(before, domain);
const missing = undocumentedWorkflows(after, domain);
if (missing.length > 0) {
  console.error(
    `README has no table for: ${missing.join(", ")} (add <!-- generated:workflow-NAME --> blocks)`,
  );
  process.exitCode = 1;
}
if (after !== before) {
  writeFileSync(path, after);
  console.log("packages/domain/README.md: tables updated");
} else {
  console.log("packages/domain/README.md: tables already current");
}
