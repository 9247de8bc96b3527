import type { Alignment, Cell, Row, Worksheet, WorksheetView } from "exceljs";
import type { Writable } from "node:stream";
import type { Lang } from "../core/rubric.js";
import { nfc } from "../core/unicode.js";
import { message } from "../i18n/messages.js";
import type { IndicatorResult } from "../core/result.js";
import { aggregatePoints, bandStartOf, groupRank, answerLabels, cohortLabel, errorLine, finalScore, flattenGroups, groupByCode, warningMark, ColumnGatherer, type SectionColumns, stripControls, typeLabel, verifiedChanges, verifiedDifference, verifiedChangeNote, verifiedIndicators, verifiedUnchanged, informational, warnedFile, type FileFindings } from "./common.js";
import { answerText } from "./value-text.js";
import { numberText } from "../core/number-text.js";
import type { RankedReport, RankedSection } from "./ranked.js";
import type { SkippedKind } from "../batch/skipped-kind.js";
import { dateText, formatStamp } from "./format-number.js";
import { dateFormat, dateSerial } from "./xlsx-date.js";
import { filterNamedWriter } from "./xlsx-filter-names.js";
import { rememberStyleIds } from "./xlsx-style-ids.js";
import { caughtUp, entryWriter } from "./xlsx-backlog.js";
import { shellWord } from "../load/shell-word.js";

/** `rowLimit`: the rows a sheet may hold, Excel's 1,048,576 unless a test says fewer. */
interface XlsxOptions { lang: Lang; rowLimit?: number }

/** The rows of an Excel sheet: a workbook with more is refused as damaged. */
const EXCEL_ROWS = 1_048_576;

/** The four sheets, named in the report's language. */
export function xlsxSheetNames(lang: Lang): string[] {
  return ["rpt-sheet-ranking", "rpt-sheet-groups", "rpt-sheet-indicators", "rpt-sheet-not-scored"].map((key) => message(lang, key));
}

type Value = string | number | null;

type WorkbookWriterClass = typeof import("exceljs").stream.xlsx.WorkbookWriter;
type Zip = { append?: (source: unknown, data?: object) => unknown };

/**
 * The workbook writer whose zip entries are dated with the report's time (generated_at): archiver dates each
 * with the clock as it is written, so that two runs with SOURCE_DATE_EPOCH made different bytes where every
 * other format makes the same. The date is stored as UTC, whatever the machine's zone. exceljs's constructor
 * adds its first entry (the theme) itself: the zip is dated from there, the first method it calls.
 */
function datedWriter(Base: WorkbookWriterClass, date: Date): WorkbookWriterClass {
  if (Number.isNaN(date.getTime())) return Base;
  return class extends Base {
    override addThemes(): Promise<void> {
      const zip = (this as unknown as { zip?: Zip }).zip;
      if (zip !== undefined && typeof zip.append === "function" && !dated.has(zip)) {
        dated.add(zip);
        const append = zip.append.bind(zip);
        zip.append = (source, data) => append(source, { ...data, date });
      }
      return super.addThemes();
    }
  };
}

const dated = new WeakSet<object>();

/**
 * An Excel workbook: Ranking (one row per agency), Groups and Indicators (agencies × groups and
 * agencies × indicators, points as numbers), Not scored, then Verification, Warnings, Evidence and Passed over
 * where there is something to list. Written as it is made, row by row, sheet after sheet: a large batch's agencies are read from its
 * spool once per sheet, and the workbook is never whole in memory (made in memory, 10,000 agencies took
 * 1.95 GB). Import this module only when xlsx is asked for: it loads exceljs (about 0.2 s).
 */
export async function writeXlsx(out: Writable, report: RankedReport, options: XlsxOptions): Promise<void> {
  // A failed write (a full disk, a file that cannot be made) is an error of the stream, which the workbook
  // listens to only at its end: listened to from the start, before the library loads (the file is opened meanwhile).
  let failed: unknown;
  const failure = new Promise<never>((_, reject) => out.on("error", (e) => { failed ??= e; reject(e); }));
  failure.catch(() => undefined);
  const closed = new Promise<void>((resolve) => out.once("close", resolve));
  try {
    // The zip reads no more once the stream has failed or closed: a sheet waiting for it to catch up waits no longer.
    // Never rejected: no sheet may be waiting when the stream fails (a rejection unheard would end the process).
    const halted = Promise.race([failure, closed]).then(() => undefined, () => undefined);
    await Promise.race([write(out, report, options, () => failed, closed, halted), failure]);
  } catch (e) {
    // The file handle is let go now, not when the process ends (the temporary file is removed by the caller).
    out.destroy();
    throw e;
  }
}

