import { shareBetween } from "./decimal.js";
import { clamp } from "./round.js";
import { hasZeroDenominator, isFraction, measureOf, ratioOf } from "./measure.js";
import type { Input, Rule, SimpleInput, Term } from "./rubric.js";

/** What a batch-relative rule needs to know about the agency's cohort. */
export interface CohortStats { best: number; min: number; max: number; count: number }

interface RuleContext {
  /** Statistics of this indicator's measure across the cohort (batch-relative rules only). */
  cohort?: CohortStats;
}

/** Points for one value under one rule, clamped to [0, max]. Pure; never throws on odd values, never gives NaN. */
export function applyRule(rule: Rule, input: Input, value: unknown, max: number, ctx: RuleContext = {}): number {
  const points = raw(rule, input, value, max, ctx);
  return Number.isNaN(points) ? 0 : clamp(points, 0, max);
}

function raw(rule: Rule, input: Input, value: unknown, max: number, ctx: RuleContext): number {
  if (rule.type === "sum") {
    const total = rule.parts.reduce((s, part) => s + applyTerm(part, input, value, max, ctx), 0);
    return Math.min(total, rule.cap ?? max);
  }
  if (rule.type === "best_of") return Math.max(...rule.cases.map((c) => applyTerm(c, input, value, max, ctx)));
  if (input.type === "parts") return 0;
  return simple(rule, input, value, max, ctx);
}

function applyTerm(term: Term, input: Input, value: unknown, parentMax: number, ctx: RuleContext): number {
  const max = term.max ?? parentMax;
  if (term.field === undefined) return applyRule(term.rule, input, value, max, ctx);
  if (input.type !== "parts") return 0;
  const field = input.fields.find((f) => f.id === term.field);
  const fieldValue = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[term.field] : undefined;
  if (!field || fieldValue === undefined || fieldValue === null || fieldValue === "?") return 0;
  if (hasZeroDenominator(field.input, fieldValue)) return zeroDenominatorPoints(field.input, max);
  return applyRule(term.rule, field.input, fieldValue, max, ctx);
}

/** Inside a composite rule a zero denominator cannot exclude the indicator: `full` gives the part's max, anything else 0. */
function zeroDenominatorPoints(input: SimpleInput, max: number): number {
  return input.type === "fraction" && input.zero_denominator === "full" ? max : 0;
}

/** What a band step or an option gives in an indicator worth `max`: its points, or its fraction of the max. */
export function worth(item: { points?: number; fraction?: number }, max: number): number {
  return item.points ?? (item.fraction ?? 0) * max;
}

function simple(rule: Rule, input: SimpleInput, value: unknown, max: number, ctx: RuleContext): number {
  const measure = measureOf(input, value);
  switch (rule.type) {
    case "fixed": return value === true ? (rule.points ?? max) : 0;
    case "ratio": return (ratioOf(input, value) ?? 0) * max;
    case "target": return measure === undefined ? 0 : Math.min(measure / rule.target, 1) * max;
    case "bands": {
      if (measure === undefined) return rule.else ?? 0;
      const step = rule.steps.find((s) => measure >= s.min);
      if (!step) return rule.else ?? 0;
      return worth(step, max);
    }
    case "piecewise": return measure === undefined ? 0 : interpolate(rule.points, measure);
    case "choice": {
      if (input.type !== "choice") return 0;
      const option = input.options.find((o) => o.id === value);
      return option ? worth(option, max) : 0;
    }
    case "checklist": {
      if (input.type !== "checklist" || !Array.isArray(value)) return 0;
      const ticked = new Set(value);
      const total = input.options.filter((o) => ticked.has(o.id)).reduce((s, o) => s + worth(o, max), 0);
      return Math.min(total, rule.cap ?? max);
    }
    case "per_unit": return measure === undefined ? 0 : Math.min(measure * rule.points, rule.cap ?? max);
    case "deadline": return typeof value === "string" && value <= rule.by ? max : (rule.late_points ?? 0);
    case "relative_to_best": {
      const best = ctx.cohort?.best ?? measure;
      return measure === undefined || best === undefined || best <= 0 ? 0 : (measure / best) * max;
    }
    case "min_max": {
      if (measure === undefined) return 0;
      const lo = ctx.cohort?.min ?? measure, hi = ctx.cohort?.max ?? measure;
      // All agencies equal (or scored alone): nobody is behind, so everybody gets full marks.
      if (hi === lo) return max;
      // Lower is better: (hi − x) / (hi − lo), not 1 − share, and exact on decimals (see shareBetween).
      return (rule.lower_is_better ? shareBetween(measure, hi, lo) : shareBetween(measure, lo, hi)) * max;
    }
    default: return 0;
  }
}

/** Linear interpolation between breakpoints sorted by x; flat before the first and after the last. */
export function interpolate(points: [number, number][], x: number): number {
  const first = points[0], last = points[points.length - 1];
  if (!first || !last) return 0;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!, [x0, y0] = points[i - 1]!;
    if (x <= x1) return x1 === x0 ? y1 : y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  }
  return last[1];
}

export function isBatchRelative(rule: Rule | undefined): boolean {
  return rule?.type === "relative_to_best" || rule?.type === "min_max";
}

export { isFraction };
