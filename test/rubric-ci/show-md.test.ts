import { describe, expect, it } from "vitest";
import { loadRubric } from "../../src/load/load-rubric.js";
import { allIndicators } from "../../src/core/codes.js";
import type { Input, Rule } from "../../src/core/rubric.js";
import { describeRule } from "../../src/rubric-ci/show/describe-rule.js";
import { rubricMarkdown } from "../../src/rubric-ci/show/rubric-md.js";
import { runCli } from "../helpers/run-cli.js";
import { t } from "../helpers/mini-rubric.js";

describe("rubric show --format md", () => {
  it.each(["dti-cap-so", "dti-cap-xa", "un-losi-2022"])("%s: every group and indicator with its points, input and rule in words", async (id) => {
    const r = await runCli(["rubric", "show", id, "--format", "md"]);
    expect(r.code).toBe(0);
    const loaded = loadRubric(`rubrics/${id}.yaml`);
    if (!loaded.ok) throw new Error(id);
    const md = r.stdout;
    expect(md.startsWith(`# ${loaded.loaded.rubric.title.en}`)).toBe(true);
    for (const g of loaded.loaded.rubric.groups) expect(md).toMatch(new RegExp(`^## ${g.code.replace(".", "\\.")}\\. .* — ${g.max} points$`, "m"));
    for (const ind of allIndicators(loaded.loaded.rubric)) expect(md, ind.code).toMatch(new RegExp(`^#{3,6} ${ind.code.replace(/\./g, "\\.")} `, "m"));
    expect(md.match(/\*\*Scoring:\*\*/g)!.length).toBe(allIndicators(loaded.loaded.rubric).filter((i) => !i.info_only).length);
    expect(md).toContain("## Rating bands");
    expect(md).not.toMatch(/\{\w+\}/);
  });

  it("puts the rules in words with their numbers", async () => {
    const md = (await runCli(["rubric", "show", "dti-cap-so", "--format", "md"])).stdout;
    expect(md).toContain("- **Scoring:** ≥ 4 meetings → 20; ≥ 3 meetings → 15; ≥ 2 meetings → 10; ≥ 1 meeting → 5; below: 0");
    expect(md).toContain("- **Scoring:** by the option chosen: Head of the agency → 15; Deputy head → 7.5; No committee / not a leader → 0");
    expect(md).toContain("- **Scoring:** on or before 2025-02-28: 20 points; later: 10");
    expect(md).toContain("- **Scoring:** linear between 0 million VND → 0; 100 million VND → 10; 300 million VND → 20; 600 million VND → 25; 1000 million VND → 30; flat outside");
    expect(md).toContain("  - Applications running on the WAN (max 5): 1 point per application, at most 5");
    expect(md).toContain("- **b = 0:** the indicator is left out and its group rescaled");
    expect(md).toContain("These items' points are deducted from the total, 50 at most.");
    expect(md).toContain("| Excellent | 90 % |");
  });

  it("in Vietnamese, and to a file with -o", async () => {
    const md = (await runCli(["--lang", "vi", "rubric", "show", "dti-cap-xa", "--format", "md"])).stdout;
    expect(md).toContain("## Xếp loại");
    expect(md).toContain("- **Cách tính điểm:** 10 điểm × a/b");
    // The not-applicable line was headed "N/A" in Vietnamese too, where every other place says không áp dụng.
    expect(md).toContain("- **b = 0:** không được chấp nhận (lỗi)\n- **Trả lời không áp dụng:** không được phép\n");
    expect(md).not.toContain("**N/A:**");
    expect(md).toContain("| Xuất sắc | 860 điểm |");
  });

  it("tells apart documents cited under the same title: a source by its note, a legal basis by its title, each linked", () => {
    const loaded = loadRubric("rubrics/dti-cap-xa.yaml");
    if (!loaded.ok) throw new Error("dti-cap-xa");
    const rubric = {
      ...loaded.loaded.rubric,
      legal_basis: [
        { number: "12/QĐ-UBND", date: "2026-01-05", issuer: t("UBND tỉnh Tây Ninh", "Tây Ninh PPC"), title: t("Ban hành Bộ chỉ số DTI cấp xã", "Issuing the commune DTI"), url: "https://tayninh.gov.vn/qd12" },
        { number: "40/QĐ-UBND", date: "2026-03-02", issuer: t("UBND tỉnh Tây Ninh", "Tây Ninh PPC"), title: t("Sửa đổi Bộ chỉ số DTI cấp xã", "Amending the commune DTI") },
      ],
      provenance: { ...loaded.loaded.rubric.provenance, sources: [
        { title: "Quyết định 922/QĐ-BTTTT", url: "https://a.example/922", note: "Full text" },
        { title: "Quyết định 922/QĐ-BTTTT", url: "https://b.example/922", note: "Summary of the indicators" },
      ] },
    };
    const md = rubricMarkdown(rubric, "en");
    expect(md).toContain("| Legal basis | [12/QĐ-UBND](https://tayninh.gov.vn/qd12) (2026-01-05), Tây Ninh PPC: Issuing the commune DTI<br>40/QĐ-UBND (2026-03-02), Tây Ninh PPC: Amending the commune DTI |");
    expect(md).toContain("- [Quyết định 922/QĐ-BTTTT](https://a.example/922): Full text\n- [Quyết định 922/QĐ-BTTTT](https://b.example/922): Summary of the indicators\n");
  });

  it("a source's note in both languages is shown in the page's; a plain note, as written, in either", () => {
    const loaded = loadRubric("rubrics/dti-cap-xa.yaml");
    if (!loaded.ok) throw new Error("dti-cap-xa");
    const rubric = { ...loaded.loaded.rubric, provenance: { ...loaded.loaded.rubric.provenance, sources: [
      { title: "Quyết định 922/QĐ-BTTTT", note: t("Toàn văn", "Full text") },
      { title: "Bảng tự chấm", note: "Sheet DTI 2025" },
    ] } };
    expect(rubricMarkdown(rubric, "vi")).toContain("- Quyết định 922/QĐ-BTTTT: Toàn văn\n- Bảng tự chấm: Sheet DTI 2025\n");
    expect(rubricMarkdown(rubric, "en")).toContain("- Quyết định 922/QĐ-BTTTT: Full text\n- Bảng tự chấm: Sheet DTI 2025\n");
  });

  it("the table stays the default and an unknown format is a usage error", async () => {
    const table = await runCli(["rubric", "show", "un-losi-2022"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("┌");
    expect((await runCli(["rubric", "show", "un-losi-2022", "--format", "pdf"])).code).toBe(2);
  });
});

describe("rules in words", () => {
  const count: Input = { type: "count", unit: t("cuộc họp", "meetings") };
  const cases: [Rule, Input, string][] = [
    [{ type: "fixed", points: 5 }, { type: "boolean" }, "yes → 5 points; no → 0"],
    [{ type: "ratio" }, { type: "percent" }, "10 points × the percentage reached (50 % → 5)"],
    [{ type: "ratio" }, { type: "fraction", numerator: t("a"), denominator: t("b") }, "10 points × a/b"],
    [{ type: "ratio" }, { type: "level", max: 5 }, "10 points × level / 5"],
    [{ type: "ratio" }, { type: "level", min: 1, max: 4 }, "10 points × (level − 1) / (4 − 1)"],
    [{ type: "target", target: 80 }, { type: "percent" }, "80 % or more: 10 points; below: 10 points × value / 80 %"],
    [{ type: "target", target: 12 }, count, "12 meetings or more: 10 points; below: 10 points × value / 12 meetings"],
    [{ type: "bands", steps: [{ min: 5, fraction: 1 }, { min: 2, fraction: 0.25 }], else: 1 }, count, "≥ 5 meetings → 10; ≥ 2 meetings → 2.5; below: 1"],
    // As the rubrics' guidance says it, one of the unit: "× the number of meetings" read as a formula.
    [{ type: "per_unit", points: 2, cap: 8 }, count, "2 points per meeting, at most 8"],
    [{ type: "per_unit", points: 1, cap: 8 }, count, "1 point per meeting, at most 8"],
    // A count without a unit: "each", not "× the number of units".
    [{ type: "per_unit", points: 2, cap: 8 }, { type: "count" }, "2 points each, at most 8"],
    [{ type: "per_unit", points: 2, cap: 8 }, { type: "checklist", options: [{ id: "a", label: t("A") }] }, "2 points per item, at most 8"],
    [{ type: "checklist", cap: 6 }, { type: "checklist", options: [{ id: "a", label: t("A"), points: 4 }, { id: "b", label: t("B"), fraction: 0.5 }] }, "the sum of the items ticked: A → 4; B → 5; at most 6"],
    [{ type: "relative_to_best" }, count, "10 points × value / the best value in the cohort"],
    [{ type: "min_max" }, count, "10 points × (value − lowest) / (highest − lowest) in the cohort; all equal: 10"],
    [{ type: "min_max", lower_is_better: true }, count, "lower is better: 10 points × (highest − value) / (highest − lowest) in the cohort; all equal: 10"],
    [{ type: "best_of", cases: [{ rule: { type: "fixed" } }, { max: 4, rule: { type: "fixed" } }] }, { type: "boolean" }, "the best of: (max 10: yes → 10 points; no → 0), (max 4: yes → 4 points; no → 0)"],
  ];
  it.each(cases)("%j on %j", (rule, input, text) => {
    expect(describeRule(rule, input, 10, 2, "en")).toBe(text);
  });

  // A proportional rule says the points first and what the share is of: "tỷ lệ % / 100 × 15" was a formula, not a sentence.
  it.each([
    [{ type: "ratio" }, { type: "percent" }, "15 điểm × tỷ lệ đạt (đạt 50 % → 7,5 điểm)"],
    [{ type: "ratio" }, { type: "fraction", numerator: t("a"), denominator: t("b") }, "15 điểm × a/b"],
    [{ type: "ratio" }, { type: "level", min: 1, max: 4 }, "15 điểm × (mức − 1) / (4 − 1)"],
    [{ type: "target", target: 80 }, { type: "percent" }, "đạt 80 % trở lên: 15 điểm; thấp hơn: 15 điểm × giá trị / 80 %"],
    [{ type: "per_unit", points: 0.5, cap: 8 }, count, "0,5 điểm cho mỗi cuộc họp, tối đa 8"],
    [{ type: "per_unit", points: 2, cap: 8 }, { type: "count" }, "2 điểm cho mỗi trường hợp, tối đa 8"],
    [{ type: "relative_to_best" }, count, "15 điểm × giá trị / giá trị cao nhất trong khối xếp hạng"],
    [{ type: "min_max" }, count, "15 điểm × (giá trị − thấp nhất) / (cao nhất − thấp nhất) trong khối xếp hạng; mọi cơ quan bằng nhau: 15"],
  ] as [Rule, Input, string][])("in Vietnamese, %j on %j", (rule, input, text) => {
    expect(describeRule(rule, input, 15, 2, "vi")).toBe(text);
  });

  it("Vietnamese numbers use a decimal comma", () => {
    expect(describeRule({ type: "bands", steps: [{ min: 2, fraction: 0.25 }] }, { type: "count" }, 10, 2, "vi")).toBe("≥ 2 → 2,5; thấp hơn: 0");
  });
});
