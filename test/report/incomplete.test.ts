import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { formatHtml } from "../../src/report/html.js";
import { formatMarkdown } from "../../src/report/markdown.js";
import { formatTable } from "../../src/report/table.js";
import { incompleteNote, incompleteOf, INCOMPLETE_NAMED } from "../../src/report/incomplete.js";
import type { RankedAgency, ScoreReport } from "../../src/report/report.js";
import { parseReportJson } from "../helpers/report-json.js";
import { runCli } from "../helpers/run-cli.js";
import { REPRODUCIBLE } from "./helpers.js";

const plain = new Chalk({ level: 0 });

/** The examples of the default rubric: qb-snv's file leaves 19 questions unanswered, the others none. */
async function examples(): Promise<ScoreReport> {
  const files = ["examples/so-tai-chinh-quang-binh.yaml", "examples/so-khcn-quang-binh.yaml", "examples/so-noi-vu-quang-binh-chua-xong.yaml"];
  return parseReportJson((await runCli(["score", ...files, "--format", "json"], { env: REPRODUCIBLE })).stdout);
}

/** An agency of the report as another agency: its id and name changed, its completeness as given. */
function copyOf(a: RankedAgency, i: number, completeness: Partial<RankedAgency["score"]["completeness"]> = {}): RankedAgency {
  const agency = { ...a.score.agency, id: `so-${i}`, name: `Sở số ${i}` };
  return { ...a, verified: undefined, rank: i + 1, score: { ...a.score, agency, completeness: { ...a.score.completeness, ...completeness } } };
}

describe("the incomplete files under a ranking", () => {
  // A collector must find the incomplete files fast; above 50 agencies the terminal shows no agency's
  // "unanswered 19" line, and the md and the html's rankings never did: qb-snv was ranked like the others.
  it("a batch of more than 50 agencies names the incomplete one in the table, md and html", async () => {
    const report = await examples();
    const section = report.rubrics[0]!;
    const complete = section.agencies.find((a) => a.score.agency.id === "qb-skhcn")!;
    const incomplete = section.agencies.find((a) => a.score.agency.id === "qb-snv")!;
    section.agencies = [...Array.from({ length: 60 }, (_, i) => copyOf(complete, i)), { ...incomplete, rank: 61 }];
    const vi = "Phiếu chưa đầy đủ (1 cơ quan, được xếp hạng theo số điểm hiện có): Sở Nội vụ tỉnh Quảng Bình (qb-snv): 19 chỉ số chưa trả lời";
    expect(formatTable(report, "vi", plain)).toContain(vi);
    expect(formatMarkdown(report, { lang: "vi" })).toContain(vi);
    expect(formatHtml(report, { lang: "en" })).toContain('<p class="meta key warn">Incomplete files (1 agency, ranked on the points they have): <span lang="vi">Sở Nội vụ tỉnh Quảng Bình</span> (qb-snv): 19 unanswered</p>');
  });

  it("a batch whose files are all complete says nothing", async () => {
    const report = await examples();
    const section = report.rubrics[0]!;
    section.agencies = section.agencies.filter((a) => a.score.agency.id !== "qb-snv");
    for (const text of [formatTable(report, "en", plain), formatMarkdown(report, { lang: "en" }), formatHtml(report, { lang: "en" })]) expect(text).not.toContain("Incomplete files");
  });

  it.each([
    ["unanswered questions", { unanswered: 3 }, "Sở số 0 (so-0): 3 unanswered"],
    ["missing evidence", { missing_evidence: 1 }, "Sở số 0 (so-0): 1 missing evidence"],
    ["both", { unanswered: 2, missing_evidence: 4 }, "Sở số 0 (so-0): 2 unanswered, 4 missing evidence"],
  ])("names an agency with %s and how many", async (_, completeness, item) => {
    const a = (await examples()).rubrics[0]!.agencies[0]!;
    expect(incompleteNote(incompleteOf([copyOf(a, 0, completeness)]), "en")).toBe(`Incomplete files (1 agency, ranked on the points they have): ${item}`);
  });

  it(`names the first ${INCOMPLETE_NAMED} in ranking order and counts the others`, async () => {
    const a = (await examples()).rubrics[0]!.agencies[0]!;
    const note = incompleteNote(incompleteOf(Array.from({ length: INCOMPLETE_NAMED + 3 }, (_, i) => copyOf(a, i, { unanswered: 1 }))), "vi")!;
    expect(note).toMatch(/^Phiếu chưa đầy đủ \(13 cơ quan, được xếp hạng theo số điểm hiện có\): Sở số 0 \(so-0\): 1 chỉ số chưa trả lời; Sở số 1 /);
    expect(note).toContain("Sở số 9 (so-9): 1 chỉ số chưa trả lời; … và 3 cơ quan khác (xem cột «Chưa trả lời» và «Thiếu minh chứng» của báo cáo csv hoặc xlsx)");
    expect(note).not.toContain("so-10");
  });

  it("escapes a name as the md and html write data", async () => {
    const a = (await examples()).rubrics[0]!.agencies[0]!;
    const hostile = { ...copyOf(a, 0, { unanswered: 1 }), score: { ...copyOf(a, 0, { unanswered: 1 }).score, agency: { ...a.score.agency, id: "x", name: "<script>|[a](b)" } } };
    const report = await examples();
    report.rubrics[0]!.agencies = [hostile, copyOf(a, 1)];
    expect(formatMarkdown(report, { lang: "en" })).toContain("&lt;script&gt;\\|\\[a\\](b) (x): 1 unanswered");
    expect(formatHtml(report, { lang: "en" })).toContain("&lt;script&gt;|[a](b) (x): 1 unanswered");
  });
});
