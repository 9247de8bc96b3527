import type { AgencyFile, Answer } from "../core/agency.js";
import { nextBand } from "../core/bands.js";
import { nodesByCode } from "../core/codes.js";
import { answerMissing, type AgencyScore, type GroupResult, type IndicatorResult, type Status } from "../core/result.js";
import { fromUnits, roundTo, toUnits } from "../core/round.js";
import type { Aggregation, Indicator, Lang, Rubric, Text } from "../core/rubric.js";
import { cohortOf, UNANSWERED } from "../core/agency.js";
import type { CohortStats } from "../core/rules.js";
import { batchContext, mergeContexts, scoreAgency, type Basis, type BatchContext } from "../core/score.js";
import { message } from "../i18n/messages.js";
import { cohortLabel, rescored, verifiedByText } from "../report/common.js";
import { adjustmentOf, zeroDenominatorWords } from "../rubric-ci/show/zero-denominator.js";
import { bestAnswer, ifDatedWords, lateOrInTimeWords, moreInTimeWords, rowWords } from "./best-answer.js";
import { describeValue, halfGivenWords, naWords, num, ruleWords } from "./words.js";
import { measureUnit } from "../rubric-ci/show/describe-rule.js";
import { formatMax, formatPoints } from "../report/format-number.js";

/** One indicator explained: what was answered, the rule in words, the points and why. */
export interface ExplainedIndicator {
  code: string;
  title: Text;
  /** Code of the enclosing group; "bonus" or "penalty" for adjustment items. */
  group: string;
  status: Status;
  value: unknown;
  answer: string;
  rule: string;
  na: string | null;
  points: number;
  max: number;
  excluded: boolean;
  evidence: number;
  evidence_missing: number;
  note?: string;
  why: string;
  /** A batch-relative indicator explained with its batch: the figures of the agency's cohort it was scored against. */
  cohort?: CohortStats;
  /** The verified score explained: the self-assessed answer and points where the verification changed them. */
  self?: { value: unknown; points: number; status: Status };
  /** The collector's note, where the verified block gives one. */
  verified_note?: string;
  /** Who verified the value (the verified block's `by`), as score's json has it. */
  verified_by?: string;
  /** The day the collector verified the value (YYYY-MM-DD), where the verified block gives one, as score's json has it. */
  verified_on?: string;
}

/** A gain left: the points the total would rise by if this indicator earned its full points. */
export interface Gain {
  code: string;
  title: Text;
  group: string;
  kind: "unanswered" | "not_applicable" | "low";
  status: Status;
  points: number;
  max: number;
  /**
   * Rise of the total (after rescaling, group caps, bonus cap and the scale), in points; while deductions
   * hold the total at 0 (`deficit`), the rise of the points before that floor.
   */
  gain: number;
  /** The answer that would earn them, in words. */
  answer: string;
  evidence_needed: number;
  /** Explained on the verified basis, the collector verified this one: their figure, or their N/A, is what has to change. */
  verified?: true;
  /**
   * An unanswered date whose deadline (this day) and last allowed date are past: the gain is there only if the
   * thing was in fact done by then (never advice to backdate it). Listed after the sure gains, out of the totals.
   */
  only_if_dated_by?: string;
  /**
   * An unanswered date past its deadline with a later date still allowed: `gain` is the sure late points; this, the
   * rise if the thing was in fact done by the deadline (only_if_dated_by) and only not entered. Out of the totals.
   */
  in_time?: { only_if_dated_by: string; gain: number };
  /**
   * A multi-part answer whose row says the deadline of a part other than the first: every part's deadline the row
   * says, in its order, each with the rise of the whole answer if that part was done by it (the others as sure).
   * The first is `in_time`, or the row's own only_if_dated_by and gain. Out of the totals.
   */
  in_time_parts?: { only_if_dated_by: string; gain: number }[];
}

/**
 * A group as scored, with what turns its children's points into its own: `earned` their plain sum, of
 * `applicable_max` (the max of those counted), rescaled to `max` when some were left out; a mean instead of a
 * sum; a cap and a floor.
 */
export interface ExplainedGroup {
  code: string; title: Text; depth: number; points: number; max: number; excluded: boolean;
  earned: number; applicable_max: number; rescaled: boolean; aggregate: Aggregation; cap?: number; floor?: number;
}