async function write(out: Writable, report: RankedReport, options: XlsxOptions, failed: () => unknown, closed: Promise<void>, halted: Promise<void>): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  if (failed() !== undefined) throw failed();
  const { lang } = options;
  const { frame, sections } = report;
  // Shared strings, as Excel writes them (inline, the writer marks text as a formula's result: t="str").
  const when = new Date(frame.generated_at);
  const wb = new (filterNamedWriter(datedWriter(entryWriter(ExcelJS.stream.xlsx.WorkbookWriter), when)))({ stream: out, useStyles: true, useSharedStrings: true });
  rememberStyleIds((wb as unknown as { styles: Parameters<typeof rememberStyleIds>[0] }).styles);
  wb.creator = `${frame.tool.name} ${frame.tool.version}`;
  wb.lastModifiedBy = wb.creator;
  wb.created = when;
  wb.modified = when;
  wb.title = message(lang, "rpt-html-title");
  wb.subject = sections.map((s) => `${s.head.id} ${s.head.version}`).join(", ");
  wb.keywords = sections.map((s) => `${s.head.id}@${s.head.version} sha256:${s.head.sha256}`).join(" ");
  wb.description = message(lang, "rpt-stamp", { tool: wb.creator, time: formatStamp(frame.generated_at, lang) });

  const several = sections.length > 1;
  // Printed on A4 landscape, `wide` pages across, the header rows (and `columns`, the agency) on every page: by
  // default a sheet printed portrait on Letter, its ranks on one page and the names on the next.
  // `blocks`: a sheet of one block per rubric, whose header rows are those of the first block only.
  // `inline`: its text written in its cells, not kept in the shared strings to the end (see evidenceSheet).
  const sheet = (name: string, views: Partial<WorksheetView>[], print: { rows?: string; columns?: string; wide?: number; blocks?: boolean; inline?: boolean } = {}) =>
    new SheetWriter(wb.addWorksheet(name, { views, ...(print.inline ? { useSharedStrings: false } : {}), pageSetup: {
      paperSize: 9, orientation: "landscape", margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      ...(print.wide !== undefined ? { fitToPage: true, fitToWidth: print.wide, fitToHeight: 0 } : {}),
      ...(print.rows !== undefined && !(several && print.blocks) ? { printTitlesRow: print.rows } : {}),
      ...(print.columns !== undefined ? { printTitlesColumn: print.columns } : {}),
    } }), failed, halted);
  const [ranking, groups, indicators, notScored] = xlsxSheetNames(lang) as [string, string, string, string];
  const work = (async () => {
    // What the Groups and Indicators sheets need from every agency is gathered as the Ranking sheet reads them.
    // The agency's name stays in view, and on each printed page, as the sheet scrolls to its counts.
    const { columns, cites } = await rankingSheet(sheet(ranking, [{ state: "frozen", xSplit: 7, ySplit: 1 }], { rows: "1:1", columns: "G:G", wide: 3 }), sections, lang);
    // With several rubrics each block has its own header: the names stay in view, no header row can.
    await groupsSheet(sheet(groups, [{ state: "frozen", xSplit: 4, ySplit: several ? 0 : 2 }], { rows: "1:2", columns: "D:D", wide: 2, blocks: true }), sections, columns, lang);
    await indicatorsSheet(sheet(indicators, [{ state: "frozen", xSplit: 3, ySplit: several ? 0 : 4 }], { rows: "1:4", columns: "C:C", blocks: true }), sections, columns, lang);
    await findingsSheet(sheet(notScored, [{ state: "frozen", xSplit: 0, ySplit: 1 }], { rows: "1:1", wide: 1 }), frame.not_scored, "rpt-col-error", lang);
    // Only where the collector verified, or some file had warnings: later sheets, so that the four keep their places.
    if (sections.some((s) => !isEmpty(s.verified))) await verificationSheet(sheet(message(lang, "rpt-sheet-verification"), [{ state: "frozen", xSplit: 3, ySplit: 1 }], { rows: "1:1", wide: 1 }), sections, lang);
    if (sections.some((s) => !isEmpty(s.warned))) await findingsSheet(sheet(message(lang, "rpt-sheet-warnings"), [{ state: "frozen", xSplit: 0, ySplit: 1 }], { rows: "1:1", wide: 1 }), warnedIn(sections), "rpt-col-warning", lang);
    // Only where some agency cites evidence: last, by name, as the two before it.
    if (cites) await evidenceSheet(sheet(message(lang, "rpt-sheet-evidence"), [{ state: "frozen", xSplit: 3, ySplit: 1 }], { rows: "1:1", wide: 1, inline: true }), sections, lang, options.rowLimit ?? EXCEL_ROWS);
    // Only where a folder held YAML files that are no agency files, as the md and html name them: none goes unseen.
    if (frame.skipped?.length) await skippedSheet(sheet(message(lang, "rpt-sheet-skipped"), [{ state: "frozen", xSplit: 0, ySplit: 1 }], { rows: "1:1", wide: 1 }), frame.skipped, frame.skipped_kinds, lang);
    await wb.commit();
    await closed;
  })();
  // Once the stream has failed, what the writing does next fails the same way: said once, by the caller's race.
  work.catch(() => undefined);
  await work;
}

function isEmpty(agencies: Iterable<unknown>): boolean {
  for (const _ of agencies) return false;
  return true;
}

/**
 * A sheet written row by row. Column widths and formats go before the first row (the writer puts them at
 * the sheet's start); each row is written out as it is added, and the event loop is given a turn now and
 * then so that what is written is compressed and goes to the file meanwhile; where the zip lags behind, the
 * writing waits for it (caughtUp) instead of piling up what it has not read.
 */
class SheetWriter {
  private rows = 0;
  private widths: number[] = [];
  private wrap: number[] = [];
  private filtered = 0;

