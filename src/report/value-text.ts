import type { IndicatorResult } from "../core/result.js";
import type { Lang, Text } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { formatPercent } from "./format-number.js";

/** An answer as short text for reports, without the rubric: ids stay ids, fractions read "a / b". */
export function valueText(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return message(lang, value ? "yes" : "no");
  if (typeof value === "number") return numberText(value, lang);
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((v) => valueText(v, lang)).join(", ");
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.a === "number" && typeof o.b === "number" && Object.keys(o).length === 2) {
      const share = o.b > 0 ? ` (${formatPercent(o.a, o.b, lang)})` : "";
      return `${numberText(o.a, lang)} / ${numberText(o.b, lang)}${share}`;
    }
    return Object.entries(o).map(([k, v]) => `${k}: ${valueText(v, lang)}`).join("; ");
  }
  return String(value);
}

/** A number as people write it: no trailing zeros; Vietnamese decimal comma. */
export function numberText(n: number, lang: Lang): string {
  const text = String(n);
  return lang === "vi" ? text.replace(".", ",") : text;
}

/** An indicator's options as a report section lists them (choice and checklist indicators). */
export type OptionLabels = readonly { id: string; label: Text }[];

/**
 * The answer column of an indicator: the value, "N/A: reason", or "unanswered". With the indicator's
 * options, a choice or checklist answer reads as its labels; an id the options do not hold stays as it is.
 */
export function answerText(i: IndicatorResult, lang: Lang, options?: OptionLabels): string {
  if (i.status === "unanswered") return message(lang, "rpt-unanswered");
  if (i.status === "not_applicable") {
    if (i.na_cause === "agency_type") return message(lang, "rpt-na-type");
    if (i.na_cause === "zero_denominator") return `${message(lang, "rpt-na")} (b = 0)`;
    return i.reason ? `${message(lang, "rpt-na")}: ${i.reason}` : message(lang, "rpt-na");
  }
  if (options && (typeof i.value === "string" || Array.isArray(i.value))) {
    const label = (v: unknown) => (typeof v === "string" ? options.find((o) => o.id === v)?.label[lang] : undefined) ?? valueText(v, lang);
    return typeof i.value === "string" ? label(i.value) : i.value.map(label).join("; ");
  }
  return valueText(i.value, lang);
}

/** Status in words. */
export function statusText(i: IndicatorResult, lang: Lang): string {
  return message(lang, `rpt-status-${i.status}`);
}