export interface Explanation {
  rubric: { id: string; version: string; sha256: string; title: Text };
  file: string;
  agency: AgencyScore["agency"];
  period: string;
  basis: Basis;
  lang: Lang;
  decimals: number;
  total: number;
  max: number;
  percent: number;
  band: AgencyScore["band"];
  completeness: AgencyScore["completeness"];
  /** Explained on the verified basis: the agency's own completeness, which the collector's values may have filled. */
  self_completeness?: AgencyScore["completeness"];
  /** Every group, depth first, with its points: headings for the indicator list. */
  groups: ExplainedGroup[];
  indicators: ExplainedIndicator[];
  gains: Gain[];
  /** Sum of every sure gain taken alone (not those only_if_dated_by); taking them all may give less (groups and the scale cap). */
  gains_total: number;
  /** The total if every sure gain listed were taken together. */
  total_if_all: number;
  /** How far deductions exceed the points earned (the total is held at 0 until gains make it up); 0 otherwise. */
  deficit: number;
  /**
   * The band above the one reached (the lowest when none is): the least total that reaches it, how many points
   * that is from the total, and whether taking every gain gets there. Null at the highest band.
   */
  next_band: { id: string; label: Text; from: number; needed: number; reachable: boolean } | null;
  /** Explained with the batch it is ranked in (explain --batch): how many agencies, and how many share its cohort. Null alone. */
  batch: { agencies: number; cohort: string; cohort_label: string; cohort_size: number } | null;
}

interface ExplainInput {
  rubric: Rubric;
  sha256: string;
  file: string;
  agency: AgencyFile;
  /** The agency's score on this basis (as `score` computed it). */
  score: AgencyScore;
  basis?: Basis;
  /**
   * The batch the agency is ranked in, without the agency itself: its cohorts' figures on this basis, and how many
   * agencies it holds. A gain is then scored as the batch would score it: the agency's better answer can move its
   * cohort's best. Without it, batch-relative indicators are provisional, as for a file scored alone.
   */
  batch?: { others: BatchContext; agencies: number; cohort_size: number };
  /** With the verified score: the self-score, to say what the verification changed. */
  self?: AgencyScore;
  /** The day the explanation is made, in Vietnam (YYYY-MM-DD): a deadline before it can no longer be met. */
  today?: string;
}

