import ExcelJSModule from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parseReportJson } from "../helpers/report-json.js";
import type { ScoreReport } from "../../src/report/report.js";
import { writeXlsx, xlsxSheetNames } from "../../src/report/xlsx.js";
import { rankedReport } from "../../src/report/ranked.js";
import { writeAtomicAsync, WriteRefusedError } from "../../src/io/write-atomic.js";
import { Writable } from "node:stream";
import { appendFileSync, copyFileSync, createWriteStream, mkdirSync, readdirSync, writeFileSync } from "node:fs";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, HOSTILE, hostileDir, REPRODUCIBLE, SEED, tempDir } from "./helpers.js";
import { xlsxParts } from "../helpers/xlsx-parts.js";

const ExcelJS = ExcelJSModule as unknown as typeof import("exceljs");
const temps: string[] = [];
afterAll(() => cleanup(temps));

async function workbook(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

/** Every row of a sheet as plain values (index 1 = column A). */
function rows(ws: import("exceljs").Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => { out.push((row.values as unknown[]).slice(1)); });
  return out;
}

async function json(paths: string[], lang = "en"): Promise<ScoreReport> {
  return parseReportJson((await runCli(["score", ...paths, "--format", "json"], { env: { ...REPRODUCIBLE, LANG: lang } })).stdout);
}

