import type { BatchInput } from "../../batch/score-files.js";
import type { SkippedFile } from "../../batch/skipped-kind.js";
import type { LoadedRubric } from "../../load/load-rubric.js";
import { openWorkFolder, workFolderError } from "../../batch/work-folder.js";
import { readCorpusEach, type AnswerNote, type Corpus, type InvalidFile, type Side } from "./corpus.js";
import { codeMaps, diffRubrics, type CodeMaps, type FieldChange, type RubricDiff } from "./diff.js";
import type { Rubric } from "../../core/rubric.js";
import { rescoreEach, type AgencyImpact } from "./rescore.js";
import { checkBudgets, summarize, type Budgets, type ImpactSummary } from "./summary.js";
import { nodes } from "../tree.js";
import { byName } from "../../report/common.js";

/** `cohorts`: the label of every cohort an agency can be ranked in (the rubric's cohorts, else agency types). */
interface RubricRef { id: string; version: string; sha256: string; file: string; decimals: number; title: { vi: string; en: string }; cohorts: Record<string, { vi: string; en: string }> }

/** Everything `rubric impact` reports; every format is made from it. */
export interface ImpactReport {
  tool: { name: string; version: string };
  old: RubricRef;
  new: RubricRef;
  diff: RubricDiff;
  summary: ImpactSummary;
  budgets: Budgets;
  /** Largest movement first; agencies that cannot be compared last. */
  agencies: AgencyImpact[];
  invalid: InvalidFile[];
  skipped: { file: string; rubric: string }[];
  /** Files answering a version that is neither OLD nor NEW whose answers were carried to both (those that fit OLD as written included). */
  other_version: { file: string; version: string }[];
}

interface ImpactOptions {
  budgetPoints?: number;
  budgetRank?: number;
  tool: { name: string; version: string };
  showPath: (file: string) => string;
  /** A YAML file a folder brought in that is no agency file: skipped, said here. */
  onForeign?: (skipped: SkippedFile) => void;
  /** A hard link to a corpus file already read: read once, said here. */
  onSameFile?: (file: string, first: string) => void;
  /** Corpus paths that could not be read before any was checked: with the invalid files, they leave a budget unchecked. */
  unreadable?: number;
}

/** Below this many corpus files the agencies are spooled in memory (no temporary folder needed), as score's are. */
const IN_MEMORY_BELOW = 600;

/** What a group or indicator changes in how its points reach the total, apart from its own points. */
const AGGREGATION_FIELDS = new Set(["aggregate", "cap", "floor"]);
/** The same of the rubric: its aggregation of the top-level groups, the caps of bonus and penalty. */
const RUBRIC_AGGREGATION_FIELDS = new Set(["aggregate", "bonus.cap", "penalty.cap", "scale"]);

/**
 * The groups and indicators whose weight, aggregation, cap or floor the new version changed, and the rubric's
 * own such settings by name: what can move a total with no indicator's points. A weight counts only where
 * its parent averages (under a sum it changes nothing, as rubric lint warns).
 */
function reweightedCodes(diff: RubricDiff, rubrics: Record<Side, LoadedRubric>): string[] {
  const averages = (side: Side) => {
    const rubric = rubrics[side].rubric;
    const out = new Set<string>();
    for (const { node, parent, adjustment } of nodes(rubric)) {
      const aggregate = adjustment ? "sum" : (parent ? parent.aggregate : rubric.aggregate) ?? "sum";
      if (aggregate !== "sum") out.add(node.code);
    }
    return out;
  };
  const weighted = [averages("old"), averages("new")];
  const codes = diff.items.filter((i) => i.change !== "added" && i.change !== "removed" && i.fields.some((f) => AGGREGATION_FIELDS.has(f.field) || (f.field === "weight" && weighted.some((s) => s.has(i.node.code))))).map((i) => i.node.code);
  return [...diff.rubric.filter((f) => RUBRIC_AGGREGATION_FIELDS.has(f.field)).map((f) => f.field), ...codes];
}

