import { describe, expect, it } from "vitest";
import { applyRule, interpolate } from "../../src/core/rules.js";
import type { Input, Rule } from "../../src/core/rubric.js";

const t = (vi: string) => ({ vi, en: vi });
const count: Input = { type: "count" };
const percent: Input = { type: "percent" };
const fraction: Input = { type: "fraction", numerator: t("a"), denominator: t("b") };
const boolean: Input = { type: "boolean" };
const level: Input = { type: "level", max: 5 };
const number: Input = { type: "number" };
const date: Input = { type: "date" };
const choice: Input = { type: "choice", options: [{ id: "chu-tich", label: t("Chủ tịch"), fraction: 1 }, { id: "pho", label: t("Phó"), fraction: 0.5 }, { id: "khong", label: t("Không"), fraction: 0 }, { id: "ten", label: t("10 điểm"), points: 10 }] };
const checklist: Input = { type: "checklist", options: [{ id: "a", label: t("A"), points: 10 }, { id: "b", label: t("B"), points: 10 }, { id: "c", label: t("C"), points: 5 }] };
const parts: Input = { type: "parts", fields: [{ id: "wan", label: t("WAN"), input: fraction }, { id: "apps", label: t("apps"), input: count }, { id: "dc", label: t("dc"), input: boolean }, { id: "lvl", label: t("lvl"), input: level }] };

const partsDate: Input = { type: "parts", fields: [{ id: "due", label: t("due"), input: date }] };
const partsZero = (zero_denominator: "full" | "zero" | "not_applicable"): Input => ({ type: "parts", fields: [{ id: "wan", label: t("WAN"), input: { ...fraction, zero_denominator } as Input & { type: "fraction" } }, { id: "n", label: t("n"), input: count }] });

const bands: Rule = { type: "bands", steps: [{ min: 4, points: 20 }, { min: 3, points: 15 }, { min: 2, points: 10 }, { min: 1, points: 5 }] };

