import type { Reporter, TestModule } from "vitest/node";

/** Ends the run with a plain "N passed, N failed" line that any CI log reader recognises. */
export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0, failed = 0;
    for (const m of modules) for (const t of m.children.allTests()) {
      const state = t.result().state;
      if (state === "passed") passed++;
      else if (state === "failed") failed++;
    }
    const moduleErrors = modules.filter((m) => m.state() === "failed" && [...m.children.allTests()].length === 0).length;
    console.log(`${passed} passed, ${failed + moduleErrors} failed`);
  }
}
