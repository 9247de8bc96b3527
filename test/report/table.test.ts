import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { formatCsv } from "../../src/report/csv.js";
import { parseReportJson } from "../helpers/report-json.js";
import type { ScoreReport } from "../../src/report/report.js";
import { formatTable } from "../../src/report/table.js";
import { TABLE_DETAIL_LIMIT } from "../../src/report/common.js";
import stringWidth from "string-width";
import { widest as widestLine } from "../../src/report/fit-width.js";
import { runCli } from "../helpers/run-cli.js";
import { REPRODUCIBLE } from "./helpers.js";

const plain = new Chalk({ level: 0 });
/** A text wrapped for a terminal, its continued lines joined back (a phrase may straddle two). */
const unwrapped = (text: string) => text.replace(/\n +/g, " ");

/** The "first error" cell of the table's one row of files not scored. */
function firstErrorCell(table: string): string {
  return table.split("\n").find((line) => line.includes("so-a.yaml"))!.split("│")[2]!.trim();
}

describe("the table's files not scored", () => {
  it("on a terminal, shortens a long first error to 90 characters ending with an ellipsis, never in the middle of a letter; in a file, keeps it whole", () => {
    const detail = "Flow sequence in block collection must be sufficiently indented and end with a ]";
    const report: ScoreReport = {
      tool: { name: "egov-score", version: "test" }, generated_at: "1970-01-01T00:00:00.000Z", rubrics: [],
      not_scored: [{ file: "so-a.yaml", errors: [{ code: "yaml-syntax", severity: "error", line: 15, col: 1, path: null, params: { detail } }] }],
    };
    const vi = firstErrorCell(formatTable(report, "vi", plain, 200));
    const en = firstErrorCell(formatTable(report, "en", plain, 200));
    expect(vi.startsWith("15:1 Lỗi cú pháp YAML: danh sách mở bằng [ chưa được đóng bằng ]")).toBe(true);
    expect(en.startsWith("15:1 YAML syntax error: a list opened with [ is not closed with ]")).toBe(true);
    for (const cell of [vi, en]) {
      expect(cell.endsWith("…"), cell).toBe(true);
      expect([...cell]).toHaveLength(90);
    }
    expect(firstErrorCell(formatTable(report, "en", plain))).toBe("15:1 YAML syntax error: a list opened with [ is not closed with ] (or the lines after it are not indented enough)");
  });

  // A table sent on as a .txt said "44:20 Sai kiểu giá trị" alone: what was written and what goes there were only in the md, html and on standard error.
  it("says what the file has and what goes there, with the hint, as the md does, in a file and on a terminal", () => {
    const report: ScoreReport = {
      tool: { name: "egov-score", version: "test" }, generated_at: "1970-01-01T00:00:00.000Z", rubrics: [],
      not_scored: [{ file: "so-a.yaml", errors: [{ code: "wrong-type", severity: "error", line: 44, col: 20, path: "answers/6.1.2/value", params: { found: "mười hai", expected_key: "integer", indicator: "6.1.2" } }] }],
    };
    expect(firstErrorCell(formatTable(report, "vi", plain))).toBe("44:20 chỉ số 6.1.2: Sai kiểu giá trị; đã ghi: mười hai; cần ghi: một số nguyên");
    expect(firstErrorCell(formatTable(report, "en", plain, 120))).toBe("44:20 indicator 6.1.2: Wrong type of value; found: mười hai; expected: a whole number");
  });

  it("on a terminal narrower than the table (the file name is never cut), a file to a paragraph: its agency and first error whole under it", () => {
    const report: ScoreReport = {
      tool: { name: "egov-score", version: "test" }, generated_at: "1970-01-01T00:00:00.000Z", rubrics: [],
      not_scored: [{ file: "examples/invalid/so-xay-dung-loi.yaml", agency: { id: "qb-sxd", name: "Sở Xây dựng tỉnh Quảng Bình" }, errors: [{ code: "yaml-syntax", severity: "error", line: 45, col: 12, path: null, params: { detail: "Map keys must be unique" } }] }],
    } as ScoreReport;
    const text = formatTable(report, "en", plain, 44);
    expect(text).not.toMatch(/[│┌└]/);
    expect(text).toContain("\nexamples/invalid/so-xay-dung-loi.yaml\n  Sở Xây dựng tỉnh Quảng Bình (qb-sxd)\n  45:12 YAML syntax error: each field or\n");
    for (const line of text.trimEnd().split("\n")) expect([...line].length, line).toBeLessThan(44);
    expect(formatTable(report, "en", plain, 120)).toContain("│ examples/invalid/so-xay-dung-loi.yaml │");
  });

  it("measures a file name stored decomposed (NFD, from a Mac's archive) by its columns: the error keeps the room it leaves", () => {
    const file = "d/Sở Thông tin và Truyền thông tỉnh Quảng Trị báo cáo.yaml";
    const report = (name: string): ScoreReport => ({
      tool: { name: "egov-score", version: "test" }, generated_at: "1970-01-01T00:00:00.000Z", rubrics: [],
      not_scored: [{ file: name, errors: [{ code: "yaml-syntax", severity: "error", line: 1, col: 10, path: null, params: { detail: "x" } }] }],
    });
    // Its 12 combining marks were counted as columns: the error was cut 12 letters short, or the table became paragraphs.
    for (const width of [100, 80]) {
      const composed = formatTable(report(file), "en", plain, width);
      expect(formatTable(report(file.normalize("NFD")), "en", plain, width).normalize("NFC"), `${width} columns`).toBe(composed);
    }
  });

  it("shows the first error, not a warning above it (an ignored answer read as why the file was not scored)", () => {
    const report: ScoreReport = {
      tool: { name: "egov-score", version: "test" }, generated_at: "1970-01-01T00:00:00.000Z", rubrics: [],
      not_scored: [{ file: "so-a.yaml", errors: [
        { code: "not-applicable-answered", severity: "warning", line: 39, col: 3, path: null, params: { code: "5.7", type: "vertical", type_label: "Vertical" } },
        { code: "unknown-indicator", severity: "error", line: 63, col: 3, path: null, params: { code: "6.1.10", rubric: "dti-cap-so" } },
      ] }],
    };
    expect(firstErrorCell(formatTable(report, "en", plain))).toBe('63:3 There is no indicator "6.1.10" in rubric dti-cap-so');
  });
});

