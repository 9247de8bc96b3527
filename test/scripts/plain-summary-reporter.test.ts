import type { TestModule } from "vitest/node";
import { afterEach, describe, expect, it, vi } from "vitest";
import PlainSummaryReporter from "../../scripts/plain-summary-reporter.js";

/** A test file as the reporter sees it: its own state and its tests' states. */
function file(state: "passed" | "failed" | "skipped", tests: ("passed" | "failed" | "skipped" | "pending")[]): TestModule {
  return { state: () => state, children: { allTests: () => tests.map((t) => ({ result: () => ({ state: t }) }))[Symbol.iterator]() } } as unknown as TestModule;
}

/** The closing line the reporter prints for these files and errors outside any test. */
function closingLine(modules: TestModule[], unhandled = 0): string {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  new PlainSummaryReporter().onTestRunEnd(modules, Array.from({ length: unhandled }, () => ({ message: "late" }) as never));
  return String(log.mock.calls.at(-1)?.[0]);
}

afterEach(() => { vi.restoreAllMocks(); });

describe("the closing line CI reads", () => {
  it.each([
    // A skipped test is neither (the line may leave it out).
    ["all passed, one skipped", [file("passed", ["passed", "passed", "skipped"])], 0, "2 passed, 0 failed"],
    ["a failed test", [file("failed", ["passed", "failed", "skipped"])], 0, "1 passed, 1 failed"],
    ["a file that failed to load (no test in it)", [file("failed", []), file("passed", ["passed"])], 0, "1 passed, 1 failed"],
    // vitest fails the run on these (exit 1) while every test passed: the line said "0 failed".
    ["a file whose afterAll hook threw, its tests passed", [file("failed", ["passed"])], 0, "1 passed, 1 failed"],
    ["an error thrown outside any test (a timer after the test ended)", [file("passed", ["passed", "passed"])], 1, "2 passed, 1 failed"],
    ["a failed test in a file whose hook threw too: the file counted once, by its test", [file("failed", ["failed", "passed"])], 0, "1 passed, 1 failed"],
  ])("%s", (_, modules, unhandled, line) => {
    expect(closingLine(modules, unhandled)).toBe(line);
  });
});