// [name, rule, input, value, max, expected points]
const cases: [string, Rule, Input, unknown, number, number][] = [
  ["fixed yes → max", { type: "fixed" }, boolean, true, 10, 10],
  ["fixed no → 0", { type: "fixed" }, boolean, false, 10, 0],
  ["fixed with points", { type: "fixed", points: 6 }, boolean, true, 10, 6],
  ["(a) ratio a/b × max", { type: "ratio" }, fraction, { a: 3, b: 4 }, 20, 15],
  ["ratio 65/65 → max", { type: "ratio" }, fraction, { a: 65, b: 65 }, 30, 30],
  ["ratio of a percent", { type: "ratio" }, percent, 80, 10, 8],
  ["ratio of a level", { type: "ratio" }, level, 3, 10, 6],
  ["ratio of a boolean", { type: "ratio" }, boolean, true, 10, 10],
  // A level with min = max is a bad-range rubric, refused on load; the engine still gives a number, not NaN.
  ["ratio of a level without a range → 0", { type: "ratio" }, { type: "level", min: 3, max: 3 }, 3, 10, 0],
  ["(i) target reached → max", { type: "target", target: 80 }, percent, 90, 10, 10],
  ["target half-way", { type: "target", target: 80 }, percent, 40, 10, 5],
  ["target on a fraction in percent", { type: "target", target: 50 }, fraction, { a: 1, b: 4 }, 10, 5],
  ["(b) bands 4 meetings → 20", bands, count, 4, 20, 20],
  ["bands 5 meetings → 20", bands, count, 5, 20, 20],
  ["bands 3 → 15", bands, count, 3, 20, 15],
  ["bands 1 → 5", bands, count, 1, 20, 5],
  ["bands 0 → else 0", bands, count, 0, 20, 0],
  // A fraction's percentage is a × 100 / b: 57/100 and 29/100 reach steps at 57 and 29 (a / b × 100 fell just short).
  ["bands on a fraction exactly at a step (57 of 100)", { type: "bands", steps: [{ min: 57, points: 50 }, { min: 29, points: 20 }] }, fraction, { a: 57, b: 100 }, 50, 50],
  ["bands on a fraction exactly at a step (29 of 100)", { type: "bands", steps: [{ min: 58, points: 50 }, { min: 29, points: 20 }] }, fraction, { a: 29, b: 100 }, 50, 20],
  ["bands on a fraction exactly at a step (87 of 150 = 58 %)", { type: "bands", steps: [{ min: 58, points: 50 }] }, fraction, { a: 87, b: 150 }, 50, 50],
  ["bands with else", { type: "bands", steps: [{ min: 90, fraction: 1 }], else: 2 }, percent, 50, 10, 2],
  ["bands with fraction of max", { type: "bands", steps: [{ min: 90, fraction: 1 }, { min: 50, fraction: 0.5 }] }, percent, 60, 10, 5],
  ["piecewise interpolates", { type: "piecewise", points: [[0, 0], [100, 10], [200, 15]] }, count, 150, 15, 12.5],
  ["piecewise flat above", { type: "piecewise", points: [[0, 0], [100, 10]] }, count, 1000, 10, 10],
  ["piecewise flat below", { type: "piecewise", points: [[10, 2], [100, 10]] }, count, 0, 10, 2],
  ["(c) choice fraction 1", { type: "choice" }, choice, "chu-tich", 10, 10],
  ["(c) choice fraction ½", { type: "choice" }, choice, "pho", 10, 5],
  ["choice fraction 0", { type: "choice" }, choice, "khong", 10, 0],
  ["choice points", { type: "choice" }, choice, "ten", 20, 10],
  ["unknown option → 0", { type: "choice" }, choice, "zzz", 10, 0],
  ["(d) checklist adds items", { type: "checklist" }, checklist, ["a", "c"], 20, 15],
  ["checklist capped at max", { type: "checklist" }, checklist, ["a", "b", "c"], 20, 20],
  ["checklist with cap", { type: "checklist", cap: 12 }, checklist, ["a", "b"], 20, 12],
  ["per_unit capped", { type: "per_unit", points: 1, cap: 5 }, count, 7, 10, 5],
  ["per_unit under cap", { type: "per_unit", points: 2 }, count, 3, 10, 6],
  ["deadline met", { type: "deadline", by: "2025-03-31" }, date, "2025-03-31", 10, 10],
  ["deadline missed", { type: "deadline", by: "2025-03-31", late_points: 4 }, date, "2025-04-01", 10, 4],
  ["(f) sum: ratio part + per-unit part",
    { type: "sum", parts: [{ field: "wan", max: 45, rule: { type: "ratio" } }, { field: "apps", max: 5, rule: { type: "per_unit", points: 1 } }] },
    parts, { wan: { a: 8, b: 10 }, apps: 9 }, 50, 41],
  ["sum with cap", { type: "sum", cap: 30, parts: [{ field: "dc", max: 20, rule: { type: "fixed" } }, { field: "apps", max: 20, rule: { type: "per_unit", points: 5 } }] }, parts, { dc: true, apps: 4 }, 50, 30],
  ["(g) base + best of cases",
    { type: "sum", parts: [{ field: "dc", max: 35, rule: { type: "fixed" } }, { max: 25, rule: { type: "best_of", cases: [{ field: "lvl", rule: { type: "ratio" } }, { field: "apps", rule: { type: "per_unit", points: 10 } }] } }] },
    parts, { dc: true, lvl: 2, apps: 2 }, 60, 55],
  ["best_of takes the best case", { type: "best_of", cases: [{ field: "lvl", rule: { type: "ratio" } }, { field: "dc", max: 3, rule: { type: "fixed" } }] }, parts, { lvl: 1, dc: true }, 10, 3],
  ["unanswered part scores 0", { type: "sum", parts: [{ field: "wan", max: 5, rule: { type: "ratio" } }] }, parts, { wan: "?" }, 5, 0],
  ["relative_to_best alone → max", { type: "relative_to_best" }, number, 40, 10, 10],
  ["min_max alone → max", { type: "min_max" }, number, 40, 10, 10],
  ["value above max is clamped", { type: "fixed", points: 15 }, boolean, true, 10, 10],
  // A number input without a min takes negative answers: they earn nothing, never take points off the group.
  ["a negative number earns 0, not less (per_unit)", { type: "per_unit", points: 2 }, number, -3, 10, 0],
  ["a negative number earns 0, not less (piecewise)", { type: "piecewise", points: [[0, 0], [10, 10]] }, number, -5, 10, 0],
  // Pure and never NaN, whatever the value (a YAML .nan is a number).
  ["a NaN answer earns 0, not NaN", { type: "ratio" }, percent, NaN, 10, 0],
  // A part left "?" is unanswered: it earns nothing, not the late points of a date part ("?" sorts after "2025-…").
  ["a part left \"?\" earns no late points", { type: "sum", parts: [{ field: "due", max: 5, rule: { type: "deadline", by: "2025-03-31", late_points: 2 } }] }, partsDate, { due: "?" }, 5, 0],
  ["a date part late earns its late points", { type: "sum", parts: [{ field: "due", max: 5, rule: { type: "deadline", by: "2025-03-31", late_points: 2 } }] }, partsDate, { due: "2025-04-01" }, 5, 2],
  // Inside a composite rule a zero denominator gives the part's max under `full`, 0 under any other policy.
  ["a part with a zero denominator under full → the part's max", { type: "sum", parts: [{ field: "wan", max: 7, rule: { type: "ratio" } }, { field: "n", max: 3, rule: { type: "per_unit", points: 1 } }] }, partsZero("full"), { wan: { a: 0, b: 0 }, n: 1 }, 10, 8],
  ["a part with a zero denominator under zero → 0", { type: "sum", parts: [{ field: "wan", max: 7, rule: { type: "ratio" } }, { field: "n", max: 3, rule: { type: "per_unit", points: 1 } }] }, partsZero("zero"), { wan: { a: 0, b: 0 }, n: 1 }, 10, 1],
  ["a part with a zero denominator under not_applicable → 0", { type: "sum", parts: [{ field: "wan", max: 7, rule: { type: "ratio" } }, { field: "n", max: 3, rule: { type: "per_unit", points: 1 } }] }, partsZero("not_applicable"), { wan: { a: 0, b: 0 }, n: 1 }, 10, 1],
];

