import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureBuilt } from "./helpers/built.js";

/** Before any test file: the built command some tests run must exist and match the sources. */
export default function setup(): () => void {
  // The tests choose their language with LANG or --lang; a desktop's LANGUAGE (vi:en) goes before LANG
  // and would turn English runs Vietnamese. The test files' processes inherit this environment.
  delete process.env.LANGUAGE;
  // The prompts' tests type keys as a terminal sends them; under TERM=dumb (an editor's shell, some CI
  // runners) Node's readline edits no line, so Backspace, Ctrl-A or a cursor move did nothing and ten
  // tests failed. The tests that are about a dumb terminal say so themselves.
  process.env.TERM = "xterm-256color";
  ensureBuilt();
  // Every temporary file of the run (the tests' own and the tool's spools) goes in one folder, so that what a
  // test or the tool forgot to remove is seen at the end rather than piling up in the machine's /tmp.
  const runTemp = mkdtempSync(path.join(tmpdir(), "egov-test-run-"));
  // Open as /tmp is: the tests that run the command as an unprivileged user (binary.test.ts) need to reach it.
  chmodSync(runTemp, 0o1777);
  for (const name of ["TMPDIR", "TEMP", "TMP"]) process.env[name] = runTemp;
  return () => {
    const left = readdirSync(runTemp);
    rmSync(runTemp, { recursive: true, force: true });
    if (left.length === 0) return;
    // vitest reports an error thrown here but still exits 0: the exit code is set, for CI to fail.
    console.error(`\nThe tests left ${left.length} temporary entries behind (removed now): ${left.sort().join(", ")}`);
    process.exitCode = 1;
  };
}
