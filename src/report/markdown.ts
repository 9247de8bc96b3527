import type { AgencyScore, GroupResult } from "../core/result.js";
import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { adjustmentCell, adjustmentColumns, anyGroupRescaled, aggregateColumns, rankingAggregates, bandLines, typesOf, groupRank, aggregatePoints, columnLegend, rankingMarks, mixedPeriodsNote, notScoredAgency, firstError, cautionNotes, rankedCompletenessText, cohortLabel, cohorts, deducted, errorLine, finalScore, groupRankCodes, notScoredHeading, type Section, signedPoints, typeLabel, verifiedChanges, verifiedDifference, verifiedSides, verifiedUnchangedLine, verifiedChangeLines, warnedFiles, warningsHeading, type FileFindings, provisionalMark, sentOn, otherPeriodTag, namesakeIds, namesakeTag, answerLabels, verifiedChangeNote, informational, type VerifiedIndicator, skippedGroups, skippedHeadKey, moreErrors } from "./common.js";
import { formatPercent, formatMax, formatPoints, formatStamp } from "./format-number.js";
import { code, md } from "./md-escape.js";
import { quotedTextsCut } from "./diagnostics.js";
import { incompleteNote, incompleteOf } from "./incomplete.js";
import { answerText } from "./value-text.js";
import type { RankedAgency, ScoreReport } from "./report.js";

interface MarkdownOptions {
  lang: Lang;
  /** Ranking rows per rubric, shared among its cohorts (cohortRows), each cut cohort ending in a row that counts the rest (keeps a pull-request comment short). */
  maxRows?: number;
}

/**
 * GitHub-flavoured Markdown, short enough for a pull-request comment or a job summary:
 * one agency → its groups; a batch → the ranking per rubric (top-level groups as columns); then what was not scored.
 */
export function formatMarkdown(report: ScoreReport, options: MarkdownOptions): string {
  const { lang } = options;
  const maxRows = options.maxRows ?? 50;
  const out: string[] = [];
  const agencies = report.rubrics.reduce((n, s) => n + s.agencies.length, 0);
  for (const section of report.rubrics) {
    if (agencies === 1 && section.agencies[0]) out.push(single(section, section.agencies[0], lang));
    else if (section.agencies.length > 0) out.push(ranking(section, lang, maxRows));
  }
  const warned = warnedFiles(report);
  if (warned.length > 0) {
    // Every warning, not only a file's first: each says something about the score the file got.
    const lines = [`### ${md(warningsHeading(warned, lang))}`, ""];
    const items = warned.flatMap((f) => f.errors.map((e) => findingLine(f, e, lang)));
    lines.push(...items.slice(0, maxRows));
    if (items.length > maxRows) lines.push(`- ${md(message(lang, "rpt-more-warnings", { count: items.length - maxRows }))}`);
    out.push(lines.join("\n"));
  }
  if (report.not_scored.length > 0) {
    const lines = [`### ${md(notScoredHeading(report.not_scored, lang))}`, ""];
    // Its quoted texts cut as standard error cuts them: what a batch keeps of a file not scored when no html or
    // json is written beside the md (see failure-spool.ts), so the md is the same whichever is.
    for (const f of report.not_scored.slice(0, maxRows)) {
      const e = firstError(f);
      const more = moreErrors(f);
      lines.push(findingLine(f, e && { ...e, params: quotedTextsCut(e.params) }, lang) + (more > 0 ? ` ${md(message(lang, "rpt-more-errors", { count: more }))}` : ""));
    }
    // The csv has no not-scored files: the pointer names the reports that list them.
    if (report.not_scored.length > maxRows) lines.push(`- ${md(message(lang, "rpt-more-not-scored", { count: report.not_scored.length - maxRows }))}`);
    out.push(lines.join("\n"));
  }
  if (report.skipped?.length) out.push(skippedText(report.skipped, report.skipped_kinds, lang, maxRows));
  if (out.length === 0) out.push(md(message(lang, "rpt-empty")));
  out.push(`<sub>${md(message(lang, "rpt-stamp", { tool: `${report.tool.name} ${report.tool.version}`, time: formatStamp(report.generated_at, lang) }))}` +
    report.rubrics.map((s) => ` · ${code(`${s.id} ${s.version}`)} sha256 ${code(s.sha256.slice(0, 12))}`).join("") + "</sub>");
  return out.join("\n\n") + "\n";
}

