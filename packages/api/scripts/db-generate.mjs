#!/usr/bin/env node
// `pnpm db:generate` (and postinstall): generates Prisma Client into src/generated/prisma.
//
// Offline note: `prisma generate` needs no engine binary, but the CLI looks for the schema
// engine at start-up and tries to download it when absent (Prisma's download host is not
// reachable from every build machine). When no engine is installed and none is configured, we
// point PRISMA_SCHEMA_ENGINE_BINARY at an existing file (this script) for this one command only.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(import.meta.url);
const packageDir = join(dirname(here), "..");
const require = createRequire(join(packageDir, "package.json"));

let cli;
try {
  cli = require.resolve("prisma/build/index.js");
} catch {
  console.warn(
    "@wuye/api: the prisma CLI is not installed (production install?); skipping client generation.",
  );
  process.exit(0);
}

function installedSchemaEngine() {
  try {
    const enginesDir = dirname(createRequire(cli).resolve("@prisma/engines/package.json"));
    return readdirSync(enginesDir).some((name) => name.startsWith("schema-engine"));
  } catch {
    return false;
  }
}

const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !installedSchemaEngine()) env.PRISMA_SCHEMA_ENGINE_BINARY = here;

const config = join(packageDir, "..", "..", "prisma", "prisma.config.ts");
if (!existsSync(config)) {
  console.error(`@wuye/api: ${config} is missing`);
  process.exit(1);
}
const result = spawnSync(process.execPath, [cli, "generate", "--config", config], {
  cwd: packageDir,
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
