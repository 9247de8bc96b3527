import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { finalScore, notScoredHeadingOf, warnedFile, warningsHeadingOf, type FileFindings, HTML_DETAIL_LIMIT, unreadableFolder, skippedGroups, skippedHeadKey } from "./common.js";
import { memoryScratch, type Scratch } from "./scratch.js";
import { rankedReport, type RankedReport, type RankedSection } from "./ranked.js";
import { formatStamp } from "./format-number.js";
import type { ReportFrame, ScoreReport } from "./report.js";
import { h } from "./svg.js";
import { dataText } from "./html-text.js";
import { gather, type SectionFacts } from "./html-gather.js";
import { sectionHtml } from "./html-section.js";
import { findings } from "./html-findings.js";
import { CSS } from "./html-styles.js";

// Imported from here by the tests, as before html-text.ts held it.
export { dataText } from "./html-text.js";

interface HtmlOptions {
  lang: Lang;
  /** Above this many agencies no indicator annex, and the contents list rubrics only (HTML_DETAIL_LIMIT; a test says fewer). */
  detailLimit?: number;
}

/**
 * One self-contained html file: inline CSS and SVG, no script, no network (a Content-Security-Policy
 * forbids both), every text escaped. One agency: its groups as bars against their max, and the band.
 * A batch: per rubric the chart of totals, the distribution of bands, the per-group averages and the
 * ranking per cohort; then every agency. A print stylesheet lays it out on A4.
 */
export function formatHtml(report: ScoreReport, options: HtmlOptions): string {
  return [...htmlChunks(rankedReport(report), options)].join("");
}

/**
 * The html in pieces, from a report whose agencies are read one at a time (a large batch's spool, read
 * twice: once for what the charts, notes and contents count and the ranking rows, put aside in the report's
 * scratch until the charts are written; once for the agencies): the page of 10,000 agencies is written
 * without it or its agencies whole in memory. formatHtml is these pieces joined.
 */
export function* htmlChunks(report: RankedReport, options: HtmlOptions): Generator<string> {
  const scratches: Scratch[] = [];
  try {
    yield* pageChunks(report, options, () => { const s = report.scratch?.() ?? memoryScratch(); scratches.push(s); return s; });
  } finally {
    for (const s of scratches) s.close();
  }
}