  constructor(readonly ws: Worksheet, private readonly failed: () => unknown, private readonly halted: Promise<void>) {}

  /** `wrap`: columns (1-based) of long text, wrapped in their width: unwrapped, a message ran past the sheet's last
   * column, and a sheet printed one page wide shrank to fit it (the Not scored sheet to a third of its size).
   * `align`: alignments by column (1-based), such as INDENT for a text column after a number column. */
  columns(widths: number[], formats: Map<number, string> = new Map(), wrap: number[] = [], align: Map<number, Partial<Alignment>> = new Map()): void {
    this.widths = widths;
    widths.forEach((w, i) => { this.ws.getColumn(i + 1).width = w; });
    for (const [col, numFmt] of formats) this.ws.getColumn(col).numFmt = numFmt;
    this.wrap = wrap;
    // The other cells of a row at the top too, level with the first line of its wrapped text (not at the bottom).
    const top = (col: number): Partial<Alignment> => (wrap.length === 0 ? {} : wrap.includes(col) ? { vertical: "top", wrapText: true } : { vertical: "top" });
    const columns = new Set([...(wrap.length > 0 ? widths.map((_, i) => i + 1) : []), ...align.keys()]);
    for (const col of columns) this.ws.getColumn(col).alignment = { ...top(col), ...align.get(col) };
  }

  /** `formats` and `align`: number formats and alignments by column (1-based), for the cells of this row only (rubrics of
   * one sheet may round differently; their blocks' columns differ). `notes`: cell notes by column, shown on hovering. */
  async add(values: Value[], style?: "head" | "title" | "sub" | "titles", formats?: Map<number, string>, align?: Map<number, Partial<Alignment>>, notes?: Map<number, string>): Promise<void> {
    const row = this.ws.addRow(values.map((v) => (v === "" ? null : typeof v === "string" ? text(v) : v)));
    for (const [col, numFmt] of formats ?? []) row.getCell(col).numFmt = numFmt;
    for (const [col, alignment] of align ?? []) row.getCell(col).alignment = { ...row.getCell(col).alignment, ...alignment };
    for (const [col, note] of notes ?? []) row.getCell(col).note = text(note);
    styleRow(row, style);
    // A wrapped header as tall as its longest cell needs (titles: cut to TITLE_LINES before): LibreOffice does not grow
    // it, and drew it over the first row; titles in narrow columns were cut to a word.
    if (style === "head" || style === "titles") {
      const lines = Math.max(1, ...values.map((v, i) => (typeof v === "string" ? wrappedLines(v, (this.widths[i] ?? 9) - 1) : 1)));
      row.height = 15 * Math.min(lines, style === "titles" ? TITLE_LINES : lines);
    } else if (style === "title") {
      // Larger and bold, a character takes about a sixth more of the width.
      const lines = Math.max(1, ...values.map((v, i) => (typeof v === "string" ? wrappedLines(v, Math.floor(((this.widths[i] ?? 9) - 1) / 1.2)) : 1)));
      row.height = 16 * lines;
    } else if (this.wrap.length > 0) {
      // A row as tall as its wrapped text (LibreOffice does not grow it: the lines were drawn over the next row).
      const lines = Math.max(1, ...this.wrap.map((col) => { const v = values[col - 1]; return typeof v === "string" ? wrappedLines(v, (this.widths[col - 1] ?? 9) - 1) : 1; }));
      if (lines > 1) row.height = 15 * lines;
    }
    row.commit();
    if (++this.rows % 200 === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      await caughtUp(this.ws, this.halted);
      if (this.failed() !== undefined) throw this.failed();
    }
  }

  blank(): void {
    this.ws.addRow([]).commit();
    this.rows++;
  }

  /** A filter on the header row's first `columns` columns, over every row written under it. */
  filter(columns: number): void {
    this.filtered = columns;
  }

  done(): void {
    // Its rows are known only now: the writer puts the filter after them, when the sheet is committed.
    if (this.filtered > 0) this.ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, this.rows), column: this.filtered } };
    this.ws.commit();
  }
}

/** How many lines a text takes wrapped at spaces in a column `width` characters wide (a long word alone is cut). */
function wrappedLines(text: string, columns: number): number {
  const width = Math.max(1, columns);
  let lines = 1, used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = [...word].length;
    if (used > 0 && used + 1 + length > width) { lines++; used = 0; }
    used += (used > 0 ? 1 : 0) + length;
    while (used > width) { lines++; used -= width; }
  }
  return lines;
}

/**
 * The lines an indicator's title takes in the Indicators sheet, under its code: the frozen header rows above the
 * agencies stay about 170 points tall (a legend, the codes, the titles, the max). Cut at eight, without a word,
 * English titles lost their ends ("…that the head of the") and the frozen rows took about 210 points, two thirds
 * of a laptop's sheet. A longer title is cut and says so (…), whole in its cell's note.
 */
const TITLE_LINES = 5;

