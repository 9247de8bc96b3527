import { describe, expect, it } from "vitest";
import { scoreAgency } from "../../src/core/score.js";
import { explainAgency } from "../../src/explain/explain.js";
import { formatExplainMarkdown, formatExplainText } from "../../src/explain/format.js";
import { agency, FULL, miniRubric } from "../helpers/mini-rubric.js";
import { answerText } from "../../src/report/value-text.js";

// Mutants of src/explain/format.ts that every test let through: a sentence or a cell of the report that says
// something else than the explanation holds.
describe("explain's text and Markdown reports", () => {
  const rubric = miniRubric();
  const a = agency({ "1.1": { value: false }, "1.2": { value: { a: 1, b: 4 } }, "2.1": { value: 100 }, "2.2": { value: 10 }, "TR.1": { value: 0 } });
  const e = explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(rubric, a) }, "en");

  it("--top as large as the list leaves nothing unlisted: the total with all of them, not 'those not listed above too'", () => {
    expect(e.gains.length).toBeGreaterThan(1);
    for (const text of [formatExplainText(e, { top: e.gains.length }), formatExplainMarkdown(e, { top: e.gains.length })]) {
      expect(text).toContain("With all of them:");
      expect(text).not.toContain("not listed above");
    }
    expect(formatExplainText(e, { top: e.gains.length - 1 })).toContain("(those not listed above too)");
  });

  it("an unanswered indicator has no points now: '–', in Markdown as in the text", () => {
    const unanswered = e.gains.find((g) => g.kind === "unanswered")!;
    expect(formatExplainMarkdown(e, { top: 0 })).toContain(`| ${unanswered.code} | ${unanswered.title.en} (unanswered) | – / ${unanswered.max} |`);
  });

  it("the verified score says so in its headline", () => {
    for (const text of [formatExplainText({ ...e, basis: "verified" }, { top: 0 }), formatExplainMarkdown({ ...e, basis: "verified" }, { top: 0 })]) expect(text).toContain("· verified score");
    expect(formatExplainText(e, { top: 0 })).not.toContain("verified score");
  });

  // Found by helper officer9: at 40 columns (a split pane) the gains table stayed 58 columns wide, and the terminal
  // broke every row at its edge into pieces of border.
  it("on a terminal narrower than the gains table, each gain is a paragraph, every figure and answer kept", () => {
    const narrow = formatExplainText(e, { top: 0, width: 40 });
    const gains = narrow.slice(narrow.indexOf("Largest gains left"));
    expect(gains).not.toMatch(/[┌│└]/u);
    for (const g of e.gains) {
      expect(gains).toContain(`\n${g.code}  ${g.title.en}\n`);
      expect(gains).toContain(`\n    ${g.answer}`);
    }
    expect(gains).toContain("Now / max · Total rises by");
    expect(formatExplainText(e, { top: 0, width: 100 })).toMatch(/┌/u);
  });

  // Found by newcomer2: cli-table3's own wrap broke the answer "… 68 people (100 %)" into "(100" and "%)".
  it("the gains table wraps an answer as every report does: a percent sign stays with its figure", () => {
    const share = e.gains.find((g) => g.answer.includes(" %)"))!;
    expect(share, "a gain whose answer gives a share").toBeDefined();
    const fraction = { ...e, gains: [{ ...share, answer: `Officials trained in digital skills (a) = All officials (b) = 68 people ${share.answer.slice(share.answer.lastIndexOf("("))}` }] };
    const text = formatExplainText(fraction, { top: 0, width: 120 });
    expect(text).toMatch(/┌/u);
    expect(text).not.toMatch(/│ %\)/u);
  });

  it("an indicator that only collects information has its status right after its title, no gap where points would be", () => {
    expect(formatExplainText(e, { top: 0 })).toContain("\n  2.3  Ghi chú · information only\n");
  });
});

