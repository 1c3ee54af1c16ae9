import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { runnableExamples } from "./readme-examples.ts";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const workDir = `${packageDir}.examples-check/`;
const readmes = {
  "packages/domain/README.md": readFileSync(`${packageDir}README.md`, "utf8"),
  "README.md": readFileSync(`${packageDir}../../README.md`, "utf8"),
};

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe.concurrent("README examples run as written", () => {
  for (const [name, markdown] of Object.entries(readmes)) {
    const examples = runnableExamples(markdown);
    examples.forEach((code, index) => {
      // A file inside the package resolves "@wuye/domain" to itself through package.json exports.
      it(`${name} example ${index + 1}`, { timeout: 30_000 }, async () => {
        mkdirSync(workDir, { recursive: true });
        const file = `${workDir}${name.replaceAll("/", "_")}-${index + 1}.ts`;
        writeFileSync(file, code);
        const { stderr } = await run(process.execPath, ["--import", "tsx", file], { cwd: packageDir });
        expect(stderr).toBe("");
      });
    });
  }
});
