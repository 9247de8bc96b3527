import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emitReport, planOutputs } from "../../src/cli/emit-report.js";
import { UsageError } from "../../src/cli/errors.js";
import { rankedReport } from "../../src/report/ranked.js";
import { formatHtml } from "../../src/report/html.js";
import type { ScoreReport } from "../../src/report/report.js";
import { runCli } from "../helpers/run-cli.js";
import { captureContext, cleanup, hostileDir, REPRODUCIBLE, SEED, tempDir } from "./helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

describe("several formats in one run", () => {
  it("--format html,csv,xlsx,md --output-dir writes four files named after their format", async () => {
    const dir = path.join(tempDir(temps), "out");
    const r = await runCli(["score", "examples/", "--format", "html,csv,xlsx,md", "--output-dir", dir], { env: REPRODUCIBLE });
    expect(r.code).toBe(1); // the invalid example is listed in every report
    expect(readdirSync(dir).sort()).toEqual(["egov-score-report.csv", "egov-score-report.html", "egov-score-report.md", "egov-score-report.xlsx"]);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`Wrote ${path.join(dir, "egov-score-report.html")} (html)`);
    expect(readFileSync(path.join(dir, "egov-score-report.xlsx")).subarray(0, 2).toString()).toBe("PK");
    // No temporary files are left behind.
    expect(readdirSync(dir).some((f) => f.endsWith(".tmp"))).toBe(false);
  });

  it("-o files take their format from the extension; one more --format goes to stdout", async () => {
    const dir = tempDir(temps);
    const html = path.join(dir, "r.html"), csv = path.join(dir, "r.csv"), md = path.join(dir, "sub", "r.markdown");
    const r = await runCli(["score", SEED, "-o", html, "-o", csv, "-o", md, "--format", "json"], { env: REPRODUCIBLE });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rubrics[0].id).toBe("dti-cap-so");
    expect(readFileSync(html, "utf8")).toMatch(/^<!DOCTYPE html>/);
    expect(readFileSync(csv, "utf8").charCodeAt(0)).toBe(0xfeff);
    expect(readFileSync(md, "utf8")).toMatch(/^### /);
  });

  it("never overwrites without --force, and checks every file before writing any", async () => {
    const dir = tempDir(temps);
    writeFileSync(path.join(dir, "egov-score-report.md"), "mine");
    const r = await runCli(["score", SEED, "--format", "html,md", "--output-dir", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--force");
    expect(existsSync(path.join(dir, "egov-score-report.html"))).toBe(false);
    expect(readFileSync(path.join(dir, "egov-score-report.md"), "utf8")).toBe("mine");
    expect((await runCli(["score", SEED, "--format", "html,md", "--output-dir", dir, "--force"])).code).toBe(0);
    expect(readFileSync(path.join(dir, "egov-score-report.md"), "utf8")).toMatch(/^### /);
  });

  it("a report file another program made while the batch was scored is left as it is, and said so (exit 2)", async () => {
    const file = path.join(tempDir(temps), "r.json");
    const { ctx, err } = await captureContext("en");
    // The other program's file appears after the check at the start, while the report is made.
    const source = { report: () => { throw new Error("not reached: the json is streamed"); }, jsonChunks: () => { writeFileSync(file, "theirs"); return ["{}"]; } };
    const error = await emitReport(ctx, source, { output: [file] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).key).toBe("output-made-meanwhile");
    expect(readFileSync(file, "utf8")).toBe("theirs");
    expect(readdirSync(path.dirname(file))).toEqual(["r.json"]); // no temporary file left
    expect(err()).not.toContain("Wrote");
  });

  it("a large batch's html is written from its agencies read one at a time, never from the whole report: the bytes formatHtml gives", async () => {
    const dir = tempDir(temps);
    const report: ScoreReport = { tool: { name: "egov-score", version: "test" }, generated_at: "2025-09-25T00:00:00.000Z", rubrics: [], not_scored: [{ file: "a <b>.yaml", agency: { id: "x", name: "Sở Đông Hà" }, errors: [{ code: "wrong-type", severity: "error", line: 3, col: 7, path: "agency", params: {} }] }] };
    const { ctx } = await captureContext("en");
    await emitReport(ctx, { report: () => { throw new Error("not reached: the html is streamed"); }, ranked: () => rankedReport(report) }, { output: [path.join(dir, "r.html")] });
    expect(readFileSync(path.join(dir, "r.html"), "utf8")).toBe(formatHtml(report, { lang: "en" }));
  });

  it("a report file made while the agencies were read and scored, before the reports are begun, is said to be made meanwhile too", async () => {
    // score checks its outputs before any work and calls emitReport once the batch is scored: most of a long
    // batch's time, and the likeliest moment for another program's file to appear, is before emitReport.
    const file = path.join(tempDir(temps), "r.json");
    writeFileSync(file, "theirs");
    const { ctx, err } = await captureContext("en");
    const error = await emitReport(ctx, { report: () => { throw new Error("not reached"); }, jsonChunks: () => ["{}"] }, { output: [file] }).catch((e: unknown) => e);
    expect((error as UsageError).key).toBe("output-made-meanwhile");
    expect(readFileSync(file, "utf8")).toBe("theirs");
    expect(err()).not.toContain("Wrote");
  });

  it("two outputs that are one file (a link, a hard link) are refused before anything is written, --force or not", async () => {
    const dir = tempDir(temps);
    const json = path.join(dir, "r.json");
    writeFileSync(json, "earlier");
    symlinkSync("r.json", path.join(dir, "r.csv"));
    linkSync(json, path.join(dir, "r.md"));
    for (const other of ["r.csv", "r.md"]) {
      for (const force of [["--force"], []]) {
        const r = await runCli(["score", SEED, "-o", json, "-o", path.join(dir, other), ...force]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("named twice");
        expect(readFileSync(json, "utf8")).toBe("earlier");
      }
    }
  });

  it("usage errors: unknown format, unknown extension, several formats to stdout, a file named twice", () => {
    const key = (f: () => unknown) => { try { f(); } catch (e) { return e instanceof UsageError ? e.key : String(e); } return "none"; };
    expect(key(() => planOutputs({ format: "pdf" }))).toBe("unknown-format");
    expect(key(() => planOutputs({ output: ["r.pdf"] }))).toBe("rpt-format-unknown-for-file");
    expect(key(() => planOutputs({ format: "csv,md" }))).toBe("rpt-several-to-stdout");
    expect(key(() => planOutputs({ format: "xlsx" }))).toBe("rpt-xlsx-needs-file");
    expect(key(() => planOutputs({ output: ["a.csv", "./a.csv"] }))).toBe("rpt-same-file");
    expect(planOutputs({})).toEqual([{ format: "table" }]);
    expect(planOutputs({ format: "json", output: ["r.dat"] })).toEqual([{ format: "json", file: "r.dat" }]);
    expect(planOutputs({ format: "markdown" })).toEqual([{ format: "md" }]);
    // `-o -` is standard output, as `-` is standard input among the paths (never a file named "-").
    expect(planOutputs({ format: "csv", output: ["-"] })).toEqual([{ format: "csv" }]);
    expect(planOutputs({ output: ["-", "r.html"] })).toEqual([{ format: "html", file: "r.html" }, { format: "table" }]);
    expect(planOutputs({ format: "csv,html", output: ["r.html", "-"] })).toEqual([{ format: "html", file: "r.html" }, { format: "csv" }]);
    expect(key(() => planOutputs({ format: "xlsx", output: ["-"] }))).toBe("rpt-xlsx-needs-file");
    expect(key(() => planOutputs({ output: ["-"], outputDir: "out" }))).toBe("rpt-dash-with-dir");
    expect(planOutputs({ outputDir: "o" }).map((t) => t.format)).toEqual(["json", "csv", "md", "html", "xlsx"]);
    expect(planOutputs({ format: "table,html", output: ["x.html"] })).toEqual([{ format: "html", file: "x.html" }, { format: "table" }]);
  });

  it("--output-dir without --format takes every file format no -o writes; a folder left with none, and a --format naming none, are refused", () => {
    const key = (f: () => unknown) => { try { f(); return "no error"; } catch (e) { return e instanceof UsageError ? e.key : String(e); } };
    expect(planOutputs({ output: ["a.json"], outputDir: "d" })).toEqual([{ format: "json", file: "a.json" }, ...["csv", "md", "html", "xlsx"].map((f) => ({ format: f, file: path.join("d", `egov-score-report.${f}`) }))]);
    // Every format named already goes to an -o: the folder would be made empty and the option ignored.
    expect(key(() => planOutputs({ format: "json", output: ["a.json"], outputDir: "d" }))).toBe("rpt-dir-unused");
    expect(key(() => planOutputs({ output: ["a.json", "a.csv", "a.md", "a.html", "a.xlsx"], outputDir: "d" }))).toBe("rpt-dir-unused");
    // As explain refuses --format "": not taken for the default table.
    expect(key(() => planOutputs({ format: "" }))).toBe("unknown-format");
    expect(key(() => planOutputs({ format: " , " }))).toBe("unknown-format");
  });

  it("an --output-dir that would get no report is said in the user's language, and no folder is made", async () => {
    const dir = tempDir(temps);
    const out = path.join(dir, "reports");
    const vi = await runCli(["score", SEED, "-f", "json", "-o", path.join(dir, "a.json"), "--output-dir", out, "--lang", "vi"]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain(`--output-dir ${out} sẽ không nhận báo cáo nào`);
    expect(existsSync(out)).toBe(false);
    const en = await runCli(["score", SEED, "-f", ""]);
    expect([en.code, en.stdout, en.stderr]).toEqual([2, "", 'Unknown format "" (--format); formats: table, json, csv, md, html, xlsx\n']);
  });

  it("a table written to a file is plain text", async () => {
    const dir = tempDir(temps);
    const file = path.join(dir, "r.txt");
    expect((await runCli(["score", SEED, "-o", file])).code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("Sở Khoa học và Công nghệ tỉnh Quảng Bình");
    expect(readFileSync(file, "utf8")).not.toMatch(/\u001b\[/);
  });
});

describe("the json report and its schema", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  (addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync("schemas/report.schema.json", "utf8")));

  it.each([
    ["the seed agency", [SEED]],
    ["every example (three rubrics, verified values, a file not scored)", ["examples/"]],
  ])("schemas/report.schema.json accepts the real output: %s", async (_, paths) => {
    const r = await runCli(["score", ...paths, "--format", "json"], { env: REPRODUCIBLE });
    const report = JSON.parse(r.stdout);
    expect(validate(report), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it("accepts hostile texts and carries evidence by indicator code", async () => {
    const r = await runCli(["score", hostileDir(temps), "--format", "json"], { env: REPRODUCIBLE });
    const report = JSON.parse(r.stdout);
    expect(validate(report), JSON.stringify(validate.errors, null, 1)).toBe(true);
    const seed = report.rubrics[0].agencies.find((a: { score: { agency: { id: string } } }) => a.score.agency.id === "qb-skhcn");
    expect(seed.evidence["1.1"]).toHaveLength(4);
    expect(Object.keys(seed.evidence)[0]).toBe("1.1");
  });

  it("rejects a shape the documentation does not describe", async () => {
    const r = await runCli(["score", SEED, "--format", "json"], { env: REPRODUCIBLE });
    const report = JSON.parse(r.stdout);
    report.rubrics[0].agencies[0].score.surprise = 1;
    expect(validate(report)).toBe(false);
  });
});

describe("lazy formatters", () => {
  /** Modules reachable through static imports only. */
  function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    for (const m of readFileSync(entry, "utf8").matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)";/gm)) {
      const spec = m[1]!;
      if (spec.startsWith(".")) staticGraph(path.resolve(path.dirname(entry), spec.replace(/\.js$/, ".ts")), seen);
      else seen.add(`pkg:${spec}`);
    }
    return seen;
  }

  it("only the xlsx formatter reaches exceljs, and only through a dynamic import", () => {
    for (const file of ["src/cli/emit-report.ts", "src/cli/commands/score.ts", "src/report/table.ts", "src/report/csv.ts", "src/report/html.ts", "src/report/markdown.ts", "src/report/xlsx.ts", "src/cli/register-explain.ts", "src/cli/commands/explain.ts"]) {
      expect([...staticGraph(path.resolve(file))].filter((m) => m.startsWith("pkg:exceljs")), file).toEqual([]);
    }
    expect(readFileSync("src/report/xlsx.ts", "utf8")).toContain(`await import("exceljs")`);
    expect(readFileSync("src/cli/emit-report.ts", "utf8")).toContain(`await import("../report/xlsx.js")`);
  });

  it("the explain logic is pure: no fs, process or chalk", () => {
    for (const file of readdirSync("src/explain").map((f) => path.resolve("src/explain", f))) {
      const graph = [...staticGraph(file)];
      expect(graph.filter((m) => /^pkg:(chalk|node:)/.test(m)), file).toEqual([]);
      for (const f of graph.filter((x) => !x.startsWith("pkg:"))) expect(readFileSync(f, "utf8"), f).not.toMatch(/\bprocess\.|from "node:/);
    }
  });
});

describe("an output path the system refuses is the user's to fix, not an internal error", () => {
  it.each([
    ["-o onto a folder, even with --force", (d: string) => ["-o", path.join(d, "folder.json"), "--force"], "folder.json: it is a folder"],
    ["-o below a file", (d: string) => ["-o", path.join(d, "file.yaml", "x.json")], "a file stands where a folder is needed"],
    ["--output-dir that is a file", (d: string) => ["--format", "csv", "--output-dir", path.join(d, "file.yaml")], "a file stands where a folder is needed"],
    ["-o onto a device, even with --force", () => ["-o", "/dev/null", "--format", "json", "--force"], "it is not a plain file"],
    // Node's own recursive mkdir loops for ever on a folder the system will not make under one that exists.
    // The system's reason: root is told there is no such folder; any other user, that it may not make one.
    ...(process.platform === "linux" ? [["--output-dir where the system makes no folder (/proc)", () => ["--format", "csv", "--output-dir", "/proc/egov-score/x"], process.getuid?.() === 0 ? "/proc/egov-score: no such file or folder" : "/proc/egov-score/x/egov-score-report.csv: permission denied"] as [string, (d: string) => string[], string]] : []),
  ] as [string, (d: string) => string[], string][])("%s", async (_, args, words) => {
    const dir = tempDir(temps);
    mkdirSync(path.join(dir, "folder.json"));
    writeFileSync(path.join(dir, "file.yaml"), "x");
    const r = await runCli(["score", SEED, "--lang", "en", ...args(dir)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cannot write");
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/internal error/i);
  });
});

describe("every command that writes -o says why the system refuses it", () => {
  // Each writes files of its own kind: init an agency file (.yaml, the only names it takes), the others md.
  const commands: [string, string[], string][] = [
    ["init", ["init"], "yaml"],
    ["explain", ["explain", SEED], "md"],
    ["rubric show", ["rubric", "show", "dti-cap-so", "--format", "md"], "md"],
  ];
  it.each(commands)("%s: below a file, onto a folder, onto a pipe", async (_, command, ext) => {
    const dir = tempDir(temps);
    writeFileSync(path.join(dir, "file.txt"), "x");
    mkdirSync(path.join(dir, `folder.${ext}`));
    spawnSync("mkfifo", [path.join(dir, `pipe.${ext}`)]);
    const cases: [string, string][] = [
      [path.join(dir, "file.txt", `out.${ext}`), "part of the path is a file, not a folder"],
      [path.join(dir, `folder.${ext}`), "it is a folder"],
      [path.join(dir, `pipe.${ext}`), "it is not a plain file"],
    ];
    for (const [target, words] of cases) {
      const r = await runCli([...command, "-o", target, "--force", "--lang", "en"]);
      expect([r.code, r.stderr.includes(`Cannot write ${target}: ${words}`)], r.stderr).toEqual([2, true]);
    }
    expect(statSync(path.join(dir, `pipe.${ext}`)).isFIFO()).toBe(true);
  });
});
