import type { Cell, Worksheet } from "exceljs";
import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import type { IndicatorResult } from "../core/result.js";
import { aggregateColumns, aggregatePoints, answerLabels, cohortLabel, errorLine, finalScore, flattenGroups, groupByCode, groupRankCodes, indicatorColumns, rankingOrder, rescored, stripControls, typeLabel, verifiedChanges, verifiedDifference, verifiedNoteText } from "./common.js";
import { answerText } from "./value-text.js";
import { neutralise } from "./csv.js";
import { formatStamp } from "./format-number.js";
import type { ScoreReport } from "./report.js";

export interface XlsxOptions { lang: Lang }

/** Sheet names are fixed (tools and macros may rely on them); headers follow the language. */
/** The four sheets, named in the report's language. */
export function xlsxSheetNames(lang: Lang): string[] {
  return ["rpt-sheet-ranking", "rpt-sheet-groups", "rpt-sheet-indicators", "rpt-sheet-not-scored"].map((key) => message(lang, key));
}

type Value = string | number | null;

/**
 * An Excel workbook: Ranking (one row per agency), Groups and Indicators (agencies × groups and
 * agencies × indicators, points as numbers), Not scored. Import this module only when xlsx is asked
 * for: it loads exceljs (about 0.3 s).
 */
export async function formatXlsx(report: ScoreReport, options: XlsxOptions): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const { lang } = options;
  const wb = new ExcelJS.Workbook();
  const when = new Date(report.generated_at);
  wb.creator = `${report.tool.name} ${report.tool.version}`;
  wb.lastModifiedBy = wb.creator;
  wb.created = when;
  wb.modified = when;
  wb.title = message(lang, "rpt-html-title");
  wb.subject = report.rubrics.map((s) => `${s.id} ${s.version}`).join(", ");
  wb.keywords = report.rubrics.map((s) => `${s.id}@${s.version} sha256:${s.sha256}`).join(" ");
  wb.description = message(lang, "rpt-stamp", { tool: wb.creator, time: formatStamp(report.generated_at, lang) });

  const [ranking, groups, indicators, notScored] = xlsxSheetNames(lang) as [string, string, string, string];
  rankingSheet(wb.addWorksheet(ranking), report, lang);
  groupsSheet(wb.addWorksheet(groups), report, lang);
  indicatorsSheet(wb.addWorksheet(indicators), report, lang);
  notScoredSheet(wb.addWorksheet(notScored), report, lang);
  // Only where the collector verified: a fifth sheet, so that the four keep their places.
  if (report.rubrics.some((s) => s.agencies.some((a) => a.verified))) verificationSheet(wb.addWorksheet(message(lang, "rpt-sheet-verification")), report, lang);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Text from data: no control characters XML cannot carry, no formula start, at most Excel's 32 767 characters. */
function text(value: string): string {
  return neutralise(stripControls(value).normalize("NFC")).slice(0, 32767);
}

