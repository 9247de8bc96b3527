import { createWriteStream, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { message } from "../../src/i18n/messages.js";
import { rankedReport } from "../../src/report/ranked.js";
import { parseReportJson } from "../helpers/report-json.js";
import { writeXlsx } from "../../src/report/xlsx.js";
import { runCli } from "../helpers/run-cli.js";
import { xlsxCells, xlsxFrozenRows, xlsxLayouts, xlsxNotes, type XlsxCell } from "../helpers/xlsx-parts.js";
import { cleanup, REPRODUCIBLE, tempDir } from "./helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

/** Column letters of a 1-based column number (27 → AA). */
function letters(column: number): string {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A sheet's rows as cells, row 1 first, each row's cells by column number (1-based). */
function table(cells: Map<string, XlsxCell>): Map<number, XlsxCell>[] {
  const rows: Map<number, XlsxCell>[] = [];
  for (const [address, cell] of cells) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
    const column = [...col!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    (rows[Number(row) - 1] ??= new Map()).set(column, cell);
  }
  return Array.from(rows, (r) => r ?? new Map());
}

/**
 * The cells under the header `name` (row `headRow`, 1-based; `skip` rows after it left out) down to the first empty
 * row, each with its header and address for messages.
 */
function column(rows: Map<number, XlsxCell>[], headRow: number, name: string, skip = 0): [string, XlsxCell][] {
  const head = rows[headRow - 1]!;
  const col = [...head].find(([, c]) => c.value === name)?.[0];
  expect(col, `no column ${name}`).toBeDefined();
  const out: [string, XlsxCell][] = [];
  for (let r = headRow + skip; r < rows.length && rows[r]!.size > 0; r++) {
    const cell = rows[r]!.get(col!);
    if (cell) out.push([`${name} ${letters(col!)}${r + 1}`, cell]);
  }
  expect(out.length, name).toBeGreaterThan(0);
  return out;
}

let sheets: Map<string, Map<string, XlsxCell>>;
let file: string;

beforeAll(async () => {
  file = path.join(tempDir(temps), "r.xlsx");
  // English headers; the examples hold verified scores (a Verification sheet) and a file not scored.
  expect((await runCli(["score", "examples/", "-o", file, "--lang", "en"], { env: REPRODUCIBLE })).code).toBe(1);
  sheets = xlsxCells(file);
});

describe("the xlsx's number formats, as the file's styles give them", () => {
  it("Ranking: points with the rubric's two decimals, the percent with two, ranks and counts as whole numbers; ids, versions and periods as text", () => {
    const rows = table(sheets.get("Ranking")!);
    for (const name of ["Total", "Self-score total", "Verified score total", "Difference", "Bonus", "Penalty", "Percent"]) {
      for (const [what, cell] of column(rows, 1, name)) expect([what, cell.type, cell.numFmt]).toEqual([what, "n", "0.00"]);
    }
    for (const name of ["Rank", "Cohort size", "Max", "Answered", "Indicators to answer", "Unanswered", "Answered not applicable", "Missing evidence"]) {
      for (const [what, cell] of column(rows, 1, name)) {
        expect([what, cell.type, cell.numFmt]).toEqual([what, "n", "General"]);
        expect(Number.isInteger(Number(cell.value)), what).toBe(true);
      }
    }
    for (const name of ["Rubric", "Version", "Agency id", "Agency", "Period", "Band", "File"]) {
      for (const [what, cell] of column(rows, 1, name)) expect([what, cell.type]).toEqual([what, "s"]);
    }
    // A difference below zero is a negative number, not text and not a formula.
    expect(column(rows, 1, "Difference").map(([, c]) => Number(c.value)).filter((n) => n < 0).length).toBeGreaterThan(0);
  });

  it("Groups: each block's points (groups, aggregates, bonus, penalty, total) with the rubric's decimals, the percent with two", () => {
    const rows = table(sheets.get("Groups")!);
    const heads = rows.flatMap((r, i) => (r.get(1)?.value === "Cohort" ? [i + 1] : []));
    expect(heads.length).toBe(3); // one block per rubric of the examples
    for (const head of heads) {
      const names = [...rows[head - 1]!.values()].map((c) => c.value);
      // Below the header, the max row (plain numbers), then the agencies.
      const agencies = (name: string) => column(rows, head, name, 1);
      for (const name of names.filter((n) => /^\d/.test(n)).concat(["Bonus", "Penalty", "Total", "Percent"])) {
        for (const [what, cell] of agencies(name)) expect([what, cell.type, cell.numFmt]).toEqual([what, "n", "0.00"]);
      }
      for (const [what, cell] of agencies("Rank")) expect([what, cell.type, cell.numFmt]).toEqual([what, "n", "General"]);
    }
  });

  it("Groups: the max row says so where an aggregate's max follows the agency type, as the md's legend does (it was blank)", () => {
    const rows = table(sheets.get("Groups")!);
    const head = rows.findIndex((r) => r.get(1)?.value === "Cohort" && [...r.values()].some((c) => c.value === "Services to citizens and businesses")) + 1;
    const col = (name: string) => [...rows[head - 1]!].find(([, c]) => c.value === name)![0];
    const max = rows[head]!;
    // Examples: a treasury's service pillar counts fewer indicators than a department's.
    expect(max.get(col("Services to citizens and businesses"))).toMatchObject({ type: "s", value: message("en", "rpt-max-varies-short"), alignment: { horizontal: "right" } });
    expect(max.get(col("Activity group"))).toMatchObject({ type: "n", value: "500" });
  });

  it("Indicators: points with the rubric's decimals, as in Groups (7.5 read 7.5 beside 16.67); N/A, ? and information as text", () => {
    const rows = table(sheets.get("Indicators")!);
    let points = 0, texts = 0;
    for (const [i, row] of rows.entries()) {
      if (row.get(1)?.value !== "Cohort") continue;
      // Below the header: the titles and the max row, then the agencies down to the block's empty row.
      for (let r = i + 3; r < rows.length && rows[r]!.size > 0; r++) {
        for (const [col, cell] of rows[r]!) {
          if (col <= 3) continue;
          if (cell.type === "n") { expect([`${letters(col)}${r + 1}`, cell.numFmt]).toEqual([`${letters(col)}${r + 1}`, "0.00"]); points++; } else texts++;
        }
      }
    }
    expect(points).toBeGreaterThan(200);
    expect(texts).toBeGreaterThan(10);
  });

  it("Indicators: codes stay text as written (5.10 is not 5.1)", () => {
    const rows = table(sheets.get("Indicators")!);
    const codes = rows.filter((r) => r.get(1)?.value === "Cohort").flatMap((r) => [...r.values()].slice(3));
    expect(codes.length).toBeGreaterThan(100);
    for (const cell of codes) expect(cell.type, cell.value).toBe("s");
    expect(codes.map((c) => c.value)).toContain("5.10");
  });

  it("Verification: self-assessed and verified points and their difference with the rubric's decimals; a number answered stays a number", () => {
    const rows = table(sheets.get("Verification")!);
    for (const name of ["Self-score points", "Verified points", "Difference"]) {
      for (const [what, cell] of column(rows, 1, name)) expect([what, cell.type, cell.numFmt]).toEqual([what, "n", "0.00"]);
    }
    expect(column(rows, 1, "Answer").some(([, c]) => c.type === "n")).toBe(true);
    for (const [what, cell] of column(rows, 1, "Code")) expect([what, cell.type]).toEqual([what, "s"]);
  });

  it("a rubric that rounds to one decimal: its points show one decimal, the percent still two", async () => {
    const dir = tempDir(temps);
    const rubric = path.join(dir, "one-decimal.yaml");
    writeFileSync(rubric, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replace("rounding: {decimals: 2}", "rounding: {decimals: 1}"));
    const file = path.join(dir, "r.xlsx");
    expect((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "--rubric", rubric, "-o", file, "--lang", "en"], { env: REPRODUCIBLE })).code).toBe(0);
    const one = xlsxCells(file);
    const ranking = table(one.get("Ranking")!);
    for (const [what, cell] of column(ranking, 1, "Total")) expect([what, cell.numFmt]).toEqual([what, "0.0"]);
    for (const [what, cell] of column(ranking, 1, "Percent")) expect([what, cell.numFmt]).toEqual([what, "0.00"]);
    const groups = table(one.get("Groups")!);
    for (const [what, cell] of column(groups, 1, "1 Digital awareness", 1)) expect([what, cell.numFmt]).toEqual([what, "0.0"]);
    for (const [what, cell] of column(groups, 1, "Percent", 1)) expect([what, cell.numFmt]).toEqual([what, "0.00"]);
    const indicators = table(one.get("Indicators")!);
    for (const [what, cell] of column(indicators, 2, "1.1", 2)) expect([what, cell.numFmt]).toEqual([what, "0.0"]);
  });

  it("Ranking: each agency's points with its own rubric's decimals, as Groups has them (a whole-point rubric's 62 read 62.00 beside a two-decimal one)", async () => {
    // The bundled rubrics all round to two decimals: a report whose LOSI section rounds to whole points, made in process.
    const report = parseReportJson((await runCli(["score", "examples/", "--format", "json", "--lang", "en"], { env: REPRODUCIBLE })).stdout);
    const losi = report.rubrics.find((r) => r.id === "un-losi-2022")!;
    losi.decimals = 0;
    const file = path.join(tempDir(temps), "r.xlsx");
    await writeXlsx(createWriteStream(file), rankedReport(report), { lang: "en" });
    const rows = table(xlsxCells(file).get("Ranking")!);
    const rubric = new Map(column(rows, 1, "Rubric").map(([what, cell]) => [what.replace(/^\D+/, ""), cell.value]));
    let whole = 0;
    for (const name of ["Total", "Self-score total", "Bonus", "Penalty"]) {
      for (const [what, cell] of column(rows, 1, name)) {
        const expected = rubric.get(what.replace(/^\D+/, "")) === "un-losi-2022" ? "0" : "0.00";
        if (expected === "0") whole++;
        expect([what, cell.numFmt]).toEqual([what, expected]);
      }
    }
    expect(whole).toBe(4);
    for (const [what, cell] of column(rows, 1, "Percent")) expect([what, cell.numFmt]).toEqual([what, "0.00"]);
  });
});