function* pageChunks(report: RankedReport, options: HtmlOptions, scratch: () => Scratch): Generator<string> {
  const { lang } = options;
  const limit = options.detailLimit ?? HTML_DETAIL_LIMIT;
  const t = (key: string, params: Record<string, string | number> = {}) => h(message(lang, key, params));
  const { frame } = report;
  const sections = report.sections.map((s, si) => gather(s, si, lang, limit, scratch()));
  const total = sections.reduce((n, s) => n + s.size, 0);
  const only = total === 1 ? sections[0]?.section.first : undefined;
  const title = only ? `${message(lang, "rpt-html-title")} — ${finalScore(only).agency.name}` : message(lang, "rpt-html-title");
  // Counted first, files read back one at a time: the contents and the note before the rankings say how many.
  const warned = { files: 0, count: 0 };
  for (const s of report.sections) for (const a of s.warned) if (a.file_warnings) { warned.files++; warned.count += a.file_warnings.length; }
  const notScored = { files: 0, folders: 0 };
  for (const f of frame.not_scored) { notScored.files++; if (unreadableFolder(f)) notScored.folders++; }
  const warnedHeading = warningsHeadingOf(warned.files, warned.count, lang);
  const notScoredHeading = notScoredHeadingOf(notScored.files, notScored.folders, lang);
  const stamp = t("rpt-stamp", { tool: `${frame.tool.name} ${frame.tool.version}`, time: formatStamp(frame.generated_at, lang) });
  yield [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="${h(`${frame.tool.name} ${frame.tool.version}`)}">`,
    `<title>${h(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    `<body class="${total === 1 ? "single" : "batch"}">`,
    "",
  ].join("\n");
  const listed = total > 1 || notScored.files > 0;
  // A batch's contents list every agency before the report: a keyboard or screen-reader user skips them (WCAG 2.4.1).
  if (listed) yield `<a class="skip" href="#main">${t("rpt-skip-to-content")}</a>\n`;
  const heading = only ? `${t("rpt-html-title")} — ${dataText(finalScore(only).agency.name, lang)}` : h(title);
  yield `<header class="page-head"><h1>${heading}</h1><p class="meta">${stamp}</p></header>\n`;
  // The files passed over close the report: linked as the other lists are, the note at the top naming only the files not scored.
  const skippedHeading = frame.skipped?.length ? message(lang, skippedHeadKey("rpt-skipped-head", frame.skipped_kinds), { count: frame.skipped.length }).replace(/:$/, "") : undefined;
  if (listed) yield contents(sections, lang, warned.files > 0 ? warnedHeading : undefined, notScored.files > 0 ? notScoredHeading : undefined, skippedHeading) + "\n";
  yield `<main id="main">\n`;
  // The files left out of the rankings, said where the rankings print (their list is on the last pages).
  if (total > 1 && notScored.files > 0) yield `<p class="warn not-scored-note"><a href="#not-scored">${t("rpt-not-scored-note", { count: notScored.files })}</a></p>\n`;
  const details = total <= limit;
  if (!details) yield `<p class="meta">${t("rpt-details-omitted", { limit })}</p>\n`;
  for (const [si, facts] of sections.entries()) yield* sectionHtml(facts, si, lang, total === 1, details);
  if (warned.files > 0) yield* findings("file-warnings", warnedHeading, warnedFiles(report.sections), "rpt-col-warning", lang);
  if (notScored.files > 0) yield* findings("not-scored", notScoredHeading, frame.not_scored, "rpt-col-error", lang);
  if (frame.skipped?.length) yield skippedHtml(frame.skipped, frame.skipped_kinds, lang);
  if (total === 0 && notScored.files === 0) yield `<p>${t("rpt-empty")}</p>\n`;
  yield `</main>\n`;
  yield [`<footer class="page-foot">${stamp}</footer>`, "</body>", "</html>", ""].join("\n");
}

/** The files passed over, under what they are when that is known. */
function skippedHtml(files: string[], kinds: ReportFrame["skipped_kinds"], lang: Lang): string {
  const groups = skippedGroups(files, kinds);
  if (!groups) return `<p class="meta" id="skipped">${h(message(lang, "rpt-skipped", { count: files.length, files: files.join(", ") }))}</p>\n`;
  const items = groups.map((g) => `<li>${h(`${message(lang, `rpt-skipped-kind-${g.kind}`, { count: g.files.length })}: ${g.files.join(", ")}`)}</li>`);
  return [`<p class="meta skipped" id="skipped">${h(message(lang, skippedHeadKey("rpt-skipped-head", kinds), { count: files.length }))}</p>`, `<ul class="meta skipped">`, ...items, `</ul>`, ""].join("\n");
}

/** The scored files with warnings, rubric by rubric in ranking order. */
function* warnedFiles(sections: RankedSection[]): Generator<FileFindings> {
  for (const s of sections) for (const a of s.warned) if (a.file_warnings) yield warnedFile(a);
}

function contents(sections: SectionFacts[], lang: Lang, warned: string | undefined, notScored: string | undefined, skipped: string | undefined): string {
  const items: string[] = [];
  sections.forEach(({ section: s, links }, si) => {
    const agencies = links ? `<ol class="agencies">${links.join("")}</ol>` : "";
    items.push(`<li><a href="#r${si}">${h(s.head.title[lang])} <span class="code">${h(s.head.id)} ${h(s.head.version)}</span></a>${agencies}</li>`);
  });
  if (warned !== undefined) items.push(`<li><a href="#file-warnings">${h(warned)}</a></li>`);
  if (notScored !== undefined) items.push(`<li><a href="#not-scored">${h(notScored)}</a></li>`);
  if (skipped !== undefined) items.push(`<li><a href="#skipped">${h(skipped)}</a></li>`);
  return `<nav class="contents" aria-labelledby="contents-title"><h2 id="contents-title">${h(message(lang, "rpt-contents"))}</h2><ol>${items.join("")}</ol></nav>`;
}
