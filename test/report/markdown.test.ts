import { describe, expect, it } from "vitest";
import { cohortRows } from "../../src/report/markdown.js";

describe("cohortRows: a rubric's ranking rows shared among its cohorts", () => {
  it.each([
    ["all fit", [10, 20], 50, [10, 20]],
    ["a small cohort whole, the rest to the large one", [128, 19], 50, [31, 19]],
    ["two large ones evenly", [100, 100], 50, [25, 25]],
    ["the odd row to the larger", [100, 200], 51, [25, 26]],
    ["every cohort at least five, past the budget", Array(12).fill(100), 50, Array(12).fill(5)],
    ["a cohort of fewer than five whole", [3, 500], 50, [3, 47]],
    ["no cohort", [], 50, []],
  ])("%s", (_, sizes, budget, expected) => {
    expect(cohortRows(sizes as number[], budget as number)).toEqual(expected);
  });
});
