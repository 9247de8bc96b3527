import { fromUnits, meanUnits, toUnits } from "../core/round.js";
import type { EvidenceItem } from "../core/agency.js";
import type { AgencyScore, GroupResult, IndicatorResult } from "../core/result.js";
import type { Lang } from "../core/rubric.js";
import { SHOWN_AS_NOTHING, SHOWS_AS_NOTHING } from "../core/unicode.js";
import { message } from "../i18n/messages.js";
import { adjustmentCell, adjustmentColumns, aggregatePoints, rankingAggregates, bandLines, bandSetFinder, indicatorsHeadText, groupRank, byName, columnLegend, marksKey, periodsNote, notScoredAgency, aggregatesText, answerLabels, cautionNotes, rankedCompletenessText, cohortLabel, deducted, errorLine, finalScore, flattenGroups, notScoredHeadingOf, warningMark, signedPoints, typeLabel, type VerifiedIndicator, verifiedChanges, verifiedChangeLines, verifiedDifference, verifiedIndicators, verifiedNoteText, warnedFile, warningsHeadingOf, type FileFindings, HTML_DETAIL_LIMIT, provisionalMark, sentOn, ColumnGatherer, type AggregateColumn, unreadableFolder, otherPeriodTag, namesakeTag } from "./common.js";
import { IncompleteGatherer, incompleteNote } from "./incomplete.js";
import { memoryScratch, type Scratch } from "./scratch.js";
import { rankedReport, type RankedReport, type RankedSection } from "./csv.js";
import { dateText, formatPercent, formatMax, formatPoints, formatStamp } from "./format-number.js";
import type { RankedAgency, ScoreReport, SectionHead } from "./report.js";
import { BAND_COLORS, barChart, columnChart, h, NO_BAND_COLOR, shareColor } from "./svg.js";
import { truncate } from "../core/truncate.js";
import { answerText, statusText, type AnswerLabels } from "./value-text.js";

interface HtmlOptions {
  lang: Lang;
  /** Above this many agencies no indicator annex, and the contents list rubrics only (HTML_DETAIL_LIMIT; a test says fewer). */
  detailLimit?: number;
}

/** Agencies above this many get a histogram of totals instead of one bar each. */
const BARS_PER_AGENCY_LIMIT = 60;
/** Bars of the totals chart drawn together: about 120 mm, which fits a landscape page under its headings. */
const BARS_PER_BLOCK = 20;
/** The histogram of a large batch's percentages: a neutral blue, no band's colour. */
const HISTOGRAM_COLOR = "#0969da";

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
  if (listed) yield contents(sections, lang, warned.files > 0 ? warnedHeading : undefined, notScored.files > 0 ? notScoredHeading : undefined) + "\n";
  yield `<main id="main">\n`;
  // The files left out of the rankings, said where the rankings print (their list is on the last pages).
  if (total > 1 && notScored.files > 0) yield `<p class="warn not-scored-note"><a href="#not-scored">${t("rpt-not-scored-note", { count: notScored.files })}</a></p>\n`;
  const details = total <= limit;
  if (!details) yield `<p class="meta">${t("rpt-details-omitted", { limit })}</p>\n`;
  for (const [si, facts] of sections.entries()) yield* sectionHtml(facts, si, lang, total === 1, details);
  if (warned.files > 0) yield* findings("file-warnings", warnedHeading, warnedFiles(report.sections), "rpt-col-warning", lang);
  if (notScored.files > 0) yield* findings("not-scored", notScoredHeading, frame.not_scored, "rpt-col-error", lang);
  if (frame.skipped?.length) yield `<p class="meta">${h(message(lang, "rpt-skipped", { count: frame.skipped.length, files: frame.skipped.join(", ") }))}</p>\n`;
  if (total === 0 && notScored.files === 0) yield `<p>${t("rpt-empty")}</p>\n`;
  yield `</main>\n`;
  yield [`<footer class="page-foot">${stamp}</footer>`, "</body>", "</html>", ""].join("\n");
}

/** The scored files with warnings, rubric by rubric in ranking order. */
function* warnedFiles(sections: RankedSection[]): Generator<FileFindings> {
  for (const s of sections) for (const a of s.warned) if (a.file_warnings) yield warnedFile(a);
}

/** A section's agencies in ranking order, each with its place in the section as listed (its html id is made of it). */
function* placed(agencies: Iterable<RankedAgency>, order: readonly number[]): Generator<[RankedAgency, number]> {
  let n = 0;
  for (const a of agencies) yield [a, order[n++]!];
}

/** A cohort of a section, in ranking order: its size, whether some agency is verified, and its groups' sums for their averages. */
interface CohortFacts { cohort: string; size: number; verified: boolean; groups: { share: number; units: number; count: number }[] }

/**
 * What a section's charts, ranking notes and agencies need of all its agencies, gathered in one reading of
 * them in ranking order (sums over a cohort are added in the order the report in memory added them).
 */
interface SectionFacts {
  section: RankedSection;
  size: number;
  bands: { id: string; label: string; color: string; count: number }[];
  /** The bands counted per band set, as the band lines say them: a vertical agency's Good is not a department's. `types`: the set's, where several rate the section's agencies. */
  bandCharts: { types: string[] | undefined; size: number; bands: SectionFacts["bands"] }[];
  /** The agencies, when few enough for a bar each. */
  bars: RankedAgency[] | undefined;
  /** Agencies per 10 % of the scale. */
  buckets: number[];
  cohorts: CohortFacts[];
  aggregates: AggregateColumn[];
  marks: { verified: boolean; provisional: boolean };
  incomplete: IncompleteGatherer;
  periods: Map<string, number>;
  /** The agencies' types: the band sets the section's head lists. */
  types: Set<string>;
  /** Per cohort, how many agencies have a rank on each top-level group (--group-ranks; a group that does not apply to some ranks fewer). */
  rankSizes: Map<string, Record<string, number>>;
  /** The contents' links to the agencies, when no more than the detail limit. */
  links: string[] | undefined;
  /** Each agency's cohort and ranking row (rankingRow), in ranking order. */
  rows: Scratch;
}

