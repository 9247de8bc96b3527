import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { generate } from "../../scripts/gen-corpus.mjs";
import { runCli } from "../helpers/run-cli.js";
import { cleanup, parseCsv, REPRODUCIBLE, tempDir } from "./helpers.js";

/**
 * One result object feeds every output: a batch written in every format, json read as the reference, and each
 * other format read back (csv both layouts, xlsx with exceljs, the md and html ranking tables as text) must tell
 * the same totals, percents, bands, ranks, cohort sizes, self/verified/difference, group points and ranks,
 * completeness counts, date sent and evidence counts, in vi and en; so must the terminal table. Where formats
 * differ by design (docs/report-format.md) the checker says so: a penalty item's points below zero in the html and
 * xlsx, the csv's decimal sign following its separator, the md ranking cut for a pull request, an information-only
 * indicator without points in the html. CROSS_FORMAT_BATCH=DIR runs it on another batch (314 and 634 files, the
 * latter on disk spools, agreed as this one does).
 */

type Lang = "vi" | "en";

/**
 * A large batch's path, on a small batch: the json, csv, xlsx and html written agency by agency from spools on disk
 * (above INDENT_UP_TO agencies and IN_MEMORY_BELOW files), as src/cli/commands/score.ts takes it.
 */
const large = vi.hoisted(() => ({ on: false }));
vi.mock("../../src/report/json.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/report/json.js")>();
  return { ...actual, writtenOnOneLine: (agencies: number, notScored: number) => large.on || actual.writtenOnOneLine(agencies, notScored) };
});
vi.mock("../../src/batch/pipeline.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/batch/pipeline.js")>();
  return { ...actual, scoreSpooled: (files: Parameters<typeof actual.scoreSpooled>[0], options: Parameters<typeof actual.scoreSpooled>[1]) => actual.scoreSpooled(files, { ...options, ...(large.on ? { inMemoryBelow: 0 } : {}) }) };
});
const temps: string[] = [];
afterAll(() => cleanup(temps));