/** Explain one agency's score and list the largest gains left. Pure: scores hypothetical answers with the core engine. */
export function explainAgency(input: ExplainInput, lang: Lang): Explanation {
  const { rubric, agency, score } = input;
  const basis = input.basis ?? score.basis;
  const decimals = rubric.rounding.decimals;
  const nodes = nodesByCode(rubric);
  const contextWith = (a: AgencyFile): BatchContext | undefined => input.batch && mergeContexts(mergeContexts(new Map(), input.batch.others), batchContext(rubric, [a], basis));
  const cohort = cohortOf(agency.agency, rubric.cohorts);
  const stats = contextWith(agency)?.get(cohort);
  const selfOf = new Map((input.self?.indicators ?? []).map((r) => [r.code, r]));
  const indicators = score.indicators.map((r) => {
    const explained = explainIndicator(r, nodes.get(r.code), lang, decimals, stats?.get(r.code), currentValue(agency, r.code, basis));
    const self = selfOf.get(r.code);
    return self ? withVerification(explained, r, self, nodes.get(r.code), lang, decimals) : explained;
  });

  const gains: Gain[] = [];
  const better: Record<string, Answer> = {};
  for (const r of score.indicators) {
    const node = nodes.get(r.code);
    if (!node || node.kind !== "indicator" || !node.rule || node.info_only || r.parent === "penalty") continue;
    if (r.na_cause === "agency_type") continue;
    const kind = r.status === "unanswered" ? "unanswered" : r.status === "not_applicable" ? "not_applicable" : "low";
    if (kind === "low" && toUnits(r.points, decimals) >= toUnits(node.max, decimals)) continue;
    const best = bestAnswer(node.rule, node.input, node.max, currentValue(agency, r.code, basis), lang, stats?.get(r.code), input.today);
    if (!best) continue;
    const gainOf = (value: unknown) => {
      const answered = withAnswer(agency, r.code, value, basis, node);
      return fromUnits(standing(scoreAgency(rubric, answered, contextWith(answered), basis), decimals) - standing(score, decimals), decimals);
    };
    const sure = gainOf(best.value);
    // The answer if the date was in fact done by its deadline (a date alone, or one part of a multi-part answer).
    const alt = best.onlyIfDatedBy ? undefined : best.inTime;
    const ifInTime = alt ? gainOf(alt.answer ?? alt.value) : 0;
    // A date past its last allowed date, the only part left: the row's whole gain holds only if it was done in time.
    const onlyIf = alt?.ifDated !== undefined && toUnits(sure, decimals) <= 0 && toUnits(ifInTime, decimals) > 0 ? { ...alt, ifDated: alt.ifDated } : undefined;
    const gain = onlyIf ? ifInTime : sure;
    if (toUnits(gain, decimals) <= 0) continue;
    const inTime = !onlyIf && alt && toUnits(ifInTime, decimals) > toUnits(gain, decimals) ? alt : undefined;
    const onlyIfDatedBy = best.onlyIfDatedBy ?? onlyIf?.value;
    // The other parts of a sum past their deadline: each says the rise with it in time, the rest answered as sure.
    const moreGains = alt?.more?.map((m) => gainOf(m.answer)) ?? [];
    const more = alt?.more ? moreInTimeWords(alt.more, moreGains, sure, decimals, lang) : [];
    // Those said with their rise (see moreInTimeWords), for the json: in_time alone held the first's.
    const moreInTime = (alt?.more ?? []).flatMap((m, i) => (more[i] === undefined ? [] : [{ only_if_dated_by: m.value, gain: roundTo(moreGains[i]!, decimals) }]));
    const firstInTime = inTime ?? onlyIf;
    if (!onlyIfDatedBy) better[r.code] = { value: best.value };
    const required = node.evidence?.required ? (node.evidence.min ?? 1) : 0;
    gains.push({
      code: r.code, title: r.title, group: r.parent, kind, status: r.status,
      points: r.points, max: node.max, gain: roundTo(gain, decimals),
      answer: onlyIf ? ifDatedWords(onlyIf, more) : inTime ? lateOrInTimeWords(inTime, roundTo(gain, decimals), roundTo(ifInTime, decimals), lang, more) : alt?.at?.row && more.some((w) => w !== undefined) ? rowWords(alt.at.row, undefined, more) : best.words,
      evidence_needed: Math.max(0, required - r.evidence),
      ...(basis === "verified" && hasVerifiedAnswer(agency, r.code) ? { verified: true as const } : {}),
      ...(onlyIfDatedBy ? { only_if_dated_by: onlyIfDatedBy } : {}),
      ...(inTime ? { in_time: { only_if_dated_by: inTime.value, gain: roundTo(ifInTime, decimals) } } : {}),
      ...(moreInTime.length > 0 ? { in_time_parts: [...(firstInTime ? [{ only_if_dated_by: firstInTime.value, gain: roundTo(ifInTime, decimals) }] : []), ...moreInTime] } : {}),
    });
  }
  const order = new Map(score.indicators.map((r, i) => [r.code, i]));
  // A gain that holds only if a document was issued in time is no sure one: after them all.
  const conditional = (g: Gain) => (g.only_if_dated_by ? 1 : 0);
  gains.sort((a, b) => conditional(a) - conditional(b) || b.gain - a.gain || (b.max - b.points) - (a.max - a.points) || order.get(a.code)! - order.get(b.code)!);
  const all = Object.keys(better).reduce((acc, code) => withAnswer(acc, code, better[code]!.value, basis, nodes.get(code) as Indicator), agency);
  const totalIfAll = Object.keys(better).length > 0 ? scoreAgency(rubric, all, contextWith(all), basis).total : score.total;

  return {
    rubric: { id: rubric.id, version: rubric.version, sha256: input.sha256, title: rubric.title },
    file: input.file,
    agency: score.agency, period: score.period, basis, lang, decimals,
    total: score.total, max: score.max, percent: score.percent, band: score.band,
    completeness: score.completeness,
    ...(basis === "verified" && input.self ? { self_completeness: input.self.completeness } : {}),
    groups: flatGroups(rubric, score.groups),
    indicators, gains,
    gains_total: roundTo(gains.filter((g) => !g.only_if_dated_by).reduce((s, g) => s + g.gain, 0), decimals),
    total_if_all: totalIfAll,
    deficit: fromUnits(Math.max(0, -standing(score, decimals)), decimals),
    next_band: nextBandOf(rubric, score, totalIfAll, standing(score, decimals)),
    batch: input.batch ? { agencies: input.batch.agencies, cohort, cohort_label: cohortLabel(rubric, cohort, lang), cohort_size: input.batch.cohort_size } : null,
  };
}

