import { describe, expect, it } from "vitest";
import { cohortRows, formatMarkdown } from "../../src/report/markdown.js";
import type { ScoreReport } from "../../src/report/report.js";
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

describe("the md's files not scored", () => {
  it("each with its first error, not a warning above it", () => {
    const report: ScoreReport = {
      tool: { name: "egov-score", version: "test" }, generated_at: "1970-01-01T00:00:00.000Z", rubrics: [],
      not_scored: [{ file: "so-a.yaml", errors: [
        { code: "not-applicable-answered", severity: "warning", line: 39, col: 3, path: null, params: { code: "5.7", type: "vertical", type_label: "Vertical" } },
        { code: "unknown-indicator", severity: "error", line: 63, col: 3, path: null, params: { code: "6.1.10", rubric: "dti-cap-so" } },
      ] }],
    };
    const text = formatMarkdown(report, { lang: "en" });
    expect(text).toContain("`so-a.yaml:63:3`");
    expect(text).not.toContain("so-a.yaml:39:3");
  });
});

describe("the md's files not scored: the texts their first error quotes", () => {
  const report = (found: string): ScoreReport => ({
    tool: { name: "egov-score", version: "test" }, generated_at: "1970-01-01T00:00:00.000Z", rubrics: [],
    not_scored: [{ file: "so-a.yaml", errors: [{ code: "not-allowed-value", severity: "error", line: 14, col: 18, path: "answers/1.2/value", params: { found, expected_key: "one_of", allowed: "a, b" } }] }],
  });

  it("are cut at 300 letters, as standard error and the spool's headline cut them: the md is the same with an html or json written beside it (they read the findings whole)", () => {
    const whole = formatMarkdown(report("x".repeat(1000)), { lang: "en" });
    const cut = formatMarkdown(report(`${"x".repeat(299)}…`), { lang: "en" });
    expect(whole).toBe(cut);
    expect(whole).not.toContain("x".repeat(300));
  });
});