function gather(section: RankedSection, si: number, lang: Lang, limit: number, rows: Scratch): SectionFacts {
  const { head, first } = section;
  const columns = rankingColumns(section);
  const codes = first ? flattenGroups(first.score.groups).map((g) => g.code) : [];
  const aggregates = new ColumnGatherer();
  if (first) aggregates.add(first);
  const bandSetOf = bandSetFinder(head);
  const bandStatsPerSet = new Map<number, { types: string[] | undefined; size: number; stats: Map<string, BandStats> }>();
  const cohorts = new Map<string, CohortFacts>();
  const rankSizes = new Map<string, Record<string, number>>();
  const periods = new Map<string, number>();
  const types = new Set<string>();
  const buckets = Array.from({ length: 10 }, () => 0);
  const marks = { verified: false, provisional: false };
  const incomplete = new IncompleteGatherer();
  let bars: RankedAgency[] | undefined = [];
  let links: string[] | undefined = [];
  let size = 0;
  for (const [a, at] of placed(section.summaries, section.order)) {
    const s = finalScore(a);
    size++;
    if (bars && bars.push(a) > BARS_PER_AGENCY_LIMIT) bars = undefined;
    // Long batches list only the rubrics: the ranking tables link to every agency.
    if (links && links.push(`<li><a href="#${agencyId(si, at)}">${dataText(s.agency.name, lang)}${namesakeHtml(s.agency.id, section.namesakes)}</a></li>`) > limit) links = undefined;
    rows.add([a.score.agency.cohort, ...rankingRow(head, columns, a, at, lang, si, section.namesakes)]);
    const id = s.band?.id ?? "";
    const set = bandSetOf(s.agency.type);
    const perSet = bandStatsPerSet.get(set?.at ?? -1) ?? { types: set?.types, size: 0, stats: new Map<string, BandStats>() };
    bandStatsPerSet.set(set?.at ?? -1, perSet);
    perSet.size++;
    const bandStats = perSet.stats;
    const band = bandStats.get(id) ?? { label: s.band?.label[lang] ?? message(lang, "no-band"), sum: 0, count: 0, at };
    band.sum += s.percent;
    band.count++;
    band.at = Math.min(band.at, at);
    bandStats.set(id, band);
    buckets[Math.min(9, Math.floor(s.percent / 10))]!++;
    aggregates.add(a);
    if (a.verified) marks.verified = true;
    if (s.provisional) marks.provisional = true;
    incomplete.add(a);
    periods.set(s.period, (periods.get(s.period) ?? 0) + 1);
    types.add(s.agency.type);
    const sizes = rankSizes.get(s.agency.cohort) ?? (Object.create(null) as Record<string, number>);
    for (const code of Object.keys(a.group_ranks ?? {})) sizes[code] = (sizes[code] ?? 0) + 1;
    rankSizes.set(s.agency.cohort, sizes);
    const key = a.score.agency.cohort;
    let cohort = cohorts.get(key);
    if (!cohort) cohorts.set(key, (cohort = { cohort: key, size: 0, verified: false, groups: codes.map(() => ({ share: 0, units: 0, count: 0 })) }));
    cohort.size++;
    if (a.verified) cohort.verified = true;
    // Each group's mean share of its max, over the agencies it applies to; points summed as whole units, their mean
    // rounded half-up as the rubric rounds (floats made 94.175 94.17).
    const groups = flattenGroups(s.groups);
    codes.forEach((code, k) => {
      const g = groups.find((x) => x.code === code);
      if (!g || g.excluded || g.max <= 0) return;
      const sum = cohort.groups[k]!;
      sum.share += g.points / g.max; sum.units += toUnits(g.points, head.decimals); sum.count++;
    });
  }
  const bandCharts = [...bandStatsPerSet.entries()].sort((x, y) => x[0] - y[0])
    .map(([, set]) => ({ types: bandStatsPerSet.size > 1 ? set.types : undefined, size: set.size, bands: bandOrder(head, set.stats) }));
  return { section, size, bands: bandCharts.flatMap((c) => c.bands), bandCharts, bars, buckets, cohorts: [...cohorts.values()], aggregates: rankingAggregates(head, columns.top, aggregates.result().aggregates), marks, incomplete, periods, types, rankSizes, links, rows };
}

function contents(sections: SectionFacts[], lang: Lang, warned: string | undefined, notScored: string | undefined): string {
  const items: string[] = [];
  sections.forEach(({ section: s, links }, si) => {
    const agencies = links ? `<ol class="agencies">${links.join("")}</ol>` : "";
    items.push(`<li><a href="#r${si}">${h(s.head.title[lang])} <span class="code">${h(s.head.id)} ${h(s.head.version)}</span></a>${agencies}</li>`);
  });
  if (warned !== undefined) items.push(`<li><a href="#file-warnings">${h(warned)}</a></li>`);
  if (notScored !== undefined) items.push(`<li><a href="#not-scored">${h(notScored)}</a></li>`);
  return `<nav class="contents" aria-labelledby="contents-title"><h2 id="contents-title">${h(message(lang, "rpt-contents"))}</h2><ol>${items.join("")}</ol></nav>`;
}

/**
 * Text from an agency's file (a name, evidence, a note, an answer) in an English report, marked as Vietnamese
 * where its letters say so (WCAG 3.1.2): a screen reader then reads it with a Vietnamese voice, not as English
 * ("Sở Tài chính" spelt out letter by letter). The marks that only Vietnamese writes: đ, the hook above, the
 * horn (ơ, ư) and the dot below.
 */
export function dataText(text: string, lang: Lang): string {
  return lang === "en" && VIETNAMESE.test(text) ? `<span lang="vi">${h(text)}</span>` : h(text);
}
/**
 * Those marks, and every letter that holds one composed (ả, ộ, ư): tested on the text as written, not on its NFD, as
 * String.normalize on a file's run of thousands of marks (a key quoted in a finding) turns quadratic (core/unicode.ts).
 */
const VIETNAMESE = new RegExp(`[đĐ\u0309\u031B\u0323${lettersDecomposingTo(/[\u0309\u031B\u0323]/)}]`);
function lettersDecomposingTo(marks: RegExp): string {
  let letters = "";
  for (let code = 0xc0; code <= 0x1eff; code++) if (marks.test(String.fromCodePoint(code).normalize("NFD"))) letters += String.fromCodePoint(code);
  return letters;
}

/**
 * The report's words holding texts in quotes (a finding's `write note: "…"`, the character "…" out of place, an
 * example such as 'Sở "A" tỉnh'): escaped, each quoted text marked as dataText marks a file's text. A single quote
 * between letters is an apostrophe ("the field's name"), and a \" is written about, not opened: neither is a quote.
 */
function quotedTexts(text: string, lang: Lang): string {
  let out = "";
  let from = 0;
  for (const m of text.matchAll(QUOTED)) {
    out += h(text.slice(from, m.index)) + dataText(m[0], lang);
    from = m.index + m[0].length;
  }
  return out + h(text.slice(from));
}
const QUOTED = /(?<!\\)"(?:[^"\\]|\\.)*"|“[^”]*”|(?<![\p{L}\p{N}])'[^'\n]*'(?![\p{L}\p{N}])/gu;

/**
 * The report's words naming an agency ({agency} in the message), escaped, the name put in as dataText: a caption
 * read aloud in an English report says the name with a Vietnamese voice, as the agency's heading does.
 */
