import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataText, formatHtml, htmlChunks } from "../../src/report/html.js";
import { rankedReport } from "../../src/report/ranked.js";
import { memoryScratch, type Scratch } from "../../src/report/scratch.js";
import { parseReportJson } from "../helpers/report-json.js";
import type { ScoreReport } from "../../src/report/report.js";
import { BAND_COLORS, NO_BAND_COLOR, shareColor } from "../../src/report/svg.js";
import { ACCENT_COLOR } from "../../src/report/html-styles.js";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, REPRODUCIBLE, SEED } from "./helpers.js";

/** Accessibility of the html report (WCAG 2.1 AA): what a screen reader, a magnifier or a keyboard user meets. */

const temps: string[] = [];
afterAll(() => cleanup(temps));

let batch: ScoreReport;
let seed: ScoreReport;
beforeAll(async () => {
  batch = parseReportJson((await runCli(["score", "examples/", "--format", "json"], { env: REPRODUCIBLE })).stdout);
  seed = parseReportJson((await runCli(["score", SEED, "--format", "json"], { env: REPRODUCIBLE })).stdout);
});

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe("html accessibility", () => {
  it("one main landmark, after the contents, which a skip link passes over; one h1", () => {
    const html = formatHtml(batch, { lang: "vi" });
    expect(html.match(/<main id="main">/g)).toHaveLength(1);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const skip = html.indexOf(`<a class="skip" href="#main">Bỏ qua mục lục, đến nội dung báo cáo</a>`);
    expect(skip).toBeGreaterThan(0);
    expect(skip).toBeLessThan(html.indexOf("<nav"));
    expect(html.indexOf("<nav")).toBeLessThan(html.indexOf("<main"));
    expect(html.indexOf("</main>")).toBeLessThan(html.indexOf("<footer"));
    expect(html).toContain(`<nav class="contents" aria-labelledby="contents-title"><h2 id="contents-title">`);
    // One agency has no contents to skip.
    const one = formatHtml(seed, { lang: "vi" });
    expect(one).not.toContain(`class="skip"`);
    expect(one).toContain(`<main id="main">`);
  });

  it("headings go down one level at a time", () => {
    const levels = [...formatHtml(batch, { lang: "en" }).matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it("tables have a name and row headers: the agency in the ranking, the group, the indicator", () => {
    const html = formatHtml(batch, { lang: "vi" });
    const ranking = html.match(/<table class="ranking[\s\S]*?<\/table>/)![0];
    expect(ranking).toMatch(/<tr><td class="num">1<\/td><th scope="row"><a href="#r0-a\d">Sở Tài chính tỉnh Quảng Bình<\/a> ✓/);
    // A group column is headed by its code, said in full to a screen reader.
    expect(ranking).toContain(`<th scope="col" class="num" title="Nhận thức số">1<span class="sr-only"> Nhận thức số</span></th>`);
    // Every header cell says what it heads (WCAG H63): the columns', the rows', the repeated agency row's.
    expect(html.match(/<th[\s>](?![^>]*scope=)[^>]*>?/g)).toBeNull();
    const groups = html.match(/<table class="groups">[\s\S]*?<\/table>/)![0];
    expect(groups).toContain(`<caption class="sr-only">Điểm từng nhóm chỉ số, điểm thưởng, điểm trừ và tổng điểm của Sở Tài chính tỉnh Quảng Bình</caption>`);
    expect(groups).toContain(`<th scope="row">Nhận thức số</th>`);
    expect(groups).toMatch(/<tr class="total"><td><\/td><th scope="row">Tổng điểm<\/th>/);
    const indicators = html.match(/<table class="indicators">[\s\S]*?<\/table>/)![0];
    expect(indicators).toMatch(/<caption class="meta"><span class="sr-only">Sở Tài chính tỉnh Quảng Bình \(qb-stc\) — Chi tiết \d+ chỉ số: \d+ chỉ số phải trả lời[^<]*\. <\/span>/);
    expect(indicators).toMatch(/<tr(?: class="[^"]*")?><td>1\.1<\/td><th scope="row">[^<]+<\/th>/);
    // A verified indicator's title heads both its rows.
    expect(html).toMatch(/<td rowspan="2">6\.1\.4<\/td><th rowspan="2" scope="row">/);
    expect(html).toMatch(/<section class="not-scored" id="not-scored"><h2>([^<]+)<\/h2><div class="scroll" tabindex="0" role="group" aria-label="\1"><table><caption class="sr-only">\1<\/caption>/);
  });

  it("wide tables scroll in their own box, which the keyboard can reach, not the page", () => {
    const html = formatHtml(batch, { lang: "vi" });
    const tables = html.match(/<table[\s>]/g)!.length;
    const charts = html.match(/<div class="sr-only"><table>/g)!.length;
    expect(html.match(/<div class="scroll" tabindex="0" role="group" aria-label="[^"]+"><table/g)).toHaveLength(tables - charts);
    expect(html).toContain(".scroll{overflow-x:auto;position:relative}");
  });

  it("the charts' figures are in a table a screen reader reads: the bands' counts, the groups' averages", () => {
    const html = formatHtml(batch, { lang: "vi" });
    const bands = html.match(/<figure><svg class="chart chart-bands"[\s\S]*?<\/figure>/)![0];
    expect(bands).toContain(`<caption>Số liệu của biểu đồ: Số cơ quan theo xếp loại của «Sở, ban, ngành cấp tỉnh», «Ban Quản lý khu kinh tế, cơ quan khác thuộc UBND tỉnh»</caption>`);
    expect(bands).toMatch(/<tr><th scope="row">Tốt<\/th><td>2<\/td><td>50,00\u00a0%<\/td><\/tr>/);
    const groups = html.match(/<figure><svg class="chart chart-groups"[\s\S]*?<\/figure>/)![0];
    expect(groups).toMatch(/<tr><th scope="row">1 Nhận thức số<\/th><td>\d+,\d\d \/ 100<\/td><\/tr>/);
    // The totals: said where they are (the ranking), not repeated; a chart per cohort.
    expect(html).toContain(`aria-label="Tổng điểm các cơ quan của khối Sở, ban, ngành và ban quản lý (4 cơ quan; thanh = tỷ lệ trên thang điểm, màu theo xếp loại): số liệu ở bảng xếp hạng bên dưới"`);
  });

  it("the bands are counted per band set, as the band lines are: a vertical agency's Good is not a department's", () => {
    const html = formatHtml(batch, { lang: "vi" });
    const charts = [...html.matchAll(/<figure><svg class="chart chart-bands"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    const counts = (chart: string) => [...chart.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>(\d+)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    // dti-cap-so: departments and boards (4) under the main set, the vertical agency under its own.
    expect(charts).toHaveLength(2);
    expect(charts[0]).toContain("<figcaption>Số cơ quan theo xếp loại của «Sở, ban, ngành cấp tỉnh», «Ban Quản lý khu kinh tế, cơ quan khác thuộc UBND tỉnh»</figcaption>");
    expect(counts(charts[0]!)).toEqual(["Tốt 2 50,00\u00a0%", "Khá 1 25,00\u00a0%", "Yếu 1 25,00\u00a0%"]);
    expect(charts[1]).toContain("<figcaption>Số cơ quan theo xếp loại của Cơ quan ngành dọc");
    expect(counts(charts[1]!)).toEqual(["Tốt 1 100,00\u00a0%"]);
    // Agencies of one set only: one chart, its caption as before.
    const section = batch.rubrics.find((r) => r.id === "dti-cap-so")!;
    const departments = formatHtml({ ...batch, rubrics: [{ ...section, agencies: section.agencies.filter((a) => a.score.agency.type !== "vertical") }] }, { lang: "vi" });
    expect(departments.match(/<svg class="chart chart-bands"/g)).toHaveLength(1);
    expect(departments).toContain("<figcaption>Số cơ quan theo xếp loại</figcaption>");
  });

  it("gives each band's share of the agencies rounded, not cut as a score's percentage is, so that the shares add up to 100 %", () => {
    const section = batch.rubrics.find((r) => r.id === "dti-cap-so")!;
    const agencies = section.agencies.filter((a) => a.score.agency.type !== "vertical" && a.score.band?.label.vi !== "Yếu");
    const html = formatHtml({ ...batch, rubrics: [{ ...section, agencies }] }, { lang: "vi" });
    const chart = html.match(/<figure><svg class="chart chart-bands"[\s\S]*?<\/figure>/)![0];
    expect([...chart.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>(\d+)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`)).toEqual(["Tốt 2 66,67\u00a0%", "Khá 1 33,33\u00a0%"]);
    expect(chart).toMatch(/<title>Tốt \(66,67\s%\): 2<\/title>/);
  });

  it("a large batch's histogram has its table too", () => {
    const section = batch.rubrics[0]!;
    const many = { ...batch, rubrics: [{ ...section, agencies: Array.from({ length: 61 }, (_, i) => ({ ...section.agencies[i % section.agencies.length]! })) }] };
    const html = formatHtml(many, { lang: "en" });
    expect(html).toContain(`<caption>Figures of the chart: Distribution of totals by percent of the scale</caption>`);
    expect(html).toMatch(/<tr><th scope="row">90–100\u00a0%<\/th><td>\d+<\/td><\/tr>/);
  });

  it("a large batch's histogram is drawn in the page's accent colour, the one the stylesheet gives links and focus rings", () => {
    const section = batch.rubrics[0]!;
    const many = { ...batch, rubrics: [{ ...section, agencies: Array.from({ length: 61 }, (_, i) => ({ ...section.agencies[i % section.agencies.length]! })) }] };
    const html = formatHtml(many, { lang: "en" });
    expect(ACCENT_COLOR).toMatch(/^#[0-9a-f]{6}$/);
    expect(html).toContain(`--accent:${ACCENT_COLOR}`);
    const fills = [...html.match(/<svg class="chart chart-totals"[\s\S]*?<\/svg>/)![0].matchAll(/fill="([^"]*)" class="bar"/g)].map((m) => m[1]);
    expect(new Set(fills)).toEqual(new Set([ACCENT_COLOR]));
  });

  it("a large batch's histogram counts a total of 100 % in its last step, 90–100 % (there is none above it)", () => {
    const section = batch.rubrics[0]!;
    const full = (a: (typeof section.agencies)[number]) => ({ ...a, score: { ...a.score, percent: 100 }, ...(a.verified ? { verified: { ...a.verified, percent: 100 } } : {}) });
    const many = { ...batch, rubrics: [{ ...section, agencies: Array.from({ length: 61 }, (_, i) => full(section.agencies[i % section.agencies.length]!)) }] };
    expect(formatHtml(many, { lang: "en" })).toContain(`<tr><th scope="row">90–100\u00a0%</th><td>61</td></tr>`);
  });

  it("a report read back from an earlier version's json (no list of bands) orders the bands by their agencies' percentages, best first", () => {
    const rows = (report: ScoreReport) => [...formatHtml(report, { lang: "en" }).match(/<figure><svg class="chart chart-bands"[\s\S]*?<\/figure>/)![0].matchAll(/<tr><th scope="row">([^<]*)<\/th>/g)].map((m) => m[1]);
    const section = batch.rubrics[0]!;
    // Two bands reached, one agency each apart from the rest: Excellent above Good.
    const [a, b] = section.agencies;
    const at = (x: typeof a, percent: number, band: string) => ({ ...x!, score: { ...x!.score, percent, band: { id: band, label: { vi: band, en: band } } }, verified: undefined });
    const two = { ...batch, rubrics: [{ ...section, bands: undefined, agencies: [at(b, 80, "Good"), at(a, 95, "Excellent")] }] } as ScoreReport;
    expect(rows(two)).toEqual(["Excellent", "Good"]);
  });

  it("Vietnamese text from the files is marked lang=\"vi\" in an English report, and not in a Vietnamese one", () => {
    expect(dataText("Sở Tài chính tỉnh Quảng Bình", "en")).toBe(`<span lang="vi">Sở Tài chính tỉnh Quảng Bình</span>`);
    expect(dataText("Kho bạc Nhà nước", "en")).toBe(`<span lang="vi">Kho bạc Nhà nước</span>`);
    expect(dataText("12/TB-BCĐ", "en")).toBe(`<span lang="vi">12/TB-BCĐ</span>`);
    // Decomposed text (NFD) is recognised as well.
    expect(dataText("Sở".normalize("NFD"), "en")).toContain(`lang="vi"`);
    expect(dataText("Meeting minutes <Q1>", "en")).toBe("Meeting minutes &lt;Q1&gt;");
    expect(dataText("Sở <img src=x onerror=alert(1)>", "en")).toBe(`<span lang="vi">Sở &lt;img src=x onerror=alert(1)&gt;</span>`);
    expect(dataText("Sở Tài chính", "vi")).toBe("Sở Tài chính");
    const html = formatHtml(seed, { lang: "en" });
    expect(html).toContain(`<h3><span lang="vi">Sở Khoa học và Công nghệ tỉnh Quảng Bình</span> <span class="code">`);
    expect(html).toMatch(/<li><span lang="vi">12\/TB-BCĐ<\/span> · 2025-03-28 · <span lang="vi">Thông báo/);
    // An N/A's reason is the agency's text; the words before it are the report's.
    expect(formatHtml(batch, { lang: "en" })).toContain(`<td>Not applicable: <span lang="vi">Tỉnh chưa ban hành`);
  });

  it("a finding's texts from the file (the value found, a token out of place, a quoted example) are marked lang=\"vi\" in an English report, each escaped", () => {
    const report = structuredClone(batch);
    const errors = report.not_scored[0]!.errors;
    errors[0]!.params = { ...errors[0]!.params, found: "mười <b>hai</b>" };
    errors.push({ code: "yaml-syntax", severity: "error", line: 19, col: 110, path: null, params: { detail: 'Unexpected double-quoted-scalar token in YAML stream: "\\"Đã cập nhật\\""', hint_inner_quote: '"' } } as (typeof errors)[number]);
    const html = formatHtml(report, { lang: "en" });
    expect(html).toContain(`found: <span lang="vi">mười &lt;b&gt;hai&lt;/b&gt;</span>; expected: `);
    expect(html).toContain(`YAML syntax error: the character <span lang="vi">&quot;\\&quot;Đã cập nhật\\&quot;&quot;</span> is out of place; `);
    expect(html).toContain(`single quotes (<span lang="vi">&#39;Sở &quot;A&quot; tỉnh&#39;</span>)`);
    const body = html.slice(html.indexOf("<body")).replace(/<svg[\s\S]*?<\/svg>/g, "").replace(/<span lang="vi">[^<]*<\/span>/g, "");
    const unmarked = [...body.matchAll(/>([^<]+)</g)].map((m) => m[1]!).filter((x) => /[đĐ\u0309\u031B\u0323]/.test(x.normalize("NFD")) && !/NĐ-CP/.test(x));
    expect(unmarked).toEqual([]);
    expect(formatHtml(report, { lang: "vi" })).toContain(`đã ghi: mười &lt;b&gt;hai&lt;/b&gt;; cần ghi: `);
  });

  it("an agency's table of indicators says which it lists are not to answer, so that its count meets the completeness line's", () => {
    // The commune's table said "All 63 indicators" above "Indicators to answer 62", one of them information only.
    const en = formatHtml(batch, { lang: "en" });
    expect(en).toContain(`<summary>All 63 indicators: 62 to answer, 1 for information only</summary>`);
    expect(en).toContain(`Indicators to answer 62:`);
    expect(en).toContain(`<summary>All 50 indicators: 39 to answer, 2 for information only, 2 bonus items (optional), 7 not for this type of agency</summary>`);
    expect(en).toContain(`Indicators to answer 39:`);
    expect(formatHtml(batch, { lang: "vi" })).toContain(`<summary>Chi tiết 63 chỉ số: 62 chỉ số phải trả lời, 1 chỉ số chỉ thu thập thông tin</summary>`);
  });

  it("the agency's name is marked lang=\"vi\" where the report's words name it: the heading, the chart's caption, the tables' captions", () => {
    const name = `<span lang="vi">Sở Khoa học và Công nghệ tỉnh Quảng Bình</span>`;
    const html = formatHtml(seed, { lang: "en" });
    expect(html).toContain(`<h1>Digital-transformation scoring report — ${name}</h1>`);
    expect(html).toContain(`<figcaption>Points per group of ${name} against the max</figcaption>`);
    expect(html).toContain(`<caption class="sr-only">Points per group, bonus, penalty and total of ${name}</caption>`);
    expect(html).toContain(`<span class="sr-only">${name} (qb-skhcn) — All 50 indicators: 46 to answer, 2 for information only, 2 bonus items (optional). </span>`);
    expect(html).toContain(`<th scope="colgroup" colspan="8">${name} (qb-skhcn) — All 50 indicators: 46 to answer, 2 for information only, 2 bonus items (optional)</th>`);
    // Every text node outside an attribute, a <title> (which takes no markup) or an svg image (read by its name) that holds a
    // Vietnamese-only letter sits in a lang="vi" element; a decree's number (42/2022/NĐ-CP) in the rubric's English is left as it is.
    const body = html.slice(html.indexOf("<body")).replace(/<svg[\s\S]*?<\/svg>/g, "").replace(/<span lang="vi">[^<]*<\/span>/g, "");
    const unmarked = [...body.matchAll(/>([^<]+)</g)].map((m) => m[1]!).filter((x) => /[đĐ\u0309\u031B\u0323]/.test(x.normalize("NFD")) && !/NĐ-CP/.test(x));
    expect(unmarked).toEqual([]);
    // A name with markup in it is still escaped, in the part the words put it in.
    const hostile = structuredClone(seed);
    hostile.rubrics[0]!.agencies[0]!.score.agency.name = `Sở <b>"A" & B</b>`;
    const caption = formatHtml(hostile, { lang: "en" }).match(/<figcaption>(.*?)<\/figcaption>/)![1];
    expect(caption).toBe(`Points per group of <span lang="vi">Sở &lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;</span> against the max`);
  });

  it("a file's path spelt decomposed (NFD, as a Mac names files) is written composed, as every other Vietnamese text of the page", () => {
    const report = structuredClone(batch);
    const nfd = (x: string) => x.normalize("NFD");
    report.rubrics[0]!.agencies[0]!.file = nfd("hồ-sơ/sở-tài-chính.yaml");
    report.not_scored[0]!.file = nfd("hồ-sơ/sở-xây-dựng-lỗi.yaml");
    report.skipped = [nfd("hồ-sơ/ghi-chú.yml")];
    const html = formatHtml(report, { lang: "vi" });
    expect(html).toContain(`<span class="code">hồ-sơ/sở-tài-chính.yaml</span>`);
    expect(html).toContain(`<td class="code" rowspan="5">hồ-sơ/sở-xây-dựng-lỗi.yaml</td>`);
    expect(html).toContain("hồ-sơ/ghi-chú.yml");
    expect(html).toBe(html.normalize("NFC"));
  });

  it("lists the files passed over under what each is, as standard error and the xlsx say (not names alone)", () => {
    const report = { ...batch, skipped: ["g/a/ci.yml", "g/a/rubric.yaml", "g/a/expected.yaml", "g/a/<b>.yaml"], skipped_kinds: ["other", "rubric", "fixtures", "other"] } as ScoreReport;
    const html = formatHtml(report, { lang: "en" });
    expect(html).toContain([
      `<p class="meta skipped" id="skipped">Passed over 4 YAML files that are no agency files:</p>`,
      `<ul class="meta skipped">`,
      `<li>a rubric (agency files are scored against one with --rubric; egov-score rubric lint checks it): g/a/rubric.yaml</li>`,
      `<li>a file of a rubric&#39;s fixtures&#39; expected results (egov-score rubric test uses it): g/a/expected.yaml</li>`,
      `<li>no agency or answers (CI workflows or other YAML files): g/a/ci.yml, g/a/&lt;b&gt;.yaml</li>`,
      `</ul>`,
    ].join("\n"));    // Linked from the contents, as the files not scored are (the list closes a long report).
    expect(html).toContain(`<li><a href="#skipped">Passed over 4 YAML files that are no agency files</a></li></ol></nav>`);
  });

  it("text and bars have the contrast WCAG asks: 4.5:1 for text, 3:1 for a bar against the page and its track", () => {
    const html = formatHtml(seed, { lang: "vi" });
    const css = html.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    const vars = Object.fromEntries([...css.matchAll(/--(\w+):(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
    const resolve = (c: string) => (c.startsWith("var(--") ? vars[c.slice(6, -1)]! : c);
    // Every colour of text (color: and an svg text's fill) against the white page.
    const screen = css.split("@media print")[0]!;
    const text = [...screen.matchAll(/([^{}]+)\{(?:[^}]*;)?color:(#[0-9a-f]{6}|var\(--\w+\))/g)].map((m) => [m[1]!.trim(), resolve(m[2]!)] as const);
    const svgText = [...screen.matchAll(/(svg \.(?:label|value|tick)[^{]*|svg \.muted text)\{fill:(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(text.length).toBeGreaterThan(5);
    for (const [selector, colour] of [...text, ...svgText]) expect({ selector, ratio: contrast(colour, "#ffffff") >= 4.5 }).toEqual({ selector, ratio: true });
    const track = css.match(/svg \.track\{fill:(#[0-9a-f]{6})/)![1]!;
    for (const colour of [...BAND_COLORS, NO_BAND_COLOR, ...[0.95, 0.85, 0.7, 0.55, 0.1].map(shareColor)]) {
      expect({ colour, page: contrast(colour, "#ffffff") >= 3, track: contrast(colour, track) >= 3 }).toEqual({ colour, page: true, track: true });
    }
  });

  it("links are underlined, focus is drawn, and nothing hides what has the focus", () => {
    const css = formatHtml(seed, { lang: "vi" }).match(/<style>([\s\S]*?)<\/style>/)![1]!;
    expect(css).toMatch(/(?:^|\n)a\{color:var\(--accent\);text-decoration:underline/);
    expect(css).toContain("a:focus-visible,summary:focus-visible,.scroll:focus-visible{outline:2px solid var(--accent)");
    expect(css).not.toMatch(/outline:\s*(?:none|0)/);
  });
});

describe("html evidence links", () => {
  it("only an http(s) address becomes a link; any other (javascript:, data:) is shown as text", () => {
    const report = structuredClone(seed);
    const agency = report.rubrics[0]!.agencies[0]!;
    const code = agency.score.indicators[0]!.code;
    agency.evidence = { [code]: [
      { title: "a", link: "javascript:alert(1)" },
      { title: "b", link: "data:text/html,<script>alert(1)</script>" },
      { title: "c", link: "https://dvc.gov.vn/a?b=1&c=2" },
    ] };
    const html = formatHtml(report, { lang: "en" });
    expect(html).not.toMatch(/href="(?:javascript|data):/i);
    expect(html).toContain(`<span class="code">javascript:alert(1)</span>`);
    expect(html).toContain(`<span class="code">data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</span>`);
    expect(html).toContain(`<a href="https://dvc.gov.vn/a?b=1&amp;c=2" rel="noopener noreferrer">https://dvc.gov.vn/a?b=1&amp;c=2</a>`);
  });

  // U+202E shows "…/\u202Efdp.exe" as "…/exe.pdf": escaping dropped it, and the link opened what was not read.
  it.each([
    ["a right-to-left override", "https://dvc.gov.vn/\u202Efdp.exe", "https://dvc.gov.vn/\ufffdfdp.exe"],
    ["a zero-width space", "https://dvc.gov.vn/a\u200bb.pdf", "https://dvc.gov.vn/a\ufffdb.pdf"],
  ])("an address holding %s is no link, the character shown as �", (_, link, shown) => {
    const report = structuredClone(seed);
    const agency = report.rubrics[0]!.agencies[0]!;
    agency.evidence = { [agency.score.indicators[0]!.code]: [{ title: "a", link }] };
    const html = formatHtml(report, { lang: "en" });
    expect(html).not.toContain(`href="https://dvc.gov.vn/`);
    expect(html).toContain(`<span class="code">${shown}</span>`);
  });
});

describe("the html's files not scored", () => {
  it("marks a warning among a refused file's findings, so that it is not read as what refused the file", () => {
    const report: ScoreReport = {
      tool: { name: "egov-score", version: "test" }, generated_at: "1970-01-01T00:00:00.000Z", rubrics: [],
      not_scored: [{ file: "so-a.yaml", errors: [
        { code: "not-applicable-answered", severity: "warning", line: 39, col: 3, path: null, params: { code: "5.7", type: "vertical", type_label: "Vertical" } },
        { code: "unknown-indicator", severity: "error", line: 63, col: 3, path: null, params: { code: "6.1.10", rubric: "dti-cap-so" } },
      ] }],
    };
    const rows = formatHtml(report, { lang: "vi" }).split("<tr>").filter((r) => r.includes('class="num">'));
    expect(rows.map((r) => /<td>(lỗi|cảnh báo)?/.exec(r.slice(r.indexOf('class="num">')))![0])).toEqual(["<td>cảnh báo", "<td>"]);
  });
});

describe("the html of a batch read agency by agency (a large batch's spool)", () => {
  // Each reading of a spooled agency parses its entry (about 1 s for 10,000): the charts, contents and ranking rows
  // are made in one reading, the agencies in another (they were four: contents, charts, rankings, agencies).
  it.each([["with its indicator annex", {}], ["above the detail limit", { detailLimit: 1 }]])("reads each agency twice, %s, and writes the page formatHtml writes", (_, limit) => {
    const ranked = rankedReport(batch);
    let reads = 0;
    const counted = <T>(items: Iterable<T>): Iterable<T> => ({ *[Symbol.iterator]() { for (const x of items) { reads++; yield x; } } });
    const sections = ranked.sections.map((s) => ({ ...s, agencies: counted(s.agencies), summaries: counted(s.summaries) }));
    const options = { lang: "vi" as const, ...limit };
    const html = [...htmlChunks({ ...ranked, sections }, options)].join("");
    expect(html).toBe(formatHtml(batch, options));
    expect(html).toContain(`<table class="ranking`);
    expect(reads).toBe(2 * batch.rubrics.reduce((n, s) => n + s.agencies.length, 0));
  });

  // The ranking rows go to the report's scratch (a spool file beside the batch's), each one closed after the page: a
  // file left open keeps the spool folder on Windows. Closed too where the page is not read to its end.
  it.each([["read to its end", Infinity], ["left after its first piece", 1]])("puts the ranking rows in the report's scratch, closed once the page is %s", (_, pieces) => {
    const made: { scratch: Scratch; added: number; closed: number }[] = [];
    const scratch = (): Scratch => {
      const inner = memoryScratch();
      const made1 = { scratch: inner, added: 0, closed: 0 };
      made.push(made1);
      return { add: (r) => { made1.added++; inner.add(r); }, records: () => inner.records(), close: () => { made1.closed++; inner.close(); } };
    };
    const ranked = rankedReport(batch);
    let n = 0;
    for (const _piece of htmlChunks({ ...ranked, scratch }, { lang: "vi" })) if (++n >= pieces) break;
    expect(made.map((m) => [m.added, m.closed])).toEqual(batch.rubrics.map((s) => [s.agencies.length, 1]));
  });
});

describe("an agency's verification note where the indicator tables are left out (above the detail limit)", () => {
  it("lists each verified change and the remainder, which add up to the total's difference, as the terminal does", async () => {
    const html = formatHtml(batch, { lang: "en", detailLimit: 1 });
    const commune = html.slice(html.indexOf("Verified score: 816.14"));
    expect(commune).toMatch(/^Verified score: 816\.14 \(self-score 832\.70, difference −16\.56\)<ul><li>3\.4: 20\.00 → 14\.52 \(−5\.48\) · answer 62 \/ 62 \(100\.00\u00a0%\) → 45 \/ 62 \(72\.58\u00a0%\) · <span lang="vi">Đối chiếu [^<]*<\/span> · verified by <span lang="vi">Sở Khoa học và Công nghệ<\/span> on 2026-04-10<\/li><li>4\.1: 20\.00 → 17\.14 \(−2\.86\) · answer 14 \/ 14 \(100\.00\u00a0%\) → 12 \/ 14 \(85\.71\u00a0%\) · <span lang="vi">[^<]*<\/span> · verified by <span lang="vi">Sở Khoa học và Công nghệ<\/span> on 2026-04-10<\/li><li>Remaining difference \(from rescaling, caps, bonus and penalty\): −8\.22<\/li><\/ul><\/li>/);
    const terminal = (await runCli(["score", "examples/xa-can-giuoc-tay-ninh.yaml"], { env: REPRODUCIBLE })).stdout;
    expect(terminal).toContain("  3.4: 20.00 → 14.52 (−5.48) · answer 62 / 62 (100.00 %) → 45 / 62 (72.58 %) · Đối chiếu");
    // With its tables, the note says the total and the remainder only: the rows say each change.
    expect(formatHtml(batch, { lang: "en" })).toContain("Verified score: 816.14 (self-score 832.70, difference −16.56). Remaining difference (from rescaling, caps, bonus and penalty): −8.22</li>");
  });

  it("printed to a CI job's log, starts no line with a note's text (a line break in it began a GitHub workflow command)", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "egov-html-")), "so-tai-chinh.yaml");
    temps.push(path.dirname(file));
    const text = readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8")
      .replace(/^( {2}"1\.1":\n {4}value: 3\n)/m, '$1    note: "x\\n::error::from-note"\n    verified: {value: 2, note: "y\\n::error file=a::pwn\\r\\n::warning::z", by: "Sở\\n::error::by", date: "2025-10-08"}\n');
    expect(text).toContain("::error::from-note");
    writeFileSync(file, text);
    const html = (await runCli(["score", file, "--format", "html"], { env: REPRODUCIBLE })).stdout;
    expect(html).toContain("y&#10;::error file=a::pwn&#13;&#10;::warning::z");
    expect(html.split("\n").filter((l) => l.startsWith("::"))).toEqual([]);
  });

  it("marks the collector's note and a verified N/A's reason lang=\"vi\" in an English page, each escaped, and leaves a Vietnamese page's unmarked", () => {
    const report = structuredClone(batch);
    const commune = report.rubrics.flatMap((s) => s.agencies).find((a) => a.score.agency.id === "tn-xa-can-giuoc")!;
    const note = commune.verified!.indicators.find((i) => i.code === "3.4")!;
    note.verified_note = `Đối chiếu <b>45/62</b> & "máy"`;
    const html = formatHtml(report, { lang: "en", detailLimit: 1 });
    expect(html).toContain(`<li>3.4: 20.00 → 14.52 (−5.48) · answer 62 / 62 (100.00\u00a0%) → 45 / 62 (72.58\u00a0%) · <span lang="vi">Đối chiếu &lt;b&gt;45/62&lt;/b&gt; &amp; &quot;máy&quot;</span> · verified by <span lang="vi">Sở Khoa học và Công nghệ</span> on 2026-04-10</li>`);
    // No text node holding a Vietnamese-only letter is left outside a lang="vi" element, as with the indicator tables.
    const body = html.slice(html.indexOf("<body")).replace(/<svg[\s\S]*?<\/svg>/g, "").replace(/<span lang="vi">[^<]*<\/span>/g, "");
    const unmarked = [...body.matchAll(/>([^<]+)</g)].map((m) => m[1]!).filter((x) => /[đĐ\u0309\u031B\u0323]/.test(x.normalize("NFD")) && !/NĐ-CP/.test(x));
    expect(unmarked).toEqual([]);
    expect(formatHtml(report, { lang: "vi", detailLimit: 1 })).toContain(`<li>3.4: 20,00 → 14,52 (−5,48) · trả lời 62 / 62 (100,00\u00a0%) → 45 / 62 (72,58\u00a0%) · Đối chiếu &lt;b&gt;45/62&lt;/b&gt; &amp; &quot;máy&quot; · Sở Khoa học và Công nghệ thẩm định ngày 10/04/2026</li>`);
  });
});
