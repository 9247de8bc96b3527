import path from "node:path";
import type { AgencyFile } from "../../core/agency.js";
import { competitionRanks } from "../../core/rank.js";
import type { AgencyScore, IndicatorResult } from "../../core/result.js";
import { fromUnits, toUnits } from "../../core/round.js";
import type { Indicator, Text } from "../../core/rubric.js";
import { addToContext, hasVerified, relativeIndicators, scoreInBatch, type Basis, type BatchContext } from "../../core/score.js";
import { countingEvidence } from "../../batch/share.js";
import { SpoolWriter, spoolRecords } from "../../batch/spool.js";
import type { WorkFolder } from "../../batch/work-folder.js";
import type { LoadedRubric } from "../../load/load-rubric.js";
import type { AnswerNote, CorpusAgency, Side } from "./corpus.js";
import type { CodeMaps } from "./diff.js";
import { zeroCause, type ZeroCause } from "./zeroed.js";
import { indicatorByCode } from "../../core/codes.js";
import { bandMoved, type RatedOn } from "../../core/bands.js";
import { thresholdsCrossed, type MovedThreshold } from "./thresholds.js";

/** `cohort`: the cohort ranked in under that version (a new version may rank a type in another). */
export interface SideScore { total: number; percent: number; band: { id: string; label: Text } | null; rank: number; size: number; cohort: string; basis: Basis }
/**
 * An indicator whose points changed; `delta` is its effect on the total (a penalty's points count against it).
 * `zeroed_by`: where the answer earned points under the old version and earns 0 under the new, what of the new gave 0.
 */
export interface Driver { code: string; title: Text; old: number | null; new: number | null; delta: number; zeroed_by?: ZeroCause }
export interface AgencyImpact {
  file: string;
  agency: { id: string; name: string; type: string; cohort: string };
  old: SideScore | null;
  new: SideScore | null;
  delta: number | null;
  /** Places gained in the cohort ranking (old rank − new rank): positive moves up. Null when it cannot be said: scored under one version only, or ranked in another cohort under each. */
  rank_change: number | null;
  band_changed: boolean;
  /** Where the band changed, the band minimums that moved across the new score: what changed it beside the drivers. */
  thresholds: MovedThreshold[];
  /** Indicators whose points changed, largest change first. */
  drivers: Driver[];
  /** The part of the delta no single indicator explains: N/A rescaling, group caps, clamping. */
  other: number;
  /** Indicators (new codes) counted in their group's max under one version and not the other (an N/A answer dropped, a type left out): what the rescaling in `other` comes from. */
  rescaled: string[];
  /** Groups and indicators (new codes) whose weight, aggregation, cap or floor the new version changed, where `other` is not 0: what else it may come from. */
  reweighted: string[];
  /** `reweighted` holds only bonus and penalty caps, nothing is `rescaled`, and the caps' clipping accounts for `other`: said by the caps' names alone. */
  other_caps_only: boolean;
  notes: Record<Side, AnswerNote[]>;
  unscorable: Partial<Record<Side, string>>;
}

/**
 * Both passes: `feed` hands every agency of the corpus to the first (its result is `fed`), the spool closed even
 * when it throws; then the second's results. `reweighted`: the codes whose weight, aggregation, cap or floor
 * changed (see AgencyImpact).
 */
export function rescoreEach<T>(rubrics: Record<Side, LoadedRubric>, codes: CodeMaps, reweighted: string[], work: WorkFolder, feed: (add: (agency: CorpusAgency) => void) => T): { fed: T; impacts: AgencyImpact[] } {
  const rescoring = new Rescoring(rubrics, codes, reweighted, work);
  let fed: T;
  try {
    fed = feed((agency) => rescoring.add(agency));
  } finally {
    rescoring.close();
  }
  return { fed, impacts: rescoring.results() };
}

/** Each version's cohort figures for batch-relative rules, on both bases, and whether any agency has a verified value. */
interface SideFigures { self: BatchContext; verified: BatchContext; anyVerified: boolean }

