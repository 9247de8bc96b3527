import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const SEED = readFileSync("examples/kho-bac-quang-binh.yaml", "utf8");
const dir = mkdtempSync(path.join(os.tmpdir(), "egov-misspelt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A key misspelt once in the valid example: `written` in place of the first `meant` at that indent. */
function misspelt(indent: string, meant: string, written: string): { file: string; line: number; col: number } {
  const at = SEED.indexOf(`\n${indent}${meant}:`) + 1 + indent.length;
  expect(at).toBeGreaterThan(indent.length);
  const file = path.join(dir, `${written}.yaml`);
  writeFileSync(file, SEED.slice(0, at) + written + SEED.slice(at + meant.length));
  return { file, line: SEED.slice(0, at).split("\n").length, col: indent.length + 1 };
}

// A misspelt key is one finding, at the key, that names the field meant wherever it is shown: the missing field it
// stands for is not said apart, and score's table, the md and validate's json said `Unknown field "agnecy"` alone.
describe("a misspelt key: one finding, with the field meant, in validate and score", () => {
  it.each([
    ["a required top-level key", "agency", "agnecy", ""],
    ["a required top-level key", "period", "peroid", ""],
    ["an optional top-level key", "answers", "answres", ""],
    ["an optional top-level key", "respondent", "respondnet", ""],
    ["an optional top-level key", "example", "exmaple", ""],
    ["a required key of the agency", "name", "nmae", "  "],
    ["an answer's value", "value", "vlaue", "    ", "1.1"],
    ["an answer's evidence", "evidence", "evidnce", "    ", "1.1"],
  ])("%s: %s written %s", async (_, meant, written, indent, indicator?: string) => {
    const { file, line, col } = misspelt(indent, meant, written);
    const checked = await runCli(["validate", file, "--format", "json"]);
    expect(checked.code).toBe(1);
    const findings = JSON.parse(checked.stdout).files[0].diagnostics.map((d: Record<string, unknown>) => ({ code: d.code, line: d.line, col: d.col, message: d.message }));
    expect(findings).toEqual([{ code: "unknown-field", line, col, message: `There is no field "${written}" in the file's format (check the field's name); did you mean ${meant}?` }]);

    const vi = await runCli(["--lang", "vi", "validate", file]);
    expect(vi.code).toBe(1);
    expect(vi.stderr).toContain(`:${line}:${col} lỗi Không có trường "${written}"`);
    expect(vi.stderr).toContain(`gợi ý: có phải là ${meant}?`);
    expect(vi.stderr).not.toMatch(/Thiếu trường|cần ít nhất/);

    const table = await runCli(["score", file]);
    expect(table.code).toBe(1);
    // The reports name the answer a finding under `answers` is about (the code frame of standard error says it apart).
    expect(table.stdout).toContain(`${line}:${col} ${indicator ? `indicator ${indicator}: ` : ""}There is no field "${written}" in the file's format (check the field's name); did you mean ${meant}?`);
    const tableVi = await runCli(["--lang", "vi", "score", file]);
    expect(tableVi.stdout).toContain(`${line}:${col} ${indicator ? `chỉ số ${indicator}: ` : ""}Không có trường "${written}" trong định dạng của tệp (kiểm tra lại tên trường); có phải là ${meant}?`);

    const json = await runCli(["score", file, "--format", "json"]);
    expect(json.code).toBe(1);
    const [refused] = JSON.parse(json.stdout).not_scored;
    expect(refused.errors.map((e: { code: string; line: number; col: number; params: object }) => [e.code, e.line, e.col, e.params])).toEqual([["unknown-field", line, col, expect.objectContaining({ field: written, suggestion: meant })]]);

    const md = await runCli(["score", file, "--format", "md"]);
    expect(md.stdout).toMatch(new RegExp(`${written}\\.yaml:${line}:${col}\`[^\\n]* ${indicator ? `indicator ${indicator.replace(".", "\\.")}: ` : ""}There is no field "${written}" in the file's format \\(check the field's name\\); did you mean ${meant}\\?\\n`));
  });
});

// Renamed as suggested, the key would be there twice (a duplicate-key error): a key the mapping has is not suggested.
describe("a misspelt key beside the key it is near: no suggestion of a key written already", () => {
  it.each([
    ["period", "peroid", "", 'period: "2025"\n', 'peroid: "2024"\n'],
    ["period", "Period", "", 'period: "2025"\n', 'Period: "2024"\n'],
    ["name of the agency", "nmae", "  ", '  name: "Kho bạc Nhà nước Quảng Bình"\n', '  nmae: "Kho bạc tỉnh"\n'],
    ["evidence of an answer", "evidnce", "    ", '    value: 4\n', "    evidnce: []\n"],
  ])("%s, with %s written beside it", async (_, written, indent, after, added) => {
    const at = SEED.indexOf(after) + after.length;
    const file = path.join(dir, `beside-${written}.yaml`);
    writeFileSync(file, SEED.slice(0, at) + added + SEED.slice(at));
    const checked = await runCli(["validate", file, "--format", "json"]);
    expect(checked.code).toBe(1);
    const findings = JSON.parse(checked.stdout).files[0].diagnostics;
    expect(findings.map((d: { code: string; line: number; col: number }) => [d.code, d.line, d.col])).toEqual([["unknown-field", SEED.slice(0, at).split("\n").length, indent.length + 1]]);
    expect(findings[0].params.suggestion).toBeUndefined();
    expect(findings[0].message).toBe(`There is no field "${written}" in the file's format (check the field's name)`);
  });
});

// `an: true` beside its reason was three findings in a verified block: the key, a missing value, a reason without na.
describe("na misspelt: one finding, not also a reason without na nor a missing value", () => {
  const NA_SEED = readFileSync("examples/ban-qlkkt-quang-binh.yaml", "utf8");
  it.each([
    ["an answer's", "an", "    na: true\n", (s: string) => s],
    ["an answer's, in capitals", "Na", "    na: true\n", (s: string) => s],
    ["a verified block's", "an", "    verified: {na: true, reason: \"Không áp dụng\", by: Sở KH&CN}\n", (s: string) => s.replace('  "1.1":\n', '  "1.1":\n    verified: {na: true, reason: "Không áp dụng", by: Sở KH&CN}\n')],
  ])("%s na written %s", async (_, written, line, prepare) => {
    const seed = prepare(NA_SEED);
    const at = seed.indexOf(line);
    expect(at).toBeGreaterThan(-1);
    const file = path.join(dir, `na-${written}-${line.length}.yaml`);
    writeFileSync(file, seed.slice(0, at) + line.replace("na:", `${written}:`) + seed.slice(at + line.length));
    const checked = await runCli(["validate", file, "--format", "json"]);
    expect(checked.code).toBe(1);
    const findings = JSON.parse(checked.stdout).files[0].diagnostics;
    expect(findings.map((d: { code: string; line: number; message: string }) => [d.code, d.line, d.message])).toEqual([["unknown-field", seed.slice(0, at).split("\n").length, expect.stringMatching(new RegExp(`no field "${written}" in the file's format \\(check the field's name\\); did you mean na\\?$`))]]);
  });
});
