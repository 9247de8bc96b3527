import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatPoints } from "../../src/report/format-number.js";
import { formatHtml } from "../../src/report/html.js";
import { HTML_DETAIL_LIMIT as DETAIL_LIMIT } from "../../src/report/common.js";
import { formatMarkdown } from "../../src/report/markdown.js";
import { formatCsv } from "../../src/report/csv.js";
import { md } from "../../src/report/md-escape.js";
import { formatJson } from "../../src/report/json.js";
import { parseReportJson } from "../helpers/report-json.js";
import type { ScoreReport } from "../../src/report/report.js";
import { h } from "../../src/report/svg.js";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, HOSTILE, hostileDir, REPRODUCIBLE, SEED, tempDir } from "./helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

async function report(paths: string[]): Promise<ScoreReport> {
  return parseReportJson((await runCli(["score", ...paths, "--format", "json"], { env: REPRODUCIBLE })).stdout);
}

describe("the day a file was sent", () => {
  // A collector checking who sent before the deadline read it in the xlsx and csv only; each agency's line says it too.
  it.each([
    ["table", "vi", "Bộ chỉ số dti-cap-so 2025.1 · Gửi ngày 25/09/2025\n"],
    ["md", "en", "in cohort Departments and boards · Sent 2025-09-25\n"],
    ["html", "vi", "trong khối Sở, ban, ngành và ban quản lý · Gửi ngày 25/09/2025 · <span class=\"code\">"],
  ])("in the %s report (%s); not for a draft that gives none", async (format, lang, line) => {
    const sent = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", format, "--lang", lang], { env: REPRODUCIBLE });
    expect(sent.stdout).toContain(line);
    const draft = await runCli(["score", "examples/so-noi-vu-quang-binh-chua-xong.yaml", "--format", format, "--lang", lang], { env: REPRODUCIBLE });
    expect(draft.stdout).not.toMatch(/Gửi ngày|Sent \d/);
  });
});

describe("a verified difference of nothing", () => {
  // The collector's verified value confirms the agency's own (6.1.4: 3, verified 3): "+0.00" read as a gain.
  function confirmed(): string {
    const dir = tempDir(temps);
    const text = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8");
    writeFileSync(path.join(dir, "stc.yaml"), text.replace(/^( {6}value: )2$/m, "$13"));
    return dir;
  }
  it.each([
    ["table", "difference 0.00)"],
    ["md", "difference 0.00)"],
    ["html", "difference 0.00)"],
  ])("prints 0.00, no sign, in the %s report", async (format, said) => {
    const r = await runCli(["score", confirmed(), "--format", format, "--lang", "en"], { env: REPRODUCIBLE });
    expect(r.stdout).toContain(said);
    expect(r.stdout).not.toMatch(/[+−]0\.00\b/);
  });
  it("is the number 0 in the csv, as the other formats now read", async () => {
    const r = await runCli(["score", confirmed(), "--format", "csv", "--lang", "en"], { env: REPRODUCIBLE });
    const [head, row] = r.stdout.replace(/^\uFEFF/, "").split("\r\n").map((l) => l.split(","));
    expect(row![head!.indexOf("Difference")]).toBe("0");
  });
});

describe("a bonus of nothing", () => {
  // examples/ban-qlkkt-quang-binh.yaml claims no bonus: "+0.00" read as points added, where a penalty of nothing reads "0.00".
  it.each([
    ["table", /│ Bonus +│ +0\.00 │/],
    ["md", /\| Bonus \| 0\.00 \|/],
    ["html", /<th scope="row">Bonus<\/th><td class="num">0\.00<\/td>/],
  ])("is 0.00, no sign, in the %s report, as a penalty of nothing is", async (format, row) => {
    const r = await runCli(["score", "examples/ban-qlkkt-quang-binh.yaml", "--format", format, "--lang", "en"], { env: REPRODUCIBLE });
    expect(r.stdout).toMatch(row);
    expect(r.stdout).not.toContain("+0.00");
  });
  it("keeps its + where there is one (20 of 50)", async () => {
    const r = await runCli(["score", "examples/kho-bac-quang-binh.yaml", "--lang", "en"], { env: REPRODUCIBLE });
    expect(r.stdout).toMatch(/│ Bonus +│ +\+20\.00 │/);
  });
});

