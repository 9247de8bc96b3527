import { cohortOf, type AgencyFile } from "../../core/agency.js";
import { competitionRanks } from "../../core/rank.js";
import type { AgencyScore, IndicatorResult } from "../../core/result.js";
import { fromUnits, toUnits } from "../../core/round.js";
import type { Text } from "../../core/rubric.js";
import { scoreBatch, type Basis } from "../../core/score.js";
import type { LoadedRubric } from "../../load/load-rubric.js";
import type { AnswerNote, Corpus, Side } from "./corpus.js";
import type { CodeMaps } from "./diff.js";

export interface SideScore { total: number; percent: number; band: { id: string; label: Text } | null; rank: number; size: number; basis: Basis }
/** An indicator whose points changed; `delta` is its effect on the total (a penalty's points count against it). */
export interface Driver { code: string; title: Text; old: number | null; new: number | null; delta: number }
export interface AgencyImpact {
  file: string;
  agency: { id: string; name: string; type: string; cohort: string };
  old: SideScore | null;
  new: SideScore | null;
  delta: number | null;
  /** Places gained in the cohort ranking (old rank − new rank): positive moves up. */
  rank_change: number | null;
  band_changed: boolean;
  /** Indicators whose points changed, largest change first. */
  drivers: Driver[];
  /** The part of the delta no single indicator explains: N/A rescaling, group caps, clamping. */
  other: number;
  /** Indicators (new codes) counted in their group's max under one version and not the other (an N/A answer dropped, a type left out): what the rescaling in `other` comes from. */
  rescaled: string[];
  /** Groups and indicators (new codes) whose weight, aggregation, cap or floor the new version changed, where `other` is not 0: what else it may come from. */
  reweighted: string[];
  notes: Record<Side, AnswerNote[]>;
  unscorable: Partial<Record<Side, string>>;
}

/** Score the corpus under both versions (each as one batch, ranked by cohort) and line the results up per agency. */
/** `reweighted`: the codes whose weight, aggregation, cap or floor changed (see AgencyImpact). */
export function rescore(corpus: Corpus, rubrics: Record<Side, LoadedRubric>, codes: CodeMaps, reweighted: string[] = []): AgencyImpact[] {
  const decimals = Math.max(rubrics.old.rubric.rounding.decimals, rubrics.new.rubric.rounding.decimals);
  const scored = { old: scoreSide(corpus, rubrics, "old"), new: scoreSide(corpus, rubrics, "new") };
  return corpus.agencies.map((entry, i) => {
    const o = scored.old.get(i), n = scored.new.get(i);
    const header = (n ?? o)?.score.agency ?? { id: entry.file, name: entry.file, type: "", cohort: "" };
    const delta = o && n ? diff(o.score.total, n.score.total, decimals) : null;
    const drivers = o && n ? driversOf(o.score, n.score, codes.toOld, decimals) : [];
    const other = delta === null ? 0 : fromUnits(toUnits(delta, decimals) - drivers.reduce((s, d) => s + toUnits(d.delta, decimals), 0), decimals);
    return {
      file: entry.file,
      agency: header,
      old: o ? o.side : null,
      new: n ? n.side : null,
      delta,
      rank_change: o && n ? o.side.rank - n.side.rank : null,
      band_changed: o !== undefined && n !== undefined && (o.side.band?.id ?? null) !== (n.side.band?.id ?? null),
      drivers,
      other,
      rescaled: other !== 0 ? exclusionChanges(o!.score, n!.score, codes.toOld) : [],
      reweighted: other !== 0 ? reweighted : [],
      notes: entry.notes,
      unscorable: Object.fromEntries(Object.entries(entry.unscorable).map(([side, d]) => [side, d.code])) as Partial<Record<Side, string>>,
    };
  });
}

/** What an impact needs of a score: its total and each indicator's points (a whole score, kept for every agency on both sides, held 10,000 agencies in 900 MB). */
type ScoreBrief = Pick<AgencyScore, "agency" | "total"> & { indicators: Pick<IndicatorResult, "code" | "parent" | "title" | "points" | "excluded">[] };

function brief(score: AgencyScore): ScoreBrief {
  return { agency: score.agency, total: score.total, indicators: score.indicators.map(({ code, parent, title, points, excluded }) => ({ code, parent, title, points, excluded })) };
}

