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

  // With no key, the warning is at the first key; at an empty key, there, where the line is to be filled in.
  const lines = withoutRubric.split("\n").length;
  it.each([
    ["no rubric key", withoutRubric, 4, ""],
    ["an empty rubric key", withoutRubric.replace("example: true", "rubric:\nexample: true"), 4, "rubric"],
    ["an empty rubric key at the end", `${withoutRubric}rubric:\n`, lines, "rubric"],
    ["rubric: ~", `${withoutRubric}rubric: ~\n`, lines, "rubric"],
  ])("%s: valid, read as answering that rubric, with one warning where the line goes", (_, text, line, at) => {
    const outcome = slow(text);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.agency.rubric).toEqual({ id: "dti-cap-so", version: "2025.1" });
    expect(outcome.warnings.map((w) => [w.code, w.severity, w.line, w.col, w.path])).toEqual([["rubric-from-option", "warning", line, 1, at]]);
  });

  // The batch reads most files with the plain reader (checkFast); its findings and their places must be the slow way's.
  it.each([
    ["no rubric key", withoutRubric],
    ["no rubric key, a comment first", `# gửi lại\n${withoutRubric}`],
    ["no rubric key, Windows line ends", withoutRubric.replace(/\n/g, "\r\n")],
    ["an empty rubric key", `rubric:\n${withoutRubric}`],
    ["an empty rubric key at the end", `${withoutRubric}rubric:\n`],
    ["rubric: ~", `${withoutRubric}rubric: ~\n`],
    ["no rubric key and a wrong answer", withoutRubric.replace("value: cap-pho", "value: cap-truong-phong")],
    ["a misspelt rubric key", example.replace(/^rubric:/m, "rubic:")],
    ["a rubric key in another case", example.replace(/^rubric:/m, "Rubric:")],
    ["another rubric", example.replace("id: dti-cap-so", "id: dti-cap-xa")],
    ["rubric: {}", example.replace(/^rubric:.*$/m, "rubric: {}")],
    ['rubric: ""', example.replace(/^rubric:.*$/m, 'rubric: ""')],
  ])("%s: the fast path says what the slow one says", (_, text) => {
    const fast = checkFast("a.yaml", text, () => loaded, validateWithGivenRubric);
    expect(fast).toBeDefined();
    expect(fast?.outcome).toEqual(slow(text));
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

  it.each([
    ["en", "with --rubric", 'warning The file names no rubric', 'hint: write this line in place of the empty rubric: rubric: {id: dti-cap-so, version: "2025.1"}\n'],
    ["vi", "with --rubric", "Tệp không ghi bộ chỉ số (rubric)", 'gợi ý: viết dòng này thay cho dòng rubric: để trống: rubric: {id: dti-cap-so, version: "2025.1"}\n'],
    ["en", "without --rubric", "error Left empty (required) [empty-value]", 'hint: write this line in place of the empty rubric: rubric: {id: dti-cap-so, version: "2025.1"} (the rubric the file was checked against), or name the rubric with --rubric\n'],
    ["vi", "without --rubric", "[empty-value]", 'gợi ý: viết dòng này thay cho dòng rubric: để trống: rubric: {id: dti-cap-so, version: "2025.1"} (bộ chỉ số đã dùng để kiểm tra tệp), hoặc ghi bộ chỉ số sau --rubric\n'],
  ])("an empty rubric: key at the end (%s, %s): said there, with the line to write in its place", async (lang, option, said, hint) => {
    const emptyKey = file("empty-key.yaml", `${withoutRubric}rubric:\n`);
    const given = option === "with --rubric";
    const r = await runCli(["validate", ...(given ? ["--rubric", "dti-cap-so"] : []), emptyKey, "--lang", lang]);
    expect(r.code).toBe(given ? 0 : 1);
    expect(r.stderr).toContain(said);
    expect(r.stderr).toContain(`> ${withoutRubric.split("\n").length} | rubric:`);
    expect(r.stderr).toContain(hint);
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
