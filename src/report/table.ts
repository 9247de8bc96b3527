import type { ChalkInstance } from "chalk";
import { listed } from "../i18n/listed.js";
import Table from "cli-table3";
import stringWidth from "string-width";
import type { AgencyScore, GroupResult } from "../core/result.js";
import { COMPACT } from "./table-style.js";
import { longTable } from "./long-table.js";
import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { bar, formatPercent, formatMax, formatPoints } from "./format-number.js";
import type { RankedAgency, ScoreReport } from "./report.js";
import { truncate } from "../core/truncate.js";
import { fitToWidth, widest } from "./fit-width.js";
import { isTableLine, wrapForTerminal, wrapWidth, wrapWords } from "./wrap.js";
import { safeStrings } from "./terminal-safe.js";
import { quotedTextsCut } from "./diagnostics.js";
import { INCOMPLETE_NAMED, incompleteNote, incompleteOf } from "./incomplete.js";
import { bandLines, bandWholes, typesOf, namesakeIds, namesakeTag, otherPeriodTag, scoreHead, sentOn, TABLE_DETAIL_LIMIT, aggregatesText, cautionNotes, rankedCompletenessText, notScoredAgency, firstError, moreErrors, rankingMarks, cohortLabel, deducted, finalScore, flattenGroups, anyGroupRescaled, notScoredHeading, cohorts, signedPoints, verifiedDifference, verifiedChangeLines, provisionalMark, answerLabels, errorLine, skippedHeadKey } from "./common.js";

type Section = ScoreReport["rubrics"][number];

/** The terminal report: per agency its groups with bars, total and band; then the ranking; then what was not scored. */
/** `width`: the terminal's columns, when the table goes to one (bars, then long titles and names, give way). */
export function formatTable(data: ScoreReport, lang: Lang, color: ChalkInstance, width?: number): string {
  const out: string[] = [];
  // A large batch shows its rankings and what was not scored: a table of groups for each of thousands of
  // agencies is read by no one on a terminal (and took 40 s for 10,000).
  const agencies = data.rubrics.reduce((n, s) => n + s.agencies.length, 0);
  const details = agencies <= TABLE_DETAIL_LIMIT;
  const report = safeStrings(details ? data : withoutDetails(data), true);
  if (!details) out.push(color.dim(message(lang, "rpt-table-details-omitted", { count: agencies })));
  for (const section of report.rubrics) {
    if (details) for (const agency of section.agencies) out.push(agencyBlock(section, agency, lang, color, width));
    // Every rubric of a batch has its ranking, one of a single agency too, as the md's: above the detail limit it
    // is the only place that agency is shown.
    if (agencies > 1 && section.agencies.length > 0) out.push(rankingBlock(section, lang, color, width, details));
    // One agency has no ranking: its rubric's bands follow its block, as the ranking's heading has them.
    else if (section.agencies.length > 0) {
      const bands = bandLines(section, lang, typesOf(section.agencies));
      if (bands.length > 0) out.push(bands.join("\n"));
    }
  }
  if (report.not_scored.length > 0) {
    const table = new Table({ head: [message(lang, "col-file"), message(lang, "col-first-error")], ...COMPACT });
    // On a terminal an error is cut at 90 letters, or to what the file names leave of its width (7: the
    // borders and padding), not below 16. The agency the file names, where it could be read, is under its name.
    // Measured in columns, as the table lays them out: a file name stored decomposed (NFD) is no wider for its marks.
    const files = Math.max(stringWidth(message(lang, "col-file")), ...report.not_scored.map((f) => stringWidth(f.file)));
    const errorWidth = width === undefined ? Infinity : Math.min(90, Math.max(16, width - files - 7));
    const errors = report.not_scored.map((f) => { const e = shownError(f); return e ? truncate(`${e.line === null ? "" : `${e.line}:${e.col ?? 1} `}${errorLine(e, lang)}`, errorWidth) : ""; });
    // How many errors follow the first, on a line of its own under it: not cut off with a long first error.
    const more = report.not_scored.map((f) => { const count = moreErrors(f); return count > 0 ? message(lang, "rpt-more-errors", { count }) : ""; });
    // The agency takes the room the errors leave (they are cut at 90 letters), not only the file names' width.
    const errorsTake = Math.max([...message(lang, "col-first-error")].length, ...errors.map((e) => [...e].length), ...more.map((m) => [...m].length));
    const whoWidth = width === undefined ? Infinity : Math.max(files, 16, width - errorsTake - 7);
    report.not_scored.forEach((f, i) => {
      const who = agencyWithin(f, whoWidth);
      table.push([who ? `${f.file}\n${who}` : f.file, more[i] ? `${errors[i]!}\n${more[i]}` : errors[i]!]);
    });
    let listed = table.toString();
    // Narrower than the table (a file name as wide as the terminal, which is never cut: it is to be opened):
    // a file to a paragraph, its agency and first error whole under it, wrapped with the lines around.
    if (width !== undefined && widest(listed) > width) {
      listed = report.not_scored.flatMap((f, i) => {
        const e = shownError(f);
        const who = notScoredAgency(f);
        return [f.file, ...(who ? [`  ${who}`] : []), ...(e ? [`  ${e.line === null ? "" : `${e.line}:${e.col ?? 1} `}${errorLine(e, lang)}${more[i] ? ` ${more[i]}` : ""}`] : [])];
      }).join("\n");
    }
    out.push(color.bold.red(notScoredHeading(report.not_scored, lang)) + "\n" + listed);
  }
  // Counted, not listed (standard error names each): a table sent on as a .txt said nothing of them, and its
  // agencies and files not scored did not add up to the files the folder held.
  if (report.skipped?.length) out.push(color.dim(message(lang, skippedHeadKey("rpt-skipped-count", report.skipped_kinds), { count: report.skipped.length })));
  // The lines around the tables (band, completeness, notes) wrapped at spaces on a terminal, as the tables are fitted.
  const wholes = report.rubrics.flatMap((section) => bandWholes(section, lang, typesOf(section.agencies)));
  return wrapForTerminal(out.join("\n\n"), width, isTableLine, wholes) + "\n";
}

