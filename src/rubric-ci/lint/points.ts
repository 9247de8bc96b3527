import type { Issue } from "../../core/issue.js";
import type { Input, Rule, Rubric, Term } from "../../core/rubric.js";
import { isBatchRelative, worth } from "../../core/rules.js";
import { EPS, nodes } from "../tree.js";
import { listItem } from "../../core/check-rubric.js";
import { reachableMax, termReachable } from "../../core/reachable-max.js";
import { measureFloor } from "../../core/measure.js";

/**
 * Points that cannot work as written: an item worth more than its group (or the group's cap), a bonus or
 * penalty item worth more than the adjustment's cap, a cap above the max it limits (it never bites), a band
 * step priced twice (points and fraction) or not at all, parts that together give more than their max with no cap
 * to say the cut is meant, and an indicator whose best possible answer still falls short of its max.
 */
export function checkPoints(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  for (const { node, path, parent, adjustment } of nodes(rubric)) {
    const limit = parent ? Math.min(parent.max, parent.cap ?? Infinity) : undefined;
    if (parent && limit !== undefined && node.max > limit + EPS) {
      issues.push({ code: "item-exceeds-group", severity: "warning", path: [...path, "max"], params: { code: node.code, points: node.max, parent: parent.code, limit } });
    }
    if (adjustment) {
      const cap = rubric[adjustment]!.cap;
      if (node.max > cap + EPS) issues.push({ code: "adjustment-item-exceeds-cap", severity: "warning", path: [...path, "max"], params: { code: node.code, points: node.max, adjustment, cap } });
    }
    if (node.kind === "group") {
      if (node.cap !== undefined && node.cap > node.max + EPS) issues.push({ code: "cap-above-max", severity: "warning", path: [...path, "cap"], params: { code: node.code, cap: node.cap, max: node.max } });
      continue;
    }
    if (node.info_only || !node.rule) continue;
    ruleCaps(node.rule, node.max, [...path, "rule"], node.code, issues);
    stepPrices(node.rule, [...path, "rule"], node.code, issues);
    // An input that takes no answer (min after max) is bad-range's error: what the rule does with answers would be said of none.
    if (emptyRange(node.input)) continue;
    neverLate(node.rule, node.input, [...path, "rule"], node.code, issues);
    firstStepAlways(node.rule, node.input, [...path, "rule"], node.code, issues);
    partsOverMax(node.rule, node.input, node.max, [...path, "rule"], node.code, issues);
    if (isBatchRelative(node.rule)) continue;
    const best = reachableMax(node.rule, node.input, node.max);
    // At the max, which the message speaks of ("short of its max 20 … or lower the max to 18"): at the rule, a rule
    // written as a block put a one-character caret under its first key, a bare `type:`.
    if (best < node.max - EPS) issues.push({ code: "max-unreachable", severity: "warning", path: [...path, "max"], params: { code: node.code, reachable: round(best), max: node.max } });
  }
  // A bonus or penalty cap above what all its items give together never bites either (a cap raised to 60 over
  // items of 20 and 30): said as a group's cap above its max is.
  for (const adjustment of ["bonus", "penalty"] as const) {
    const section = rubric[adjustment];
    if (!section) continue;
    const items = section.items.reduce((sum, item) => sum + item.max, 0);
    if (section.cap > items + EPS) issues.push({ code: "cap-above-max", severity: "warning", path: [adjustment, "cap"], params: { code: adjustment, cap: section.cap, max: round(items), hint_adjustment_items: adjustment } });
  }
  return issues;
}

/** Bounds the wrong way round (min above max, a date's min after its max): no answer fits. */
function emptyRange(input: Input): boolean {
  const { min, max } = input as { min?: unknown; max?: unknown };
  return (typeof min === "number" && typeof max === "number") || (typeof min === "string" && typeof max === "string") ? min > max : false;
}

function ruleCaps(rule: Rule, max: number, path: string[], code: string, issues: Issue[]): void {
  if ((rule.type === "sum" || rule.type === "checklist" || rule.type === "per_unit") && rule.cap !== undefined && rule.cap > max + EPS) {
    issues.push({ code: "cap-above-max", severity: "warning", path: [...path, "cap"], params: { code, cap: rule.cap, max } });
  }
  const terms: Term[] = rule.type === "sum" ? rule.parts : rule.type === "best_of" ? rule.cases : [];
  const key = rule.type === "sum" ? "parts" : "cases";
  terms.forEach((t, i) => ruleCaps(t.rule, t.max ?? max, [...path, key, String(i), "rule"], code, issues));
}

/**
 * A band step priced not at all scores 0 without a word (`{min: 3}`, its points forgotten); one priced twice takes
 * its points, the fraction written beside them ignored. Steps of the rules nested in terms too.
 */
