import { describe, expect, it } from "vitest";
import type { Input, Rule } from "../../src/core/rubric.js";
import { describeValue, halfGivenWords, num, ruleWords } from "../../src/explain/words.js";
import { exact, unitFor } from "../../src/core/number-text.js";
import { describeRule, measureUnit } from "../../src/rubric-ci/show/describe-rule.js";
import { zeroDenominatorText } from "../../src/rubric-ci/show/zero-denominator.js";

// Each of these was a mutant of src/explain/words.ts that every test let through: a rule or an answer said
// wrong in explain's per-indicator lines, which an officer reads to learn what the rubric asks.
const t = (vi: string, en = vi) => ({ vi, en });
const np = { type: "parts", fields: [{ id: "n", label: t("N"), input: { type: "boolean" } }, { id: "p", label: t("P"), input: { type: "boolean" } }] };

describe("a rule in words says the rubric's own figures", () => {
  it.each([
    ["a target as written, never rounded (2.3449 is not 2.34, which falls short)", { type: "target", target: 2.3449 }, { type: "number" }, 10, "2.3449 or more: 10 points; below: 10 points × value / 2.3449"],
    ["a target below a millionth as written, not 0", { type: "target", target: 0.0000001 }, { type: "percent" }, 10, "0.0000001 % or more: 10 points; below: 10 points × value / 0.0000001 %"],
    ["a step below a millionth as written, not 0 or a millionth", { type: "bands", steps: [{ min: 0.0000006, points: 10 }] }, { type: "number" }, 10, "≥ 0.0000006 → 10; below: 0"],
    ["a target of 1e21 in its digits", { type: "target", target: 1e21 }, { type: "number" }, 10, "1000000000000000000000 or more: 10 points; below: 10 points × value / 1000000000000000000000"],
    ["points at two decimals (2.25, not 2.3)", { type: "fixed", points: 2.25 }, { type: "boolean" }, 10, "yes → 2.25 points; no → 0"],
    ["a yes/no worth its own points, not the max", { type: "fixed", points: 5 }, { type: "boolean" }, 10, "yes → 5 points; no → 0"],
    ["bands with what is left below the last step", { type: "bands", steps: [{ min: 4, points: 10 }], else: 2 }, { type: "count" }, 10, "≥ 4 → 10; below: 2"],
    ["a target on a fraction is a share, in %", { type: "target", target: 80 }, { type: "fraction", numerator: t("a"), denominator: t("b") }, 10, "80 % or more: 10 points; below: 10 points × value / 80 %; b = 0: the indicator is left out and its group rescaled"],
    ["options worth a share of the max", { type: "choice" }, { type: "choice", options: [{ id: "x", label: t("X"), fraction: 0.5 }, { id: "y", label: t("Y"), fraction: 1 }] }, 10, "by the option chosen: X → 5; Y → 10"],
    // "percent / 100 × 15" was a formula an official could not read; explain now words it as rubric show does.
    ["a percentage's ratio as the max times the percentage reached", { type: "ratio" }, { type: "percent" }, 15, "15 points × the percentage reached (50 % → 7.5)"],
    ["a ratio on levels from the input's lowest level", { type: "ratio" }, { type: "level", min: 1, max: 5 }, 10, "10 points × (level − 1) / (5 − 1)"],
    ["a step at one of a unit says one", { type: "bands", steps: [{ min: 1, points: 10 }] }, { type: "count", unit: t("cuộc họp", "meetings") }, 10, "≥ 1 meeting → 10; below: 0"],
    ["points per one of a unit", { type: "per_unit", points: 2 }, { type: "count", unit: t("cuộc họp", "meetings") }, 10, "2 points per meeting, at most 10"],
    ["a deadline with its late points", { type: "deadline", by: "2025-02-28", late_points: 4 }, { type: "date" }, 10, "on or before 2025-02-28: 10 points; later: 4"],
    ["a sum: each part with its field, its own max (or the rule's) and the sum's cap", { type: "sum", cap: 15, parts: [{ field: "n", max: 10, rule: { type: "fixed" } }, { field: "p", rule: { type: "fixed" } }] }, np, 20, "the sum of the parts, at most 15: (N (max 10): yes → 10 points; no → 0) + (P (max 20): yes → 20 points; no → 0)"],
    ["the best of cases, apart from a sum's parts", { type: "best_of", cases: [{ field: "n", rule: { type: "fixed" } }, { field: "p", rule: { type: "fixed" } }] }, np, 20, "the best of: (N (max 20): yes → 20 points; no → 0), (P (max 20): yes → 20 points; no → 0)"],
    ["min–max, lower is better", { type: "min_max", lower_is_better: true }, { type: "number" }, 10, "lower is better: 10 points × (highest − value) / (highest − lowest) in the cohort; all equal: 10"],
    ["what a zero denominator does", { type: "ratio" }, { type: "fraction", numerator: t("a"), denominator: t("b"), zero_denominator: "full" }, 10, "10 points × a/b; b = 0: full marks"],
    ["a checklist's cap, not the max", { type: "checklist", cap: 6 }, { type: "checklist", options: [{ id: "a", label: t("A"), points: 4 }, { id: "b", label: t("B"), points: 4 }] }, 10, "the sum of the items ticked: A → 4; B → 4; at most 6"],
  ] as [string, Rule, Input, number, string][])("%s", (_name, rule, input, max, words) => {
    expect(ruleWords(rule, input, max, "en")).toBe(words);
  });

  // Explain said "Điểm = a / b × 25" where rubric show said "25 điểm × a/b": one rule, two wordings.
  it.each(["vi", "en"] as const)("in %s, every rule kind as rubric show words it", (lang) => {
    const count: Input = { type: "count", unit: t("cuộc họp", "meetings") };
    const rules: [Rule, Input][] = [
      [{ type: "fixed" }, { type: "boolean" }], [{ type: "ratio" }, { type: "percent" }], [{ type: "ratio" }, { type: "level", min: 0, max: 5 }],
      [{ type: "ratio" }, { type: "fraction", numerator: t("a"), denominator: t("b") }], [{ type: "target", target: 90 }, { type: "percent" }],
      [{ type: "bands", steps: [{ min: 2, points: 10 }] }, count], [{ type: "piecewise", points: [[0, 0], [4, 10]] }, count],
      [{ type: "per_unit", points: 2 }, count], [{ type: "deadline", by: "2025-02-28" }, { type: "date" }],
      [{ type: "relative_to_best" }, count], [{ type: "min_max" }, count],
      [{ type: "sum", parts: [{ field: "n", max: 10, rule: { type: "fixed" } }, { field: "p", rule: { type: "fixed" } }] }, np as Input],
    ];
    // Show gives b = 0 a line of its own; explain says it after the rule, the default too where the rubric writes none.
    const zero = (input: Input) => (input.type === "fraction" ? `; b = 0: ${zeroDenominatorText(input, lang)}` : "");
    for (const [rule, input] of rules) expect(ruleWords(rule, input, 10, lang)).toBe(describeRule(rule, input, 10, 2, lang) + zero(input));
    expect(ruleWords({ type: "ratio" }, { type: "fraction", numerator: t("a"), denominator: t("b") }, 25, "vi")).toBe("25 điểm × a/b; b = 0: chỉ số không tính, nhóm được quy đổi");
  });

  it("a zero denominator is said in a sum's part too, as the part scores it", () => {
    const share: Input = { type: "fraction", numerator: t("a"), denominator: t("b"), zero_denominator: "invalid" };
    const parts = { type: "parts", fields: [{ id: "s", label: t("Phòng", "Units"), input: share }] } as Input;
    expect(ruleWords({ type: "sum", parts: [{ field: "s", rule: { type: "ratio" } }] }, parts, 15, "vi")).toBe("tổng các phần, tối đa 15: (Phòng (tối đa 15): 15 điểm × a/b; b = 0: không được chấp nhận (lỗi))");
    // A part cannot leave its indicator out: under not_applicable its b = 0 earns it 0, the group is not rescaled.
    const left = { type: "parts", fields: [{ id: "s", label: t("Units"), input: { ...share, zero_denominator: "not_applicable" } }] } as Input;
    expect(ruleWords({ type: "sum", parts: [{ field: "s", rule: { type: "ratio" } }] }, left, 15, "en")).toBe("the sum of the parts, at most 15: (Units (max 15): 15 points × a/b; b = 0: 0 points)");
  });

  // Explain said "b = 0: full points", "b must be above 0", "left out, the group is rescaled" where rubric show
  // said "full marks", "not accepted (an error)", "the indicator is left out and its group rescaled".
  it.each(["vi", "en"] as const)("in %s, what b = 0 scores as rubric show words it, alone and in a part", (lang) => {
    for (const zero_denominator of ["not_applicable", "full", "zero", "invalid"] as const) {
      const share: Input = { type: "fraction", numerator: t("a"), denominator: t("b"), zero_denominator };
      expect(ruleWords({ type: "ratio" }, share, 10, lang)).toBe(`${describeRule({ type: "ratio" }, share, 10, 2, lang)}; b = 0: ${zeroDenominatorText(share, lang)}`);
      const parts = { type: "parts", fields: [{ id: "s", label: t("Phòng", "Units"), input: share }] } as Input;
      expect(ruleWords({ type: "sum", parts: [{ field: "s", rule: { type: "ratio" } }] }, parts, 10, lang)).toContain(`a/b; b = 0: ${zeroDenominatorText(parts, lang)!.split(": ")[1]})`);
    }
  });

  it("in Vietnamese with its decimal comma, a computed value without its noise", () => {
    expect(exact(0.0000001, "vi")).toBe("0,0000001");
    expect(exact(56.99999999999999, "en")).toBe("57");
    expect(exact(0.1 + 0.2, "en")).toBe("0.3");
    expect(exact(2.3449, "vi")).toBe("2,3449");
    expect(num(1e21, "en")).toBe("1000000000000000000000");
    expect(num(2.255, "vi")).toBe("2,26");
  });
});

