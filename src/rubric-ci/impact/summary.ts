import { fromUnits, toUnits } from "../../core/round.js";
import type { AgencyImpact } from "./rescore.js";
import type { AnswerNote } from "./corpus.js";

type Who = { id: string; name: string; file: string };
export interface ImpactSummary {
  agencies: number;
  compared: number;
  changed: number;
  band_changes: number;
  rank_changes: number;
  /** Agencies ranked in another cohort under the new version: their rank change is not counted in places. */
  cohort_changes: number;
  mean_delta: number;
  mean_abs_delta: number;
  largest_increase: (Who & { delta: number }) | null;
  largest_decrease: (Who & { delta: number }) | null;
  largest_rank_move: (Who & { from: number; to: number; cohort: string }) | null;
  /** Agencies whose evidence falls short of the new version: scored, but `score` would refuse their files. */
  refused_new: number;
  /**
   * Agencies whose files hold answers the new version does not take (an indicator removed, an option removed, a value
   * out of its new range…): impact counts each as unanswered, but `score` refuses the file as written until it is corrected.
   */
  refused_new_answers: number;
  /**
   * Agencies whose files score reads otherwise than compared here, where both versions carry the same version string:
   * as written, under the new version's codes (notes marked `as_written`). Only where there are any.
   */
  read_as_written?: number;
  /** Agencies scored under one version only (a type or cohort removed): their change cannot be measured. */
  not_comparable: number;
}

/**
 * The codes (as the file writes them) of the answers a version does not take as written: dropped there, a checklist's
 * ticks left out, a verified value dropped. `score` refuses a file holding any. Not a recoding (the answer is carried
 * to its new code), nor evidence short of the rule (`refused_new` counts those), nor an old code that now names another
 * indicator (the file is read as answering that one, not refused).
 */
export function refusedAnswers(notes: readonly AnswerNote[]): string[] {
  return [...new Set(notes.filter((n) => refusesFile(n)).map((n) => n.code))];
}

/** Whether `score` refuses a file for the answer this note is about (see refusedAnswers). */
export function refusesFile(n: AnswerNote): boolean {
  return n.to === undefined && !n.evidence && n.reason !== "code-reused" && n.reason !== "recoded" && n.reason !== "retitled";
}

function asWritten(impacts: AgencyImpact[]): { read_as_written?: number } {
  const count = impacts.filter((i) => i.notes.new.some((n) => n.as_written !== undefined)).length;
  return count > 0 ? { read_as_written: count } : {};
}

/** `none-compared`: a budget was set but no agency could be scored under both versions (not one agency's breach: id, name and file are empty). */
export interface BudgetBreach { id: string; name: string; file: string; kind: "points" | "rank" | "cohort-changed" | "not-comparable" | "none-compared" | "invalid-files"; value: number | null; budget: number }
export interface Budgets { points: number | null; rank: number | null; breaches: BudgetBreach[] }

export function summarize(impacts: AgencyImpact[], decimals: number): ImpactSummary {
  const compared = impacts.filter((i) => i.delta !== null);
  const who = (i: AgencyImpact): Who => ({ id: i.agency.id, name: i.agency.name, file: i.file });
  const sum = (f: (i: AgencyImpact) => number) => compared.reduce((s, i) => s + toUnits(f(i), decimals), 0);
  const mean = (f: (i: AgencyImpact) => number) => (compared.length === 0 ? 0 : fromUnits(Math.round(sum(f) / compared.length), decimals));
  const up = [...compared].sort((a, b) => b.delta! - a.delta!)[0];
  const down = [...compared].sort((a, b) => a.delta! - b.delta!)[0];
  const moved = [...compared].filter((i) => i.rank_change !== null && i.rank_change !== 0).sort((a, b) => Math.abs(b.rank_change!) - Math.abs(a.rank_change!))[0];
  return {
    agencies: impacts.length,
    compared: compared.length,
    changed: compared.filter((i) => i.delta !== 0).length,
    band_changes: compared.filter((i) => i.band_changed).length,
    rank_changes: compared.filter((i) => i.rank_change !== null && i.rank_change !== 0).length,
    cohort_changes: compared.filter((i) => i.old!.cohort !== i.new!.cohort).length,
    mean_delta: mean((i) => i.delta!),
    mean_abs_delta: mean((i) => Math.abs(i.delta!)),
    largest_increase: up && up.delta! > 0 ? { ...who(up), delta: up.delta! } : null,
    largest_decrease: down && down.delta! < 0 ? { ...who(down), delta: down.delta! } : null,
    largest_rank_move: moved ? { ...who(moved), from: moved.old!.rank, to: moved.new!.rank, cohort: moved.agency.cohort } : null,
    refused_new: impacts.filter((i) => i.notes.new.some((n) => n.evidence)).length,
    refused_new_answers: impacts.filter((i) => refusedAnswers(i.notes.new).length > 0).length,
    not_comparable: impacts.length - compared.length,
    ...asWritten(impacts),
  };
}

/**
 * --budget-points N: no total may move by more than N points (either way). --budget-rank N: no agency may
 * move more than N places in its cohort. With any budget set, an agency that can be scored under only one
 * of the versions breaks it too: its movement cannot be bounded; so does, for --budget-rank, one ranked in another
 * cohort under each version (its places in two cohorts do not subtract); so do corpus files that are invalid (value:
 * how many), and a corpus with no agency compared.
 */
export function checkBudgets(impacts: AgencyImpact[], points: number | undefined, rank: number | undefined, invalidFiles = 0): Budgets {
  const breaches: BudgetBreach[] = [];
  for (const i of impacts) {
    const who = { id: i.agency.id, name: i.agency.name, file: i.file };
    if (i.delta === null) {
      const budget = points ?? rank;
      if (budget !== undefined) breaches.push({ ...who, kind: "not-comparable", value: null, budget });
      continue;
    }
    if (points !== undefined && Math.abs(i.delta) > points) breaches.push({ ...who, kind: "points", value: i.delta, budget: points });
    if (rank !== undefined && i.rank_change === null) breaches.push({ ...who, kind: "cohort-changed", value: null, budget: rank });
    else if (rank !== undefined && Math.abs(i.rank_change!) > rank) breaches.push({ ...who, kind: "rank", value: i.rank_change!, budget: rank });
  }
  // A corpus that all went invalid, or names another rubric, bounds nothing: a budget cannot pass on it.
  const budget = points ?? rank;
  if (budget !== undefined && impacts.length === 0) breaches.push({ id: "", name: "", file: "", kind: "none-compared", value: null, budget });
  // A budget judged on the files that happen to be valid could pass on one agency in five.
  else if (budget !== undefined && invalidFiles > 0) breaches.push({ id: "", name: "", file: "", kind: "invalid-files", value: invalidFiles, budget });
  return { points: points ?? null, rank: rank ?? null, breaches };
}