function namingText(lang: Lang, key: string, name: string): string {
  return message(lang, key, { agency: NAME_SLOT }).split(NAME_SLOT).map((part) => h(part)).join(dataText(name, lang));
}
/** Where the name goes: a private-use character, in no message of the report's own. */
const NAME_SLOT = "\uE000";

function agencyId(section: number, index: number): string {
  return `r${section}-a${index}`;
}

/** A rubric's section, each piece ending its line: its head, charts and rankings, then its agencies one at a time. */
function* sectionHtml(facts: SectionFacts, si: number, lang: Lang, single: boolean, details: boolean): Generator<string> {
  const { section: { head, agencies, summaries, order }, types } = facts;
  const ranked = !single && facts.size > 1;
  // A section with its charts and rankings prints them on landscape pages; one with a single agency has none.
  yield `<section class="rubric${ranked ? " ranked" : ""}" id="r${si}">\n`;
  yield `<h2>${h(head.title[lang])}</h2>\n`;
  yield `<p class="meta">${h(message(lang, "rubric"))} <span class="code">${h(head.id)} ${h(head.version)}</span> · sha256 <span class="code" title="${h(head.sha256)}">${h(head.sha256.slice(0, 16))}…</span> · ${h(message(lang, "rpt-scale"))} ${h(formatPoints(head.scale, 0, lang))} · ${h(message(lang, "fidelity"))}: ${h(message(lang, `rpt-fidelity-${head.fidelity}`))}</p>\n`;
  // The thresholds, once for the rubric: an agency's band is read against them (a ward's on points, a commune's on percent).
  for (const line of bandLines(head, lang, types)) yield `<p class="meta">${h(line)}</p>\n`;
  if (ranked) { yield* batchSummary(facts, lang); yield "\n"; }
  // Agencies follow the ranking order; their ids keep the input index so the contents can link to them.
  for (const [a, at] of placed(details ? agencies : summaries, order)) yield agencyHtml(facts, a, agencyId(si, at), lang, details) + "\n";
  yield `</section>\n`;
}

/**
 * The bands the agencies reached, best first, each in the colour of its place among the rubric's bands (so
 * "Weak" is never drawn in the best colour because no one reached the better ones). A report read back
 * from json of an earlier version has no list of bands: they are ordered by the average percentage of
 * the agencies that reached them (ties in the order the agencies are listed).
 */
interface BandStats { label: string; sum: number; count: number; at: number }

function bandOrder(head: SectionHead, stats: Map<string, BandStats>): SectionFacts["bands"] {
  const place = new Map((head.bands ?? []).map((b, i) => [b.id, i]));
  const reached = [...stats.entries()].filter(([id]) => id !== "").sort((x, y) => x[1].at - y[1].at);
  const ordered = place.size > 0
    ? reached.map(([id, e]) => [id, e, place.get(id) ?? place.size] as const).sort((x, y) => x[2] - y[2])
    : reached.sort((x, y) => y[1].sum / y[1].count - x[1].sum / x[1].count).map(([id, e], i) => [id, e, i] as const);
  const out = ordered.map(([id, e, i]) => ({ id, label: e.label, color: BAND_COLORS[Math.min(i, BAND_COLORS.length - 1)]!, count: e.count }));
  const none = stats.get("");
  if (none) out.push({ id: "", label: none.label, color: NO_BAND_COLOR, count: none.count });
  return out;
}

/** An agency's band in the colour the section's charts give it. */
function bandColor(facts: SectionFacts, s: AgencyScore): string {
  return facts.bands.find((b) => b.id === (s.band?.id ?? ""))?.color ?? NO_BAND_COLOR;
}

function* batchSummary(facts: SectionFacts, lang: Lang): Generator<string> {
  const { section: { head, first } } = facts;
  const d = head.decimals;
  const figures: string[] = [];

  // Totals: one bar per agency, or a histogram of percentages for large batches.
  if (facts.bars) {
    // One chart per cohort where there are several: wards' bars among communes' read as one ranking across
    // cohorts the rubric ranks apart (and bands by other thresholds).
    const split = facts.cohorts.length > 1;
    for (const { cohort, size: count } of split ? facts.cohorts : [{ cohort: undefined, size: facts.size }]) {
      const caption = cohort === undefined ? message(lang, "rpt-chart-totals") : message(lang, "rpt-chart-totals-cohort", { cohort: cohortLabel(head, cohort, lang), count });
      const bars = cohort === undefined ? facts.bars : facts.bars.filter((a) => a.score.agency.cohort === cohort);
      const rows = [...bars].sort((a, b) => finalScore(b).total - finalScore(a).total || byName(finalScore(a).agency, finalScore(b).agency)).map((a) => {
        const s = finalScore(a);
        // A namesake's bar says its id whole; any other's when its name is cut.
        const tag = namesakeTag(s.agency.id, facts.section.namesakes);
        return { label: tag ? `${s.agency.name} ${tag}` : s.agency.name, tag: s.agency.id, valueText: `${formatPoints(s.total, d, lang)} · ${s.band?.label[lang] ?? "–"}`, share: s.max > 0 ? s.total / s.max : 0, color: bandColor(facts, s) };
      });
      // In blocks of at most 20 bars, each with its scale: printed, one chart of 43 bars went past a landscape page
      // and was cut across two, its second part without a scale (on screen the blocks read as one chart).
      const blocks = Math.ceil(rows.length / BARS_PER_BLOCK);
      const size = Math.ceil(rows.length / blocks);
      const charts = Array.from({ length: blocks }, (_, i) => barChart(rows.slice(i * size, (i + 1) * size), { className: "chart-totals", label: `${caption}: ${message(lang, "rpt-chart-totals-data")}`, scaleMarks: true }));
      figures.push(figure(charts.join(""), caption, "totals"));
    }
  } else {
    // One colour: a 10 % step holds agencies of several bands (a band may start at 65 %), so a band's colour
    // on it would say what is not so; the bands have their own chart below.
    const buckets = facts.buckets.map((count, i) => ({ label: `${i * 10}–${i * 10 + 10}`, count, color: HISTOGRAM_COLOR }));
    const histogram = message(lang, "rpt-chart-histogram");
    figures.push(figure(columnChart(buckets.map((b) => ({ ...b, label: `${b.label} %` })), { className: "chart-totals", label: histogram }), histogram,
      undefined, chartData(histogram, [message(lang, "rpt-col-percent-range"), message(lang, "rpt-col-agencies")], buckets.map((b) => [`${b.label} %`, String(b.count)]), lang)));
  }

  for (const { types, size, bands } of facts.bandCharts) {
    const bandsCaption = types ? message(lang, "rpt-chart-bands-for", { types: types.map((t) => typeLabel(head, t, lang)).join("; ") }) : message(lang, "rpt-chart-bands");
    figures.push(figure(columnChart(bands.map((b) => ({ label: b.label, count: b.count, color: b.color, title: `${b.label} (${formatPercent(b.count, size, lang)})` })), { className: "chart-bands", label: bandsCaption }), bandsCaption,
      undefined, chartData(bandsCaption, [message(lang, "col-band"), message(lang, "rpt-col-agencies"), "%"], bands.map((b) => [b.label, String(b.count), formatPercent(b.count, size, lang)]), lang)));
  }

  // Per-group averages: the mean share of each group's max, over the agencies it applies to; one chart per
  // cohort where there are several (a province publishes departments apart from communes).
  const groups = flattenGroups(first!.score.groups);
  for (const { cohort, size, groups: sums } of facts.cohorts) {
    const caption = facts.cohorts.length > 1 ? message(lang, "rpt-chart-groups-cohort", { cohort: cohortLabel(head, cohort, lang), count: size }) : message(lang, "rpt-chart-groups");
    const rows = groups.map((g0, k) => {
      const { share: sum, units, count } = sums[k]!;
      const share = count > 0 ? sum / count : 0;
      return { label: `${g0.code} ${g0.title[lang]}`, depth: g0.depth, strong: g0.depth === 0, share, color: shareColor(share), muted: count === 0,
        valueText: count > 0 ? `${formatPoints(fromUnits(meanUnits(units, count), d), d, lang)} / ${formatMax(g0.max, d, lang)}` : "–" };
    });
    figures.push(figure(barChart(rows, { className: "chart-groups", label: caption, scaleMarks: true }), caption,
      undefined, chartData(caption, [message(lang, "col-group"), message(lang, "rpt-col-average")], rows.map((r) => [r.label, r.valueText]), lang)));
  }

  // The group columns are headed by their codes: their titles are said above the tables (a tooltip does not print;
  // under them, the key printed pages after the columns it explains).
  const incomplete = incompleteNote(facts.incomplete, lang, h, (name) => dataText(name, lang));
  const legend = [columnLegend({ ...head, agencies: first ? [first] : [] }, lang, facts.aggregates), ...marksKey(facts.marks, lang), ...periodsNote(head, facts.periods, lang)].map((line) => `<p class="meta key">${h(line)}</p>`).join("") +
    (incomplete ? `<p class="meta key warn">${incomplete}</p>` : "");
  yield `<div class="summary"><div class="charts">${figures.join("")}</div><h3>${h(message(lang, "ranking", { rubric: `${head.id} ${head.version}` }))}</h3>${legend}`;
  // The ranking tables, a cohort after another, their rows as gather() put them aside.
  let cohort: CohortFacts | undefined;
  let at = -1;
  for (const [key, start, verifiedCells, end] of facts.rows.records()) {
    if (!cohort || key !== cohort.cohort) {
      if (cohort) yield RANKING_END + "\n";
      cohort = facts.cohorts[++at]!;
      yield rankingHead(facts, cohort, lang);
    }
    yield start! + (cohort.verified ? verifiedCells! : "") + end!;
  }
  if (cohort) yield RANKING_END;
  yield `</div>`;
}