/** What ranking needs of an agency's final score under one version, until its rank is known. */
interface Unranked { k: number; id: string; cohort: string; total: number; percent: number; band: SideScore["band"]; basis: Basis }

/**
 * A corpus rescored in two passes, as `score` scores a batch (src/batch/share.ts): add() takes each agency as the
 * corpus is read, adds its measures to each version's cohort figures and spools its data under both versions;
 * results() reads the spool back and scores each agency under both versions against the figures of the whole
 * corpus, then ranks. What stays in memory of an agency is what its report says: its data under both versions,
 * kept until both sides were scored and ranked, held 10,000 benchmark files in 580 MB.
 */
export class Rescoring {
  private readonly spool: SpoolWriter;
  private open = true;
  /** Per agency, in corpus order (the spool's): what the report says of it besides its scores. */
  private readonly kept: { file: string; notes: Record<Side, AnswerNote[]>; unscorable: Partial<Record<Side, string>> }[] = [];
  private readonly figures: Record<Side, SideFigures> = { old: emptyFigures(), new: emptyFigures() };

  constructor(private readonly rubrics: Record<Side, LoadedRubric>, private readonly codes: CodeMaps, private readonly reweighted: string[], private readonly work: WorkFolder) {
    this.spool = new SpoolWriter(path.join(work.dir, "impact.agencies"), work.memory);
  }

  /** First pass: one agency of the corpus. */
  add(entry: CorpusAgency): void {
    for (const side of SIDES) {
      const agency = entry.data[side];
      if (!agency) continue;
      const { rubric } = this.rubrics[side];
      const figures = this.figures[side];
      for (const basis of ["self", "verified"] as const) addToContext(figures[basis], rubric, relativeIndicators(rubric), agency, basis);
      figures.anyVerified ||= hasVerified(agency);
    }
    // Scoring counts evidence items, never reads them (as score spools agencies).
    const data = { old: entry.data.old && countingEvidence(entry.data.old), new: entry.data.new && countingEvidence(entry.data.new) };
    this.spool.add(JSON.stringify(data));
    this.kept.push({
      file: entry.file, notes: entry.notes,
      unscorable: Object.fromEntries(Object.entries(entry.unscorable).map(([side, d]) => [side, d.code])) as Partial<Record<Side, string>>,
    });
  }

  /** Ends the first pass (also when reading the corpus failed: the spool is not left open). */
  close(): void {
    if (!this.open) return;
    this.open = false;
    this.spool.close();
  }

  /** Second pass: every agency scored under both versions and ranked in its cohort under each, in corpus order. */
  results(): AgencyImpact[] {
    this.close();
    const { codes } = this;
    const decimals = Math.max(this.rubrics.old.rubric.rounding.decimals, this.rubrics.new.rubric.rounding.decimals);
    const impacts: AgencyImpact[] = [];
    const unranked: Record<Side, Unranked[]> = { old: [], new: [] };
    let k = 0;
    for (const record of spoolRecords(this.spool.file, this.work.memory)) {
      const entry = this.kept[k]!;
      const data = JSON.parse(record) as Partial<Record<Side, AgencyFile>>;
      const o = data.old && this.scoreOne("old", data.old), n = data.new && this.scoreOne("new", data.new);
      const header = (n ?? o)?.score.agency ?? { id: entry.file, name: entry.file, type: "", cohort: "" };
      const delta = o && n ? diff(o.score.total, n.score.total, decimals) : null;
      const drivers = o && n ? driversOf(o.score, n.score, codes.toOld, decimals, indicatorByCode(this.rubrics.new.rubric)) : [];
      const other = delta === null ? 0 : fromUnits(toUnits(delta, decimals) - drivers.reduce((s, d) => s + toUnits(d.delta, decimals), 0), decimals);
      const rescaled = other !== 0 ? exclusionChanges(o!.score, n!.score, codes) : [];
      const reweighted = other !== 0 ? this.reweighted.filter((code) => !isAdjustmentCap(code) || capMoved(code, o!.score, n!.score)) : [];
      const bandChanged = o !== undefined && n !== undefined && bandMoved(this.rated("old", o), this.rated("new", n));
      if (o) unranked.old.push({ k, ...o.side });
      if (n) unranked.new.push({ k, ...n.side });
      // Ranks are filled in once every agency is scored: old, new and rank_change keep their places in the report.
      impacts.push({
        file: entry.file,
        agency: header,
        old: null,
        new: null,
        delta,
        rank_change: null,
        band_changed: bandChanged,
        thresholds: bandChanged ? thresholdsCrossed(this.rated("old", o!), this.rated("new", n!), n!.side) : [],
        drivers,
        other,
        rescaled,
        reweighted,
        other_caps_only: reweighted.length > 0 && rescaled.length === 0 && reweighted.every(isAdjustmentCap) && toUnits(other, decimals) === toUnits(capsClipping(o!.score, n!.score), decimals),
        notes: entry.notes,
        unscorable: entry.unscorable,
      });
      k++;
    }
    if (k !== this.kept.length) throw new Error(`spool ${this.spool.file} holds ${k} of its ${this.kept.length} agencies`);
    for (const side of SIDES) rank(unranked[side], (u, place) => { impacts[u.k]![side] = place; });
    // Ranks in two cohorts do not subtract: "moves 37 places" was a board's 46th of 171 against its 9th of 45.
    for (const i of impacts) if (i.old && i.new && i.old.cohort === i.new.cohort) i.rank_change = i.old.rank - i.new.rank;
    return impacts;
  }