/** The report without what only an agency's own table shows (its groups, indicators and evidence). */
function withoutDetails(report: ScoreReport): ScoreReport {
  return {
    ...report,
    rubrics: report.rubrics.map((section) => ({
      ...section,
      agencies: section.agencies.map(({ evidence: _evidence, ...a }) => ({ ...a, score: scoreHead(a.score), ...(a.verified ? { verified: scoreHead(a.verified) } : {}) })),
    })),
  };
}

/**
 * A file's first error with the texts it quotes cut as standard error cuts them: what a batch keeps of a file not
 * scored when no html or json is written beside the table (see failure-spool.ts), so the table is the same whichever is.
 */
function shownError(f: ScoreReport["not_scored"][number]): ReturnType<typeof firstError> {
  const e = firstError(f);
  return e && { ...e, params: quotedTextsCut(e.params) };
}

/** The agency a file not scored names, cut to `width` letters; its id is kept whole where there is room (whom to call). */
function agencyWithin(f: ScoreReport["not_scored"][number], width: number): string {
  const whole = notScoredAgency(f);
  const { id, name } = f.agency ?? {};
  if ([...whole].length <= width || id === undefined || name === undefined) return truncate(whole, width);
  const room = width - [...id].length - 3;
  return room >= 8 ? `${truncate(name, room)} (${id})` : truncate(whole, width);
}

/** One agency: its final score (verified where there is one, as it is ranked), then how it differs from the self-assessment. */
function agencyBlock(section: Section, ranked: RankedAgency, lang: Lang, color: ChalkInstance, width: number | undefined): string {
  const s = finalScore(ranked);
  const d = section.decimals;
  const typeLabel = section.agency_types.find((t) => t.id === s.agency.type)?.label[lang] ?? s.agency.type;
  const lines = [
    color.bold(`${s.agency.name}`) + color.dim(` (${s.agency.id})${ranked.example ? " " + message(lang, "example-mark") : ""}`),
    `${typeLabel} · ${message(lang, "period")} ${s.period} · ${message(lang, "rubric")} ${section.id} ${section.version}${sentOn(ranked, lang)}`,
  ];
  // As wide as the terminal allows: the bars go first, then group titles are shortened (not below 16
  // letters). Written to a file or a pipe, nothing is cut.
  const titleCap = width === undefined ? Infinity : 46;
  let table = groupTable(s, d, lang, color, titleCap, true);
  if (width !== undefined && widest(table) > width) {
    const longest = Math.min(46, Math.max(0, ...flattenGroups(s.groups).map((g) => 2 * g.depth + [...g.title[lang]].length)));
    table = fitToWidth((cut) => groupTable(s, d, lang, color, Math.min(46, cut), false), width, longest);
    // Narrower still (a split pane): titles cut shorter could no longer be told apart, and a table wider than
    // the terminal wraps into a mess; each group on a line of its own instead, its figures under it.
    if (widest(table) > width) table = groupList(s, d, lang, color);
  }
  lines.push(table);
  if (anyGroupRescaled(s)) lines.push(color.dim(message(lang, "rescaled-note")));
  lines.push(`${message(lang, "band")}: ${s.band ? color.bold(s.band.label[lang]) : message(lang, "no-band")} · ${message(lang, "rank-line", { rank: ranked.rank, size: ranked.cohort_size, cohort: cohortLabel(section, s.agency.cohort, lang) })}`);
  if (s.aggregates.length > 0) lines.push(aggregatesText(s, d, lang));
  if (ranked.verified) lines.push(verifiedLine(ranked.score, ranked.verified, d, lang), ...verifiedChangeLines(ranked, d, lang, undefined, (code) => answerLabels(section, code)).map((l) => `  ${l}`));
  lines.push(rankedCompletenessText(ranked, lang));
  for (const note of cautionNotes(s, lang)) lines.push(color.yellow(note));
  return lines.join("\n");
}

