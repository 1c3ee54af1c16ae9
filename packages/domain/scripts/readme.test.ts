import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as domain from "../src/index.ts";
import { renderReadme, undocumentedWorkflows } from "./readme-tables.ts";

const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");

describe("packages/domain/README.md", () => {
  it("shows the transition tables and error codes exactly as the code defines them (run `pnpm readme`)", () => {
    expect(renderReadme(readme, domain)).toBe(readme);
  });

  it("has a transition table for every exported workflow", () => {
    expect(undocumentedWorkflows(readme, domain)).toEqual([]);
  });

  it("documents every error code", () => {
    const codes = [...readme.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
