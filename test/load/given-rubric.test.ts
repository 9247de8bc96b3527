import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkFast } from "../../src/load/fast-agency.js";
import { validateWithGivenRubric } from "../../src/load/given-rubric.js";
import { parseAgencyFile, validateAgency } from "../../src/load/load-agency.js";
import { loadRubric } from "../../src/load/load-rubric.js";
import { bundledRubricFile } from "../../src/load/registry.js";
import { errorLine } from "../../src/report/common.js";

const loaded = (() => { const o = loadRubric(bundledRubricFile("dti-cap-so")!); if (!o.ok) throw new Error("rubric"); return o.loaded; })();
const example = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8");
const withoutRubric = example.replace(/^rubric:.*\n/m, "");

describe("an agency file that names no rubric, checked with the rubric --rubric gives", () => {
  const slow = (text: string) => { const parsed = parseAgencyFile("a.yaml", text); if (!parsed.ok) throw new Error("parse"); return validateWithGivenRubric(parsed.agency, loaded); };

  // With no key, the warning is at the first key; at an empty key, there, where the line is to be filled in.
  const lines = withoutRubric.split("\n").length;
  it.each([
    ["no rubric key", withoutRubric, 4, ""],
    ["an empty rubric key", withoutRubric.replace("example: true", "rubric:\nexample: true"), 4, "rubric"],
    ["an empty rubric key at the end", `${withoutRubric}rubric:\n`, lines, "rubric"],
    ["rubric: ~", `${withoutRubric}rubric: ~\n`, lines, "rubric"],
    ['rubric: ""', `${withoutRubric}rubric: ""\n`, lines, "rubric"],
    ["rubric: {}", `${withoutRubric}rubric: {}\n`, lines, "rubric"],
    ['rubric: {id: "", version: " "}', `${withoutRubric}rubric: {id: "", version: " "}\n`, lines, "rubric"],
    ["rubric: {id: ~, version: ~}", `${withoutRubric}rubric: {id: ~, version: ~}\n`, lines, "rubric"],
  ])("%s: valid, read as answering that rubric, with one warning where the line goes", (_, text, line, at) => {
    const outcome = slow(text);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.agency.rubric).toEqual({ id: "dti-cap-so", version: "2025.1" });
    expect(outcome.warnings.map((w) => [w.code, w.severity, w.line, w.col, w.path])).toEqual([["rubric-from-option", "warning", line, 1, at]]);
  });

  // What the collector did (the rubric taken from --rubric) is said first, before the file's own warnings, even where its line comes last.
  it("the warning goes before the file's own warnings, whatever their lines", () => {
    const outcome = slow(`${withoutRubric.replace('submitted: "2025-09-26"', 'submitted: "2015-09-26"')}rubric:\n`);
    expect(outcome.ok && outcome.warnings.map((w) => w.code)).toEqual(["rubric-from-option", "submitted-outside-period"]);
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
    ["no rubric key, another key misspelt", withoutRubric.replace(/^respondent:/m, "respondnet:")],
    ["a rubric key in another case", example.replace(/^rubric:/m, "Rubric:")],
    ["another rubric", example.replace("id: dti-cap-so", "id: dti-cap-xa")],
    ["rubric: {}", example.replace(/^rubric:.*$/m, "rubric: {}")],
    ['rubric: ""', example.replace(/^rubric:.*$/m, 'rubric: ""')],
    ['rubric: {id: "", version: ""}', example.replace(/^rubric:.*$/m, 'rubric: {id: "", version: ""}')],
    ['rubric: {id: "", version: "2025.1"}', example.replace(/^rubric:.*$/m, 'rubric: {id: "", version: "2025.1"}')],
  ])("%s: the fast path says what the slow one says", (_, text) => {
    const fast = checkFast("a.yaml", text, () => loaded, validateWithGivenRubric);
    expect(fast).toBeDefined();
    expect(fast?.outcome).toEqual(slow(text));
  });

  // Without --rubric a rubric line left empty is an error at the key, the fast path's as the slow path's.
  it.each([['""'], ["{}"], ['{id: "", version: ""}'], ['{id: "", version: "2025.1"}']])("rubric: %s, no --rubric: one empty-value finding, the same both ways", (written) => {
    const text = example.replace(/^rubric:.*$/m, `rubric: ${written}`);
    const parsed = parseAgencyFile("a.yaml", text);
    if (!parsed.ok) throw new Error("parse");
    const outcome = validateAgency(parsed.agency, loaded);
    expect(!outcome.ok && outcome.diagnostics.map((d) => [d.code, d.path])).toEqual([["empty-value", written.includes("2025.1") ? "rubric/id" : "rubric"]]);
    expect(checkFast("a.yaml", text, () => loaded, validateAgency)?.outcome).toEqual(outcome);
  });

  // `rubric: {}` was told "expected: a mapping of keys to values", which it is: what it lacks is the id and version.
  it.each([[""], ['""'], ["{}"], ['{id: "", version: ""}']])("rubric: %s, no --rubric: expected the rubric's id and version, not a mapping", (written) => {
    const parsed = parseAgencyFile("a.yaml", example.replace(/^rubric:.*$/m, `rubric: ${written}`.trimEnd()));
    if (!parsed.ok) throw new Error("parse");
    const outcome = validateAgency(parsed.agency, loaded);
    const [finding] = !outcome.ok ? outcome.diagnostics : [];
    expect(errorLine(finding!, "en")).toContain('expected: the rubric\'s id and version, {id: …, version: "…"};');
    expect(errorLine(finding!, "vi")).toContain('cần ghi: mã và phiên bản của bộ chỉ số, {id: …, version: "…"};');
  });

  it("a file that names the rubric is checked as before: no warning", () => {
    const outcome = slow(example);
    expect(outcome.ok && outcome.warnings.map((w) => w.code)).toEqual([]);
  });

  it("a file that names another rubric is still refused for it", () => {
    const outcome = slow(example.replace("id: dti-cap-so", "id: dti-cap-xa"));
    expect(!outcome.ok && outcome.diagnostics.map((d) => d.code)).toEqual(["rubric-mismatch"]);
  });

  // A commune's file in a folder scored with --rubric dti-cap-so answers dti-cap-xa: it is not to be told
  // "expected: dti-cap-so" (rewrite its rubric line), but how to score it with its own rubric.
  it("a file that names another rubric is told to be scored with its own, not to write --rubric's into it", () => {
    const outcome = slow(example.replace("id: dti-cap-so", "id: dti-cap-xa"));
    const finding = !outcome.ok ? outcome.diagnostics[0]! : undefined;
    expect(errorLine(finding!, "en")).not.toContain("expected:");
    expect(errorLine(finding!, "vi")).not.toContain("cần ghi:");
    // Nor does the json report's finding carry the values that line was made of.
    expect(finding!.params).not.toHaveProperty("values");
    expect(errorLine(finding!, "en")).toContain("leave out --rubric and each file is scored with the rubric it names (dti-cap-xa for this one)");
    expect(errorLine(finding!, "vi")).toContain("bỏ --rubric thì mỗi tệp được chấm theo bộ chỉ số tệp ghi (tệp này: dti-cap-xa)");
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

  it("no rubric key and another key misspelt (respondnet:): read as naming none, the other key's did-you-mean kept", () => {
    const outcome = slow(withoutRubric.replace(/^respondent:/m, "respondnet:"));
    expect(!outcome.ok && outcome.diagnostics.map((d) => [d.code, d.params.suggestion])).toEqual([["rubric-from-option", undefined], ["unknown-field", "respondent"]]);
  });

  // A commune's file, its rubric line deleted, among departments' scored with --rubric dti-cap-so: read as answering
  // dti-cap-so it got 74 findings and the line of dti-cap-so to add.
  const commune = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8").replace(/^rubric:.*\n/m, "");
  it.each([["commune", commune], ["in words, UBND xã", commune.replace("type: commune", "type: UBND xã")]])("no rubric key, an agency type (%s) of another bundled rubric only: one finding, the line of that rubric, not read as --rubric's", (_, text) => {
    const outcome = slow(text);
    expect(!outcome.ok && outcome.diagnostics.map((d) => [d.code, d.severity, d.params.hint_rubric_line, d.params.hint_type_rubric])).toEqual([["missing-field", "error", 'rubric: {id: dti-cap-xa, version: "2025.2"}', "dti-cap-xa"]]);
    const finding = !outcome.ok ? outcome.diagnostics[0]! : undefined;
    expect(errorLine(finding!, "en")).toContain('add this line at the top of the file: rubric: {id: dti-cap-xa, version: "2025.2"}; the agency type ');
    expect(errorLine(finding!, "en")).toContain("the file is likely for rubric dti-cap-xa, so it is not read as answering dti-cap-so; add the line above, then score without --rubric");
    expect(errorLine(finding!, "vi")).toContain("tệp này có lẽ dành cho bộ chỉ số dti-cap-xa, nên không được đọc là phiếu theo bộ chỉ số dti-cap-so");
    expect(checkFast("a.yaml", text, () => loaded, validateWithGivenRubric)?.outcome).toEqual(outcome);
  });

  it("no rubric key, a type --rubric's rubric has, or one no bundled rubric has: read as answering --rubric's, as before", () => {
    expect(slow(withoutRubric).ok).toBe(true);
    const misspelt = slow(withoutRubric.replace("type: department", "type: departmant"));
    expect(!misspelt.ok && misspelt.diagnostics.map((d) => d.code)).toEqual(["rubric-from-option", "not-allowed-value"]);
  });

  it("an invalid file keeps its errors, the warning first", () => {
    const outcome = slow(withoutRubric.replace("value: cap-pho", "value: cap-truong-phong"));
    expect(!outcome.ok && outcome.diagnostics.map((d) => d.code)).toEqual(["rubric-from-option", "not-allowed-value"]);
  });
});
