import type { AgencyFile, Answer } from "../core/agency.js";
import { allIndicators } from "../core/codes.js";
import { addToContext, mergeContexts, relativeIndicators, scoreAgency, verifiedScore, type BatchContext } from "../core/score.js";
import type { Indicator, Rubric } from "../core/rubric.js";
import { loadRubric, type LoadedRubric, type RubricOutcome } from "../load/load-rubric.js";
import { factsOf, resultJsonWith, type IndicatorFacts } from "../report/json.js";
import { evidenceOf, rankable, scoredResult, type Rankable } from "../report/report.js";
import { checkEach, type BatchInput, type BatchOptions, type FileFailure } from "./score-files.js";
import { findingsRecords, spoolFindings, type FindingsPlace, type FindingsRecords } from "./spooled-findings.js";
import { SpoolWriter, spoolRecords, type MemorySpools } from "./spool.js";
import { likenessPrints } from "./same-agency.js";
import type { SkippedFile } from "./skipped-kind.js";

/**
 * One share of a large batch, in two passes that a worker thread (or, failing one, the main thread) runs:
 * check every file, spooling each valid agency to disk and adding it to the cohort statistics; then,
 * with the statistics of the whole batch, score the spooled agencies and spool their report entries.
 * Only small summaries stay in memory, so memory does not grow with the size of the files.
 *
 * An agency is spooled as two records: the agency with its evidence items emptied (scoring counts them,
 * and reading the spool back is the second pass's largest cost), then the report's list of the evidence
 * it cited, as JSON text ("" when none), which the second pass puts in the entry as it is. A file with
 * warnings has two more, its findings (see spooled-findings.ts), which the second pass copies after the
 * entry: kept in memory, a file's warnings, with their code frames, weigh more than what ranking keeps.
 */

/** The cohort statistics of one rubric's agencies, for both bases. */
export interface RubricContexts { self: BatchContext; verified: BatchContext }

/**
 * A valid agency of the share. Records are kept small, they number as many as the files: the file is known
 * by its index in the batch, the rubric by its place in `rubrics`, and `warned` only when the file has warnings (they are in the spool).
 */
export interface ShareValid { index: number; id: string; rubric: number; /** Its warnings follow its records in the spool. */ warned?: true; /** An earlier file of the share used its id. */ repeated?: true }

/** Numbers per ranked file in CheckedShare.likeness: its batch index, then its four prints. */
export const LIKENESS_WIDTH = 5;

export interface CheckedShare {
  /** Rubric files of the share's agencies. */
  rubrics: string[];
  valid: ShareValid[];
  /**
   * Per ranked file (not a repeated id), what tells it the same agency as a file under another id: its batch index
   * and the prints of same-agency.ts, LIKENESS_WIDTH numbers each, flat (no object per file).
   */
  likeness: Float64Array;
  rubricFailures: FileFailure[];
  duplicates: FileFailure[];
  skipped: SkippedFile[];
  /** Keyed by rubric file. */
  contexts: Map<string, RubricContexts>;
  /** The spool of the share's valid agencies, in the order of `valid`. */
  spool: string;
}

/** A scored agency: what ranking, thresholds and warnings need, and where its report entry is spooled (kept small, see ShareValid). */
export interface ScoredEntry extends Rankable {
  index: number;
  /** Place of the rubric file in the share's `rubrics`. */
  rubric: number;
  /** The final score is the verified one. */
  verified?: true;
  /** The final score counts provisional points: --fail-below marks it as the ranking does, without reading the spool again. */
  provisional?: true;
  /** Where the file's warnings are in the spool, after its entry. */
  warned?: FindingsPlace;
  offset: number;
  length: number;
}

/** `periods`: per rubric file, how many agencies answer each period (a batch mixing periods is said to mix them). */
export interface ScoredShare { rubrics: string[]; spool: string; entries: ScoredEntry[]; facts: Map<string, IndicatorFacts[]>; periods: Map<string, Map<string, number>> }

/**
 * What a share's first pass is told besides the batch's options. `onFailure`: each file not scored, handed over
 * as it is found, never kept (a worker's heap is bounded by its number of files, and an invalid file's findings,
 * with their code frames, can weigh more than the file itself; the main thread spools them).
 */
interface ShareOptions extends BatchOptions { onFailure: (failure: FileFailure) => void }