export function runImpact(files: BatchInput[], rubrics: Record<Side, LoadedRubric>, opts: ImpactOptions): ImpactReport {
  const diff = diffRubrics(rubrics.old.rubric, rubrics.new.rubric);
  const codes = codeMaps(diff);
  const decimals = Math.max(rubrics.old.rubric.rounding.decimals, rubrics.new.rubric.rounding.decimals);
  const { corpus, impacts } = rescoreCorpus(files, rubrics, codes, reweightedCodes(diff, rubrics), opts);
  const agencies = readAsWritten(impacts, rubrics)
    .map((a) => ({ ...a, file: opts.showPath(a.file) }))
    .sort((a, b) => (a.delta === null ? 1 : 0) - (b.delta === null ? 1 : 0) || Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0) || Math.abs(b.rank_change ?? 0) - Math.abs(a.rank_change ?? 0) || byName(a.agency, b.agency) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const ref = (r: LoadedRubric): RubricRef => ({
    id: r.rubric.id, version: r.rubric.version, sha256: r.sha256, file: opts.showPath(r.file), decimals: r.rubric.rounding.decimals, title: r.rubric.title,
    cohorts: Object.fromEntries([...r.rubric.agency_types.map((t) => [t.id, t.label] as const), ...(r.rubric.cohorts ?? []).map((c) => [c.id, c.label] as const)]),
  });
  return {
    tool: opts.tool,
    old: ref(rubrics.old),
    new: ref(rubrics.new),
    diff: { ...diff, rubric: countRelabelled(diff.rubric, agencies, rubrics.new.rubric) },
    summary: summarize(agencies, decimals),
    budgets: checkBudgets(agencies, opts.budgetPoints, opts.budgetRank, corpus.invalid.length + (opts.unreadable ?? 0)),
    agencies,
    invalid: corpus.invalid.map((f) => ({ ...f, file: opts.showPath(f.file) })),
    skipped: corpus.skipped.map((s) => ({ ...s, file: opts.showPath(s.file) })),
    other_version: corpus.otherVersion.map((s) => ({ ...s, file: opts.showPath(s.file) })),
  };
}

/**
 * Beside a band change, the agencies the new version rates in a band it kept and renamed (same id, another label):
 * counted under the set that rates them, an agency type's own or the main bands.
 */
function countRelabelled(fields: FieldChange[], agencies: AgencyImpact[], rubric: Rubric): FieldChange[] {
  const relabelled = (a: AgencyImpact) => {
    const [o, n] = [a.old?.band, a.new?.band];
    return o && n && o.id === n.id && (o.label.vi !== n.label.vi || o.label.en !== n.label.en);
  };
  const setOf = (a: AgencyImpact) => (rubric.bands.by_agency_type?.some((b) => b.agency_types.includes(a.agency.type)) ? "bands.by_agency_type" : "bands");
  return fields.map((f) => {
    if (!f.bands) return f;
    const count = agencies.filter((a) => relabelled(a) && setOf(a) === f.field).length;
    return count > 0 ? { ...f, relabelled: count } : f;
  });
}

/**
 * Read the corpus and rescore it in two passes (see Rescoring), its agencies' data spooled in between: to a
 * folder of its own in the temporary folder, or in memory for a small corpus (as score's are).
 */
function rescoreCorpus(files: BatchInput[], rubrics: Record<Side, LoadedRubric>, codes: CodeMaps, reweighted: string[], opts: ImpactOptions): { corpus: Omit<Corpus, "agencies">; impacts: AgencyImpact[] } {
  const work = openWorkFolder(files.length < IN_MEMORY_BELOW);
  try {
    const { fed: corpus, impacts } = rescoreEach(rubrics, codes, reweighted, work, (add) => readCorpusEach(files, rubrics, codes, add, opts.onForeign, opts.onSameFile));
    return { corpus, impacts };
  } catch (e) {
    throw (work.memory ? undefined : workFolderError(e, work.dir)) ?? e;
  } finally {
    work.dispose();
  }
}

/**
 * Two versions that carry the same version string: a file naming it is read by `score` as written under the new
 * version's codes, where impact carries an answer to a renumbered code, or drops one to a code that now names another
 * indicator. Each such note of the new side says so (`as_written`), as the summary does.
 */
function readAsWritten(impacts: AgencyImpact[], rubrics: Record<Side, LoadedRubric>): AgencyImpact[] {
  const [old, now] = [rubrics.old.rubric, rubrics.new.rubric];
  if (old.id !== now.id || old.version !== now.version) return impacts;
  const codes = new Set(nodes(now).filter(({ node }) => node.kind === "indicator").map(({ node }) => node.code));
  const mark = (n: AnswerNote): AnswerNote => (n.reason === "recoded" || n.reason === "code-reused" ? { ...n, as_written: codes.has(n.code) ? "other" : "missing" } : n);
  return impacts.map((a) => (a.notes.new.some((n) => n.reason === "recoded" || n.reason === "code-reused") ? { ...a, notes: { ...a.notes, new: a.notes.new.map(mark) } } : a));
}

/** Whether --budget-points or --budget-rank was given. */
export function budgetSet(report: Pick<ImpactReport, "budgets">): boolean {
  return report.budgets.points !== null || report.budgets.rank !== null;
}

/**
 * No budget and every corpus file invalid or not read: only invalid data was given, nothing compared, and the run
 * exits 1 as any command does on it (with a budget the `none-compared` breach fails it). Every format but json says so in words.
 */
export function onlyInvalidData(report: Pick<ImpactReport, "budgets" | "agencies" | "invalid">): boolean {
  return !budgetSet(report) && report.agencies.length === 0 && report.invalid.length > 0;
}

/** Whether the invalid corpus files fail the run: a budget cannot be checked on them, or they are all there is. */
export function invalidFails(report: Pick<ImpactReport, "budgets" | "agencies" | "invalid">): boolean {
  return budgetSet(report) || onlyInvalidData(report);
}

export function impactDecimals(report: ImpactReport): number {
  return Math.max(report.old.decimals, report.new.decimals);
}
