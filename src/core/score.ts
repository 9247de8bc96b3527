import { cohortOf, isCalendarDate, isUnanswered, periodOf, type AgencyFile, type Answer } from "./agency.js";
import { answersNothingYet, claimsPoints, missingParts } from "./check-agency.js";
import { allIndicators, appliesTo, indicatorApplies, indicatorByCode, naPolicy } from "./codes.js";
import { weightedMeanUnits } from "./decimal.js";
import { hasZeroDenominator, measureOf } from "./measure.js";
import { clamp, fromUnits, percentDown, roundComputedUnits, toUnits } from "./round.js";
import { applyRule, isBatchRelative, type CohortStats } from "./rules.js";
import type { Aggregation, Group, Indicator, Rubric, Text } from "./rubric.js";
import type { AgencyScore, GroupResult, IndicatorResult, Subtotal, Warning } from "./result.js";
import { bandFor } from "./bands.js";

export type Basis = "self" | "verified";

/** Cohort statistics of every batch-relative indicator: cohort → code → stats. */
export type BatchContext = Map<string, Map<string, CohortStats>>;

/** `informational`: an info-only indicator, excluded from every sum and mean without being a gap in it. */
interface Node { points: number; max: number; excluded: boolean; weight: number; informational?: boolean }

/** The answer that counts for this basis: the collector's verified value when there is one. */
function effectiveAnswer(answer: Answer | null | undefined | "?", basis: Basis): { answer: Answer | null | undefined | "?"; verified: boolean } {
  if (basis === "verified" && answer && answer !== "?" && answer.verified) {
    const v = answer.verified;
    return { answer: { ...answer, value: v.value, na: v.na, reason: v.reason ?? answer.reason }, verified: true };
  }
  return { answer, verified: false };
}

/** Whether any answer carries a verified value (then a verified score is worth computing). */
export function hasVerified(agency: AgencyFile): boolean {
  const answers = agency.answers ?? {};
  // A plain loop: asked of every agency of a batch, and most have no verified value to stop at.
  for (const code in answers) {
    const a = answers[code];
    if (a !== null && a !== undefined && a !== "?" && a.verified !== undefined) return true;
  }
  return false;
}

/**
 * Whether the collector verified a value that counts for this agency: one on an indicator its type leaves
 * out is ignored (and warned about), and verifies nothing.
 */
export function hasOwnVerified(rubric: Rubric, agency: AgencyFile): boolean {
  if (!hasVerified(agency)) return false;
  const byCode = indicatorByCode(rubric);
  for (const [code, a] of Object.entries(agency.answers ?? {})) {
    const indicator = byCode.get(code);
    if (a !== null && a !== "?" && a.verified !== undefined && indicator && indicatorApplies(rubric, indicator, agency.agency.type)) return true;
  }
  return false;
}

/**
 * Whether an agency gets a verified score: it has verified values of its own, or the collector's verified
 * values of other agencies moved its cohort's statistics that its own score reads, so that a batch-relative
 * rule measures it against corrected figures rather than the claims they replaced.
 */
export function hasVerifiedBasis(rubric: Rubric, agency: AgencyFile, self: BatchContext, verified: BatchContext): boolean {
  return hasOwnVerified(rubric, agency) || cohortMoved(rubric, agency, self, verified);
}

/**
 * The agency's verified score, where it has one (see hasVerifiedBasis): none either when it has no verified
 * values of its own and the moved figures leave each of its indicators as it was (the worst value of a
 * lower-is-better min_max scores 0 whatever the lowest is): a ✓ with +0.00 said its score was verified.
 */
export function verifiedScore(rubric: Rubric, agency: AgencyFile, self: BatchContext, verified: BatchContext, selfScore: AgencyScore): AgencyScore | undefined {
  if (!hasVerifiedBasis(rubric, agency, self, verified)) return undefined;
  const score = scoreAgency(rubric, agency, verified, "verified");
  if (hasOwnVerified(rubric, agency)) return score;
  const same = score.indicators.every((i, k) => i.points === selfScore.indicators[k]?.points && i.status === selfScore.indicators[k]?.status);
  return same ? undefined : score;
}

