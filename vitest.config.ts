import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    reporters: ["default", "./scripts/plain-summary-reporter.ts"],
    testTimeout: 30_000,
  },
});