/**
 * The files passed over, under what they are when that is known; `maxRows` names in all, not a group: a batch with
 * rubrics, fixtures and other YAML listed up to three times as many. The rest is counted, the json and xlsx list it.
 */
function skippedText(files: string[], kinds: ScoreReport["skipped_kinds"], lang: Lang, maxRows: number): string {
  let left = maxRows;
  const names = (list: string[]) => {
    const shown = list.slice(0, left);
    left -= shown.length;
    return shown.length < list.length ? [...shown, "…"].join(", ") : shown.join(", ");
  };
  const more = files.length > maxRows ? md(message(lang, "rpt-more-skipped", { count: files.length - maxRows })) : undefined;
  const groups = skippedGroups(files, kinds);
  // One list: the count of the rest follows its names in place of an ellipsis.
  if (!groups) return md(message(lang, "rpt-skipped", { count: files.length, files: files.slice(0, maxRows).join(", ") })) + (more ? ` ${more}` : "");
  return [
    md(message(lang, skippedHeadKey("rpt-skipped-head", kinds), { count: files.length })), "",
    ...groups.map((g) => `- ${md(`${message(lang, `rpt-skipped-kind-${g.kind}`, { count: g.files.length })}: ${names(g.files)}`)}`),
    ...(more ? [`- ${more}`] : []),
  ].join("\n");
}

/** A list item: where in the file (a whole-file error, such as an unreadable file, has no line), whose, what. */
function findingLine(f: FileFindings, e: FileFindings["errors"][number] | undefined, lang: Lang): string {
  const where = !e || e.line === null ? f.file : `${f.file}:${e.line}:${e.col ?? 1}`;
  const who = notScoredAgency(f);
  return `- ${code(where)}${who ? ` ${md(who)}:` : ""} ${e ? md(errorLine(e, lang)) : ""}`.trimEnd();
}

function single(section: Section, a: RankedAgency, lang: Lang): string {
  const s = finalScore(a);
  const d = section.decimals;
  const pts = (n: number) => formatPoints(n, d, lang);
  const maxText = (n: number) => formatMax(n, d, lang);
  const lines = [
    `### ${md(s.agency.name)} — ${pts(s.total)}${provisionalMark(s)} / ${maxText(s.max)} (${formatPercent(s.total, s.max, lang)}) · ${md(s.band?.label[lang] ?? message(lang, "no-band"))}`,
    "",
    md(`${typeLabel(section, s.agency.type, lang)} · ${message(lang, "period")} ${s.period} · ${message(lang, "rubric")} ${section.id} ${section.version} · ${message(lang, "rank-line", { rank: a.rank, size: a.cohort_size, cohort: cohortLabel(section, s.agency.cohort, lang) })}${sentOn(a, lang)}`),
    "",
    ...bandLines(section, lang, typesOf([a])).flatMap((l) => [md(l), ""]),
    `| ${message(lang, "col-code")} | ${message(lang, "col-group")} | ${message(lang, "col-points")} | ${message(lang, "col-max")} | % |`,
    "|---|---|--:|--:|--:|",
  ];
  const add = (g: GroupResult) => {
    const title = "&nbsp;&nbsp;".repeat(g.depth) + md(g.title[lang]) + (g.rescaled ? "\\*" : "");
    lines.push(g.excluded
      ? `| ${md(g.code)} | ${title} | – | ${maxText(g.max)} | |`
      : `| ${md(g.code)} | ${g.depth === 0 ? `**${title}**` : title} | ${pts(g.points)} | ${maxText(g.max)} | ${formatPercent(g.points, g.max, lang)} |`);
    g.groups.forEach(add);
  };
  s.groups.forEach(add);
  if (s.bonus.cap > 0) lines.push(`| | ${md(message(lang, "bonus"))} | ${signedPoints(s.bonus.points, d, lang)} | ${maxText(s.bonus.cap)} | |`);
  if (s.penalty.cap > 0) lines.push(`| | ${md(message(lang, "penalty"))} | ${deducted(s.penalty.points, d, lang)} | ${maxText(s.penalty.cap)} | |`);
  lines.push(`| | **${md(message(lang, "total"))}** | **${pts(s.total)}**${provisionalMark(s)} | ${maxText(s.max)} | **${formatPercent(s.total, s.max, lang)}** |`);
  lines.push("");
  if (anyGroupRescaled(s)) lines.push(md(message(lang, "rescaled-note")), "");
  if (a.verified) lines.push(md(verifiedText(a.score, a.verified, d, lang)), "", ...verifiedChangesTable(section, a, d, lang), ...unchangedLines(a, lang));
  lines.push(md(rankedCompletenessText(a, lang)));
  for (const note of cautionNotes(s, lang)) lines.push("", md(note));
  return lines.join("\n");
}