/**
 * Whether the verified values moved what a batch-relative rule reads for this agency: the best value for
 * relative_to_best, the lowest and highest for min_max, and whether the cohort has another agency to compare
 * with (a provisional score). Only indicators the agency has a measure for count: one that does not apply to
 * its type, or that it left unanswered or N/A, scores the same whatever the cohort's figures. Those and a
 * verified value that moves nothing a rule reads (a measure lowered that was not the best) were marked
 * verified, with a difference of 0.
 */
function cohortMoved(rubric: Rubric, agency: AgencyFile, self: BatchContext, verified: BatchContext): boolean {
  const cohort = cohortOf(agency.agency, rubric.cohorts);
  const a = self.get(cohort), b = verified.get(cohort);
  if (!a && !b) return false;
  for (const indicator of relativeIndicators(rubric)) {
    if (measureFor(rubric, indicator, agency, "verified") === undefined) continue;
    const s = a?.get(indicator.code), t = b?.get(indicator.code);
    if (!s || !t || (s.count < 2) !== (t.count < 2)) return true;
    if (indicator.rule?.type === "min_max" ? t.min !== s.min || t.max !== s.max : t.best !== s.best) return true;
  }
  return false;
}

/** First pass over a batch: the measure of every batch-relative indicator per cohort. */
export function batchContext(rubric: Rubric, agencies: AgencyFile[], basis: Basis = "self"): BatchContext {
  const context: BatchContext = new Map();
  const relative = relativeIndicators(rubric);
  for (const agency of agencies) addToContext(context, rubric, relative, agency, basis);
  return context;
}

/** Add one agency's measures to a batch context (the first pass, one agency at a time). */
export function addToContext(context: BatchContext, rubric: Rubric, relative: Indicator[], agency: AgencyFile, basis: Basis): void {
  const cohort = cohortOf(agency.agency, rubric.cohorts);
  const stats = context.get(cohort) ?? new Map<string, CohortStats>();
  context.set(cohort, stats);
  for (const indicator of relative) {
    const measure = measureFor(rubric, indicator, agency, basis);
    if (measure !== undefined) mergeStats(stats, indicator.code, { best: measure, min: measure, max: measure, count: 1 });
  }
}

/** The agency's measure for a batch-relative indicator; none when it does not apply to the type, or is unanswered or N/A. */
function measureFor(rubric: Rubric, indicator: Indicator, agency: AgencyFile, basis: Basis): number | undefined {
  // An indicator of a group that leaves the agency's type out is no measure of this cohort's best.
  if (!indicatorApplies(rubric, indicator, agency.agency.type)) return undefined;
  const { answer, verified } = effectiveAnswer(agency.answers?.[indicator.code], basis);
  if (isUnanswered(answer) || answer === "?" || !answer || answer.na) return undefined;
  // A figure that earns nothing for want of its evidence (`when_missing: no_points`) sets no cohort's best either.
  if (withheldForEvidence(indicator, answer, verified)) return undefined;
  return measureOf(indicator.input, answer.value);
}

/** An answer of the agency's own short of the evidence its points need, where the rubric then gives it none. */
function withheldForEvidence(indicator: Indicator, answer: Answer, verified: boolean): boolean {
  const evidence = indicator.evidence;
  if (evidence?.when_missing !== "no_points" || !evidence.required || verified) return false;
  const count = Array.isArray(answer.evidence) ? answer.evidence.length : 0;
  return count < (evidence.min ?? 1) && claimsPoints(indicator, answer.value);
}

/** Join contexts computed over parts of one batch (the parts checked on different threads). */
export function mergeContexts(into: BatchContext, from: BatchContext): BatchContext {
  for (const [cohort, stats] of from) {
    const target = into.get(cohort) ?? new Map<string, CohortStats>();
    into.set(cohort, target);
    for (const [code, s] of stats) mergeStats(target, code, s);
  }
  return into;
}

