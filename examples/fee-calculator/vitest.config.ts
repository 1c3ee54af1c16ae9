import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "example-fee-calculator",
    include: ["test/**/*.test.ts"],
  },
});