/** First pass over a share: `base` is the index of its first file in the whole batch. `memory`: spool there, not to `spoolFile`. */
export function checkShare(files: BatchInput[], base: number, options: ShareOptions, spoolFile: string, rubrics: Map<string, LoadedRubric>, memory?: MemorySpools): CheckedShare {
  const spool = new SpoolWriter(spoolFile, memory);
  const relative = new Map<string, Indicator[]>();
  const codes = new Map<string, string[]>();
  // Sized for every file of the share and cut to the ranked ones at the end: no growing array's slack, one buffer to post.
  const likeness = new Float64Array(files.length * LIKENESS_WIDTH);
  let rows = 0;
  const share: CheckedShare = { rubrics: [], valid: [], likeness, rubricFailures: [], duplicates: [], skipped: [], contexts: new Map(), spool: spoolFile };
  let index = base;
  try {
    checkEach(files, { ...options, onProgress: (done, total) => { index = base + done; options.onProgress?.(done, total); } }, {
      valid(item, loaded, repeated) {
        const key = loaded.file;
        rubrics.set(key, loaded);
        let contexts = share.contexts.get(key);
        if (!contexts) {
          contexts = { self: new Map(), verified: new Map() };
          share.contexts.set(key, contexts);
          share.rubrics.push(key);
          relative.set(key, relativeIndicators(loaded.rubric));
          codes.set(key, allIndicators(loaded.rubric).map((i) => i.code));
        }
        // A repeated agency id is not scored (see notScoredInOrder), so its figures stay out of its cohort's.
        if (!repeated) count(contexts, loaded.rubric, relative.get(key)!, item.agency);
        const { evidence } = evidenceOf(item.agency, codes.get(key)!);
        spool.add(JSON.stringify(countingEvidence(item.agency)));
        spool.add(evidence ? JSON.stringify(evidence) : "");
        const warned = item.warnings.length > 0;
        if (warned) { const { findings, frames } = findingsRecords(item.warnings); spool.add(findings); spool.add(frames); }
        share.valid.push({ index, id: item.agency.agency.id, rubric: share.rubrics.indexOf(key), ...(warned ? { warned } : {}), ...(repeated ? { repeated } : {}) });
        if (!repeated) { likeness.set([index, ...likenessPrints(item.agency, key)], rows * LIKENESS_WIDTH); rows++; }
      },
      failure: (f) => options.onFailure(f),
      rubricFailure: (f) => share.rubricFailures.push(f),
      duplicate: (f) => share.duplicates.push(f),
      skipped: (s) => share.skipped.push(s),
    });
  } finally {
    spool.close();
  }
  if (rows * LIKENESS_WIDTH < likeness.length) share.likeness = likeness.slice(0, rows * LIKENESS_WIDTH);
  return share;
}

/**
 * The share's cohort statistics again, leaving out the agencies of these files (batch indices): those whose
 * id a file of an earlier share used, found only once every share was checked. Read back from the spool.
 */
export function recountShare(share: CheckedShare, rubrics: Map<string, LoadedRubric>, leaveOut: Set<number>, memory?: MemorySpools): Map<string, RubricContexts> {
  const contexts = new Map<string, RubricContexts>();
  const relative = new Map<string, Indicator[]>();
  for (const { valid, record } of spooledAgencies(share, memory)) {
    const key = share.rubrics[valid.rubric]!;
    const rubric = rubrics.get(key)!.rubric;
    if (!contexts.has(key)) { contexts.set(key, { self: new Map(), verified: new Map() }); relative.set(key, relativeIndicators(rubric)); }
    if (valid.repeated || leaveOut.has(valid.index)) continue;
    count(contexts.get(key)!, rubric, relative.get(key)!, JSON.parse(record) as AgencyFile);
  }
  return contexts;
}

/** An agency's measures added to its rubric's statistics, on both bases. */
function count(contexts: RubricContexts, rubric: Rubric, relative: Indicator[], agency: AgencyFile): void {
  addToContext(contexts.self, rubric, relative, agency, "self");
  addToContext(contexts.verified, rubric, relative, agency, "verified");
}

/** A rubric a share's first pass loaded, loaded again by another thread: the batch's own (`given`) or read from its file. */
export function rubricAt(file: string, given: RubricOutcome | undefined): LoadedRubric {
  if (given?.ok && given.loaded.file === file) return given.loaded;
  const outcome = loadRubric(file);
  if (!outcome.ok) throw new Error(`rubric ${file} loaded by the first pass but not here`);
  return outcome.loaded;
}

/** Join the statistics of every share, rubric by rubric. */
export function mergeShareContexts(shares: Map<string, RubricContexts>[]): Map<string, RubricContexts> {
  const out = new Map<string, RubricContexts>();
  for (const contexts of shares) {
    for (const [key, c] of contexts) {
      const into = out.get(key) ?? { self: new Map(), verified: new Map() };
      mergeContexts(into.self, c.self);
      mergeContexts(into.verified, c.verified);
      out.set(key, into);
    }
  }
  return out;
}