/** A small realistic batch: the examples (an invalid file among them), a second and third commune and city, generated departments with verified values and N/A. */
function batch(): string {
  const dir = tempDir(temps);
  for (const f of readdirSync("examples")) if (f.endsWith(".yaml")) copyFileSync(path.join("examples", f), path.join(dir, f));
  copyFileSync("examples/invalid/so-xay-dung-loi.yaml", path.join(dir, "so-xay-dung-loi.yaml"));
  const xa = readFileSync("examples/xa-can-giuoc-tay-ninh.yaml", "utf8");
  for (const i of [2, 3]) writeFileSync(path.join(dir, `xa-${i}.yaml`), xa.replace("id: tn-xa-can-giuoc", `id: tn-xa-${i}`).replace("value: 70.4", `value: 6${i}.4`));
  const hue = readFileSync("examples/losi/hue-portal-2022.yaml", "utf8");
  writeFileSync(path.join(dir, "hue-1.yaml"), hue);
  writeFileSync(path.join(dir, "hue-2.yaml"), hue.replace(/id: hue-portal$/m, "id: hue-portal-2"));
  const gen = path.join(dir, "gen");
  generate(9, gen);
  for (const f of readdirSync(gen)) {
    const file = path.join(gen, f), n = Number(f.match(/\d+/)![0]);
    let text = readFileSync(file, "utf8");
    if (n < 3) text = text.replace(/^ {2}"2\.2": \{value: (\d+),/m, `  "2.2": {value: $1, verified: {value: 3, note: "Kiểm tra lại", by: "Sở KHCN", date: "2025-10-0${n + 1}"},`);
    if (n === 4 || n === 5) text = text.replace(/^ {2}"3\.5": \{value: \d+,/m, `  "3.5": {na: true, reason: "Không áp dụng",`);
    if (n === 6) text = text.replace(/^submitted: .*\n/m, "");
    writeFileSync(file, text);
  }
  return dir;
}

/** A number as a format shows it: vi's decimal comma, the minus sign, a percent sign. */
function num(text: unknown, lang: Lang, sep = ""): number | undefined {
  if (text === null || text === undefined || text === "" || text === "–" || text === "—") return undefined;
  if (typeof text === "number") return text;
  let t = String(text).replace(/<[^>]*>/g, "").replace(/\s|%|†|\u00a0/g, "").replace("−", "-");
  // csv: the decimal sign follows the separator (a comma with ';', docs/report-format.md); elsewhere the language.
  const comma = sep === "csv," ? false : sep === "csv;" ? true : lang === "vi";
  t = comma ? t.replace(",", ".") : t;
  const n = Number(t);
  if (Number.isNaN(n)) throw new Error(`not a number: ${JSON.stringify(text)}`);
  return n;
}

interface Ref {
  rubric: string; id: string; name: string; cohort: string; rank: number; size: number;
  total: number; percent: number; band: string; self: number; verified?: number; diff?: number;
  bonus: number; penalty: number; groups: Record<string, number | undefined>; aggregates: Record<string, number>; groupRanks: Record<string, number>;
  completeness: { answered: number; applicable: number; unanswered: number; not_applicable: number; missing_evidence: number };
  submitted?: string; evidence: number; evidenceByCode: Record<string, number>; points: Record<string, number | undefined>; infoOnly: Set<string>; penalties: Set<string>; final: Record<string, number | string>; verifiedPoints: Record<string, number>; verifiedInfoOnly: Set<string>; provisional: boolean; example: boolean; file: string;
}

/** The reference: every agency as the json tells it. */
function reference(json: any, lang: Lang): Ref[] {
  const out: Ref[] = [];
  for (const s of json.rubrics) {
    // A penalty item's points are what it takes away: positive in json and csv, below zero in the html and xlsx (docs/report-format.md).
    const penalties = new Set<string>(s.indicators.filter((i: any) => i.parent === "penalty").map((i: any) => i.code));
    const cohorts = new Map<string, string>((s.cohorts ?? []).map((c: any) => [c.id, c.label[lang]]));
    for (const a of s.agencies) {
      const e = a.verified ?? a.score;
      const groups: Record<string, number | undefined> = {};
      const walk = (gs: any[]) => { for (const g of gs) { groups[g.code] = g.excluded ? undefined : g.points; walk(g.groups); } };
      walk(e.groups);
      const points: Record<string, number | undefined> = {};
      const infoOnly = new Set<string>();
      const final: Record<string, number | string> = {};
      for (const i of e.indicators) final[i.code] = i.status === "not_applicable" && i.excluded ? "N/A" : i.status === "unanswered" ? "?" : i.status === "info_only" ? "info" : penalties.has(i.code) && i.points !== 0 ? -i.points : i.points;
      const verifiedPoints: Record<string, number> = {};
      const verifiedInfoOnly = new Set<string>();
      for (const i of a.verified?.indicators ?? []) { verifiedPoints[i.code] = i.points; if (i.status === "info_only") verifiedInfoOnly.add(i.code); }
      for (const i of a.score.indicators) { points[i.code] = penalties.has(i.code) && i.points !== 0 ? -i.points : i.points; if (i.status === "info_only") infoOnly.add(i.code); }
      const evidenceByCode: Record<string, number> = {};
      for (const [code, items] of Object.entries(a.evidence ?? {})) evidenceByCode[code] = (items as unknown[]).length;
      out.push({
        rubric: s.id, id: a.score.agency.id, name: a.score.agency.name, cohort: cohorts.get(a.score.agency.cohort) ?? "",
        rank: a.rank, size: a.cohort_size, total: e.total, percent: e.percent, band: e.band?.label[lang] ?? "", self: a.score.total,
        ...(a.verified ? { verified: a.verified.total, diff: Math.round((a.verified.total - a.score.total) * 100) / 100 } : {}),
        bonus: e.bonus.points, penalty: e.penalty.points, groups, aggregates: Object.fromEntries((e.aggregates ?? []).map((g: any) => [g.title[lang], g.points])),
        groupRanks: a.group_ranks ?? {}, completeness: e.completeness, ...(a.submitted ? { submitted: a.submitted } : {}),
        evidence: Object.values(evidenceByCode).reduce((n, c) => n + c, 0), evidenceByCode, points, infoOnly, penalties, final, verifiedPoints, verifiedInfoOnly, provisional: e.provisional === true, example: a.example === true, file: a.file,
      });
    }
  }
  return out;
}

/** An information-only indicator's verified points, in words: it earns nothing. */
const infoOnlyWords: Record<Lang, string> = { vi: "chỉ thu thập thông tin", en: "information only" };

const H = {
  vi: { rank: "Hạng", size: "Số cơ quan trong khối", id: "Mã cơ quan", total: "Tổng", percent: "Tỷ lệ %", band: "Xếp loại", self: "Tổng tự chấm", verified: "Tổng điểm thẩm định", diff: "Chênh lệch", bonus: "Điểm thưởng", penalty: "Điểm trừ", answered: "Đã trả lời", applicable: "Số chỉ số phải trả lời", unanswered: "Chưa trả lời", na: "Trả lời không áp dụng", missing: "Thiếu minh chứng", sent: "Ngày gửi", provisional: "Tạm tính", example: "Dữ liệu ví dụ", yes: "Có", no: "Không", groupRank: (c: string) => `Hạng theo nhóm ${c}`, code: "Mã", points: "Điểm", verifiedPoints: "Điểm thẩm định", evidence: "Số minh chứng", cohort: "Khối xếp hạng", agency: "Cơ quan", mdPercent: "%" },
  en: { rank: "Rank", size: "Cohort size", id: "Agency id", total: "Total", percent: "Percent", band: "Band", self: "Self-score total", verified: "Verified score total", diff: "Difference", bonus: "Bonus", penalty: "Penalty", answered: "Answered", applicable: "Indicators to answer", unanswered: "Unanswered", na: "Answered not applicable", missing: "Missing evidence", sent: "Date sent", provisional: "Provisional", example: "Example data", yes: "Yes", no: "No", groupRank: (c: string) => `Group ${c} rank`, code: "Code", points: "Points", verifiedPoints: "Verified points", evidence: "Evidence items", cohort: "Cohort", agency: "Agency", mdPercent: "%" },
};

/** Rows of a table as objects by header. */
function byHeader(header: string[], rows: unknown[][]): Record<string, unknown>[] {
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** The facts every ranking (csv, xlsx, md, html) shows, as the json tells them, for one agency. */
function expectRankingRow(row: Record<string, unknown>, ref: Ref, lang: Lang, where: string, opts: { sep?: string; size?: boolean; completeness?: boolean; verified?: boolean; groupPrefix?: string; groupRanks?: string } = {}): void {
  const h = H[lang], n = (v: unknown) => num(v, lang, opts.sep);
  const got: Record<string, unknown> = { rank: n(row[h.rank]), total: n(row[h.total]), percent: n(row[opts.groupPrefix === undefined ? h.percent : h.mdPercent] ?? row[h.percent]), band: String(row[h.band] ?? "").replace(/<[^>]*>/g, ""), self: n(row[h.self]), diff: n(row[h.diff]) };
  const want: Record<string, unknown> = { rank: ref.rank, total: ref.total, percent: ref.percent, band: ref.band, self: ref.self, diff: ref.diff };
  if (opts.verified) { got.verified = n(row[h.verified]); want.verified = ref.verified; got.bonus = n(row[h.bonus]); want.bonus = ref.bonus; got.penalty = n(row[h.penalty]); want.penalty = ref.penalty; }
  if (opts.size) { got.size = n(row[h.size]); want.size = ref.size; }
  if (opts.completeness) {
    got.completeness = [h.answered, h.applicable, h.unanswered, h.na, h.missing].map((k) => n(row[k]));
    want.completeness = [ref.completeness.answered, ref.completeness.applicable, ref.completeness.unanswered, ref.completeness.not_applicable, ref.completeness.missing_evidence];
    const sent = row[h.sent];
    got.sent = sent instanceof Date ? sent.toISOString().slice(0, 10) : sent === null || sent === undefined || sent === "" ? undefined : String(sent);
    want.sent = ref.submitted;
    got.flags = [row[h.provisional], row[h.example]];
    want.flags = [ref.provisional ? h.yes : h.no, ref.example ? h.yes : h.no];
  }
  if (opts.groupPrefix !== undefined) {
    const groups: Record<string, unknown> = {};
    const ranks: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) {
      const m = k.match(new RegExp(`^${opts.groupPrefix.replace(/[.]/g, "\\.")}(\\d+(?:\\.\\d+)*)(?: |$)`));
      if (m && v !== "" && v !== undefined && v !== null) groups[m[1]!] = n(String(v).replace(/<div class="group-rank">.*?<\/div>/, ""));
      const hr = opts.groupRanks !== undefined ? k.match(new RegExp(`^${opts.groupRanks.replace(/[.]/g, "\\.")}${h.groupRank("(\\d+)")}$`)) : null;
      if (hr && v !== "" && v !== undefined && v !== null) ranks[hr[1]!] = n(v);
      const inline = typeof v === "string" && m ? v.match(/<div class="group-rank">\D*(\d+)<\/div>/) : null;
      if (inline) ranks[m![1]!] = Number(inline[1]);
    }
    got.groups = groups;
    want.groups = Object.fromEntries(Object.keys(groups).map((c) => [c, ref.groups[c]]));
    if (Object.keys(ranks).length > 0 || opts.groupRanks !== undefined) { got.groupRanks = ranks; want.groupRanks = Object.fromEntries(Object.entries(ref.groupRanks).map(([c, r]) => [c, r])); }
    const aggs: Record<string, unknown> = {};
    for (const name of Object.keys(ref.aggregates)) { const v = row[`${opts.groupPrefix}${name}`]; if (v !== undefined) aggs[name] = n(v); }
    got.aggregates = aggs;
    want.aggregates = Object.fromEntries(Object.keys(aggs).map((k) => [k, ref.aggregates[k]]));
  }
  // A column the format does not have is not compared.
  for (const [k, col] of Object.entries({ self: h.self, diff: h.diff })) if (!(col in row)) { delete got[k]; delete want[k]; }
  expect(got, `${where}: ${ref.rubric} ${ref.id}`).toEqual(want);
}

/** A name as a ranking shows it, without the verified mark and the example tag. */
const bareName = (s: string) => s.replace(/<[^>]*>/g, "").replace(/ ✓/, "").replace(/ \((ví dụ|example)\)$/, "").replace(/&amp;/g, "&").trim();

/** A ranking's name with the id it is written with where another agency has that name (namesakeIds), as the json has it. */
const withoutId = (name: string, id: string) => (name.endsWith(` (${id})`) ? name.slice(0, -(id.length + 3)) : name);

/** The refs matched to rows keyed by name (md and html show an id only beside a namesake): same names in rank order. */
function matchByName(rows: Record<string, unknown>[], refs: Ref[], nameKey: string): [Record<string, unknown>, Ref][] {
  const pool = [...refs];
  return rows.map((row) => {
    const name = bareName(String(row[nameKey]));
    const i = pool.findIndex((r) => r.name === withoutId(name, r.id) && r.rank === num(row[H.vi.rank] ?? row[H.en.rank], "en"));
    expect(i, `no agency ${name} in the json`).toBeGreaterThanOrEqual(0);
    return [row, pool.splice(i, 1)[0]!];
  });
}

/** The md ranking tables: one per rubric. */
function mdRankings(md: string): { rubric: string; rows: Record<string, unknown>[] }[] {
  const out: { rubric: string; rows: Record<string, unknown>[] }[] = [];
  // The bands' lines, a paragraph each, come between the heading and the table.
  const re = /^### (?:Xếp hạng|Ranking) — (\S+) \S+\n\n(?:[^|\n].*\n\n)*((?:\|.*\n)+)/gm;
  for (const m of md.matchAll(re)) {
    const lines = m[2]!.trim().split("\n").map((l) => l.slice(2, -2).split(" | "));
    out.push({ rubric: m[1]!, rows: byHeader(lines[0]!, lines.slice(2)) });
  }
  return out;
}

/** The html ranking tables (class "ranking"), rows as cells' inner html (the name's cell without the agency type under it). */
function htmlRankings(html: string): Record<string, unknown>[][] {
  const out: Record<string, unknown>[][] = [];
  for (const t of html.matchAll(/<table class="ranking[^"]*">(.*?)<\/table>/gs)) {
    const header = [...t[1]!.match(/<thead>(.*?)<\/thead>/s)![1]!.matchAll(/<th[^>]*>(.*?)<\/th>/gs)].map((c) => c[1]!.replace(/<span class="sr-only">.*?<\/span>/, "").replace(/<[^>]*>/g, ""));
    const rows = [...t[1]!.match(/<tbody>(.*?)<\/tbody>/s)![1]!.matchAll(/<tr>(.*?)<\/tr>/gs)].map((r) => [...r[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map((c) => c[1]!.replace(/<div class="type">.*?<\/div>/, "")));
    out.push(byHeader(header, rows));
  }
  return out;
}

async function sheets(file: string): Promise<Map<string, unknown[][]>> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, unknown[][]>();
  wb.eachSheet((ws) => { out.set(ws.name, Array.from(ws.getSheetValues().slice(1), (r) => Array.from(((r as unknown[] | undefined) ?? []).slice(1), (v) => v).map((v) => (v && typeof v === "object" && "richText" in v ? (v as any).richText.map((t: any) => t.text).join("") : v)))); });
  return out;
}

async function writeAll(dir: string, lang: Lang): Promise<string> {
  const out = path.join(tempDir(temps), lang);
  const r = await runCli(["score", dir, "--output-dir", out, "--group-ranks", "--lang", lang], { env: REPRODUCIBLE });
  expect(r.code, r.stderr).toBe(1);
  const long = await runCli(["score", dir, "-o", path.join(out, "long.csv"), "--csv-layout", "long", "--csv-sep", ";", "--lang", lang], { env: REPRODUCIBLE });
  expect(long.code, long.stderr).toBe(1);
  return out;
}

let dir = "";
beforeAll(() => { dir = process.env.CROSS_FORMAT_BATCH ?? batch(); });

describe.each([["vi", false], ["en", false], ["vi", true]] as const)("every format tells what the json tells (%s, the large batch's path: %s)", (lang, largePath) => {
  let out = "", json: any, refs: Ref[] = [];
  beforeAll(async () => {
    large.on = largePath;
    try { out = await writeAll(dir, lang); } finally { large.on = false; }
    json = JSON.parse(readFileSync(path.join(out, "egov-score-report.json"), "utf8"));
    refs = reference(json, lang);
  });
  const h = H[lang];

  it("the batch has what the checker needs: three rubrics, verified values, N/A, bonus and penalty, a file not scored", () => {
    expect(json.rubrics.map((s: any) => s.id)).toEqual(["dti-cap-so", "dti-cap-xa", "un-losi-2022"]);
    expect(refs.filter((r) => r.verified !== undefined).length).toBeGreaterThanOrEqual(4);
    expect(refs.some((r) => r.completeness.not_applicable > 0 && r.bonus > 0 && r.penalty > 0)).toBe(true);
    expect(refs.some((r) => r.submitted === undefined)).toBe(true);
    expect(json.not_scored.length).toBeGreaterThanOrEqual(2);
    // The large batch's json is streamed on one line; a small batch's is indented.
    expect(readFileSync(path.join(out, "egov-score-report.json"), "utf8").split("\n").length < 3).toBe(largePath || refs.length + json.not_scored.length > 50);
  });

  it("csv, ranking layout", () => {
    const rows = parseCsv(readFileSync(path.join(out, "egov-score-report.csv"), "utf8").replace(/^\ufeff/, ""), ",");
    const table = byHeader(rows[0]!, rows.slice(1).filter((r) => r.length > 1));
    expect(table.length).toBe(refs.length);
    for (const row of table) {
      const ref = refs.find((r) => r.rubric === row[lang === "vi" ? "Bộ chỉ số" : "Rubric"] && r.id === row[h.id])!;
      expect(ref).toBeDefined();
      if (ref.cohort !== "") expect(row[h.cohort]).toBe(ref.cohort);
      expectRankingRow(row, ref, lang, "csv", { sep: "csv,", size: true, completeness: true, verified: true, groupPrefix: `${ref.rubric} ${json.rubrics.find((s: any) => s.id === ref.rubric).version} `, groupRanks: `${ref.rubric} ${json.rubrics.find((s: any) => s.id === ref.rubric).version} ` });
    }
  });

  it("csv, long layout: each indicator's points and evidence count", () => {
    const rows = parseCsv(readFileSync(path.join(out, "long.csv"), "utf8").replace(/^\ufeff/, ""), ";");
    const table = byHeader(rows[0]!, rows.slice(1).filter((r) => r.length > 1));
    const seen = new Set<string>();
    for (const row of table) {
      const ref = refs.find((r) => r.rubric === row[lang === "vi" ? "Bộ chỉ số" : "Rubric"] && r.id === row[h.id])!;
      const code = String(row[h.code]);
      seen.add(ref.id);
      expect([num(row[h.points], lang, "csv;"), num(row[h.evidence], lang, "csv;") ?? 0, ref.verifiedInfoOnly.has(code) ? row[h.verifiedPoints] : num(row[h.verifiedPoints], lang, "csv;")], `long csv ${ref.id} ${code}`).toEqual([ref.penalties.has(code) ? Math.abs(ref.points[code]!) : ref.points[code], ref.evidenceByCode[code] ?? 0, ref.verifiedInfoOnly.has(code) ? infoOnlyWords[lang] : ref.verifiedPoints[code]]);
    }
    expect(seen.size).toBe(refs.length);
  });

  it("xlsx: ranking, groups, verification and evidence sheets", async () => {
    const wb = await sheets(path.join(out, "egov-score-report.xlsx"));
    const names = [...wb.keys()];
    const ranking = wb.get(names[0]!)!;
    const table = byHeader(ranking[0] as string[], ranking.slice(1).filter((r) => r.length > 1));
    expect(table.length).toBe(refs.length);
    for (const row of table) {
      const ref = refs.find((r) => r.rubric === row[lang === "vi" ? "Bộ chỉ số" : "Rubric"] && r.id === row[h.id])!;
      expect(ref, JSON.stringify(row)).toBeDefined();
      expectRankingRow(row, ref, lang, "xlsx ranking", { size: true, completeness: true, verified: true });
    }
    // Groups: a block per rubric, its title row, header row, max row, then agencies.
    const groups = wb.get(names[1]!)!;
    let header: string[] = [], rubric = "";
    for (const r of groups) {
      if (r.length === 0 || r.every((v) => v === null || v === undefined)) continue;
      const title = r.find((v) => typeof v === "string" && / — /.test(v)) as string | undefined;
      if (title && r.filter((v) => v !== null && v !== undefined).length === 1) { rubric = title.split(" ")[0]!; continue; }
      if (r[0] === h.cohort) { header = (r as string[]).map((v) => (typeof v === "string" ? v : "")); continue; }
      if (r[0] === null || r[0] === undefined) continue;
      const row = Object.fromEntries(header.map((k, i) => [k, r[i]]));
      const ref = refs.find((x) => x.rubric === rubric && x.id === row[h.id])!;
      expect(ref, `${rubric} ${String(row[h.id])}`).toBeDefined();
      expectRankingRow(row, ref, lang, "xlsx groups", { groupPrefix: "", groupRanks: "" });
    }
    // Indicators: a block per rubric (title, codes, titles, max rows), each agency's final points (verified where given).
    const indicators = wb.get(names[2]!)!;
    let codes: unknown[] = [], block = "", checked = 0;
    for (const r of indicators) {
      if (r.length === 0) continue;
      const title = r.find((v) => typeof v === "string" && / — /.test(v)) as string | undefined;
      if (title && r.filter((v) => v !== null && v !== undefined).length === 1) { block = title.split(" ")[0]!; continue; }
      if (r[0] === h.cohort) { codes = r; continue; }
      if (r[0] === null || r[0] === undefined) continue;
      const ref = refs.find((x) => x.rubric === block && x.id === r[1])!;
      expect(ref, `${block} ${String(r[1])}`).toBeDefined();
      const got: Record<string, unknown> = {}, want: Record<string, unknown> = {};
      codes.forEach((c, i) => {
        if (i < 3 || typeof c !== "string") return;
        got[c] = ref.final[c] === "info" ? "info" : r[i];
        want[c] = ref.final[c];
      });
      expect(got, `xlsx indicators ${ref.id}`).toEqual(want);
      checked++;
    }
    expect(checked).toBe(refs.length);
    // Verification: each agency's total row gives its self, verified and difference.
    const verification = wb.get(names.find((n) => n === (lang === "vi" ? "Thẩm định" : "Verification"))!)!;
    const vh = verification[0] as string[];
    const totals = byHeader(vh, verification.slice(1)).filter((r) => r[lang === "vi" ? "Chỉ số" : "Indicator"] === (lang === "vi" ? "Tổng" : "Total"));
    expect(totals.map((r) => [r[h.id], r[vh[6]!], r[vh[8]!], r[vh[9]!]]).sort()).toEqual(refs.filter((r) => r.verified !== undefined).map((r) => [r.id, r.self, r.verified, r.diff]).sort());
    // Verification: a row per indicator the verification changed, with self and verified points, the difference and the day; the rows add up to the total's difference.
    const changed = byHeader(vh, verification.slice(1)).filter((r) => r[vh[3]!] !== null && r[vh[3]!] !== undefined);
    const wantChanged: unknown[] = [];
    for (const s of json.rubrics) for (const a of s.agencies) for (const i of a.verified?.indicators ?? []) {
      const self = a.score.indicators.find((x: any) => x.code === i.code);
      if (!i.verified) continue;
      const sign = s.indicators.find((x: any) => x.code === i.code)?.parent === "penalty" ? -1 : 1;
      const day = i.verified_on;
      wantChanged.push([a.score.agency.id, i.code, self.points, i.points, Math.round(sign * (i.points - self.points) * 100) / 100, day]);
    }
    const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? undefined : String(v));
    expect(changed.map((r) => [r[h.id], r[vh[3]!], r[vh[6]!], r[vh[8]!], r[vh[9]!], day(r[vh[11]!])]).sort()).toEqual(wantChanged.sort());
    for (const ref of refs.filter((r) => r.verified !== undefined)) {
      const rows = byHeader(vh, verification.slice(1)).filter((r) => r[h.id] === ref.id && r[vh[4]!] !== (lang === "vi" ? "Tổng" : "Total"));
      expect(Math.round(rows.reduce((n, r) => n + Number(r[vh[9]!] ?? 0), 0) * 100) / 100, `verification rows of ${ref.id}`).toBe(ref.diff);
    }
    // Evidence: one row per item.
    const evidence = wb.get(names.find((n) => n === (lang === "vi" ? "Minh chứng" : "Evidence"))!)!;
    const counts = new Map<string, number>();
    for (const r of byHeader(evidence[0] as string[], evidence.slice(1))) counts.set(String(r[h.id]), (counts.get(String(r[h.id])) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(refs.filter((r) => r.evidence > 0).map((r) => [r.id, r.evidence])));
    // Each item's code, number, date, title and link as the json gives them.
    const eh = evidence[0] as string[];
    const items = byHeader(eh, evidence.slice(1)).map((r) => [r[h.id], r[eh[3]!], r[eh[5]!] ?? undefined, day(r[eh[6]!]), r[eh[8]!] ?? undefined, typeof r[eh[9]!] === "object" && r[eh[9]!] !== null ? (r[eh[9]!] as any).text ?? (r[eh[9]!] as any).hyperlink : r[eh[9]!] ?? undefined]);
    const wantItems: unknown[] = [];
    for (const s of json.rubrics) for (const a of s.agencies) for (const [code, list] of Object.entries(a.evidence ?? {})) for (const e of list as any[]) wantItems.push([a.score.agency.id, code, e.number, e.date, e.title, e.link]);
    expect(items.map((x) => JSON.stringify(x)).sort()).toEqual(wantItems.map((x) => JSON.stringify(x)).sort());
  });

  it("md ranking tables", () => {
    const md = readFileSync(path.join(out, "egov-score-report.md"), "utf8");
    const tables = mdRankings(md);
    expect(tables.map((t) => t.rubric)).toEqual(json.rubrics.map((s: any) => s.id));
    for (const t of tables) {
      const rs = refs.filter((r) => r.rubric === t.rubric);
      // A long ranking is cut for a pull-request comment, the rest counted.
      const shown = t.rows.filter((r) => r[h.rank] !== "…");
      const more = t.rows.find((r) => r[h.rank] === "…");
      expect(shown.length + (more ? Number(String(more[h.agency]).match(/\d+/)![0]) : 0)).toBe(rs.length);
      for (const [row, ref] of matchByName(shown, rs, h.agency)) {
        if (ref.cohort !== "") expect(row[h.cohort]).toBe(ref.cohort);
        expectRankingRow(row, ref, lang, "md", { groupPrefix: "", groupRanks: "" });
      }
    }
  });

  it("html ranking tables", () => {
    const html = readFileSync(path.join(out, "egov-score-report.html"), "utf8");
    const tables = htmlRankings(html);
    const rows = tables.flat();
    expect(rows.length).toBe(refs.length);
    for (const [row, ref] of matchByName(rows, refs, h.agency)) expectRankingRow(row, ref, lang, "html", { groupPrefix: "" });
    // Each agency's article: rank in its cohort, date sent, headline, group points and ranks, each indicator's points and evidence.
    const sent = (d: string) => (lang === "vi" ? d.split("-").reverse().join("/") : d);
    let articles = 0;
    for (const m of html.matchAll(/<article class="agency" id="r(\d+)-a\d+">(.*?)<\/article>/gs)) {
      const body = m[2]!.replace(/<svg.*?<\/svg>/gs, "");
      const rubric = json.rubrics[Number(m[1])].id;
      const id = body.match(/<span class="code">\((.*?)\)<\/span>/)![1]!.replace(/&amp;/g, "&");
      const ref = refs.find((r) => r.rubric === rubric && r.id === id)!;
      expect(ref, `${rubric} ${id}`).toBeDefined();
      articles++;
      const meta = body.match(/<p class="meta">(.*?)<\/p>/s)![1]!;
      const rank = meta.match(/(?:Hạng|Rank) (\d+)(?:\/| of )(\d+)/);
      const date = meta.match(/(?:Gửi ngày|Sent) ([\d/-]+)/);
      const headline = body.match(/<p class="headline"><span class="total">(.*?)<\/span> \/ \S+ · (.*?) · (?:Xếp loại|Band): <span class="band">(.*?)<\/span>/);
      expect({ rank: rank ? [Number(rank[1]), Number(rank[2])] : undefined, date: date?.[1], total: num(headline?.[1], lang), percent: num(headline?.[2], lang), band: headline?.[3] }, `html article ${id}`)
        .toEqual({ rank: [ref.rank, ref.size], date: ref.submitted === undefined ? undefined : sent(ref.submitted), total: ref.total, percent: ref.percent, band: ref.band });
      const notes = body.match(/<ul class="notes">(.*?)<\/ul>/s)?.[1] ?? "";
      const v = notes.match(/(?:Điểm thẩm định|Verified score): (\S+) \((?:tự chấm|self-score) (\S+), (?:chênh lệch|difference) (\S+)\)/);
      const c = notes.match(/(?:Phải trả lời|Indicators to answer) (\d+)[^:]*: \D*(\d+) · \D*(\d+) · \D*(\d+) · \D*(\d+)</);
      expect({ verified: v ? [num(v[1], lang), num(v[2], lang), num(v[3], lang)] : undefined, completeness: c?.slice(1).map(Number) }, `html article ${id} notes`).toEqual({
        verified: ref.verified === undefined ? undefined : [ref.verified, ref.self, ref.diff],
        completeness: [ref.completeness.applicable, ref.completeness.answered, ref.completeness.not_applicable, ref.completeness.unanswered, ref.completeness.missing_evidence],
      });
      const groups = body.match(/<table class="groups">.*?<tbody>(.*?)<\/tbody>/s)![1]!;
      for (const g of groups.matchAll(/<tr class="depth-\d+"><td>([\d.]+)<\/td><th[^>]*>.*?<\/th><td class="num">(.*?)<\/td>(.*?)<\/tr>/gs)) {
        const r = g[3]!.match(/(\d+) \/ (\d+)<\/td>$/);
        expect([num(g[2], lang), r ? [Number(r[1]), Number(r[2])] : undefined], `html article ${id} group ${g[1]}`).toEqual([ref.groups[g[1]!], ref.groupRanks[g[1]!] === undefined ? undefined : [ref.groupRanks[g[1]!], ref.size]]);
      }
      for (const row of body.slice(body.indexOf('<table class="indicators"')).matchAll(/<tr(?: class="[^"]*")?><td(?: rowspan="2")?>([A-Z]*\.?[\d.]*\d)<\/td><th[^>]*>.*?<\/th><td>.*?<\/td><td class="num">(.*?)<\/td><td class="num">.*?<\/td><td>.*?<\/td><td(?: rowspan="2")?>(.*?)<\/td>/gs)) {
        const code = row[1]!;
        expect([num(row[2]!.replace(/<div.*$/s, ""), lang), (row[3]!.match(/<li>/g) ?? []).length], `html article ${id} ${code}`).toEqual([ref.infoOnly.has(code) ? undefined : ref.points[code], ref.evidenceByCode[code] ?? 0]);
      }
    }
    expect(articles).toBeGreaterThan(0);
    // Each cohort's caption gives its size.
    for (const c of html.matchAll(/<table class="ranking[^"]*"><caption>(.*?)<\/caption>.*?<tbody>(.*?)<\/tbody>/gs)) {
      const shown = Number(c[1]!.match(/\((\d+) /)![1]);
      expect(shown).toBe((c[2]!.match(/<tr>/g) ?? []).length);
    }
  });
});

describe.each(["vi", "en"] as const)("the terminal table tells what the json tells (%s)", (lang) => {
  it("each agency's groups, total, percent, band, rank, verified total and completeness; each ranking row", async () => {
    const [table, jsonRun] = await Promise.all([
      runCli(["score", dir, "--lang", lang], { env: { ...REPRODUCIBLE, NO_COLOR: "1" }, columns: 250 }),
      runCli(["score", dir, "--format", "json", "--lang", lang], { env: REPRODUCIBLE }),
    ]);
    const refs = reference(JSON.parse(jsonRun.stdout), lang);
    const lines = table.stdout.split("\n");
    const n = (t: string | undefined) => num(t, lang);
    let blocks = 0, rankingRows = 0, section = "";
    for (let i = 0; i < lines.length; i++) {
      const meta = lines[i + 1] ?? "";
      const head = lines[i]!.match(/^(.*?) \(([^()]+)\)(?: \((?:ví dụ|example)\))?$/);
      if (head && / · (?:Bộ chỉ số|Rubric) (\S+) /.test(meta)) {
        const rubric = meta.match(/ · (?:Bộ chỉ số|Rubric) (\S+) /)![1]!;
        const ref = refs.find((r) => r.rubric === rubric && r.id === head[2])!;
        expect(ref, `${rubric} ${head[2]}`).toBeDefined();
        blocks++;
        const groups: Record<string, unknown> = {};
        let total: unknown[] = [], band: unknown[] = [], verified: unknown[] | undefined, completeness: unknown[] = [];
        for (let j = i + 2; j < lines.length && lines[j] !== ""; j++) {
          const l = lines[j]!;
          const cells = l.split("│").map((c) => c.trim());
          if (cells.length > 5 && /^[\d.]+$/.test(cells[1]!)) groups[cells[1]!] = n(cells[3]);
          if (cells.length > 5 && (cells[2] === "Tổng điểm" || cells[2] === "Total")) total = [n(cells[3]), n(cells[5])];
          const b = l.match(/^(?:Xếp loại|Band): (.*?) · (?:Hạng|Rank) (\d+)(?:\/| of )(\d+) /);
          if (b) band = [b[1], Number(b[2]), Number(b[3])];
          const v = l.match(/^(?:Điểm thẩm định|Verified score): (\S+) \((?:tự chấm|self-score) (\S+), (?:chênh lệch|difference) (\S+)\)/);
          if (v) verified = [n(v[1]), n(v[2]), n(v[3])];
          const c = l.match(/^(?:Phải trả lời|Indicators to answer) (\d+)[^:]*: \D*(\d+) · \D*(\d+) · \D*(\d+) · \D*(\d+)$/);
          if (c) completeness = c.slice(1).map(Number);
        }
        expect({ groups, total, band, verified, completeness }, `table ${ref.id}`).toEqual({
          groups: Object.fromEntries(Object.keys(groups).map((c) => [c, ref.groups[c]])), total: [ref.total, ref.percent], band: [ref.band, ref.rank, ref.size],
          verified: ref.verified === undefined ? undefined : [ref.verified, ref.self, ref.diff],
          completeness: [ref.completeness.applicable, ref.completeness.answered, ref.completeness.not_applicable, ref.completeness.unanswered, ref.completeness.missing_evidence],
        });
        expect(meta.includes(lang === "vi" ? "Gửi ngày" : "Sent"), `table ${ref.id} date sent`).toBe(ref.submitted !== undefined);
      }
      const rs = lines[i]!.match(/^(?:Xếp hạng|Ranking) — (\S+) /);
      if (rs) section = rs[1]!;
      const cells = lines[i]!.split("│").map((c) => c.trim());
      if (section !== "" && cells.length > 6 && /^\d+$/.test(cells[1]!)) {
        const name = cells[2]!.replace(/ ✓$/, "");
        // A long name is cut to fit the terminal.
        const ref = refs.find((r) => { const bare = withoutId(name, r.id); return r.rubric === section && (bare.endsWith("…") ? r.name.startsWith(bare.slice(0, -1)) : r.name === bare) && r.rank === Number(cells[1]); })!;
        expect(ref, `${section} ${name}`).toBeDefined();
        rankingRows++;
        expect([n(cells[3]), n(cells[4]), cells[5]], `ranking ${ref.id}`).toEqual([ref.total, ref.percent, ref.band]);
      }
      if (lines[i] === "" || lines[i]!.startsWith("└")) section = lines[i]!.startsWith("└") ? "" : section;
    }
    // A large batch shows its rankings alone.
    expect(blocks === refs.length || (blocks === 0 && refs.length > 50)).toBe(true);
    expect(rankingRows).toBe(refs.length);
  });
});
