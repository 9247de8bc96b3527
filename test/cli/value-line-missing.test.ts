import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const SEED = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");
const dir = mkdtempSync(path.join(os.tmpdir(), "egov-value-line-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The example with 1.5's lines `"1.5":` … up to `"1.6":` replaced by `entry`. */
function with15(name: string, entry: string): string {
  const from = SEED.indexOf('  "1.5":\n');
  const to = SEED.indexOf('  "1.6":\n');
  expect(from).toBeGreaterThan(0);
  const file = path.join(dir, `${name}.yaml`);
  writeFileSync(file, SEED.slice(0, from) + entry + SEED.slice(to));
  return file;
}

const LINE = SEED.slice(0, SEED.indexOf('  "1.5":\n')).split("\n").length;
const EVIDENCE = '    evidence:\n      - {title: "Chuyên mục Chuyển đổi số", link: "https://skhcn.quangbinh.gov.vn/chuyen-doi-so"}\n';

// The `value: true` line of an answer deleted by mistake in an editor, its evidence kept: validate, score and explain
// counted the answer as unanswered and said nothing, so the officer who deleted it never learnt it (officer54).
describe("an answer with evidence or a note but no value line", () => {
  it("is a warning at the answer's key, in English and Vietnamese, with how to write the value", async () => {
    const file = with15("evidence-only", `  "1.5":\n${EVIDENCE}`);
    const en = await runCli(["validate", file]);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(`${file}:${LINE}:3 warning The answer to 1.5 has no value: line (only evidence), so it counts as unanswered (0 points) [value-line-missing]`);
    expect(en.stderr).toContain(`> ${LINE} |   "1.5":`);
    expect(en.stderr).toContain("indicator 1.5: The agency's portal or website has its own digital-transformation section");
    expect(en.stderr).toContain('hint: write the answer on a line value: … under the code, in line with evidence: (or value: "?" to leave it for later)');
    const vi = await runCli(["--lang", "vi", "validate", file]);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toContain(`${file}:${LINE}:3 cảnh báo Câu trả lời 1.5 không có dòng value: (chỉ có evidence), nên được tính là chưa trả lời (0 điểm) [value-line-missing]`);
    expect(vi.stderr).toContain('gợi ý: ghi câu trả lời trên một dòng value: … dưới mã chỉ số, thẳng cột với evidence: (hoặc value: "?" nếu để trả lời sau)');
  });

  it("is in validate's json, once, and leaves score's completeness as a value of \"?\" does", async () => {
    const file = with15("evidence-only-json", `  "1.5":\n${EVIDENCE}`);
    const json = await runCli(["validate", file, "--format", "json"]);
    expect(json.code).toBe(0);
    const findings = JSON.parse(json.stdout).files[0].diagnostics.map((d: Record<string, unknown>) => [d.code, d.severity, d.line, d.col, d.path, d.message]);
    expect(findings).toEqual([["value-line-missing", "warning", LINE, 3, "answers/1.5", "The answer to 1.5 has no value: line (only evidence), so it counts as unanswered (0 points)"]]);
    const later = with15("evidence-later", `  "1.5":\n    value: "?"\n${EVIDENCE}`);
    const completeness = async (f: string) => JSON.parse((await runCli(["score", f, "--format", "json"])).stdout).rubrics[0].agencies[0].score.completeness;
    expect(await completeness(file)).toEqual(await completeness(later));
    expect((await completeness(file)).unanswered).toBe(1);
    const explained = await runCli(["explain", file]);
    expect(explained.stderr.match(/\[value-line-missing\]/g)).toHaveLength(1);
  });

  it("a note alone is said too, naming the note", async () => {
    const file = with15("note-only", '  "1.5":\n    note: "Chuyên mục đang xây dựng"\n');
    const checked = await runCli(["validate", file]);
    expect(checked.stderr).toContain("The answer to 1.5 has no value: line (only note)");
    expect(checked.stderr).toContain("in line with note:");
  });

  // A note written as a map with its own toString key could not be made text: validate, score and explain stopped with
  // "Internal error: Cannot convert object to primitive value" (hostile6).
  it("a note written as a map holding toString is a wrong type, no internal error", async () => {
    const file = with15("note-tostring", '  "1.5":\n    note: {toString: 1, valueOf: 2}\n');
    for (const command of ["validate", "score", "explain"]) {
      const r = await runCli([command, file]);
      expect(r.stderr).not.toContain("Internal error");
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("[value-line-missing]");
      expect(r.stderr).toContain("[wrong-type]");
    }
  });

  it.each([
    ["a value left for later, \"?\"", `  "1.5":\n    value: "?"\n${EVIDENCE}`],
    ["a value left empty", `  "1.5":\n    value:\n${EVIDENCE}`],
    ["N/A", '  "1.5":\n    na: true\n    reason: "Không có cổng"\n'],
    ["a reason without na (its own warning says it is unanswered)", `  "1.5":\n    reason: "Không có cổng"\n${EVIDENCE}`],
    ["a misspelt value key (its unknown-field error says it)", `  "1.5":\n    vaule: true\n${EVIDENCE}`],
    ["a value key outdented to the codes' column (its unknown-indicator error says it)", `  "1.5":\n${EVIDENCE}  value: true\n`],
    ["nothing but a flag", '  "1.5":\n    flag: true\n'],
  ])("not for %s", async (name, entry) => {
    const file = with15(name.replace(/\W+/g, "-"), entry);
    const checked = await runCli(["validate", file]);
    expect(checked.stderr).not.toContain("value-line-missing");
  });
});
