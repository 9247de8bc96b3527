import { describe, expect, it } from "vitest";
import { scoreAgency } from "../../src/core/score.js";
import { explainAgency } from "../../src/explain/explain.js";
import { rubricMarkdown } from "../../src/rubric-ci/show/rubric-md.js";
import { agency, miniRubric } from "../helpers/mini-rubric.js";

// Explain said "not applicable: full points" where rubric show said "N/A: allowed; full marks": one policy, two wordings.
describe("the N/A policy", () => {
  const rubric = miniRubric();
  // Each of group 1 answered not applicable, under its own policy: 1.1 zero, 1.2 rescale, 1.3 full.
  const file = agency({ "1.1": { na: true, reason: "x" }, "1.2": { na: true, reason: "x" }, "1.3": { na: true, reason: "x" }, "2.1": { value: 100 }, "2.2": { value: 50 } });

  it.each(["vi", "en"] as const)("in %s, explain says each policy in rubric show's words, with show's label", (lang) => {
    const show = rubricMarkdown(rubric, lang);
    const explained = explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: file, score: scoreAgency(rubric, file) }, lang);
    for (const code of ["1.1", "1.2", "1.3"]) {
      const section = show.slice(show.indexOf(`### ${code} `));
      const [, label, words] = /- \*\*([^*]+):\*\* (.*)\n/.exec(section.slice(section.indexOf(lang === "vi" ? "- **Trả lời không áp dụng" : "- **N/A")))!;
      expect(explained.indicators.find((i) => i.code === code)!.na, code).toBe(`${label}: ${words}`);
    }
  });

  it("an answer left out under rescale is worded as b = 0 is", () => {
    const explained = explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: file, score: scoreAgency(rubric, file) }, "en");
    expect(explained.indicators.find((i) => i.code === "1.2")!.why).toBe("Not applicable: the indicator is left out and its group rescaled.");
  });
});