describe("the xlsx's alignment: text never touches the number beside it", () => {
  // Numbers stand at the right of their cells, text at the left: a text cell right after a number read as one
  // word with it (Cohort size and Agency id: "4qb-stc"; Percent and Band: "89.52Good"; points and "?": "15.00 ?").
  // (Warnings is written as Not scored is; the examples have none.)
  it.each(["Ranking", "Groups", "Indicators", "Not scored", "Verification"])("%s: a text after a number is indented, or stands at the right as numbers do", (name) => {
    const rows = table(sheets.get(name)!);
    let checked = 0;
    for (const [r, row] of rows.entries()) {
      for (const [col, cell] of row) {
        const before = row.get(col - 1);
        if (cell.type !== "s" || before?.type !== "n" || before.alignment.horizontal === "left") continue;
        const { horizontal, indent } = cell.alignment;
        expect([`${letters(col - 1)}${r + 1} ${before.value}`, `${letters(col)}${r + 1} ${cell.value}`, horizontal === "right" || (horizontal === "left" && (indent ?? 0) >= 1)])
          .toEqual([`${letters(col - 1)}${r + 1} ${before.value}`, `${letters(col)}${r + 1} ${cell.value}`, true]);
        checked++;
      }
    }
    expect(checked, name).toBeGreaterThan(0);
  });

  it("Verification: a number answered stands at the right, as numbers do, in the column indented for text answers", () => {
    const rows = table(sheets.get("Verification")!);
    const numbers = [...column(rows, 1, "Answer"), ...column(rows, 1, "Verified answer")].filter(([, c]) => c.type === "n");
    expect(numbers.length).toBeGreaterThan(1);
    for (const [what, cell] of numbers) expect([what, cell.alignment.horizontal ?? "right"]).toEqual([what, "right"]);
  });

  it("Not scored: the error code column holds the longest code with its indent (22 characters cut verified-before-submission)", () => {
    const width = xlsxLayouts(file).get("Not scored")!.widths.get(6)!;
    expect(width).toBeGreaterThanOrEqual("verified-before-submission".length + 2);
  });

  it("Indicators: information longer than its column starts at the left, indented: at the right, a spreadsheet showed its end (\"ng dụng AI.\")", () => {
    const rows = table(sheets.get("Indicators")!);
    const heads = rows.flatMap((r, i) => (r.get(1)?.value === "Cohort" ? [i] : []));
    let long = 0;
    for (const h of heads) {
      for (let r = h + 3; r < rows.length && rows[r]!.size > 0; r++) {
        for (const [col, cell] of rows[r]!) {
          if (col <= 3 || cell.type !== "s" || [...cell.value].length <= 8) continue;
          long++;
          expect([`${letters(col)}${r + 1}`, cell.alignment]).toEqual([`${letters(col)}${r + 1}`, { horizontal: "left", indent: 1 }]);
        }
      }
    }
    expect(long).toBeGreaterThan(0);
  });

  it("Indicators: ? and N/A stand at the right of their column, where its points stand", () => {
    const cells = [...sheets.get("Indicators")!.values()].filter((c) => c.value === "?" || c.value === "N/A");
    expect(cells.length).toBeGreaterThan(5);
    for (const cell of cells) expect(cell.alignment.horizontal).toBe("right");
  });
});