function ranking(section: Section, lang: Lang, maxRows: number): string {
  const d = section.decimals;
  const pts = (n: number) => formatPoints(n, d, lang);
  const top = section.agencies[0]?.score.groups ?? [];
  const verified = section.agencies.some((a) => a.verified);
  const rankCodes = groupRankCodes(section);
  const aggregates = rankingAggregates(section, top, aggregateColumns(section));
  const adjustments = adjustmentColumns(section.agencies[0]?.score);
  const heads = [
    md(message(lang, "rpt-col-cohort")), message(lang, "col-rank"), message(lang, "col-agency"), message(lang, "col-total"), "%", message(lang, "col-band"),
    ...(verified ? [message(lang, "rpt-col-self-total"), message(lang, "rpt-col-difference")] : []),
    ...top.map((g) => md(g.code)),
    ...aggregates.map((x) => md(x.title[lang])),
    ...adjustments.map((kind) => md(message(lang, kind))),
    ...rankCodes.map((code) => md(message(lang, "rpt-col-group-rank", { code }))),
  ];
  const aligns = ["---", "--:", "---", "--:", "--:", "---", ...(verified ? ["--:", "--:"] : []), ...top.map(() => "--:"), ...aggregates.map(() => "--:"), ...adjustments.map(() => "--:"), ...rankCodes.map(() => "--:")];
  const lines = [
    `### ${md(message(lang, "ranking", { rubric: `${section.id} ${section.version}` }))}`,
    "",
    ...bandLines(section, lang, typesOf(section.agencies)).flatMap((l) => [md(l), ""]),
    `| ${heads.join(" | ")} |`,
    `|${aligns.join("|")}|`,
  ];
  const groups = cohorts(section);
  const namesakes = namesakeIds(section.agencies.map((a) => finalScore(a).agency));
  const allotted = cohortRows(groups.map((c) => c.agencies.length), maxRows);
  groups.forEach(({ cohort, agencies }, c) => {
    for (const a of agencies.slice(0, allotted[c])) {
      const s = finalScore(a);
      const points = new Map(s.groups.map((g) => [g.code, g]));
      const period = otherPeriodTag(a, lang);
      const id = namesakeTag(s.agency.id, namesakes);
      const name = md(s.agency.name) + (id ? ` ${md(id)}` : "") + (period ? ` ${md(period)}` : "") + (a.verified ? " ✓" : "") + (a.example ? ` ${md(message(lang, "example-mark"))}` : "");
      const cells = [
        md(cohortLabel(section, cohort, lang)), String(a.rank), name, pts(s.total) + provisionalMark(s), formatPercent(s.total, s.max, lang), md(s.band?.label[lang] ?? "–"),
        // The self-assessed total of every agency (it is the total where nothing was verified); the difference only where something was.
        ...(verified ? [pts(a.score.total) + provisionalMark(a.score), a.verified ? signedPoints(verifiedDifference(a, d)!, d, lang) : ""] : []),
        ...top.map((t) => { const g = points.get(t.code); return g && !g.excluded ? pts(g.points) : "–"; }),
        ...aggregates.map((x) => { const points = aggregatePoints(s, x.id); return points === undefined ? "–" : pts(points); }),
        ...adjustments.map((kind) => adjustmentCell(s, kind, d, lang)),
        ...rankCodes.map((code) => String(groupRank(a.group_ranks, code) ?? "–")),
      ];
      lines.push(`| ${cells.join(" | ")} |`);
    }
    // A cut cohort says so in its own row: a reader sees every cohort, and how many of each are left out.
    const cut = agencies.length - allotted[c]!;
    if (cut > 0) lines.push(`| ${[md(cohortLabel(section, cohort, lang)), "…", md(message(lang, "rpt-more", { count: cut })), ...heads.slice(3).map(() => "")].join(" | ")} |`);
  });
  lines.push("", md(columnLegend(section, lang, aggregates)));
  for (const mark of [...rankingMarks(section, lang), ...mixedPeriodsNote(section, lang)]) lines.push("", md(mark));
  const incomplete = incompleteNote(incompleteOf(groups.flatMap((c) => c.agencies)), lang, md);
  if (incomplete) lines.push("", incomplete);
  lines.push(...verifiedList(section, groups.flatMap((c) => c.agencies), lang, maxRows));
  return lines.join("\n");
}

