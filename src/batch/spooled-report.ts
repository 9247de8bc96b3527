import type { AgencyScore } from "../core/result.js";
import { entryHead, expander, type JsonSection } from "../report/json.js";
import type { RankedSection } from "../report/ranked.js";
import { byName, cohortOrder, namesakeIds, scoreHead } from "../report/common.js";
import { fileWarnings, notScoredFile, rankCohorts, rankFields, sectionHead, type AgencyResult, type RankedAgency, type RankInfo, type ReportFrame, type ScoreReport } from "../report/report.js";
import { headlineOnly } from "./failure-spool.js";
import type { SkippedFile } from "./skipped-kind.js";
import { hasWarnings, type SpooledBatch, type SpooledSection } from "./pipeline.js";

/**
 * `details: false` leaves out what only an agency's own table shows (a large batch's terminal table shows
 * rankings only); `"groups"` keeps the groups and pillars, and of the indicators only what notes under a
 * ranking read: the provisional ones, and all of an agency with a verified score (its differences are
 * explained indicator by indicator). What the ranking csv, a batch's md and an html too large for its
 * indicator annex show.
 */
interface ReportOptions {
  tool: { name: string; version: string }; now: Date; showPath: (file: string) => string; groupRanks: boolean; details?: boolean | "groups";
  /** `"headline"`: of each file not scored, its first error alone (what the terminal table and the md show). */
  notScored?: "headline";
  /** Files the folders held that were never read (Word, Excel: see gatherInputs), listed after those the batch passed over. */
  passedOver?: readonly SkippedFile[];
}

/** The report's frame: everything but the agency entries; each file not scored read back from the spool as it is written. */
export function reportFrame(batch: SpooledBatch, options: ReportOptions): ReportFrame {
  const { showPath } = options;
  return { tool: options.tool, generated_at: options.now.toISOString(), not_scored: { *[Symbol.iterator]() { for (const f of batch.failures) yield notScoredFile(batch.reported(f), showPath); } }, ...skippedFiles(batch, options) };
}

function skippedFiles(batch: SpooledBatch, options: ReportOptions): Pick<ScoreReport, "skipped" | "skipped_kinds"> {
  const skipped = [...batch.skipped, ...(options.passedOver ?? [])];
  return skipped.length > 0 ? { skipped: skipped.map((s) => options.showPath(s.file)), skipped_kinds: skipped.map((s) => s.kind) } : {};
}

function ranksOf(section: SpooledSection, groupRanks: boolean): RankInfo[] {
  return rankCohorts(section.entries, groupRanks ? section.rubric.rubric.groups.map((g) => g.code) : undefined);
}

/** The JSON report's sections, entries read from the spool one at a time (what a large batch streams). */
export function jsonSections(batch: SpooledBatch, options: ReportOptions): JsonSection[] {
  return batch.sections.map((section) => {
    const ranks = ranksOf(section, options.groupRanks);
    return {
      head: sectionHead(section.rubric, options.showPath),
      facts: section.facts,
      // The spooled bytes go out as they are, past their opening brace: no decoding and encoding again.
      entries: (function* () {
        for (const [i, e] of section.entries.entries()) {
          // The entry first, then its warnings right after it: the spool is read forward.
          const bytes = batch.readBytes(e);
          yield [entryHead(ranks[i]!, options.showPath(batch.fileOf(e)), fileWarnings(batch.warnings(e, false), options.showPath)), bytes.subarray(1)];
        }
      })(),
    };
  });
}

/** The whole report in memory (every format but a large JSON or csv report is made from it). */
export function materializeReport(batch: SpooledBatch, options: ReportOptions): ScoreReport {
  const whole = options.notScored === "headline" ? headlineOnly : batch.reported;
  return {
    tool: options.tool,
    generated_at: options.now.toISOString(),
    rubrics: batch.sections.map((section) => {
      const agencyAt = reader(batch, section, options, ranksOf(section, options.groupRanks));
      return { ...sectionHead(section.rubric, options.showPath), agencies: section.entries.map((_, i) => agencyAt(i)) };
    }),
    // One at a time, read back without their code frames (or only the first error): each file's findings are let go once its entry is made.
    not_scored: batch.failures.map((f) => notScoredFile(whole(f), options.showPath)),
    ...skippedFiles(batch, options),
  };
}