function mergeStats(stats: Map<string, CohortStats>, code: string, add: CohortStats): void {
  const s = stats.get(code);
  if (!s) stats.set(code, { ...add });
  else { s.best = Math.max(s.best, add.best); s.min = Math.min(s.min, add.min); s.max = Math.max(s.max, add.max); s.count += add.count; }
}

/** Worked out once per rubric: the second pass asks for every agency. */
const relativeOf = new WeakMap<Rubric, Indicator[]>();

export function relativeIndicators(rubric: Rubric): Indicator[] {
  const known = relativeOf.get(rubric);
  if (known) return known;
  // Bonus and penalty items too: a rubric may rank a bonus against the cohort's best.
  const out = allIndicators(rubric).filter((i) => isBatchRelative(i.rule));
  relativeOf.set(rubric, out);
  return out;
}

/** An agency's scores in a batch: its self-score, and its verified score where one counts. */
interface BatchScores { self: AgencyScore; verified?: AgencyScore }

/**
 * Score every agency of a batch: batch-relative rules see the whole cohort (second pass). Each gets its
 * self-score, and a verified score where the collector's verified values count for it (see verifiedScore).
 */
export function scoreBatch(rubric: Rubric, agencies: AgencyFile[]): BatchScores[] {
  const selfContext = batchContext(rubric, agencies, "self");
  const verifiedContext = agencies.some(hasVerified) ? batchContext(rubric, agencies, "verified") : undefined;
  return agencies.map((agency) => scoreInBatch(rubric, agency, selfContext, verifiedContext));
}

/**
 * One agency's scores in its batch, given the batch's contexts (with the agency in them): the verified context
 * only where some agency of the batch has verified values.
 */
export function scoreInBatch(rubric: Rubric, agency: AgencyFile, selfContext: BatchContext, verifiedContext: BatchContext | undefined): BatchScores {
  const self = scoreAgency(rubric, agency, selfContext, "self");
  const verified = verifiedContext ? verifiedScore(rubric, agency, selfContext, verifiedContext, self) : undefined;
  return verified ? { self, verified } : { self };
}

