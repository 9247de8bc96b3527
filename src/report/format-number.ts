import type { Lang } from "../core/rubric.js";

/** Points with the rubric's decimals; Vietnamese uses a decimal comma (and no thousands separator, which would be ambiguous). */
export function formatPoints(value: number, decimals: number, lang: Lang): string {
  const text = value.toFixed(decimals);
  return lang === "vi" ? text.replace(".", ",") : text;
}

export function formatPercent(value: number, lang: Lang): string {
  return formatPoints(value, 1, lang) + " %";
}

/** A bar of `width` cells filled in proportion to value / max. */
export function bar(value: number, max: number, width: number): string {
  const filled = max > 0 ? Math.round((Math.max(0, Math.min(value, max)) / max) * width) : 0;
  return "█".repeat(filled) + "░".repeat(width - filled);
}
