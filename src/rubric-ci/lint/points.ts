import type { Issue } from "../../core/issue.js";
import type { Input, Rule, Rubric, Term } from "../../core/rubric.js";
import { isBatchRelative } from "../../core/rules.js";
import { EPS, nodes } from "../tree.js";
import { reachableMax } from "../../core/reachable-max.js";

/**
 * Points that cannot work as written: an item worth more than its group (or the group's cap), a bonus or
 * penalty item worth more than the adjustment's cap, a cap above the max it limits (it never bites), a band
 * step priced twice (points and fraction) or not at all, and an indicator whose best possible answer still
 * falls short of its max.
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
    neverLate(node.rule, node.input, [...path, "rule"], node.code, issues);
    if (isBatchRelative(node.rule)) continue;
    const best = reachableMax(node.rule, node.input, node.max);
    if (best < node.max - EPS) issues.push({ code: "max-unreachable", severity: "warning", path: [...path, "rule"], params: { code: node.code, reachable: round(best), max: node.max } });
  }
  return issues;
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
    if (step.points === undefined && step.fraction === undefined) issues.push({ code: "step-unscored", severity: "warning", path: [...here, "min"], params: { code, what: `steps[${i}]`, min: step.min } });
    if (step.points !== undefined && step.fraction !== undefined) issues.push({ code: "points-and-fraction", severity: "warning", path: [...here, "fraction"], params: { code, what: `steps[${i}]`, min: step.min, points: step.points, fraction: step.fraction } });
  });
}

/**
 * A deadline on or after the latest date its input accepts: every answer is on time, `late_points` never apply
 * (most likely a year typed wrong in `by` or in the input's `max`). Before the earliest date is max-unreachable's.
 */
function neverLate(rule: Rule, input: Input, path: string[], code: string, issues: Issue[]): void {
  const terms: Term[] = rule.type === "sum" ? rule.parts : rule.type === "best_of" ? rule.cases : [];
  const key = rule.type === "sum" ? "parts" : "cases";
  terms.forEach((t, i) => {
    const field = t.field === undefined ? input : input.type === "parts" ? input.fields.find((f) => f.id === t.field)?.input : undefined;
    if (field) neverLate(t.rule, field, [...path, key, String(i), "rule"], code, issues);
  });
  if (rule.type !== "deadline" || input.type !== "date" || input.max === undefined || rule.by < input.max) return;
  issues.push({ code: "deadline-never-late", severity: "warning", path: [...path, "by"], params: { code, by: rule.by, latest: input.max } });
}

function round(n: number): number {
  return Number(n.toFixed(4));
}