function stepPrices(rule: Rule, path: string[], code: string, issues: Issue[]): void {
  const terms: Term[] = rule.type === "sum" ? rule.parts : rule.type === "best_of" ? rule.cases : [];
  const key = rule.type === "sum" ? "parts" : "cases";
  terms.forEach((t, i) => stepPrices(t.rule, [...path, key, String(i), "rule"], code, issues));
  if (rule.type !== "bands") return;
  rule.steps.forEach((step, i) => {
    const here = [...path, "steps", String(i)];
    if (step.points === undefined && step.fraction === undefined) issues.push({ code: "step-unscored", severity: "warning", path: [...here, "min"], params: { code, what: listItem("steps", i), min: step.min } });
    if (step.points !== undefined && step.fraction !== undefined) issues.push({ code: "points-and-fraction", severity: "warning", path: [...here, "fraction"], params: { code, what: listItem("steps", i), min: step.min, points: step.points, fraction: step.fraction } });
  });
}

/**
 * A deadline on or after the latest date its input accepts: every answer is on time, `late_points` never apply
 * (most likely a year typed wrong in `by` or in the input's `max`). Before the earliest date is max-unreachable's.
 */
function neverLate(rule: Rule, input: Input, path: string[], code: string, issues: Issue[]): void {
  eachTermOnItsInput(rule, input, path, (term, field, at) => neverLate(term.rule, field, at, code, issues));
  if (rule.type !== "deadline" || input.type !== "date" || input.max === undefined || rule.by < input.max) return;
  issues.push({ code: "deadline-never-late", severity: "warning", path: [...path, "by"], params: { code, by: rule.by, latest: input.max } });
}

/**
 * A `bands` rule whose first step is at or below the lowest answer its input takes (`{min: 0}` on a count): every
 * answer reaches it, so the rule gives the same points whatever the answer, and no later step or `else` applies.
 */
function firstStepAlways(rule: Rule, input: Input, path: string[], code: string, issues: Issue[]): void {
  eachTermOnItsInput(rule, input, path, (term, field, at) => firstStepAlways(term.rule, field, at, code, issues));
  if (rule.type !== "bands" || input.type === "parts" || rule.steps.length === 0) return;
  const floor = measureFloor(input);
  const first = rule.steps[0]!;
  if (first.min <= floor) issues.push({ code: "bands-first-always", severity: "warning", path: [...path, "steps", "0", "min"], params: { code, min: first.min, floor } });
}

/**
 * A `sum` whose parts, or a `checklist` whose options, can give more together than the indicator (or term) is worth,
 * with no `cap`: the excess is cut at the max without a word (parts of 30 and 30 under a max of 40: one was mistyped,
 * as a group's children adding up past its max is max-mismatch). A written cap says the cut is meant, as the DTI's
 * checklists "tối đa 50 điểm" write it. A part or option above the max on its own is points-exceed-max's finding.
 */
function partsOverMax(rule: Rule, input: Input, max: number, path: string[], code: string, issues: Issue[]): void {
  eachTermOnItsInput(rule, input, path, (term, field, at) => partsOverMax(term.rule, field, term.max ?? max, at, code, issues));
  if (rule.type === "sum" && rule.cap === undefined && !rule.parts.some((t) => (t.max ?? max) > max + EPS)) {
    const total = rule.parts.reduce((s, t) => s + termReachable(t, input, max), 0);
    if (total > max + EPS) issues.push({ code: "parts-exceed-max", severity: "warning", path, params: { code, sum: round(total), max } });
  }
  if (rule.type === "checklist" && rule.cap === undefined && input.type === "checklist") {
    const prices = input.options.map((o) => worth(o, max));
    const total = prices.reduce((s, p) => s + p, 0);
    if (total > max + EPS && prices.every((p) => p <= max + EPS)) issues.push({ code: "parts-exceed-max", severity: "warning", path, params: { code, sum: round(total), max, options: input.options.length } });
  }
}

/** Each term of a sum or best_of with the input it reads (its field's, or the indicator's) and the path of its rule. */
function eachTermOnItsInput(rule: Rule, input: Input, path: string[], visit: (term: Term, input: Input, path: string[]) => void): void {
  const terms: Term[] = rule.type === "sum" ? rule.parts : rule.type === "best_of" ? rule.cases : [];
  const key = rule.type === "sum" ? "parts" : "cases";
  terms.forEach((t, i) => {
    const field = t.field === undefined ? input : input.type === "parts" ? input.fields.find((f) => f.id === t.field)?.input : undefined;
    if (field) visit(t, field, [...path, key, String(i), "rule"]);
  });
}

function round(n: number): number {
  return Number(n.toFixed(4));
}
