import { answerMissing, type IndicatorResult } from "../core/result.js";
import type { Lang, Text } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { dateText, formatPercent } from "./format-number.js";
import { numberText, unitFor } from "../core/number-text.js";

/** An option, or a field of a parts indicator, as a report section lists them. */
export interface Labelled { id: string; label: Text }

/**
 * What a report needs to show an indicator's answer in words: the options of a choice or checklist
 * indicator, the fields of a parts indicator (with their own options).
 */
export interface AnswerLabels { options?: readonly Labelled[]; fields?: readonly (Labelled & { options?: readonly Labelled[]; unit?: Text })[]; unit?: Text }

/**
 * An answer as short text for reports: fractions read "a / b (x %)"; with the indicator's labels,
 * option ids and field ids read as their labels (an id the labels do not hold stays as it is).
 */
function valueText(value: unknown, lang: Lang, labels: AnswerLabels = {}): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return message(lang, value ? "yes" : "no");
  if (typeof value === "number") return withUnit(numberText(value, lang), value, lang, labels.unit);
  if (typeof value === "string") return labelOf(labels.options, value, lang) ?? value;
  // Labels may hold commas: a list of them is kept apart with semicolons.
  if (Array.isArray(value)) return value.map((v) => valueText(v, lang, labels)).join(labels.options ? "; " : ", ");
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.a === "number" && typeof o.b === "number" && Object.keys(o).length === 2) {
      const share = o.b > 0 ? ` (${formatPercent(o.a, o.b, lang)})` : "";
      return `${numberText(o.a, lang)} / ${numberText(o.b, lang)}${share}`;
    }
    return Object.entries(o).map(([k, v]) => {
      const field = labels.fields?.find((f) => f.id === k);
      return `${field?.label[lang] ?? k}: ${valueText(v, lang, { ...(field?.options ? { options: field.options } : {}), ...(field?.unit ? { unit: field.unit } : {}) })}`;
    }).join("; ");
  }
  return String(value);
}

/**
 * A figure with its unit: "450" alone did not say it was million VND, "67" that it was a percentage. One of a
 * unit the rubric writes in the plural is said as explain says it, "1 meeting" (it was "1", without its unit).
 */
function withUnit(figure: string, value: number, lang: Lang, unit: Text | undefined): string {
  return unit ? `${figure} ${unitFor(unit[lang], value, lang)}` : figure;
}

function labelOf(options: readonly Labelled[] | undefined, id: string, lang: Lang): string | undefined {
  return options?.find((o) => o.id === id)?.label[lang];
}

/** The answer column of an indicator: the value (in words, with its labels), "N/A: reason", or "unanswered". */
export function answerText(i: IndicatorResult, lang: Lang, labels?: AnswerLabels): string {
  // Information left "?" reads as a scored indicator left "?" does; it read as blank.
  if (answerMissing(i)) return message(lang, "rpt-unanswered");
  if (i.status === "not_applicable") {
    if (i.na_cause === "agency_type") return message(lang, "rpt-na-type");
    if (i.na_cause === "zero_denominator") return `${message(lang, "rpt-na")} (b = 0)`;
    return i.reason ? `${message(lang, "rpt-na")}: ${i.reason}` : message(lang, "rpt-na");
  }
  // A date reads as the language writes it (14/02/2025); a date field of a parts answer stays as written.
  if (i.input === "date" && typeof i.value === "string") return dateText(i.value, lang);
  return valueText(i.value, lang, labels);
}

/** Status in words. */
export function statusText(i: IndicatorResult, lang: Lang): string {
  return message(lang, `rpt-status-${i.status}`);
}
