import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    // The tests start the real API from its sources. graphql ships CommonJS and ESM builds; Node (and
    // so Pothos and yoga) loads the CommonJS one, so the API's own imports must get that one too, or
    // two graphql instances would meet in one schema. Same alias as packages/api/vitest.config.ts.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    name: "client",
    include: ["test/**/*.test.ts"],
    // Migrates one embedded database and snapshots it, so each test file's server starts quickly.
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