/**
 * The next band and the points it needs, counted as the gains are (from the points before the floor of 0, which
 * is the total unless deductions hold it there: 500 more read beside a deficit of 50 that gains make up first);
 * reachable when the total with every gain gets there.
 */
function nextBandOf(rubric: Rubric, score: AgencyScore, totalIfAll: number, standingUnits: number): Explanation["next_band"] {
  const next = nextBand(rubric.bands, score.agency.type, score.total, rubric.scale, rubric.rounding.decimals);
  if (!next) return null;
  const decimals = rubric.rounding.decimals;
  return { ...next, needed: fromUnits(toUnits(next.from, decimals) - standingUnits, decimals), reachable: toUnits(totalIfAll, decimals) >= toUnits(next.from, decimals) };
}

/**
 * The total before its floor of 0, in units: base + bonus − deductions, at most the scale. Gains are measured
 * on it, since while deductions exceed the points earned the total stays at 0 whatever one answer adds
 * (every gain read 0 and explain said nothing could raise the total); otherwise it is the total itself.
 */
function standing(s: AgencyScore, decimals: number): number {
  return Math.min(toUnits(s.base.points, decimals) + toUnits(s.bonus.points, decimals) - toUnits(s.penalty.points, decimals), toUnits(s.max, decimals));
}

function flatGroups(rubric: Rubric, groups: GroupResult[]): ExplainedGroup[] {
  const nodes = nodesByCode(rubric);
  const out: ExplainedGroup[] = [];
  const walk = (gs: GroupResult[]) => {
    for (const g of gs) {
      const node = nodes.get(g.code);
      const d = node?.kind === "group" ? node : undefined;
      out.push({
        code: g.code, title: g.title, depth: g.depth, points: g.points, max: g.max, excluded: g.excluded,
        earned: g.earned, applicable_max: g.applicable_max, rescaled: g.rescaled, aggregate: d?.aggregate ?? "sum",
        ...(d?.cap !== undefined ? { cap: d.cap } : {}), ...(d?.floor !== undefined ? { floor: d.floor } : {}),
      });
      walk(g.groups);
    }
  };
  walk(groups);
  return out;
}


/**
 * Whether the collector's answer is what the verified score reads here: a verified value, or a verified N/A (the
 * core reads either in place of the agency's; a gain on an N/A the collector gave was not marked theirs).
 */
function hasVerifiedAnswer(agency: AgencyFile, code: string): boolean {
  const a = Object.hasOwn(agency.answers ?? {}, code) ? agency.answers![code] : undefined;
  return typeof a === "object" && a !== null && a.verified !== undefined && (a.verified.value !== undefined || a.verified.na === true);
}

function currentValue(agency: AgencyFile, code: string, basis: Basis): unknown {
  const answers = agency.answers ?? {};
  const a = Object.hasOwn(answers, code) ? answers[code] : undefined;
  if (!a || a === "?") return undefined;
  // "?" is no answer (as a value left out is): min_max offered it back as the answer that earns the points.
  const given = (v: unknown) => (v === UNANSWERED ? undefined : v);
  if (basis === "verified" && a.verified && a.verified.value !== undefined) return given(a.verified.value);
  return a.na ? undefined : given(a.value);
}

/** The agency with one answer replaced (the verified value too, so that either basis sees it). */
function withAnswer(agency: AgencyFile, code: string, value: unknown, basis: Basis, indicator: Indicator): AgencyFile {
  const answers = { ...(agency.answers ?? {}) };
  const old = Object.hasOwn(answers, code) ? answers[code] : undefined;
  const base: Answer = old && old !== "?" ? { ...old } : {};
  delete base.na;
  delete base.reason;
  base.value = value;
  // The gain comes with the evidence it needs (said beside it): where the rubric gives no points without it, the
  // answer is scored as if it were given.
  const needed = indicator.evidence?.required ? (indicator.evidence.min ?? 1) : 0;
  const given = Array.isArray(base.evidence) ? base.evidence : [];
  if (given.length < needed) base.evidence = [...given, ...Array.from({ length: needed - given.length }, () => ({}))];
  if (basis === "verified" && base.verified) base.verified = { ...base.verified, value, na: false };
  else delete base.verified;
  answers[code] = base;
  return { ...agency, answers };
}

