import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { message } from "../../src/i18n/messages.js";
import { lintFile } from "../../src/rubric-ci/lint/lint-file.js";
import { tempDirs } from "./helpers/files.js";

const tempDir = tempDirs();
const FIXTURE = "test/fixtures/lint/option-points-ignored.fail.yaml";

/** The first option-points-ignored finding of the fixture edited by `edit`, said in both languages. */
function said(edit: (text: string) => string): [string, string] {
  const file = path.join(tempDir(), "r.yaml");
  const text = edit(readFileSync(FIXTURE, "utf8"));
  writeFileSync(file, text);
  const [found] = lintFile(file).findings.filter((d) => d.code === "option-points-ignored");
  return [message("vi", found!.code, found!.params), message("en", found!.code, found!.params)];
}

describe("option-points-ignored says what the option carries and why nothing reads it", () => {
  it("a fraction is said as a fraction, not as points (it read \"The points of option a\" at fraction: 0.5)", () => {
    const [vi, en] = said((t) => t.replaceAll("        points: 20", "        fraction: 0.5"));
    expect(en).toBe("The fraction of the max given to option a (1.2) is never used: the bands rule counts the options ticked, not what each is worth; to add up what the ticked options are worth, write rule: {type: checklist}; else delete the option's fraction");
    expect(vi).toBe("Phần điểm tối đa (fraction) của lựa chọn a (1.2) không bao giờ được dùng: quy tắc bands chỉ đếm số lựa chọn được đánh dấu, không đọc phần điểm của từng lựa chọn; để cộng điểm của các lựa chọn được đánh dấu, viết rule: {type: checklist}; nếu không, xóa fraction của lựa chọn");
  });

  it("points under a rule that counts ticks: the rule is named", () => {
    expect(said((t) => t)[1]).toBe("The points of option a (1.2) are never used: the bands rule counts the options ticked, not what each is worth; to add up what the ticked options are worth, write rule: {type: checklist}; else delete the option's points");
  });

  it("an indicator for information only: no rule reads the answer", () => {
    const [vi, en] = said((t) => t.replace(/    rule:\n      type: bands\n      steps:\n      - \{min: 2, points: 40\}\n      - \{min: 1, points: 20\}\n/, "    info_only: true\n").replace("    max: 40\n    input:\n      type: checklist", "    max: 0\n    input:\n      type: checklist"));
    expect(en).toBe("The points of option a (1.2) are never used: no scoring rule reads this answer; delete the option's points");
    expect(vi).toContain("không quy tắc chấm nào đọc câu trả lời này; xóa points của lựa chọn");
  });
});