/** A text cut to what `lines` lines of `columns` characters hold (wrapped as wrappedLines wraps), ending in "…" where cut. */
function cutToLines(text: string, columns: number, lines: number): string {
  if (wrappedLines(text, columns) <= lines) return text;
  const words = text.split(/\s+/).filter(Boolean);
  let kept = "";
  for (const word of words) {
    const next = kept === "" ? word : `${kept} ${word}`;
    if (wrappedLines(`${next}…`, columns) > lines) break;
    kept = next;
  }
  // A first word longer than the lines hold is cut within it.
  if (kept === "") kept = [...(words[0] ?? "")].slice(0, Math.max(1, columns * lines - 1)).join("");
  return `${kept.replace(/[\s,;:·–—-]+$/, "")}…`;
}

/** The workbook's own font, named in each styled cell: a font without a name was drawn in LibreOffice's default, a serif. */
const FONT = { name: "Calibri", family: 2, size: 11 } as const;

/**
 * A text column's cells after a number column: numbers stand at the right of their cells, text at the left, and
 * unindented the two read as one ("4qb-stc", "89.52Good", "12boolean-word"). Excel indents only left-aligned text.
 */
const INDENT: Partial<Alignment> = { horizontal: "left", indent: 1 };

/** The Verification sheet's verified answer, indented as text, where it is a number: at the right, as numbers stand. */
const VERIFIED_NUMBER = new Map<number, Partial<Alignment>>([[8, { horizontal: "right", indent: 0 }]]);

/** The Verification sheet's points of an information-only indicator, in words: at the right, where points stand (at the left, "95information only" read as one). */
const POINTS_AS_WORDS = new Map<number, Partial<Alignment>>([[7, { horizontal: "right" }], [9, { horizontal: "right" }]]);

