import type { Issue } from "../core/issue.js";
import { firstStringWhere } from "./first-string.js";

/** What Windows-1252 (or Latin-1, as C1 controls) makes of a UTF-8 continuation byte; ? for one it lacks. */
const CONTINUATION = "[\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122\\ufffd]";

/**
 * Vietnamese written in UTF-8, opened as Windows-1252 and saved again ("Sở" → "Sá»Ÿ", "và" → "vÃ "): a
 * lead letter of a UTF-8 sequence (Ã Ä Å Æ for the letters of Latin-1 and Latin Extended-A: à ă đ ơ ư …;
 * á then º or » for those of Latin Extended Additional: ạ ả … ỹ) followed by continuation bytes so read.
 */
export const DOUBLE_ENCODED = new RegExp(`[ÃÄÅÆ]${CONTINUATION}|á[º»]${CONTINUATION}`);
const PAIRS = new RegExp(DOUBLE_ENCODED.source, "g");

/**
 * A warning at the first text of the file that reads double-encoded: the file is scored (its numbers and
 * codes are intact), but names and notes would be published garbled. A text needs two such pairs: one can
 * be Vietnamese as written (XÃ” in quotes, NGÃ before a no-break space), a garbled text has one a letter.
 */
export function doubleEncodedIssue(text: string, data: unknown): Issue | undefined {
  if (!DOUBLE_ENCODED.test(text)) return undefined;
  const found = firstStringWhere(data, (text) => (garbled(text) ? true : undefined));
  if (!found) return undefined;
  const at = DOUBLE_ENCODED.exec(found.text)!.index;
  const sample = [...found.text.slice(Math.max(0, at - 12))].slice(0, 30).join("");
  return { code: "double-encoded", path: found.path, severity: "warning", params: { sample } };
}

function garbled(text: string): boolean {
  PAIRS.lastIndex = 0;
  return PAIRS.test(text) && PAIRS.test(text);
}