/**
 * The sections in ranking order (cohort, rank, name, as rankingOrder orders a report in memory), each
 * agency read from the spool when the csv or xlsx asks for it: a 100,000-agency report is written without
 * the report in memory. Only the names and ids are read ahead, for the order of ties. `summaries` reads an agency
 * without the indicators a table of groups does not show, `verified` reads only those the entries say have
 * a verified score.
 */
export function rankedSpooledSections(batch: SpooledBatch, options: ReportOptions): RankedSection[] {
  return batch.sections.map((section) => {
    const ranks = ranksOf(section, options.groupRanks);
    const whole = reader(batch, section, { ...options, details: true }, ranks);
    const summary = reader(batch, section, { ...options, details: "groups" }, ranks);
    const names = spooledNames(batch, section);
    const byCohort = cohortOrder(section.rubric.rubric);
    const order = section.entries.map((_, i) => i).sort((a, b) => {
      const ca = section.entries[a]!.cohort, cb = section.entries[b]!.cohort;
      if (ca !== cb) return byCohort(ca, cb);
      if (ranks[a]!.rank !== ranks[b]!.rank) return ranks[a]!.rank - ranks[b]!.rank;
      return byName(names[a]!, names[b]!);
    });
    const inOrder = (read: (i: number) => RankedAgency, keep: (i: number) => boolean = () => true): Iterable<RankedAgency> => ({ *[Symbol.iterator]() { for (const i of order) if (keep(i)) yield read(i); } });
    return {
      head: sectionHead(section.rubric, options.showPath),
      first: section.entries.length > 0 ? whole(0) : undefined,
      groupRanks: ranks.some((r) => r.group_ranks !== undefined),
      agencies: inOrder(whole),
      summaries: inOrder(summary),
      verified: inOrder(whole, (i) => section.entries[i]!.verified === true),
      warned: inOrder(summary, (i) => hasWarnings(section.entries[i]!)),
      order,
      namesakes: namesakeIds(names),
    };
  });
}

/** The i-th agency of a spooled section, whole, as the report in memory holds it. */
function reader(batch: SpooledBatch, section: SpooledSection, options: ReportOptions, ranks: RankInfo[]): (i: number) => RankedAgency {
  // Putting the indicator facts back into every indicator was most of a 10,000-agency ranking csv's time (3.3 s).
  const full = expander(section.facts);
  return (i) => {
    const e = section.entries[i]!;
    const r = JSON.parse(batch.read(e)) as AgencyResult;
    if (options.details === false || options.details === "groups") delete r.evidence;
    const expand = options.details === false ? scoreHead : options.details === "groups" && !r.verified ? (s: AgencyScore) => full(provisionalOnly(s)) : full;
    return { file: options.showPath(batch.fileOf(e)), ...rankFields(ranks[i]!), ...fileWarnings(batch.warnings(e, false), options.showPath), score: expand(r.score), ...(r.verified ? { verified: expand(r.verified) } : {}), example: r.example, ...(r.submitted !== undefined ? { submitted: r.submitted } : {}), ...(r.evidence ? { evidence: r.evidence } : {}) };
  };
}

function provisionalOnly(score: AgencyScore): AgencyScore {
  return { ...score, indicators: score.indicators.filter((i) => i.status === "provisional") };
}

/** The name and id of each agency of a spooled section, in its order: what a ranking names them by. */
export function spooledNames(batch: SpooledBatch, section: SpooledSection): { name: string; id: string }[] {
  return section.entries.map((e) => agencyHeader(batch.readBytes(e)));
}

/**
 * The agency's name and id in a spooled entry, which starts {"score":{"agency":{…}}: only that object is parsed
 * (it holds no brace but in text), from the entry's first kilobyte where it ends there (a name is seldom longer).
 */
function agencyHeader(entry: Buffer): { name: string; id: string } {
  return headerIn(entry.toString("utf8", 0, Math.min(entry.length, 1024))) ?? headerIn(entry.toString("utf8"))!;
}

function headerIn(text: string): { name: string; id: string } | undefined {
  const start = text.indexOf('"agency":') + '"agency":'.length;
  let quoted = false;
  for (let end = start; end < text.length; end++) {
    const c = text[end];
    if (quoted) { if (c === "\\") end++; else if (c === '"') quoted = false; } else if (c === '"') quoted = true;
    else if (c === "}") {
      // Only the two strings are kept: the agency's type and cohort, for 100,000 entries, are not.
      const { name, id } = JSON.parse(text.slice(start, end + 1)) as { name: string; id: string };
      return { name, id };
    }
  }
  return undefined;
}