describe("the table's files not scored: how many errors besides the first", () => {
  const report: ScoreReport = {
    tool: { name: "egov-score", version: "test" }, generated_at: "1970-01-01T00:00:00.000Z", rubrics: [],
    not_scored: [{ file: "so-a.yaml", errors: [{ code: "unknown-indicator", severity: "error", line: 63, col: 3, path: null, params: { code: "6.1.10", rubric: "dti-cap-so" } }], error_count: 5 }],
  };

  it("are said under the first error, as the md says them, in vi and en; on a narrow terminal under it too", () => {
    const rows = (text: string) => text.split("\n").filter((line) => line.startsWith("│")).map((line) => line.split("│").slice(1, -1).map((c) => c.trim()));
    expect(rows(formatTable(report, "en", plain, 120)).slice(1)).toEqual([["so-a.yaml", '63:3 There is no indicator "6.1.10" in rubric dti-cap-so'], ["", "(+4 more errors)"]]);
    expect(rows(formatTable(report, "vi", plain, 120))[2]).toEqual(["", "(và 4 lỗi khác)"]);
    expect(formatTable(report, "en", plain, 30)).toContain("\nso-a.yaml\n  63:3 There is no indicator\n");
    expect(unwrapped(formatTable(report, "en", plain, 30))).toContain("dti-cap-so (+4 more errors)");
    expect(formatTable({ ...report, not_scored: [{ ...report.not_scored[0]!, error_count: 1 }] }, "en", plain, 120)).not.toContain("more error");
  });
});

describe("the table's files not scored: the texts their first error quotes", () => {
  const report = (file: string, field: string): ScoreReport => ({
    tool: { name: "egov-score", version: "test" }, generated_at: "1970-01-01T00:00:00.000Z", rubrics: [],
    not_scored: [{ file, errors: [{ code: "unknown-field", severity: "error", line: 10, col: 3, path: "agency", params: { field } }] }],
  });

  // A batch keeps a file's first error cut at 300 letters when no html or json is written beside the table (see
  // failure-spool.ts), and reads it whole when one is: `score DIR -o r.txt` cut a 1,000-letter key, `-o r.txt -o r.html`
  // printed it whole. The table cuts the quoted texts itself, as standard error and the md do.
  it.each([
    ["in a file", "so-a.yaml", undefined],
    ["on a terminal narrower than a file's name (a file to a paragraph)", `nop/${"so-tai-chinh-".repeat(6)}.yaml`, 60],
  ])("are cut at 300 letters, %s, whichever way the batch kept them", (_, file, width) => {
    const whole = formatTable(report(file, "k".repeat(1000)), "en", plain, width);
    const cut = formatTable(report(file, `${"k".repeat(299)}…`), "en", plain, width);
    expect(whole).toBe(cut);
    expect(whole.replace(/\s+/g, "")).not.toContain("k".repeat(300));
  });
});