/** `written`: the answer's value as the file has it (scored unanswered, a half of a fraction given is null in `r`). */
function explainIndicator(r: IndicatorResult, node: ReturnType<ReturnType<typeof nodesByCode>["get"]>, lang: Lang, decimals: number, cohort: CohortStats | undefined, written: unknown): ExplainedIndicator {
  const indicator = node && node.kind === "indicator" ? (node as Indicator) : undefined;
  const words = indicator?.rule && !indicator.info_only ? ruleWords(indicator.rule, indicator.input, indicator.max, lang, decimals, adjustmentOf(r.parent)) : undefined;
  // A penalty item's points are taken off: its rule says so, or "Yes → 30 points" reads as a reward.
  const said = words === undefined ? message(lang, "exp-rule-info") : r.parent === "penalty" ? message(lang, "exp-rule-penalty", { rule: words }) : words;
  // b = 0 and a not-applicable answer do the same here: said once ("…; b = 0: the indicator is left out and its
  // group rescaled (N/A: allowed; the indicator is left out and its group rescaled)" said it twice).
  const leftOut = zeroDenominatorWords("not_applicable", lang, false, adjustmentOf(r.parent));
  const zero = message(lang, "exp-zero", { what: leftOut });
  const rule = r.na_policy === "rescale" && said.includes(zero) ? said.replace(zero, message(lang, "exp-zero-or-na", { what: leftOut })) : said;
  const answer = answerWords(r, indicator, lang, written);
  const out: ExplainedIndicator = {
    code: r.code, title: r.title, group: r.parent, status: r.status, value: r.value ?? null, answer, rule,
    na: r.na_policy ? naWords(r.na_policy, lang, r.parent) : null,
    points: r.points, max: indicator?.max ?? r.max, excluded: r.excluded,
    evidence: r.evidence, evidence_missing: r.evidence_missing,
    why: why(r, indicator, lang, decimals),
  };
  if (r.note !== undefined) out.note = r.note;
  // Only a batch-relative indicator has its cohort's figures; they say what its points were measured against.
  if (cohort && r.status === "scored") {
    // The best of a min-max rule is its lowest or highest value, not the largest measure a rule relative to the best reads.
    const rule = indicator?.rule;
    out.cohort = { ...cohort, ...(rule?.type === "min_max" ? { best: rule.lower_is_better ? cohort.min : cohort.max } : {}) };
    const unit = indicator ? measureUnit(indicator.input, lang) : "";
    out.why += " " + message(lang, "exp-why-cohort", { count: cohort.count, min: num(cohort.min, lang) + unit, max: num(cohort.max, lang) + unit });
  }
  return out;
}

/**
 * An indicator's answer in words: the value as its input reads, or unanswered (with the half of a fraction
 * given, from `written`, the file's value), or N/A with its reason.
 */
function answerWords(r: IndicatorResult, indicator: Indicator | undefined, lang: Lang, written?: unknown): string {
  // Information left "?" reads "(unanswered)", as a scored indicator does; it read as an empty answer.
  if (answerMissing(r)) {
    const half = indicator ? halfGivenWords(indicator.input, written, lang) : "";
    return message(lang, "rpt-unanswered") + (half ? ` — ${half}` : "");
  }
  if (r.status === "not_applicable" && r.na_cause === "agency_type") return message(lang, "rpt-na-type");
  if (r.status === "not_applicable" && r.na_cause === "answer") return `${message(lang, "rpt-na")}${r.reason ? ": " + r.reason : ""}`;
  return indicator ? describeValue(indicator.input, r.value, lang) : String(r.value ?? "");
}

/**
 * The verified score explained: an indicator the collector verified says the self-assessed answer and points
 * and the collector's note; one whose points moved with the cohort's verified figures says so.
 */