describe("an answer in words", () => {
  it("a level's label counts from the input's lowest level (level 1 is the first label when levels start at 1)", () => {
    const input = { type: "level", min: 1, max: 3, labels: [t("Thấp", "Low"), t("Vừa", "Medium"), t("Cao", "High")] } as Input;
    expect(describeValue(input, 1, "en")).toBe("Level 1 — Low");
    expect(describeValue(input, 3, "en")).toBe("Level 3 — High");
  });

  it("a count of 0 keeps the plural unit (0 meetings, not 0 meeting)", () => {
    expect(unitFor("meetings", 0, "en")).toBe("meetings");
    expect(describeValue({ type: "count", unit: t("cuộc họp", "meetings") } as Input, 0, "en")).toBe("0 meetings");
  });

  it("a long text answer is cut at 200 characters, its spaces collapsed", () => {
    const said = describeValue({ type: "text" } as Input, `a  b\n${"x".repeat(300)}`, "en");
    expect(said).toHaveLength(200);
    expect(said.startsWith("a b x")).toBe(true);
    expect(said.endsWith("…")).toBe(true);
  });

  it("a checklist is measured in items", () => {
    expect(measureUnit({ type: "checklist", options: [] } as unknown as Input, "en")).toBe(" items");
  });

  // [what, input, answer, words]
  const files = { type: "fraction", numerator: t("a"), denominator: t("b"), unit: t("hồ sơ", "files") };
  it.each([
    ["yes", { type: "boolean" }, true, "Yes"],
    ["a fraction with its unit and share", files, { a: 3, b: 4 }, "3 / 4 files (75.00 %)"],
    ["a fraction of nothing: no share to give", files, { a: 0, b: 0 }, "0 / 0 files"],
    ["a fraction's part a hand edit left in doubt: as written, not the answer's JSON", files, { a: 12, b: "1.500" }, "12 / 1.500 files"],
    ["a fraction's part left out: ?", files, { a: 12 }, "12 / ? files"],
    ["a fraction written by hand as one text: as written, not quoted", files, "12/15", "12/15"],
    ["no item ticked", { type: "checklist", options: [] }, [], "none"],
    ["a choice no longer among the options: its id, not nothing", { type: "choice", options: [{ id: "x", label: t("X") }] }, "old", "old"],
    ["a part left as ? (a fraction read it as a quoted string)", { type: "parts", fields: [{ id: "s", label: t("Share"), input: files }, { id: "n", label: t("N"), input: { type: "count" } }] }, { s: "?", n: 3 }, "Share: ?; N: 3"],
  ] as [string, Input, unknown, string][])("%s", (_name, input, value, words) => {
    expect(describeValue(input, value, "en")).toBe(words);
  });

  it("a text of exactly 200 characters is given whole", () => {
    expect(describeValue({ type: "text" } as Input, "x".repeat(200), "en")).toBe("x".repeat(200));
  });
});

describe("halfGivenWords", () => {
  const fraction = { type: "fraction", numerator: { vi: "Số kết nối", en: "Connected" }, denominator: { vi: "Tổng số", en: "All" } } as const;
  const parts = { type: "parts", fields: [{ id: "units", label: { vi: "Đơn vị", en: "Units" }, input: fraction }, { id: "apps", label: { vi: "Ứng dụng", en: "Apps" }, input: { type: "count" } }] } as const;

  it("names a fraction part's half given, under the part's label", () => {
    expect(halfGivenWords(parts as never, { units: { a: 5, b: "?" }, apps: "?" }, "vi")).toBe("Đơn vị: mới có a = 5 (Số kết nối), còn thiếu b (Tổng số)");
  });

  it("says nothing of a whole answer, or of one with no half given", () => {
    expect(halfGivenWords(fraction as never, { a: 5, b: 6 }, "en")).toBe("");
    expect(halfGivenWords(fraction as never, "?", "en")).toBe("");
    expect(halfGivenWords(parts as never, { units: "?", apps: "?" }, "en")).toBe("");
  });
});
