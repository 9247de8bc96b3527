import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFiles } from "../../src/batch/score-files.js";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "egov-parallel-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, ["bin/egov-score.js", "score", dir, "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, LANG: "en_US.UTF-8", ...env } });
  const report = JSON.parse(r.stdout);
  const scored = report.rubrics.reduce((n: number, s: { agencies: unknown[] }) => n + s.agencies.length, 0);
  return { code: r.status, stderr: r.stderr, scored, notScored: report.not_scored.length as number };
};

describe("large batches on worker threads (built command)", () => {
  beforeAll(() => {
    if (!existsSync("dist/batch/check-worker.js")) spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.json"], { stdio: "inherit" });
    generate(700, dir); // 5 % invalid: 35 files
  });

  it("checks every file: 665 scored, 35 not scored with their errors", () => {
    const r = run();
    expect([r.code, r.scored, r.notScored]).toEqual([1, 665, 35]);
    expect(r.stderr).not.toContain("stopped unexpectedly");
  });

  it("a worker that dies has its files checked again: nothing is lost", () => {
    const r = run({ EGOV_SCORE_TEST_WORKER_CRASH: "1" });
    expect(r.stderr).toContain("worker thread(s) stopped unexpectedly");
    expect([r.code, r.scored, r.notScored]).toEqual([1, 665, 35]);
  });
});

describe("a file that disappears mid-run", () => {
  it("is reported, and the other files are still checked", () => {
    const gone = path.join(dir, "agency-000000.yaml");
    const files = [gone, path.join(dir, "agency-000001.yaml")].map((file) => ({ file }));
    unlinkSync(gone);
    const checked = checkFiles(files);
    expect(checked.failures.map((f) => [path.basename(f.file), f.diagnostics[0]!.code])).toEqual([["agency-000000.yaml", "file-not-found"]]);
    expect(checked.valid[0]!.items).toHaveLength(1);
  });
});
