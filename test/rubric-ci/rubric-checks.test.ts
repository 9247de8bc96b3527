import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { message } from "../../src/i18n/messages.js";
import { hintTexts } from "../../src/report/hints.js";
import { lintFile } from "../../src/rubric-ci/lint/lint-file.js";
import { tempDirs } from "./helpers/files.js";

const CLEAN = readFileSync("test/fixtures/rubric-checks/clean.yaml", "utf8");
const tempDir = tempDirs();

/** The rubric checks no lint fixture set off, each by one edit of a clean rubric: where it points, and what it says in both languages. */
const CASES: { code: string; from: string; to: string; at: [number, number]; en: string; vi: string }[] = [
  { code: "code-prefix", from: `code: "1.3"`, to: `code: "2.9"`, at: [18, 15], en: "Code 2.9 must start with its parent's code 1.", vi: "Mã 2.9 phải bắt đầu bằng mã nhóm cha 1." },
  { code: "info-only-points", from: "input: {type: text}}", to: "input: {type: text}, rule: {type: fixed}}", at: [33, 107], en: "Information-only indicator 2.3 must have max: 0 and no rule", vi: "Chỉ số chỉ thu thập thông tin 2.3 phải có max: 0 và không có rule" },
  { code: "rule-missing", from: ", input: {type: boolean}, rule: {type: fixed}}", to: ", input: {type: boolean}}", at: [16, 9], en: "Indicator 1.1 has no scoring rule; if it only collects information, set info_only: true and max: 0", vi: "Chỉ số 1.1 không có quy tắc chấm điểm (rule); nếu chỉ thu thập thông tin, đặt info_only: true và max: 0" },
  { code: "piecewise-order", from: "[[0, 0], [10, 15]]", to: "[[10, 0], [0, 15]]", at: [32, 51], en: "Piecewise points must have increasing x: 0 after 10", vi: "Các điểm của piecewise phải có x tăng dần: 0 sau 10" },
  // Two points at one x said only "10 after 10", and not how to mend it.
  { code: "piecewise-order", from: "[[0, 0], [10, 15]]", to: "[[0, 0], [10, 5], [10, 15]]", at: [32, 59], en: "Two piecewise points share x = 10: the line cannot go straight up there; drop one of the two points, or, for a jump in points at 10, use a bands rule (steps) instead of piecewise", vi: "Hai điểm của piecewise có cùng x = 10: đường tính điểm không thể dựng đứng tại đó; hãy bỏ một trong hai điểm, hoặc nếu điểm số nhảy bậc tại 10 thì dùng quy tắc bands (các bậc steps) thay cho piecewise" },
  // Two steps or levels alike said "4 after 4": not out of order, but one never reached (in vi, no agency is rated the
  // second level: "mức sau không bao giờ đạt tới" had the level itself reaching nothing).
  { code: "bands-order", from: "{min: 2, points: 10}]", to: "{min: 4, points: 10}]", at: [22, 65], en: "Two of the rule's steps share the min 4: the second never counts (the first step the answer reaches counts); give each step a min below the one before it", vi: "Hai bậc của quy tắc có cùng min 4: bậc sau không bao giờ được tính (bậc đầu tiên câu trả lời đạt tới được tính); mỗi bậc cần min riêng, thấp hơn bậc trước" },
  { code: "bands-order", from: "{id: tot, min: 80,", to: "{id: tot, min: 0,", at: [36, 74], en: "Two band levels share the min 0: the second is never reached; give each level a min below the one before it", vi: "Hai mức xếp loại có cùng min 0: không cơ quan nào được xếp vào mức sau; mỗi mức cần min riêng, thấp hơn mức trước" },
  // Steps listed from the lowest up, the order an author first writes: one finding with the order to write, not one a step.
  { code: "bands-order", from: "[{min: 4, points: 20}, {min: 2, points: 10}]", to: "[{min: 1, points: 5}, {min: 2, points: 10}, {min: 4, points: 20}]", at: [22, 43], en: "The rule's steps are listed from the lowest min up (1, 2, 4): list them from the highest down (4, 2, 1); the first step the answer reaches counts", vi: "Các bậc của quy tắc đang xếp từ min thấp lên cao (1, 2, 4): hãy xếp từ cao xuống thấp (4, 2, 1); bậc đầu tiên câu trả lời đạt tới được tính" },
  { code: "bands-order", from: "[{min: 4, points: 20}, {min: 2, points: 10}]", to: "[{min: 4, points: 20}, {min: 1, points: 5}, {min: 2, points: 10}]", at: [22, 86], en: "A rule's steps must go from the highest min to the lowest (the first step the answer reaches counts): 2 after 1", vi: "Các bậc của quy tắc phải xếp từ min cao nhất xuống thấp nhất (bậc đầu tiên câu trả lời đạt tới được tính): 2 sau 1" },
  {
    code: "unknown-field-ref",
    from: "input: {type: number}\n        rule: {type: piecewise, points: [[0, 0], [10, 15]]}",
    to: "input: {type: parts, fields: [{id: a, label: {vi: A, en: A}, input: {type: count}}]}\n        rule: {type: sum, parts: [{field: b, max: 15, rule: {type: per_unit, points: 1}}, {field: a, max: 15, rule: {type: per_unit, points: 1}}]}",
    at: [32, 43], en: "The rule names field \"b\", which input.fields does not declare (it declares: a)", vi: "Quy tắc dùng trường \"b\" không có trong input.fields (các trường đã khai báo: a)",
  },
  {
    code: "term-max-missing",
    from: "input: {type: number}\n        rule: {type: piecewise, points: [[0, 0], [10, 15]]}",
    to: "input: {type: parts, fields: [{id: a, label: {vi: A, en: A}, input: {type: count}}]}\n        rule: {type: sum, parts: [{field: a, rule: {type: per_unit, points: 1}}]}",
    at: [32, 35], en: "Each part of a sum rule needs a max", vi: "Mỗi phần của quy tắc sum cần có max",
  },
  { code: "unknown-code-ref", from: "bands:\n", to: "aggregates:\n  - {id: p, title: {vi: P, en: P}, include: [\"1.1\", \"7.7\"]}\nbands:\n", at: [35, 53], en: "Code \"7.7\" does not exist in the rubric", vi: "Mã \"7.7\" không có trong bộ chỉ số" },
];