describe("the table's ranking", () => {
  it("orders tied agencies as every other format does (by name), not by file", async () => {
    const report = parseReportJson((await runCli(["score", "examples/", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const section = report.rubrics[0]!;
    // Three agencies with the same total and rank, in files named against the order of their names.
    const base = section.agencies[0]!;
    section.agencies = ["Zeta", "Alpha", "Mu"].map((name, i) => ({ ...base, file: `${"cba"[i]}.yaml`, rank: 1, cohort_size: 3, score: { ...base.score, agency: { ...base.score.agency, name, id: name } }, verified: undefined }));
    const table = formatTable(report, "en", plain);
    const rows = table.split("\n").filter((l) => /│ (Zeta|Alpha|Mu) /.test(l) && l.includes("│    1 │"));
    expect(rows.map((l) => /(Zeta|Alpha|Mu)/.exec(l)![1])).toEqual(["Alpha", "Mu", "Zeta"]);
    const csv = formatCsv(report, { lang: "en", sep: ",", layout: "ranking" }).split("\r\n").filter((l) => /,(Zeta|Alpha|Mu),/.test(l));
    expect(csv.map((l) => /,(Zeta|Alpha|Mu),/.exec(l)![1])).toEqual(["Alpha", "Mu", "Zeta"]);
  });
});

describe("the table's files passed over", () => {
  it("are counted under the files not scored, so that a table sent on as a .txt accounts for every file of the folder", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const passedOver = { ...report, skipped: ["ci.yml", "rubric.yaml", "expected.yaml"], skipped_kinds: ["other", "rubric", "fixtures"] } as ScoreReport;
    expect(formatTable(passedOver, "vi", plain, 200)).toContain("\n\nBỏ qua 3 tệp YAML không phải phiếu của cơ quan (danh sách ở báo cáo md, json, xlsx hoặc html)\n");
    expect(formatTable({ ...passedOver, skipped: ["ci.yml"], skipped_kinds: ["other"] }, "en", plain)).toContain("Passed over 1 YAML file that is no agency file (listed in the md, json, xlsx or html report)\n");
    expect(formatTable(report, "en", plain)).not.toContain("Passed over");
  });
});

describe("the table's ranking of a name holding characters that show as nothing", () => {
  it("marks them, so that the name does not print as another agency's, and its row stays as wide as the others", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const section = report.rubrics[0]!;
    // The second agency named as the first is, with characters that show as nothing.
    const [other, named] = section.agencies;
    const name = named!.score.agency.name;
    other!.score.agency.name = `${name.replace(" ", "\u200b ")}\u00ad\u{E0041}`;
    const table = formatTable(report, "en", plain);
    const rows = table.split("\n").filter((l) => l.startsWith("│") && l.includes("Sở"));
    expect(rows).toHaveLength(2);
    expect(rows.filter((l) => l.includes(`│ ${name.replace(" ", "\ufffd ")}\ufffd\ufffd `))).toHaveLength(1);
    // string-width counts a zero-width space as a column, a terminal as none: the row was three columns short.
    expect(rows.map((l) => [...l].length)).toEqual([[...rows[0]!].length, [...rows[0]!].length]);
  });
});

describe("the table printed to a GitHub job's log", () => {
  it("starts no line with a workflow command from an agency's name, nor holds the runner's older ##[ form", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    report.rubrics[0]!.agencies[0]!.score.agency.name = "::error file=README.md::injected ##[add-mask]Sở";
    const lines = formatTable(report, "en", plain).split("\n");
    expect(lines[0]).toBe("\uff1a:error file=README.md::injected ##\uff3badd-mask]Sở (qb-skhcn) (example)");
    expect(lines.filter((l) => /^\s*::/.test(l) || l.includes("##["))).toEqual([]);
  });
});

describe("the ranking's cohort headings on a terminal", () => {
  it("a heading wider than the names gives way to its label, and the names are not cut for it (the longest lost a letter)", async () => {
    const files = ["so-khcn-quang-binh", "so-tai-chinh-quang-binh", "ban-qlkkt-quang-binh", "so-noi-vu-quang-binh-chua-xong", "kho-bac-quang-binh"].map((f) => `examples/${f}.yaml`);
    const report = parseReportJson((await runCli(["score", ...files, "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const full = formatTable(report, "vi", plain);
    // The ranking's table: from its title to its bottom border.
    const ranking = (text: string) => { const from = text.indexOf("Xếp hạng —"); return text.slice(from, text.indexOf("┘", from) + 1); };
    const wide = widestLine(ranking(full).split("\n").filter((l) => /^[┌│└]/.test(l)).join("\n"));
    // Five columns narrower than the whole table: the heading (46 letters) gives way, the names (40) fit.
    const text = ranking(formatTable(report, "vi", plain, wide - 5));
    expect(text).toContain("│ Sở Khoa học và Công nghệ tỉnh Quảng Bình ");
    expect(text).toContain("│ Khối Sở, ban, ngành và ban quản lý ");
    expect(text).not.toContain("(4 cơ quan)");
    expect(widestLine(text.split("\n").filter((l) => /^[┌│└]/.test(l)).join("\n"))).toBeLessThanOrEqual(wide - 5);
    // Wide enough, the heading keeps the cohort's size.
    expect(ranking(formatTable(report, "vi", plain, wide))).toContain("│ Khối Sở, ban, ngành và ban quản lý (4 cơ quan) │");
  });
});

describe("the table on a terminal of a given width", () => {
  it("wraps the lines around its tables at spaces (band, pillars, completeness, notes), and leaves the tables as fitted", async () => {
    const report = parseReportJson((await runCli(["score", "examples/", "--format", "json"], { env: { ...REPRODUCIBLE, LANG: "vi_VN.UTF-8" } })).stdout);
    const full = formatTable(report, "vi", plain);
    const longest = full.split("\n").filter((l) => !/^\s*[┌│├└]/.test(l)).sort((a, b) => [...b].length - [...a].length)[0]!;
    expect([...longest].length).toBeGreaterThanOrEqual(80);
    for (const width of [80, 60]) {
      const narrow = formatTable(report, "vi", plain, width);
      const around = narrow.split("\n").filter((l) => !/^\s*[┌│├└]/.test(l));
      for (const line of around) expect([...line].length, `${width}: ${line}`).toBeLessThan(width);
      // Nothing is lost: the longest of those lines (the pillars of an agency) is there whole once joined back.
      expect(unwrapped(narrow)).toContain(longest);
    }
  });

  const widest = (text: string) => Math.max(...text.split("\n").filter((l) => /[│┌└]/.test(l)).map((l) => [...l].length));
  it("keeps the bars where there is room, drops them and then shortens titles and names where there is not", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const wide = formatTable(report, "en", plain, 200);
    expect(wide).toContain("█");
    expect(wide).toContain("electronic o…");
    // Written to a file or a pipe (no width), nothing is cut.
    const full = formatTable(report, "en", plain);
    expect(full).not.toContain("…");
    expect(full).toContain("Online public services and the electronic one-stop-shop");
    for (const width of [100, 80, 70]) {
      const narrow = formatTable(report, "en", plain, width);
      expect(widest(narrow), `${width} columns`).toBeLessThanOrEqual(width);
      expect(narrow).not.toContain("█");
      expect(narrow).toContain("Sở Tài chính");
    }
    expect(formatTable(report, "en", plain, 70)).toMatch(/│ 6\.2  │   Online public services and the ?…/);
  });

  it("in the list of groups (narrower than their table) a rescaled group keeps its * and the penalty is said as points taken off", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const text = formatTable(report, "en", plain, 40);
    expect(text).toMatch(/\n2 Digital institutions\*\n {4}\d+\.\d{2} \/ 100 · /);
    expect(text).toContain("\nPenalty\n    −5.00 / 50\n");
    // Scored alone, its batch-relative indicators are provisional: its total says so, as md's and html's headings do.
    expect(text).toContain("\nTotal\n    849.23 † / 1000 · 84.92 %\n");
    expect(formatTable(report, "en", plain, 200)).toMatch(/│ Total +│ 849\.23 † │ 1000 │/);
  });

  it("narrower than the groups' table at its shortest titles (57 columns, a split pane): each group on a line of its own, its figures under it, nothing cut", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    // From 57 columns up the table fits, as it was (it wrapped into a mess below that: 55 columns at 40); the
    // total's † (scored alone, it is provisional) takes two of them.
    expect(widest(formatTable(report, "vi", plain, 57))).toBe(57);
    for (const width of [56, 50, 40]) {
      const text = formatTable(report, "vi", plain, width);
      expect(text, `${width}`).not.toMatch(/[│┌└]/);
      for (const line of text.split("\n")) expect(stringWidth(line), `${width}: ${line}`).toBeLessThan(width);
      // The titles whole (the table cut them at 16 letters), each group's points, max and percent under it.
      // (at 40 columns the title goes on, two columns in: "một\n    cửa điện tử")
      expect(text.replace("một\n    cửa", "một cửa")).toContain("\n  6.2 Dịch vụ công trực tuyến và một cửa điện tử\n      151,52 / 160 · 94,70 %\n");
      expect(text).toContain("\n1 Nhận thức số\n    74,50 / 100 · 74,50 %\n");
      expect(text).toContain("\nĐiểm thưởng\n    +15,00 / 50\n");
      expect(text).toContain("\nTổng điểm\n    899,40 † / 1000 · 89,94 %\n");
      // What the figures are, said once above them, in the table's words.
      expect(text).toContain("\nMã Nhóm chỉ số\n    Điểm / Tối đa · %\n");
    }
    expect(formatTable(report, "en", plain, 40)).toContain("\nCode Group\n    Points / Max · %\n");
  });

  it("fits exactly: one agency's groups in either language, and the not-scored list (both were a column or forty too wide)", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/invalid/so-xay-dung-loi.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    // Without a terminal (a file, a pipe), the agency a file not scored names is whole, its id too, however short the file's name.
    const short = { ...report, not_scored: report.not_scored.map((f) => ({ ...f, file: "a.yaml" })) };
    expect(formatTable(short, "vi", plain)).toContain("│ Sở Xây dựng tỉnh Quảng Bình (qb-sxd) │");
    for (const lang of ["vi", "en"] as const) {
      for (const width of [100, 80, 72, 60]) expect(widest(formatTable(report, lang, plain, width)), `${lang} at ${width} columns`).toBeLessThanOrEqual(width);
    }
  });
});

describe("the table of a large batch", () => {
  it(`leaves out each agency's table of groups above ${TABLE_DETAIL_LIMIT} agencies, and says where they are`, async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const section = report.rubrics[0]!;
    const many = { ...report, rubrics: [{ ...section, agencies: Array.from({ length: TABLE_DETAIL_LIMIT + 1 }, (_, i) => section.agencies[i % 2]!) }] };
    const text = formatTable(many, "en", plain);
    expect(text).toContain(`${TABLE_DETAIL_LIMIT + 1} agencies: each agency's table of groups is left out here`);
    expect(text).toContain("Ranking — dti-cap-so");
    expect(text).not.toContain("Digital awareness");
    expect(formatTable(report, "en", plain)).toContain("Digital awareness");
  });

  it("ranks every rubric of a batch, one of a single agency too, as the md does: above the limit that agency was shown nowhere", async () => {
    const report = parseReportJson((await runCli(["score", "examples/", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const alone = report.rubrics.filter((s) => s.agencies.length === 1).map((s) => [s.id, s.agencies[0]!.score.agency.name] as const);
    expect(alone.map(([id]) => id)).toEqual(["dti-cap-xa", "un-losi-2022"]);
    const many = { ...report, rubrics: report.rubrics.map((s) => (s.id === "dti-cap-so" ? { ...s, agencies: Array.from({ length: TABLE_DETAIL_LIMIT + 1 }, (_, i) => s.agencies[i % s.agencies.length]!) } : s)) };
    for (const batch of [report, many]) {
      const text = formatTable(batch, "en", plain);
      for (const [id, name] of alone) {
        expect(text).toContain(`Ranking — ${id}`);
        expect(text.split(`Ranking — ${id}`)[1]).toContain(name);
      }
    }
    // One agency in the whole run: its own table says its rank, with no ranking of one.
    const one = parseReportJson((await runCli(["score", "examples/xa-can-giuoc-tay-ninh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    expect(formatTable(one, "en", plain)).not.toContain("Ranking —");
  });

  it("fits the terminal by leaving out the self-score totals, then the ranks per group, and says so (they appeared nowhere)", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json", "--group-ranks"], { env: REPRODUCIBLE })).stdout);
    const section = report.rubrics[0]!;
    expect(section.agencies.some((a) => a.verified) && section.agencies.some((a) => a.group_ranks)).toBe(true);
    const many = { ...report, rubrics: [{ ...section, agencies: Array.from({ length: TABLE_DETAIL_LIMIT + 1 }, (_, i) => section.agencies[i % 2]!) }] };
    const wide = formatTable(many, "en", plain, 250);
    expect(wide).toContain("Self-score total");
    expect(wide).not.toContain("leaves out");
    for (const width of [80, 72]) {
      const text = formatTable(many, "en", plain, width);
      expect(widestLine(text.split("\n").filter((l) => /^[│┌└]/.test(l)).join("\n"))).toBeLessThanOrEqual(width);
      // Three things listed as a sentence lists them (it read "… totals and differences and the ranks per group").
      expect(unwrapped(text)).toContain("the ranking leaves out the self-score totals, the differences and the ranks per group:");
    }
    // Named by the headers a wider window shows, "Tổng tự chấm" and "Hạng theo nhóm (mã:hạng)" (the note said
    // "tổng điểm tự chấm" and "thứ hạng theo từng nhóm").
    expect(formatTable(many, "vi", plain, 250)).toContain("Tổng tự chấm");
    expect(formatTable(many, "vi", plain, 250)).toContain("Hạng theo nhóm (mã:hạng)");
    expect(unwrapped(formatTable(many, "vi", plain, 80))).toContain("bỏ bớt tổng tự chấm, chênh lệch và hạng theo nhóm:");
    // Two are joined by "và" / "and" alone.
    const ungrouped = { ...many, rubrics: [{ ...many.rubrics[0]!, agencies: many.rubrics[0]!.agencies.map(({ group_ranks: _, ...a }) => a) }] };
    expect(unwrapped(formatTable(ungrouped, "vi", plain, 72))).toContain("bỏ bớt tổng tự chấm và chênh lệch:");
    expect(unwrapped(formatTable(ungrouped, "en", plain, 72))).toContain("leaves out the self-score totals and the differences:");
    // A small batch's agency blocks say the self-assessed totals: only the ranks per group are said to be left out.
    expect(unwrapped(formatTable(report, "en", plain, 80))).toContain("the ranking leaves out the ranks per group:");
  });

  // At 100 columns one namesake's long id ("… (qb-so-van-hoa-the-thao-)") set the name column's width, and every
  // other name was cut to that namesake's length ("Sở Giao thông vận tải tỉnh Quảng…") beside 25 blank columns.
  it("a namesake's long id takes room from its own name only: the other names use the column it widens", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const section = report.rubrics[0]!;
    const [khcn, stc] = [section.agencies.find((a) => a.score.agency.id === "qb-skhcn")!, section.agencies.find((a) => a.score.agency.id === "qb-stc")!];
    const named = (a: typeof khcn, id: string, name: string) => ({ ...a, verified: undefined, score: { ...a.score, agency: { ...a.score.agency, id, name } } });
    const twin = "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Bình";
    const others = Array.from({ length: TABLE_DETAIL_LIMIT }, (_, i) => named(stc, `qb-so-${i}`, `Sở Giao thông vận tải số ${i + 10} tỉnh Quảng Bình`));
    const agencies = [named(khcn, "qb-so-van-hoa-the-thao-du-lich", twin), named(khcn, "qb-so-van-hoa-2", twin), ...others].map((a, i) => ({ ...a, rank: i + 1 }));
    const text = formatTable({ ...report, rubrics: [{ ...section, agencies }] }, "vi", plain, 100);
    expect(widestLine(text.split("\n").filter((l) => /^[│┌└]/.test(l)).join("\n"))).toBeLessThanOrEqual(100);
    expect(text).toContain("│ Sở Giao thông vận tải số 10 tỉnh Quảng Bình ");
    // The namesake with the shorter id keeps more of its name.
    expect(text).toContain("│ Sở Văn hóa, Thể thao và Du lịch tỉnh Quả… (qb-so-van-hoa-2) │");
  });

  // At 100 columns a namesake's 22-letter id beside a name of 16 letters at least left no room for the self-score
  // columns, which gave way ("the ranking leaves out the self-score totals"); its id now goes under its name.
  it("a namesake's id goes on a line under its name before the self-score columns give way", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const section = report.rubrics[0]!;
    const khcn = section.agencies.find((a) => a.score.agency.id === "qb-skhcn")!;
    const twin = { ...khcn, score: { ...khcn.score, agency: { ...khcn.score.agency, id: "qb-so-khcn-van-phong-2" } } };
    const agencies = [...section.agencies, twin];
    expect(agencies.some((a) => a.verified)).toBe(true);
    const text = formatTable({ ...report, rubrics: [{ ...section, agencies }] }, "vi", plain, 100);
    const ranking = text.slice(text.lastIndexOf("Xếp hạng —"));
    expect(widestLine(ranking.split("\n").filter((l) => /^[│┌└]/.test(l)).join("\n"))).toBeLessThanOrEqual(100);
    expect(ranking).toMatch(/│ Tổng tự chấm │ Chênh lệch │/);
    expect(unwrapped(ranking)).not.toContain("bỏ bớt");
    expect(ranking).toMatch(/│ +│ \(qb-so-khcn-van-phong-2\) +│ +│/);
    expect(ranking).toMatch(/│ +│ \(qb-skhcn\) +│ +│/);
    // Without a terminal nothing is cut: the id stays beside the name.
    expect(formatTable({ ...report, rubrics: [{ ...section, agencies }] }, "vi", plain, undefined)).toContain("Sở Khoa học và Công nghệ tỉnh Quảng Bình (qb-so-khcn-van-phong-2) │");
  });

  it("lists an agency to a paragraph where even the narrowest ranking is wider than the terminal (it wrapped into a mess, only said)", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json", "--group-ranks"], { env: REPRODUCIBLE })).stdout);
    expect(formatTable(report, "en", plain, 120)).toMatch(/│ +1 │ Sở Tài chính/);
    const text = formatTable(report, "en", plain, 50);
    const ranking = text.slice(text.lastIndexOf("Ranking"));
    expect(ranking).not.toMatch(/[│┌└]/);
    expect(ranking).not.toContain("leaves out");
    // Every column kept, named once above in the table's words.
    // The bands' lines (wrapped) come between the heading and the ranking.
    expect(ranking).toMatch(/^Ranking — dti-cap-so 2025\.1 \(example data, not\n  real agency files\)\nBands for [^│]*?< 50\nRank Agency\n {5}Total · % · Band · Self-score total ·\n {7}Difference · Rank per group \(code:rank\)\n/);
    expect(ranking).toMatch(/\n {2}1 {2}Sở Tài chính tỉnh Quảng Bình ✓\n {5}\d+\.\d{2} · \d+\.\d{2} % · \S+ · \d+\.\d{2} · [+−]\d+\.\d{2} ·\n {7}1:\d/);
    // An agency not verified has no difference: a dash holds its place (without it, its group ranks read as the difference); its ranks per group start a line as the first agency's do (wrapping breaks at " · " first).
    expect(ranking).toMatch(/\n {2}2 {2}Sở Khoa học và Công nghệ tỉnh Quảng Bình\n {5}\d+\.\d{2} · \d+\.\d{2} % · \S+ · \d+\.\d{2} · – ·\n {7}1:\d/);
    for (const line of ranking.split("\n")) expect(stringWidth(line), line).toBeLessThan(50);
  });

  it("in the ranking's paragraphs a long name goes on two columns under its start, whatever its rank's digits (at 3, 4 or 5, left of its figures)", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const section = report.rubrics[0]!;
    const one = section.agencies[0]!;
    // Twelve agencies of one cohort, ranks 1 to 12: one digit and two.
    const agencies = Array.from({ length: 12 }, (_, i) => ({ ...one, rank: i + 1, cohort_size: 12, score: { ...one.score, agency: { ...one.score.agency, id: `a${i}`, name: `Sở Nông nghiệp và Môi trường tỉnh Thừa Thiên Huế ${i}` } } }));
    const text = formatTable({ ...report, rubrics: [{ ...section, agencies }] }, "vi", plain, 40);
    const lines = text.slice(text.lastIndexOf("Xếp hạng")).split("\n");
    const ranks = lines.flatMap((l, i) => (/^ {0,2}\d+ {2}Sở/.test(l) ? [i] : []));
    expect(ranks).toHaveLength(12);
    for (const i of ranks) {
      // The name's next line, then its figures under the name.
      expect(lines[i + 1], lines.slice(i, i + 3).join("\n")).toMatch(/^ {7}\S/);
      expect(lines[i + 2], lines[i]).toMatch(/^ {5}\d/);
    }
  });

  it("names in CJK take two columns a letter: a ranking that cannot fit with names of 16 letters is listed in paragraphs", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const section = report.rubrics[0]!;
    const wideNames = { ...report, rubrics: [{ ...section, agencies: section.agencies.map((a, i) => ({ ...a, score: { ...a.score, agency: { ...a.score.agency, name: `${"広島県庁情報政策課".repeat(3)} ${i}` } } })) }] };
    // Names keep 16 letters, 32 columns in CJK: at 60 columns the table is wider, so an agency to a paragraph, within 60.
    const text = formatTable(wideNames, "en", plain, 60);
    const ranking = text.slice(text.lastIndexOf("Ranking"));
    expect(ranking).not.toMatch(/[│┌└]/);
    for (const line of ranking.split("\n")) expect(stringWidth(line), line).toBeLessThan(60);
  });

  it("a file not scored keeps its agency's id on a terminal, its name cut to the room the errors leave", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const name = "Ủy ban nhân dân xã Cần Giuộc, tỉnh Tây Ninh (sau sắp xếp đơn vị hành chính năm 2025)";
    const failed = { ...report, not_scored: [{ file: "x1.yaml", agency: { id: "xa-can-giuoc", name }, errors: [{ code: "file-not-found", severity: "error" as const, line: null, col: null, path: null, params: { detail: "ENOENT" } }] }] };
    for (const [width, shown] of [[100, "Ủy ban nhân dân xã Cần Giuộc"], [80, "Ủy ban n"]] as const) {
      const narrow = formatTable(failed, "vi", plain, width);
      expect(narrow).toContain(`│ ${shown}… (xa-can-giuoc) `);
      expect(widestLine(narrow.split("\n").filter((l) => /^[│┌└]/.test(l)).join("\n"))).toBe(width);
    }
    expect(formatTable(failed, "vi", plain)).toContain(`${name} (xa-can-giuoc)`);
  });

  it("draws a ranking of more than 500 agencies as one table, names still made safe for the terminal", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const section = report.rubrics[0]!;
    const agencies = Array.from({ length: 1201 }, (_, i) => {
      const a = section.agencies[i % 2]!;
      return { ...a, rank: i + 1, score: { ...a.score, agency: { ...a.score.agency, name: i === 1000 ? "Sở \u001b[2JXóa" : `${a.score.agency.name} ${i}` } } };
    });
    const text = formatTable({ ...report, rubrics: [{ ...section, agencies }] }, "vi", plain);
    const ranking = text.slice(text.indexOf("┌"));
    expect(ranking.split("\n").filter((l) => l.startsWith("┌") || l.startsWith("└"))).toHaveLength(2);
    // The head, the cohort's heading row and 1,201 agencies.
    expect(ranking.split("\n").filter((l) => l.startsWith("│"))).toHaveLength(1203);
    expect(text).toContain("Sở ␛[2JXóa");
    expect(text).not.toContain("\u001b");
  });
});