/** Score one agency. Without a batch context (or alone in its cohort) batch-relative indicators are provisional. */
export function scoreAgency(rubric: Rubric, agency: AgencyFile, context?: BatchContext, basis: Basis = "self"): AgencyScore {
  const decimals = rubric.rounding.decimals;
  const type = agency.agency.type;
  const cohort = cohortOf(agency.agency, rubric.cohorts);
  const stats = (context ?? batchContext(rubric, [agency], basis)).get(cohort);
  const indicators: IndicatorResult[] = [];
  const warnings: Warning[] = [];
  const units = new Map<string, number>();

  const scoreIndicator = (indicator: Indicator, parent: string): Node => {
    const result = evaluate(rubric, indicator, agency, parent, basis, stats?.get(indicator.code), decimals);
    indicators.push(result);
    if (result.status === "provisional") warnings.push({ code: "provisional", indicator: indicator.code });
    // Said in every report, not only where the file is checked: the parts left out earn nothing.
    if (result.status === "scored" || result.status === "provisional") {
      const missing = missingParts(indicator, result.value);
      if (missing.length > 0) warnings.push({ code: "part_unanswered", indicator: indicator.code, params: { fields: missing.join(", ") } });
    }
    const node: Node = { points: toUnits(result.points, decimals), max: toUnits(result.max, decimals), excluded: result.excluded, weight: indicator.weight ?? 1, informational: result.status === "info_only" };
    units.set(indicator.code, node.points);
    return node;
  };

  const scoreGroup = (group: Group, depth: number, parentApplies: boolean): { node: Node; result: GroupResult } => {
    const applies = parentApplies && appliesTo(group, type);
    const children: Node[] = [];
    const subgroups: GroupResult[] = [];
    const codes: string[] = [];
    for (const item of group.items) {
      if (item.kind === "heading") continue;
      if (item.kind === "group") {
        const sub = scoreGroup(item, depth + 1, applies);
        children.push(sub.node);
        subgroups.push(sub.result);
      } else {
        const node = scoreIndicator(applies ? item : { ...item, applies_to: [] }, group.code);
        children.push(node);
        codes.push(item.code);
      }
    }
    const node = combine(children, toUnits(group.max, decimals), group.aggregate ?? "sum", group.weight ?? 1, group.cap, group.floor, decimals);
    units.set(group.code, node.points);
    const counted = children.filter((c) => !c.excluded);
    const result: GroupResult = {
      code: group.code, title: group.title, depth, max: group.max,
      points: fromUnits(node.points, decimals),
      earned: fromUnits(counted.reduce((s, c) => s + c.points, 0), decimals),
      applicable_max: fromUnits(counted.reduce((s, c) => s + c.max, 0), decimals),
      // Rescaled: a summed group whose applicable part is not its max. A mean is a share of the max whatever its
      // children's maxima, so it is rescaled only when a child was left out.
      rescaled: !node.excluded && ((group.aggregate ?? "sum") === "sum" ? counted.reduce((s, c) => s + c.max, 0) !== toUnits(group.max, decimals) : children.some((c) => c.excluded && !c.informational)),
      excluded: node.excluded, groups: subgroups, indicators: codes,
    };
    return { node, result };
  };

  const top = rubric.groups.map((g) => scoreGroup(g, 0, true));
  const baseNode = combine(top.map((t) => t.node), toUnits(rubric.scale, decimals), rubric.aggregate ?? "sum", 1, undefined, undefined, decimals);

  const adjustment = (items: Indicator[] | undefined, cap: number | undefined, label: string) => {
    const raw = (items ?? []).reduce((s, item) => s + scoreIndicator(item, label).points, 0);
    return { raw, points: Math.min(raw, toUnits(cap ?? 0, decimals)) };
  };
  const bonus = adjustment(rubric.bonus?.items, rubric.bonus?.cap, "bonus");
  const penalty = adjustment(rubric.penalty?.items, rubric.penalty?.cap, "penalty");
  const scaleUnits = toUnits(rubric.scale, decimals);
  const totalUnits = clamp(baseNode.points + bonus.points - penalty.points, 0, scaleUnits);
  if (baseNode.points + bonus.points - penalty.points !== totalUnits) warnings.push({ code: "total_clamped" });
  const total = fromUnits(totalUnits, decimals);
  const percent = percentDown(totalUnits, scaleUnits, 2);

  const aggregates: Subtotal[] = (rubric.aggregates ?? []).map((a) => subtotal(a.id, a.title, a.include, units, indicators, top.map((t) => t.result), decimals));

  // Penalty items count as questions to answer: left out, they would deduct nothing unnoticed. Bonus
  // items do not: leaving one out only claims no bonus.
  const counted = indicators.filter((i) => i.parent !== "bonus");
  const applicable = counted.filter((i) => i.na_cause !== "agency_type" && i.status !== "info_only");
  for (const i of applicable) if (i.parent === "penalty" && i.status === "unanswered") warnings.push({ code: "penalty_unanswered", indicator: i.code });
  return {
    agency: { id: agency.agency.id, name: agency.agency.name, type, cohort },
    period: periodOf(agency.period) ?? agency.period,
    basis,
    base: { points: fromUnits(baseNode.points, decimals), max: rubric.scale },
    bonus: { points: fromUnits(bonus.points, decimals), raw: fromUnits(bonus.raw, decimals), cap: rubric.bonus?.cap ?? 0 },
    penalty: { points: fromUnits(penalty.points, decimals), raw: fromUnits(penalty.raw, decimals), cap: rubric.penalty?.cap ?? 0 },
    total,
    max: rubric.scale,
    percent,
    band: bandFor(rubric.bands, type, total, (totalUnits / scaleUnits) * 100),
    groups: top.map((t) => t.result),
    aggregates,
    indicators,
    completeness: {
      applicable: applicable.length,
      answered: applicable.filter((i) => i.status === "scored" || i.status === "provisional" || (i.status === "not_applicable" && i.na_cause !== "answer")).length,
      unanswered: applicable.filter((i) => i.status === "unanswered").length,
      not_applicable: applicable.filter((i) => i.na_cause === "answer").length,
      missing_evidence: applicable.reduce((s, i) => s + (i.evidence_missing > 0 ? 1 : 0), 0),
    },
    provisional: indicators.some((i) => i.status === "provisional"),
    warnings,
  };
}

