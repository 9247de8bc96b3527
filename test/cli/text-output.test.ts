import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "egov-text-output-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = path.join(dir, "files");
generate(60, files);

/**
 * A run whose outputs' reader has stalled: each `drained` holds the run until the next turn of the event loop.
 * The log says what came in what order: "out"/"err" a write, "out?"/"err?" a wait for that stream's reader.
 */
async function stalled(args: string[]): Promise<{ code: number; log: string[] }> {
  const log: string[] = [];
  const { code } = await runCli(args, {
    onStdout: () => log.push("out"),
    onStderr: () => log.push("err"),
    drained: (stream) => {
      log.push(stream === "stdout" ? "out?" : "err?");
      return new Promise((resolve) => setImmediate(resolve));
    },
  });
  return { code, log };
}

/** No two writes of `stream` without a wait for its reader between them. */
function waitedBetween(log: string[], stream: "out" | "err"): boolean {
  const mine = log.filter((e) => e === stream || e === `${stream}?`);
  return mine.every((e, i) => e !== stream || mine[i + 1] === undefined || mine[i + 1] === `${stream}?`);
}

describe("a long output to a reader that stalled", () => {
  it("score's json of more than 50 agencies, written in pieces, waits for standard output's reader between them", async () => {
    const { code, log } = await stalled(["score", files, "--format", "json", "--quiet"]);
    expect(code).toBe(1);
    expect(log.filter((e) => e === "out?").length).toBeGreaterThan(0);
    expect(waitedBetween(log, "out")).toBe(true);
  });

  it("score's listing of files not scored waits for standard error's reader after each file", async () => {
    const { log } = await stalled(["score", files, "--format", "json", "--quiet"]);
    // 3 of the 60 files are invalid (one in 20), each listed with its two findings.
    expect(log.filter((e) => e === "err?")).toHaveLength(3);
  });

  it("validate's json and its listing wait the same", async () => {
    const json = await stalled(["validate", files, "--format", "json"]);
    expect(json.code).toBe(1);
    expect(waitedBetween(json.log, "out")).toBe(true);
    expect(json.log.filter((e) => e === "out").length).toBeGreaterThan(60);
    const text = await stalled(["validate", files]);
    expect(text.log.filter((e) => e === "err?")).toHaveLength(3);
  });
});

describe("-o naming a report stored decomposed (NFD, from a Mac) typed composed (NFC)", () => {
  // Each was written beside the stored one as a second file of the same visible name, without a word of it.
  const example = path.join("examples", "so-khcn-quang-binh.yaml");
  it.each([
    ["score", ["score", example, "-o"], "Báo cáo.json"],
    ["score --output-dir", ["score", example, "--format", "md", "--output-dir"], "Báo cáo"],
    ["explain", ["explain", example, "-o"], "Giải thích.md"],
    ["validate", ["validate", example, "-o"], "Kiểm tra.json"],
  ])("%s: is that file, refused without --force and replaced with it", async (_, args, name) => {
    const folder = mkdtempSync(path.join(tmpdir(), "egov-nfd-out-"));
    try {
      const stored = path.join(folder, name.normalize("NFD"));
      const isDir = !name.includes(".");
      if (isDir) { mkdirSync(stored); writeFileSync(path.join(stored, "egov-score-report.md"), "old\n"); } else writeFileSync(stored, "old\n");
      const typed = path.join(folder, name.normalize("NFC"));
      const refused = await runCli([...args, typed]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("--force");
      const written = await runCli([...args, typed, "--force"]);
      expect(written.code).toBe(0);
      expect(readdirSync(folder)).toEqual([name.normalize("NFD")]);
      expect(readFileSync(isDir ? path.join(stored, "egov-score-report.md") : stored, "utf8")).not.toBe("old\n");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("-o into a folder that is not there", () => {
  // score made it; validate, explain, schema and the rubric commands said "Cannot write …: no such file or folder".
  const example = path.join("examples", "so-khcn-quang-binh.yaml");
  it.each([
    ["score", ["score", example, "--format", "json"]],
    ["validate", ["validate", example, "--format", "json"]],
    ["explain", ["explain", example, "--format", "md"]],
    ["schema agency", ["schema", "agency", "--rubric", "dti-cap-xa"]],
    ["rubric lint", ["rubric", "lint", "rubrics/dti-cap-xa.yaml", "--format", "json"]],
  ])("%s makes it, parents first", async (_, args) => {
    const folder = mkdtempSync(path.join(tmpdir(), "egov-missing-out-"));
    try {
      const target = path.join(folder, "nop", "2025", "report.out");
      const r = await runCli([...args, "-o", target]);
      expect([r.code, r.stderr]).toEqual([0, expect.stringContaining(target)]);
      expect(readFileSync(target, "utf8").length).toBeGreaterThan(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("a file where a folder is to be made is said as score says it, and nothing is made", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "egov-missing-out-"));
    try {
      writeFileSync(path.join(folder, "nop"), "");
      const target = path.join(folder, "nop", "2025", "v.json");
      const r = await runCli(["validate", example, "--format", "json", "-o", target]);
      expect([r.code, r.stderr.trim()]).toEqual([2, `Cannot write ${target}: a file stands where a folder is needed`]);
      expect(readdirSync(folder)).toEqual(["nop"]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
