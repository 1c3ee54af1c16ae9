import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/** The budget for the core, minified and gzipped. */
const BUDGET_BYTES = 15 * 1024;

/** The entry bundled as a browser app would: minified, tree-shaken, no Node built-ins available. */
async function gzippedSize(entry: string): Promise<{ bytes: number; inputs: string[] }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { bytes: gzipSync(code, { level: 9 }).byteLength, inputs: Object.keys(result.metafile.inputs) };
}

describe("size budget", () => {
  it(`the core (transport, auth, retries, errors, pagination, SSE) stays within ${BUDGET_BYTES} bytes gzipped`, async () => {
    const { bytes } = await gzippedSize("../src/core/index.ts");
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("the whole client with every resource stays within the same budget", async () => {
    const { bytes, inputs } = await gzippedSize("../src/index.ts");
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
    // Bundled for the browser: nothing of Node's on the path.
    expect(inputs.filter((input) => input.startsWith("node:"))).toEqual([]);
  });
});