describe("scoring rules (input → points)", () => {
  it.each(cases)("%s", (_name, rule, input, value, max, expected) => {
    expect(applyRule(rule, input, value, max)).toBeCloseTo(expected, 9);
  });
});

describe("batch-relative rules against the cohort", () => {
  const cohort = { best: 80, min: 20, max: 80, count: 3 };
  it.each([
    ["(e) relative_to_best: value / best × max", { type: "relative_to_best" } as Rule, 40, 5],
    ["relative_to_best: the best gets max", { type: "relative_to_best" } as Rule, 80, 10],
    ["min_max: (x − min)/(max − min)", { type: "min_max" } as Rule, 50, 5],
    ["min_max: the lowest gets 0", { type: "min_max" } as Rule, 20, 0],
    ["min_max lower is better", { type: "min_max", lower_is_better: true } as Rule, 20, 10],
  ])("%s", (_name, rule, value, expected) => {
    expect(applyRule(rule, number, value, 10, { cohort })).toBeCloseTo(expected, 9);
  });
  it.each([
    ["relative_to_best: a negative value earns 0", { type: "relative_to_best" } as Rule, -8, 0],
    ["min_max: (50 − 20)/(80 − 20) of 7 is 3.5", { type: "min_max" } as Rule, 50, 3.5],
    ["min_max lower is better: (80 − 50)/(80 − 20) of 7 is 3.5, the highest 0", { type: "min_max", lower_is_better: true } as Rule, 80, 0],
  ])("%s", (_name, rule, value, expected) => {
    expect(applyRule(rule, number, value, 7, { cohort })).toBe(expected);
  });
  it("relative_to_best when the best is 0 gives 0", () => {
    expect(applyRule({ type: "relative_to_best" }, number, 0, 10, { cohort: { best: 0, min: 0, max: 0, count: 2 } })).toBe(0);
  });
  it("min_max with all agencies equal gives everyone max", () => {
    expect(applyRule({ type: "min_max" }, number, 7, 10, { cohort: { best: 7, min: 7, max: 7, count: 4 } })).toBe(10);
  });
});

describe("interpolate", () => {
  it("is exact at breakpoints", () => {
    expect(interpolate([[0, 0], [50, 5], [100, 20]], 50)).toBe(5);
    expect(interpolate([[0, 0], [50, 5], [100, 20]], 75)).toBe(12.5);
  });
});
