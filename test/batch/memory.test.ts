import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { Worker } from "node:worker_threads";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "egov-memory-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * What the first pass keeps per file, measured in a child process of the built command's modules with
 * a forced collection before and after. Long agency ids matter: a parser's substring of 13 characters
 * or more is a view into the whole file text, which a kept id or diagnostic would then keep alive.
 */
describe("memory kept by the first pass of a large batch", () => {
  it("is a few hundred bytes per file (not the file's 10 KB of text), with long ids and invalid files among them", () => {
    const files = path.join(dir, "files");
    generate(400, files);
    for (const name of readdirSync(files)) {
      const file = path.join(files, name);
      writeFileSync(file, readFileSync(file, "utf8").replace(/\n {2}id: bench-(\d+)\n/, "\n  id: so-khoa-hoc-va-cong-nghe-tinh-quang-tri-$1\n"));
    }
    const script = `
      import { readdirSync } from "node:fs";
      import { checkShare } from ${JSON.stringify(path.resolve("dist/batch/share.js"))};
      import { encodeFailure, FailureSpool } from ${JSON.stringify(path.resolve("dist/batch/failure-spool.js"))};
      const dir = ${JSON.stringify(files)};
      const inputs = readdirSync(dir).sort().map((f) => ({ file: dir + "/" + f }));
      // What the main thread keeps of a file not scored is counted too: its findings go to a spool, as the pipeline's do.
      const check = (name, kept) => {
        const spool = new FailureSpool(${JSON.stringify(dir)} + "/" + name + ".failures");
        const share = checkShare(inputs, 0, { onFailure: (f) => kept.push(spool.add(encodeFailure(f))) }, ${JSON.stringify(dir)} + "/" + name, new Map());
        spool.close();
        return share;
      };
      // A first run loads the rubric and its validator and lets V8 compile what it will: the second run's growth is only what it keeps.
      check("warm-up", []);
      globalThis.gc(); const before = process.memoryUsage().heapUsed;
      const failures = [];
      const share = check("spool", failures);
      globalThis.gc(); const after = process.memoryUsage().heapUsed;
      console.log(JSON.stringify({ valid: share.valid.length, failures: failures.length, perFile: (after - before) / inputs.length }));`;
    const r = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const { valid, failures, perFile } = JSON.parse(r.stdout) as { valid: number; failures: number; perFile: number };
    expect(valid).toBeGreaterThan(300);
    expect(failures).toBeGreaterThan(10);
    expect(perFile).toBeLessThan(2048);
  });
});

