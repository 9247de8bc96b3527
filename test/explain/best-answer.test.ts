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