function evaluate(rubric: Rubric, indicator: Indicator, agency: AgencyFile, parent: string, basis: Basis, cohort: CohortStats | undefined, decimals: number): IndicatorResult {
  const entry = agency.answers?.[indicator.code];
  const { answer, verified } = effectiveAnswer(entry, basis);
  const self = entry && entry !== "?" ? entry : undefined;
  const result: IndicatorResult = {
    code: indicator.code, title: indicator.title, parent,
    input: indicator.input.type, rule: indicator.rule?.type ?? null,
    value: answer && answer !== "?" ? (answer.value ?? null) : null,
    status: "scored", points: 0, max: indicator.max, excluded: false,
    evidence: self?.evidence?.length ?? 0, evidence_missing: 0,
  };
  if (self?.note !== undefined) result.note = self.note;
  if (self?.flag) result.flag = true;
  if (verified) {
    result.verified = true;
    // The collector's own words apart from who verified and when: a block giving only `by` and `date` has no note.
    const { note, by } = self?.verified ?? {};
    if (typeof note === "string" && note.trim() !== "") result.verified_note = note;
    if (typeof by === "string" && by.trim() !== "") result.verified_by = by;
    // The day on its own, not read back from the note: the collector's words may end in a date of theirs.
    const on = self?.verified?.date;
    if (typeof on === "string" && isCalendarDate(on)) result.verified_on = on;
  }
  if (result.value === "?") result.value = null;

  // `result` is this call's own object: completed in place (the same keys, in the same order, as copies would have).
  if (!appliesTo(indicator, agency.agency.type)) return excluded(result, "agency_type");
  if (indicator.info_only || !indicator.rule) {
    result.status = "info_only";
    result.excluded = true;
    return result;
  }
  if (isUnanswered(answer) || answer === "?" || !answer) {
    if (result.value === null) result.status = "unanswered";
    return result;
  }

  if (answer.na) {
    const policy = naPolicy(rubric, indicator);
    result.status = "not_applicable";
    result.na_cause = "answer";
    result.na_policy = policy;
    result.reason = answer.reason ?? "";
    if (policy === "rescale") { result.excluded = true; result.max = 0; }
    if (policy === "full") result.points = indicator.max;
    return result;
  }
  // Every part left out or "?" answers nothing yet, as `value: "?"` says: unanswered (it was scored 0 and
  // counted as answered in the agency's completeness). So does a fraction with a half "?": no share of one half.
  if (answersNothingYet(indicator, answer.value)) {
    result.status = "unanswered";
    result.value = null;
    return result;
  }
  // Evidence proves points claimed; an answer that earns nothing needs none, nor does a value the collector
  // verified (the collector established it; validation asks evidence of the agency's own answers only).
  const required = indicator.evidence?.required && !verified ? (indicator.evidence.min ?? 1) : 0;
  const missing = (points: number) => (points > 0 ? Math.max(0, required - result.evidence) : 0);
  // Under `when_missing: no_points` an answer short of its evidence earns nothing (the file is still scored);
  // otherwise such a file is invalid and never scored, and the count only shows in a draft's score (assess).
  const withheld = withheldForEvidence(indicator, answer, verified);
  const earned = (points: number) => {
    result.evidence_missing = withheld ? Math.max(0, required - result.evidence) : missing(points);
    result.points = withheld ? 0 : points;
  };

  if (hasZeroDenominator(indicator.input, answer.value)) {
    const policy = indicator.input.type === "fraction" ? (indicator.input.zero_denominator ?? "not_applicable") : "zero";
    if (policy === "not_applicable") return excluded(result, "zero_denominator");
    earned(policy === "full" ? indicator.max : 0);
    return result;
  }
  const relative = isBatchRelative(indicator.rule);
  const points = applyRule(indicator.rule, indicator.input, answer.value, indicator.max, cohort ? { cohort } : {});
  earned(fromUnits(toUnits(points, decimals), decimals));
  // A figure withheld for want of its evidence earns 0 whatever the cohort: not waiting on it.
  if (relative && !withheld && (cohort?.count ?? 1) < 2) result.status = "provisional";
  return result;
}