function figure(svg: string, caption: string, className?: string, data = "", captionHtml = h(caption)): string {
  return `<figure${className ? ` class="${className}"` : ""}>${svg}${data}<figcaption>${captionHtml}</figcaption></figure>`;
}

/**
 * A chart's figures as a table for a screen reader, which reads an svg image by its name alone (WCAG 1.1.1):
 * the bands' counts and the groups' averages are in no other table. Not shown, nor printed: the chart shows them.
 */
function chartData(chart: string, head: string[], rows: string[][], lang: Lang): string {
  return `<div class="sr-only"><table><caption>${h(message(lang, "rpt-chart-data", { chart }))}</caption><thead><tr>${head.map((x) => `<th scope="col">${h(x)}</th>`).join("")}</tr></thead>` +
    `<tbody>${rows.map(([first, ...rest]) => `<tr><th scope="row">${h(first ?? "")}</th>${rest.map((x) => `<td>${h(x)}</td>`).join("")}</tr>`).join("")}</tbody></table></div>`;
}

/** What a ranking row shows of the section beside the agency's own: the top-level groups and the aggregates (the first agency's). */
interface RankingColumns { top: GroupResult[]; aggregates: string[]; adjustments: ("bonus" | "penalty")[] }

function rankingColumns(section: RankedSection): RankingColumns {
  const top = section.first?.score.groups ?? [];
  return { top, aggregates: rankingAggregates(section.head, top, section.first?.score.aggregates ?? []).map((x) => x.id), adjustments: adjustmentColumns(section.first?.score) };
}

/** A cohort's ranking table up to its rows. */
function rankingHead(facts: SectionFacts, cohort: CohortFacts, lang: Lang): string {
  const section = facts.section.head;
  const { top, adjustments } = rankingColumns(facts.section);
  const headCells = [
    `<th scope="col" class="num">${h(message(lang, "col-rank"))}</th>`, `<th scope="col">${h(message(lang, "col-agency"))}</th>`,
    `<th scope="col" class="num">${h(message(lang, "col-total"))}</th>`, `<th scope="col" class="num">%</th>`, `<th scope="col">${h(message(lang, "col-band"))}</th>`,
    ...(cohort.verified ? [`<th scope="col" class="num">${h(message(lang, "rpt-col-self-total"))}</th>`, `<th scope="col" class="num">${h(message(lang, "rpt-col-difference"))}</th>`] : []),
    // Headed by its code, said in full to a screen reader (read before each of the column's cells); the key under the title says it to the eye.
    ...top.map((g) => `<th scope="col" class="num" title="${h(g.title[lang])}">${h(g.code)}<span class="sr-only"> ${h(g.title[lang])}</span></th>`),
    ...facts.aggregates.map((x) => `<th scope="col" class="num">${h(x.title[lang])}</th>`),
    // Bonus and penalty share one column, one above the other: two columns made the ranking wider than an A4 page.
    ...(adjustments.length > 0 ? [`<th scope="col" class="num">${adjustments.map((kind) => h(message(lang, kind))).join(" / ")}</th>`] : []),
  ];
  const caption = message(lang, "rpt-cohort-heading", { cohort: cohortLabel(section, cohort.cohort, lang), count: cohort.size });
  // A short table is kept on one page (it broke after its first row under the charts).
  return scrollerStart(caption) + `<table class="ranking${cohort.size <= 20 ? " short" : ""}"><caption>${h(caption)}</caption><thead><tr>${headCells.join("")}</tr></thead><tbody>`;
}

/** The agency's id beside its name where another agency of the section has that name (namesakeIds). */
function namesakeHtml(id: string, namesakes: ReadonlySet<string>): string {
  const tag = namesakeTag(id, namesakes);
  return tag ? ` <span class="code">${h(tag)}</span>` : "";
}