function withVerification(out: ExplainedIndicator, r: IndicatorResult, self: IndicatorResult, node: ReturnType<ReturnType<typeof nodesByCode>["get"]>, lang: Lang, decimals: number): ExplainedIndicator {
  // An indicator its type leaves out ignores any verified value (as score does): nothing to say.
  if (r.na_cause === "agency_type") return out;
  const moved = self.points !== r.points || self.status !== r.status;
  if (!r.verified && !moved) return out;
  // No value of the collector's, or one that confirms the agency's: what moved the points is the cohort's figures.
  const byCohort = moved && rescored({ self, verified: r, diff: 0, changed: true });
  // Points as the indicator's line above gives them (13.50, not 13.5).
  const p = (n: number) => formatPoints(n, decimals, lang);
  const answer = answerWords(self, node && node.kind === "indicator" ? (node as Indicator) : undefined, lang);
  const by = verifiedByText(r, lang);
  const note = [
    ...(r.verified_note ? [sentence(message(lang, "exp-why-verified-note", { note: r.verified_note.trim() }))] : []),
    // Who verified and when is no note: its own sentence ("Verified by Sở KH&CN on 2025-10-08.").
    ...(by ? [sentence(`${by.charAt(0).toLocaleUpperCase(lang)}${by.slice(1)}`)] : []),
  ];
  const said = !byCohort
    // Information only earns nothing either way: its figure alone ("Self-assessed: 95 people, 0.00 points" read as points lost).
    ? [...(r.status === "not_applicable" || r.status === "info_only" ? [message(lang, "exp-why-verified")] : []), r.status === "info_only" ? message(lang, "exp-why-self-info", { answer }) : message(lang, "exp-why-self", { answer, points: p(self.points) }), ...note]
    : [message(lang, "exp-why-rescored", { points: p(self.points) }), ...note];
  return { ...out, why: `${out.why} ${said.join(" ")}`, self: { value: self.value ?? null, points: self.points, status: self.status }, ...(r.verified_note ? { verified_note: r.verified_note } : {}), ...(r.verified_by ? { verified_by: r.verified_by } : {}), ...(r.verified_on ? { verified_on: r.verified_on } : {}) };
}

/** A sentence closed by a full stop, unless the collector's words close it already ("… ISO điện tử." read "tử.."). */
function sentence(text: string): string {
  return /[.!?…]$/u.test(text) ? text : `${text}.`;
}

/** Why the indicator got its points, in one sentence. */
function why(r: IndicatorResult, indicator: Indicator | undefined, lang: Lang, decimals: number): string {
  // Points and maxima as the indicator's line above gives them ("13.50 / 15"): its why read "13.5 of 15".
  const p = (n: number) => formatPoints(n, decimals, lang);
  const mx = (n: number) => formatMax(n, decimals, lang);
  switch (r.status) {
    case "info_only": return message(lang, "exp-why-info");
    case "unanswered": return r.parent === "penalty" ? message(lang, "exp-why-unanswered-penalty") : message(lang, "exp-why-unanswered", { max: mx(indicator?.max ?? r.max) });
    case "provisional": return message(lang, "exp-why-provisional", { points: p(r.points), max: mx(r.max) });
    case "not_applicable":
      if (r.na_cause === "agency_type") return message(lang, "exp-why-type");
      if (r.na_cause === "zero_denominator") return message(lang, adjustmentOf(r.parent) ? `exp-why-zero-denominator-${r.parent}` : "exp-why-zero-denominator");
      if (r.excluded) return message(lang, r.parent === "bonus" || r.parent === "penalty" ? `exp-why-na-excluded-${r.parent}` : "exp-why-na-excluded");
      return message(lang, "exp-why-na-points", { points: p(r.points), max: mx(r.max) });
    case "scored": {
      const parts = [r.parent === "penalty" ? (r.points > 0 ? message(lang, "exp-why-penalty", { points: p(r.points) }) : message(lang, "exp-why-penalty-none")) : message(lang, r.points >= r.max ? "exp-why-full" : "exp-why-partial", { points: p(r.points), max: mx(r.max) })];
      if (r.evidence_missing > 0) parts.push(message(lang, indicator?.evidence?.when_missing === "no_points" ? "exp-why-evidence-withheld" : "exp-why-evidence", { count: r.evidence_missing }));
      if (r.verified) parts.push(message(lang, "exp-why-verified"));
      return parts.join(" ");
    }
  }
}
