// Numbers and units in words, for one language. Pure.
import type { Input, Lang, Option, Rule } from "../core/rubric.js";
import { fractionPartsLeft } from "../core/measure.js";
import { worth } from "../core/rules.js";
import { message } from "../i18n/messages.js";
import { dateText, formatPercent } from "../report/format-number.js";
import { numberText, unitFor } from "../core/number-text.js";

/** A threshold or value an answer must reach, as the rubric writes it: never rounded (2.3449 read "≥ 2.34", and 2.34 fell short). */
export function exact(n: number, lang: Lang): string {
  // Six places drop a computed value's noise (56.99999999999999); below 1 they are six figures, not six decimals:
  // a threshold of 0.0000001 read "≥ 0" (and "value / 0 %").
  return numberText(Number(Math.abs(n) < 1 ? n.toPrecision(6) : n.toFixed(6)), lang);
}

/** A number rounded to two decimals, with the language's decimal mark. */
export function num(n: number, lang: Lang): string {
  return numberText(Number.isInteger(n) ? n : Math.round(n * 100) / 100, lang);
}

/** The unit a measure of this input is counted in, with a leading space (" %", " người"), or "". */
export function measureUnit(input: Input, lang: Lang): string {
  if (input.type === "percent" || input.type === "fraction") return " %";
  if (input.type === "checklist") return " " + message(lang, "exp-items");
  if ((input.type === "number" || input.type === "count") && input.unit) return " " + input.unit[lang];
  return "";
}

/** An answer as words, with the rubric's labels. */
export function describeValue(input: Input, value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return "";
  switch (input.type) {
    case "boolean": return value === true ? message(lang, "yes") : value === false ? message(lang, "no") : String(value);
    // Answers as given, never rounded: 99.995 % is not 100 %.
    case "percent": return typeof value === "number" ? `${numberText(value, lang)} %` : String(value);
    case "number": case "count": return typeof value === "number" ? `${numberText(value, lang)}${input.unit ? " " + unitFor(input.unit[lang], value, lang) : ""}` : String(value);
    case "fraction": {
      if (typeof value !== "object" || Array.isArray(value)) return String(value);
      const f = value as { a?: unknown; b?: unknown };
      const unit = input.unit ? " " + input.unit[lang] : "";
      // A part a hand edit left in doubt (1.500) or out is shown as written, or "?": its JSON was shown to the officer.
      const part = (n: unknown) => (typeof n === "number" ? numberText(n, lang) : n === undefined || n === null ? "?" : String(n));
      if (typeof f.a !== "number" || typeof f.b !== "number") return `${part(f.a)} / ${part(f.b)}${unit}`;
      // The share cut to two decimals, as every report gives it (1999 / 2000 is 99,95 %, not 100 %).
      return `${numberText(f.a, lang)} / ${numberText(f.b, lang)}${unit}${f.b > 0 ? ` (${formatPercent(f.a, f.b, lang)})` : ""}`;
    }
    case "choice": return labelOf(input.options, value, lang);
    case "checklist": return Array.isArray(value) ? (value.length === 0 ? message(lang, "exp-none-ticked") : value.map((v) => labelOf(input.options, v, lang)).join("; ")) : String(value);
    case "level": {
      if (typeof value !== "number") return String(value);
      const label = input.labels?.[value - (input.min ?? 0)];
      // Worded as the assess list of levels offers it (Mức 3), so the held answer reads as the choice it was.
      const level = message(lang, "level-option", { n: num(value, lang) });
      return label ? `${level} — ${label[lang]}` : level;
    }
    case "date": return dateText(String(value), lang);
    case "text": { const t = String(value).replace(/\s+/g, " "); return t.length > 200 ? t.slice(0, 199) + "…" : t; }
    case "parts": {
      const o = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
      return input.fields.map((f) => `${f.label[lang]}: ${o[f.id] === undefined || o[f.id] === null || o[f.id] === "?" ? "?" : describeValue(f.input, o[f.id], lang)}`).join("; ");
    }
  }
}

/**
 * A fraction with one half given and the other left "?" ({a: 1234, b: "?"}), alone or as a part (its label
 * first): the half given and the one missing, in words; "" for any other value. Such an answer counts as
 * unanswered, and "(unanswered)" alone hid the half typed.
 */
