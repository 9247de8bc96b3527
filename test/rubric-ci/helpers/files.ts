import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";

/** A fresh temporary folder per test, removed afterwards. */
export function tempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => { while (made.length) rmSync(made.pop()!, { recursive: true, force: true }); });
  return () => { const dir = mkdtempSync(path.join(tmpdir(), "egov-rubric-ci-")); made.push(dir); return dir; };
}