function verifiedLine(self: AgencyScore, verified: AgencyScore, decimals: number, lang: Lang): string {
  return message(lang, "verified-total", {
    total: formatPoints(verified.total, decimals, lang),
    self: formatPoints(self.total, decimals, lang),
    diff: signedPoints(verified.total - self.total, decimals, lang),
  });
}

/** The groups of an agency with points, max, percent and (`bars`) a bar each; titles cut at `titleWidth` letters. */
function groupTable(s: AgencyScore, d: number, lang: Lang, color: ChalkInstance, titleWidth: number, bars: boolean): string {
  const pts = (n: number) => formatPoints(n, d, lang);
  const maxText = (n: number) => formatMax(n, d, lang);
  const head = [message(lang, "col-code"), message(lang, "col-group"), message(lang, "col-points"), message(lang, "col-max"), message(lang, "col-percent")];
  const table = new Table({
    head: bars ? [...head, ""] : head,
    colAligns: ["left", "left", "right", "right", "right", "left"],
    ...COMPACT,
  });
  const row = (cells: string[], barText: string) => table.push(bars ? [...cells, barText] : cells);
  const addGroup = (g: GroupResult) => {
    const title = "  ".repeat(g.depth) + truncate(g.title[lang], titleWidth - 2 * g.depth) + (g.rescaled ? "*" : "");
    if (g.excluded) row([g.code, color.dim(title), color.dim("–"), color.dim(maxText(g.max)), ""], "");
    else row([g.code, g.depth === 0 ? color.bold(title) : title, pts(g.points), maxText(g.max), formatPercent(g.points, g.max, lang)], color.cyan(bar(g.points, g.max, 20)));
    g.groups.forEach(addGroup);
  };
  s.groups.forEach(addGroup);
  if (s.bonus.cap > 0) row(["", message(lang, "bonus"), signedPoints(s.bonus.points, d, lang), maxText(s.bonus.cap), ""], "");
  if (s.penalty.cap > 0) row(["", message(lang, "penalty"), deducted(s.penalty.points, d, lang), maxText(s.penalty.cap), ""], "");
  row(["", color.bold(message(lang, "total")), color.bold(pts(s.total) + provisionalMark(s)), maxText(s.max), color.bold(formatPercent(s.total, s.max, lang))], color.green(bar(s.total, s.max, 20)));
  return table.toString();
}

/**
 * The groups of an agency as a list: "6.1 Title" (indented by depth, wrapped at spaces with the rest of the
 * report), then "points / max · percent" under it; headed by what the figures are, in the table's words.
 */