/**
 * Under a ranking, each agency marked ✓ with what its verification changed and, as the terminal says them, the
 * indicators verified as answered: a difference of 0,00 or none tells no collector what was checked.
 */
function verifiedList(section: Section, agencies: RankedAgency[], lang: Lang, maxRows: number): string[] {
  const listed = agencies.flatMap((a) => {
    const said = verifiedChangeLines(a, section.decimals, lang, undefined, (code) => answerLabels(section, code));
    return a.verified && said.length > 0 ? [{ a, said }] : [];
  });
  if (listed.length === 0) return [];
  // Each change on its own line under the agency: joined in one item, an agency with several read as one sentence.
  const items = listed.slice(0, maxRows).flatMap(({ a, said }) => [`- ${md(`${a.score.agency.name} (${a.score.agency.id})`)}`, ...said.map((line) => `  - ${md(line)}`)]);
  if (listed.length > maxRows) items.push(`- ${md(message(lang, "rpt-more", { count: listed.length - maxRows }))}`);
  return ["", md(message(lang, "rpt-verified-agencies", { count: listed.length })), "", ...items];
}

/**
 * How many ranking rows each cohort gets within a rubric's budget: a cohort smaller than its even share shows
 * whole and leaves the rest to the others; every cohort shows at least `least` rows, so none is left out.
 */
export function cohortRows(sizes: readonly number[], budget: number, least = 5): number[] {
  const out = sizes.map(() => 0);
  let left = budget;
  sizes.map((_, i) => i).sort((a, b) => sizes[a]! - sizes[b]!).forEach((i, k, order) => {
    out[i] = Math.min(sizes[i]!, Math.max(least, Math.floor(left / (order.length - k))));
    left = Math.max(0, left - out[i]!);
  });
  return out;
}

/** The indicators verified as answered, one line and a blank one; nothing when there are none. */
function unchangedLines(a: RankedAgency, lang: Lang): string[] {
  const line = verifiedUnchangedLine(a, lang);
  return line ? [md(line), ""] : [];
}

function verifiedText(self: AgencyScore, verified: AgencyScore, decimals: number, lang: Lang): string {
  return message(lang, "verified-total", {
    total: formatPoints(verified.total, decimals, lang),
    self: formatPoints(self.total, decimals, lang),
    diff: signedPoints(verified.total - self.total, decimals, lang),
  });
}

/**
 * The indicators whose verified points, status or answer differ from the self-assessed ones, as a table and a blank
 * line; nothing when none differ. Each with both answers and the collector's note, as the xlsx Verification sheet
 * has them: an agency sent this report learns what was corrected and why, not only the points it lost.
 */
function verifiedChangesTable(section: Section, a: RankedAgency, decimals: number, lang: Lang): string[] {
  const { changed, rest } = verifiedChanges(a, decimals);
  if (changed.length === 0) return [];
  const heads = ["col-code", "rpt-col-answer", "rpt-col-self-points", "rpt-col-verified-answer", "rpt-col-verified-points", "rpt-col-difference", "rpt-col-verified-note"];
  const row = (v: VerifiedIndicator) => {
    const [s, t] = verifiedSides(v, decimals, lang);
    const labels = answerLabels(section, v.self.code);
    // A line the collector gave no value for moved with the cohort's verified figures: no answer of its own, and the note says so.
    const verifiedAnswer = v.verified.verified ? answerText(v.verified, lang, labels) : "";
    const note = verifiedChangeNote(v, lang);
    // Information only: its status in place of points, and no difference (nothing to earn).
    const diff = informational(v) ? "" : signedPoints(v.diff, decimals, lang);
    return `| ${md(v.self.code)} | ${md(answerText(v.self, lang, labels))} | ${s} | ${md(verifiedAnswer)} | ${t} | ${diff} | ${md(note)} |`;
  };
  return [
    `| ${heads.map((k) => message(lang, k)).join(" | ")} |`,
    "|---|---|--:|---|--:|--:|---|",
    ...changed.map(row),
    ...(rest !== 0 ? [`| ${md(message(lang, "rpt-difference-elsewhere"))} | | | | | ${signedPoints(rest, decimals, lang)} | |`] : []),
    "",
  ];
}

