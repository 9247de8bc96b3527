import type { Reporter, TestModule } from "vitest/node";
import type { SerializedError } from "vitest";

/**
 * Ends the run with a plain "N passed, N failed" line that any CI log reader recognises. Every failure vitest
 * fails the run for is counted: a failed test; a file that failed with none of its tests failing (it did not
 * load, or a hook such as afterAll threw); an error thrown outside any test. The last two once left "0 failed"
 * on a run that exited 1.
 */
export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []): void {
    let passed = 0, failed = 0;
    for (const m of modules) {
      let failedHere = 0;
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failedHere++;
      }
      failed += failedHere > 0 ? failedHere : m.state() === "failed" ? 1 : 0;
    }
    console.log(`${passed} passed, ${failed + unhandledErrors.length} failed`);
  }
}