/** The file's other period beside its name (last year's file ranked with this year's), marked as a warning is. */
function otherPeriodHtml(a: RankedAgency, lang: Lang): string {
  const tag = otherPeriodTag(a, lang);
  return tag ? ` <span class="tag warn">${h(tag)}</span>` : "";
}

/**
 * An agency's row of its cohort's ranking, in three pieces: before the self-assessed total and difference, those
 * two cells, and after them. They show where some agency of the cohort is verified, which is known only once the
 * cohort is read: the row is made as the agency is read, and put together when the table is written.
 */
function rankingRow(section: SectionHead, columns: RankingColumns, a: RankedAgency, at: number, lang: Lang, si: number, namesakes: ReadonlySet<string>): [string, string, string] {
  const d = section.decimals;
  const pts = (n: number) => h(formatPoints(n, d, lang));
  const s = finalScore(a);
  const groups = new Map(s.groups.map((g) => [g.code, g]));
  return [
    // The agency type is a line under the name, not a column of its own: with the verified totals and the aggregates
    // a column of it made the ranking wider than a 1280 px screen. Left out in print (class "type"): the names say
    // it (Sở…, Ban…), and an A4 page has no room.
    `<tr><td class="num">${a.rank}</td><th scope="row"><a href="#${agencyId(si, at)}">${dataText(s.agency.name, lang)}</a>${namesakeHtml(s.agency.id, namesakes)}${otherPeriodHtml(a, lang)}${a.verified ? " ✓" : ""}${a.example ? ` <span class="tag">${h(message(lang, "example-mark"))}</span>` : ""}` +
      `<div class="type">${h(typeLabel(section, s.agency.type, lang))}</div></th><td class="num strong">${pts(s.total)}${provisionalMark(s)}</td><td class="num">${h(formatPercent(s.total, s.max, lang))}</td>` +
      `<td>${bandBadge(s, lang)}</td>`,
    // The self-assessed total of every agency (it is the total where nothing was verified); the difference only where something was.
    `<td class="num">${pts(a.score.total)}${provisionalMark(a.score)}</td><td class="num">${a.verified ? h(signedPoints(verifiedDifference(a, d)!, d, lang)) : ""}</td>`,
    // A group's rank in the cohort (--group-ranks) under its points: a column each would not fit a printed page.
    columns.top.map((t) => { const g = groups.get(t.code); const rank = groupRank(a.group_ranks, t.code); return `<td class="num">${g && !g.excluded ? pts(g.points) : "–"}${rank === undefined ? "" : `<div class="group-rank">${h(message(lang, "rpt-group-rank-short", { rank }))}</div>`}</td>`; }).join("") +
      columns.aggregates.map((id) => { const points = aggregatePoints(s, id); return `<td class="num">${points === undefined ? "–" : pts(points)}</td>`; }).join("") +
      (columns.adjustments.length > 0 ? `<td class="num">${columns.adjustments.map((kind) => h(adjustmentCell(s, kind, d, lang))).join("<br>")}</td>` : "") +
      `</tr>`,
  ];
}

/**
 * A table that may be wider than a narrow window (a phone, a page zoomed to 400 %) scrolls in its own box, the
 * page not (WCAG 1.4.10); the box takes the keyboard's focus, so that its arrows scroll it (WCAG 2.1.1).
 */
function scroller(table: string, label: string): string {
  return scrollerStart(label) + table + SCROLLER_END;
}

function scrollerStart(label: string): string {
  return `<div class="scroll" tabindex="0" role="group" aria-label="${h(label)}">`;
}
const SCROLLER_END = "</div>";
const RANKING_END = `</tbody></table>` + SCROLLER_END;

function bandBadge(s: AgencyScore, lang: Lang): string {
  return s.band ? `<span class="band">${h(s.band.label[lang])}</span>` : `<span class="band none">${h(message(lang, "no-band"))}</span>`;
}

function agencyHtml(facts: SectionFacts, a: RankedAgency, id: string, lang: Lang, details: boolean): string {
  const section = facts.section.head;
  const s = finalScore(a);
  const d = section.decimals;
  const pts = (n: number) => formatPoints(n, d, lang);
  const maxText = (n: number) => formatMax(n, d, lang);
  const out: string[] = [`<article class="agency" id="${id}">`];
  out.push(`<h3>${dataText(s.agency.name, lang)} <span class="code">(${h(s.agency.id)})</span>${a.example ? ` <span class="tag">${h(message(lang, "example-mark"))}</span>` : ""}</h3>`);
  out.push(`<p class="meta">${h(typeLabel(section, s.agency.type, lang))} · ${h(message(lang, "period"))} ${h(s.period)} · ${h(message(lang, "rank-line", { rank: a.rank, size: a.cohort_size, cohort: cohortLabel(section, s.agency.cohort, lang) }))}${h(sentOn(a, lang))} · <span class="code">${h(a.file)}</span></p>`);
  out.push(`<p class="headline"><span class="total">${h(pts(s.total))}${provisionalMark(s)}</span> / ${h(maxText(s.max))} · ${h(formatPercent(s.total, s.max, lang))} · ${h(message(lang, "band"))}: ${bandBadge(s, lang)}${a.verified ? ` <span class="tag">${h(message(lang, "rpt-verified-basis"))}</span>` : ""}</p>`);

  const rows = flattenGroups(s.groups).map((g) => ({
    label: `${g.code} ${g.title[lang]}${g.rescaled ? "*" : ""}`, depth: g.depth, strong: g.depth === 0, muted: g.excluded,
    share: g.excluded || g.max <= 0 ? 0 : g.points / g.max, color: g.excluded ? NO_BAND_COLOR : shareColor(g.max > 0 ? g.points / g.max : 0),
    valueText: g.excluded ? `– / ${maxText(g.max)}` : `${pts(g.points)} / ${maxText(g.max)}`,
  }));
  // The total in its band's colour, as the section's charts draw it (a share's colour put a "Good" agency in the colour of "Excellent").
  rows.push({ label: message(lang, "total"), depth: 0, strong: true, muted: false, share: s.max > 0 ? s.total / s.max : 0, color: bandColor(facts, s), valueText: `${pts(s.total)} / ${maxText(s.max)}` });
  const chartName = message(lang, "rpt-chart-agency", { agency: s.agency.name });
  out.push(figure(barChart(rows, { className: "group-bars", label: chartName, scaleMarks: true }), chartName, undefined, "", namingText(lang, "rpt-chart-agency", s.agency.name)));

  out.push(groupTable(s, d, lang, a.group_ranks && { ranks: a.group_ranks, sizes: facts.rankSizes.get(s.agency.cohort) ?? {} }));
  // Each note as html.
  const notes: string[] = [];
  if (s.groups.some(function any(g: GroupResult): boolean { return g.rescaled || g.groups.some(any); })) notes.push(h(message(lang, "rescaled-note")));
  if (a.verified) {
    const total = message(lang, "verified-total", { total: pts(a.verified.total), self: pts(a.score.total), diff: signedPoints(a.verified.total - a.score.total, d, lang) });
    const { rest } = verifiedChanges(a, d);
    // The indicator table shows each verified change; where it is left out (a large batch) the note lists them,
    // or it said only the remainder ("Remaining difference: +9,64"), nothing adding up to the total's difference.
    notes.push(details
      ? h(total + (rest !== 0 ? `; ${message(lang, "rpt-difference-elsewhere")}: ${signedPoints(rest, d, lang)}` : ""))
      : `${h(total)}<ul>${verifiedChangeLines(a, d, lang, { words: h, fileText: (t) => dataText(t, lang) }, (code) => answerLabels(section, code)).map((l) => `<li>${l}</li>`).join("")}</ul>`);
  }
  if (s.aggregates.length > 0) notes.push(h(aggregatesText(s, d, lang)));
  notes.push(h(rankedCompletenessText(a, lang)));
  notes.push(...cautionNotes(s, lang).map((n) => h(n)));
  out.push(`<ul class="notes">${notes.map((n) => `<li>${n}</li>`).join("")}</ul>`);

  // Open, so that they print (a closed one prints as its summary alone, and a report has no script to open it): the annex of points per indicator.
  if (details) out.push(`<details class="indicators" open><summary>${h(indicatorsHeadText(s, lang))}</summary>${indicatorTable(section, a, s, d, lang)}</details>`);
  out.push(`</article>`);
  return out.join("\n");
}

