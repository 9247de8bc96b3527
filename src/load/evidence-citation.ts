import { parseDate } from "../assess/parse-number.js";
import { plainDashes } from "../core/number-words.js";

export interface CitedFields { number: string; date?: string; title?: string }

// A document's number as Vietnamese administrative writing gives it: digits, a slash, then its year and sign
// (12/TB-BCĐ, 45/2025/NĐ-CP). Only such a number makes a text a citation: "số 5" or "số 12/15" is a count.
// A word processor's hyphen (‑ U+2011, ‐, ‒, –, −) inside it is the number's: it cut 15/KH‑UBND at 15/KH.
const NUMBER = /(?:^|\s)số\s*:?\s*(\d+\/[\p{L}\p{N}/.\u2010-\u2013\u2212-]*[\p{L}\p{N}])/iu;
const DATE = /^\s*[,;]?\s*ngày\s+(\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*(\d{4})/iu;

/**
 * An evidence item written as the sentence that cites a document ("Quyết định số 45/QĐ-UBND ngày 14/02/2025 của
 * UBND tỉnh về …", the form of Decree 30/2020/NĐ-CP): its number, date and title, the fields the item is written in.
 */
export function citedFields(text: string): CitedFields | undefined {
  const written = text.normalize("NFC").trim();
  const number = NUMBER.exec(written);
  if (!number || !/\p{L}/u.test(number[1]!)) return undefined;
  const kind = written.slice(0, number.index).trim();
  let after = written.slice(number.index + number[0].length);
  const dated = DATE.exec(after);
  // A day that does not exist (31/02) stays in the title, where the officer sees it, rather than being dropped.
  const date = dated ? parseDate(`${dated[1]}/${dated[2]}/${dated[3]}`) : undefined;
  if (dated && date) after = after.slice(dated[0].length);
  const title = [kind, after.replace(/^[\s,;:–—-]+/, "").trim()].filter((t) => t !== "").join(" ");
  return { number: plainDashes(number[1]!), ...(date ? { date } : {}), ...(title ? { title } : {}) };
}