describe("the table's ranking of example data", () => {
  // Above the detail limit the ranking is all the table shows: its names bore no mark, and example data looked real.
  it("says so once, in the heading when every agency is an example, in a line naming them when some are, with the columns as wide as without", async () => {
    const files = ["so-khcn-quang-binh", "so-tai-chinh-quang-binh", "ban-qlkkt-quang-binh"].map((f) => `examples/${f}.yaml`);
    const report = parseReportJson((await runCli(["score", ...files, "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const rows = (text: string) => text.slice(text.indexOf("Xếp hạng —")).split("\n").filter((l) => /^[┌│└]/.test(l));
    const all = formatTable(report, "vi", plain);
    expect(all).toContain("\nXếp hạng — dti-cap-so 2025.1 (dữ liệu ví dụ, không phải phiếu thật)\n");
    expect(formatTable(report, "en", plain)).toContain("\nRanking — dti-cap-so 2025.1 (example data, not real agency files)\n");
    expect(all).not.toContain("Dữ liệu ví dụ, không phải phiếu thật (");
    const real = structuredClone(report);
    for (const a of real.rubrics[0]!.agencies) a.example = false;
    const none = formatTable(real, "vi", plain);
    expect(none).toContain("\nXếp hạng — dti-cap-so 2025.1\n");
    expect(none).not.toMatch(/ví dụ/);
    // Some: the heading is plain, a line under the ranking names them (ranking order), once for one agency.
    const some = structuredClone(real);
    some.rubrics[0]!.agencies.find((a) => a.score.agency.id === "qb-skhcn")!.example = true;
    const one = formatTable(some, "vi", plain);
    expect(one).toContain("\nXếp hạng — dti-cap-so 2025.1\n");
    expect(one).toContain("\nDữ liệu ví dụ, không phải phiếu thật (1 cơ quan): Sở Khoa học và Công nghệ tỉnh Quảng Bình (qb-skhcn)\n");
    expect(formatTable(some, "en", plain)).toContain("\nExample data, not real agency files (1 agency): Sở Khoa học và Công nghệ tỉnh Quảng Bình (qb-skhcn)\n");
    for (const text of [all, one]) expect(rows(text)).toEqual(rows(none));
  });

  it("names at most ten example agencies under a ranking, then how many more and where they are marked", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "json"], { env: REPRODUCIBLE })).stdout);
    const section = report.rubrics[0]!;
    const base = section.agencies[0]!;
    section.agencies = Array.from({ length: 13 }, (_, i) => ({ ...base, rank: i + 1, cohort_size: 13, example: i < 12, score: { ...base.score, agency: { ...base.score.agency, name: `Sở ${String(i).padStart(2, "0")}`, id: `s${i}` } } }));
    const text = formatTable(report, "vi", plain);
    expect(text).toContain("Dữ liệu ví dụ, không phải phiếu thật (12 cơ quan): Sở 00 (s0); Sở 01 (s1);");
    expect(text).toContain("Sở 09 (s9); … và 2 cơ quan khác (xem cột «Dữ liệu ví dụ» của báo cáo csv hoặc xlsx)\n");
  });
});