function groupList(s: AgencyScore, d: number, lang: Lang, color: ChalkInstance): string {
  const pts = (n: number) => formatPoints(n, d, lang);
  const maxText = (n: number) => formatMax(n, d, lang);
  const out = [color.dim(`${message(lang, "col-code")} ${message(lang, "col-group")}`), color.dim(`    ${message(lang, "col-points")} / ${message(lang, "col-max")} · ${message(lang, "col-percent")}`)];
  const item = (indent: string, title: string, figures: string) => out.push(`${indent}${title}`, `${indent}    ${figures}`);
  const addGroup = (g: GroupResult) => {
    const indent = "  ".repeat(g.depth);
    const title = `${g.code} ${g.title[lang]}${g.rescaled ? "*" : ""}`;
    if (g.excluded) item(indent, color.dim(title), color.dim(`– / ${maxText(g.max)}`));
    else item(indent, g.depth === 0 ? color.bold(title) : title, `${pts(g.points)} / ${maxText(g.max)} · ${formatPercent(g.points, g.max, lang)}`);
    g.groups.forEach(addGroup);
  };
  s.groups.forEach(addGroup);
  if (s.bonus.cap > 0) item("", message(lang, "bonus"), `${signedPoints(s.bonus.points, d, lang)} / ${maxText(s.bonus.cap)}`);
  if (s.penalty.cap > 0) item("", message(lang, "penalty"), `${deducted(s.penalty.points, d, lang)} / ${maxText(s.penalty.cap)}`);
  item("", color.bold(message(lang, "total")), color.bold(`${pts(s.total)}${provisionalMark(s)} / ${maxText(s.max)} · ${formatPercent(s.total, s.max, lang)}`));
  return out.join("\n");
}

function rankingBlock(section: Section, lang: Lang, color: ChalkInstance, width: number | undefined, details: boolean): string {
  const verified = section.agencies.some((a) => a.verified);
  const byGroup = section.agencies.some((a) => a.group_ranks);
  // Names are cut at 48 letters on a terminal, and further to fit it (not below 16); where that is not
  // enough, the self-assessed totals and differences give way, then the ranks per group, and what gave way is said.
  // Each cohort under a heading, ranked (sorted once, not for every width tried); a heading longer than the
  // names counts as the longest text, or the names would be cut a letter short where the heading gave way.
  const namesakes = namesakeIds(section.agencies.map((a) => finalScore(a).agency));
  const ranked: RankedCohort[] = cohorts(section).map(({ cohort, agencies }) => {
    const label = cohortLabel(section, cohort, lang);
    return { label, heading: message(lang, "rpt-cohort-heading", { cohort: label, count: agencies.length }), agencies };
  });
  const longest = Math.min(48, Math.max(0, ...section.agencies.map((a) => [...(a.verified ?? a.score).agency.name].length), ...ranked.map((c) => [...c.heading].length)));
  // The widest name cell: a name with its marks (a namesake's id, ✓), counted as if every name had its id.
  const longestCell = Math.max(longest, ...ranked.flatMap((c) => c.agencies).map((a) => Math.min(48, [...finalScore(a).agency.name].length) + stringWidth(nameMarks(a, new Set([finalScore(a).agency.id]), lang))));
  // The optional columns kept, each way tried once: the self-score columns give way first, then the group ranks.
  // Before any column gives way, a namesake's id goes on a line of its own under its name, the name column then
  // as narrow as the id: a 20-letter id beside a name of 16 letters at least left no room for the self-score columns.
  // Only with every column: a table of fewer columns keeps its rows to one line, as it did.
  const idBelow = namesakes.size > 0 && width !== undefined;
  const tries = [{ self: verified, groups: byGroup }, { self: false, groups: byGroup }, { self: verified, groups: false }, { self: false, groups: false }]
    .filter((t, i, all) => all.findIndex((u) => u.self === t.self && u.groups === t.groups) === i)
    .flatMap((t, i) => [{ ...t, idBelow: false }, ...(idBelow && i === 0 ? [{ ...t, idBelow: true }] : [])]);
  let text = "", kept = tries[0]!;
  for (const columns of tries) {
    const table = (cellWidth: number, cap: number) => rankingTable(section, ranked, namesakes, lang, color, { cellWidth, cap, idBelow: columns.idBelow }, columns.self, columns.groups);
    text = width === undefined ? table(Infinity, Infinity) : fitToWidth((cut) => table(cut, 48), width, longestCell);
    kept = columns;
    if (width === undefined || widest(text) <= width) break;
  }
  // Names are not cut below 16 letters: narrower than that (a split pane), an agency to a paragraph, its
  // figures under its name, every column kept (the table wrapped into a mess, which was only said).
  const paragraphs = width !== undefined && widest(text) > width;
  if (paragraphs) { text = rankingParagraphs(section, ranked, namesakes, lang, color, verified, byGroup, width); kept = { self: verified, groups: byGroup, idBelow: false }; }
  // Each agency's block above says its self-assessed total and difference, when the blocks are there.
  const omitted = [...(verified && !kept.self && !details ? [message(lang, "rpt-omitted-self-totals"), message(lang, "rpt-omitted-differences")] : []), ...(byGroup && !kept.groups ? [message(lang, "rpt-omitted-group-ranks")] : [])];
  const incomplete = incompleteNote(incompleteOf(ranked.flatMap((c) => c.agencies)), lang);
  // Example data is said once, not beside each name (md, html, csv and xlsx mark each): a mark after the names
  // widened the name column; above the detail limit the ranking is all a terminal shows, and looked real.
  const examples = ranked.flatMap((c) => c.agencies).filter((a) => a.example);
  const allExamples = examples.length === section.agencies.length;
  const heading = message(lang, allExamples ? "ranking-example" : "ranking", { rubric: `${section.id} ${section.version}` });
  return [
    color.bold(heading), ...bandLines(section, lang, typesOf(section.agencies)), text,
    ...rankingMarks(section, lang).map((l) => color.dim(l)),
    ...(examples.length > 0 && !allExamples ? [color.yellow(examplesNote(examples, lang))] : []),
    ...(incomplete ? [color.yellow(incomplete)] : []),
    ...(omitted.length > 0 ? [color.dim(message(lang, "rpt-columns-omitted", { columns: listed(omitted, lang) }))] : []),
  ].join("\n");
}