/**
 * Ranks of the top-level groups within the cohort (--group-ranks), shown in a last column. `sizes`: per
 * top-level group, how many agencies of the cohort are ranked on it (a group that does not apply to some ranks fewer).
 */
interface GroupRanks { ranks: Record<string, number>; sizes: Record<string, number> }

function groupTable(s: AgencyScore, d: number, lang: Lang, groupRanks?: GroupRanks): string {
  const pts = (n: number) => h(formatPoints(n, d, lang));
  const maxText = (n: number) => h(formatMax(n, d, lang));
  const rankCell = (g?: GroupResult) => {
    if (!groupRanks) return "";
    const rank = g && g.depth === 0 ? groupRank(groupRanks.ranks, g.code) : undefined;
    return `<td class="num">${rank === undefined ? "" : h(`${rank} / ${groupRanks.sizes[g!.code]}`)}</td>`;
  };
  const rows = flattenGroups(s.groups).map((g) => g.excluded
    ? `<tr class="muted depth-${g.depth}"><td>${h(g.code)}</td><th scope="row">${h(g.title[lang])}</th><td class="num">–</td><td class="num">${maxText(g.max)}</td><td class="num"></td>${rankCell(g)}</tr>`
    : `<tr class="depth-${g.depth}"><td>${h(g.code)}</td><th scope="row">${h(g.title[lang])}${g.rescaled ? "*" : ""}</th><td class="num">${pts(g.points)}</td><td class="num">${maxText(g.max)}</td><td class="num">${h(formatPercent(g.points, g.max, lang))}</td>${rankCell(g)}</tr>`);
  if (s.bonus.cap > 0) rows.push(`<tr><td></td><th scope="row">${h(message(lang, "bonus"))}</th><td class="num">${h(signedPoints(s.bonus.points, d, lang))}</td><td class="num">${maxText(s.bonus.cap)}</td><td></td>${rankCell()}</tr>`);
  if (s.penalty.cap > 0) rows.push(`<tr><td></td><th scope="row">${h(message(lang, "penalty"))}</th><td class="num">${h(deducted(s.penalty.points, d, lang))}</td><td class="num">${maxText(s.penalty.cap)}</td><td></td>${rankCell()}</tr>`);
  rows.push(`<tr class="total"><td></td><th scope="row">${h(message(lang, "total"))}</th><td class="num">${pts(s.total)}${provisionalMark(s)}</td><td class="num">${maxText(s.max)}</td><td class="num">${h(formatPercent(s.total, s.max, lang))}</td>${rankCell()}</tr>`);
  const rankHead = groupRanks ? `<th scope="col" class="num">${h(message(lang, "rpt-col-rank-in-cohort"))}</th>` : "";
  const caption = message(lang, "rpt-groups-caption", { agency: s.agency.name });
  return scroller(`<table class="groups"><caption class="sr-only">${namingText(lang, "rpt-groups-caption", s.agency.name)}</caption><thead><tr><th scope="col">${h(message(lang, "col-code"))}</th><th scope="col">${h(message(lang, "col-group"))}</th><th scope="col" class="num">${h(message(lang, "col-points"))}</th><th scope="col" class="num">${h(message(lang, "col-max"))}</th><th scope="col" class="num">%</th>${rankHead}</tr></thead><tbody>${rows.join("")}</tbody></table>`, caption);
}

function indicatorTable(section: SectionHead, a: RankedAgency, s: AgencyScore, d: number, lang: Lang): string {
  const pts = (n: number) => h(formatPoints(n, d, lang));
  const pointsOf = (i: IndicatorResult) => (i.status === "info_only" ? "" : i.parent === "penalty" ? h(deducted(i.points, d, lang)) : pts(i.points));
  const verified = verifiedIndicators(a);
  const row = (i: IndicatorResult) => {
    const lost = i.status === "unanswered" || (i.status === "scored" && i.points < i.max) || (i.status === "not_applicable" && !i.excluded && i.points < i.max);
    const cls = [i.excluded ? "muted" : "", lost && i.parent !== "penalty" ? "lost" : "", i.parent === "penalty" && i.points > 0 ? "lost" : ""].filter(Boolean).join(" ");
    const evidence = evidenceHtml(a.evidence?.[i.code], lang) + (i.evidence_missing > 0 ? `<div class="warn">${h(message(lang, "rpt-evidence-missing", { count: i.evidence_missing }))}</div>` : "");
    const v = verified.get(i.code);
    if (v) return verifiedRows(v, cls, evidence, pointsOf, d, lang, answerLabels(section, i.code));
    return `<tr${cls ? ` class="${cls}"` : ""}><td>${h(i.code)}</td><th scope="row">${h(i.title[lang])}</th><td>${answerHtml(i, lang, answerLabels(section, i.code))}</td>` +
      `<td class="num">${pointsOf(i)}</td><td class="num">${i.status === "info_only" ? "" : pts(i.max)}</td><td>${h(statusText(i, lang))}</td>` +
      `<td>${evidence}</td><td>${i.note ? dataText(i.note, lang) : ""}</td></tr>`;
  };
  // Fixed column widths: a long word or link is broken inside its cell, not squeezing the answer and evidence to a
  // few letters; the agency is named again at the top of each printed page of its table.
  const widths = [7, 19, 15, 8, 7, 10, 21, 13];
  const name = `${s.agency.name} (${s.agency.id}) — ${indicatorsHeadText(s, lang)}`;
  const nameHtml = `${dataText(s.agency.name, lang)} (${h(s.agency.id)}) — ${h(indicatorsHeadText(s, lang))}`;
  // Named for a screen reader by the agency (the row that says it prints only); the key of its marks follows.
  return scroller(`<table class="indicators"><caption class="meta"><span class="sr-only">${nameHtml}. </span>${h(message(lang, "rpt-lost-mark"))}</caption><colgroup>${widths.map((w) => `<col style="width:${w}%">`).join("")}</colgroup><thead>` +
    `<tr class="repeat"><th scope="colgroup" colspan="8">${nameHtml}</th></tr><tr><th scope="col">${h(message(lang, "col-code"))}</th><th scope="col">${h(message(lang, "rpt-col-indicator"))}</th><th scope="col">${h(message(lang, "rpt-col-answer"))}</th>` +
    `<th scope="col" class="num">${h(message(lang, "col-points"))}</th><th scope="col" class="num">${h(message(lang, "col-max"))}</th><th scope="col">${h(message(lang, "rpt-col-status"))}</th>` +
    `<th scope="col">${h(message(lang, "rpt-col-evidence-list"))}</th><th scope="col">${h(message(lang, "rpt-col-note"))}</th></tr></thead><tbody>${s.indicators.map(row).join("")}</tbody></table>`, name);
}

