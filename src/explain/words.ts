// Numbers and units in words, for one language. Pure.
import type { Input, Lang, Option, Rule } from "../core/rubric.js";
import { fractionPartsLeft } from "../core/measure.js";
import { message } from "../i18n/messages.js";
import { dateText, formatPercent } from "../report/format-number.js";
import { numberText, unitFor } from "../core/number-text.js";
import { describeRule } from "../rubric-ci/show/describe-rule.js";
import type { Adjustment } from "../rubric-ci/show/zero-denominator.js";

/** A number rounded to two decimals, with the language's decimal mark. */
export function num(n: number, lang: Lang): string {
  return numberText(Number.isInteger(n) ? n : Math.round(n * 100) / 100, lang);
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

/**
 * A scoring rule in words, as rubric show words it (points first: "15 points × a/b"), with what a zero
 * denominator does, which explain says beside the rule and show on a line of its own.
 */
export function ruleWords(rule: Rule, input: Input, max: number, lang: Lang, decimals = 2, adjustment?: Adjustment): string {
  return describeRule(rule, input, max, decimals, lang, { zeroDenominator: true, adjustment });
}

/** The N/A policy as rubric show says it, with its label: "N/A: allowed; full marks" (show said it apart from explain's "not applicable: full points"). */
export function naWords(policy: string, lang: Lang, parent?: string): string {
  return `${message(lang, "show-na")}: ${message(lang, naPolicyKey(policy, parent))}`;
}

/**
 * The message of an N/A policy. A bonus or penalty item under `rescale` has no group to rescale: left out, it adds
 * nothing to the bonus or takes nothing off (it read "the indicator is left out and its group rescaled").
 */
export function naPolicyKey(policy: string, parent?: string): string {
  return policy === "rescale" && (parent === "bonus" || parent === "penalty") ? `show-na-rescale-${parent}` : `show-na-${policy}`;
}
