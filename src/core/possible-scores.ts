import { fromUnits, toUnits } from "./round.js";
import { worth } from "./rules.js";
import type { Indicator, NaPolicy } from "./rubric.js";

/** Past this many checklist options the sums of every ticked set are not listed (2^12 of them). */
const MAX_LISTED_OPTIONS = 12;

/**
 * The points an indicator can give, at the rubric's decimals: its max, and where its rule gives only some values
 * (a yes/no, options, band steps, a deadline, a level's share) those values. `values` is undefined where any value
 * from 0 to the max can come out (a share, a target, a batch-relative rule).
 */
export function possibleScores(indicator: Indicator, na: NaPolicy, decimals: number): { max: number; values?: number[] } {
  const max = indicator.max;
  const rounded = (points: number) => fromUnits(toUnits(Math.max(0, Math.min(points, max)), decimals), decimals);
  const ruleValues = indicator.rule ? valuesOf(indicator, max) : [0];
  if (ruleValues === undefined) return { max };
  // Unanswered, short of its evidence or an N/A under `zero` is 0; an N/A under `full` is the max, and so is a
  // fraction's 0/0 under `zero_denominator: full`, which the score gives before any rule (0/0 meets no band step).
  const zeroDenominatorFull = indicator.input.type === "fraction" && indicator.input.zero_denominator === "full";
  const values = [0, ...ruleValues, ...(na === "full" || zeroDenominatorFull ? [max] : [])].map(rounded);
  return { max, values: [...new Set(values)].sort((a, b) => a - b) };
}

function valuesOf(indicator: Indicator, max: number): number[] | undefined {
  const { rule, input } = indicator;
  if (!rule) return [0];
  switch (rule.type) {
    case "fixed": return [rule.points ?? max];
    case "deadline": return [max, rule.late_points ?? 0];
    case "bands": return [rule.else ?? 0, ...rule.steps.map((s) => worth(s, max))];
    // The score gives an option's points, and 0 for any answer to another input (which the rubric check refuses).
    case "choice": return input.type === "choice" ? input.options.map((o) => worth(o, max)) : [0];
    case "checklist": {
      if (input.type !== "checklist" || input.options.length > MAX_LISTED_OPTIONS) return undefined;
      const each = input.options.map((o) => worth(o, max));
      const sums = [0];
      for (const w of each) for (const s of [...sums]) sums.push(s + w);
      return sums.map((s) => Math.min(s, rule.cap ?? max));
    }
    case "ratio": {
      if (input.type === "boolean") return [max];
      if (input.type !== "level") return undefined;
      const min = input.min ?? 0;
      if (input.max <= min || input.max - min > 100) return undefined;
      return Array.from({ length: input.max - min + 1 }, (_, k) => (k / (input.max - min)) * max);
    }
    default: return undefined;
  }
}