export function halfGivenWords(input: Input, value: unknown, lang: Lang): string {
  if (input.type === "parts") {
    const o = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
    return input.fields.flatMap((f) => { const half = halfGivenWords(f.input, o[f.id], lang); return half ? [`${f.label[lang]}: ${half}`] : []; }).join("; ");
  }
  const left = fractionPartsLeft(input, value);
  if (input.type !== "fraction" || left.length !== 1) return "";
  const missing = left[0]!;
  const given = missing === "a" ? "b" : "a";
  const half = (value as Record<string, unknown>)[given];
  const label = (k: "a" | "b") => (k === "a" ? input.numerator : input.denominator)[lang];
  return message(lang, "exp-answer-half", { given, value: typeof half === "number" ? numberText(half, lang) : String(half), given_label: label(given), missing, missing_label: label(missing) });
}

function labelOf(options: Option[], id: unknown, lang: Lang): string {
  return options.find((o) => o.id === id)?.label[lang] ?? String(id);
}

/** A scoring rule in words: how the points follow from the answer. */
export function ruleWords(rule: Rule, input: Input, max: number, lang: Lang): string {
  const m = (key: string, params: Record<string, string | number> = {}) => message(lang, key, params);
  const unit = measureUnit(input, lang);
  const pts = (p: number) => num(p, lang);
  switch (rule.type) {
    case "fixed": return m("exp-rule-fixed", { points: pts(rule.points ?? max) });
    case "ratio":
      if (input.type === "fraction") return m("exp-rule-ratio-fraction", { max: pts(max) }) + zeroWords(input, lang);
      if (input.type === "percent") return m("exp-rule-ratio-percent", { max: pts(max) });
      if (input.type === "level") return m("exp-rule-ratio-level", { min: input.min ?? 0, top: input.max, max: pts(max) });
      return m("exp-rule-fixed", { points: pts(max) });
    case "target": return m("exp-rule-target", { target: `${exact(rule.target, lang)}${unit}`, max: pts(max) }) + zeroWords(input, lang);
    case "bands": {
      const steps = rule.steps.map((s) => `≥ ${exact(s.min, lang)}${unitFor(unit, s.min, lang)} → ${pts(worth(s, max))}`);
      return m("exp-rule-bands", { steps: steps.join("; "), else: pts(rule.else ?? 0) });
    }
    case "piecewise": return m("exp-rule-piecewise", { points: rule.points.map(([x, y]) => `${exact(x, lang)}${unit} → ${pts(y)}`).join("; ") });
    case "choice": return input.type === "choice" ? m("exp-rule-choice", { options: input.options.map((o) => `${o.label[lang]} → ${pts(worth(o, max))}`).join("; ") }) : rule.type;
    case "checklist": return input.type === "checklist" ? m("exp-rule-checklist", { options: input.options.map((o) => `${o.label[lang]} +${pts(worth(o, max))}`).join("; "), cap: pts(rule.cap ?? max) }) : rule.type;
    case "per_unit": return m("exp-rule-per-unit", { points: pts(rule.points), unit: unitFor(unit.trim(), 1, lang) || m("exp-unit"), cap: pts(rule.cap ?? max) });
    case "deadline": return m("exp-rule-deadline", { by: dateText(rule.by, lang), max: pts(max), late: pts(rule.late_points ?? 0) });
    case "sum": return m("exp-rule-sum", { parts: rule.parts.map((t) => termWords(t, input, max, lang)).join(" + "), cap: pts(rule.cap ?? max) });
    case "best_of": return m("exp-rule-best-of", { cases: rule.cases.map((t) => termWords(t, input, max, lang)).join(" | ") });
    case "relative_to_best": return m("exp-rule-relative", { max: pts(max) });
    case "min_max": return m(rule.lower_is_better ? "exp-rule-min-max-lower" : "exp-rule-min-max", { max: pts(max) });
  }
}

/** What a zero denominator does, for fractions that say so. */
function zeroWords(input: Input, lang: Lang): string {
  return input.type === "fraction" && input.zero_denominator ? `; ${message(lang, `exp-zero-${input.zero_denominator}`)}` : "";
}

function termWords(term: { field?: string; max?: number; rule: Rule }, input: Input, parentMax: number, lang: Lang): string {
  const max = term.max ?? parentMax;
  const field = term.field !== undefined && input.type === "parts" ? input.fields.find((f) => f.id === term.field) : undefined;
  const sub: Input = field ? field.input : input;
  return `[${field ? field.label[lang] : ""}${field ? ", " : ""}${message(lang, "exp-max", { max: num(max, lang) })}: ${ruleWords(term.rule, sub, max, lang)}]`;
}

/** What a not-applicable answer does to the score, in words. */
export function naWords(policy: string, lang: Lang): string {
  return message(lang, `exp-na-${policy}`);
}
