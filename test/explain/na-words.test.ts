import { describe, expect, it } from "vitest";
import { scoreAgency } from "../../src/core/score.js";
import { explainAgency } from "../../src/explain/explain.js";
import { rubricMarkdown } from "../../src/rubric-ci/show/rubric-md.js";
import { rubricCsv } from "../../src/rubric-ci/show/rubric-csv.js";
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

// A bonus or penalty item under na: rescale read "the indicator is left out and its group rescaled": it has no group,
// and nothing is rescaled; left out, it adds nothing to the bonus or takes nothing off.
describe("N/A under rescale on a bonus or penalty item", () => {
  const rubric = miniRubric({ defaults: { na: "rescale" } });
  const file = agency({ "1.1": { value: 10 }, "1.2": { value: 20 }, "1.3": { value: 3 }, "2.1": { value: 100 }, "2.2": { value: 50 }, "T.1": { na: true, reason: "x" }, "TR.1": { na: true, reason: "x" } });
  const explained = (lang: "vi" | "en") => explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: file, score: scoreAgency(rubric, file) }, lang);

  it("explain says the item adds nothing to the bonus, or that nothing is deducted for it, in vi and en", () => {
    const en = explained("en").indicators;
    expect(en.find((i) => i.code === "T.1")).toMatchObject({ na: "N/A: allowed; the item is left out and adds nothing to the bonus", why: "Not applicable: the item is left out and adds nothing to the bonus." });
    expect(en.find((i) => i.code === "TR.1")).toMatchObject({ na: "N/A: allowed; the item is left out and nothing is deducted for it", why: "Not applicable: the item is left out and nothing is deducted for it." });
    const vi = explained("vi").indicators;
    expect(vi.find((i) => i.code === "T.1")!.why).toBe("Không áp dụng: mục không tính, không được cộng điểm thưởng.");
    expect(vi.find((i) => i.code === "TR.1")!.why).toBe("Không áp dụng: mục không tính, không bị trừ điểm.");
  });

  it("rubric show (md and csv) says it so too; the group's indicators keep their rescaling", () => {
    const md = rubricMarkdown(rubric, "en");
    expect(md.slice(md.indexOf("### T.1 "))).toMatch(/^### T\.1 [^\n]*\n(?:[^#][^\n]*\n|\n)*- \*\*N\/A:\*\* allowed; the item is left out and adds nothing to the bonus\n/);
    expect(md.slice(md.indexOf("### TR.1 "))).toContain("- **N/A:** allowed; the item is left out and nothing is deducted for it\n");
    expect(md.slice(md.indexOf("### 1.2 "), md.indexOf("### 1.3 "))).toContain("- **N/A:** allowed; the indicator is left out and its group rescaled\n");
    const vi = rubricMarkdown(rubric, "vi");
    expect(vi.slice(vi.indexOf("### T.1 "))).toContain("được phép; mục không tính, không được cộng điểm thưởng\n");
    const csv = rubricCsv(rubric, "en", ",").split("\r\n");
    expect(csv.find((row) => row.includes(",T.1,"))).toContain(",allowed; the item is left out and adds nothing to the bonus,");
    expect(csv.find((row) => row.includes(",TR.1,"))).toContain(",allowed; the item is left out and nothing is deducted for it,");
  });
});

// b = 0 on a bonus or penalty item's fraction read "the indicator is left out and its group rescaled" too, in show's
// b = 0 line and in explain's rule and why: the item has no group; left out, it adds nothing or takes nothing off.
describe("b = 0 on a bonus or penalty item", () => {
  const fraction = { type: "fraction", numerator: { vi: "a", en: "a" }, denominator: { vi: "b", en: "b" } };
  const rubric = miniRubric({
    bonus: { cap: 10, items: [{ code: "T.1", title: { vi: "Thưởng", en: "Bonus" }, max: 8, input: fraction, rule: { type: "ratio" } }] },
    penalty: { cap: 20, items: [{ code: "TR.1", title: { vi: "Trừ", en: "Penalty" }, max: 30, input: fraction, rule: { type: "ratio" } }] },
  });
  const file = agency({ "1.1": { value: true }, "1.2": { value: { a: 1, b: 0 } }, "1.3": { value: 3 }, "2.1": { value: 100 }, "2.2": { value: 50 }, "T.1": { value: { a: 0, b: 0 } }, "TR.1": { value: { a: 0, b: 0 } } });
  const explained = (lang: "vi" | "en") => explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: file, score: scoreAgency(rubric, file) }, lang).indicators;

  it("rubric show (md and csv) says the item adds nothing or nothing is deducted, in vi and en; a group's indicator keeps its rescaling", () => {
    const md = rubricMarkdown(rubric, "en");
    expect(md.slice(md.indexOf("### T.1 "))).toContain("- **b = 0:** the item is left out and adds nothing to the bonus\n");
    expect(md.slice(md.indexOf("### TR.1 "))).toContain("- **b = 0:** the item is left out and nothing is deducted for it\n");
    expect(md.slice(md.indexOf("### 1.2 "), md.indexOf("### 1.3 "))).toContain("- **b = 0:** the indicator is left out and its group rescaled\n");
    const vi = rubricMarkdown(rubric, "vi");
    expect(vi.slice(vi.indexOf("### T.1 "))).toContain("- **b = 0:** mục không tính, không được cộng điểm thưởng\n");
    expect(vi.slice(vi.indexOf("### TR.1 "))).toContain("- **b = 0:** mục không tính, không bị trừ điểm\n");
    const csv = rubricCsv(rubric, "en", ",").split("\r\n");
    expect(csv.find((row) => row.includes(",T.1,"))).toContain(",the item is left out and adds nothing to the bonus,");
    expect(csv.find((row) => row.includes(",TR.1,"))).toContain(",the item is left out and nothing is deducted for it,");
  });

  it("explain's rule and why say it so too", () => {
    const en = explained("en");
    expect(en.find((i) => i.code === "T.1")!.rule).toContain("b = 0: the item is left out and adds nothing to the bonus");
    expect(en.find((i) => i.code === "T.1")!.why).toBe("Denominator b = 0: the item is left out and adds nothing to the bonus.");
    expect(en.find((i) => i.code === "TR.1")!.rule).toContain("b = 0: the item is left out and nothing is deducted for it");
    expect(en.find((i) => i.code === "TR.1")!.why).toBe("Denominator b = 0: the item is left out and nothing is deducted for it.");
    expect(en.find((i) => i.code === "1.2")!.why).toBe("Denominator b = 0: the indicator is left out and its group rescaled.");
    const vi = explained("vi");
    expect(vi.find((i) => i.code === "T.1")!.why).toBe("Mẫu số b = 0: mục không tính, không được cộng điểm thưởng.");
    expect(vi.find((i) => i.code === "TR.1")!.rule).toContain("b = 0: mục không tính, không bị trừ điểm");
  });
});