/**
 * Indicators counted in their group's max under one version and not the other: an N/A answer dropped, a type
 * left out, an indicator added (counted, unanswered) or removed (it was counted). Removed ones go by their old code.
 */
function exclusionChanges(o: ScoreBrief, n: ScoreBrief, back: Map<string, string | null>): string[] {
  const before = new Map(o.indicators.map((i) => [i.code, i]));
  const seen = new Set<string>();
  const changed = n.indicators.filter((now) => {
    const oldCode = back.has(now.code) ? back.get(now.code) : now.code;
    const was = oldCode === null || oldCode === undefined ? undefined : before.get(oldCode);
    if (was) seen.add(was.code);
    return (was !== undefined && !was.excluded) !== !now.excluded;
  }).map((i) => i.code);
  return [...changed, ...o.indicators.filter((was) => !seen.has(was.code) && !was.excluded).map((i) => i.code)];
}

/** One side: every agency scorable under that version, scored as one batch; the verified score counts where there is one (see verifiedScore). */
function scoreSide(corpus: Corpus, rubrics: Record<Side, LoadedRubric>, side: Side): Map<number, { score: ScoreBrief; side: SideScore }> {
  const members = corpus.agencies.flatMap((a, i) => (a.data[side] ? [{ i, agency: a.data[side] }] : []));
  const agencies = members.map((m) => m.agency);
  const rubric = rubrics[side].rubric;
  // Each score cut to its brief as it is made: the whole scores of a side held 300 MB at 10,000 agencies.
  const final = scoreBatch(rubric, agencies, ({ self, verified }) => {
    const score = verified ?? self;
    return { score: brief(score), percent: score.percent, band: score.band, basis: verified ? "verified" as const : "self" as const };
  });
  const out = new Map<number, { score: ScoreBrief; side: SideScore }>();
  const cohorts = new Map<string, number[]>();
  // Pushed, not copied per agency: a copy made ranking quadratic (20,000 agencies of one cohort took 50 s).
  members.forEach((m, k) => {
    const c = cohortOf(m.agency.agency, rubric.cohorts);
    const ks = cohorts.get(c);
    if (ks) ks.push(k); else cohorts.set(c, [k]);
  });
  for (const ks of cohorts.values()) {
    for (const { item: k, rank } of competitionRanks(ks, (k) => final[k]!.score.total, (k) => agencyKey(agencies[k]!))) {
      const { score, percent, band, basis } = final[k]!;
      out.set(members[k]!.i, { score, side: { total: score.total, percent, band, rank, size: ks.length, basis } });
    }
  }
  return out;
}

function agencyKey(agency: AgencyFile): string {
  return agency.agency.id;
}

/** `back`: the old code of each new one that moved (null: a new indicator under a code the old version used for another). */
function driversOf(o: ScoreBrief, n: ScoreBrief, back: Map<string, string | null>, decimals: number): Driver[] {
  const before = new Map(o.indicators.map((i) => [i.code, i]));
  const drivers: Driver[] = [];
  const seen = new Set<string>();
  for (const now of n.indicators) {
    const oldCode = back.has(now.code) ? back.get(now.code) : now.code;
    const was = oldCode === null || oldCode === undefined ? undefined : before.get(oldCode);
    if (was) seen.add(was.code);
    const delta = effect(now.parent, diff(was?.points ?? 0, now.points, decimals));
    if (delta !== 0) drivers.push({ code: now.code, title: now.title, old: was ? was.points : null, new: now.points, delta });
  }
  for (const was of o.indicators) {
    if (seen.has(was.code) || was.points === 0) continue;
    drivers.push({ code: was.code, title: was.title, old: was.points, new: null, delta: effect(was.parent, diff(was.points, 0, decimals)) });
  }
  return drivers.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.code.localeCompare(b.code, "vi", { numeric: true }));
}

/** Penalty points count against the total. */
function effect(parent: string, delta: number): number {
  return parent === "penalty" ? -delta || 0 : delta;
}

function diff(before: number, after: number, decimals: number): number {
  return fromUnits(toUnits(after, decimals) - toUnits(before, decimals), decimals);
}
