import type { Lang } from "./rubric.js";

/**
 * A name or label the rubric or the tool gives (an agency type, a cohort, a band, an option, a title) in quotes.
 * Vietnamese text keeps «…» for these and "…" for what a file holds or a person typed (a code, a field, a value,
 * a link), so the two read apart; English does the same in “…” and "…".
 */
export function quotedLabel(label: string, lang: Lang): string {
  return lang === "vi" ? `«${label}»` : `“${label}”`;
}
