import { describe, expect, it } from "vitest";
import type { Input, Rule } from "../../src/core/rubric.js";
import { applyRule } from "../../src/core/rules.js";
import { bestAnswer } from "../../src/explain/best-answer.js";

// Mutants of src/explain/best-answer.ts that every test let through: the answer explain names as earning the
// full points, which then earned less (or was said as late on a day still on time). No bundled rubric has
// these shapes, so the test of every bundled indicator could not see them.
describe("the answer that earns full points, at the edges of its input", () => {
  it.each([
    ["a bands step at the input's highest value is within reach (100 % earns 20, not 80 % earning 10)", { type: "bands", steps: [{ min: 100, points: 20 }, { min: 80, points: 10 }] }, { type: "percent" }, 20, 100, "≥ 100 %"],
    ["a bands step at a count's max is within reach", { type: "bands", steps: [{ min: 5, points: 20 }, { min: 3, points: 10 }] }, { type: "count", max: 5 }, 20, 5, "≥ 5"],
    ["per unit, a max that is no multiple of the points: rounded up (7 × 3 reaches 20; 6 × 3 is 18)", { type: "per_unit", points: 3 }, { type: "count" }, 20, 7, "≥ 7"],
  ] as [string, Rule, Input, number, unknown, string][])("%s", (_name, rule, input, max, value, words) => {
    const best = bestAnswer(rule, input, max, undefined, "en");
    expect(best).toEqual({ value, words });
    expect(applyRule(rule, input, best!.value, max)).toBe(max);
  });

  it("on the deadline day itself the deadline can still be met: not the late points", () => {
    const rule = { type: "deadline", by: "2025-02-28", late_points: 10 } as unknown as Rule;
    expect(bestAnswer(rule, { type: "date" } as Input, 20, undefined, "en", undefined, "2025-02-28")).toEqual({ value: "2025-02-28", words: "dated on or before 2025-02-28" });
  });
});

// More mutants of best-answer.ts that every test let through: the answer explain advised asked for more than the
// rule needs (a step higher than the lowest that gives the points, an item more) or for a value the input refuses.
const t = (vi: string, en = vi) => ({ vi, en });
const files = { type: "fraction", numerator: t("Số hồ sơ", "Files"), denominator: t("Tổng", "Total"), unit: t("hồ sơ", "files") };
const abc = [{ id: "a", label: t("A") }, { id: "b", label: t("B") }, { id: "c", label: t("C") }];

