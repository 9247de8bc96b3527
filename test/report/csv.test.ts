import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatCsv, neutralise, parseCsvSep, plainNumber } from "../../src/report/csv.js";
import { parseReportJson } from "../helpers/report-json.js";
import type { ScoreReport } from "../../src/report/report.js";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, HOSTILE, hostileDir, parseCsv, REPRODUCIBLE, SEED, tempDir } from "./helpers.js";

const temps: string[] = [];
afterAll(() => cleanup(temps));

async function report(paths: string[]): Promise<ScoreReport> {
  const r = await runCli(["score", ...paths, "--format", "json"], { env: REPRODUCIBLE });
  return parseReportJson(r.stdout);
}

/** Read a CSV file as Excel would: it must start with the UTF-8 BOM. */
function readCsv(file: string, sep: string): string[][] {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
  return parseCsv(text.slice(0, -2), sep);
}

const num = (cell: string, comma = false) => Number(comma ? cell.replace(",", ".") : cell);

describe("csv for Excel", () => {
  it("ranking: one row per agency, same numbers and Vietnamese text as the json report", async () => {
    const dir = tempDir(temps);
    const file = path.join(dir, "r.csv");
    expect((await runCli(["score", "examples/", "-o", file, "--lang", "vi"], { env: REPRODUCIBLE })).code).toBe(1);
    const rows = readCsv(file, ",");
    const json = await report(["examples/"]);
    const agencies = json.rubrics.flatMap((s) => s.agencies);
    expect(rows).toHaveLength(1 + agencies.length);
    const head = rows[0]!;
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    const col = (name: string) => { const i = head.indexOf(name); expect(i, name).toBeGreaterThanOrEqual(0); return i; };
    for (const a of agencies) {
      const s = a.verified ?? a.score;
      const row = rows.find((r) => r[col("Mã cơ quan")] === s.agency.id)!;
      expect(row[col("Cơ quan")]).toBe(s.agency.name);
      expect(num(row[col("Tổng")]!)).toBe(s.total);
      expect(num(row[col("Tỷ lệ %")]!)).toBe(s.percent);
      expect(num(row[col("Hạng")]!)).toBe(a.rank);
      expect(num(row[col("Tổng tự chấm")]!)).toBe(a.score.total);
      expect(row[col("Xếp loại")]).toBe(s.band?.label.vi ?? "");
      const g1 = head.findIndex((h) => h.startsWith(`${json.rubrics.find((x) => x.agencies.includes(a))!.id} 2`) && / 1 /.test(h));
      expect(num(row[g1]!)).toBe(s.groups[0]!.points);
    }
    // Vietnamese survives byte for byte (NFC).
    expect(rows.some((r) => r.includes("Sở Khoa học và Công nghệ tỉnh Quảng Bình"))).toBe(true);
  });

  it("ranking: each scored file's warnings are in a last column, located and with their hints (a collector working from the csv alone never learnt of them)", async () => {
    const dir = tempDir(temps);
    const first = readFileSync("examples/so-khcn-quang-binh.yaml", "utf8");
    writeFileSync(path.join(dir, "a.yaml"), first);
    // The same agency sent again under a corrected id, its note in Word's curly quotes.
    writeFileSync(path.join(dir, "b.yaml"), first.replace("id: qb-skhcn", "id: qb-skhcn-2").replace('note: "Lãnh đạo Sở vắng', "note: “Lãnh đạo Sở vắng").replace('(tháng 7/2025)."', "(tháng 7/2025).”"));
    const rows = parseCsv((await runCli(["score", dir, "--format", "csv", "--lang", "en"], { env: REPRODUCIBLE })).stdout.slice(1, -2), ",");
    const head = rows[0]!;
    // After the date sent; only the self-assessment's gaps and the band's threshold, added later, come after it.
    expect(head.slice(-5, -3)).toEqual(["Date sent", "Warnings"]);
    const warnings = (id: string) => rows.find((r) => r[head.indexOf("Agency id")] === id)![head.indexOf("Warnings")]!;
    expect(warnings("qb-skhcn")).toBe("");
    const cell = warnings("qb-skhcn-2").split(" | ");
    expect(cell).toHaveLength(2);
    expect(cell[0]).toMatch(/^38:11 indicator 1.3: This text \(note\) is in curly quotes/);
    expect(cell[1]).toMatch(/^10:7 Likely the same agency as .*a\.yaml \(id "qb-skhcn"\) under another id, "qb-skhcn-2".*; if this is a resubmission with a corrected id, take the older file out/);
    const vi = parseCsv((await runCli(["score", dir, "--format", "csv", "--lang", "vi"], { env: REPRODUCIBLE })).stdout.slice(1, -2), ",");
    expect(vi[0]!.at(-4)).toBe("Cảnh báo");
  });

  it("the group-rank columns do not hang on the first agency having ranks (one with no group that applies has none)", async () => {
    const json = parseReportJson((await runCli(["score", "examples/", "--format", "json", "--group-ranks"], { env: REPRODUCIBLE })).stdout);
    const first = json.rubrics[0]!.agencies[0]!;
    delete first.group_ranks;
    const head = parseCsv(formatCsv(json, { lang: "en", sep: ",", layout: "ranking" }).slice(1, -2), ",")[0]!;
    expect(head).toContain(`${json.rubrics[0]!.id} ${json.rubrics[0]!.version} Group 1 rank`);
  });

  it.each([
    ["en", (code: string) => `Group ${code} rank`],
    ["vi", (code: string) => `Hạng theo nhóm ${code}`],
  ] as const)("--group-ranks adds each top-level group's rank in the cohort (%s headers); without it there are none", async (lang, rankHeader) => {
    const run = async (extra: string[]) => {
      const r = await runCli(["score", "examples/", "--format", "csv", "--lang", lang, ...extra], { env: REPRODUCIBLE });
      return parseCsv(r.stdout.slice(1, -2), ",");
    };
    const json = parseReportJson((await runCli(["score", "examples/", "--format", "json", "--group-ranks"], { env: REPRODUCIBLE })).stdout);
    const rows = await run(["--group-ranks"]);
    const head = rows[0]!;
    const columnsOf = (section: ScoreReport["rubrics"][number]) =>
      section.agencies[0]!.score.groups.map((g) => ({ code: g.code, index: head.indexOf(`${section.id} ${section.version} ${rankHeader(g.code)}`) }));
    const all = json.rubrics.flatMap((s) => columnsOf(s).map((c) => c.index));
    expect(all.every((i) => i >= 0)).toBe(true);
    expect((await run([]))[0]!.some((h) => h.includes(rankHeader("1")))).toBe(false);
    // After every group column, before the completeness columns.
    const lastGroup = head.findLastIndex((h) => / \d+(\.\d+)* \S/.test(h) && !all.includes(head.indexOf(h)));
    expect(Math.min(...all)).toBe(lastGroup + 1);
    expect(Math.max(...all) + 1).toBe(head.indexOf(lang === "en" ? "Answered" : "Đã trả lời"));
    for (const section of json.rubrics) {
      const own = columnsOf(section);
      const others = all.filter((i) => !own.some((c) => c.index === i));
      for (const a of section.agencies) {
        const row = rows.find((r) => r[head.indexOf(lang === "en" ? "Agency id" : "Mã cơ quan")] === a.score.agency.id)!;
        expect(own.map((c) => Number(row[c.index]))).toEqual(own.map((c) => a.group_ranks![c.code]));
        expect(others.map((i) => row[i])).toEqual(others.map(() => ""));
      }
    }
  });

  it("--csv-sep ';' writes decimal commas; tab works too; a bad separator is a usage error", async () => {
    const dir = tempDir(temps);
    const semi = path.join(dir, "semi.csv");
    expect((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "csv", "--csv-sep", ";", "-o", semi], { env: REPRODUCIBLE })).code).toBe(0);
    const rows = readCsv(semi, ";");
    const total = rows[1]![rows[0]!.indexOf("Total")]!;
    expect(total).toBe("849,23");
    expect(num(total, true)).toBe(849.23);
    const tab = path.join(dir, "tab.csv");
    expect((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--csv-sep", "tab", "-o", tab], { env: REPRODUCIBLE })).code).toBe(0);
    expect(readCsv(tab, "\t")[1]![readCsv(tab, "\t")[0]!.indexOf("Total")]).toBe("849.23");
    const bad = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "csv", "--csv-sep", '"']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("separator");
    expect((await runCli(["score", "examples/so-khcn-quang-binh.yaml", "--format", "csv", "--csv-layout", "wide"])).code).toBe(2);
  });

  it("in Vietnamese, a comma csv written to a file says how Excel set for Vietnamese opens it; with --csv-sep or in English, nothing", async () => {
    const dir = tempDir(temps);
    const run = (args: string[], lang: string) => runCli(["score", "examples/so-khcn-quang-binh.yaml", "-o", path.join(dir, `${lang}${args.length}.csv`), ...args], { env: { ...REPRODUCIBLE, LANG: lang } });
    expect((await run([], "vi_VN.UTF-8")).stderr).toContain("--csv-sep ';'");
    expect((await run(["--csv-sep", ";"], "vi_VN.UTF-8")).stderr).not.toContain("--csv-sep");
    expect((await run([], "en_US.UTF-8")).stderr).not.toContain("--csv-sep");
  });

  it("long: a date answer is ISO whatever the language (12/03/2025 opened as the 3rd of December)", async () => {
    for (const lang of ["vi_VN.UTF-8", "en_US.UTF-8"]) {
      const r = await runCli(["score", "examples/so-tai-chinh-quang-binh.yaml", "--format", "csv", "--csv-layout", "long"], { env: { ...REPRODUCIBLE, LANG: lang } });
      const rows = parseCsv(r.stdout.slice(1, -2), ",");
      const head = rows[0]!;
      const code = head.findIndex((h) => h === "Code" || h === "Mã");
      expect(rows.find((x) => x[code] === "1.4")![code + 5]).toBe("2025-03-12");
    }
  });

  it("long: every date of a row is ISO, as the answer's (vi wrote the answer 2025-03-12 beside evidence of 12/03/2025 and a note verified 08/10/2025)", async () => {
    for (const lang of ["vi_VN.UTF-8", "en_US.UTF-8"]) {
      const r = await runCli(["score", "examples/so-tai-chinh-quang-binh.yaml", "--format", "csv", "--csv-layout", "long"], { env: { ...REPRODUCIBLE, LANG: lang } });
      const rows = parseCsv(r.stdout.slice(1, -2), ",");
      const code = rows[0]!.findIndex((h) => h === "Code" || h === "Mã");
      const plan = rows.find((x) => x[code] === "1.4")!;
      expect([plan[code + 5], plan[code + 12]]).toEqual(["2025-03-12", "61/KH-STC, 2025-03-12, Kế hoạch chuyển đổi số năm 2025 của Sở Tài chính"]);
      expect(rows.find((x) => x[code] === "6.1.4")!.slice(-3)).toEqual(["Phòng Quản lý giá chưa có quyết định áp dụng ISO điện tử.", "Sở Khoa học và Công nghệ", "2025-10-08"]);
    }
  });

  it("long: a figure answered alone is a number, written as the points are, in either language (vi wrote '3,2' where points are 10.88)", async () => {
    for (const [lang, sep, answer] of [["vi_VN.UTF-8", ",", "3.2"], ["en_US.UTF-8", ",", "3.2"], ["vi_VN.UTF-8", ";", "3,2"]] as const) {
      const r = await runCli(["score", "examples/so-tai-chinh-quang-binh.yaml", "--format", "csv", "--csv-layout", "long", "--csv-sep", sep], { env: { ...REPRODUCIBLE, LANG: lang } });
      const rows = parseCsv(r.stdout.slice(1, -2), sep);
      const code = rows[0]!.findIndex((h) => h === "Code" || h === "Mã");
      const row = rows.find((x) => x[code] === "3.3")!;
      expect(row[code + 5]).toBe(answer);
      // A fraction stays text, as the reports say it.
      expect(rows.find((x) => x[code] === "3.1")![code + 5]).toMatch(/^92 \/ 95 \(96[.,]84 %\)$/);
    }
  });

  it("long: one row per agency × indicator with points as numbers", async () => {
    const r = await runCli(["score", "examples/", "--format", "csv", "--csv-layout", "long"], { env: REPRODUCIBLE });
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(r.stdout.slice(1, -2), ",");
    const json = await report(["examples/"]);
    const expected = json.rubrics.flatMap((s) => s.agencies).reduce((n, a) => n + a.score.indicators.length, 0);
    expect(rows).toHaveLength(1 + expected);
    const head = rows[0]!;
    const seed = json.rubrics[0]!.agencies.find((a) => a.score.agency.id === "qb-skhcn")!;
    for (const ind of seed.score.indicators) {
      const row = rows.find((x) => x[head.indexOf("Agency id")] === "qb-skhcn" && x[head.indexOf("Code")] === ind.code)!;
      expect(num(row[head.indexOf("Points")]!)).toBe(ind.points);
      expect(row[head.indexOf("Indicator")]).toBe(ind.title.en);
      expect(row[head.indexOf("Status")]).toBe(ind.status.replace("_", " ").replace("not applicable", "not applicable").replace("info only", "information only"));
      // Choice and checklist answers read as their labels, as the json's section lists them.
      const options = json.rubrics[0]!.answer_labels?.[ind.code]?.options;
      if (options && ind.status === "scored") {
        const ids = Array.isArray(ind.value) ? (ind.value as string[]) : [ind.value as string];
        expect(row[head.indexOf("Answer")], ind.code).toBe(ids.map((id) => options.find((o) => o.id === id)!.label.en).join("; "));
      }
    }
    expect(Object.keys(json.rubrics[0]!.answer_labels ?? {}).length).toBeGreaterThan(5);
    // A parts indicator reads as its fields' labels, a field's choice as its option's label.
    const parts = rows.find((x) => x[head.indexOf("Agency id")] === "qb-skhcn" && x[head.indexOf("Code")] === "3.4")!;
    expect(parts[head.indexOf("Answer")]).toBe("Hosted in the provincial data centre: Yes; Qualified cloud service: No; The agency's own server room: Yes, basic");
    const verifiedRows = rows.filter((x) => x[head.indexOf("Verified points")] !== "");
    expect(verifiedRows.length).toBeGreaterThan(0);
  });

  it("hostile texts stay text: quoted per RFC 4180 and never starting a formula", async () => {
    const dir = hostileDir(temps);
    for (const layout of ["ranking", "long"]) {
      const r = await runCli(["score", dir, "--format", "csv", "--csv-layout", layout], { env: REPRODUCIBLE });
      expect(r.code).toBe(0);
      const rows = parseCsv(r.stdout.slice(1, -2), ",");
      for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
      const flat = rows.flat();
      expect(flat).toContain("'" + HOSTILE.name);
      if (layout === "long") {
        expect(flat).toContain("'" + HOSTILE.note);
        expect(flat.some((c) => c.includes(HOSTILE.evidence) && c.includes(HOSTILE.number))).toBe(true);
        expect(flat.some((c) => c.startsWith("Not applicable: -1 <svg"))).toBe(true);
      }
    }
  });

  it("cells: neutralising, numbers, separators", () => {
    for (const s of ["=1", "+1", "-1", "@a", "\tx", "\rx", "\n=1+1", " =1+1", "  +SUM(A1)", "\u00a0=1+1", "\u200b=1+1", "\u3000=1", "＝1+1", "＋1", "－1", "＠SUM(A1)", "\nx", "\u200c=1", "\u200d=1", "\u2060=1"]) expect(neutralise(s), JSON.stringify(s)).toBe("'" + s);
    for (const s of ["Sở Tài chính", "1 = 1", "a-b", "e-mail: x@y.vn"]) expect(neutralise(s)).toBe(s);
    expect(neutralise("Sở")).toBe("Sở");
    expect(plainNumber(849.23)).toBe("849.23");
    expect(plainNumber(0.1 + 0.2)).toBe("0.3");
    expect(plainNumber(1e-7)).toBe("0.0000001");
    expect(plainNumber(1000)).toBe("1000");
    expect(plainNumber(-0)).toBe("0");
    expect(plainNumber(-1e-12)).toBe("0");
    expect(parseCsvSep(undefined)).toBe(",");
    expect(parseCsvSep("tab")).toBe("\t");
    expect(parseCsvSep("\\t")).toBe("\t");
    // One character, though two UTF-16 units.
    expect(parseCsvSep("𝄞")).toBe("𝄞");
    expect(parseCsvSep(";;")).toBeUndefined();
    expect(parseCsvSep("\n")).toBeUndefined();
    // Unquoted numbers (849.23, a verified difference of -5) hold digits, a dot and a minus sign: any as separator would split them.
    for (const sep of [".", "0", "7", '"', "-"]) expect(parseCsvSep(sep), sep).toBeUndefined();
    for (const sep of [";", "|", " "]) expect(parseCsvSep(sep)).toBe(sep);
    const empty: ScoreReport = { tool: { name: "egov-score", version: "0" }, generated_at: "2025-01-01T00:00:00.000Z", rubrics: [], not_scored: [] };
    expect(formatCsv(empty, { lang: "en", sep: ",", layout: "ranking" }).startsWith("\uFEFFRubric,")).toBe(true);
  });

  it("cells are NFC whatever the report holds (a file name from a macOS disk is decomposed)", async () => {
    const r = await report([SEED]);
    const agency = r.rubrics[0]!.agencies[0]!;
    agency.file = "hồ sơ/Sở Tài chính.yaml".normalize("NFD");
    agency.score.agency.name = "Sở Tài chính".normalize("NFD");
    const rows = parseCsv(formatCsv(r, { lang: "en", sep: ",", layout: "ranking" }).slice(1, -2), ",");
    expect(rows[1]).toContain("hồ sơ/Sở Tài chính.yaml".normalize("NFC"));
    expect(rows[1]).toContain("Sở Tài chính".normalize("NFC"));
    expect(rows.flat().every((c) => c === c.normalize("NFC"))).toBe(true);
  });

  it("long: the verified answer is given only where the collector verified the indicator", async () => {
    const r = await report(["examples/so-tai-chinh-quang-binh.yaml"]);
    const agency = r.rubrics[0]!.agencies[0]!;
    const verified = agency.verified!.indicators.filter((i) => i.verified).map((i) => i.code);
    expect(verified.length).toBeGreaterThan(0);
    const rows = parseCsv(formatCsv(r, { lang: "en", sep: ",", layout: "long" }).slice(1, -2), ",");
    const head = rows[0]!;
    expect(rows.slice(1).filter((x) => x[head.indexOf("Verified answer")] !== "").map((x) => x[head.indexOf("Code")])).toEqual(verified);
  });

  it("a text with spaces at its edges is quoted, so that a spreadsheet keeps them", async () => {
    const r = await report([SEED]);
    r.rubrics[0]!.agencies[0]!.score.agency.name = " Sở Tài chính  ";
    expect(formatCsv(r, { lang: "en", sep: ",", layout: "ranking" })).toContain('," Sở Tài chính  ",');
  });

  // Controls are dropped before the formula check: "\u0007=1+1" checked first was no formula, and then was one.
  it("a text that starts a formula once its control characters are dropped is neutralised", async () => {
    const r = await report([SEED]);
    r.rubrics[0]!.agencies[0]!.score.agency.name = "\u0007=1+1";
    expect(formatCsv(r, { lang: "en", sep: ",", layout: "ranking" })).toContain(",'=1+1,");
  });

  it("a text with a carriage return alone (an old Mac line end) is quoted: a spreadsheet ends the row at it", async () => {
    const r = await report([SEED]);
    r.rubrics[0]!.agencies[0]!.score.agency.name = "Sở\rTài chính";
    expect(formatCsv(r, { lang: "en", sep: ",", layout: "ranking" })).toContain(',"Sở\rTài chính",');
  });

  it("long: an evidence item's empty fields are left out, not given as empty between commas", async () => {
    const r = await report([SEED]);
    const agency = r.rubrics[0]!.agencies[0]!;
    agency.evidence = { [agency.score.indicators[0]!.code]: [{ number: "", title: "Kế hoạch 12" }] };
    const rows = parseCsv(formatCsv(r, { lang: "en", sep: ",", layout: "long" }).slice(1, -2), ",");
    expect(rows[1]![rows[0]!.indexOf("Evidence")]).toBe("Kế hoạch 12");
  });

  it("long: a note of several lines stays in its cell (quoted), and control characters are left out", async () => {
    const r = await report([SEED]);
    const agency = r.rubrics[0]!.agencies[0]!;
    agency.score.indicators[0]!.note = "dòng 1\r\ndòng 2\nhết";
    agency.score.agency.name = "Sở\u001b[31m A\u0007";
    const text = formatCsv(r, { lang: "en", sep: ",", layout: "long" });
    const rows = parseCsv(text.slice(1, -2), ",");
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    expect(rows[1]).toContain("dòng 1\r\ndòng 2\nhết");
    expect(rows[1]).toContain("Sở[31m A");
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
