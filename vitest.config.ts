import { defineConfig } from "vitest/config";

// One run covers every package; CI asks for a JSON report (VITEST_JSON) to count passed and failed tests.
export default defineConfig({
  test: {
    projects: ["packages/*", "examples/*"],
    reporters: process.env.VITEST_JSON
      ? ["default", ["json", { outputFile: process.env.VITEST_JSON }]]
      : ["default"],
  },
});