describe("rubric checks that no lint fixture set off", () => {
  it("the clean rubric they start from lints clean", () => {
    const file = path.join(tempDir(), "clean.yaml");
    writeFileSync(file, CLEAN);
    expect(lintFile(file).findings).toEqual([]);
  });

  it.each(CASES)("$code: at $at, said in both languages", ({ code, from, to, at, en, vi }) => {
    expect(CLEAN).toContain(from);
    const file = path.join(tempDir(), `${code}.yaml`);
    writeFileSync(file, CLEAN.replace(from, to));
    const { findings } = lintFile(file);
    expect(findings.map((d) => d.code)).toEqual([code]);
    const [found] = findings;
    expect([found!.line, found!.col]).toEqual(at);
    expect(found!.frame?.lines.length).toBeGreaterThan(0);
    expect(message("en", code, found!.params)).toBe(en);
    expect(message("vi", code, found!.params)).toBe(vi);
  });
});

// "90 after 85" said the order was wrong, and not what to change: a min mistyped, or a level listed below one it ranks above.
describe("a band level or step out of place says the two ways to mend it", () => {
  const hintsOf = (from: string, to: string) => {
    const file = path.join(tempDir(), "out-of-place.yaml");
    writeFileSync(file, CLEAN.replace(from, to));
    const [found] = lintFile(file).findings;
    expect(found!.code).toBe("bands-order");
    return { en: hintTexts(found!, "en"), vi: hintTexts(found!, "vi") };
  };

  it("a level: its id, the min to go below and whose, or to list it first", () => {
    expect(hintsOf("{id: yeu, min: 0,", "{id: kha, min: 90, label: {vi: Khá, en: Fair}}, {id: yeu, min: 0,")).toEqual({
      en: ["give kha a min below 80 (tot's), or, if kha is the higher band, list it before tot"],
      vi: ["cho mức kha một min thấp hơn 80 (min của tot), hoặc nếu kha là mức cao hơn thì xếp nó lên trước tot"],
    });
  });

  it("a step: a min below the one before it, or listed before it", () => {
    expect(hintsOf("[{min: 4, points: 20}, {min: 2, points: 10}]", "[{min: 4, points: 20}, {min: 1, points: 5}, {min: 2, points: 10}]")).toEqual({
      en: ["give this step a min below 1, or list the step from 2 before the step from 1"],
      vi: ["cho bậc này một min thấp hơn 1, hoặc xếp bậc min 2 lên trước bậc min 1"],
    });
  });
});
