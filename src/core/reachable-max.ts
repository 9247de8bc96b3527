import { interpolate, worth } from "./rules.js";
import { measureCeiling } from "./measure.js";
import type { Input, Rule, Term } from "./rubric.js";

/** The most points a rule can give on an input, worth `max`: what the best possible answer earns. */
export function reachableMax(rule: Rule, input: Input, max: number): number {
  return Math.max(0, Math.min(max, raw(rule, input, max)));
}

function raw(rule: Rule, input: Input, max: number): number {
  if (rule.type === "sum") return Math.min(rule.parts.reduce((s, t) => s + termReachable(t, input, max), 0), rule.cap ?? max);
  if (rule.type === "best_of") return Math.max(...rule.cases.map((t) => termReachable(t, input, max)));
  // A rule that does not fit its input is rule-input-mismatch's finding, not this one's.
  if (input.type === "parts") return max;
  const ceiling = measureCeiling(input);
  switch (rule.type) {
    case "fixed": return rule.points ?? max;
    case "target": return Math.min(ceiling / rule.target, 1) * max;
    case "bands": return Math.max(rule.else ?? 0, ...rule.steps.filter((s) => s.min <= ceiling).map((s) => worth(s, max)));
    case "piecewise": {
      const ys = rule.points.filter(([x]) => x <= ceiling).map(([, y]) => y);
      return Math.max(...ys, Number.isFinite(ceiling) ? interpolate(rule.points, ceiling) : Math.max(...rule.points.map(([, y]) => y)));
    }
    case "choice": return input.type === "choice" ? Math.max(0, ...input.options.map((o) => worth(o, max))) : max;
    case "checklist": return input.type === "checklist" ? Math.min(input.options.reduce((s, o) => s + worth(o, max), 0), rule.cap ?? max) : max;
    case "per_unit": return Math.min(ceiling * rule.points, rule.cap ?? max);
    // On time is on or before `by`: a `by` before the earliest date the input accepts leaves only late answers.
    case "deadline": return input.type === "date" && input.min !== undefined && rule.by < input.min ? (rule.late_points ?? 0) : max;
    default: return max;
  }
}

/** The most points one term of a sum or best_of can give (its field's input, its own max or the parent's). */
export function termReachable(t: Term, input: Input, parentMax: number): number {
  const max = t.max ?? parentMax;
  if (t.field === undefined) return reachableMax(t.rule, input, max);
  const field = input.type === "parts" ? input.fields.find((f) => f.id === t.field) : undefined;
  return field ? reachableMax(t.rule, field.input, max) : 0;
}