  /** What bandMoved needs of an agency scored under one version. */
  private rated(side: Side, scored: { score: ScoreBrief; side: Omit<Unranked, "k"> }): RatedOn {
    return { bands: this.rubrics[side].rubric.bands, type: scored.score.agency.type, band: scored.side.band?.id ?? null };
  }

  /** One agency under one version, scored against the corpus's figures; the verified score counts where there is one (see verifiedScore). */
  private scoreOne(side: Side, agency: AgencyFile): { score: ScoreBrief; side: Omit<Unranked, "k"> } {
    const { rubric } = this.rubrics[side];
    const figures = this.figures[side];
    const { self, verified } = scoreInBatch(rubric, agency, figures.self, figures.anyVerified ? figures.verified : undefined);
    const score = verified ?? self;
    return { score: brief(score), side: { id: agency.agency.id, cohort: score.agency.cohort, total: score.total, percent: score.percent, band: score.band, basis: verified ? "verified" : "self" } };
  }
}

const SIDES = ["old", "new"] as const;

function emptyFigures(): SideFigures {
  return { self: new Map(), verified: new Map(), anyVerified: false };
}

/** Each agency's rank and the size of its cohort, ties shared. */
function rank(agencies: Unranked[], place: (agency: Unranked, side: SideScore) => void): void {
  const cohorts = new Map<string, Unranked[]>();
  // Pushed, not copied per agency: a copy made ranking quadratic (20,000 agencies of one cohort took 50 s).
  for (const a of agencies) {
    const members = cohorts.get(a.cohort);
    if (members) members.push(a); else cohorts.set(a.cohort, [a]);
  }
  for (const members of cohorts.values()) {
    for (const { item: a, rank } of competitionRanks(members, (a) => a.total, (a) => a.id)) {
      place(a, { total: a.total, percent: a.percent, band: a.band, rank, size: members.length, cohort: a.cohort, basis: a.basis });
    }
  }
}

/** What an impact needs of a score: its total and each indicator's points, and what says why one earns 0 (a whole score, kept for every agency on both sides, held 10,000 agencies in 900 MB). */
type ScoreBrief = Pick<AgencyScore, "agency" | "total" | "bonus" | "penalty"> & { indicators: Pick<IndicatorResult, "code" | "parent" | "title" | "points" | "excluded" | "status" | "value" | "evidence_missing">[] };

function brief(score: AgencyScore): ScoreBrief {
  return {
    agency: score.agency, total: score.total, bonus: score.bonus, penalty: score.penalty,
    indicators: score.indicators.map(({ code, parent, title, points, excluded, status, value, evidence_missing }) => ({ code, parent, title, points, excluded, status, value, evidence_missing })),
  };
}

