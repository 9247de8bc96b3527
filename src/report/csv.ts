import type { Lang } from "../core/rubric.js";
import type { IndicatorResult } from "../core/result.js";
import { message } from "../i18n/messages.js";
import { aggregateColumns, bandStartOf, groupRank, aggregatePoints, answerLabels, cohortLabel, errorLine, finalScore, groupByCode, groupColumns, type Section, stripControls, typeLabel, verifiedDifference } from "./common.js";
import type { RankedAgency, ScoreReport } from "./report.js";
import { answerText, statusText } from "./value-text.js";
import { nfc } from "../core/unicode.js";
import { rankedSections, type RankedSection } from "./ranked.js";

export type CsvLayout = "ranking" | "long";

interface CsvOptions {
  lang: Lang;
  /** Field separator: one character other than a quote, CR or LF. */
  sep: string;
  layout: CsvLayout;
}

/** A cell: a number stays a number; text is neutralised against formulas and quoted per RFC 4180. */
export type Cell = string | number | null;

/**
 * CSV for Excel: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting.
 * `ranking`: one row per agency with group scores as columns; `long`: one row per agency × indicator.
 * Numbers are plain numbers with a dot, or with a decimal comma when the separator is `;`.
 */
export function formatCsv(report: ScoreReport, options: CsvOptions): string {
  return [...csvLines(rankedSections(report), options)].join("");
}

/** The csv line by line (the first with the byte-order mark): what a large batch writes as it reads its agencies. */
export function* csvLines(sections: RankedSection[], options: CsvOptions): Generator<string> {
  yield* csvRows(options.layout === "long" ? longRows(sections, options.lang) : rankingRows(sections, options.lang), options.sep);
}

/** Rows as csv lines for Excel, as every csv of egov-score is written: the first with the byte-order mark, each ending CRLF. */
export function* csvRows(rows: Iterable<Cell[]>, sep: string): Generator<string> {
  const decimalComma = sep === ";";
  let first = true;
  for (const row of rows) {
    yield (first ? "\uFEFF" : "") + row.map((cell) => csvCell(cell, sep, decimalComma)).join(sep) + "\r\n";
    first = false;
  }
}

/** A section with its first agency alone: what the helpers that name columns need of it. */
function columnsOf(s: RankedSection): Section {
  return { ...s.head, agencies: s.first ? [s.first] : [] };
}

