import type { Lang, Rubric } from "./rubric.js";

/** Texts are the {vi, en} pairs of the model; schema-checked, so nothing else has exactly these two keys. */
export function forEachText(value: unknown, path: string[], visit: (text: Record<Lang, string>, path: string[]) => void): void {
  if (Array.isArray(value)) { value.forEach((v, i) => forEachText(v, [...path, String(i)], visit)); return; }
  if (value === null || typeof value !== "object") return;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  if (keys.length === 2 && typeof record.vi === "string" && typeof record.en === "string") { visit(record as Record<Lang, string>, path); return; }
  for (const key of keys) if (key !== "kind") forEachText(record[key], [...path, key], visit);
}

/**
 * A rubric written in one language (`languages: [vi]`, its English a placeholder such as `TODO`): every text in
 * the language it leaves out is its first declared language's, so output in that language shows the text, not "TODO".
 * Changes the freshly built model in place.
 */
export function withUndeclaredTextsFilled(rubric: Rubric): Rubric {
  const declared = rubric.languages[0];
  const undeclared = (["vi", "en"] as const).filter((lang) => !rubric.languages.includes(lang));
  if (declared === undefined || undeclared.length === 0) return rubric;
  forEachText(rubric, [], (text) => { for (const lang of undeclared) text[lang] = text[declared]; });
  return rubric;
}