const ADJUSTMENT_CAPS = { "bonus.cap": "bonus", "penalty.cap": "penalty" } as const;

function isAdjustmentCap(code: string): code is keyof typeof ADJUSTMENT_CAPS {
  return Object.hasOwn(ADJUSTMENT_CAPS, code);
}

/**
 * Whether the changed bonus or penalty cap moves this agency: its items' points, under either version, are
 * limited otherwise by the old cap than by the new. A bonus of 20 under caps of 50 and 40 is not; naming the cap
 * beside every agency whose total moved for other reasons sent the reader to a setting that changed nothing.
 */
function capMoved(code: keyof typeof ADJUSTMENT_CAPS, o: ScoreBrief, n: ScoreBrief): boolean {
  const side = ADJUSTMENT_CAPS[code];
  const caps = [o[side].cap, n[side].cap];
  return [o[side].raw, n[side].raw].some((raw) => Math.min(raw, caps[0]!) !== Math.min(raw, caps[1]!));
}

/**
 * What the bonus and penalty caps' clipping changes in the total from one version to the other (a bonus cut at 10 where
 * it was cut at 50 or not at all): the drivers count the items' own points, so a total moved by a cap alone has this as
 * its whole `other`; a group rescaled or capped, or the total clamped, adds more, and the caps alone do not explain it.
 */
function capsClipping(o: ScoreBrief, n: ScoreBrief): number {
  const clipped = (s: ScoreBrief) => (s.bonus.points - s.bonus.raw) - (s.penalty.points - s.penalty.raw);
  return clipped(n) - clipped(o);
}

/**
 * Indicators counted in their group's max under one version and not the other: an N/A answer dropped, a type
 * left out, an indicator added (counted, unanswered) or removed (it was counted), or one counted in another group
 * (moved from group 1 to 2: each group's rescaling moves). Removed ones go by their old code.
 * Bonus and penalty items are in no group: an item added there rescales nothing, and was named as if it did.
 */
function exclusionChanges(o: ScoreBrief, n: ScoreBrief, codes: CodeMaps): string[] {
  const before = new Map(o.indicators.map((i) => [i.code, i]));
  const seen = new Set<string>();
  const changed = n.indicators.filter((now) => {
    if (isAdjustment(now.parent)) return false;
    const oldCode = codes.toOld.has(now.code) ? codes.toOld.get(now.code) : now.code;
    const was = oldCode === null || oldCode === undefined ? undefined : before.get(oldCode);
    if (was) seen.add(was.code);
    const counted = was !== undefined && !was.excluded;
    return counted !== !now.excluded || (counted && was.parent !== (codes.groupToOld.get(now.parent) ?? now.parent));
  }).map((i) => i.code);
  return [...changed, ...o.indicators.filter((was) => !seen.has(was.code) && !was.excluded && !isAdjustment(was.parent)).map((i) => i.code)];
}

function isAdjustment(parent: string): boolean {
  return parent === "bonus" || parent === "penalty";
}

/**
 * `back`: the old code of each new one that moved (null: a new indicator under a code the old version used for another).
 * `indicators`: the new version's, to say what gave 0 to an answer that had points.
 */
function driversOf(o: ScoreBrief, n: ScoreBrief, back: Map<string, string | null>, decimals: number, indicators: ReadonlyMap<string, Indicator>): Driver[] {
  const before = new Map(o.indicators.map((i) => [i.code, i]));
  const drivers: Driver[] = [];
  const seen = new Set<string>();
  for (const now of n.indicators) {
    const oldCode = back.has(now.code) ? back.get(now.code) : now.code;
    const was = oldCode === null || oldCode === undefined ? undefined : before.get(oldCode);
    if (was) seen.add(was.code);
    const delta = effect(now.parent, diff(was?.points ?? 0, now.points, decimals));
    if (delta === 0) continue;
    const zeroed = was && was.points > 0 ? zeroCause(indicators.get(now.code)!, now) : undefined;
    drivers.push({ code: now.code, title: now.title, old: was ? was.points : null, new: now.points, delta, ...(zeroed ? { zeroed_by: zeroed } : {}) });
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
