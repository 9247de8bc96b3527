import type { Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";

/**
 * The refusal of a text typed longer than the file's check takes (`max` characters, code points as the schema
 * counts them), or true: saved, it made the file invalid, and a page pasted in was copied whole into the reports.
 */
export function withinLimit(text: string, max: number, lang: Lang): true | string {
  const count = [...text].length;
  return count > max ? message(lang, "assess-too-long", { max, count }) : true;
}