describe("markdown", () => {
  it("one agency: its groups, total and band in a GitHub table", async () => {
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "md", "--lang", "vi"], { env: REPRODUCIBLE });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^### Sở Khoa học và Công nghệ tỉnh Quảng Bình — 849,23 † \/ 1000 \(84,92 %\) · Tốt/m);
    // Scored alone, its batch-relative indicators are provisional: the heading says so, as the ranking does.
    expect(r.stdout).toContain("|---|---|--:|--:|--:|");
    expect(r.stdout).toContain("| | **Tổng điểm** | **849,23** † | 1000 | **84,92 %** |");
    expect(r.stdout).toMatch(/\| 6\.1 \| &nbsp;&nbsp;Điều hành, xử lý văn bản \| 128,00 \| 130 \|/);
  });

  it("a batch: the ranking per rubric, short enough for a pull-request comment", async () => {
    const r = await runCli(["score", "examples/", "--format", "md"], { env: REPRODUCIBLE });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("### Ranking — dti-cap-so 2025.1");
    expect(r.stdout).toContain("### Not scored (1 file)");
    expect(r.stdout.length).toBeLessThan(65536);
    const many = await report(["examples/"]);
    const section = many.rubrics[0]!;
    section.agencies = Array.from({ length: 500 }, (_, i) => ({ ...section.agencies[0]!, rank: i + 1 }));
    const text = formatMarkdown(many, { lang: "en" });
    expect(text.length).toBeLessThan(20000);
    expect(text).toContain("… and 450 more");
  });

  it("a batch cut to its rows keeps every cohort: each shows its first rows, and a row counts the rest", async () => {
    const many = await report(["examples/"]);
    const section = many.rubrics[0]!;
    const first = section.agencies[0]!;
    const member = (cohort: string, i: number) => ({ ...first, rank: i + 1, score: { ...first.score, agency: { ...first.score.agency, id: `${cohort}-${i}`, name: `${cohort} ${i}`, cohort } } });
    section.agencies = [...Array.from({ length: 128 }, (_, i) => member("so-nganh", i)), ...Array.from({ length: 19 }, (_, i) => member("nganh-doc", i))];
    const lines = formatMarkdown(many, { lang: "vi" }).split("\n");
    const rows = (cohort: string) => lines.filter((l) => l.includes(`| ${cohort} `)).length;
    // 19 fit whole; the larger cohort takes the rest of the 50.
    expect([rows("so-nganh"), rows("nganh-doc")]).toEqual([31, 19]);
    const more = lines.filter((l) => l.includes("cơ quan nữa"));
    expect(more).toHaveLength(1);
    expect(cells(more[0]!).slice(0, 3)).toEqual(["Sở, ban, ngành và ban quản lý", "…", "… và 97 cơ quan nữa (xem báo cáo csv, xlsx hoặc html)"]);
    // The row has as many cells as the table's head.
    const head = lines.find((l) => l.startsWith("| Khối"))!;
    expect(cells(more[0]!)).toHaveLength(cells(head).length);
  });

  /** The cells of a Markdown table row, unescaped pipes only. */
  const cells = (line: string) => line.slice(2, -2).split(/ (?<!\\)\| /);

  it("with --group-ranks, the ranking gets one rank column per top-level group; without it, none", async () => {
    const withRanks = await runCli(["score", "examples/", "--format", "md", "--group-ranks"], { env: REPRODUCIBLE });
    const plain = await runCli(["score", "examples/", "--format", "md"], { env: REPRODUCIBLE });
    expect(plain.stdout).not.toContain("Group 1 rank");
    const json = await report(["examples/", "--group-ranks"]);
    const lines = withRanks.stdout.split("\n");
    for (const section of json.rubrics) {
      // The table's header: the first row after the heading (the bands' lines come between).
      const heading = lines.indexOf(`### Ranking — ${section.id} ${section.version}`);
      const headIndex = lines.findIndex((l, i) => i > heading && l.startsWith("|"));
      const head = cells(lines[headIndex]!);
      const codes = section.agencies[0]!.score.groups.map((g) => g.code);
      expect(head.slice(-codes.length)).toEqual(codes.map((code) => `Group ${code} rank`));
      expect(lines[headIndex + 1]!.split("|").length).toBe(lines[headIndex]!.split(/(?<!\\)\|/).length);
      for (const a of section.agencies) {
        const row = cells(lines.slice(headIndex).find((l) => l.includes(` ${md(a.score.agency.name)} `))!);
        expect(row.slice(-codes.length)).toEqual(codes.map((code) => String(a.group_ranks![code])));
      }
    }
  });

  it("a batch with verified values: the self-score total and the difference next to the (verified) total", async () => {
    const r = await runCli(["score", "examples/", "--format", "md", "--lang", "vi"], { env: REPRODUCIBLE });
    const lines = r.stdout.split("\n");
    const head = cells(lines.find((l) => l.startsWith("| Khối xếp hạng |"))!);
    const row = (name: string) => cells(lines.find((l) => l.includes(` ${name} `))!);
    const columns = ["Tổng", "Tổng tự chấm", "Chênh lệch"].map((h) => head.indexOf(h));
    expect(columns.map((i) => row("Sở Tài chính tỉnh Quảng Bình ✓ (ví dụ)")[i])).toEqual(["895,28", "900,28", "−5,00"]);
    // Not verified: its self-assessed total is its total (it was left blank, where csv and xlsx gave it), and no difference.
    expect(columns.map((i) => row("Sở Nội vụ tỉnh Quảng Bình (ví dụ)")[i])).toEqual(["494,84", "494,84", ""]);
  });

  it("a pillar whose max follows the agency type has no single max in the legend, whichever file comes first (it printed the first agency's: 50 over a cell of 226.52)", async () => {
    const legend = async (files: string[]) => (await runCli(["score", ...files, "--format", "md", "--lang", "en"], { env: REPRODUCIBLE })).stdout.split("\n").find((l) => l.startsWith("1 Digital awareness"))!;
    const one = await legend(["examples/kho-bac-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml"]);
    expect(one).toBe(await legend(["examples/so-tai-chinh-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml"]));
    expect(one).toContain("Services to citizens and businesses (its max depends on the agency type)");
    expect(one).toContain("Foundation group (500)");
  });

  it("one agency with verified values: a table of the indicators whose verified points differ, with both answers and the collector's note", async () => {
    const verified = await runCli(["score", "examples/xa-can-giuoc-tay-ninh.yaml", "--format", "md"], { env: REPRODUCIBLE });
    // The agency sent this report learns what was corrected and why, not only the points it lost.
    expect(verified.stdout).toContain([
      "Verified score: 816.14 (self-score 832.70, difference −16.56)",
      "",
      "| Code | Answer | Self-score points | Verified answer | Verified points | Difference | Verification note |",
      "|---|---|--:|---|--:|--:|---|",
      "| 3.4 | 62 / 62 (100.00 %) | 20.00 | 45 / 62 (72.58 %) | 14.52 | −5.48 | Đối chiếu hệ thống giám sát mã độc tập trung: 45/62 máy có kết nối. · verified by Sở Khoa học và Công nghệ on 2026-04-10 |",
      "| 4.1 | 14 / 14 (100.00 %) | 20.00 | 12 / 14 (85.71 %) | 17.14 | −2.86 | Thiếu mục công khai ngân sách và chương trình, đề tài nghiên cứu. · verified by Sở Khoa học và Công nghệ on 2026-04-10 |",
      "| Remaining difference (from rescaling, caps, bonus and penalty) | | | | | −8.22 | |",
      "",
    ].join("\n"));
    const selfOnly = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "md"], { env: REPRODUCIBLE });
    expect(selfOnly.stdout).not.toContain("Verified points");
  });

  it.each(["en", "vi"])("a figure the collector corrected is listed with both answers (%s), not only its points, which may not move", async (lang) => {
    const dir = tempDir(temps);
    const file = path.join(dir, "stc.yaml");
    // 95 % and 90 % both reach 2.2's target: 25 points either way, "2.2: 25.00 → 25.00 (0.00)" said nothing of the 90.
    writeFileSync(file, readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8")
      .replace('  "2.2":\n    value: 95\n', '  "2.2":\n    value: 95\n    verified: {value: 90, note: "19/21"}\n')
      .replace('  "5.1":\n    value: {a: 3, b: 4}\n', '  "5.1":\n    value: {a: 3, b: 4}\n    verified: {na: true, reason: "Không giao"}\n'));
    const table = (await runCli(["score", file, "--lang", lang], { env: REPRODUCIBLE })).stdout;
    expect(table).toContain(lang === "en" ? "  2.2: 25.00 → 25.00 (0.00) · answer 95 % → 90 % · 19/21\n" : "  2.2: 25,00 → 25,00 (0,00) · trả lời 95 % → 90 % · 19/21\n");
    // A verified N/A says its reason already: no answer repeated.
    expect(table).toMatch(lang === "en" ? /^ {2}5\.1: [\d.]+ → not applicable: Không giao \(−[\d.]+\)$/m : /^ {2}5\.1: [\d,]+ → không áp dụng: Không giao \(−[\d,]+\)$/m);
  });

  it("verified differences add up to the total's: a penalty's is its effect on the total, a status change is listed, rescaling is said apart", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-verified-"));
    temps.push(dir);
    const file = path.join(dir, "a.yaml");
    // The collector finds three late reports (penalty 5 → 15) and rules 5.1 not applicable (group 5 rescaled).
    writeFileSync(file, readFileSync(SEED, "utf8")
      .replace('  "TR.1":\n    value: 1\n', '  "TR.1":\n    value: 1\n    verified: {value: 3, by: "Sở KH&CN", date: "2026-04-10"}\n')
      .replace('  "5.1":\n    value: {a: 2, b: 2}\n', '  "5.1":\n    value: {a: 2, b: 2}\n    verified: {na: true, reason: "Không có hệ thống cấp độ", by: "Sở KH&CN", date: "2026-04-10"}\n'));
    const json = JSON.parse((await runCli(["score", file, "--format", "json"], { env: REPRODUCIBLE })).stdout).rubrics[0].agencies[0];
    const diff = json.verified.total - json.score.total;
    const table = (await runCli(["score", file], { env: REPRODUCIBLE })).stdout;
    const lines = table.split("\n").filter((l) => /^  (TR\.1|5\.1|Remaining difference)/.test(l));
    expect(lines).toHaveLength(3);
    // The collector's reason is said, as the html and the long csv say it (the table left it out).
    expect(lines[0]).toMatch(/^  5\.1: \d+\.\d\d → not applicable: Không có hệ thống cấp độ \(−\d+\.\d\d\)/);
    expect(lines[1]).toMatch(/^  TR\.1: −5\.00 → −15\.00 \(−10\.00\)/);
    expect(lines[2]).toMatch(/^  Remaining difference \(from rescaling, caps, bonus and penalty\): \+\d+\.\d\d$/);
    const sum = lines.map((l) => Number(/\(([+−][\d.]+)\)|: ([+−][\d.]+)$/.exec(l)!.slice(1).find(Boolean)!.replace("−", "-"))).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(diff, 6);
    const md = (await runCli(["score", file, "--format", "md"], { env: REPRODUCIBLE })).stdout;
    expect(md).toMatch(/\| TR\.1 \| [^|]+ \| −5\.00 \| [^|]+ \| −15\.00 \| −10\.00 \| verified by Sở KH&amp;CN on 2026-04-10 \|/);
    expect(md).toMatch(/\| 5\.1 \| [^|]+ \| \d+\.\d\d \| Not applicable: Không có hệ thống cấp độ \| not applicable \| −/);
    const html = (await runCli(["score", file, "--format", "html"], { env: REPRODUCIBLE })).stdout;
    // Each row its own max and status: the self row is not marked not applicable, the verified one is.
    expect(html).toMatch(/<td rowspan="2">5\.1<\/td>(?:(?!<\/tr>).)*<td>scored<\/td>(?:(?!<tr).)*<\/tr><tr class="verified">(?:(?!<\/tr>).)*<td>not applicable ✓<\/td>/);
    expect(html).toContain("Difference −10.00");
  });

  it("escapes markup and table breakers", async () => {
    const text = formatMarkdown(await report([hostileDir(temps)]), { lang: "en" });
    expect(text).not.toMatch(/<script|<img|<\/style|<svg|<b>/i);
    expect(text).toContain("&lt;script&gt;");
    for (const line of text.split("\n").filter((l) => l.startsWith("| ") && l.includes("hostile") === false && l.includes("HYPERLINK"))) {
      expect(line.split(/(?<!\\)\|/).length).toBe(text.split("\n").find((l) => l.startsWith("| ") && l.includes("Rank"))!.split(/(?<!\\)\|/).length);
    }
    expect(md("a|b*c_[x](y)\n# h")).toBe("a\\|b\\*c\\_\\[x\\](y) # h");
    expect(md("# h")).toBe("\\# h");
    expect(md("- item")).toBe("\\- item");
    // Bare addresses and mentions GitHub would link (checked with micromark's GFM extension, not a dependency).
    expect(md("Xem https://evil.example/login ngay")).toBe("Xem https\\://evil.example/login ngay");
    expect(md("www.evil.example")).toBe("www\\.evil.example");
    expect(md("lienhe@evil.example @someone")).toBe("lienhe\\@evil.example \\@someone");
    expect(md("Lý do: ổn định")).toBe("Lý do: ổn định");
  });
});