describe("xlsx", () => {
  it("has the four sheets; Ranking, Groups and Indicators carry the json's numbers as numbers and its Vietnamese text", async () => {
    const dir = tempDir(temps);
    const file = path.join(dir, "report.xlsx");
    const r = await runCli(["score", "examples/", "-o", file, "--lang", "vi"], { env: REPRODUCIBLE });
    expect(r.code).toBe(1); // the invalid example is reported, not fatal
    const wb = await workbook(file);
    // The examples hold verified values: a fifth sheet says what the verification changed; they cite evidence: a last lists it.
    // examples/ci holds a CI workflow, passed over: a last sheet names it, as the md and html do.
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Xếp hạng", "Điểm nhóm", "Điểm chỉ số", "Không chấm được", "Thẩm định", "Minh chứng", "Bỏ qua"]);
    expect(xlsxSheetNames("en")).toEqual(["Ranking", "Groups", "Indicators", "Not scored"]);
    expect(wb.creator).toMatch(/^egov-score /);
    const report = await json(["examples/"]);
    const agencies = report.rubrics.flatMap((s) => s.agencies);

    const ranking = rows(wb.worksheets[0]!);
    const head = ranking[0] as string[];
    expect(ranking).toHaveLength(1 + agencies.length);
    for (const a of agencies) {
      const s = a.verified ?? a.score;
      const row = ranking.find((x) => x[head.indexOf("Mã cơ quan")] === s.agency.id)!;
      expect(row[head.indexOf("Cơ quan")]).toBe(s.agency.name);
      expect(row[head.indexOf("Tổng")]).toBe(s.total);
      expect(typeof row[head.indexOf("Tổng")]).toBe("number");
      expect(row[head.indexOf("Tỷ lệ %")]).toBe(s.percent);
      expect(row[head.indexOf("Hạng")]).toBe(a.rank);
      expect(row[head.indexOf("Loại cơ quan")]).toBe(report.rubrics.find((x) => x.agencies.includes(a))!.agency_types.find((t) => t.id === s.agency.type)!.label.vi);
    }

    // Groups and Indicators: one block per rubric; find each agency's row by its id.
    const groups = rows(wb.worksheets[1]!);
    const indicators = rows(wb.worksheets[2]!);
    for (const section of report.rubrics) {
      const gHead = groups.find((x) => x[0] === "Khối xếp hạng" && x.some((c) => typeof c === "string" && c.startsWith(`${section.agencies[0]!.score.groups[0]!.code} ${section.agencies[0]!.score.groups[0]!.title.vi}`)))!;
      const iHeadIndex = indicators.findIndex((x) => x[0] === "Khối xếp hạng" && x.includes(section.agencies[0]!.score.indicators[0]!.code) && x.includes(section.agencies[0]!.score.indicators.at(-1)!.code));
      const iHead = indicators[iHeadIndex]!;
      for (const a of section.agencies) {
        const s = a.verified ?? a.score;
        const gRow = groups.find((x) => x[2] === s.agency.id && x[3] === s.agency.name)!;
        for (const g of s.groups) expect(gRow[gHead.findIndex((c) => typeof c === "string" && c.startsWith(`${g.code} `))]).toBe(g.excluded ? undefined : g.points);
        const iRow = indicators.slice(iHeadIndex).find((x) => x[1] === s.agency.id)!;
        for (const ind of s.indicators) {
          const cell = iRow[iHead.indexOf(ind.code)];
          // A penalty item's points are deducted: below zero, so that a row adds up as the total does.
          if (ind.status === "scored" || ind.status === "provisional") { expect(cell, ind.code).toBe(ind.parent === "penalty" && ind.points > 0 ? -ind.points : ind.points); expect(typeof cell).toBe("number"); }
          if (ind.status === "unanswered") expect(cell).toBe("?");
          if (ind.status === "not_applicable" && ind.excluded) expect(cell).toBe("N/A");
        }
      }
    }

    const notScored = rows(wb.worksheets[3]!);
    expect(notScored.slice(1).every((x) => x[0] === "examples/invalid/so-xay-dung-loi.yaml")).toBe(true);
    // Whom to call: the agency the file names.
    expect(notScored[1]!.slice(1, 3)).toEqual(["qb-sxd", "Sở Xây dựng tỉnh Quảng Bình"]);
    // Each error as validate says it: what was found and what was expected, too.
    expect(notScored.some((x) => typeof x[6] === "string" && (x[6] as string).includes("là chữ, YAML không đọc thành có/không") && (x[6] as string).includes("đã ghi: có; cần ghi: "))).toBe(true);

    // Points in the Groups sheet show the rubric's decimals, as in the Ranking sheet.
    const gSheet = wb.worksheets[1]!;
    const firstAgencyRow = gSheet.getRow(groups.findIndex((x) => x[2] === agencies[0]!.score.agency.id) + 1);
    expect(firstAgencyRow.getCell(5).numFmt).toBe("0.00");
  });

  it("prints on A4 landscape with the header and the agency's name on each page; information is text, apart from the points a row adds up", async () => {
    const dir = tempDir(temps);
    const file = path.join(dir, "report.xlsx");
    await runCli(["score", "examples/so-khcn-quang-binh.yaml", "examples/so-tai-chinh-quang-binh.yaml", "-o", file, "--lang", "en"], { env: REPRODUCIBLE });
    const wb = await workbook(file);
    const [ranking, groups, indicators] = wb.worksheets;
    for (const ws of wb.worksheets) expect([ws.name, ws.pageSetup.orientation, ws.pageSetup.paperSize]).toEqual([ws.name, "landscape", 9]);
    expect([ranking!.pageSetup.printTitlesRow, ranking!.pageSetup.printTitlesColumn, ranking!.pageSetup.fitToWidth]).toEqual(["1:1", "G:G", 3]);
    expect([groups!.pageSetup.printTitlesRow, groups!.pageSetup.fitToWidth]).toEqual(["1:2", 2]);
    // Scrolled right to its counts, the ranking keeps the agency's name in view.
    expect(ranking!.views[0]).toMatchObject({ state: "frozen", xSplit: 7, ySplit: 1 });
    // 4.1, the headcount, is information: text, its max a dash; the points of a row add up to the agency's indicator points.
    const table = rows(indicators!);
    const column = (table[1] as unknown[]).indexOf("4.1");
    expect(table[3]![column]).toBe("—");
    for (const row of table.slice(4).filter((r) => r.length > 0)) {
      expect(typeof row[column]).toBe("string");
      expect(row.slice(3).every((v) => typeof v !== "number" || Number.isFinite(v))).toBe(true);
    }
  });

  it("with several rubrics, the sheets of one table still repeat their header row on each printed page; headers are as tall as their words wrap", async () => {
    const dir = tempDir(temps);
    const file = path.join(dir, "report.xlsx");
    await runCli(["score", "examples/", "-o", file, "--lang", "en"], { env: REPRODUCIBLE });
    const wb = await workbook(file);
    const [ranking, groups, indicators, notScored] = wb.worksheets;
    expect([ranking!.pageSetup.printTitlesRow, notScored!.pageSetup.printTitlesRow]).toEqual(["1:1", "1:1"]);
    // One block per rubric: only the first block's header would repeat, so none does.
    expect([groups!.pageSetup.printTitlesRow, indicators!.pageSetup.printTitlesRow]).toEqual([undefined, undefined]);
    // "6.2 Online public services and the electronic one-stop-shop" wraps to five lines or more in its column (12 wide).
    let height = 0;
    groups!.eachRow((row) => { if (row.values && (row.values as unknown[]).includes("6.2 Online public services and the electronic one-stop-shop")) height = row.height; });
    expect(height).toBeGreaterThanOrEqual(75);
  });

  it("the Not scored sheet wraps its messages in their column, its rows as tall as they wrap, every styled cell in the workbook's font", async () => {
    const dir = tempDir(temps);
    const file = path.join(dir, "report.xlsx");
    await runCli(["score", "examples/", "-o", file, "--lang", "vi"], { env: REPRODUCIBLE });
    const wb = await workbook(file);
    const notScored = wb.worksheets[3]!;
    // Unwrapped, a message ran past the last column and the sheet, printed one page wide, shrank to a third.
    expect(notScored.getColumn(7).alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(notScored.getColumn(4).alignment).toMatchObject({ vertical: "top" });
    let tallest = 0;
    notScored.eachRow((row, n) => { if (n > 1) tallest = Math.max(tallest, row.height ?? 0); });
    expect(tallest).toBeGreaterThanOrEqual(30);
    // A bold header without a font name was drawn in LibreOffice's default serif.
    expect(notScored.getRow(1).getCell(1).font).toMatchObject({ name: "Calibri", bold: true });
    expect(wb.worksheets[0]!.getRow(1).getCell(1).font).toMatchObject({ name: "Calibri", bold: true });
  });

  it("the Indicators sheet's max row says N/A for an indicator no agency of the batch could score, not 0", async () => {
    const file = path.join(tempDir(temps), "kb.xlsx");
    await runCli(["score", "examples/kho-bac-quang-binh.yaml", "-o", file, "--lang", "en"], { env: REPRODUCIBLE });
    const indicators = rows((await workbook(file)).worksheets[2]!);
    const head = indicators[1]!, max = indicators[3]!;
    const report = await json(["examples/kho-bac-quang-binh.yaml"]);
    const excluded = report.rubrics[0]!.agencies[0]!.score.indicators.filter((i) => i.excluded && i.max === 0 && i.status !== "info_only");
    expect(excluded.length).toBeGreaterThan(0);
    for (const i of excluded) expect(max[head.indexOf(i.code)], i.code).toBe("N/A");
    expect(max.slice(3).filter((c) => c === 0)).toEqual([]);
  });

  it("with --group-ranks, Groups ends each block with the rank on each top-level group; without it, no rank columns", async () => {
    const file = (name: string) => path.join(tempDir(temps), name);
    const ranked = file("ranked.xlsx"), plain = file("plain.xlsx");
    await runCli(["score", "examples/", "--group-ranks", "-o", ranked, "--lang", "en"], { env: REPRODUCIBLE });
    await runCli(["score", "examples/", "-o", plain, "--lang", "en"], { env: REPRODUCIBLE });
    const groups = rows((await workbook(ranked)).worksheets[1]!);
    const plainGroups = rows((await workbook(plain)).worksheets[1]!);
    expect(plainGroups.flat().some((c) => typeof c === "string" && / rank$/.test(c))).toBe(false);
    const report = parseReportJson((await runCli(["score", "examples/", "--format", "json", "--group-ranks"], { env: REPRODUCIBLE })).stdout);
    for (const section of report.rubrics) {
      const codes = section.agencies[0]!.score.groups.map((g) => g.code);
      const headIndex = groups.findIndex((x) => x[0] === "Cohort" && x.includes(`${codes[0]} ${section.agencies[0]!.score.groups[0]!.title.en}`));
      const head = groups[headIndex]!;
      // The rank columns come last, after the band: the earlier columns keep their places.
      expect(head.slice(head.indexOf("Band") + 1)).toEqual(codes.map((code) => `Group ${code} rank`));
      for (const a of section.agencies) {
        const row = groups.slice(headIndex).find((x) => x[2] === a.score.agency.id)!;
        expect(row.slice(head.indexOf("Band") + 1)).toEqual(codes.map((code) => a.group_ranks![code]));
      }
    }
  });

  it("hostile texts stay text: no cell is a formula, and text starting with = + - @ is kept as written (a string cell is never evaluated)", async () => {
    const dir = hostileDir(temps);
    const file = path.join(tempDir(temps), "h.xlsx");
    expect((await runCli(["score", dir, "-o", file], { env: REPRODUCIBLE })).code).toBe(0);
    const wb = await workbook(file);
    let seen = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === "string") { expect(cell.value, `${ws.name}!${cell.address}`).not.toMatch(/^'/); seen++; }
      }));
    }
    expect(seen).toBeGreaterThan(50);
    const ranking = rows(wb.worksheets[0]!);
    expect(ranking.flat()).toContain(HOSTILE.name);
  });

  it("control characters a file can write as YAML escapes are left out of every cell (XML 1.0 forbids most of them: Excel repairs the file)", async () => {
    const dir = tempDir(temps);
    writeFileSync(path.join(dir, "a.yaml"), readFileSync(SEED, "utf8").replace('name: "Sở Khoa học và Công nghệ tỉnh Quảng Bình"', 'name: "Sở\\e[31m Khoa học\\a\\x0b\\x85 và Công nghệ"'));
    const file = path.join(dir, "report.xlsx");
    expect((await runCli(["score", dir, "-o", file], { env: REPRODUCIBLE })).code).toBe(0);
    const cells = (await workbook(file)).worksheets.flatMap((ws) => rows(ws).flat()).filter((v): v is string => typeof v === "string");
    expect(cells).toContain("Sở[31m Khoa học và Công nghệ");
    expect(cells.filter((c) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(c))).toEqual([]);
  });

  it("text that reads as Excel's _xHHHH_ escapes is kept as written, not turned into the character it names (a bidi override, BEL)", async () => {
    const dir = tempDir(temps);
    const name = "Sở _x202E_ Khoa _x0007_ học _x005F_ và _x00e9_";
    writeFileSync(path.join(dir, "a.yaml"), readFileSync(SEED, "utf8").replace('name: "Sở Khoa học và Công nghệ tỉnh Quảng Bình"', `name: "${name}"`).replace(/title: "[^"]*"/, 'title: "Biên bản _x0041_"'));
    const file = path.join(dir, "report.xlsx");
    expect((await runCli(["score", dir, "-o", file], { env: REPRODUCIBLE })).code).toBe(0);
    const cells = (await workbook(file)).worksheets.flatMap((ws) => rows(ws).flat()).filter((v): v is string => typeof v === "string");
    expect(cells).toContain(name);
    expect(cells.filter((c) => /[\u0007\u202e]/.test(c))).toEqual([]);
    // exceljs reads the escapes of shared strings only, upper-case ones only; the spec's every text, Excel both cases.
    const parts = xlsxParts(file);
    expect(parts.get("xl/sharedStrings.xml")).toContain("_x005F_x00e9_");
    expect([...parts.values()].join("")).toContain("Biên bản _x005F_x0041_");
  });

  it("a text past Excel's 32 767 characters is cut between whole characters, and ends with … (an emoji cut in two showed �)", async () => {
    for (const lead of ["", "a"]) {
      const dir = tempDir(temps);
      writeFileSync(path.join(dir, "a.yaml"), readFileSync(SEED, "utf8").replace(/^(\s+note: ")/m, `$1${lead}${"😀".repeat(20000)}`));
      const file = path.join(dir, "report.xlsx");
      expect((await runCli(["score", dir, "-o", file], { env: REPRODUCIBLE })).code).toBe(1);
      const cells = (await workbook(file)).worksheets.flatMap((ws) => rows(ws).flat()).filter((v): v is string => typeof v === "string");
      const cut = cells.filter((c) => c.length >= 32000);
      expect(cut.length).toBeGreaterThan(0);
      for (const c of cut) {
        expect(c.length).toBeLessThanOrEqual(32767);
        expect(c).not.toContain("\ufffd");
        expect(c).toMatch(/😀…$/);
      }
    }
  });

  it("an indicator title holding _xHHHH_ reads as written in the Indicators sheet, cut or whole in its note (it was escaped twice: _x005F_x0041_)", async () => {
    const dir = tempDir(temps);
    const rubric = path.join(dir, "rubric.yaml");
    const short = "Họp _x0041_";
    const long = "Số cuộc họp của Ban chỉ đạo chuyển đổi số _x0042_ của cơ quan trong năm, có biên bản hoặc thông báo kết luận";
    writeFileSync(rubric, readFileSync("rubrics/dti-cap-so.yaml", "utf8")
      .replace("en: \"Meetings of the agency's digital-transformation steering committee in the year\"", `en: "${long}"`)
      .replace(/(code: "1\.2"\n\s+title: \{vi: "[^"]*", en: )"[^"]*"/, `$1"${short}"`));
    const file = path.join(dir, "r.xlsx");
    expect((await runCli(["score", SEED, "--rubric", rubric, "-o", file, "--lang", "en"], { env: REPRODUCIBLE })).code).toBe(0);
    const sheet = (await workbook(file)).worksheets.find((w) => w.name === "Indicators")!;
    const titles = rows(sheet).find((r) => String(r[2]).startsWith("Indicator"))!;
    expect(titles.slice(3, 5)).toEqual([expect.stringMatching(/^Số cuộc họp.*…$/), short]);
    const parts = [...xlsxParts(file).values()].join("");
    expect(parts).toContain("Họp _x005F_x0041_");
    expect(parts).not.toContain("_x005F_x005F_");
    expect(parts).toContain(`${long.slice(0, long.indexOf("_"))}_x005F_x0042_`);
  });

  it("the Verification sheet: per verified agency, each indicator the verification changed, self against verified, adding up to the total's difference", async () => {
    const dir = tempDir(temps);
    const file = path.join(dir, "report.xlsx");
    await runCli(["score", "examples/", "-o", file], { env: REPRODUCIBLE });
    const sheet = rows((await workbook(file)).getWorksheet("Verification")!);
    const head = sheet[0] as string[];
    expect(head).toEqual(["Cohort", "Agency id", "Agency", "Code", "Indicator", "Answer", "Self-score points", "Verified answer", "Verified points", "Difference", "Verification note", "Verified on", "Verified by"]);
    const report = await json(["examples/"]);
    const verified = report.rubrics.flatMap((s) => s.agencies).filter((a) => a.verified);
    expect(verified.length).toBeGreaterThan(0);
    for (const a of verified) {
      const mine = sheet.slice(1).filter((r) => r[1] === a.score.agency.id);
      const total = mine.at(-1)!;
      expect([total[4], total[6], total[8]]).toEqual(["Total", a.score.total, a.verified!.total]);
      // The rows before the total add up to its difference.
      const sum = mine.slice(0, -1).reduce((s, r) => s + (r[9] as number), 0);
      expect(sum).toBeCloseTo(total[9] as number, 6);
      expect(total[9]).toBeCloseTo(a.verified!.total - a.score.total, 6);
    }
    const row614 = sheet.find((r) => r[1] === "qb-stc" && r[3] === "6.1.4")!;
    // The note alone, the day verified as a date (exceljs reads a date-formatted cell back as a Date), then who verified.
    expect(row614.slice(5)).toEqual([3, 15, 2, 10, -5, "Phòng Quản lý giá chưa có quyết định áp dụng ISO điện tử.", new Date("2025-10-08T00:00:00Z"), "Sở Khoa học và Công nghệ"]);
    // A penalty is deducted, below zero as the Indicators sheet writes it: 0 reports late, verified 2 (−10,00), a difference of −10.
    const late = path.join(dir, "late");
    mkdirSync(late);
    writeFileSync(path.join(late, "stc.yaml"), readFileSync("examples/so-tai-chinh-quang-binh.yaml", "utf8").replace(`"TR.1": {value: 0}`, `"TR.1": {value: 0, verified: {value: 2}}`));
    const penalised = path.join(dir, "late.xlsx");
    await runCli(["score", late, "-o", penalised], { env: REPRODUCIBLE });
    const tr1 = rows((await workbook(penalised)).getWorksheet("Verification")!).find((r) => r[3] === "TR.1")!;
    expect([tr1[6], tr1[8], tr1[9]]).toEqual([0, -10, -10]);
    // Without a verified value in the batch, no such sheet (the evidence it cites is listed after the four).
    const plain = path.join(dir, "plain.xlsx");
    await runCli(["score", "examples/so-khcn-quang-binh.yaml", "-o", plain], { env: REPRODUCIBLE });
    expect((await workbook(plain)).worksheets.map((w) => w.name)).toEqual(["Ranking", "Groups", "Indicators", "Not scored", "Evidence"]);
  });

  it.each([
    ["a small batch", 0],
    ["a large batch, read back from its spool", 60],
  ])("names the YAML files passed over (no agency files) in a last sheet, as the md and html do: %s", async (_, generated) => {
    const dir = tempDir(temps);
    if (generated > 0) generate(generated, path.join(dir, "gen"));
    copyFileSync(SEED, path.join(dir, "seed.yaml"));
    mkdirSync(path.join(dir, "ci"));
    copyFileSync("examples/ci/github-workflow.yml", path.join(dir, "ci", "workflow.yml"));
    writeFileSync(path.join(dir, "mkdocs.yml"), "site_name: Hướng dẫn\nnav:\n  - index.md\n");
    // The province's rubric kept beside the files: its row said "a rubric, a CI workflow or some other YAML file", as every row did.
    copyFileSync("rubrics/dti-cap-so.yaml", path.join(dir, "rubric.yaml"));
    const file = path.join(dir, "r.xlsx");
    const run = await runCli(["score", dir, "-o", file, "--lang", "en"], { env: REPRODUCIBLE });
    const wb = await workbook(file);
    expect(wb.worksheets.at(-1)!.name).toBe("Passed over");
    const md = (await runCli(["score", dir, "--format", "md", "--lang", "en"], { env: REPRODUCIBLE })).stdout;
    const listed = rows(wb.getWorksheet("Passed over")!).slice(1);
    const rubric = path.join(dir, "rubric.yaml");
    expect(listed.map((r) => r[0])).toEqual([path.join(dir, "ci", "workflow.yml"), path.join(dir, "mkdocs.yml"), rubric]);
    for (const [name] of listed) expect(md).toContain(String(name));
    const other = "Not an agency file (it has no agency or answers: a CI workflow or some other YAML file)";
    expect(listed.map((r) => r[1])).toEqual([other, other, `Not an agency file but a rubric (it has groups, bands…): agency files are scored against it with --rubric ${rubric}; egov-score rubric lint checks it`]);
    // Each the reason standard error gives it; there, the command suggested keeps the --lang given (the sheet is shared, as a file).
    const said = (why: string) => `${why.charAt(0).toLowerCase()}${why.slice(1)}`.replace("egov-score rubric", "egov-score --lang en rubric");
    for (const [name, why] of listed) expect(run.stderr).toContain(`Skipped ${String(name)}: ${said(String(why))}`);
  });

  it("a write that fails (a full disk) fails the writing once, with the system's error, and leaves no temporary file", async () => {
    const report = await json(["examples/"]);
    const dir = tempDir(temps);
    const file = path.join(dir, "r.xlsx");
    writeFileSync(file, "kept");
    // The first pieces reach the temporary file, then the disk is full.
    const failed = await writeAtomicAsync(file, (temp) => {
      let writes = 0;
      const full = new Writable({ write(chunk: Buffer, _encoding, done) {
        if (++writes > 2) return done(Object.assign(new Error("no space left on device"), { code: "ENOSPC", syscall: "write" }));
        appendFileSync(temp, chunk);
        done();
      } });
      return writeXlsx(full, rankedReport(report), { lang: "en" });
    }, { force: true }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(WriteRefusedError);
    expect((failed as WriteRefusedError).reason).toBe("ENOSPC");
    // The report there before is kept whole, and the temporary file begun is removed.
    expect(readFileSync(file, "utf8")).toBe("kept");
    expect(readdirSync(dir)).toEqual(["r.xlsx"]);
  });

  it("a temporary file that cannot be made fails the writing with the system's error, and the stream is let go", async () => {
    const report = await json(["examples/so-khcn-quang-binh.yaml"]);
    const out = createWriteStream(path.join(tempDir(temps), "no-such-folder", "r.xlsx"));
    await expect(writeXlsx(out, rankedReport(report), { lang: "en" })).rejects.toMatchObject({ code: "ENOENT" });
    expect(out.destroyed).toBe(true);
    // A stream that fails as it is made (the writer listens before it loads exceljs: opened meanwhile, a
    // file that could not be made crashed the run with an unhandled 'error' event).
    const refused = new Writable({ construct(done) { done(Object.assign(new Error("no free inodes"), { code: "ENOSPC" })); }, write(_c, _e, done) { done(); } });
    await expect(writeXlsx(refused, rankedReport(report), { lang: "en" })).rejects.toMatchObject({ code: "ENOSPC" });
  });

  it("is written only to a file, and only when asked for", async () => {
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("-o FILE.xlsx");
  });
});

describe("xlsx is reproducible", () => {
  it("with SOURCE_DATE_EPOCH, the same bytes whatever the clock says when it is written: the zip's entries are dated with the report's time, in UTC", async () => {
    const dir = tempDir(temps);
    const written: Buffer[] = [];
    vi.useFakeTimers({ toFake: ["Date"] });
    // The process's own zone (runCli's env is the command's, not the process's: TZ there changed nothing).
    const zone = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      for (const [i, clock] of ["2030-01-01T00:00:00Z", "2031-06-15T13:37:42Z"].entries()) {
        vi.setSystemTime(new Date(clock));
        const file = path.join(dir, `r${i}.xlsx`);
        expect((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "-o", file], { env: REPRODUCIBLE })).code).toBe(0);
        written.push(readFileSync(file));
      }
      expect(new Date(Date.UTC(2025, 8, 25)).getHours()).not.toBe(0);
    } finally {
      vi.useRealTimers();
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(written[0]!.equals(written[1]!)).toBe(true);
    // The first local file header's DOS time and date (offsets 10 and 12): 2025-09-25 00:00 UTC.
    const dos = written[0]!.readUInt16LE(12);
    expect([(dos >> 9) + 1980, (dos >> 5) & 15, dos & 31, written[0]!.readUInt16LE(10)]).toEqual([2025, 9, 25, 0]);
  });
});

describe("the xlsx's zip dates at the ends of SOURCE_DATE_EPOCH", () => {
  // A zip dates its entries in MS-DOS form, from 1980 on; the zip library writes none after 2043-12-31 23:59:58.
  // A time outside is held to the nearer end (never wrapped into another year), the same bytes on every run; the
  // workbook's own dates (docProps/core.xml) keep the report's time.
  it.each([
    ["0", "1970-01-01T00:00:00Z", "1980-01-01 00:00:00"],
    ["315532799", "1979-12-31T23:59:59Z", "1980-01-01 00:00:00"],
    ["1758758400", "2025-09-25T00:00:00Z", "2025-09-25 00:00:00"],
    ["2335219198", "2043-12-31T23:59:58Z", "2043-12-31 23:59:58"],
    ["4354819199", "2107-12-31T23:59:59Z", "2043-12-31 23:59:58"],
    ["99999999999", "5138-11-16T09:46:39Z", "2043-12-31 23:59:58"],
  ])("SOURCE_DATE_EPOCH=%s (%s): every entry dated %s", async (epoch, created, dated) => {
    const file = path.join(tempDir(temps), "r.xlsx");
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "-o", file], { env: { SOURCE_DATE_EPOCH: epoch } });
    expect([r.code, r.stderr.includes("SOURCE_DATE_EPOCH")]).toEqual([0, false]);
    expect(new Set(zipEntryDates(readFileSync(file)))).toEqual(new Set([dated]));
    expect(xlsxParts(file).get("docProps/core.xml")).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>`);
  });
});

/** The MS-DOS date and time of each entry of a zip's central directory, as "yyyy-mm-dd hh:mm:ss". */
function zipEntryDates(zip: Buffer): string[] {
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end--;
  const dates: string[] = [];
  const two = (n: number) => String(n).padStart(2, "0");
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const time = zip.readUInt16LE(at + 12), date = zip.readUInt16LE(at + 14);
    dates.push(`${(date >> 9) + 1980}-${two((date >> 5) & 15)}-${two(date & 31)} ${two(time >> 11)}:${two((time >> 5) & 63)}:${two((time & 31) * 2)}`);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return dates;
}

describe("the xlsx's warnings of scored agencies", () => {
  it("heads the code column as a warning's code (it read Error code)", async () => {
    const dir = tempDir(temps);
    const rubric = path.join(dir, "rubric.yaml");
    writeFileSync(rubric, readFileSync("rubrics/dti-cap-so.yaml", "utf8").replaceAll("evidence: {required: true, min: 1, fields: [number, date, title]}", "evidence: {required: true, min: 1, fields: [number, date, title], when_missing: no_points}"));
    writeFileSync(path.join(dir, "a.yaml"), readFileSync("examples/so-khcn-quang-binh.yaml", "utf8").replace(/("1\.2":\n\s+value: thu-truong\n)\s+evidence:\n\s+- \{[^\n]*\n/, "$1"));
    const file = path.join(dir, "r.xlsx");
    expect((await runCli(["score", path.join(dir, "a.yaml"), "--rubric", rubric, "-o", file, "--lang", "en"])).code).toBe(0);
    const sheet = (await workbook(file)).worksheets.find((w) => w.name === "Warnings")!;
    expect(rows(sheet)[0]!.slice(5)).toEqual(["Warning code", "Warning"]);
    expect(rows(sheet).slice(1).map((r) => r[5])).toContain("evidence-missing-no-points");
  });
});

describe("the xlsx's files not scored", () => {
  it("marks a warning among a refused file's findings in the Error column, as the html does", async () => {
    const report: ScoreReport = {
      tool: { name: "egov-score", version: "test" }, generated_at: "1970-01-01T00:00:00.000Z", rubrics: [],
      not_scored: [{ file: "so-a.yaml", errors: [
        { code: "not-applicable-answered", severity: "warning", line: 39, col: 3, path: null, params: { code: "5.7", type: "vertical", type_label: "Vertical" } },
        { code: "unknown-indicator", severity: "error", line: 63, col: 3, path: null, params: { code: "6.1.10", rubric: "dti-cap-so" } },
      ] }],
    };
    const file = path.join(tempDir(temps), "not-scored.xlsx");
    await writeAtomicAsync(file, (temp) => writeXlsx(createWriteStream(temp, { flags: "wx" }), rankedReport(report), { lang: "vi" }));
    const wb = await workbook(file);
    const sheet = wb.worksheets.find((w) => rows(w)[0]?.includes("Lỗi"))!;
    const said = rows(sheet).slice(1).map((r) => String(r[6]));
    expect(said[0]).toMatch(/^cảnh báo: /);
    expect(said[1]).not.toMatch(/^cảnh báo/);
  });
});

describe("the xlsx's filters", () => {
  it("are named as Excel names them, over the header and every row below it: LibreOffice showed no filter buttons without the name", async () => {
    const file = path.join(tempDir(temps), "r.xlsx");
    await runCli(["score", "examples/", "-o", file, "--lang", "vi"], { env: REPRODUCIBLE });
    const parts = xlsxParts(file);
    const names = [...parts.get("xl/workbook.xml")!.matchAll(/<definedName name="_xlnm\._FilterDatabase" localSheetId="(\d+)"[^>]*>([^<]*)</g)].map((m) => [Number(m[1]), m[2]]);
    // Ranking: the header and the 7 agencies of the examples, up to the date sent; Verification (the fifth sheet): the header and its 6 rows, up to
    // who verified; Evidence: the header and the 258 documents cited, up to the link.
    expect(names).toEqual([[0, "&apos;Xếp hạng&apos;!$A$1:$AD$8"], [4, "&apos;Thẩm định&apos;!$A$1:$M$7"], [5, "&apos;Minh chứng&apos;!$A$1:$J$259"]]);
    expect(/<autoFilter ref="([^"]+)"/.exec(parts.get("xl/worksheets/sheet1.xml")!)?.[1]).toBe("A1:AD8");
    expect(/<autoFilter ref="([^"]+)"/.exec(parts.get("xl/worksheets/sheet5.xml")!)?.[1]).toBe("A1:M7");
    // Sheets without a filter have no such name.
    expect(/<autoFilter/.test(parts.get("xl/worksheets/sheet2.xml")!)).toBe(false);
  });
});
