import { describe, expect, it } from "vitest";
import { cohortRows } from "../../src/report/markdown.js";
import { md, mdLink } from "../../src/report/md-escape.js";

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

describe("md and mdLink: agency text in the markdown report", () => {
  it.each([
    ["a tag, as text", "<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["an entity, as text", "&lt;b&gt;", "&amp;lt;b&amp;gt;"],
    ["a closing tag", "</details>", "&lt;/details&gt;"],
  ])("md escapes %s", (_, text, expected) => {
    expect(md(text)).toBe(expected);
  });

  it.each([
    ["javascript:alert(1)", "t"],
    ["data:text/html,x", "t"],
    ["vbscript:x", "t"],
    ["https://dvc.gov.vn/a(b)", "[t](https://dvc.gov.vn/a%28b%29)"],
  ])("mdLink makes a link of http(s) addresses only: %s", (url, expected) => {
    expect(mdLink("t", url)).toBe(expected);
  });
});