describe("html", () => {
  it("the ranking's self-score total has its † too, as md's and the terminal's do (a verified agency of a cohort scored alone)", async () => {
    const r = await report(["examples/so-tai-chinh-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml"]);
    const html = formatHtml(r, { lang: "en" });
    const row = html.split("<tr>").find((tr) => tr.includes("Sở Tài chính tỉnh Quảng Bình</span></a> ✓"))!;
    // Total, then the self-score total: both provisional, 899.40 verified and 904.40 self-assessed.
    expect(row).toContain('<td class="num strong">899.40 †</td>');
    expect(row).toContain('<td class="num">904.40 †</td>');
    expect(formatMarkdown(r, { lang: "en" })).toContain("| 899.40 † | 89.94 % | Good | 904.40 † |");
  });

  it("is one self-contained file: no script, no external reference, a CSP, a print stylesheet for A4", async () => {
    const html = formatHtml(await report(["examples/"]), { lang: "vi" });
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">")).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    // Nothing is loaded: no src at all; the only links off the page are evidence links a person may click.
    expect(html).not.toMatch(/\bsrc=/);
    for (const link of html.match(/<a href="(?!#)[^"]*"[^>]*>/g) ?? []) expect(link).toMatch(/^<a href="https?:\/\/[^"]+" rel="noopener noreferrer">$/);
    expect(html).toContain("@page{size:A4");
    expect(html).toContain("@media print");
    for (const cls of ["chart-totals", "chart-bands", "chart-groups", "group-bars"]) expect(html).toContain(`class="chart ${cls}"`);
    expect(html.match(/class="chart group-bars"/g)).toHaveLength(7);
    expect(html).toContain("Sở Khoa học và Công nghệ tỉnh Quảng Bình");
    expect(html).toContain("840,66");
  });

  it("a single agency gets its group bars and open indicator details, no batch charts", async () => {
    const html = formatHtml(await report(["examples/so-khcn-quang-binh.yaml"]), { lang: "en" });
    expect(html).toContain(`class="chart group-bars"`);
    expect(html).not.toContain("chart-totals");
    expect(html).toContain(`<details class="indicators" open>`);
    expect(html).toContain(`<body class="single">`);
    expect(html).toContain(`href="https://skhcn.quangbinh.gov.vn/chuyen-doi-so" rel="noopener noreferrer"`);
  });

  it("a band keeps the colour of its place among the rubric's bands, whichever bands the batch reaches", async () => {
    const { BAND_COLORS } = await import("../../src/report/svg.js");
    const full = await report(["examples/"]);
    const section = full.rubrics[0]!;
    const weak = section.agencies.filter((a) => (a.verified ?? a.score).band?.id === "yeu");
    expect(weak.length).toBeGreaterThan(0);
    const place = section.bands!.findIndex((b) => b.id === "yeu");
    const bandChart = (agencies: typeof weak) => {
      const html = formatHtml({ ...full, rubrics: [{ ...section, agencies }] }, { lang: "en" });
      return html.match(/<svg class="chart chart-bands"[\s\S]*?<\/svg>/)![0];
    };
    // Only weak agencies: "Weak" is still drawn in its own colour, not in the first (best) one.
    expect(bandChart([weak[0]!, { ...weak[0]!, file: "copy.yaml" }])).toContain(`fill="${BAND_COLORS[place]}"`);
    expect(bandChart([weak[0]!, { ...weak[0]!, file: "copy.yaml" }])).not.toContain(`fill="${BAND_COLORS[0]}"`);
    expect(bandChart(section.agencies)).toContain(`fill="${BAND_COLORS[place]}"`);
  });

  it("the totals of up to 60 agencies are drawn in blocks of at most 20 bars, each with its scale (printed, one chart was cut across two pages)", async () => {
    const many = await report(["examples/"]);
    const section = many.rubrics[0]!;
    // One cohort: several are drawn a chart each.
    const agencies = section.agencies.map((a) => ({ ...a, score: { ...a.score, agency: { ...a.score.agency, cohort: "so-nganh" } } }));
    const charts = (n: number) => {
      section.agencies = Array.from({ length: n }, (_, i) => ({ ...agencies[i % 5]!, rank: i + 1 }));
      const figure = formatHtml(many, { lang: "en" }).match(/<figure class="totals">[\s\S]*?<\/figure>/)![0];
      return [...figure.matchAll(/<svg class="chart chart-totals"[\s\S]*?<\/svg>/g)].map((m) => (m[0].match(/class="bar"/g) ?? []).length);
    };
    expect(charts(43)).toEqual([15, 15, 13]);
    expect(charts(20)).toEqual([20]);
    expect(charts(60)).toEqual([20, 20, 20]);
    // Each block's label says which agencies it holds: a screen reader read the same label for each of them.
    const labels = (lang: "vi" | "en") => [...formatHtml(many, { lang }).match(/<figure class="totals">[\s\S]*?<\/figure>/)![0].matchAll(/<svg class="chart chart-totals"[^>]*aria-label="([^"]*)"/g)].map((m) => m[1]!.replace(/^.*\)/, ""));
    section.agencies = Array.from({ length: 29 }, (_, i) => ({ ...agencies[i % 5]!, rank: i + 1 }));
    expect(labels("en")).toEqual([", agencies 1–15 of 29: the figures are in the ranking below", ", agencies 16–29 of 29: the figures are in the ranking below"]);
    expect(labels("vi")[1]).toBe(", cơ quan thứ 16–29 trong 29: số liệu ở bảng xếp hạng bên dưới");
    section.agencies = Array.from({ length: 20 }, (_, i) => ({ ...agencies[i % 5]!, rank: i + 1 }));
    expect(labels("en")).toEqual([": the figures are in the ranking below"]);
  });

  // The rubric ranks wards apart from communes (and bands them by other thresholds): one chart of both read as one ranking.
  it("the totals are drawn one chart per cohort where the section has several", async () => {
    const dir = tempDir(temps);
    const seed = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8");
    writeFileSync(path.join(dir, "xa.yaml"), seed);
    writeFileSync(path.join(dir, "phuong.yaml"), seed.replace("id: tn-xa-can-giuoc", "id: tn-phuong-a").replace("type: commune", "type: ward").replace('name: "UBND xã Cần Giuộc, tỉnh Tây Ninh"', 'name: "UBND phường A"'));
    const html = formatHtml(await report([dir]), { lang: "en" });
    const totals = [...html.matchAll(/<figure class="totals">[\s\S]*?<figcaption>(.*?)<\/figcaption>/g)];
    expect(totals.map((m) => m[1])).toEqual([
      "Totals of the agencies of the cohort Commune People&#39;s Committee (1 agency; bar = share of the scale, colour by band)",
      "Totals of the agencies of the cohort Ward People&#39;s Committee (1 agency; bar = share of the scale, colour by band)",
    ]);
    expect(totals.map((m) => (m[0].match(/class="bar"/g) ?? []).length)).toEqual([1, 1]);
  });

  it("large batches get a histogram of totals instead of one bar per agency", async () => {
    const many = await report(["examples/"]);
    const section = many.rubrics[0]!;
    const copies = (n: number) => Array.from({ length: n }, (_, i) => ({ ...section.agencies[i % 5]!, rank: i + 1 }));
    section.agencies = copies(120);
    const html = formatHtml(many, { lang: "en" });
    expect(html).toContain("Distribution of totals by percent of the scale");
    const histogram = html.match(/<svg class="chart chart-totals"[\s\S]*?<\/svg>/)?.[0] ?? "";
    expect((histogram.match(/class="bar"/g) ?? []).length).toBe(10);
    // One colour: a 60–70 % step held agencies of two bands and wore one band's colour.
    expect(new Set(histogram.match(/fill="#[0-9a-f]{6}"/g)).size).toBe(1);
    // A province's 120 districts or departments keep their per-indicator tables (100 was the limit once).
    const others = many.rubrics.slice(1).reduce((n, r) => n + r.agencies.length, 0);
    expect(html.match(/<details class="indicators"/g)).toHaveLength(120 + others);
    // Above DETAIL_LIMIT agencies they are left out, and the report says where they are.
    section.agencies = copies(DETAIL_LIMIT + 1);
    const huge = formatHtml(many, { lang: "en" });
    expect(huge).not.toContain(`<details class="indicators"`);
    expect(huge).toContain("the per-indicator details are left out");
  });

  it("an agency's total bar has its band's colour, as in the section's totals chart", async () => {
    const html = formatHtml(await report(["examples/"]), { lang: "en" });
    const totals = html.slice(0, html.indexOf('<article class="agency"'));
    for (const article of html.split('<article class="agency"').slice(1)) {
      const name = /^[^>]*>\n?<h3>([^<]*?) </.exec(article)?.[1];
      const own = /<title>Total: [^<]*<\/title>(?:(?!<\/g>).)*?fill="(#[0-9a-f]{6})"/.exec(article)?.[1];
      const inChart = new RegExp(`<title>${name} \\([^)]*\\): [^<]*</title>(?:(?!</g>).)*?fill="(#[0-9a-f]{6})"`).exec(totals)?.[1];
      if (inChart === undefined) continue; // a section of one agency has no totals chart
      expect(own, name).toBe(inChart);
    }
  });

  it("printed: the files not scored are said on the first page, only ranked sections go landscape, the agency is named atop each page of its indicators", async () => {
    const html = formatHtml(await report(["examples/"]), { lang: "en" });
    // Before the first section (the list of files is on the last pages).
    expect(html.indexOf("1 file could not be scored and is not in the rankings")).toBeLessThan(html.indexOf('<section class="rubric'));
    // A section's name, in English quotes for a name (it read «Not scored», the Vietnamese ones, then "Not scored").
    expect(html).toContain("see “Not scored” at the end of the report.");
    // dti-cap-so ranks five agencies; dti-cap-xa and un-losi-2022 have one each, with no charts or rankings to print wide.
    expect(html.match(/<section class="rubric[^"]*"/g)).toEqual(['<section class="rubric ranked"', '<section class="rubric"', '<section class="rubric"']);
    expect(html).toContain('<tr class="repeat"><th scope="colgroup" colspan="8"><span lang="vi">Sở Khoa học và Công nghệ tỉnh Quảng Bình</span> (qb-skhcn) — All 50 indicators: 46 to answer, 2 for information only, 2 bonus items (optional)</th></tr>');
    // A percent sign stays on the line of its number (in the text; a chart's labels do not wrap).
    expect(html.replace(/<svg[\s\S]*?<\/svg>/g, "")).not.toMatch(/\d %/);
  });

  it("printed: a section of one agency starts it under its heading, a group table is not split from its total, the indicators' notes and the findings' agencies have room", async () => {
    const html = formatHtml(await report(["examples/"]), { lang: "vi" });
    const print = html.slice(html.indexOf("@media print"));
    // dti-cap-xa has one agency: its heading was left alone on a page, the agency on the next.
    expect(print).toContain("section.rubric:not(.ranked)>article.agency:first-of-type{break-before:auto}");
    expect(print).toMatch(/[,{ ]table\.groups[,{][^}]*break-inside:avoid/);
    // Inline (a line of text), a chart was kept whole by moving it past the page: a batch's first page held its
    // title alone, the totals chart starting on the next.
    expect(print).toContain("svg.chart{display:block}");
    // The note column was 10 % wide: a word a line; "Tối đa" ran into "Trạng thái".
    expect(html).toContain(`<colgroup>${[7, 19, 15, 8, 7, 10, 21, 13].map((w) => `<col style="width:${w}%">`).join("")}</colgroup>`);
    expect(html).toContain("table.indicators th.num{white-space:normal}");
    // The file path took the width and the agency's name wrapped a word a line.
    expect(html).toContain("section.not-scored table,section.file-warnings table{table-layout:fixed}");
    expect(html).toMatch(/section\.not-scored td,section\.file-warnings td\{overflow-wrap:anywhere\}/);
  });

  it("with --group-ranks, each ranking table has each agency's rank per top-level group under the group's points; without it, none", async () => {
    const json = await report(["examples/", "--group-ranks"]);
    const html = formatHtml(json, { lang: "en" });
    expect(formatHtml(await report(["examples/"]), { lang: "en" })).not.toContain(`class="group-rank"`);
    const section = json.rubrics[0]!;
    const codes = section.agencies[0]!.score.groups.map((g) => g.code);
    const tables = html.match(/<table class="ranking[^"]*">[\s\S]*?<\/table>/g)!;
    const cohort = tables.find((t) => t.includes("Cohort Departments and boards"))!;
    for (const a of section.agencies.filter((x) => x.score.agency.cohort === "so-nganh")) {
      const row = cohort.match(new RegExp(`<tr>(?:(?!</tr>).)*${h(a.score.agency.name)}(?:(?!</tr>).)*</tr>`))![0];
      const s = a.verified ?? a.score;
      // One column a group (a column of ranks each did not fit a printed page): its points, its rank under them.
      for (const c of codes) expect(row).toContain(`<td class="num">${formatPoints(s.groups.find((g) => g.code === c)!.points, 2, "en")}<div class="group-rank">rank ${a.group_ranks![c]}</div></td>`);
    }
  });

  it("with --group-ranks, a group coded as Object.prototype names a member (valueOf, which the rubric schema takes) shows its ranks, not a function", async () => {
    // The html printed "1 / function valueOf() { [native code] }1"; md and csv the function for a group an agency has no rank in.
    const json = await report(["examples/", "--group-ranks"]);
    const recode = (code: string) => code.replace(/^6(?=\.|$)/, "valueOf");
    json.rubrics[0]!.agencies.forEach((a, i) => {
      for (const s of [a.score, a.verified]) for (const g of s?.groups ?? []) g.code = recode(g.code);
      const ranks = a.group_ranks!;
      if (i > 0) Object.assign(ranks, { valueOf: ranks["6"] });
      delete ranks["6"];
    });
    for (const out of [formatHtml(json, { lang: "en" }), formatMarkdown(json, { lang: "en" }), formatCsv(json, { lang: "en", sep: ",", layout: "ranking" })]) expect(out).not.toContain("native code");
  });

  it("with --group-ranks, each agency's group table has its rank in the cohort on the top-level groups; without it, no such column", async () => {
    const json = await report(["examples/", "--group-ranks"]);
    const html = formatHtml(json, { lang: "vi" });
    expect(formatHtml(await report(["examples/"]), { lang: "vi" })).not.toContain("Hạng trong khối xếp hạng");
    const articles = html.match(/<article class="agency"[\s\S]*?<\/article>/g)!;
    for (const a of json.rubrics.flatMap((s) => s.agencies)) {
      const article = articles.find((x) => x.includes(`<h3>${h(a.score.agency.name)} `))!;
      const table = article.match(/<table class="groups">[\s\S]*?<\/table>/)![0];
      expect(table).toContain(`<th scope="col" class="num">%</th><th scope="col" class="num">Hạng trong khối xếp hạng</th></tr>`);
      for (const g of (a.verified ?? a.score).groups) {
        const row = table.match(new RegExp(`<tr class="[^"]*depth-0"><td>${g.code.replace(/\./g, "\\.")}</td>(?:(?!</tr>).)*</tr>`))![0];
        expect(row.endsWith(`<td class="num">${a.group_ranks![g.code]} / ${a.cohort_size}</td></tr>`)).toBe(true);
      }
      // Sub-groups and the total row keep an empty cell, so every row has as many cells as the head.
      for (const row of table.match(/<tr[ >](?:(?!<\/tr>).)*<\/tr>/g)!) expect(row.match(/<t[dh][ >]/g)).toHaveLength(6);
    }
  });

  it("an indicator with a verified value shows the self answer and points, the verified ones, and the difference", async () => {
    const html = formatHtml(await report(["examples/so-tai-chinh-quang-binh.yaml"]), { lang: "vi" });
    const rows = html.match(/<tr class="[^"]*verified-self">(?:(?!<\/tr>).)*<\/tr><tr class="verified">(?:(?!<\/tr>).)*<\/tr>/g)!;
    expect(rows).toHaveLength(1);
    const [self, verified] = rows[0]!.split(`<tr class="verified">`);
    expect(self).toMatch(/<td rowspan="2">6\.1\.4<\/td>/);
    expect(self).toContain(`<td><span class="basis">Tự chấm</span> 3 đơn vị</td><td class="num">15,00</td><td class="num">25,00</td><td>đã chấm</td>`);
    // The collector's note, then who verified and when, under the verified answer.
    expect(verified).toBe(`<td><span class="basis">Thẩm định</span> ✓ 2 đơn vị<div class="diff">Phòng Quản lý giá chưa có quyết định áp dụng ISO điện tử. · Sở Khoa học và Công nghệ thẩm định ngày 08/10/2025</div></td><td class="num">10,00<div class="diff">Chênh lệch −5,00</div></td><td class="num">25,00</td><td>đã chấm ✓</td></tr>`);
    // The other indicators keep one row each.
    expect(html).toMatch(/<tr><td>6\.1\.5<\/td>/);
  });

  it("escapes every text: names, notes, N/A reasons, evidence and links", async () => {
    const html = formatHtml(await report([hostileDir(temps)]), { lang: "en" });
    expect(html).not.toMatch(/<script|<img|<\/style><|<svg onload|<b>Sở/i);
    expect(html).not.toContain(`href="javascript:`);
    for (const text of Object.values(HOSTILE)) expect(html).toContain(h(text).replace(/\t/g, "\t"));
    // The only </style> is the stylesheet's own.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it("escapes the self and verified answers of a verified indicator", async () => {
    const json = await report(["examples/so-tai-chinh-quang-binh.yaml"]);
    const a = json.rubrics[0]!.agencies[0]!;
    const hostile = (i: { status: string; na_cause?: string; reason?: string }, reason: string) => Object.assign(i, { status: "not_applicable", na_cause: "answer", reason });
    hostile(a.score.indicators.find((i) => i.code === "6.1.4")!, HOSTILE.reason);
    hostile(a.verified!.indicators.find((i) => i.code === "6.1.4")!, HOSTILE.note);
    const html = formatHtml(json, { lang: "en" });
    expect(html).not.toMatch(/<svg onload|<\/style><script/);
    expect(html).toContain(`<span class="basis">Self-assessed</span> ${h(`Not applicable: ${HOSTILE.reason}`)}`);
    expect(html).toContain(`<span class="basis">Verified</span> ✓ ${h(`Not applicable: ${HOSTILE.note}`)}`);
  });
});

describe("bidirectional overrides in data", () => {
  it("are dropped in html, md, csv and xlsx text, so a name cannot show reversed in a ranking", async () => {
    const { formatCsv } = await import("../../src/report/csv.js");
    const { stripControls } = await import("../../src/report/common.js");
    const base = await report(["examples/"]);
    const spoof = "\u202eRTL\u202c Sở \u2066x\u2069";
    for (const a of base.rubrics[0]!.agencies) a.score.agency.name = spoof;
    const outputs = [formatHtml(base, { lang: "en" }), formatMarkdown(base, { lang: "en" }), formatCsv(base, { lang: "en", sep: ",", layout: "ranking" }), stripControls(spoof)];
    for (const out of outputs) {
      expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(out).toContain("RTL Sở x");
    }
  });

  it("are kept in the json as escapes: the text reads back exact, and shows no reversed name", async () => {
    const base = await report(["examples/"]);
    const spoof = "\u202eRTL\u202c Sở \u2066x\u2069";
    for (const a of base.rubrics[0]!.agencies) a.score.agency.name = spoof;
    const json = formatJson(base);
    expect(json).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(json).toContain("\\u202eRTL\\u202c Sở \\u2066x\\u2069");
    expect((JSON.parse(json) as ScoreReport).rubrics[0]!.agencies.map((a) => a.score.agency.name)).toEqual(base.rubrics[0]!.agencies.map(() => spoof));
  });
});

describe("warnings of scored files", () => {
  /** Two scored files with warnings (a link without https://; an answer the agency's type does not take) and one without. */
  function warnedBatch(): string {
    const dir = tempDir(temps);
    const seed = readFileSync(SEED, "utf8");
    writeFileSync(path.join(dir, "a.yaml"), seed);
    writeFileSync(path.join(dir, "b.yaml"), readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace('link: "https://stc.quangbinh.gov.vn/chuyen-doi-so"', 'link: "stc.quangbinh.gov.vn/chuyen-doi-so"'));
    writeFileSync(path.join(dir, "c.yaml"), readFileSync("examples/kho-bac-quang-binh.yaml", "utf8").replace(/^answers:\n/m, 'answers:\n  "6.2.1": {value: {a: 3, b: 4}, evidence: [{number: "12/BC", date: "2025-05-01", title: "Danh mục DVCTT"}]}\n'));
    return dir;
  }

  it("are in the json entry of their agency, located, and in the md, html and xlsx, not only on the terminal", async () => {
    const dir = warnedBatch();
    const json = await report([dir]);
    const entries = json.rubrics[0]!.agencies;
    const of = (file: string) => entries.find((a) => a.file.endsWith(file))!;
    expect(of("a.yaml").file_warnings).toBeUndefined();
    expect(of("b.yaml").file_warnings!.map((w) => [w.code, w.severity, w.line, w.col])).toEqual([["evidence-link-slip", "warning", 42, 51]]);
    expect(of("c.yaml").file_warnings!.map((w) => [w.code, w.params.type_label_en])).toEqual([["not-applicable-answered", "Vertically managed agency in the province"]]);
    const md = (await runCli(["score", dir, "--format", "md", "--lang", "en"], { env: REPRODUCIBLE })).stdout;
    expect(md).toContain("### Warnings in scored files (2 warnings in 2 files)");
    expect(md).toMatch(/^- `.*b\.yaml:42:51` Sở Tài chính tỉnh Quảng Bình \(qb-stc\): /m);
    expect(md).toMatch(/^- `.*c\.yaml:20:3` .*: Indicator 6\.2\.1 does not apply to the agency type “Vertically managed agency in the province” \(vertical\)/m);
    const html = (await runCli(["score", dir, "--format", "html", "--lang", "vi"], { env: REPRODUCIBLE })).stdout;
    expect(html).toContain(`<li><a href="#file-warnings">Cảnh báo ở tệp đã chấm (2 cảnh báo, 2 tệp)</a></li>`);
    expect(html).toMatch(/<section class="file-warnings" id="file-warnings">.*b\.yaml.*42:51.*\[evidence-link-slip\].*<\/section>/s);
    const out = path.join(dir, "r.xlsx");
    expect((await runCli(["score", dir, "-o", out, "--lang", "en"], { env: REPRODUCIBLE })).code).toBe(0);
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet("Warnings")!;
    const rows = sheet.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 7));
    expect(rows.map((r) => [String(r[0]).endsWith(".yaml"), r[1], r[3], r[4], r[5]])).toEqual([
      [true, "qb-stc", 42, 51, "evidence-link-slip"],
      [true, "qb-kbnn", 20, 3, "not-applicable-answered"],
    ]);
  });
});

describe("an aggregate of exactly one top-level group (dti-cap-so's Activity group is group 6)", () => {
  it("adds no column to the ranking tables (md, html), which show group 6 already; csv and json keep it", async () => {
    const report = parseReportJson((await runCli(["score", "examples/", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const section = report.rubrics.find((r) => r.id === "dti-cap-so")!;
    const one = { ...report, rubrics: [section] };
    const mdRanking = formatMarkdown(one, { lang: "en" }).split("\n").find((l) => l.startsWith("| Cohort |"))!;
    expect(mdRanking).toContain("| 6 | Foundation group | Services to citizens and businesses |");
    expect(mdRanking).not.toContain("Activity group");
    const htmlHead = formatHtml(one, { lang: "en" }).match(/<table class="ranking[^"]*"[\s\S]*?<\/thead>/)![0];
    expect(htmlHead).toContain("Foundation group");
    expect(htmlHead).not.toContain("Activity group");
    expect(formatCsv(one, { lang: "en", sep: ",", layout: "ranking" }).split("\n")[0]).toContain("Activity group");
    expect(section.agencies[0]!.score.aggregates.map((x) => x.id)).toContain("hoat-dong");
  });
});
