import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { message } from "../../src/i18n/messages.js";
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
