import { cohortOf } from "../core/agency.js";
import { addToContext, hasVerified, mergeContexts, relativeIndicators, scoreInBatch, type Basis, type BatchContext } from "../core/score.js";
import type { LoadedRubric } from "../load/load-rubric.js";
import { isNotRead } from "../load/read.js";
import { checkEach, foldFailures, rubricKey, rubricOrder, type BatchInput, type BatchOptions, type FileFailure, type ScoredAgency, type ValidAgency } from "./score-files.js";

/**
 * A file of the batch left out of the cohorts' figures: invalid, or repeating an agency id (`sameAgency`: the one
 * scored), or never read (`notRead`: not there, refused, a folder that cannot be read), which is no mistake in a file.
 */
export interface LeftOut { file: string; sameAgency: boolean; notRead?: true }

/** The batch as the agency is compared with it: its cohorts' figures without the agency, how many it ranks, and in the agency's cohort. */
interface BatchFigures { others: Record<Basis, BatchContext>; agencies: number; cohortSize: number }

export interface OneInBatch {
  rubricFailures: FileFailure[];
  /** The file, when it is not valid: its findings. */
  failure?: FileFailure;
  scored?: { rubric: LoadedRubric; agency: ScoredAgency; batch: BatchFigures };
  /** Files of the batch not scored, in file order. */
  leftOut: LeftOut[];
  /** Agencies of the batch that answer other rubrics: how many, and which rubrics ("id version", in the order a report lists them). */
  otherRubrics: { count: number; rubrics: string[] };
}

/**
 * One agency file scored as `score` scores it in a batch (`batch`, the files after it; a later file with its
 * agency id is left out), keeping of the batch only what that needs, file by file: its cohorts' figures, the
 * counts and the names of the files left out. Scoring the whole batch in memory to explain one agency held every
 * agency and score of it, about 50 KB a file (20,000 files: 1 GB).
 */
export function scoreOneInBatch(own: BatchInput, batch: BatchInput[], options: BatchOptions = {}): OneInBatch {
  const rubricFailures = new Map<string, FileFailure>();
  let mine: { item: ValidAgency; rubric: LoadedRubric; key: string } | undefined;
  let failure: FileFailure | undefined;
  const others: Record<Basis, BatchContext> = { self: new Map(), verified: new Map() };
  const cohorts = new Map<string, number>();
  let agencies = 0;
  let anyVerified = false;
  // By name ("id version"): how many agencies, and the rubric, to list them in a report's order (rubricOrder).
  const otherRubrics = new Map<string, { count: number; rubric: LoadedRubric }>();
  const failed: (LeftOut & { order: number; repeated: boolean })[] = [];
  checkEach([own, ...batch], options, {
    valid(item, loaded, repeated) {
      if (!mine && item.file === own.file) { mine = { item, rubric: loaded, key: rubricKey(loaded) }; return; }
      if (repeated) return;
      if (rubricKey(loaded) !== mine?.key) {
        const name = `${loaded.rubric.id} ${loaded.rubric.version}`;
        otherRubrics.set(name, { count: (otherRubrics.get(name)?.count ?? 0) + 1, rubric: loaded });
        return;
      }
      const rubric = loaded.rubric;
      const relative = relativeIndicators(rubric);
      for (const basis of ["self", "verified"] as const) addToContext(others[basis], rubric, relative, item.agency, basis);
      anyVerified ||= hasVerified(item.agency);
      agencies++;
      const cohort = cohortOf(item.agency.agency, rubric.cohorts);
      cohorts.set(cohort, (cohorts.get(cohort) ?? 0) + 1);
    },
    failure(f) {
      if (f.file === own.file) failure = f;
      else failed.push({ file: f.file, sameAgency: false, ...(isNotRead(f.diagnostics[0]?.code) ? { notRead: true as const } : {}), order: failed.length, repeated: false });
    },
    rubricFailure: (f) => rubricFailures.set(f.file, f),
    // A later name of the same file (a hard link) is that file, scored once: nothing left out.
    duplicate(f) {
      if (f.sameFileAs !== undefined) return;
      failed.push({ file: f.file, sameAgency: f.diagnostics.some((d) => d.code === "duplicate-agency" && d.params.first === own.file), order: failed.length, repeated: true });
    },
    skipped: () => undefined,
  });
  // An invalid file under two names is listed once, as score lists it.
  const invalid = foldFailures({ failures: failed.filter((f) => !f.repeated), duplicates: [] }).failures;
  const leftOut = [...invalid, ...failed.filter((f) => f.repeated)].sort((a, b) => a.order - b.order).map(({ order: _order, repeated: _repeated, ...left }) => left);
  const outcome: OneInBatch = {
    rubricFailures: [...rubricFailures.values()], leftOut,
    otherRubrics: {
      count: [...otherRubrics.values()].reduce((n, o) => n + o.count, 0),
      rubrics: [...otherRubrics].sort(([, a], [, b]) => rubricOrder(a.rubric, b.rubric)).map(([name]) => name),
    },
    ...(failure ? { failure } : {}),
  };
  if (!mine) return outcome;
  const { item, rubric } = mine;
  const relative = relativeIndicators(rubric.rubric);
  // The batch's figures with the agency among them, as score takes them.
  const withIt = (basis: Basis) => {
    const context = mergeContexts(new Map(), others[basis]);
    addToContext(context, rubric.rubric, relative, item.agency, basis);
    return context;
  };
  const scores = scoreInBatch(rubric.rubric, item.agency, withIt("self"), anyVerified || hasVerified(item.agency) ? withIt("verified") : undefined);
  const cohortSize = (cohorts.get(cohortOf(item.agency.agency, rubric.rubric.cohorts)) ?? 0) + 1;
  return { ...outcome, scored: { rubric, agency: { ...item, ...scores }, batch: { others, agencies: agencies + 1, cohortSize } } };
}