/** The agencies of a ranking that are example data, by name and id, in ranking order; the csv and xlsx mark every one. */
function examplesNote(examples: readonly RankedAgency[], lang: Lang): string {
  const named = examples.slice(0, INCOMPLETE_NAMED).map((a) => { const { name, id } = finalScore(a).agency; return `${name} (${id})`; });
  const more = examples.length - named.length;
  if (more > 0) named.push(message(lang, "rpt-examples-more", { count: more }));
  return message(lang, "rpt-examples", { count: examples.length, agencies: named.join("; ") });
}

/** An agency's figures in the ranking, after its rank and name: total, percentage, band, then self-score and difference, group ranks. */
function rankingFigures(a: RankedAgency, d: number, lang: Lang, verified: boolean, byGroup: boolean): string[] {
  const s = finalScore(a);
  return [
    formatPoints(s.total, d, lang) + provisionalMark(s), formatPercent(s.total, s.max, lang), s.band?.label[lang] ?? "–",
    ...(verified ? [formatPoints(a.score.total, d, lang) + provisionalMark(a.score), a.verified ? signedPoints(verifiedDifference(a, d)!, d, lang) : ""] : []),
    ...(byGroup ? [Object.entries(a.group_ranks ?? {}).map(([code, rank]) => `${code}:${rank}`).join(" ")] : []),
  ];
}

/**
 * The ranking for a terminal too narrow for its table: each cohort's heading, then an agency to a paragraph,
 * "rank name" over its figures in the table's order, named once above in the table's words (wrapped with
 * the lines around it).
 */
function rankingParagraphs(section: Section, ranked: RankedCohort[], namesakes: ReadonlySet<string>, lang: Lang, color: ChalkInstance, verified: boolean, byGroup: boolean, width: number): string {
  const d = section.decimals;
  const named = [message(lang, "col-total"), message(lang, "col-percent"), message(lang, "col-band"), ...(verified ? [message(lang, "rpt-col-self-total"), message(lang, "rpt-col-difference")] : []), ...(byGroup ? [message(lang, "col-group-ranks")] : [])];
  const out = [color.dim(`${message(lang, "col-rank")} ${message(lang, "col-agency")}`), color.dim(`     ${named.join(" · ")}`)];
  for (const { heading, agencies } of ranked) {
    out.push(color.bold(heading));
    for (const a of agencies) {
      const s = finalScore(a);
      // A long name goes on two columns under its own start, as the figures' lines do: wrapped with the lines
      // around, it went on under the rank's padding (column 4 for rank 1, 3 for rank 10), left of its figures.
      out.push(...wrapWords(`${String(a.rank).padStart(3)}  ${s.agency.name}${nameMarks(a, namesakes, lang)}`, wrapWidth(width) ?? width, "       "));
      // An empty cell of the table (no difference, no group ranks) is a dash here, where it has no column.
      out.push(`     ${rankingFigures(a, d, lang, verified, byGroup).map((f) => f || "–").join(" · ")}`);
    }
  }
  return out.join("\n");
}

