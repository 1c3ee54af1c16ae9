import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    // graphql ships CommonJS (`main`) and ESM (`module`) builds. Node, and so every dependency
    // (Pothos, yoga), loads the CommonJS one; Vite would give our sources the ESM one, and two
    // graphql instances cannot share a schema. Point our imports at the one Node uses.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
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