/**
 * An indicator the collector verified, as two rows sharing code, title, evidence and note: the self-assessed
 * answer, points, max and status, then the verified ones with the difference (a verified N/A has no max of
 * its own: each row says its own).
 */
function verifiedRows(v: VerifiedIndicator, cls: string, evidence: string, pointsOf: (i: IndicatorResult) => string, d: number, lang: Lang, labels: AnswerLabels | undefined): string {
  const { self, verified: i } = v;
  const basis = (key: string) => `<span class="basis">${h(message(lang, key))}</span> `;
  const shared = (html: string, cell = "td") => `<${cell} rowspan="2"${cell === "th" ? ` scope="row"` : ""}>${html}</${cell}>`;
  const maxCell = (r: IndicatorResult) => `<td class="num">${r.status === "info_only" ? "" : h(formatPoints(r.max, d, lang))}</td>`;
  return `<tr class="${[cls, "verified-self"].filter(Boolean).join(" ")}">${shared(h(i.code))}${shared(h(i.title[lang]), "th")}` +
    `<td>${basis("rpt-self-label")}${answerHtml(self, lang, labels)}</td><td class="num">${pointsOf(self)}</td>` +
    `${maxCell(self)}<td>${h(statusText(self, lang))}</td>${shared(evidence)}${shared(i.note ? dataText(i.note, lang) : "")}</tr>` +
    `<tr class="verified"><td>${i.verified ? `${basis("rpt-verified-label")}✓ ` : basis("rpt-rescored-label")}${answerHtml(i, lang, labels)}${i.verified_note ? `<div class="diff">${dataText(verifiedNoteText(i.verified_note, i.verified_on, lang), lang)}</div>` : ""}</td>` +
    `<td class="num">${pointsOf(i)}<div class="diff">${h(message(lang, "rpt-col-difference"))} ${h(signedPoints(v.diff, d, lang))}</div></td>${maxCell(i)}<td>${h(statusText(i, lang))}${i.verified ? " ✓" : ""}</td></tr>`;
}

/** An answer's cell: its words cut at 400 letters; an N/A's reason, the agency's text, marked as such apart from the words before it. */
function answerHtml(i: IndicatorResult, lang: Lang, labels: AnswerLabels | undefined): string {
  const text = truncate(answerText(i, lang, labels), 400);
  const prefix = `${message(lang, "rpt-na")}: `;
  return i.status === "not_applicable" && i.reason && text.startsWith(prefix) ? h(prefix) + dataText(text.slice(prefix.length), lang) : dataText(text, lang);
}

/**
 * A link holding a character that shows as nothing (U+202E turns "…/\u202Efdp.exe" into "…/exe.pdf" on screen) is
 * not made a link, since the address opened is not the one read, and the character is shown as �: escaping drops it.
 */
const EVERY_HIDDEN_IN_LINK = new RegExp(SHOWN_AS_NOTHING, "gu");

function evidenceHtml(items: EvidenceItem[] | undefined, lang: Lang): string {
  if (!items || items.length === 0) return "";
  return `<ul class="evidence">${items.map((e) => {
    const text = [e.number, e.date === undefined ? undefined : dateText(e.date, lang), e.issuer, e.title].filter((x): x is string => typeof x === "string" && x !== "").map((x) => dataText(x, lang)).join(" · ");
    const link = typeof e.link === "string" && e.link !== ""
      ? (/^https?:\/\/[^\s"'<>]+$/i.test(e.link) && !SHOWS_AS_NOTHING.test(e.link) ? `<a href="${h(e.link)}" rel="noopener noreferrer">${h(truncate(e.link, 80))}</a>` : `<span class="code">${h(e.link.replace(EVERY_HIDDEN_IN_LINK, "\ufffd"))}</span>`)
      : "";
    return `<li>${[text, link].filter(Boolean).join(" · ")}</li>`;
  }).join("")}</ul>`;
}

/** Files and what was found in them, a row a finding: the files not scored, or the warnings of scored ones (a file's rows as it is read). */
function* findings(id: "not-scored" | "file-warnings", heading: string, files: Iterable<FileFindings>, what: string, lang: Lang): Generator<string> {
  yield `<section class="${id}" id="${id}"><h2>${h(heading)}</h2>` + scrollerStart(heading) +
    `<table><caption class="sr-only">${h(heading)}</caption><thead><tr><th scope="col">${h(message(lang, "col-file"))}</th><th scope="col">${h(message(lang, "col-agency"))}</th><th scope="col">${h(message(lang, "rpt-col-where"))}</th><th scope="col">${h(message(lang, what))}</th></tr></thead><tbody>`;
  for (const f of files) yield f.errors.length === 0
    ? `<tr><td class="code">${h(f.file)}</td><td>${dataText(notScoredAgency(f), lang)}</td><td></td><td></td></tr>`
    : f.errors.map((e, i) => `<tr>${i === 0 ? `<td class="code" rowspan="${f.errors.length}">${h(f.file)}</td><td rowspan="${f.errors.length}">${dataText(notScoredAgency(f), lang)}</td>` : ""}<td class="num">${e.line === null ? "" : `${e.line}:${e.col ?? 1}`}</td><td>${severityMark(id, e.severity, lang)}${errorLine(e, lang, { words: (t) => quotedTexts(t, lang), fileText: (t) => dataText(t, lang) })} <span class="code">[${h(e.code)}]</span></td></tr>`).join("");
  yield `</tbody></table>${SCROLLER_END}</section>\n`;
}

