import type { AgencyFile } from "../core/agency.js";
import { addToContext, hasVerified, mergeContexts, relativeIndicators, scoreAgency, type BatchContext } from "../core/score.js";
import type { Indicator } from "../core/rubric.js";
import type { LoadedRubric } from "../load/load-rubric.js";
import type { LocatedDiagnostic } from "../load/located.js";
import { factsOf, resultJson, type IndicatorFacts } from "../report/json.js";
import { agencyResult, rankable, type Rankable } from "../report/report.js";
import { checkEach, type BatchInput, type BatchOptions, type FileFailure } from "./score-files.js";
import { SpoolWriter, spoolRecords } from "./spool.js";

/**
 * One share of a large batch, in two passes that a worker thread (or, failing one, the main thread) runs:
 * check every file, spooling each valid agency to disk and adding it to the cohort statistics; then,
 * with the statistics of the whole batch, score the spooled agencies and spool their report entries.
 * Only small summaries stay in memory, so memory does not grow with the size of the files.
 */

/** The cohort statistics of one rubric's agencies, for both bases. */
export interface RubricContexts { self: BatchContext; verified: BatchContext }

export interface ShareValid { index: number; file: string; id: string; rubric: string; warnings: LocatedDiagnostic[] }

export interface CheckedShare {
  valid: ShareValid[];
  failures: FileFailure[];
  rubricFailures: FileFailure[];
  duplicates: FileFailure[];
  skipped: string[];
  /** Keyed by rubric file. */
  contexts: Map<string, RubricContexts>;
  spool: string;
}

/** A scored agency: what ranking, thresholds and warnings need, and where its report entry is spooled. */
export interface ScoredEntry extends Rankable {
  index: number;
  file: string;
  rubric: string;
  percent: number;
  warnings: LocatedDiagnostic[];
  spool: string;
  offset: number;
  length: number;
}

export interface ScoredShare { entries: ScoredEntry[]; facts: Map<string, IndicatorFacts[]> }

/** First pass over a share: `base` is the index of its first file in the whole batch. */
export function checkShare(files: BatchInput[], base: number, options: BatchOptions, spoolFile: string, rubrics: Map<string, LoadedRubric>): CheckedShare {
  const spool = new SpoolWriter(spoolFile);
  const relative = new Map<string, Indicator[]>();
  const share: CheckedShare = { valid: [], failures: [], rubricFailures: [], duplicates: [], skipped: [], contexts: new Map(), spool: spoolFile };
  let index = base;
  try {
    checkEach(files, { ...options, onProgress: (done, total) => { index = base + done; options.onProgress?.(done, total); } }, {
      valid(item, loaded) {
        const key = loaded.file;
        rubrics.set(key, loaded);
        let contexts = share.contexts.get(key);
        if (!contexts) { contexts = { self: new Map(), verified: new Map() }; share.contexts.set(key, contexts); relative.set(key, relativeIndicators(loaded.rubric)); }
        addToContext(contexts.self, relative.get(key)!, item.agency, "self");
        addToContext(contexts.verified, relative.get(key)!, item.agency, "verified");
        spool.add(JSON.stringify(item.agency));
        share.valid.push({ index, file: item.file, id: item.agency.agency.id, rubric: key, warnings: item.warnings });
      },
      failure: (f) => share.failures.push(f),
      rubricFailure: (f) => share.rubricFailures.push(f),
      duplicate: (f) => share.duplicates.push(f),
      skipped: (file) => share.skipped.push(file),
    });
  } finally {
    spool.close();
  }
  return share;
}

/** Join the statistics of every share, rubric by rubric. */
export function mergeShareContexts(shares: CheckedShare[]): Map<string, RubricContexts> {
  const out = new Map<string, RubricContexts>();
  for (const share of shares) {
    for (const [key, c] of share.contexts) {
      const into = out.get(key) ?? { self: new Map(), verified: new Map() };
      mergeContexts(into.self, c.self);
      mergeContexts(into.verified, c.verified);
      out.set(key, into);
    }
  }
  return out;
}

/** Second pass: score the share's spooled agencies against the whole batch's statistics. */
export function scoreShare(share: CheckedShare, contexts: Map<string, RubricContexts>, rubrics: Map<string, LoadedRubric>, spoolFile: string, onProgress?: (done: number) => void): ScoredShare {
  const out = new SpoolWriter(spoolFile);
  const entries: ScoredEntry[] = [];
  const facts = new Map<string, IndicatorFacts[]>();
  const groupCodes = new Map<string, string[]>();
  let n = 0;
  try {
    for (const record of spoolRecords(share.spool)) {
      const valid = share.valid[n++]!;
      const loaded = rubrics.get(valid.rubric)!;
      const context = contexts.get(valid.rubric)!;
      const agency = JSON.parse(record) as AgencyFile;
      const self = scoreAgency(loaded.rubric, agency, context.self, "self");
      const verified = hasVerified(agency) ? scoreAgency(loaded.rubric, agency, context.verified, "verified") : undefined;
      if (!facts.has(valid.rubric)) { facts.set(valid.rubric, factsOf([self])); groupCodes.set(valid.rubric, loaded.rubric.groups.map((g) => g.code)); }
      const final = verified ?? self;
      const at = out.add(resultJson(agencyResult(self, verified, agency)));
      entries.push({ ...rankable(final, groupCodes.get(valid.rubric)!), index: valid.index, file: valid.file, rubric: valid.rubric, percent: final.percent, warnings: valid.warnings, spool: spoolFile, ...at });
      if (n % 100 === 0) onProgress?.(n);
    }
  } finally {
    out.close();
  }
  if (n !== share.valid.length) throw new Error(`spool ${share.spool} holds ${n} agencies, expected ${share.valid.length}`);
  return { entries, facts };
}
