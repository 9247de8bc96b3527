import type { Issue } from "../core/issue.js";

/**
 * Vietnamese written in UTF-8, opened as Windows-1252 and saved again ("Sở" → "Sá»Ÿ", "và" → "vÃ "): a
 * lead letter of a UTF-8 sequence (Ã Ä Å Æ for Latin letters with marks, á then º or » for the letters
 * with two marks, ạ…ỹ) followed by what Windows-1252 makes of a continuation byte. Vietnamese itself never
 * writes those pairs.
 */
export const DOUBLE_ENCODED = /[ÃÄÅÆ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]|á[º»]/;

/**
 * A warning at the first text of the file that reads double-encoded: the file is scored (its numbers and
 * codes are intact), but names and notes would be published garbled.
 */
export function doubleEncodedIssue(text: string, data: unknown): Issue | undefined {
  if (!DOUBLE_ENCODED.test(text)) return undefined;
  const found = firstString(data, []);
  if (!found) return undefined;
  const at = DOUBLE_ENCODED.exec(found.text)!.index;
  const sample = [...found.text.slice(Math.max(0, at - 12))].slice(0, 30).join("");
  return { code: "double-encoded", path: found.path, severity: "warning", params: { sample } };
}

function firstString(value: unknown, path: string[]): { text: string; path: string[] } | undefined {
  if (typeof value === "string") return DOUBLE_ENCODED.test(value) ? { text: value, path } : undefined;
  if (typeof value !== "object" || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = firstString(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}