/**
 * `onEntries`: the scored agencies handed over as they are made, some thousands at a time, instead of returned in
 * `entries` (a worker held its share's whole list to the end of its pass: at 100,000 files the batch's peak).
 */
interface ScoreShareOptions { groups: boolean; memory?: MemorySpools; leaveOut?: ReadonlySet<number>; onEntries?: (entries: ScoredEntry[]) => void; /** How many a hand-over holds (ENTRIES_HANDED_OVER; a test takes a few). */ handOverEvery?: number }

const ENTRIES_HANDED_OVER = 2000;

/**
 * Second pass: score the share's spooled agencies against the whole batch's statistics.
 * `leaveOut`: files (batch indices) whose agency id a file of an earlier share used. They and the share's own
 * repeated ids are scored here but dropped from the ranking afterwards, so their periods are not counted.
 */
export function scoreShare(share: CheckedShare, contexts: Map<string, RubricContexts>, rubrics: Map<string, LoadedRubric>, spoolFile: string, options: ScoreShareOptions): ScoredShare {
  const out = new SpoolWriter(spoolFile, options.memory);
  let entries: ScoredEntry[] = [];
  const facts = new Map<string, IndicatorFacts[]>();
  const groupCodes = new Map<string, string[]>();
  const periods = new Map<string, Map<string, number>>();
  try {
    for (const { valid, record, evidence, warnings } of spooledAgencies(share, options.memory)) {
      const key = share.rubrics[valid.rubric]!;
      const loaded = rubrics.get(key)!;
      const context = contexts.get(key)!;
      const agency = JSON.parse(record) as AgencyFile;
      const self = scoreAgency(loaded.rubric, agency, context.self, "self");
      const verified = verifiedScore(loaded.rubric, agency, context.self, context.verified, self);
      // Top-level group points only when per-group ranks are asked for.
      if (!facts.has(key)) { facts.set(key, factsOf([self])); groupCodes.set(key, options.groups ? loaded.rubric.groups.map((g) => g.code) : []); }
      const final = verified ?? self;
      // A later file of an agency id (last year's file beside this year's, say) is not ranked: its period is not "ranked together".
      if (!valid.repeated && !options.leaveOut?.has(valid.index)) {
        const counts = periods.get(key) ?? new Map<string, number>();
        periods.set(key, counts.set(self.period, (counts.get(self.period) ?? 0) + 1));
      }
      const at = out.add(resultJsonWith(scoredResult(self, verified, agency), evidence || undefined));
      // Its warnings right after the entry, as spooled-findings.ts reads them.
      const warned = warnings && spoolFindings(out, warnings);
      entries.push({ ...rankable(final, groupCodes.get(key)!), index: valid.index, rubric: valid.rubric, ...(verified ? { verified: true as const } : {}), ...(final.provisional ? { provisional: true as const } : {}), ...(warned ? { warned } : {}), ...at });
      if (options.onEntries && entries.length === (options.handOverEvery ?? ENTRIES_HANDED_OVER)) { options.onEntries(entries); entries = []; }
    }
  } finally {
    out.close();
  }
  if (options.onEntries && entries.length > 0) { options.onEntries(entries); entries = []; }
  return { rubrics: share.rubrics, spool: spoolFile, entries, facts, periods };
}

/** The agency with each evidence item emptied: the second pass needs only their number (see checkShare). */
export function countingEvidence(agency: AgencyFile): AgencyFile {
  if (!agency.answers) return agency;
  // No prototype: every code stays a plain key.
  const answers: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [code, answer] of Object.entries(agency.answers)) {
    const evidence = (answer as Answer | null)?.evidence;
    answers[code] = Array.isArray(evidence) && evidence.length > 0 ? { ...(answer as Answer), evidence: evidence.map(() => ({})) } : answer;
  }
  return { ...agency, answers: answers as AgencyFile["answers"] };
}

/** The share's valid agencies with their spooled records (see checkShare): the agency, its evidence list, and its warnings where it has some. */
function* spooledAgencies(share: CheckedShare, memory?: MemorySpools): Generator<{ valid: ShareValid; record: string; evidence: string; warnings?: FindingsRecords }> {
  const records = spoolRecords(share.spool, memory);
  const next = (): string => {
    const r = records.next();
    if (r.done) throw new Error(`spool ${share.spool} ends before its ${share.valid.length} agencies`);
    return r.value;
  };
  for (const valid of share.valid) {
    const record = next();
    const evidence = next();
    yield { valid, record, evidence, ...(valid.warned ? { warnings: { findings: next(), frames: next() } } : {}) };
  }
  if (!records.next().done) throw new Error(`spool ${share.spool} holds more than its ${share.valid.length} agencies`);
}
