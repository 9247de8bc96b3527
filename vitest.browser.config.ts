import { defineConfig } from "vitest/config";

/** `npm run test:browser`: the html report in real headless Chromium (Debian's /usr/bin/chromium). Not part of `npm test`. */
export default defineConfig({
  test: {
    include: ["test/browser/**/*.browser.ts"],
    reporters: ["default", "./scripts/plain-summary-reporter.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
