import { parseDate } from "../assess/parse-number.js";
import type { Issue } from "../core/issue.js";
import { plainDashes, plainSpaces } from "../core/number-words.js";

export interface CitedFields { number: string; date?: string; title?: string }

// A document's number as Vietnamese administrative writing gives it: digits, a slash, then its year and sign
// (12/TB-BCĐ, 45/2025/NĐ-CP). Only such a number makes a text a citation: "số 5" or "số 12/15" is a count.
// A word processor's hyphen (‑ U+2011, ‐, ‒, –, −) inside it is the number's: it cut 15/KH‑UBND at 15/KH.
// Each run of spaces has one pattern to match it: two in a row (\s*:?\s*) tried every split of it, 30–50 s on an
// agency file's value of 100,000 spaces.
const NUMBER = /(?:^|\s)số\s*(?::\s*)?(\d+\/[\p{L}\p{N}/.\u2010-\u2013\u2212-]*[\p{L}\p{N}])/iu;
const DATE = /^\s*(?:[,;]\s*)?ngày\s+(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:\s*[/.-]\s*|\s+năm\s+)(\d{4})/iu;

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

/** A document's whole citation typed where its number is asked ("số" before the number or not), when more than the number is in it. */
export function citationAtNumber(text: string): CitedFields | undefined {
  const written = text.trim();
  const cited = citedFields(/^\d/u.test(written) ? `số ${written}` : written);
  if (cited) return cited.date !== undefined || cited.title !== undefined ? cited : undefined;
  // Its kind first without "số" ("Kế hoạch 12/KH-UBND ngày …"): the whole sentence was saved as the number. Only
  // with more after the number: "CV 15/KH-UBND" alone may be the number as the agency writes it.
  // Read with the keyboard's dashes and spaces: a pasted ‑ (U+2011) ended the number there.
  const plain = plainSpaces(plainDashes(written));
  const kind = KIND_THEN_NUMBER.exec(plain);
  const unsaid = kind ? citedFields(`${kind[1]} số ${plain.slice(kind[1]!.length)}`) : undefined;
  return unsaid && (unsaid.date !== undefined || unsaid.title !== kind![1]) ? unsaid : undefined;
}

/** Words alone (a document's kind), then a number with a slash: where "số" goes. */
const KIND_THEN_NUMBER = /^([\p{L}.]+(?:\s+[\p{L}.]+)*)(?=\s+\d+\/)/u;

/**
 * An evidence item whose number holds its whole citation (`number: Kế hoạch 12/KH-UBND ngày 15/2/2025 về …`, written
 * by hand): a warning at it, with the fields to write, split as assess splits one typed at its number. The item's own
 * date and title are kept where it has them. It passed unsaid, the sentence shown as the document's number.
 */
export function citationInNumberIssues(data: unknown): Issue[] {
  const answers = (data as { answers?: unknown } | null)?.answers;
  if (typeof answers !== "object" || answers === null) return [];
  const issues: Issue[] = [];
  for (const [code, entry] of Object.entries(answers)) {
    const evidence = (entry as { evidence?: unknown } | null)?.evidence;
    if (!Array.isArray(evidence)) continue;
    evidence.forEach((item: unknown, i) => {
      const written = (item as { number?: unknown } | null)?.number;
      // A number holds no space (12/KH-UBND): the text is read only when it does.
      if (typeof written !== "string" || !/\s/u.test(written.trim())) return;
      const cited = citationAtNumber(written);
      if (!cited) return;
      const own = item as Record<string, unknown>;
      const fields = { number: cited.number, ...(own.date === undefined && cited.date ? { date: cited.date } : {}), ...(own.title === undefined && cited.title ? { title: cited.title } : {}) };
      issues.push({ code: "evidence-number-citation", path: ["answers", code, "evidence", String(i), "number"], severity: "warning", params: { fields: Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(", "), ...otherDateHint(cited.date, own.date) } });
    });
  }
  return issues;
}

/** The citation's date where the item's own `date` is another day (15/2/2025 cited, 2025-03-01 written): one is wrong. */
function otherDateHint(cited: string | undefined, own: unknown): Record<string, string> {
  const written = typeof own === "string" ? parseDate(own.trim()) : undefined;
  return cited === undefined || written === undefined || written === cited ? {} : { hint_cited_date: cited, hint_own_date: written };
}

/**
 * An item lacking its date or title whose number holds the citation that gives them: one finding, the missing-field
 * error, whose hint is the fields the citation gives (it gave a made-up example, "Kế hoạch chuyển đổi số năm 2025",
 * and the warning beside it the real ones).
 */
export function withCitedFields(issues: Issue[]): Issue[] {
  const cited = new Map(issues.filter((i) => i.code === "evidence-number-citation").map((i) => [i.path.slice(0, -1).join("/"), i]));
  if (cited.size === 0) return issues;
  const merged = new Set<Issue>();
  const out = issues.map((issue) => {
    const warning = issue.code === "missing-field" ? cited.get(issue.path.join("/")) : undefined;
    // Only where the citation gives every field missing: "gives the missing fields" said of a title it lacks misled.
    const missing = [...String(issue.params.fields ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    if (!warning || !missing.every((field) => String(warning.params.fields).includes(`${field}: `))) return issue;
    merged.add(warning);
    // Its dates that disagree (otherDateHint) go with it: the warning they were said in is dropped.
    const { hint_cited_date, hint_own_date } = warning.params;
    const dates: Record<string, string | number> = hint_cited_date === undefined || hint_own_date === undefined ? {} : { hint_cited_date, hint_own_date };
    return { ...issue, params: { ...issue.params, hint_cited_fields: warning.params.fields!, ...dates } };
  });
  return out.filter((issue) => !merged.has(issue));
}
