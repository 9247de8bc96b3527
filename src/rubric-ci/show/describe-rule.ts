import type { Input, Lang, Option, Rule, Term } from "../../core/rubric.js";
import { worth } from "../../core/rules.js";
import { exact, unitFor } from "../../core/number-text.js";
import { message } from "../../i18n/messages.js";
import { dateText, formatPoints } from "../../report/format-number.js";
import { type Adjustment, zeroDenominatorWords } from "./zero-denominator.js";

interface RuleWordsOptions {
  /** Say what a zero denominator does after a fraction's rule (explain does; show gives it a line of its own). */
  zeroDenominator?: boolean;
  /** Worded as a part of a sum or best_of: b = 0 there cannot leave the indicator out, and earns 0 (core/rules.ts). */
  inPart?: boolean;
  /** The rule of a bonus or penalty item: b = 0 leaves it out with no group to rescale. */
  adjustment?: Adjustment;
}

/**
 * A scoring rule in words, with its numbers, for people who read the published rubric; explain says its rules
 * with it too, so that the two never word one rule two ways. Thresholds as the rubric writes them, never rounded,
 * in the measure's unit (≥ 1 meeting, ≥ 2,5 %).
 */
export function describeRule(rule: Rule, input: Input, max: number, decimals: number, lang: Lang, options: RuleWordsOptions = {}): string {
  const words = ruleText(rule, input, max, decimals, lang, options);
  // b = 0 is scored before any rule (core/score.ts), under the default where none is written: in show's words
  // (zero-denominator.ts), so that the two never say one policy two ways, nor explain leave out what show says.
  if (!options.zeroDenominator || input.type !== "fraction") return words;
  return `${words}; ${message(lang, "exp-zero", { what: zeroDenominatorWords(input.zero_denominator, lang, options.inPart, options.adjustment) })}`;
}

function ruleText(rule: Rule, input: Input, max: number, decimals: number, lang: Lang, options: RuleWordsOptions): string {
  const pts = (n: number) => points(n, decimals, lang);
  const m = (key: string, params: Record<string, string | number> = {}) => message(lang, key, params);
  const simple = input.type === "parts" ? undefined : input;
  const unit = measureUnit(input, lang);
  const at = (n: number) => `${exact(n, lang)}${unitFor(unit, n, lang)}`;
  const optionPoints = (o: Option) => pts(worth(o, max));
  const terms = (r: Rule & { type: "sum" | "best_of" }) => (r.type === "sum" ? r.parts : r.cases).map((t) => `(${term(t, input, max, decimals, lang, options)})`);
  switch (rule.type) {
    case "fixed": return m("rule-fixed", { points: pts(rule.points ?? max) });
    case "ratio":
      if (simple?.type === "fraction") return m("rule-ratio-fraction", { max: pts(max) });
      // "× tỷ lệ đạt" with what half of it earns: "tỷ lệ % / 100 × 15" was a formula an official cannot read.
      if (simple?.type === "percent") return m("rule-ratio-percent", { max: pts(max), half: pts(max / 2) });
      if (simple?.type === "level") return (simple.min ?? 0) === 0 ? m("rule-ratio-level-zero", { top: simple.max, max: pts(max) }) : m("rule-ratio-level", { min: simple.min ?? 0, top: simple.max, max: pts(max) });
      return m("rule-fixed", { points: pts(max) });
    case "target": return m("rule-target", { target: at(rule.target), max: pts(max) });
    case "bands": return m("rule-bands", {
      steps: rule.steps.map((s) => `≥ ${at(s.min)} → ${pts(worth(s, max))}`).join("; "),
      else: pts(rule.else ?? 0),
    });
    case "piecewise": return m("rule-piecewise", { points: rule.points.map(([x, y]) => `${at(x)} → ${pts(y)}`).join("; ") });
    case "choice": return m("rule-choice", { options: simple?.type === "choice" ? simple.options.map((o) => `${o.label[lang]} → ${optionPoints(o)}`).join("; ") : "–" });
    case "checklist": return m("rule-checklist", {
      options: simple?.type === "checklist" ? simple.options.map((o) => `${o.label[lang]} → ${optionPoints(o)}`).join("; ") : "–",
      cap: pts(Math.min(rule.cap ?? max, max)),
    });
    // As the rubrics' guidance words it ("1 point per application"); "each" where the input names no unit.
    case "per_unit": return m(unit ? "rule-per-unit" : "rule-per-unit-each", { points: pts(rule.points), unit: unitFor(unit.trim(), 1, lang), cap: pts(Math.min(rule.cap ?? max, max)) });
    case "deadline": return m("rule-deadline", { by: dateText(rule.by, lang), max: pts(max), late: pts(rule.late_points ?? 0) });
    case "sum": return m("rule-sum", { cap: pts(Math.min(rule.cap ?? max, max)), parts: terms(rule).join(" + ") });
    case "best_of": return m("rule-best-of", { cases: terms(rule).join(", ") });
    case "relative_to_best": return m("rule-relative-to-best", { max: pts(max) });
    case "min_max": return m(rule.lower_is_better ? "rule-min-max-lower" : "rule-min-max", { max: pts(max) });
  }
}

/** The unit a measure of this input is counted in, with a leading space (" %", " người"), or "". */
export function measureUnit(input: Input, lang: Lang): string {
  if (input.type === "percent" || input.type === "fraction") return " %";
  if (input.type === "checklist") return " " + message(lang, "exp-items");
  if ((input.type === "number" || input.type === "count") && input.unit) return " " + input.unit[lang];
  return "";
}

/** The head of a composite rule ("the sum of the parts, at most 20"), for a document that lists the parts below it. */
export function describeComposite(rule: Rule & { type: "sum" | "best_of" }, max: number, decimals: number, lang: Lang): string {
  return rule.type === "sum" ? message(lang, "rule-sum-head", { cap: points(Math.min(rule.cap ?? max, max), decimals, lang) }) : message(lang, "rule-best-of-head");
}

/** Each part of a sum or case of a best_of: "its field (max 15): its rule in words". */
export function describeTerms(rule: Rule & { type: "sum" | "best_of" }, input: Input, max: number, decimals: number, lang: Lang): string[] {
  return (rule.type === "sum" ? rule.parts : rule.cases).map((t) => term(t, input, max, decimals, lang));
}

function term(t: Term, input: Input, parentMax: number, decimals: number, lang: Lang, options: RuleWordsOptions = {}): string {
  const max = t.max ?? parentMax;
  const field = t.field !== undefined && input.type === "parts" ? input.fields.find((f) => f.id === t.field) : undefined;
  const target: Input = field ? field.input : input;
  const cap = message(lang, "show-max-points", { max: points(max, decimals, lang) });
  const head = field ? `${field.label[lang]} (${cap})` : t.field !== undefined ? `${t.field} (${cap})` : cap;
  // A term on the indicator's own fraction scores b = 0 as the indicator does, which is said once after the whole rule.
  const zeroDenominator = options.zeroDenominator === true && field !== undefined;
  return `${head}: ${describeRule(t.rule, target, max, decimals, lang, { ...options, zeroDenominator, inPart: true })}`;
}

/** Points with as few decimals as they need (7.5, not 7.50), never more than the rubric's. */
export function points(n: number, decimals: number, lang: Lang): string {
  let d = 0;
  while (d < decimals && Number(n.toFixed(d)) !== Number(n.toFixed(decimals))) d++;
  return formatPoints(n, d, lang);
}
