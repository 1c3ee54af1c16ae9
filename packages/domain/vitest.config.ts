import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "domain",
    include: ["src/**/__tests__/**/*.test.ts", "scripts/**/*.test.ts"],
  },
});