/** Not applicable and left out of its group's maximum. */
function excluded(result: IndicatorResult, cause: "agency_type" | "zero_denominator"): IndicatorResult {
  result.status = "not_applicable";
  result.na_cause = cause;
  result.excluded = true;
  result.max = 0;
  return result;
}

/** Combine children into a group: sum with N/A rescaling, or a (weighted / geometric) mean; then cap and floor. */
function combine(children: Node[], maxUnits: number, aggregation: Aggregation, weight: number, cap: number | undefined, floor: number | undefined, decimals: number): Node {
  const counted = children.filter((c) => !c.excluded);
  const applicableMax = counted.reduce((s, c) => s + c.max, 0);
  // Nothing applicable below: the group itself is excluded from its parent.
  if (counted.length === 0) return { points: 0, max: maxUnits, excluded: true, weight };
  let points: number;
  if (aggregation === "sum") {
    const earned = counted.reduce((s, c) => s + c.points, 0);
    // Excluded-and-rescaled N/A: scale the applicable part back up to the nominal max.
    points = applicableMax === maxUnits || applicableMax === 0 ? earned : Math.round((earned * maxUnits) / applicableMax);
  } else {
    const scored = counted.filter((c) => c.max > 0);
    const totalWeight = scored.reduce((s, c) => s + c.weight, 0);
    if (totalWeight === 0) return { points: 0, max: maxUnits, excluded: true, weight };
    // A weighted mean is rational and is worked out exactly (see weightedMeanUnits); a geometric one is not, and
    // is rounded from doubles with an allowance for their error.
    const exact = aggregation === "weighted_mean" ? weightedMeanUnits(scored, maxUnits) : undefined;
    points = exact ?? roundComputedUnits(maxUnits * (aggregation === "weighted_mean"
      ? scored.reduce((s, c) => s + c.weight * (c.points / c.max), 0) / totalWeight
      : scored.reduce((p, c) => p * Math.pow(c.points / c.max, c.weight / totalWeight), 1)));
  }
  if (cap !== undefined) points = Math.min(points, toUnits(cap, decimals));
  if (floor !== undefined) points = Math.max(points, toUnits(floor, decimals));
  return { points: clamp(points, 0, maxUnits), max: maxUnits, excluded: false, weight };
}

function subtotal(id: string, title: Text, include: string[], units: Map<string, number>, indicators: IndicatorResult[], groups: GroupResult[], decimals: number): Subtotal {
  const groupMax = new Map<string, { max: number; excluded: boolean }>();
  const walk = (gs: GroupResult[]) => { for (const g of gs) { groupMax.set(g.code, { max: g.max, excluded: g.excluded }); walk(g.groups); } };
  walk(groups);
  let points = 0, max = 0;
  for (const code of include) {
    const g = groupMax.get(code);
    const ind = indicators.find((i) => i.code === code);
    const excluded = g ? g.excluded : ind?.excluded ?? true;
    if (excluded) continue;
    points += units.get(code) ?? 0;
    max += toUnits(g ? g.max : ind?.max ?? 0, decimals);
  }
  return { id, title, points: fromUnits(points, decimals), max: fromUnits(max, decimals) };
}