function styleRow(row: Row, style: "head" | "title" | "sub" | "titles" | undefined): void {
  // A header keeps its column's indent, above the text it heads.
  if (style === "head") row.eachCell((c: Cell) => { c.font = { ...FONT, bold: true }; c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEAEEF2" } }; c.alignment = { ...(c.alignment?.indent ? INDENT : {}), vertical: "top", wrapText: true }; });
  // A title is wrapped in its column, the agency's, which every printed page repeats: run from column A across the
  // sheet, each page after the first showed a fragment of it ("ble · ? = unanswered ·…").
  if (style === "title") row.eachCell((c: Cell) => { c.font = { ...FONT, bold: true, size: 12 }; c.alignment = { vertical: "top", wrapText: true }; });
  if (style === "sub" || style === "titles") row.eachCell((c: Cell) => { c.font = { ...FONT, italic: true, color: { argb: "FF59636E" } }; });
  if (style === "titles") row.eachCell((c: Cell) => { c.alignment = { vertical: "top", wrapText: true }; });
}

/**
 * Text from data: no control characters XML cannot carry, at most Excel's 32 767 characters. Kept as written
 * otherwise: a shared-string cell is text and never evaluated, whatever it starts with (the csv's leading
 * apostrophe would show here, on every note an officer starts with a "- " or "+ " bullet).
 */
function text(value: string): string {
  return literalEscapes(shownText(value));
}

/** The text a cell shows (see text), before its escapes: what is measured and cut before it is written, escaped once. */
function shownText(value: string): string {
  return cellLength(nfc(stripControls(value)));
}

/** Excel's limit counts UTF-16 units: a cut between the two halves of an emoji left "�" at the end of the cell. */
function cellLength(text: string): string {
  return text.length <= 32767 ? text : text.slice(0, 32766).replace(/[\uD800-\uDBFF]$/, "") + "…";
}

/**
 * Excel and LibreOffice read "_xHHHH_" in a cell's text as the character HHHH: a name holding "_x202E_" showed
 * reversed, "_x0007_" a control character, past stripControls. Its underscore written as the escape "_x005F_"
 * keeps it the text the file gave.
 */
function literalEscapes(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_");
}

/**
 * Column widths widened where a header's longest word, in bold, would not fit (up to 24): a word longer than its
 * column is cut where the column ends, and English headers read "Indicato rs to answer", "5 Cybersecurit y".
 * Spreadsheets break a line after a hyphen: "digital-transformation" needs the width of its longer part.
 */
function fitWords(widths: number[], heads: Value[][]): number[] {
  return widths.map((width, i) => Math.max(width, ...heads.map((head) => {
    const v = head[i];
    return typeof v === "string" ? Math.min(24, Math.ceil(1.1 * Math.max(...v.split(/\s+|(?<=-)/).map((word) => [...word].length))) + 1) : 0;
  })));
}

function pointsFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

async function rankingSheet(sheet: SheetWriter, sections: RankedSection[], lang: Lang): Promise<{ columns: SectionColumns[]; cites: boolean }> {
  const t = (key: string) => message(lang, key);
  const head = [
    t("rpt-col-rubric"), t("rpt-col-rubric-version"), t("rpt-col-cohort"), t("col-rank"), t("rpt-col-cohort-size"),
    t("rpt-col-agency-id"), t("col-agency"), t("rpt-col-agency-type"), t("period"),
    t("col-total"), t("col-max"), t("rpt-col-percent"), t("col-band"), t("rpt-col-self-total"), t("rpt-col-verified-total"), t("rpt-col-difference"),
    t("bonus"), t("penalty"), t("rpt-col-answered"), t("rpt-col-applicable"), t("rpt-col-unanswered"), t("rpt-col-na"),
    t("rpt-col-missing-evidence"), t("rpt-col-provisional"), t("rpt-col-example"), t("col-file"),
    // The day the file was sent, a date to sort and filter by (who sent before the deadline): last, the columns before it keep their places.
    t("rpt-col-submitted"),
    // The agency's own gaps, which a collector's verified values may have filled (the columns above are the final score's).
    t("rpt-col-self-unanswered"), t("rpt-col-self-missing-evidence"),
    // Where the band starts, in its set's basis (a ward's on points, a commune's on percent): last, as the columns before it keep their places.
    t("rpt-col-band-start"),
  ];
  // The cohort's and the type's labels ("Ban Quản lý khu kinh tế, cơ quan khác thuộc UBND tỉnh") whole, up to a point.
  const widest = (labels: string[], least: number) => Math.min(48, Math.max(least, ...labels.map((l) => [...l].length + 1)));
  const cohortWidth = widest(sections.flatMap(({ head }) => [...(head.cohorts ?? []).map((c) => c.label[lang]), ...head.agency_types.map((a) => a.label[lang])]), 28);
  const typeWidth = widest(sections.flatMap(({ head }) => head.agency_types.map((a) => a.label[lang])), 24);
  sheet.columns(fitWords([12, 9, cohortWidth, 6, 8, 14, 44, typeWidth, 8, 10, 8, 8, 12, 10, 10, 10, 8, 8, 8, 8, 8, 8, 8, 8, 8, 36, 12, 12, 12, 14], [head]), new Map([[12, "0.00"], [27, dateFormat(lang)]]), [], new Map([6, 13, 24, 30].map((col) => [col, INDENT])));
  sheet.filter(head.length);
  await sheet.add(head, "head");
  const gathered: SectionColumns[] = [];
  // Whether some agency cites evidence (an Evidence sheet is written), known from the agencies this sheet reads.
  let cites = false;
  for (const { head: section, agencies } of sections) {
    // Points (total, self-score and verified totals, difference, bonus, penalty) with the agency's rubric's decimals,
    // per row as in Groups: a column's format, the most any rubric had, showed a whole-point rubric's 62 as 62.00.
    const points = pointsFormat(section.decimals);
    const formats = new Map([10, 14, 15, 16, 17, 18].map((col) => [col, points]));
    const columns = new ColumnGatherer();
    for (const a of agencies) {
      columns.add(a);
      cites ||= a.evidence !== undefined;
      const s = finalScore(a);
      const c = s.completeness;
      await sheet.add([
        section.id, section.version, cohortLabel(section, s.agency.cohort, lang), a.rank, a.cohort_size,
        s.agency.id, s.agency.name, typeLabel(section, s.agency.type, lang), s.period,
        s.total, s.max, s.percent, s.band?.label[lang] ?? "", a.score.total, a.verified?.total ?? null, verifiedDifference(a, section.decimals),
        s.bonus.points, s.penalty.points, c.answered, c.applicable, c.unanswered, c.not_applicable,
        c.missing_evidence, t(s.provisional ? "yes" : "no"), t(a.example ? "yes" : "no"), a.file, dateSerial(a.submitted ?? "") ?? null,
        a.score.completeness.unanswered, a.score.completeness.missing_evidence, bandStartOf(section, s, lang),
      ], undefined, formats);
    }
    gathered.push(columns.result());
  }
  sheet.done();
  return { columns: gathered, cites };
}

/** One block per rubric: a title row (when several), the header, the max row, then one row per agency. */
async function groupsSheet(sheet: SheetWriter, sections: RankedSection[], columns: SectionColumns[], lang: Lang): Promise<void> {
  const t = (key: string) => message(lang, key);
  const several = sections.length > 1;
  // Each block's header, known before the first row: the columns are as wide as the longest word any of them heads.
  const heads = sections.map(({ first, groupRanks }, n) => {
    if (!first) return [];
    // Ranks per top-level group (--group-ranks) come last, so the columns before them keep their places.
    const rankCodes = groupRanks ? first.score.groups.map((g) => g.code) : [];
    // The rubric's aggregates (pillars) after the groups they are counted from.
    return [t("rpt-col-cohort"), t("col-rank"), t("rpt-col-agency-id"), t("col-agency"), ...flattenGroups(first.score.groups).map((g) => `${g.code} ${g.title[lang]}`), ...columns[n]!.aggregates.map((x) => x.title[lang]), t("bonus"), t("penalty"), t("col-total"), t("rpt-col-percent"), t("col-band"), ...rankCodes.map((code) => message(lang, "rpt-col-group-rank", { code }))];
  });
  sheet.columns(fitWords([28, 6, 14, 44, ...Array.from({ length: 40 }, () => 12)], heads), new Map(), [], new Map([[3, INDENT]]));
  for (const [n, { head: section, first, groupRanks, summaries }] of sections.entries()) {
    if (!first) continue;
    const groups = flattenGroups(first.score.groups);
    const rankCodes = groupRanks ? first.score.groups.map((g) => g.code) : [];
    if (several) await sheet.add(["", "", "", `${section.id} ${section.version} — ${section.title[lang]}`], "title");
    const { aggregates } = columns[n]!;
    const points = groups.length + aggregates.length;
    await sheet.add(heads[n]!, "head");
    // An aggregate whose max follows the agency type (a treasury's service pillar counts fewer indicators) has no one
    // max: said, as the md's legend says it, at the right where the maxes stand (left blank, it read as a missing figure).
    const varies = new Map<number, Partial<Alignment>>(aggregates.flatMap((x, i) => (x.max === null ? [[5 + groups.length + i, { horizontal: "right" }]] : [])));
    await sheet.add(["", "", "", t("col-max"), ...groups.map((g) => g.max), ...aggregates.map((x) => x.max ?? t("rpt-max-varies-short")), first.score.bonus.cap, first.score.penalty.cap, first.score.max, 100, "", ...rankCodes.map(() => "")], "sub", undefined, varies);
    // Points with the rubric's decimals (group and aggregate points, bonus, penalty, total), then the percent.
    const formats = new Map<number, string>(Array.from({ length: points + 3 }, (_, i) => [5 + i, pointsFormat(section.decimals)]));
    formats.set(5 + points + 3, "0.00");
    // The band after the percent; its column differs between the blocks.
    const band = new Map([[5 + points + 4, INDENT]]);
    for (const a of summaries) {
      const s = finalScore(a);
      const byCode = groupByCode(s);
      await sheet.add([cohortLabel(section, s.agency.cohort, lang), a.rank, s.agency.id, s.agency.name, ...groups.map((g) => { const x = byCode.get(g.code); return x && !x.excluded ? x.points : null; }), ...aggregates.map((x) => aggregatePoints(s, x.id) ?? null), s.bonus.points, s.penalty.points, s.total, s.percent, s.band?.label[lang] ?? "", ...rankCodes.map((code) => groupRank(a.group_ranks, code) ?? null)], undefined, formats, band);
    }
    sheet.blank();
  }
  sheet.done();
}

/** An indicator's column in the Indicators sheet: its points ("15.00"), ? and N/A, its title wrapped under its code. */
const INDICATOR_WIDTH = 9;

async function indicatorsSheet(sheet: SheetWriter, sections: RankedSection[], columnsOf: SectionColumns[], lang: Lang): Promise<void> {
  const t = (key: string) => message(lang, key);
  const several = sections.length > 1;
  // N/A, ? and information at the right, where the points beside them stand (at the left, "15.00 ?" read as one).
  sheet.columns([28, 14, 44, ...Array.from({ length: 200 }, () => INDICATOR_WIDTH)], new Map(), [], new Map(Array.from({ length: 200 }, (_, i) => [4 + i, { horizontal: "right" }])));
  for (const [n, { head: section, agencies }] of sections.entries()) {
    const columns = columnsOf[n]!.indicators;
    if (columns.length === 0) continue;
    await sheet.add(["", "", `${several ? `${section.id} ${section.version} — ` : ""}${t("rpt-xlsx-indicators-legend")}`], "title");
    await sheet.add([t("rpt-col-cohort"), t("rpt-col-agency-id"), t("col-agency"), ...columns.map((c) => c.code)], "head");
    // A penalty item is deducted: its points are written below zero, so that a row adds up as the total does (before rescaling and caps).
    const titles = columns.map((c) => (c.parent === "penalty" ? `${t("penalty")}: ${c.title[lang]}` : c.title[lang]));
    // A title longer than its lines is cut (…) and whole in its note; said beside them, where a block has one.
    const whole = titles.map((title) => shownText(title));
    // Cut as lines of the column's width: about ten letters of the italic text fit in it (8 read "Meetings / of the /
    // agency's…" in three lines of the five).
    const shown = whole.map((title) => cutToLines(title, INDICATOR_WIDTH, TITLE_LINES));
    const notes = new Map(whole.flatMap((title, i) => (shown[i] === title ? [] : [[4 + i, title] as [number, string]])));
    await sheet.add(["", "", notes.size > 0 ? `${t("rpt-col-indicator")} (${t("rpt-xlsx-titles-cut")})` : t("rpt-col-indicator"), ...shown], "titles", undefined, undefined, notes);
    // An indicator excluded for every agency of the batch (N/A rescaled, not for their types) has no max that applied.
    await sheet.add(["", "", t("col-max"), ...columns.map((c) => (c.rule === null ? "—" : c.max === 0 ? "N/A" : c.max))], "sub");
    // Points with the rubric's decimals, as the Groups sheet has them: unformatted, 7.5 stood beside 16.67.
    const formats = new Map(columns.map((_, i) => [4 + i, pointsFormat(section.decimals)]));
    for (const a of agencies) {
      const s = finalScore(a);
      const byCode = new Map(s.indicators.map((i) => [i.code, i]));
      const values = columns.map((c): Value => {
        const i = byCode.get(c.code);
        if (!i) return null;
        // Information, not points: as text, so that a row's sum is its points (a headcount of 95 counted in it; a date
        // cell, some 45,000). A date as the language writes it (12/03/2025), as a number is (1234,5: no thousands separator).
        if (i.status === "info_only") return typeof i.value === "number" ? numberText(i.value, lang) : typeof i.value === "string" ? (i.input === "date" ? dateText(i.value, lang) : i.value) : i.value === null || i.value === undefined ? "?" : null;
        if (i.status === "unanswered") return "?";
        if (i.status === "not_applicable" && i.excluded) return "N/A";
        return i.parent === "penalty" && i.points > 0 ? -i.points : i.points;
      });
      // Text longer than its column starts at the left: at the right, the cell showed the text's end ("ng dụng AI.").
      const long = new Map(values.flatMap((v, i) => (typeof v === "string" && [...v].length > INDICATOR_WIDTH - 1 ? [[4 + i, INDENT] as [number, Partial<Alignment>]] : [])));
      await sheet.add([cohortLabel(section, s.agency.cohort, lang), s.agency.id, s.agency.name, ...values], undefined, formats, long);
    }
    sheet.blank();
  }
  sheet.done();
}

/**
 * Per agency with a verified score, each indicator the verification changed: the self-assessed answer and
 * points against the verified ones, the difference, the collector's note and the day it gives; then what rescaling,
 * caps, bonus and penalty add, and the totals, so that an agency's rows add up to its total's difference.
 */
async function verificationSheet(sheet: SheetWriter, sections: RankedSection[], lang: Lang): Promise<void> {
  const t = (key: string) => message(lang, key);
  // The day verified (the verified block's date): a column of its own, a date to sort and filter by. Who verified, last (the
  // columns before keep their places), indented after the day's number: unindented, "08/10/2025Sở KH&CN" read as one.
  // The points columns wrapped: information only says so in words.
  sheet.columns([24, 14, 32, 9, 36, 26, 12, 26, 12, 12, 44, 12, 24], new Map([[12, dateFormat(lang)]]), [1, 3, 5, 6, 7, 8, 9, 11, 13], new Map([8, 11, 13].map((col) => [col, INDENT])));
  sheet.filter(13);
  await sheet.add([t("rpt-col-cohort"), t("rpt-col-agency-id"), t("col-agency"), t("col-code"), t("rpt-col-indicator"), t("rpt-col-answer"), t("rpt-col-self-points"), t("rpt-col-verified-answer"), t("rpt-col-verified-points"), t("rpt-col-difference"), t("rpt-col-verified-note"), t("rpt-col-verified-on"), t("rpt-col-verified-by")], "head");
  for (const { head: section, verified } of sections) {
    const format = pointsFormat(section.decimals);
    const formats = new Map([[7, format], [9, format], [10, format]]);
    for (const a of verified) {
      if (!a.verified) continue;
      const who = [cohortLabel(section, a.verified.agency.cohort, lang), a.verified.agency.id, a.verified.agency.name];
      const { changed, rest } = verifiedChanges(a, section.decimals);
      // A penalty is deducted: below zero, as the Indicators sheet writes it. Information only earns nothing: its status
      // in place of points, and no difference ("0,00" on both sides read as points it could earn).
      const signed = (i: IndicatorResult): Value => (i.status === "info_only" ? t("rpt-status-info_only") : i.parent === "penalty" && i.points > 0 ? -i.points : i.points);
      // The indicators verified as answered too, in rubric order, their note saying so: left out, the sheet read as if
      // the collector had not checked them (the long csv gives their verified answer).
      const unchanged = new Set(verifiedUnchanged(a).map((v) => v.self.code));
      const listed = new Set([...changed.map((v) => v.self.code), ...unchanged]);
      for (const v of [...verifiedIndicators(a).values()].filter((x) => listed.has(x.self.code))) {
        const labels = answerLabels(section, v.self.code);
        // A number answered is a number cell, a date answered a date cell; the note says when the cohort's figures moved the points.
        const answer = (i: IndicatorResult): Value => (answered(i) && typeof i.value === "number" ? i.value : dateAnswer(i) ?? answerText(i, lang, labels));
        // The collector's note alone: who verified and when have their columns.
        const note = unchanged.has(v.self.code) ? [t("rpt-verified-unchanged"), v.verified.verified_note ?? ""].filter(Boolean).join(" · ") : verifiedChangeNote(v, lang, false);
        // The verified answer's column is indented for its text; a number answered stands at the right, as numbers do.
        const verifiedAnswer = answer(v.verified);
        const day = dateSerial(v.verified.verified_on ?? "") ?? null;
        const dates = new Map([[6, dateAnswer(v.self)], [8, dateAnswer(v.verified)]].flatMap(([col, d]) => (d === undefined ? [] : [[col as number, dateFormat(lang)]])));
        await sheet.add([...who, v.self.code, v.self.title[lang], answer(v.self), signed(v.self), verifiedAnswer, signed(v.verified), informational(v) ? null : v.diff, note, day, v.verified.verified_by ?? ""], undefined, new Map([...formats, ...dates]), new Map([...(typeof verifiedAnswer === "number" ? VERIFIED_NUMBER : []), ...(informational(v) ? POINTS_AS_WORDS : [])]));
      }
      if (rest !== 0) await sheet.add([...who, "", t("rpt-difference-elsewhere"), "", null, "", null, rest, "", null, ""], undefined, formats);
      await sheet.add([...who, "", t("col-total"), "", a.score.total, "", a.verified.total, verifiedDifference(a, section.decimals), "", null, ""], "sub", formats);
    }
  }
  sheet.done();
}

/**
 * Whether an indicator holds an answer as given: scored, or information only (a count that earns nothing, listed
 * in Verification since a corrected figure is: it was written "15", a number stored as text).
 */
function answered(i: IndicatorResult): boolean {
  return i.status === "scored" || i.status === "info_only";
}

/** A date answered (YYYY-MM-DD) as its date cell's serial number; undefined for any other answer. */
function dateAnswer(i: IndicatorResult): number | undefined {
  return answered(i) && i.input === "date" && typeof i.value === "string" ? dateSerial(i.value) : undefined;
}

/**
 * A row a document cited, by agency (ranking order) and indicator (rubric order): its number, date, issuer, title and
 * link, as the file gives them; the date a date cell (a date sorted and filtered as one, against the date sent), or the
 * text as written where it is no whole date. Cut at the sheet's `limit` of rows, the last saying how many more and where.
 * Its text is written in its cells (t="str"), not in the shared strings, which are held to the end: 10,000 agencies
 * citing 49 documents each, each title its own, peaked at 831 MB with them, 363 MB without (210 MB with no such sheet).
 * One line a row, unwrapped: wrapped, each of its cells took a style of its own.
 */
async function evidenceSheet(sheet: SheetWriter, sections: RankedSection[], lang: Lang, limit: number): Promise<void> {
  const t = (key: string) => message(lang, key);
  sheet.columns([24, 14, 32, 9, 36, 18, 12, 24, 48, 36], new Map([[7, dateFormat(lang)]]), [], new Map([[8, INDENT]]));
  sheet.filter(10);
  await sheet.add([t("rpt-col-cohort"), t("rpt-col-agency-id"), t("col-agency"), t("col-code"), t("rpt-col-indicator"), t("rpt-col-evidence-number"), t("rpt-col-evidence-date"), t("rpt-col-evidence-issuer"), t("rpt-col-evidence-title"), t("rpt-col-evidence-link")], "head");
  // The header and the rows listed; the sheet's last row is the last document's where it is the last one, else the
  // row that says how many more (it cut the last document of a batch that filled the sheet exactly).
  let rows = 1, left = 0;
  let last: Value[] | undefined;
  for (const { head: section, agencies } of sections) {
    for (const a of agencies) {
      if (!a.evidence) continue;
      const s = finalScore(a);
      const who = [cohortLabel(section, s.agency.cohort, lang), s.agency.id, s.agency.name];
      const titles = new Map(s.indicators.map((i) => [i.code, i.title[lang]]));
      for (const [code, items] of Object.entries(a.evidence)) {
        for (const e of items) {
          const row = () => [...who, code, titles.get(code) ?? "", e.number ?? "", dateSerial(e.date ?? "") ?? e.date ?? "", e.issuer ?? "", e.title ?? "", e.link ?? ""];
          if (rows < limit - 1) { await sheet.add(row()); rows++; }
          else if (left++ === 0) last = row();
        }
      }
    }
  }
  if (left === 1) await sheet.add(last!);
  else if (left > 1) await sheet.add([message(lang, "rpt-xlsx-evidence-cut", { count: left, rows: limit })]);
  sheet.done();
}

function* warnedIn(sections: RankedSection[]): Generator<FileFindings> {
  for (const s of sections) for (const a of s.warned) yield warnedFile(a);
}

/** The YAML files a folder held that are no agency files: each with why it was passed over, as standard error says it. */
async function skippedSheet(sheet: SheetWriter, files: string[], kinds: SkippedKind[] | undefined, lang: Lang): Promise<void> {
  sheet.columns([40, 72], new Map(), [1, 2]);
  await sheet.add([message(lang, "col-file"), message(lang, "rpt-col-skipped-why")], "head");
  for (const [i, file] of files.entries()) {
    const why = message(lang, `skipped-why-${kinds?.[i] ?? "other"}`, { file, rubric_word: shellWord(file) });
    await sheet.add([file, why.charAt(0).toUpperCase() + why.slice(1)]);
  }
  sheet.done();
}

/** A row a finding: the files not scored, or the warnings of scored ones (`what` heads the last column). */
async function findingsSheet(sheet: SheetWriter, files: Iterable<FileFindings>, what: string, lang: Lang): Promise<void> {
  const t = (key: string) => message(lang, key);
  // The code's column as wide as the longest code (verified-before-submission) and its indent: 22 cut it.
  sheet.columns([40, 14, 36, 7, 7, 28, 72], new Map(), [1, 3, 7], new Map([[6, INDENT]]));
  await sheet.add([t("col-file"), t("rpt-col-agency-id"), t("col-agency"), t("rpt-col-line"), t("rpt-col-col"), t(what === "rpt-col-warning" ? "rpt-col-warning-code" : "rpt-col-code"), t(what)], "head");
  for (const f of files) {
    const who = [f.agency?.id ?? "", f.agency?.name ?? ""];
    if (f.errors.length === 0) await sheet.add([f.file, ...who, null, null, "", ""]);
    // A warning in the not-scored sheet, whose column is headed Error, is marked as the html marks it.
    for (const e of f.errors) await sheet.add([f.file, ...who, e.line, e.col, e.code, (what === "rpt-col-error" ? warningMark(e.severity, lang) : "") + errorLine(e, lang)]);
  }
  sheet.done();
}
