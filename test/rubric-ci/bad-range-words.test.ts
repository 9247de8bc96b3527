import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectedText, message } from "../../src/i18n/messages.js";
import { lintFile } from "../../src/rubric-ci/lint/lint-file.js";
import { tempDirs } from "./helpers/files.js";

const tempDir = tempDirs();
const FIXTURE = "test/fixtures/lint/bad-range.fail.yaml";

/** The bad-range finding of the fixture with 1.2's input replaced by `input`, said in both languages. */
function said(input: string): [string, string] {
  const file = path.join(tempDir(), "r.yaml");
  writeFileSync(file, readFileSync(FIXTURE, "utf8").replace("input: {type: level, min: 3, max: 3}\n    rule: {type: ratio}", input));
  const [found] = lintFile(file).findings.filter((d) => d.code === "bad-range");
  return [message("vi", found!.code, found!.params), message("en", found!.code, found!.params)];
}

describe("bad-range says why no answer fits", () => {
  it("a level with min = max has one answer only", () => {
    expect(said("input: {type: level, min: 3, max: 3}\n    rule: {type: ratio}")[1]).toBe("min = 3 is not below max = 3: no answer, or only one, fits in this range");
  });

  it("a date whose min is after its max has none (it read \"not below … or only one\", though a date's min may equal its max)", () => {
    const [vi, en] = said("input: {type: date, min: \"2026-12-31\", max: \"2026-01-01\"}\n    rule: {type: deadline, by: \"2026-06-30\"}");
    expect(en).toBe("min = 2026-12-31 is later than max = 2026-01-01: no date fits in this range; swap them, or correct the one that is wrong");
    expect(vi).toBe("min = 2026-12-31 sau max = 2026-01-01: không có ngày nào nằm trong khoảng này; hãy đổi chỗ hai ngày, hoặc sửa ngày sai");
  });

  it("a number's min above its max, the same", () => {
    expect(said("input: {type: number, min: 5, max: 2}\n    rule: {type: per_unit, points: 4}")[1]).toMatch(/^min = 5 is greater than max = 2: no answer fits/);
  });

  // A text's min_length above the longest answer an agency file may hold: found the min_length, expected that longest.
  const texts: [string, string, string, string, string, string][] = [
    ["its own max_length", "input: {type: text, min_length: 10, max_length: 5}\n    info_only: true",
      "min_length = 10 is greater than max_length = 5: no answer fits in this range; swap them, or correct the one that is wrong",
      "at most 5 characters", "tối đa 5 ký tự",
      "min_length = 10 lớn hơn max_length = 5: không có câu trả lời nào nằm trong khoảng này; hãy đổi chỗ hai giá trị, hoặc sửa giá trị sai"],
    ["no max_length: TEXT_MAX", "input: {type: text, min_length: 6000}\n    info_only: true",
      "min_length = 6000 is above 5000, the most characters an agency file may give a text answer whose input sets no max_length: no answer fits; lower min_length, or set a max_length of at least 6000",
      "at most 5000 characters", "tối đa 5000 ký tự",
      // Plain and short: it read "…lớn hơn 5000, số ký tự tối đa của một câu trả lời dạng văn bản trong tệp của cơ quan khi kiểu trả lời không đặt max_length…".
      "min_length = 6000 lớn hơn 5000 ký tự, độ dài tối đa của câu trả lời dạng văn bản khi không đặt max_length: không câu trả lời nào đủ dài; hãy giảm min_length, hoặc đặt max_length ít nhất bằng 6000"],
  ];
  it.each(texts)("a text's min_length above the longest answer (%s) says what was found and what is expected, in vi and en", (_, input, en, expectedEn, expectedVi, vi) => {
    const file = path.join(tempDir(), "r.yaml");
    writeFileSync(file, readFileSync(FIXTURE, "utf8").replace("max: 40\n    input: {type: level, min: 3, max: 3}\n    rule: {type: ratio}", `max: 0\n    ${input}`).replace("max: 60", "max: 100"));
    const findings = lintFile(file).findings;
    expect(findings.map((d) => d.code)).toEqual(["bad-range"]);
    const [found] = findings;
    expect([found!.line, found!.col]).toEqual([31, 37]);
    expect(message("en", found!.code, found!.params)).toBe(en);
    expect(message("vi", found!.code, found!.params)).toBe(vi);
    expect(String(found!.params.found)).toBe(/min_length: (\d+)/.exec(input)![1]);
    expect(expectedText("en", String(found!.params.expected_key), found!.params)).toBe(expectedEn);
    expect(expectedText("vi", String(found!.params.expected_key), found!.params)).toBe(expectedVi);
  });

  // "The best answer earns 2" (late) beside "every answer is on time": both said of a range that holds no answer.
  it("only bad-range is said of such an input, not what its rule does with answers it cannot take", () => {
    const file = path.join(tempDir(), "r.yaml");
    writeFileSync(file, readFileSync(FIXTURE, "utf8").replace("input: {type: level, min: 3, max: 3}\n    rule: {type: ratio}", "input: {type: date, min: \"2026-12-31\", max: \"2026-01-01\"}\n    rule: {type: deadline, by: \"2026-06-30\", late_points: 2}"));
    const codes = lintFile(file).findings.map((d) => d.code);
    expect(codes).toContain("bad-range");
    expect(codes).not.toContain("max-unreachable");
    expect(codes).not.toContain("deadline-never-late");
  });
});
