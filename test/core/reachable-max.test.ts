import { describe, expect, it } from "vitest";
import { reachableMax } from "../../src/core/reachable-max.js";
import type { Input, Rule } from "../../src/core/rubric.js";

const t = (vi: string) => ({ vi, en: vi });
const percent: Input = { type: "percent" };
const count: Input = { type: "count", max: 10 };
const date: Input = { type: "date", min: "2025-01-01" };
const parts: Input = { type: "parts", fields: [{ id: "x", label: t("x"), input: { type: "boolean" } }] };

// [name, rule, input, max, the most points the best answer earns]
const cases: [string, Rule, Input, number, number][] = [
  ["a band whose minimum is the input's ceiling (100 %) is reachable", { type: "bands", steps: [{ min: 100, points: 10 }], else: 1 }, percent, 10, 10],
  ["a band above the ceiling is not: the else", { type: "bands", steps: [{ min: 101, points: 10 }], else: 1 }, percent, 10, 1],
  ["a deadline on the earliest date accepted can be met", { type: "deadline", by: "2025-01-01", late_points: 2 }, date, 10, 10],
  ["a deadline before it leaves only the late points", { type: "deadline", by: "2024-12-31", late_points: 2 }, date, 10, 2],
  ["per_unit stops at its cap", { type: "per_unit", points: 2, cap: 5 }, count, 10, 5],
  ["per_unit stops at the count's max", { type: "per_unit", points: 0.5 }, count, 10, 5],
  ["a term is worth its own max", { type: "sum", parts: [{ field: "x", max: 3, rule: { type: "fixed" } }] }, parts, 10, 3],
  ["target reached at the ceiling", { type: "target", target: 80 }, percent, 10, 10],
  ["target out of reach (200 % of a percentage)", { type: "target", target: 200 }, percent, 10, 5],
  ["piecewise: the highest y at or below the ceiling", { type: "piecewise", points: [[0, 0], [50, 6], [100, 8]] }, percent, 10, 8],
  ["piecewise past the ceiling: interpolated at the ceiling", { type: "piecewise", points: [[0, 0], [200, 10]] }, percent, 10, 5],
  ["piecewise on an input without a max: its highest y", { type: "piecewise", points: [[0, 0], [5, 7], [9, 4]] }, { type: "number" }, 10, 7],
  ["choice: the best option", { type: "choice" }, { type: "choice", options: [{ id: "a", label: t("a"), points: 6 }, { id: "b", label: t("b"), fraction: 0.8 }] }, 10, 8],
  ["checklist: every option ticked, held by the cap", { type: "checklist", cap: 7 }, { type: "checklist", options: [{ id: "a", label: t("a"), points: 4 }, { id: "b", label: t("b"), points: 4 }] }, 10, 7],
  ["checklist: every option ticked, short of the max", { type: "checklist" }, { type: "checklist", options: [{ id: "a", label: t("a"), points: 3 }, { id: "b", label: t("b"), fraction: 0.2 }] }, 10, 5],
  ["best_of: its best case", { type: "best_of", cases: [{ field: "x", max: 4, rule: { type: "fixed" } }, { field: "missing", rule: { type: "fixed" } }] }, parts, 10, 4],
  ["a sum stops at its cap", { type: "sum", cap: 4, parts: [{ field: "x", max: 3, rule: { type: "fixed" } }, { field: "x", max: 3, rule: { type: "fixed" } }] }, parts, 10, 4],
  ["a yes/no worth more than the max is held by it", { type: "fixed", points: 25 }, { type: "boolean" }, 20, 20],
  // A rule that does not fit its input is another finding's (rule-input-mismatch): not said to be out of reach too.
  ["a simple rule on parts: the max", { type: "fixed" }, parts, 10, 10],
  ["a term naming no field of the parts earns nothing", { type: "sum", parts: [{ field: "missing", max: 5, rule: { type: "fixed" } }] }, parts, 10, 0],
];

describe("reachableMax: what the best possible answer earns", () => {
  it.each(cases)("%s", (_name, rule, input, max, expected) => {
    expect(reachableMax(rule, input, max)).toBe(expected);
  });
});
