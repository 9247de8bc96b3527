import { labelledIds } from "./label-id.js";
import type { Text } from "./rubric.js";

/** The Vietnamese words the help puts beside the agency types, and the types they name. */
const TYPE_WORDS: Record<string, string> = { "xã": "commune", xa: "commune", "phường": "ward", phuong: "ward", "sở": "department", so: "department" };

/**
 * The agency types of a rubric that `-t TEXT` may mean: the type whose id it is (in any case), else the one the
 * help's word beside it names ("ví dụ department (sở) hoặc commune (xã)"), else those whose label it is or starts
 * (`UBND xã` is commune; `ubnd`, commune and ward). An id wins over a word: a rubric may call a type `xa`.
 */
export function typesNamed(types: readonly { id: string; label: Text }[], text: string): string[] {
  const typed = text.normalize("NFC").trim();
  if (types.some((t) => t.id === typed)) return [typed];
  const lower = typed.toLowerCase();
  const byCase = types.filter((t) => t.id.toLowerCase() === lower).map((t) => t.id);
  if (byCase.length === 1) return byCase;
  const word = Object.hasOwn(TYPE_WORDS, lower) ? TYPE_WORDS[lower] : undefined;
  if (word !== undefined && types.some((t) => t.id === word)) return [word];
  return labelledIds(types, typed);
}