/** `formats`: number formats by column (1-based), for the cells of this row only (rubrics of one sheet may round differently). */
function addRow(ws: Worksheet, values: Value[], style?: "head" | "title" | "sub", formats?: Map<number, string>): void {
  const row = ws.addRow(values.map((v) => (v === "" ? null : typeof v === "string" ? text(v) : v)));
  for (const [col, numFmt] of formats ?? []) row.getCell(col).numFmt = numFmt;
  if (style === "head") row.eachCell((c: Cell) => { c.font = { bold: true }; c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEAEEF2" } }; c.alignment = { vertical: "top", wrapText: true }; });
  if (style === "title") row.getCell(1).font = { bold: true, size: 12 };
  if (style === "sub") row.eachCell((c: Cell) => { c.font = { italic: true, color: { argb: "FF59636E" } }; });
}

function pointsFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

function rankingSheet(ws: Worksheet, report: ScoreReport, lang: Lang): void {
  const t = (key: string) => message(lang, key);
  const head = [
    t("rpt-col-rubric"), t("rpt-col-rubric-version"), t("rpt-col-cohort"), t("col-rank"), t("rpt-col-cohort-size"),
    t("rpt-col-agency-id"), t("col-agency"), t("rpt-col-agency-type"), t("period"),
    t("col-total"), t("col-max"), t("rpt-col-percent"), t("col-band"), t("rpt-col-self-total"), t("rpt-col-verified-total"), t("rpt-col-difference"),
    t("bonus"), t("penalty"), t("rpt-col-answered"), t("rpt-col-applicable"), t("rpt-col-unanswered"), t("rpt-col-na"),
    t("rpt-col-missing-evidence"), t("rpt-col-provisional"), t("rpt-col-example"), t("col-file"),
  ];
  addRow(ws, head, "head");
  for (const section of report.rubrics) {
    for (const a of rankingOrder(section)) {
      const s = finalScore(a);
      const c = s.completeness;
      addRow(ws, [
        section.id, section.version, cohortLabel(section, s.agency.cohort, lang), a.rank, a.cohort_size,
        s.agency.id, s.agency.name, typeLabel(section, s.agency.type, lang), s.period,
        s.total, s.max, s.percent, s.band?.label[lang] ?? "", a.score.total, a.verified?.total ?? null, verifiedDifference(a, section.decimals),
        s.bonus.points, s.penalty.points, c.answered, c.applicable, c.unanswered, c.not_applicable,
        c.missing_evidence, t(s.provisional ? "yes" : "no"), t(a.example ? "yes" : "no"), a.file,
      ]);
    }
  }
  const decimals = Math.max(0, ...report.rubrics.map((s) => s.decimals));
  for (const col of [10, 14, 15, 16, 17, 18]) ws.getColumn(col).numFmt = pointsFormat(decimals);
  ws.getColumn(12).numFmt = "0.00";
  // The cohort's label ("Sở, ban, ngành và ban quản lý") whole.
  widths(ws, [12, 9, 28, 6, 8, 14, 44, 24, 8, 10, 8, 8, 12, 10, 10, 10, 8, 8, 8, 8, 8, 8, 8, 8, 8, 36]);
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
}

/** One block per rubric: a title row (when several), the header, the max row, then one row per agency. */
function groupsSheet(ws: Worksheet, report: ScoreReport, lang: Lang): void {
  const t = (key: string) => message(lang, key);
  const several = report.rubrics.length > 1;
  for (const section of report.rubrics) {
    const first = section.agencies[0];
    if (!first) continue;
    const groups = flattenGroups(first.score.groups);
    // Ranks per top-level group (--group-ranks) come last, so the columns before them keep their places.
    const rankCodes = groupRankCodes(section);
    if (several) addRow(ws, [`${section.id} ${section.version} — ${section.title[lang]}`], "title");
    // The rubric's aggregates (pillars) after the groups they are counted from.
    const aggregates = aggregateColumns(section);
    const points = groups.length + aggregates.length;
    addRow(ws, [t("rpt-col-cohort"), t("col-rank"), t("rpt-col-agency-id"), t("col-agency"), ...groups.map((g) => `${g.code} ${g.title[lang]}`), ...aggregates.map((x) => x.title[lang]), t("bonus"), t("penalty"), t("col-total"), t("rpt-col-percent"), t("col-band"), ...rankCodes.map((code) => message(lang, "rpt-col-group-rank", { code }))], "head");
    addRow(ws, ["", "", "", t("col-max"), ...groups.map((g) => g.max), ...aggregates.map((x) => x.max), first.score.bonus.cap, first.score.penalty.cap, first.score.max, 100, "", ...rankCodes.map(() => "")], "sub");
    // Points with the rubric's decimals (group and aggregate points, bonus, penalty, total), then the percent.
    const formats = new Map<number, string>(Array.from({ length: points + 3 }, (_, i) => [5 + i, pointsFormat(section.decimals)]));
    formats.set(5 + points + 3, "0.00");
    for (const a of rankingOrder(section)) {
      const s = finalScore(a);
      const byCode = groupByCode(s);
      addRow(ws, [cohortLabel(section, s.agency.cohort, lang), a.rank, s.agency.id, s.agency.name, ...groups.map((g) => { const x = byCode.get(g.code); return x && !x.excluded ? x.points : null; }), ...aggregates.map((x) => aggregatePoints(s, x.id) ?? null), s.bonus.points, s.penalty.points, s.total, s.percent, s.band?.label[lang] ?? "", ...rankCodes.map((code) => a.group_ranks?.[code] ?? null)], undefined, formats);
    }
    ws.addRow([]);
  }
  widths(ws, [28, 6, 14, 44, ...Array.from({ length: 40 }, () => 12)]);
  // With several rubrics each block has its own header: the names stay in view, no header row can.
  ws.views = [{ state: "frozen", xSplit: 4, ySplit: several ? 0 : 2 }];
}

function indicatorsSheet(ws: Worksheet, report: ScoreReport, lang: Lang): void {
  const t = (key: string) => message(lang, key);
  const several = report.rubrics.length > 1;
  for (const section of report.rubrics) {
    const columns = indicatorColumns(section);
    if (columns.length === 0) continue;
    addRow(ws, [`${several ? `${section.id} ${section.version} — ` : ""}${t("rpt-xlsx-indicators-legend")}`], "title");
    addRow(ws, [t("rpt-col-cohort"), t("rpt-col-agency-id"), t("col-agency"), ...columns.map((c) => c.code)], "head");
    // A penalty item is deducted: its points are written below zero, so that a row adds up as the total does (before rescaling and caps).
    addRow(ws, ["", "", t("rpt-col-indicator"), ...columns.map((c) => (c.parent === "penalty" ? `${t("penalty")}: ${c.title[lang]}` : c.title[lang]))], "sub");
    // An indicator excluded for every agency of the batch (N/A rescaled, not for their types) has no max that applied.
    addRow(ws, ["", "", t("col-max"), ...columns.map((c) => (c.rule === null ? "" : c.max === 0 ? "N/A" : c.max))], "sub");
    for (const a of rankingOrder(section)) {
      const s = finalScore(a);
      const byCode = new Map(s.indicators.map((i) => [i.code, i]));
      addRow(ws, [cohortLabel(section, s.agency.cohort, lang), s.agency.id, s.agency.name, ...columns.map((c): Value => {
        const i = byCode.get(c.code);
        if (!i) return null;
        if (i.status === "info_only") return typeof i.value === "number" ? i.value : typeof i.value === "string" ? i.value : null;
        if (i.status === "unanswered") return "?";
        if (i.status === "not_applicable" && i.excluded) return "N/A";
        return i.parent === "penalty" && i.points > 0 ? -i.points : i.points;
      })]);
    }
    ws.addRow([]);
  }
  widths(ws, [28, 14, 44, ...Array.from({ length: 200 }, () => 9)]);
  ws.views = [{ state: "frozen", xSplit: 3, ySplit: several ? 0 : 4 }];
}

/**
 * Per agency with a verified score, each indicator the verification changed: the self-assessed answer and
 * points against the verified ones, the difference and the collector's note; then what rescaling, caps,
 * bonus and penalty add, and the totals, so that an agency's rows add up to its total's difference.
 */
function verificationSheet(ws: Worksheet, report: ScoreReport, lang: Lang): void {
  const t = (key: string) => message(lang, key);
  addRow(ws, [t("rpt-col-cohort"), t("rpt-col-agency-id"), t("col-agency"), t("col-code"), t("rpt-col-indicator"), t("rpt-col-answer"), t("rpt-col-self-points"), t("rpt-col-verified-answer"), t("rpt-col-verified-points"), t("rpt-col-difference"), t("rpt-col-verified-note")], "head");
  for (const section of report.rubrics) {
    const format = pointsFormat(section.decimals);
    const formats = new Map([[7, format], [9, format], [10, format]]);
    for (const a of rankingOrder(section)) {
      if (!a.verified) continue;
      const who = [cohortLabel(section, a.verified.agency.cohort, lang), a.verified.agency.id, a.verified.agency.name];
      const { changed, rest } = verifiedChanges(a, section.decimals);
      // A penalty is deducted: below zero, as the Indicators sheet writes it.
      const signed = (i: IndicatorResult) => (i.parent === "penalty" && i.points > 0 ? -i.points : i.points);
      for (const v of changed) {
        const labels = answerLabels(section, v.self.code);
        // A number answered is a number cell; the note says when the cohort's figures moved the points.
        const answer = (i: IndicatorResult): Value => (i.status === "scored" && typeof i.value === "number" ? i.value : answerText(i, lang, labels));
        const note = [v.verified.verified_note ? verifiedNoteText(v.verified.verified_note, lang) : "", rescored(v) ? t("rpt-rescored-label") : ""].filter(Boolean).join(" · ");
        addRow(ws, [...who, v.self.code, v.self.title[lang], answer(v.self), signed(v.self), answer(v.verified), signed(v.verified), v.diff, note], undefined, formats);
      }
      if (rest !== 0) addRow(ws, [...who, "", t("rpt-difference-elsewhere"), "", null, "", null, rest, ""], undefined, formats);
      addRow(ws, [...who, "", t("col-total"), "", a.score.total, "", a.verified.total, verifiedDifference(a, section.decimals), ""], "sub", formats);
    }
  }
  widths(ws, [28, 14, 44, 9, 44, 30, 12, 30, 12, 12, 50]);
  ws.views = [{ state: "frozen", xSplit: 3, ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 11 } };
}

function notScoredSheet(ws: Worksheet, report: ScoreReport, lang: Lang): void {
  const t = (key: string) => message(lang, key);
  addRow(ws, [t("col-file"), t("rpt-col-agency-id"), t("col-agency"), t("rpt-col-line"), t("rpt-col-col"), t("rpt-col-code"), t("rpt-col-error")], "head");
  for (const f of report.not_scored) {
    const who = [f.agency?.id ?? "", f.agency?.name ?? ""];
    if (f.errors.length === 0) addRow(ws, [f.file, ...who, null, null, "", ""]);
    for (const e of f.errors) addRow(ws, [f.file, ...who, e.line, e.col, e.code, errorLine(e, lang)]);
  }
  widths(ws, [44, 14, 36, 7, 7, 22, 90]);
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
}

function widths(ws: Worksheet, list: number[]): void {
  list.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
}