describe("the answer explain advises: the least that earns the most, within what the input accepts", () => {
  it.each([
    ["two steps worth the same: the lower one (≥ 50 %, not ≥ 80 %)", { type: "bands", steps: [{ min: 80, points: 20 }, { min: 50, points: 20 }] }, { type: "percent" }, undefined, 50, "≥ 50 %"],
    ["a piecewise rule flat at its top: where the top begins (80 %, not 100 %)", { type: "piecewise", points: [[0, 0], [80, 20], [100, 20]] }, { type: "percent" }, undefined, 80, "≥ 80 %"],
    ["a falling rule on a whole number: rounded down to one the input takes (≤ 2, not ≤ 2.5)", { type: "piecewise", points: [[0, 20], [2.5, 20], [5, 0]] }, { type: "number", integer: true }, undefined, 2, "≤ 2"],
    ["a count of items: one more ticked, not two, and not one already ticked", { type: "bands", steps: [{ min: 2, points: 20 }] }, { type: "checklist", options: abc }, ["a"], ["a", "b"], "≥ 2 items"],
    ["a share of a known denominator, with the fraction's unit", { type: "target", target: 80 }, files, { a: 1, b: 10 }, { a: 8, b: 10 }, "Files (a) ≥ 8 / Total (b) = 10 files (≥ 80 %)"],
    ["a checklist whose cap one item reaches: that item alone", { type: "checklist", cap: 5 }, { type: "checklist", options: [{ id: "b", label: t("B"), points: 3 }, { id: "a", label: t("A"), points: 5 }] }, undefined, ["a"], "meet: A (a, +5)"],
    ["per unit under a cap: as many as the cap needs (3 × 3 reaches 9, not 7 for the max of 20)", { type: "per_unit", points: 3, cap: 9 }, { type: "count" }, undefined, 3, "≥ 3"],
    ["a ratio on levels: the highest level, by its label", { type: "ratio" }, { type: "level", min: 1, max: 3, labels: [t("Thấp", "Low"), t("Vừa", "Medium"), t("Cao", "High")] }, undefined, 3, "Level 3 — High"],
    ["a choice: the option worth most, with the id the file holds", { type: "choice" }, { type: "choice", options: [{ id: "x", label: t("X"), points: 2 }, { id: "y", label: t("Y"), points: 20 }] }, undefined, "y", "“Y” (y)"],
  ] as [string, Rule, Input, unknown, unknown, string][])("%s", (_name, rule, input, current, value, words) => {
    const best = bestAnswer(rule, input, 20, current, "en");
    expect(best).toEqual({ value, words });
    expect(applyRule(rule, input, best!.value, 20)).toBe((rule as { cap?: number }).cap ?? 20);
  });

  // A target beyond what the input can hold (a rubric's slip) is advised as far as the input goes, never past it.
  it.each([
    ["a percentage, at most 100", { type: "percent" }, undefined, 100],
    ["a fraction, at most its denominator", files, { a: 3, b: 10 }, { a: 10, b: 10 }],
    ["a count, at most its max, whole (50.5 allows 50)", { type: "count", max: 50.5 }, undefined, 50],
    ["a level, at most the highest", { type: "level", max: 4 }, undefined, 4],
  ] as [string, Input, unknown, unknown][])("%s", (_name, input, current, value) => {
    expect(bestAnswer({ type: "target", target: 120 } as Rule, input, 20, current, "en")?.value).toEqual(value);
  });

  it("past the deadline on the input's last day: that day, for the late points (not nothing)", () => {
    const rule = { type: "deadline", by: "2025-02-28", late_points: 10 } as unknown as Rule;
    expect(bestAnswer(rule, { type: "date", max: "2025-03-10" } as Input, 20, undefined, "en", undefined, "2025-03-10")?.value).toBe("2025-03-10");
  });

  // 45 of a cap of 50 ticked: the largest item left was advised, "(+10)" in a row whose total rose by 5.
  it("the points left to the cap: the smallest item that fills them, so that the item's points are what the total gains", () => {
    const input = { type: "checklist", options: [{ id: "a", label: t("A"), points: 40 }, { id: "b", label: t("B"), points: 5 }, { id: "c", label: t("C"), points: 10 }, { id: "d", label: t("D"), points: 5 }, { id: "e", label: t("E"), points: 5 }] } as Input;
    const rule = { type: "checklist", cap: 50 } as Rule;
    expect(bestAnswer(rule, input, 50, ["a", "b"], "en")).toEqual({ value: ["a", "b", "d"], words: "also meet: D (d, +5)" });
    // None fills them alone: the largest first, then the smallest that fills what is left.
    expect(bestAnswer(rule, input, 50, ["b"], "en")?.value).toEqual(["b", "a", "d"]);
  });

  // 9 of a cap of 10 ticked, no item worth 1 left: the item was said "(+2)" in a row whose total rose by 1.
  it.each([
    ["en", "also meet: T (t, +1: worth 2, the list counts at most 10)"],
    ["vi", "đạt thêm: T (t, +1: mục 2 điểm, danh sách tính tối đa 10 điểm)"],
  ] as const)("%s: an item worth more than the points left to the cap says what ticking it brings", (lang, words) => {
    const input = { type: "checklist", options: [{ id: "w", label: t("W"), points: 4 }, { id: "z", label: t("Z"), points: 3 }, { id: "y", label: t("Y"), points: 2 }, { id: "t", label: t("T"), points: 2 }] } as Input;
    const rule = { type: "checklist", cap: 10 } as Rule;
    const best = bestAnswer(rule, input, 10, ["w", "z", "y"], lang);
    expect(best).toEqual({ value: ["w", "z", "y", "t"], words });
    expect(applyRule(rule, input, best!.value, 10) - applyRule(rule, input, ["w", "z", "y"], 10)).toBe(1);
  });

  // An unanswered list (or one ticking none of its items) was told to "also meet" them, as if some already counted.
  it.each([
    ["en", undefined, "meet: A (a, +10); B (b, +10)"],
    ["vi", [], "đạt: A (a, +10); B (b, +10)"],
    ["vi", ["b"], "đạt thêm: A (a, +10)"],
  ] as const)("%s, %j ticked: \"%s\"", (lang, current, words) => {
    const input = { type: "checklist", options: [{ id: "a", label: t("A"), points: 10 }, { id: "b", label: t("B"), points: 10 }] } as Input;
    expect(bestAnswer({ type: "checklist" } as Rule, input, 20, current, lang)?.words).toBe(words);
  });

  it("an item worth nothing is not advised, even where the items worth points fall short of the cap", () => {
    const input = { type: "checklist", options: [{ id: "a", label: t("A"), points: 10 }, { id: "z", label: t("Z"), points: 0 }] } as Input;
    expect(bestAnswer({ type: "checklist" } as Rule, input, 20, undefined, "en")).toEqual({ value: ["a"], words: "meet: A (a, +10)" });
  });

  // The else points are still earned by an answer: without one, an unanswered indicator's points were no gain.
  it("bands whose every step is beyond the input: still an answer, as far as the input goes", () => {
    const rule = { type: "bands", steps: [{ min: 120, points: 20 }], else: 5 } as Rule;
    expect(bestAnswer(rule, { type: "percent" } as Input, 20, undefined, "en")).toEqual({ value: 100, words: "≥ 100 %" });
  });

  it("a sum's parts, each with its field's label, apart as the report parts them", () => {
    const input = { type: "parts", fields: [
      { id: "n", label: t("Số cuộc họp", "Meetings"), input: { type: "count" } },
      { id: "p", label: t("Công bố", "Published"), input: { type: "boolean" } },
    ] } as unknown as Input;
    const rule = { type: "sum", parts: [{ field: "n", max: 10, rule: { type: "target", target: 4 } }, { field: "p", max: 10, rule: { type: "fixed" } }] } as unknown as Rule;
    expect(bestAnswer(rule, input, 20, undefined, "en")).toEqual({ value: { n: 4, p: true }, words: "Meetings: ≥ 4; Published: Yes" });
  });
});