describe("the xlsx printed: a title row's text stays whole on every page", () => {
  // A title row's text ran from column A across the sheet; printed, each page after the first repeats the agency's
  // column only, and showed a fragment of it ("ble · ? = unanswered ·…", "n Index for provincial departments…").
  const one = async () => {
    const single = path.join(tempDir(temps), "one.xlsx");
    expect((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/kho-bac-quang-binh.yaml", "-o", single, "--lang", "en"], { env: REPRODUCIBLE })).code).toBe(0);
    return single;
  };

  it.each([["one rubric", "Indicators"], ["several rubrics", "Indicators"], ["several rubrics", "Groups"]])("%s, %s: every text of a title row is wrapped in its column, the title in the column printed on every page, the row as tall as its lines", async (which, name) => {
    const workbook = which === "one rubric" ? await one() : file;
    const rows = table(xlsxCells(workbook).get(name)!);
    const layout = xlsxLayouts(workbook).get(name)!;
    const repeated = layout.printTitles.columns![0];
    expect(layout.printTitles.columns![1]).toBe(repeated);
    const titles = rows.flatMap((r, i) => (rows[i + 1]?.get(1)?.value === "Cohort" && r.size > 0 ? [i] : []));
    expect(titles.length).toBe(which === "one rubric" ? 1 : 3);
    for (const r of titles) {
      let whole = "";
      for (const [col, cell] of rows[r]!) {
        expect([`${letters(col)}${r + 1}`, cell.alignment.wrapText]).toEqual([`${letters(col)}${r + 1}`, true]);
        const width = layout.widths.get(col) ?? 9;
        // At least as many lines as the text has column widths (bold and larger, it takes more).
        expect(layout.heights.get(r + 1) ?? 15, `${letters(col)}${r + 1}`).toBeGreaterThanOrEqual(15 * Math.ceil([...cell.value].length / width));
        if (letters(col) === repeated) whole = cell.value;
      }
      expect(whole, `${name} row ${r + 1}`).toMatch(name === "Indicators" ? /^(\S+ \S+ — )?Points per indicator · N\/A = not applicable/ : /^\S+ \S+ — \S/);
    }
  });
});

describe("the xlsx's headers: no word is cut", () => {
  // A word longer than its column is cut where the column ends: English headers read "Indicato rs to answer",
  // "Missing evidenc e", "3 Digital infrastructur e", "5 Cybersecurit y" (Vietnamese words are short).
  it.each(["Ranking", "Groups"])("%s: each column is wider than the longest word of its headers", (name) => {
    const rows = table(sheets.get(name)!);
    const widths = xlsxLayouts(file).get(name)!.widths;
    const heads = rows.filter((r) => r.get(1)?.value === (name === "Ranking" ? "Rubric" : "Cohort"));
    expect(heads.length).toBe(name === "Ranking" ? 1 : 3);
    for (const head of heads) {
      for (const [col, cell] of head) {
        // A line may break after a hyphen ("Digital-" / "government").
        const longest = Math.max(...cell.value.split(/\s+|(?<=-)/).map((w) => [...w].length));
        expect([cell.value, widths.get(col) ?? 9]).toEqual([cell.value, expect.toSatisfy((w: number) => w >= longest + 1)]);
      }
    }
  });
});


describe("the xlsx's dates: date cells a spreadsheet sorts and filters as dates", () => {
  // A date answer and the verification's day were text (12/03/2025): sorted as text, the 2nd of April came before the
  // 3rd of March, and a filter offered no years or months. Serial numbers of the 1900 date system, in the language's format.
  const made = async (lang: "vi" | "en") => {
    const dir = tempDir(temps);
    writeFileSync(path.join(dir, "stc.yaml"), readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8")
      .replace(`value: "2025-03-12"`, `value: "2025-03-12"\n    verified: {value: "2025-02-20", by: "Sở KH&CN", date: "2025-10-09"}`)
      // A verification with no date given, the collector's note ending in one of their own.
      .replace(`"1.1":\n    value: 3`, `"1.1":\n    value: 3\n    verified: {value: 1, note: "theo biên bản (2025-03-10)"}`));
    const out = path.join(dir, "r.xlsx");
    expect((await runCli(["score", dir, "-o", out, "--lang", lang], { env: REPRODUCIBLE })).code).toBe(0);
    return table(xlsxCells(out).get(message(lang, "rpt-sheet-verification"))!);
  };

  it.each([["en", "yyyy-mm-dd"], ["vi", "dd/mm/yyyy"]] as const)("%s: a date answered, self-assessed and verified, and the day of the verification, as %s", async (lang, format) => {
    const rows = await made(lang);
    const head = [...rows[0]!].map(([col, c]) => [c.value, col] as const);
    const col = (key: string) => new Map(head).get(message(lang, key))!;
    const row = rows.find((r) => r.get(col("col-code"))?.value === "1.4")!;
    // 45728 is 2025-03-12 in the 1900 date system (day 1 is 1900-01-01, counting the 29th of February 1900 Excel keeps).
    expect(row.get(col("rpt-col-answer"))).toMatchObject({ type: "n", value: "45728", numFmt: format });
    expect(row.get(col("rpt-col-verified-answer"))).toMatchObject({ type: "n", value: "45708", numFmt: format, alignment: { horizontal: "right" } });
    expect(row.get(col("rpt-col-verified-on"))).toMatchObject({ type: "n", value: "45939", numFmt: format });
    // Another verification, dated in the note it closes: the day there too.
    const other = rows.find((r) => r.get(col("col-code"))?.value === "6.1.4")!;
    expect(other.get(col("rpt-col-verified-on"))).toMatchObject({ type: "n", value: "45938" });
    // Who verified in a column of their own: the note is the collector's words alone.
    expect([other.get(col("rpt-col-verified-note"))!.value, other.get(col("rpt-col-verified-by"))!.value]).toEqual(["Phòng Quản lý giá chưa có quyết định áp dụng ISO điện tử.", "Sở Khoa học và Công nghệ"]);
    // No date given: no day, though the note ends in a date, which stays as the collector wrote it.
    const undated = rows.find((r) => r.get(col("col-code"))?.value === "1.1")!;
    expect([undated.get(col("rpt-col-verified-on"))?.value ?? "", undated.get(col("rpt-col-verified-note"))!.value]).toEqual(["", "theo biên bản (2025-03-10)"]);
  });
});

describe("the xlsx's Verification: a corrected count that informs only", () => {
  // 4.1 (officials in the agency) earns nothing: its correction, 95 to 90, was no row at all, then its figures text ("95"),
  // then 0.00 points on both sides and a difference of 0, for points it could never earn.
  it("is a row of its figures as numbers, information only in place of points, and no difference", async () => {
    const dir = tempDir(temps);
    writeFileSync(path.join(dir, "stc.yaml"), readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace(`"4.1": {value: 95}`, `"4.1": {value: 95, verified: {value: 90, by: "Sở KH&CN"}}`));
    const out = path.join(dir, "r.xlsx");
    expect((await runCli(["score", dir, "-o", out, "--lang", "en"], { env: REPRODUCIBLE })).code).toBe(0);
    const rows = table(xlsxCells(out).get("Verification")!);
    const head = new Map([...rows[0]!].map(([col, c]) => [c.value, col] as const));
    const row = rows.find((r) => r.get(head.get("Code")!)?.value === "4.1")!;
    const cells = ["Answer", "Self-score points", "Verified answer", "Verified points", "Difference"].map((h) => [row.get(head.get(h)!)?.type, row.get(head.get(h)!)?.value]);
    expect(cells).toEqual([["n", "95"], ["s", "information only"], ["n", "90"], ["s", "information only"], [undefined, undefined]]);
    // At the right, where points stand: at the left, the answer before read as one with it ("95information only").
    expect(["Self-score points", "Verified points"].map((h) => row.get(head.get(h)!)?.alignment.horizontal)).toEqual(["right", "right"]);
  });
});

describe("the xlsx's indicator titles: whole, or cut short where it is said, under frozen rows of a sane height", () => {
  // English titles were cut at 8 lines without a word ("…the head of the" and the rest hidden), and the frozen
  // header rows took about 210 points, two thirds of a laptop's sheet.
  it("each title is whole, or cut with an ellipsis and whole in its cell's note; the titles row at most five lines tall", async () => {
    const report = JSON.parse((await runCli(["score", "examples/", "--format", "json", "--lang", "en"], { env: REPRODUCIBLE })).stdout) as { rubrics: { indicators: { title: { en: string } }[] }[] };
    const titles = new Set(report.rubrics.flatMap((r) => r.indicators.flatMap((i) => [i.title.en, `Penalty: ${i.title.en}`])));
    const rows = table(sheets.get("Indicators")!);
    const notes = xlsxNotes(file).get("Indicators")!;
    const heights = xlsxLayouts(file).get("Indicators")!.heights;
    let cut = 0, whole = 0;
    for (const [r, row] of rows.entries()) {
      if (!row.get(3)?.value.startsWith("Indicator")) continue;
      expect(heights.get(r + 1), `row ${r + 1}`).toBeLessThanOrEqual(75);
      for (const [col, cell] of row) {
        if (col <= 3) continue;
        const where = `${letters(col)}${r + 1}`;
        if (cell.value.endsWith("…")) {
          cut++;
          const note = notes.get(where);
          expect([where, titles.has(note!)]).toEqual([where, true]);
          expect([where, note!.startsWith(cell.value.slice(0, -1).trimEnd())]).toEqual([where, true]);
        } else {
          whole++;
          expect([where, titles.has(cell.value), notes.has(where)]).toEqual([where, true, false]);
        }
      }
    }
    expect(cut).toBeGreaterThan(20);
    expect(whole).toBeGreaterThan(5);
    // Beside the titles, what the ellipsis means.
    const heads = rows.filter((row) => row.get(3)?.value.startsWith("Indicator"));
    for (const row of heads) expect(row.get(3)!.value).toBe(`Indicator (${message("en", "rpt-xlsx-titles-cut")})`);
  });

  it.each(["en", "vi"] as const)("%s, one rubric: the frozen rows of Indicators are at most 170 points tall", async (lang) => {
    const one = path.join(tempDir(temps), "one.xlsx");
    expect((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "-o", one, "--lang", lang], { env: REPRODUCIBLE })).code).toBe(0);
    const name = message(lang, "rpt-sheet-indicators");
    const frozen = xlsxFrozenRows(one).get(name)!;
    expect(frozen).toBe(4);
    const heights = xlsxLayouts(one).get(name)!.heights;
    let total = 0;
    for (let r = 1; r <= frozen; r++) total += heights.get(r) ?? 15;
    expect(total).toBeLessThanOrEqual(170);
  });
});