/** Files of the generator's corpus made invalid with many findings each: 100 and more, each quoting a long value. */
function manyFindings(count: number, files: string): { file: string }[] {
  generate(count, files);
  const long = "Văn bản chưa đúng định dạng ".repeat(10);
  for (const name of readdirSync(files)) {
    const file = path.join(files, name);
    // Every answer a long text where a figure or a choice is asked for, and 60 codes the rubric has not: 100 findings and more.
    const bad = readFileSync(file, "utf8").replace(/^ {2}("[^"]+"): \{value: .*$/gm, (_, code: string) => `  ${code}: {value: "${long}"}`);
    writeFileSync(file, bad + Array.from({ length: 60 }, (_, k) => `  "9.${k}.1": {value: "${long}"}\n`).join(""));
  }
  return readdirSync(files).sort().map((f) => ({ file: path.join(files, f) }));
}

/**
 * A worker's heap is bounded by its number of files (see ShareWorker in src/batch/pipeline.ts), but an invalid
 * file's findings, each with its code frame, can weigh more than the file: a share of such files kept them all
 * until its first pass ended, ran out of heap and died, and the main thread did the whole share again.
 */
describe("a worker's first pass over invalid files with many findings each", () => {
  it("keeps none of their findings: its heap holds as many as it would hold valid files", async () => {
    const inputs = manyFindings(100, path.join(dir, "many-findings"));
    // 16 MB of old generation: a share of 150 valid files is checked in it; these 100 files' findings weigh about 20 MB.
    const worker = new Worker(path.resolve("dist/batch/share-worker.js"), {
      workerData: { files: inputs, base: 0, groups: false, checkSpool: path.join(dir, "many.agencies"), scoreSpool: path.join(dir, "many.entries") },
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 8 },
    });
    const outcome = await new Promise<{ failures: number } | { error: string }>((resolve) => {
      let sent = 0;
      worker.on("message", (m: { failure?: unknown; checked?: unknown }) => {
        if (m.failure) sent++;
        if (m.checked) { resolve({ failures: sent }); worker.postMessage(null); }
      });
      worker.on("error", (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    });
    await worker.terminate();
    expect(outcome).toEqual({ failures: 100 });
  }, 60_000);
});

/**
 * The main thread kept every file not scored with its findings until the reports were written: 1,000 such files
 * peaked at 770 MB, 20,000 ran out of memory. Their findings wait in a spool now, read back one file at a time for
 * standard error and the json. The built command, with a heap some CI sets: 150 of them needed more than 96 MB before.
 * In so small a heap it collects often: at a load average of 10 on two cores the validate test took 32 to 37 s of its
 * 60, the score test 16 to 31 s. Their limit is there to stop a run that hangs, not to time one: 120 s.
 */
describe("a batch of invalid files with many findings each", { timeout: 120_000 }, () => {
  let made: string | undefined;
  const invalidBatch = () => (made ??= (manyFindings(150, path.join(dir, "invalid-batch")), path.join(dir, "invalid-batch")));

  it("is listed whole, standard error and json, within a 40 MB heap", () => {
    const files = invalidBatch();
    const errors = path.join(dir, "invalid-batch.err");
    const fd = openSync(errors, "w");
    const r = spawnSync(process.execPath, ["--max-old-space-size=40", path.resolve("bin/egov-score.js"), "score", files, "--format", "json", "-o", path.join(dir, "invalid-batch.json"), "--lang", "en"], { stdio: ["ignore", "ignore", fd] });
    closeSync(fd);
    const said = readFileSync(errors, "utf8");
    expect(said).not.toMatch(/heap out of memory|FATAL/);
    expect(r.status).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, "invalid-batch.json"), "utf8")) as { not_scored: { file: string; errors: unknown[] }[] };
    expect(report.not_scored).toHaveLength(150);
    expect(report.not_scored.every((f) => f.errors.length > 100)).toBe(true);
    // Every file's findings on standard error, its code frames with them.
    expect(said.match(/and \d+ more findings in this file/g)).toHaveLength(150);
    expect(said).toMatch(/agency-000149\.yaml:13:18 error[^\n]*\n {4}11 \| submitted:[^\n]*\n {4}12 \| answers:\n {2}> 13 \| {3}"1\.1": \{value: "Văn bản/);
  });

  // validate kept them too, to write its json (and its text report) whole: the same batch, the same heap.
  it("is listed whole by validate, json and text, within a 40 MB heap", () => {
    const files = invalidBatch();
    const run = (args: string[]) => spawnSync(process.execPath, ["--max-old-space-size=40", path.resolve("bin/egov-score.js"), "validate", files, "--lang", "en", ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
    const json = run(["--format", "json", "-o", path.join(dir, "validate.json")]);
    expect(json.stderr).not.toMatch(/heap out of memory|FATAL/);
    expect(json.status).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, "validate.json"), "utf8")) as { invalid: number; files: { valid: boolean; diagnostics: unknown[] }[] };
    expect([report.invalid, report.files.length, report.files.every((f) => !f.valid && f.diagnostics.length > 100)]).toEqual([150, 150, true]);
    const text = run(["-o", path.join(dir, "validate.txt")]);
    expect(text.status).toBe(1);
    expect(readFileSync(path.join(dir, "validate.txt"), "utf8")).toMatch(/and \d+ more findings in this file[^]*0 valid files, 150 invalid\n$/);
  });
});