/** What follows an agency's name in the ranking: its id where another agency has its name, its file's other period, and ✓ for a verified score. */
function nameMarks(a: RankedAgency, namesakes: ReadonlySet<string>, lang: Lang): string {
  const id = namesakeTag(finalScore(a).agency.id, namesakes);
  const period = otherPeriodTag(a, lang);
  return `${id ? ` ${id}` : ""}${period ? ` ${period}` : ""}${a.verified ? " ✓" : ""}`;
}

/** A cohort of the ranking: its label, its heading (with its size) and its agencies in ranking order. */
interface RankedCohort { label: string; heading: string; agencies: RankedAgency[] }

/**
 * The ranking, each cohort under a heading row of its own (a cohort column took a fifth of the width on
 * every row, and the names were cut where they differ: "Sở Khoa học và Công nghệ tỉnh Quảng…").
 */
function rankingTable(section: Section, ranked: RankedCohort[], namesakes: ReadonlySet<string>, lang: Lang, color: ChalkInstance, width: NameCell, verified: boolean, byGroup: boolean): string {
  const nameWidth = width.cellWidth;
  const d = section.decimals;
  const head = [
    message(lang, "col-rank"), message(lang, "col-agency"), message(lang, "col-total"), message(lang, "col-percent"), message(lang, "col-band"),
    ...(verified ? [message(lang, "rpt-col-self-total"), message(lang, "rpt-col-difference")] : []),
    ...(byGroup ? [message(lang, "col-group-ranks")] : []),
  ];
  const options = {
    head,
    colAligns: ["right", "left", "right", "right", "left", ...(verified ? ["right", "right"] as const : []), "left"],
    ...COMPACT,
  } satisfies Table.TableConstructorOptions;
  const rows: string[][] = [];
  const tagged = cutNamesakes(ranked, namesakes, width, lang);
  // The order every format uses (ties by name), not the order of the files.
  for (const { label, heading, agencies } of ranked) {
    // Where the names are cut, the cohort's size gives way before its label (an agency's block, where there is one, says it: "Rank 3 of 28").
    rows.push(["", color.bold([...heading].length <= nameWidth ? heading : truncate(message(lang, "rpt-cohort-heading-short", { cohort: label }), nameWidth)), ...head.slice(2).map(() => "")]);
    for (const a of agencies) {
      const s = finalScore(a);
      // A verified agency, one of another period or a namesake's id keeps its marks when its name is cut; the
      // name itself is cut to `nameWidth` letters (the marks counted in, a namesake was cut to "UBND xã Q…").
      const tag = width.idBelow ? namesakeTag(s.agency.id, tagged) : undefined;
      const marks = nameMarks(a, tag === undefined ? tagged : new Set(), lang);
      const name = `${truncate(s.agency.name, nameCut(width, marks))}${marks}${tag === undefined ? "" : `\n${tag}`}`;
      rows.push([String(a.rank), name, ...rankingFigures(a, d, lang, verified, byGroup)]);
    }
  }
  return longTable(options, rows);
}

/**
 * The ranking's name cell on a terminal: `cellWidth` columns for a name and its marks, the name at most `cap`
 * letters; `idBelow`: a namesake's id on a line of its own under the name.
 */
interface NameCell { cellWidth: number; cap: number; idBelow?: boolean }

/**
 * The letters a name keeps beside its marks: the cell's width less theirs (not below 16), so that the column a
 * namesake's long id widens is not left blank beside every other name, all cut to the namesake's length.
 */
function nameCut({ cellWidth, cap }: NameCell, marks: string): number {
  if (cellWidth === Infinity) return cap;
  return Math.min(cap, Math.max(Math.min(16, cellWidth), cellWidth - stringWidth(marks)));
}

/**
 * The namesakes, and the agencies whose names, cut to `nameWidth` letters, read as another's: wards of one town
 * ("Ủy ban nhân dân phường Đồng Hới", "… Đồng Sơn") were three rows of "Ủy ban nhân dân phường Đồng …". Their ids go beside them.
 */
function cutNamesakes(ranked: RankedCohort[], namesakes: ReadonlySet<string>, width: NameCell, lang: Lang): ReadonlySet<string> {
  if (width.cellWidth === Infinity) return namesakes;
  const cut = namesakeIds(ranked.flatMap((c) => c.agencies).map((a) => { const { id, name } = finalScore(a).agency; return { id, name: truncate(name, nameCut(width, nameMarks(a, new Set(), lang))) }; }));
  return cut.size === 0 ? namesakes : new Set([...namesakes, ...cut]);
}