// A share asked for before b is answered said "a/b ≥ 50 %", where a ratio's gain named what a counts
// ("Files (a) = b (100 %)"): the officer went to the rubric to learn what a and b were.
describe("a share with no denominator yet names a and b as the rubric does", () => {
  it.each([
    ["en", "a target", "Files (a) / Total (b) ≥ 50 %", { type: "target", target: 50 }],
    ["vi", "a target", "Số hồ sơ (a) / Tổng (b) ≥ 50 %", { type: "target", target: 50 }],
    ["en", "a falling rule", "Files (a) / Total (b) ≤ 10 %", { type: "piecewise", points: [[0, 20], [10, 20], [50, 0]] }],
    ["vi", "a band in the middle", "Số hồ sơ (a) / Tổng (b) từ 40 % đến 60 %", { type: "piecewise", points: [[0, 0], [40, 20], [60, 20], [100, 0]] }],
  ] as [("vi" | "en"), string, string, Rule][])("%s, %s: \"%s\"", (lang, _name, words, rule) => {
    expect(bestAnswer(rule, files as Input, 20, undefined, lang)?.words).toBe(words);
  });

  it("parts the rubric calls just a and b are not repeated", () => {
    const bare = { type: "fraction", numerator: t("a"), denominator: t(" ") } as Input;
    expect(bestAnswer({ type: "target", target: 50 } as Rule, bare, 20, undefined, "en")?.words).toBe("a / b ≥ 50 %");
  });
});

// Once b was answered the gains named a alone ("Files (a) ≥ 8 / b = 10 files", "Databases up to date (a) = b
// (100 %)") where the same share before b was answered named both: the officer went back to the rubric for b.
describe("a share names b as the rubric does, answered or not", () => {
  const piecewise = (points: [number, number][]) => ({ type: "piecewise", points }) as Rule;
  it.each([
    ["en", "a ratio", "Files (a) = Total (b) = 10 files (100 %)", { type: "ratio" }, { a: 1, b: 10 }],
    ["vi", "a ratio", "Số hồ sơ (a) = Tổng (b) = 10 hồ sơ (đạt 100 %)", { type: "ratio" }, { a: 1, b: 10 }],
    ["en", "a ratio, b not answered", "Files (a) = Total (b) (100 %)", { type: "ratio" }, undefined],
    ["en", "a ratio over 0 of 0", "Total (b) > 0 and Files (a) = b (100 %)", { type: "ratio" }, { a: 0, b: 0 }],
    ["vi", "a ratio over 0 of 0", "Tổng (b) > 0 và Số hồ sơ (a) = b (đạt 100 %)", { type: "ratio" }, { a: 0, b: 0 }],
    ["en", "a target", "Files (a) ≥ 8 / Total (b) = 10 files (≥ 80 %)", { type: "target", target: 80 }, { a: 1, b: 10 }],
    ["vi", "a target", "Số hồ sơ (a) ≥ 8 / Tổng (b) = 10 hồ sơ (≥ 80 %)", { type: "target", target: 80 }, { a: 1, b: 10 }],
    ["en", "a falling rule", "Files (a) ≤ 1 / Total (b) = 10 files (≤ 10 %)", piecewise([[0, 20], [10, 20], [50, 0]]), { a: 5, b: 10 }],
    ["en", "a band in the middle", "Files (a) from 4 to 6 / Total (b) = 10 files (from 40 % to 60 %)", piecewise([[0, 0], [40, 20], [60, 20], [100, 0]]), { a: 1, b: 10 }],
  ] as [("vi" | "en"), string, string, Rule, unknown][])("%s, %s: \"%s\"", (lang, _name, words, rule, current) => {
    expect(bestAnswer(rule, files as Input, 20, current, lang)?.words).toBe(words);
  });

  it("a denominator the rubric calls just b is not repeated", () => {
    const bare = { type: "fraction", numerator: t("a"), denominator: t("b") } as Input;
    expect(bestAnswer({ type: "ratio" } as Rule, bare, 20, { a: 1, b: 4 }, "en")?.words).toBe("a = b = 4 (100 %)");
    expect(bestAnswer({ type: "target", target: 50 } as Rule, bare, 20, { a: 1, b: 4 }, "en")?.words).toBe("a ≥ 2 / b = 4 (≥ 50 %)");
  });
});
