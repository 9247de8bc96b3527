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
});
