import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "api",
    include: ["src/**/__tests__/**/*.test.ts", "test/**/*.test.ts"],
    // Migrates one embedded database and snapshots it, so each test file starts in about a second.
    globalSetup: ["test/support/global-setup.ts"],
    // Database tests: PGlite runs PostgreSQL in WebAssembly, slower than native on a small machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
