import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkFast } from "../../src/load/fast-agency.js";
import { validateWithGivenRubric } from "../../src/load/given-rubric.js";
import { parseAgencyFile } from "../../src/load/load-agency.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { bundledRubricFile } from "../../src/load/registry.js";
import { runCli } from "../helpers/run-cli.js";

const loaded = (() => { const o = loadRubric(bundledRubricFile("dti-cap-so")!); if (!o.ok) throw new Error("rubric"); return o.loaded; })();
const example = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8");
const withoutRubric = example.replace(/^rubric:.*\n/m, "");
const dir = mkdtempSync(path.join(tmpdir(), "egov-given-rubric-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => { const f = path.join(dir, name); writeFileSync(f, text); return f; };

describe("an agency file that names no rubric, checked with the rubric --rubric gives", () => {
  const slow = (text: string) => { const parsed = parseAgencyFile("a.yaml", text); if (!parsed.ok) throw new Error("parse"); return validateWithGivenRubric(parsed.agency, loaded); };

  it.each([
    ["no rubric key", withoutRubric],
    ["an empty rubric key", withoutRubric.replace("example: true", "rubric:\nexample: true")],
  ])("%s: valid, read as answering that rubric, with one warning at the first key", (_, text) => {
    const outcome = slow(text);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.agency.rubric).toEqual({ id: "dti-cap-so", version: "2025.1" });
    expect(outcome.warnings.map((w) => [w.code, w.severity, w.line])).toEqual([["rubric-from-option", "warning", text.split("\n").findIndex((l) => /^\w/.test(l)) + 1]]);
  });

  it("the fast path says the same as the slow one", () => {
    expect(checkFast("a.yaml", withoutRubric, () => loaded, validateWithGivenRubric)?.outcome).toEqual(slow(withoutRubric));
  });

  it("a file that names the rubric is checked as before: no warning", () => {
    const outcome = slow(example);
    expect(outcome.ok && outcome.warnings.map((w) => w.code)).toEqual([]);
  });

  it("a file that names another rubric is still refused for it", () => {
    const outcome = slow(example.replace("id: dti-cap-so", "id: dti-cap-xa"));
    expect(!outcome.ok && outcome.diagnostics.map((d) => d.code)).toEqual(["rubric-mismatch"]);
  });

  // The file names a rubric there: read as naming none, it got the warning and a line to add, and its key's
  // "did you mean rubric?" became "delete this key".
  it.each([
    ["misspelt", "rubic:"],
    ["in another case", "Rubric:"],
  ])("a rubric key %s: checked as written, its did-you-mean kept, no rubric-from-option", (_, key) => {
    const outcome = slow(example.replace(/^rubric:/m, key));
    expect(!outcome.ok && outcome.diagnostics.map((d) => [d.code, d.params.suggestion])).toEqual([["unknown-field", "rubric"]]);
  });

  it("an invalid file keeps its errors, the warning first", () => {
    const outcome = slow(withoutRubric.replace("value: cap-pho", "value: cap-truong-phong"));
    expect(!outcome.ok && outcome.diagnostics.map((d) => d.code)).toEqual(["rubric-from-option", "not-allowed-value"]);
  });
});

describe("score, validate and explain on a file that names no rubric", () => {
  const agency = file("stc.yaml", withoutRubric);

  it.each([["score"], ["validate"], ["explain"]])("%s --rubric: scored or valid (exit 0), the warning and the line to add said in vi and en", async (command) => {
    const en = await runCli([command, "--rubric", "dti-cap-so", agency, "--lang", "en"]);
    const vi = await runCli([command, "--rubric", "dti-cap-so", agency, "--lang", "vi"]);
    expect([en.code, vi.code]).toEqual([0, 0]);
    expect(en.stderr).toContain("warning The file names no rubric: it was read as answering rubric dti-cap-so version 2025.1, the one --rubric gives [rubric-from-option]");
    expect(en.stderr).toContain('hint: add this line at the top of the file: rubric: {id: dti-cap-so, version: "2025.1"}\n');
    expect(vi.stderr).toContain("Tệp không ghi bộ chỉ số (rubric) nên được đọc là phiếu trả lời bộ chỉ số dti-cap-so phiên bản 2025.1");
    expect(vi.stderr).toContain('gợi ý: thêm dòng này ở đầu tệp: rubric: {id: dti-cap-so, version: "2025.1"}\n');
  });

  it.each([["score"], ["validate"]])("%s without --rubric: still an error (exit 1), its hint the line to add or --rubric", async (command) => {
    const r = await runCli([command, agency, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Missing required field "rubric" [missing-field]');
    expect(r.stderr).toContain('hint: add this line at the top of the file: rubric: {id: dti-cap-so, version: "2025.1"} (the rubric the file was checked against), or name the rubric with --rubric');
  });

  it("score --format json carries the warning with the agency", async () => {
    const r = await runCli(["score", "--rubric", "dti-cap-so", agency, "--format", "json"]);
    const report = JSON.parse(r.stdout) as { rubrics: { agencies: { file_warnings?: { code: string }[] }[] }[] };
    expect(report.rubrics[0]!.agencies[0]!.file_warnings?.map((w) => w.code)).toEqual(["rubric-from-option"]);
  });
});