describe("explain's text: line breaks in the file's texts", () => {
  const rubric = miniRubric();
  const fake = "Band: Excellent · Rank 1 of 8";
  const a = agency({ ...FULL, "1.1": { value: true, note: "ghi chú\n  2.1  Fake indicator  10 / 10 · scored" }, "2.3": { value: "dòng 1\r\ndòng\t2" } }, { name: `Cơ quan A\n${fake}` });
  const e = explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(rubric, a) }, "en");

  it("print no line of their own, which read as the headline's or another indicator's", () => {
    const lines = formatExplainText(e, { top: 0 }).split("\n");
    expect(lines[0]).toBe(`Cơ quan A ${fake} (a)`);
    expect(lines.filter((l) => l.startsWith(fake) || l.startsWith("  2.1  Fake"))).toEqual([]);
    expect(lines.some((l) => l.endsWith("Note: ghi chú   2.1  Fake indicator  10 / 10 · scored"))).toBe(true);
    expect(lines.some((l) => l.endsWith("dòng 1 dòng 2"))).toBe(true);
  });
});

describe("explain's text and Markdown: a fraction with one half given", () => {
  const rubric = miniRubric();
  Object.assign(rubric.groups[0]!.items[1]!, { input: { type: "fraction", numerator: { vi: "Số hộ có cáp quang", en: "Households with fibre" }, denominator: { vi: "Tổng số hộ", en: "All households" } } });
  const explained = (value: unknown, lang: "vi" | "en") => {
    const a = agency({ ...FULL, "1.2": { value } as never });
    return explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: a, score: scoreAgency(rubric, a) }, lang);
  };

  it("says the half given and the one missing, in vi and en (it was '(unanswered)' alone, the 1234 typed not shown)", () => {
    const en = explained({ a: 1234, b: "?" }, "en");
    const said = "(unanswered) — a = 1234 given (Households with fibre), b missing (All households)";
    expect(en.indicators.find((i) => i.code === "1.2")!.answer).toBe(said);
    expect(formatExplainText(en, { top: 0 })).toContain(`Answer: ${said}`);
    expect(formatExplainMarkdown(en, { top: 0 })).toContain(`| ${said} |`);
    const vi = explained({ a: "?", b: 2000 }, "vi");
    expect(formatExplainText(vi, { top: 0 })).toContain("(chưa trả lời) — mới có b = 2000 (Tổng số hộ), còn thiếu a (Số hộ có cáp quang)");
  });

  it("an answer with no half given stays '(unanswered)'", () => {
    expect(explained({ a: "?", b: "?" }, "en").indicators.find((i) => i.code === "1.2")!.answer).toBe("(unanswered)");
  });
});

describe("an information-only question left ?", () => {
  // Found by collector14: explain printed "Answer: " with nothing after it, the reports an empty cell.
  const rubric = miniRubric();
  const info = (value: unknown) => {
    const a = agency({ ...FULL, "2.3": { value } as never });
    const score = scoreAgency(rubric, a);
    return { explained: explainAgency({ rubric, sha256: "0".repeat(64), file: "a.yaml", agency: a, score }, "en"), result: score.indicators.find((i) => i.code === "2.3")! };
  };

  it("reads (unanswered) in explain and in the reports' answer text, as a scored indicator left ? does", () => {
    const { explained, result } = info("?");
    expect(result.status).toBe("info_only");
    expect(explained.indicators.find((i) => i.code === "2.3")!.answer).toBe("(unanswered)");
    expect(formatExplainText(explained, { top: 0 })).toContain("Answer: (unanswered)");
    expect(answerText(result, "vi")).toBe("(chưa trả lời)");
  });

  it("an answer given is shown as given", () => {
    const { explained, result } = info("Ghi chú của xã");
    expect(explained.indicators.find((i) => i.code === "2.3")!.answer).toBe("Ghi chú của xã");
    expect(answerText(result, "en")).toBe("Ghi chú của xã");
  });
});
