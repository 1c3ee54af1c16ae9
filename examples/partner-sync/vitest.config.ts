import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    // The test starts the real API from its sources: graphql must be the CommonJS build Node loads
    // for Pothos and yoga, or two graphql instances meet in one schema (as in packages/api).
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    name: "example-partner-sync",
    include: ["test/**/*.test.ts"],
    // Migrates and seeds the demo estate once and snapshots it (cached in the temp folder).
    globalSetup: ["../../packages/api/src/testing/demo-estate-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