/** `--csv-sep` as typed: "tab" and "\t" mean a tab. Undefined when it cannot be a separator. */
export function parseCsvSep(spec: string | undefined): string | undefined {
  if (spec === undefined) return ",";
  const sep = spec === "tab" || spec === "\\t" ? "\t" : spec;
  // Numbers are written unquoted with digits, a dot and, below zero (a verified difference), a minus sign: a separator among those would split them.
  return [...sep].length === 1 && !/["\r\n.\d-]/.test(sep) ? sep : undefined;
}

function* rankingRows(sections: RankedSection[], lang: Lang): Generator<Cell[]> {
  const t = (key: string) => message(lang, key);
  const heads = sections.map(columnsOf);
  const columns = groupColumns({ rubrics: heads } as ScoreReport);
  const several = sections.length > 1;
  const rubricPrefix = (rubric: string) => (several ? rubric.replace("@", " ") + " " : "");
  const rankColumns = sections.flatMap((s) => (s.groupRanks && s.first ? s.first.score.groups.map((g) => ({ rubric: `${s.head.id}@${s.head.version}`, code: g.code })) : []));
  const aggregates = heads.flatMap((s) => aggregateColumns(s).map((x) => ({ rubric: `${s.id}@${s.version}`, id: x.id, title: x.title })));
  const head: Cell[] = [
    t("rpt-col-rubric"), t("rpt-col-rubric-version"), t("rpt-col-cohort"), t("col-rank"), t("rpt-col-cohort-size"),
    t("rpt-col-agency-id"), t("col-agency"), t("rpt-col-agency-type"), t("period"),
    t("col-total"), t("col-max"), t("rpt-col-percent"), t("col-band"), t("rpt-col-self-total"), t("rpt-col-verified-total"), t("rpt-col-difference"),
    t("bonus"), t("penalty"),
    ...columns.map((c) => `${rubricPrefix(c.rubric)}${c.code} ${c.title[lang]}`),
    ...aggregates.map((c) => `${rubricPrefix(c.rubric)}${c.title[lang]}`),
    ...rankColumns.map((c) => rubricPrefix(c.rubric) + message(lang, "rpt-col-group-rank", { code: c.code })),
    t("rpt-col-answered"), t("rpt-col-applicable"), t("rpt-col-unanswered"), t("rpt-col-na"), t("rpt-col-missing-evidence"),
    t("rpt-col-provisional"), t("rpt-col-example"), t("col-file"),
    // Last, as in the xlsx, so that the columns before it keep their places; ISO, as the long layout writes dates.
    t("rpt-col-submitted"),
    // After it, so that the date sent keeps its place: a collector working from the csv alone learns of them too.
    t("rpt-col-warnings"),
    // The agency's own gaps, which a collector's verified values may have filled (the columns above are the final score's).
    t("rpt-col-self-unanswered"), t("rpt-col-self-missing-evidence"),
    // Where the band starts, in its set's basis: a ward's "Excellent" at 89.72 % beside a commune's "Good" at 88.91 % (wards' bands on points).
    t("rpt-col-band-start"),
  ];
  yield head;
  for (const { head: section, summaries } of sections) {
    const key = `${section.id}@${section.version}`;
    for (const a of summaries) {
      const s = finalScore(a);
      const groups = groupByCode(s);
      const c = s.completeness;
      yield [
        section.id, section.version, cohortLabel(section, s.agency.cohort, lang), a.rank, a.cohort_size,
        s.agency.id, s.agency.name, typeLabel(section, s.agency.type, lang), s.period,
        s.total, s.max, s.percent, s.band?.label[lang] ?? "", a.score.total, a.verified?.total ?? null, verifiedDifference(a, section.decimals),
        s.bonus.points, s.penalty.points,
        ...columns.map((col) => {
          if (col.rubric !== key) return null;
          const g = groups.get(col.code);
          return g && !g.excluded ? g.points : null;
        }),
        ...aggregates.map((col) => (col.rubric === key ? aggregatePoints(s, col.id) ?? null : null)),
        ...rankColumns.map((col) => (col.rubric === key ? groupRank(a.group_ranks, col.code) ?? null : null)),
        c.answered, c.applicable, c.unanswered, c.not_applicable, c.missing_evidence,
        yesNo(s.provisional, lang), yesNo(a.example, lang), a.file, a.submitted ?? null, warningsText(a, lang),
        a.score.completeness.unanswered, a.score.completeness.missing_evidence,
        bandStartOf(section, s, lang),
      ];
    }
  }
}

function* longRows(sections: RankedSection[], lang: Lang): Generator<Cell[]> {
  const t = (key: string) => message(lang, key);
  yield [
    t("rpt-col-rubric"), t("rpt-col-rubric-version"), t("rpt-col-cohort"), t("rpt-col-agency-id"), t("col-agency"),
    t("col-code"), t("rpt-col-indicator"), t("rpt-col-parent"), t("rpt-col-input"), t("rpt-col-rule"),
    t("rpt-col-answer"), t("rpt-col-status"), t("col-points"), t("col-max"), t("rpt-col-excluded"),
    t("rpt-col-evidence"), t("rpt-col-evidence-missing"), t("rpt-col-evidence-list"), t("rpt-col-note"),
    t("rpt-col-verified-answer"), t("rpt-col-verified-points"), t("rpt-col-verified-note"),
    // Who verified and when, after the note, so that the columns before keep their places.
    t("rpt-col-verified-by"), t("rpt-col-verified-on"),
  ];
  for (const { head: section, agencies } of sections) {
    for (const a of agencies) {
      const s = a.score;
      const verified = new Map((a.verified?.indicators ?? []).map((i) => [i.code, i]));
      for (const i of s.indicators) {
        const v = verified.get(i.code);
        yield [
          section.id, section.version, cohortLabel(section, s.agency.cohort, lang), s.agency.id, s.agency.name,
          i.code, i.title[lang], parentText(i.parent, lang), t(`input-kind-${i.input}`), t(`rule-kind-${i.rule ?? "info"}`),
          csvAnswer(i, lang, answerLabels(section, i.code)), statusText(i, lang), i.points, i.max, yesNo(i.excluded, lang),
          i.evidence, i.evidence_missing, evidenceText(a.evidence?.[i.code]), i.note ?? "",
          // Information only earns nothing: said in words, as the xlsx Verification sheet says it (a 0 read as points taken away).
          v?.verified ? csvAnswer(v, lang, answerLabels(section, i.code)) : "", v ? (v.status === "info_only" ? statusText(v, lang) : v.points) : null,
          v?.verified_note ?? "", v?.verified_by ?? "",
          // The day as scoring wrote it (2025-10-08), as every date of the csv.
          v?.verified_on ?? "",
        ];
      }
    }
  }
}

/**
 * A date answer as ISO 8601 (2025-03-12), which a spreadsheet reads as that date whatever its locale: a
 * Vietnamese 12/03/2025 is the 3rd of December to one set for English. Other answers as the reports say them.
 */
function csvAnswer(i: IndicatorResult, lang: Lang, labels: Parameters<typeof answerText>[2]): string | number {
  if (i.input === "date" && typeof i.value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(i.value)) return i.value;
  // A figure alone as a number, as the points beside it are written: in Vietnamese "3,2" beside "10.88" was read by
  // a spreadsheet as one number and one text, or the other way round, whatever its locale.
  if (typeof i.value === "number" && i.status !== "not_applicable") return i.value;
  return answerText(i, lang, labels);
}

/**
 * A scored file's warnings in one cell, each where it is in the file and as the md says it ("10:7 Likely the same
 * agency as …", its hints too), separated by " | " as evidence items are; empty where there are none.
 */
function warningsText(a: RankedAgency, lang: Lang): string {
  return (a.file_warnings ?? []).map((e) => (e.line === null ? "" : `${e.line}:${e.col ?? 1} `) + errorLine(e, lang)).join(" | ");
}

/** An indicator's place: its group's code, or the bonus or penalty list in the report's language. */
function parentText(parent: string, lang: Lang): string {
  return parent === "bonus" || parent === "penalty" ? message(lang, parent) : parent;
}

function yesNo(value: boolean, lang: Lang): string {
  return message(lang, value ? "yes" : "no");
}

/** Evidence items in one cell: "number, date, title, link" per item, items separated by " | "; the date ISO, as the answer's (see csvAnswer). */
function evidenceText(items: { number?: string; date?: string; title?: string; link?: string; issuer?: string }[] | undefined): string {
  return (items ?? []).map((e) => [e.number, e.date, e.issuer, e.title, e.link].filter((x) => x !== undefined && x !== "").join(", ")).join(" | ");
}

/**
 * Text from data must not start a formula in a spreadsheet: = + - @ tab CR LF get a leading apostrophe,
 * also after leading spaces of any kind (a spreadsheet may trim them) and in their full-width forms.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? "'" + text : text;
}

const FORMULA_START = /^[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r\n]/;

/** A number without exponent or trailing zeros. */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return "";
  if (Object.is(n, -0) || n === 0) return "0";
  const text = Number.isInteger(n) ? n.toFixed(0) : n.toFixed(10).replace(/0+$/, "").replace(/\.$/, "");
  return text === "-0" ? "0" : text;
}

function csvCell(cell: Cell, sep: string, decimalComma: boolean): string {
  if (cell === null) return "";
  if (typeof cell === "number") {
    const text = plainNumber(cell);
    return decimalComma ? text.replace(".", ",") : text;
  }
  const text = neutralise(nfc(stripControls(cell)));
  return text.includes(sep) || /["\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