/** A warning among a refused file's findings is marked (the warnings' own table needs no mark). */
function severityMark(id: "not-scored" | "file-warnings", severity: string, lang: Lang): string {
  return id === "not-scored" ? h(warningMark(severity, lang)) : "";
}

const CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--accent:#0969da}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1100px;padding:24px;font:14px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:var(--fg);background:#fff}
h1{font-size:24px;margin:0 0 4px}h2{font-size:20px;margin:28px 0 4px;border-bottom:2px solid var(--line);padding-bottom:4px}h3{font-size:17px;margin:20px 0 4px}
.meta{color:var(--muted);margin:2px 0 10px}.code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;color:var(--muted);overflow-wrap:anywhere}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
.skip{position:absolute;left:-10000px;top:8px}.skip:focus{left:8px;z-index:1;background:#fff;padding:4px 10px;border:2px solid var(--accent)}
.tag{display:inline-block;font-size:11px;padding:0 6px;border:1px solid var(--line);border-radius:10px;color:var(--muted);font-weight:normal}
.band{display:inline-block;white-space:nowrap;padding:1px 8px;border-radius:10px;background:#ddf4ff;color:#0550ae;font-weight:600}.band.none{background:var(--soft);color:var(--muted)}
.headline{font-size:16px;margin:6px 0 8px}.headline .total{font-size:26px;font-weight:700}
nav.contents{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:8px 16px;margin:12px 0}nav.contents h2{font-size:15px;border:0;margin:4px 0}
nav.contents ol{margin:4px 0;padding-left:20px}nav.contents ol.agencies{columns:2;font-size:13px}nav.contents li{break-inside:avoid}
@media (max-width:600px){nav.contents ol.agencies{columns:1}}
a{color:var(--accent);text-decoration:underline;text-underline-offset:2px}nav.contents a{text-decoration:none}nav.contents a:hover{text-decoration:underline}
a:focus-visible,summary:focus-visible,.scroll:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.scroll{overflow-x:auto;position:relative}.scroll>table{margin-bottom:4px}
.charts{display:flex;flex-wrap:wrap;gap:12px 24px;align-items:flex-start}
figure{margin:8px 0}figcaption{color:var(--muted);font-size:12px;margin-top:2px}
svg.chart{max-width:100%;height:auto;font:12px system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
svg .track{fill:#eaeef2;stroke:#8c959f;stroke-width:.5}svg .grid{stroke:#d8dee4;stroke-width:1}svg .axis{stroke:#8c959f}svg .tick{fill:#6e7781;font-size:10px}
svg .label{fill:#1f2328}svg .label.strong{font-weight:600}svg .value{fill:#1f2328;font-variant-numeric:tabular-nums}svg .muted text{fill:#59636e}
table{border-collapse:collapse;width:100%;margin:8px 0 12px;font-size:13px}caption{text-align:left;font-weight:600;padding:4px 0}caption.meta{font-weight:normal;font-size:12px}
th,td{border-bottom:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}th{background:var(--soft);font-weight:600}th[scope=row]{background:none;font-weight:inherit}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.strong{font-weight:700}
tr.muted>*{color:var(--muted)}tr.total>*{font-weight:700;border-top:2px solid var(--fg)}tr.depth-1>:nth-child(2){padding-left:20px}tr.depth-2>:nth-child(2){padding-left:34px}tr.depth-0>*{font-weight:600}
tr.lost td:first-child{box-shadow:inset 3px 0 #bc4c00}
table.indicators{table-layout:fixed}table.indicators tbody>tr>*{font-size:12px;overflow-wrap:break-word}table.indicators th.num{white-space:normal}table.indicators tr.repeat{display:none}
tr.verified-self>:not([rowspan]){border-bottom-style:dashed}.basis{font-size:11px;font-weight:600;color:var(--muted)}.group-rank{font-size:.85em;color:var(--muted);white-space:nowrap}.diff{font-size:11px;font-weight:600;white-space:normal}
ul.evidence{margin:0;padding-left:14px}ul.notes{margin:4px 0 8px;padding-left:18px;color:var(--muted)}.warn{color:#bc4c00}
details.indicators{margin:8px 0 16px}details.indicators summary{cursor:pointer;font-weight:600}
article.agency{border-top:1px solid var(--line);margin-top:20px;padding-top:4px}
.page-foot{margin-top:32px;color:var(--muted);font-size:12px;border-top:1px solid var(--line);padding-top:6px}
table.ranking th.num{white-space:normal}table.ranking .type{font-size:12px;color:var(--muted)}.not-scored-note{font-weight:600}
section.not-scored table,section.file-warnings table{table-layout:fixed}section.not-scored th:nth-child(1),section.file-warnings th:nth-child(1){width:24%}section.not-scored th:nth-child(2),section.file-warnings th:nth-child(2){width:22%}section.not-scored th:nth-child(3),section.file-warnings th:nth-child(3){width:11%}section.not-scored td,section.file-warnings td{overflow-wrap:anywhere}
@media screen{table.indicators{min-width:720px}table.ranking th[scope=row]{min-width:13em}table.ranking td,table.ranking th{padding:3px 4px}table.ranking thead th{font-size:12px}}
@page{size:A4;margin:14mm 12mm;@bottom-right{content:counter(page) " / " counter(pages);font:9pt system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#6e7781}}
@page wide{size:A4 landscape;margin:12mm 14mm}
@media print{
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 body{max-width:none;padding:0;font-size:10pt}
 nav.contents,.skip{display:none}.scroll{overflow:visible}
 a{color:inherit}
 h2,h3{break-after:avoid}
 section.rubric{break-before:page}section.rubric:first-of-type{break-before:auto}
 article.agency{break-before:page;border:0}
 body.single article.agency{break-before:auto}
 section.rubric:not(.ranked)>article.agency:first-of-type{break-before:auto}
 figure,tr,svg,.headline,table.groups{break-inside:avoid}figure.totals{break-inside:auto}
 tr.verified-self{break-after:avoid}
 thead{display:table-header-group}
 table.ranking{font-size:8pt}table.ranking th,table.ranking th.num{white-space:normal}table.ranking .type{display:none}table.ranking td,table.ranking th{padding:2px 3px}
 .charts{display:block}svg.chart{display:block}
 body.batch header.page-head,body.batch .not-scored-note,body.batch section.rubric.ranked>:not(article){page:wide}
 table.ranking.short{break-inside:avoid}
 details.indicators summary,.summary p.key{break-after:avoid}
 details.indicators{break-before:page}
 tr.muted>*{color:#59636e}
 table.indicators tr.repeat{display:table-row}table.indicators tr.repeat th{background:none;font-weight:600;border-bottom:1px solid var(--line)}
 svg.chart{max-width:100%}
 details.indicators:not([open]){display:none}
}
`.trim();
