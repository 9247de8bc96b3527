import { describe, expect, it } from "vitest";
import { possibleScores } from "../../src/core/possible-scores.js";
import type { Indicator, Input, Rule } from "../../src/core/rubric.js";

const t = (vi: string) => ({ vi, en: vi });
const indicator = (rule: Rule, input: Input, max: number): Indicator => ({ kind: "indicator", code: "1.1", title: t("x"), max, input, rule });

describe("possibleScores: the points an indicator's rule can give", () => {
  it("a yes/no: 0 or its points; N/A under full adds the max", () => {
    expect(possibleScores(indicator({ type: "fixed" }, { type: "boolean" }, 10), "forbidden", 2)).toEqual({ max: 10, values: [0, 10] });
    expect(possibleScores(indicator({ type: "fixed", points: 4 }, { type: "boolean" }, 10), "full", 2)).toEqual({ max: 10, values: [0, 4, 10] });
  });
  it("a level's share: each level, at the rubric's decimals", () => {
    expect(possibleScores(indicator({ type: "ratio" }, { type: "level", min: 0, max: 3 }, 10), "zero", 2).values).toEqual([0, 3.33, 6.67, 10]);
  });
  it("options, ticked sets under the cap, band steps and a deadline", () => {
    const options = [{ id: "a", label: t("a"), points: 4 }, { id: "b", label: t("b"), fraction: 0.5 }];
    expect(possibleScores(indicator({ type: "choice" }, { type: "choice", options }, 10), "zero", 2).values).toEqual([0, 4, 5]);
    expect(possibleScores(indicator({ type: "checklist", cap: 8 }, { type: "checklist", options }, 10), "zero", 2).values).toEqual([0, 4, 5, 8]);
    expect(possibleScores(indicator({ type: "bands", steps: [{ min: 3, points: 9 }, { min: 1, fraction: 0.5 }], else: 1 }, { type: "count" }, 10), "zero", 2).values).toEqual([0, 1, 5, 9]);
    expect(possibleScores(indicator({ type: "deadline", by: "2025-02-28", late_points: 6 }, { type: "date" }, 10), "zero", 2).values).toEqual([0, 6, 10]);
  });
  it("a share, a target or a batch-relative rule: any value up to the max", () => {
    expect(possibleScores(indicator({ type: "target", target: 80 }, { type: "percent" }, 10), "zero", 2)).toEqual({ max: 10 });
    expect(possibleScores(indicator({ type: "relative_to_best" }, { type: "count" }, 10), "zero", 2)).toEqual({ max: 10 });
  });
  describe("a fraction's 0/0 scores as its zero_denominator says, before any rule", () => {
    const fraction = (zero_denominator?: "full" | "zero" | "not_applicable" | "invalid"): Input => ({ type: "fraction", numerator: t("a"), denominator: t("b"), ...(zero_denominator ? { zero_denominator } : {}) });
    const bands: Rule = { type: "bands", steps: [{ min: 0.8, points: 6 }, { min: 0.5, fraction: 0.2 }] };
    it.each([
      { rule: bands, zero_denominator: "full", values: [0, 2, 6, 10] },
      { rule: bands, zero_denominator: "zero", values: [0, 2, 6] },
      { rule: bands, zero_denominator: "not_applicable", values: [0, 2, 6] },
      { rule: bands, zero_denominator: "invalid", values: [0, 2, 6] },
      { rule: bands, zero_denominator: undefined, values: [0, 2, 6] },
      // A choice rule scores no fraction (the rubric check refuses it): 0, and the max where 0/0 gives it.
      { rule: { type: "choice" }, zero_denominator: "full", values: [0, 10] },
      { rule: { type: "choice" }, zero_denominator: "zero", values: [0] },
    ] as const)("$rule.type, zero_denominator: $zero_denominator → $values", ({ rule, zero_denominator, values }) => {
      expect(possibleScores(indicator(rule, fraction(zero_denominator), 10), "zero", 2).values).toEqual(values);
    });
    it("a share of a fraction is still any value up to the max", () => {
      expect(possibleScores(indicator({ type: "ratio" }, fraction("full"), 10), "zero", 2)).toEqual({ max: 10 });
    });
  });
});