describe("the xlsx's information-only dates", () => {
  // A rubric's information-only date (no points) was written in the Indicators sheet as the file has it, 2025-03-12,
  // in a Vietnamese report whose other dates read 12/03/2025. Text it stays (a date cell is a number, ~45,000 in a
  // row's sum of points); written as the language writes a date, as the information-only numbers are (1234,5).
  it.each([["vi", "12/03/2025"], ["en", "2025-03-12"]] as const)("%s: the Indicators sheet writes it %s, as text", async (lang, shown) => {
    const report = parseReportJson((await runCli(["score", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json", "--lang", lang], { env: REPRODUCIBLE })).stdout);
    const agency = report.rubrics[0]!.agencies[0]!;
    for (const score of [agency.score, agency.verified!]) {
      const info = score.indicators.find((i) => i.code === "4.1")!;
      expect(info.status).toBe("info_only");
      Object.assign(info, { input: "date", value: "2025-03-12" });
    }
    const file = path.join(tempDir(temps), "r.xlsx");
    await writeXlsx(createWriteStream(file), rankedReport(report), { lang });
    const rows = table(xlsxCells(file).get(message(lang, "rpt-sheet-indicators"))!);
    const cell = column(rows, 2, "4.1", 2)[0]![1];
    expect(cell).toMatchObject({ type: "s", value: shown });
  });
});

describe("the xlsx's information-only numbers", () => {
  // docs/report-format.md said they read 1.234,5 in Vietnamese, a thousands dot the reports never write (1.000 is what
  // the tool refuses as ambiguous): the decimal comma alone, as every other number of a Vietnamese report.
  it.each([["vi", "1234,5"], ["en", "1234.5"]] as const)("%s: the Indicators sheet writes 1234.5 as %s, as text", async (lang, shown) => {
    const report = parseReportJson((await runCli(["score", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json", "--lang", lang], { env: REPRODUCIBLE })).stdout);
    const agency = report.rubrics[0]!.agencies[0]!;
    for (const score of [agency.score, agency.verified!]) Object.assign(score.indicators.find((i) => i.code === "4.1")!, { value: 1234.5 });
    const file = path.join(tempDir(temps), "r.xlsx");
    await writeXlsx(createWriteStream(file), rankedReport(report), { lang });
    const rows = table(xlsxCells(file).get(message(lang, "rpt-sheet-indicators"))!);
    expect(column(rows, 2, "4.1", 2)[0]![1]).toMatchObject({ type: "s", value: shown });
  });
});

describe("the xlsx's information-only answer left ?", () => {
  // Found by collector14: an information-only question answered "?" had an empty cell, though the sheet's legend says
  // "? = unanswered" and a scored indicator left "?" reads so.
  it("the Indicators sheet writes ?", async () => {
    const report = parseReportJson((await runCli(["score", "examples/so-tai-chinh-quang-binh.yaml", "--format", "json", "--lang", "en"], { env: REPRODUCIBLE })).stdout);
    const agency = report.rubrics[0]!.agencies[0]!;
    for (const score of [agency.score, agency.verified!]) Object.assign(score.indicators.find((i) => i.code === "4.1")!, { value: null });
    const file = path.join(tempDir(temps), "r.xlsx");
    await writeXlsx(createWriteStream(file), rankedReport(report), { lang: "en" });
    const rows = table(xlsxCells(file).get(message("en", "rpt-sheet-indicators"))!);
    expect(column(rows, 2, "4.1", 2)[0]![1]).toMatchObject({ type: "s", value: "?" });
  });
});

describe("the xlsx's date sent", () => {
  // The day each agency sent its file (`submitted`) was in no sheet: a collector checking who sent before the deadline
  // had to open every file. The Ranking sheet's last column, a date cell to sort and filter by; empty where not sent.
  it("Ranking: after the file (only the self-assessment's gaps, added later, follow), a date cell in the language's format; empty for a file not sent yet", () => {
    const rows = table(sheets.get("Ranking")!);
    const head = [...rows[0]!.values()].map((c) => c.value);
    expect(head.slice(-5)).toEqual(["File", "Date sent", "Unanswered (self-assessment)", "Missing evidence (self-assessment)", "Band threshold"]);
    const sent = new Map(column(rows, 1, "File").map(([what, cell]) => [cell.value, rows[Number(what.replace(/^\D+/, "")) - 1]!.get(head.indexOf("Date sent") + 1)]));
    // 45926 is 2025-09-26 in the 1900 date system.
    expect(sent.get("examples/so-tai-chinh-quang-binh.yaml")).toMatchObject({ type: "n", value: "45926", numFmt: "yyyy-mm-dd" });
    expect(sent.get("examples/xa-can-giuoc-tay-ninh.yaml")).toMatchObject({ type: "n", value: "46101" });
    expect(sent.get("examples/so-noi-vu-quang-binh-chua-xong.yaml")?.value ?? "").toBe("");
  });
});

describe("the xlsx's evidence", () => {
  // The documents each agency cited, with their dates, were in the html, the json and the long csv, and in no sheet: a
  // collector checking them against the day sent had to open every file. A last sheet, a row a document, its date a date cell.
  it("a last sheet lists each document cited, by agency and indicator, its date a date cell; a link, no date, left empty", () => {
    const rows = table(sheets.get("Evidence")!);
    expect([...rows[0]!.values()].map((c) => c.value)).toEqual(["Cohort", "Agency id", "Agency", "Code", "Indicator", "Document number", "Document date", "Issuer", "Title", "Link"]);
    const of = (id: string, code: string) => rows.filter((r) => r.get(2)?.value === id && r.get(4)?.value === code);
    const cited = of("qb-bqlkkt", "1.1");
    expect(cited.map((r) => [r.get(6)?.value, r.get(7)])).toEqual([
      // 45736 is 2025-03-20 in the 1900 date system.
      ["15/TB-BQLKKT", expect.objectContaining({ type: "n", value: "45736", numFmt: "yyyy-mm-dd" })],
      ["52/TB-BQLKKT", expect.objectContaining({ type: "n", value: "45881" })],
    ]);
    expect(cited[0]!.get(9)?.value).toBe("Thông báo kết luận họp Ban chỉ đạo chuyển đổi số quý I/2025");
    expect(cited[0]!.get(5)?.value).toMatch(/^Meetings of the agency/);
    const linked = of("qb-bqlkkt", "1.5")[0]!;
    expect([linked.get(7)?.value ?? "", linked.get(10)?.value]).toEqual(["", "https://bqlkkt.quangbinh.gov.vn/"]);
  });

  it("a batch that cites no evidence has no such sheet", async () => {
    const file = path.join(tempDir(temps), "r.xlsx");
    expect((await runCli(["score", "examples/losi/hue-portal-2022.yaml", "-o", file, "--lang", "en"], { env: REPRODUCIBLE })).code).toBe(0);
    expect([...xlsxCells(file).keys()]).toEqual(["Ranking", "Groups", "Indicators", "Not scored"]);
  });

  it("more documents than a sheet's rows (1,048,576 in Excel) stop at the limit, and the last row says how many more and where they are", async () => {
    const report = parseReportJson((await runCli(["score", "examples/ban-qlkkt-quang-binh.yaml", "--format", "json", "--lang", "en"], { env: REPRODUCIBLE })).stdout);
    const items = Object.values(report.rubrics[0]!.agencies[0]!.evidence!).flat().length;
    const file = path.join(tempDir(temps), "r.xlsx");
    await writeXlsx(createWriteStream(file), rankedReport(report), { lang: "en", rowLimit: 4 });
    const rows = table(xlsxCells(file).get("Evidence")!);
    expect(rows).toHaveLength(4);
    expect(rows[3]!.get(1)?.value).toBe(`${items - 2} more evidence items are not listed: a sheet holds 4 rows; see the json report or the long csv (--csv-layout long)`);
    // Exactly as many as the sheet holds under its header: every one listed, no row saying more (the last was cut,
    // "1 more", though its row was free). One more than that: the last row says 2 more.
    const full = path.join(tempDir(temps), "full.xlsx");
    await writeXlsx(createWriteStream(full), rankedReport(report), { lang: "en", rowLimit: items + 1 });
    const all = table(xlsxCells(full).get("Evidence")!);
    expect(all).toHaveLength(items + 1);
    expect(all.at(-1)!.get(4)?.value).toBeTruthy();
    const over = path.join(tempDir(temps), "over.xlsx");
    await writeXlsx(createWriteStream(over), rankedReport(report), { lang: "en", rowLimit: items });
    expect(table(xlsxCells(over).get("Evidence")!).at(-1)!.get(1)?.value).toMatch(/^2 more evidence items are not listed: a sheet holds/);
  });
});
