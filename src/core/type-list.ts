import type { Lang } from "./rubric.js";
import { quotedLabel } from "./quoted-label.js";

/**
 * Agency types' labels in one line, separated by ", "; each in quotes when a label holds a separator of its own.
 * dti-cap-so's "Sở, ban, ngành cấp tỉnh" and "Ban Quản lý khu kinh tế, cơ quan khác thuộc UBND tỉnh", joined by commas,
 * read as four types; "; " in their place was the separator between band sets ("A; B: levels; C: levels") and still
 * split a label holding one. Quotes are no separator anywhere the list stands: the terminal, a Markdown table cell, prose.
 */
export function typeList(labels: string[], lang: Lang): string {
  return labels.some((label) => SEPARATORS.test(label)) ? labels.map((label) => quotedLabel(label, lang)).join(", ") : labels.join(", ");
}

/** What separates types (","), band sets (";"), types from their levels (":"), or a quoted label (the quotes either language uses). */
const SEPARATORS = /[,;:“”"«»]/u;
