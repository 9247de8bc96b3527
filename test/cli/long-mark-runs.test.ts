import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, expect, it, vi } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-mark-runs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** 31 combining marks in a row: past the 30 Unicode's stream-safe format allows, where String.normalize turns quadratic. */
const LONG_RUN = /\p{M}{31}/u;
/** The grapheme joiner nfc puts after every 30 marks of a run (a mark itself, but it ends the run for NFC). */
const CUT = "\u034F";

// A key of 100,000 marks of alternating classes, twice (a duplicate key): composing each line that holds it with
// String.normalize took 3 s, so the file took 8 s to score in every format (0.4 s with nfc, core/unicode.ts).
it.each(["json", "csv", "xlsx", "html", "table"])("a file with a run of 100,000 combining marks is never composed whole with String.normalize (--format %s)", async (format) => {
  const file = path.join(dir, `marks-${format}.yaml`);
  const key = `x${"\u0301\u0323".repeat(50_000)}`;
  writeFileSync(file, readFileSync("examples/kho-bac-quang-binh.yaml", "utf8").replace(/^answers:\n/m, (m) => `${m}  "${key}": {value: 1}\n  "${key}": {value: 2}\n`));
  const composedWhole: number[] = [];
  const normalize = String.prototype.normalize;
  vi.spyOn(String.prototype, "normalize").mockImplementation(function (this: string, form?: string) {
    if (LONG_RUN.test(this.replaceAll(CUT, " "))) composedWhole.push(this.length);
    return normalize.call(this, form);
  });
  const out = path.join(dir, `out-${format}`);
  const run = await runCli(["score", file, "--format", format, "-o", out]);
  expect(run.code, run.stderr).toBe(1);
  expect(readFileSync(out).length).toBeGreaterThan(0);
  expect(composedWhole).toEqual([]);
});

// The other places the commit moved to nfc: a file that parses, read by the plain reader (its keys), with a key of
// such a run before the answers a finding is placed in (locate.ts walks past it), a value of one quoted as found
// (located.ts), and the csv's not-scored rows quoting it.
it.each(["json", "csv"])("a file that parses, with such a run in a key and in a value, is never composed whole either (--format %s)", async (format) => {
  const file = path.join(dir, `marks-parsed-${format}.yaml`);
  const marks = "\u0301\u0323".repeat(50_000);
  const text = readFileSync("examples/kho-bac-quang-binh.yaml", "utf8").replace(/^answers:\n/m, (m) => `${m}  "x${marks}": {value: 1}\n`).replace(/^(  type: )vertical$/m, `$1"y${marks}"`);
  writeFileSync(file, text);
  const composedWhole: number[] = [];
  const normalize = String.prototype.normalize;
  vi.spyOn(String.prototype, "normalize").mockImplementation(function (this: string, form?: string) {
    if (LONG_RUN.test(this.replaceAll(CUT, " "))) composedWhole.push(this.length);
    return normalize.call(this, form);
  });
  const out = path.join(dir, `out-parsed-${format}`);
  const run = await runCli(["score", file, "--format", format, "-o", out]);
  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr).toContain("[unknown-indicator]");
  expect(readFileSync(out).length).toBeGreaterThan(0);
  expect(composedWhole).toEqual([]);
});

// A file yaml parses (an explicit key, `? `, which the plain reader leaves to it: yaml takes no implicit key over
// 1,024 characters), its finding placed by walking its keys (locate.ts).
it("a key of such a run in a file yaml parses is never composed whole while its finding is placed", async () => {
  const file = path.join(dir, "marks-explicit-key.yaml");
  const marks = "\u0301\u0323".repeat(50_000);
  writeFileSync(file, readFileSync("examples/kho-bac-quang-binh.yaml", "utf8").replace(/^answers:\n/m, (m) => `${m}  ? "x${marks}"\n  : {value: 1}\n`));
  const composedWhole: number[] = [];
  const normalize = String.prototype.normalize;
  vi.spyOn(String.prototype, "normalize").mockImplementation(function (this: string, form?: string) {
    if (LONG_RUN.test(this.replaceAll(CUT, " "))) composedWhole.push(this.length);
    return normalize.call(this, form);
  });
  const run = await runCli(["score", file, "--format", "json"]);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain("unknown-indicator");
  expect(composedWhole).toEqual([]);
});
