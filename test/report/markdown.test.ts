import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cohortRows, formatMarkdown } from "../../src/report/markdown.js";
import type { ScoreReport } from "../../src/report/report.js";
import { code, md, mdLink } from "../../src/report/md-escape.js";
import { parseReportJson } from "../helpers/report-json.js";
import { runCli } from "../helpers/run-cli.js";
import { REPRODUCIBLE } from "./helpers.js";

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
    // A backslash escapes only punctuation: before the digits it showed, "\\1. Đã ban hành", and after them it escapes the dot.
    ["a number and a dot that would start a list", "1. Đã ban hành", "1\\. Đã ban hành"],
    // Mutants of md-escape.ts that every test let through: text that GitHub would have made a list, a heading or a link.
    ["a tab, as a space", "a\tb", "a b"],
    ["a hash that would start a heading", "# Sở", "\\# Sở"],
    ["a dash that would start a list", "- Sở", "\\- Sở"],
    ["a dash after spaces", "  - Sở", "  \\- Sở"],
    ["an address in capitals, which GitHub links too", "WWW.dvc.gov.vn", "WWW\\.dvc.gov.vn"],
  ])("md escapes %s", (_, text, expected) => {
    expect(md(text)).toBe(expected);
  });

  it.each([
    ["javascript:alert(1)", "t"],
    ["data:text/html,x", "t"],
    ["vbscript:x", "t"],
    ["https://dvc.gov.vn/a(b)", "[t](https://dvc.gov.vn/a%28b%29)"],
    ["https://dvc.gov.vn/a b", "t"],
    ["https:dvc.gov.vn", "t"],
    ["HTTPS://dvc.gov.vn", "[t](HTTPS://dvc.gov.vn)"],
    ["https://dvc.gov.vn/a\"b'c\\d<e>", "[t](https://dvc.gov.vn/a%22b%27c%5Cd%3Ce%3E)"],
  ])("mdLink makes a link of http(s) addresses only: %s", (url, expected) => {
    expect(mdLink("t", url)).toBe(expected);
  });

  it("code keeps to one line and cannot be closed by a backtick", () => {
    expect(code("a\nb`c")).toBe("`a bˋc`");
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

describe("the md's files not scored: how many errors besides the first", () => {
  const error = (line: number) => ({ code: "unknown-indicator", severity: "error", line, col: 3, path: null, params: { code: "6.1.10", rubric: "dti-cap-so" } });
  const warning = { code: "not-applicable-answered", severity: "warning", line: 39, col: 3, path: null, params: { code: "5.7", type: "vertical", type_label: "Vertical" } };
  const report = (errors: ScoreReport["not_scored"][number]["errors"], error_count?: number): ScoreReport => ({
    tool: { name: "egov-score", version: "test" }, generated_at: "1970-01-01T00:00:00.000Z", rubrics: [],
    not_scored: [{ file: "so-a.yaml", errors, ...(error_count === undefined ? {} : { error_count }) }],
  });

  it("are counted after it, in vi and en; warnings are not errors, and one error alone has no count", () => {
    const five = report([warning, ...[63, 70, 80, 90, 99].map(error)]);
    expect(formatMarkdown(five, { lang: "en" })).toMatch(/`so-a\.yaml:63:3` There is no indicator [^\n]*\(\+4 more errors\)\n/);
    expect(formatMarkdown(five, { lang: "vi" })).toMatch(/`so-a\.yaml:63:3` [^\n]*\(và 4 lỗi khác\)\n/);
    expect(formatMarkdown(report([error(63), error(70)]), { lang: "en" })).toContain("(+1 more error)\n");
    expect(formatMarkdown(report([warning, error(63)]), { lang: "en" })).not.toContain("more error");
  });

  it("are counted from error_count where a batch kept only the first (a batch's md without an html or json beside it)", () => {
    expect(formatMarkdown(report([error(63)], 5), { lang: "en" })).toContain("(+4 more errors)\n");
  });

  it("are counted in a batch's md whether or not a json is written beside it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-md-more-"));
    try {
      const alone = await runCli(["score", "examples/", "--format", "md", "--quiet"], { env: REPRODUCIBLE });
      expect(alone.stdout).toMatch(/`examples\/invalid\/so-xay-dung-loi\.yaml:45:12` [^\n]*\(\+4 more errors\)\n/);
      const beside = await runCli(["score", "examples/", "--format", "md,json", "--output-dir", dir, "--quiet"], { env: REPRODUCIBLE });
      expect(beside.code).toBe(1);
      expect(readFileSync(path.join(dir, "egov-score-report.md"), "utf8")).toContain(alone.stdout.match(/`examples\/invalid\/so-xay-dung-loi\.yaml:45:12`[^\n]*\n/)![0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

describe("the md's rows within its budget (maxRows)", () => {
  const scored = async (files: string[]) => parseReportJson((await runCli(["score", ...files, "--format", "json"], { env: REPRODUCIBLE })).stdout);

  it("says a cohort's one agency left out in its own row (a cut of one was said of none)", async () => {
    const report = await scored(["examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml"]);
    const section = report.rubrics[0]!;
    const agencies = Array.from({ length: 6 }, (_, i) => ({ ...section.agencies[i % 2]!, rank: i + 1, cohort_size: 6 }));
    const text = formatMarkdown({ ...report, rubrics: [{ ...section, agencies }] }, { lang: "en", maxRows: 5 });
    expect(text).toContain("| … | … and 1 more agency (see the csv, xlsx or html report) |");
    expect(formatMarkdown({ ...report, rubrics: [{ ...section, agencies }] }, { lang: "en", maxRows: 6 })).not.toContain("and 1 more");
  });

  it("lists exactly maxRows warnings without a line of none more, and says the one past it", async () => {
    const report = await scored(["examples/so-khcn-quang-binh.yaml"]);
    const warning = { code: "not-applicable-answered", severity: "warning", line: 3, col: 3, path: null, params: { code: "5.7", type: "vertical", type_label: "Vertical" } };
    const warned = (count: number) => ({ ...report, rubrics: [{ ...report.rubrics[0]!, agencies: [{ ...report.rubrics[0]!.agencies[0]!, file_warnings: Array.from({ length: count }, (_, i) => ({ ...warning, line: i + 1 })) }] }] }) as ScoreReport;
    expect(formatMarkdown(warned(5), { lang: "en", maxRows: 5 })).not.toContain("more (see the json");
    expect(formatMarkdown(warned(6), { lang: "en", maxRows: 5 })).toContain("- … and 1 more (see the json, xlsx or html report)");
  });

  it("ends a list of files passed over that is cut with the count of the rest and where they are listed", async () => {
    const report = await scored(["examples/so-khcn-quang-binh.yaml"]);
    const skipped = (count: number) => formatMarkdown({ ...report, skipped: Array.from({ length: count }, (_, i) => `x${i}.yaml`) }, { lang: "en", maxRows: 2 });
    expect(skipped(3)).toContain("Passed over 3 YAML files that are no agency files: x0.yaml, x1.yaml … and 1 more (the full list: the json, xlsx or html report)\n");
    expect(skipped(2)).toContain("are no agency files: x0.yaml, x1.yaml\n");
  });

  it("lists the files passed over under what each is, as standard error and the xlsx say (not names alone)", async () => {
    const report = await scored(["examples/so-khcn-quang-binh.yaml"]);
    const passedOver = { ...report, skipped: ["g/a/broken.yaml", "g/a/ci.yml", "g/a/rubric.yaml", "g/a/expected.yaml"], skipped_kinds: ["other", "other", "rubric", "fixtures"] } as ScoreReport;
    expect(formatMarkdown(passedOver, { lang: "en" })).toContain([
      "Passed over 4 YAML files that are no agency files:",
      "",
      "- a rubric (agency files are scored against one with --rubric; egov-score rubric lint checks it): g/a/rubric.yaml",
      "- a file of a rubric's fixtures' expected results (egov-score rubric test uses it): g/a/expected.yaml",
      "- no agency or answers (CI workflows or other YAML files): g/a/broken.yaml, g/a/ci.yml",
    ].join("\n") + "\n");
    const vi = formatMarkdown(passedOver, { lang: "vi" });
    expect(vi).toContain("Bỏ qua 4 tệp YAML không phải phiếu của cơ quan:\n\n- bộ chỉ số (");
    expect(vi).toContain("- không có phần agency hay answers (tệp cấu hình CI hoặc tệp YAML khác): g/a/broken.yaml, g/a/ci.yml");
    // Two rubrics are said as two ("a rubric …: r1.yaml, r2.yaml" read as one).
    const twoRubrics = { ...report, skipped: ["r1.yaml", "r2.yaml"], skipped_kinds: ["rubric", "rubric"] } as ScoreReport;
    expect(formatMarkdown(twoRubrics, { lang: "en" })).toContain("- rubrics (agency files are scored against one with --rubric; egov-score rubric lint checks them): r1.yaml, r2.yaml");
  });

  // One fixtures' expected.yaml was said in the plural ("egov-score rubric test chạy chúng"), as were one CI workflow's kind of two files.
  it("says one file passed over in the singular and several in the plural, in vi and en", async () => {
    const report = await scored(["examples/so-khcn-quang-binh.yaml"]);
    const passedOver = (skipped: string[], kind: "fixtures" | "other") => ({ ...report, skipped, skipped_kinds: skipped.map(() => kind) }) as ScoreReport;
    const one = passedOver(["a/expected.yaml"], "fixtures"), two = passedOver(["a/expected.yaml", "b/expected.yaml"], "fixtures");
    expect(formatMarkdown(one, { lang: "vi" })).toContain("- kết quả mong đợi của bộ kiểm thử bộ chỉ số (egov-score rubric test dùng tệp này): a/expected.yaml\n");
    expect(formatMarkdown(two, { lang: "vi" })).toContain("- kết quả mong đợi của bộ kiểm thử bộ chỉ số (egov-score rubric test dùng các tệp này): a/expected.yaml, b/expected.yaml\n");
    expect(formatMarkdown(one, { lang: "en" })).toContain("- a file of a rubric's fixtures' expected results (egov-score rubric test uses it): a/expected.yaml\n");
    expect(formatMarkdown(two, { lang: "en" })).toContain("- files of rubrics' fixtures' expected results (egov-score rubric test uses them): a/expected.yaml, b/expected.yaml\n");
    expect(formatMarkdown(passedOver(["ci.yml"], "other"), { lang: "en" })).toContain("(a CI workflow or some other YAML file): ci.yml\n");
  });

  it("cuts the files passed over at maxRows names in all, not maxRows a kind, and counts the rest", async () => {
    const report = await scored(["examples/so-khcn-quang-binh.yaml"]);
    const kinds = ["rubric", "fixtures", "other"] as const;
    const files = kinds.flatMap((k) => Array.from({ length: 3 }, (_, i) => `${k}-${i}.yaml`));
    const text = formatMarkdown({ ...report, skipped: files, skipped_kinds: kinds.flatMap((k) => [k, k, k]) } as ScoreReport, { lang: "en", maxRows: 4 });
    expect(text.match(/\w+-\d\.yaml/g)).toEqual(["rubric-0.yaml", "rubric-1.yaml", "rubric-2.yaml", "fixtures-0.yaml"]);
    expect(text).toContain("expected results (egov-score rubric test uses them): fixtures-0.yaml, …\n");
    expect(text).toContain("other YAML files): …\n- … and 5 more (the full list: the json, xlsx or html report)\n");
    const vi = formatMarkdown({ ...report, skipped: files, skipped_kinds: kinds.flatMap((k) => [k, k, k]) } as ScoreReport, { lang: "vi", maxRows: 4 });
    expect(vi).toContain("- … và 5 tệp nữa (danh sách đủ ở báo cáo json, xlsx hoặc html)");
    expect(formatMarkdown({ ...report, skipped: files, skipped_kinds: kinds.flatMap((k) => [k, k, k]) } as ScoreReport, { lang: "en", maxRows: 9 })).not.toContain("more (the full list");
  });

  it("shows in the ranking a top-level group excluded for an agency as a dash, not its points", async () => {
    const report = await scored(["examples/so-khcn-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml"]);
    const section = report.rubrics[0]!;
    const without6 = <T extends { groups: { code: string }[] }>(s: T): T => ({ ...s, groups: s.groups.map((g) => (g.code === "6" ? { ...g, excluded: true } : g)) });
    const agencies = section.agencies.map((a, i) => (i === 0 ? { ...a, score: without6(a.score), ...(a.verified ? { verified: without6(a.verified) } : {}) } : a));
    const lines = formatMarkdown({ ...report, rubrics: [{ ...section, agencies }] }, { lang: "en" }).split("\n");
    const column = lines.find((l) => l.startsWith("| Cohort |"))!.split(" | ").indexOf("6");
    const cells = (name: string) => lines.find((l) => l.includes(name))!.split(" | ");
    expect(cells(agencies[0]!.score.agency.name)[column]).toBe("–");
    expect(cells(agencies[1]!.score.agency.name)[column]).toMatch(/^\d+\.\d{2}$/);
  });

  it("shows a group excluded for the agency's type as a dash, not its points", async () => {
    const text = formatMarkdown(await scored(["examples/kho-bac-quang-binh.yaml"]), { lang: "en" });
    expect(text).toMatch(/\n\| 6\.2 \| &nbsp;&nbsp;[^|]+ \| – \| 160 \| \|\n/);
  });
});

describe("agencies of several periods ranked together", () => {
  it("are said under the ranking of the md and the html, as score says it on stderr; one period, nothing said", async () => {
    const { formatHtml } = await import("../../src/report/html.js");
    const report = parseReportJson((await runCli(["score", "examples/", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const same = formatMarkdown(report, { lang: "en" });
    expect(same).not.toContain("several periods");
    const agencies = report.rubrics[0]!.agencies;
    agencies[1]!.score.period = "2024";
    if (agencies[1]!.verified) agencies[1]!.verified.period = "2024";
    const said = `Rubric dti-cap-so 2025.1: files for several periods (2024: 1 file, 2025: ${agencies.length - 1} files) are ranked together; score each period on its own`;
    expect(formatMarkdown(report, { lang: "en" })).toContain(`\n\n${said}\n`);
    expect(formatHtml(report, { lang: "en" })).toContain(`<p class="meta key">${said}</p>`);
  });
});

describe("the md's and html's ranking: bonus and penalty points", () => {
  // A director summing an agency's group columns found 835.66 beside a total of 840.66: the bonus and penalty were nowhere in the ranking.
  const files = ["examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "examples/ban-qlkkt-quang-binh.yaml"];
  it("have a column each, so that the groups, the bonus and the penalty add up to the total", async () => {
    const lines = (await runCli(["score", ...files, "--lang", "en", "--format", "md"], { env: REPRODUCIBLE })).stdout.split("\n");
    const cellsOf = (line: string) => line.split("|").map((c) => c.trim());
    const head = cellsOf(lines.find((l) => l.startsWith("| Cohort |"))!);
    const at = (name: string) => head.indexOf(name);
    expect(at("Bonus")).toBeGreaterThan(0);
    expect(at("Penalty")).toBe(at("Bonus") + 1);
    const figure = (cell: string) => Number(cell.replace(/[^\d.]/g, "")) * (cell.startsWith("−") ? -1 : 1);
    const rows = lines.filter((l) => l.startsWith("| Departments"));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const cells = cellsOf(row);
      const groups = ["1", "2", "3", "4", "5", "6"].reduce((sum, code) => sum + figure(cells[at(code)]!), 0);
      expect(groups + figure(cells[at("Bonus")]!) + figure(cells[at("Penalty")]!)).toBeCloseTo(figure(cells[at("Total")]!), 2);
    }
    const html = (await runCli(["score", ...files, "--lang", "vi", "--format", "html"], { env: REPRODUCIBLE })).stdout;
    // In the html the two share a column, the bonus above the penalty: two made the ranking wider than an A4 page.
    expect(html).toContain(`<th scope="col" class="num">Điểm thưởng / Điểm trừ</th></tr></thead>`);
    expect(html).toMatch(/<td class="num">\+10,00<br>−5,00<\/td><\/tr>/);
  });

  it("a rubric without them has neither column", async () => {
    const md = (await runCli(["score", "examples/losi/hue-portal-2022.yaml", "examples/losi/hue-portal-2022.yaml", "--lang", "en", "--format", "md"], { env: REPRODUCIBLE })).stdout;
    expect(md).not.toContain("| Bonus |");
  });
});
