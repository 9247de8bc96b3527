/** The agency model: one agency's answers to one rubric, as read from an agency file. */
import type { Cohort } from "./rubric.js";
import type { Issue } from "./issue.js";

export interface EvidenceItem {
  number?: string;
  date?: string;
  title?: string;
  link?: string;
  issuer?: string;
}

export interface VerifiedAnswer {
  value?: unknown;
  na?: boolean;
  reason?: string;
  note?: string;
  by?: string;
  date?: string;
}

export interface Answer {
  value?: unknown;
  na?: boolean;
  reason?: string;
  evidence?: EvidenceItem[];
  note?: string;
  flag?: boolean;
  verified?: VerifiedAnswer;
}

export interface AgencyHeader {
  id: string;
  name: string;
  type: string;
  cohort?: string;
}

export interface AgencyFile {
  rubric: { id: string; version: string };
  example?: boolean;
  agency: AgencyHeader;
  period: string;
  respondent?: { name: string; position?: string; email?: string; phone?: string };
  submitted?: string;
  /** Entries may be null (an empty entry) or "?" (explicitly unanswered). */
  answers?: Record<string, Answer | null | "?">;
}

/** A value between quotes, curly or straight, that a word processor put around it (the quotes kept as part of it by YAML). */
export const WRAPPING_QUOTES = /^\s*[“”„‟‘’‚‛«»"'](.*)[“”„‟‘’‚‛«»"']\s*$/su;

/** "Năm 2025", "năm 2025", "year 2025": the year, as an officer says it. */
export const PERIOD_IN_WORDS = /^(?:năm|nam|year)\s+(\d{4})$/i;

/**
 * The period as every check, count and report reads it: `period: 2025` (a YAML number) is "2025", and so are
 * `" 2025"`, Word's `“2025”` and "Năm 2025" (each said by a warning of its own), not another period ranked beside it.
 */
export function periodOf(period: unknown): string | undefined {
  if (typeof period !== "string" && typeof period !== "number") return undefined;
  const written = String(period).trim();
  const unquoted = WRAPPING_QUOTES.exec(written)?.[1]!.trim() ?? written;
  return PERIOD_IN_WORDS.exec(unquoted)?.[1] ?? unquoted;
}

/**
 * The top-level keys of an agency file (AgencyFile), by their first five letters: `Rubric:`, `rubrics:`,
 * `answer:` are a submission with misspelt keys (to be reported), not some other YAML file (to be skipped).
 */
const AGENCY_KEY_STARTS = ["rubri", "agenc", "perio", "answe", "respo", "submi"];

/**
 * The same keys translated, as an officer may write them (co_quan, tra_loi, bộ chỉ số…), compared without
 * diacritics, case or separators: such a file is a submission to report, not a file to skip.
 */
const VIETNAMESE_AGENCY_KEYS = ["coquan", "donvi", "traloi", "cautraloi", "bochiso", "kydanhgia", "nguoitraloi", "ngaygui", "phieu"];

const isAgencyKeyLike = (key: string) => {
  const k = key.trim().toLowerCase();
  if (AGENCY_KEY_STARTS.some((start) => k.startsWith(start))) return true;
  const bare = k.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/[\s_\-.]/g, "");
  return VIETNAMESE_AGENCY_KEYS.some((start) => bare.startsWith(start));
};

/**
 * Who an agency file that cannot be scored is from, as far as it says: its agency's id and name where they are
 * text (cut at 200 letters), so that a list of files not scored tells the collector whom to call.
 */
export function agencyNamed(data: unknown): { id?: string; name?: string } | undefined {
  if (data === null || typeof data !== "object" || Array.isArray(data) || !Object.hasOwn(data, "agency")) return undefined;
  const agency = (data as { agency?: unknown }).agency;
  if (agency === null || typeof agency !== "object" || Array.isArray(agency)) return undefined;
  const text = (key: "id" | "name") => {
    const value = Object.hasOwn(agency, key) ? (agency as Record<string, unknown>)[key] : undefined;
    return typeof value === "string" && value.trim() !== "" ? [...value.trim()].slice(0, 200).join("").normalize("NFC") : undefined;
  };
  const id = text("id"), name = text("name");
  return id === undefined && name === undefined ? undefined : { ...(id !== undefined ? { id } : {}), ...(name !== undefined ? { name } : {}) };
}

/**
 * Whether a YAML document a folder brought in is meant as an agency file: it has a key like one of an agency
 * file's top-level keys. A CI workflow, a docker-compose or mkdocs file has none and is skipped; so is a
 * rubric or a rubric's fixture expectations (see isOtherEgovFile).
 */
export function looksLikeAgencyFile(data: unknown): boolean {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  return keys.some(isAgencyKeyLike) && !isOtherEgovFile(keys);
}

/**
 * A file named to be checked as an agency file that is none (a mapping without an agency file's keys): one
 * finding at its first key, saying what it looks like, in place of one a key. A rubric given where its agency
 * files go (`score rubrics/x.yaml`) drew 14 "unknown field" errors and never the word "rubric".
 */
export function notAgencyIssue(data: unknown): Issue | undefined {
  if (data === null || typeof data !== "object" || Array.isArray(data) || looksLikeAgencyFile(data)) return undefined;
  const keys = Object.keys(data);
  const first = keys[0];
  if (first === undefined) return undefined;
  return { code: "not-agency-file", path: [first], atKey: true, params: { hint_not_agency: otherFileKind(keys) } };
}

/** What a YAML file that is no agency file is, by its top-level keys: a rubric (its groups), a rubric's fixture expectations, or other YAML. */
export function otherFileKind(keys: readonly string[]): "rubric" | "fixtures" | "other" {
  return keys.includes("groups") ? "rubric" : keys.includes("fixtures") ? "fixtures" : "other";
}

/**
 * A file named where a rubric goes (`rubric lint`, `--rubric`) that is none: one finding at its first key in place of
 * one a key ("Unknown field agency", "Missing required fields id, version…"). `hint_not_rubric` says what it is:
 * an agency file (its `agency` or `answers`, none of a rubric's `groups`, `bands`, `scale`), a rubric's fixture
 * expectations (`fixtures`), or other YAML (a CI workflow: none of a rubric's id, groups, bands, scale,
 * agency_types). A rubric with a key misspelt (its `agency_types` is like an agency file's key) is reported key by key.
 */
export function notRubricIssue(data: unknown): Issue | undefined {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const keys = Object.keys(data).map((k) => k.trim().toLowerCase());
  const first = Object.keys(data)[0];
  if (first === undefined || keys.some((k) => k === "groups" || k === "bands" || k === "scale")) return undefined;
  const kind = keys.some((k) => k === "agency" || k === "answers") ? "agency"
    : keys.includes("fixtures") ? "fixtures"
    // `version` is left out: a docker-compose file has one.
    : !keys.some((k) => k === "id" || k === "agency_types") ? "other" : undefined;
  if (kind === undefined) return undefined;
  // The rubric a fixtures file names (`rubric: dti-cap-so`): what to give rubric test instead of the file.
  const named = (data as { rubric?: unknown }).rubric;
  const params: Record<string, string> = { hint_not_rubric: kind };
  if (kind === "fixtures" && typeof named === "string" && /^[\p{L}\p{N}_.-]{1,64}$/u.test(named)) params.fixtures_rubric = named;
  return { code: "not-rubric-file", path: [first], atKey: true, params };
}

/**
 * A rubric (its `groups`) or the expected scores of a rubric's fixtures (`fixtures`, rubric test's
 * expected.yaml): they name a rubric or a period as agency files do, and a collector keeps the province's
 * rubric beside the files it scores them with. Not an agency file unless it has an agency or answers.
 */
function isOtherEgovFile(keys: string[]): boolean {
  // A rubric's `agency_types` is no agency.
  return keys.some((k) => k === "groups" || k === "fixtures") && !keys.some((k) => /^\s*(agency|answers?)\s*$/i.test(k));
}

/**
 * The same judgement on a YAML text that could not be read (a tag, a second document, a repeated key):
 * some other file is skipped when it has keys at the top level and none of them is like an agency file's.
 * An empty file, or one whose top level cannot be made out, is left to be reported.
 */
export function textLooksForeign(text: string): boolean {
  const keys = topLevelKeys(text);
  return keys.length > 0 && (!keys.some(isAgencyKeyLike) || isOtherEgovFile(keys));
}

/** The keys written at the start of a line of a YAML text, read without parsing it (it may not parse). */
export function topLevelKeys(text: string): string[] {
  return [...text.matchAll(/^(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#\-?:][^:\n]*?))[ \t]*:(?:[ \t]|$)/gm)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

/** The marker a person writes for "not answered yet". */
export const UNANSWERED = "?";

/** How a date is written in an agency file (YAML's ISO date, as text): 2025-02-14. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD text that names a day of the calendar (2025-02-30 and 2025-13-01 do not). */
export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  return isCalendarDay(y, m, d);
}

/** Whether year, month (1–12) and day name a day of the calendar. */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  // Not Date.UTC(y, …): it reads years 0–99 as 1900–1999, and "0025-03-10" (a year typed short), which the
  // schema takes, escaped every check of a date against a range, a deadline or the period.
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** Whether an answer holds a value (N/A included), not only `value:` left empty or "?" (written alone too, `"1.5": "?"`). */
export function holdsValue(entry: unknown): boolean {
  if (entry === null || entry === undefined || entry === UNANSWERED) return false;
  if (typeof entry !== "object") return true;
  const a = entry as Answer;
  return a.na === true || (a.value !== undefined && a.value !== null && a.value !== UNANSWERED);
}

/**
 * An entry with nothing in it to lose: no value (`value:` left empty as init writes it, "?"), no evidence, note or
 * collector's verified value. Not an answer.
 */
export function holdsNothing(entry: unknown): boolean {
  if (holdsValue(entry)) return false;
  if (typeof entry !== "object" || entry === null) return true;
  const a = entry as Answer;
  return !(Array.isArray(a.evidence) && a.evidence.length > 0) && !(typeof a.note === "string" && a.note.trim() !== "") && !(typeof a.verified === "object" && a.verified !== null);
}

/** A file's answers with nothing in them to lose: none (a header only), or init's blanks only (see holdsNothing). */
export function answersHoldNothing(answers: unknown): boolean {
  if (answers === undefined || answers === null) return true;
  return typeof answers === "object" && !Array.isArray(answers) && Object.values(answers).every(holdsNothing);
}

/** True when an entry, or its value, says "not answered". Absent, empty and "?" all mean unanswered. */
export function isUnanswered(answer: Answer | null | undefined | "?"): boolean {
  if (answer === null || answer === undefined || answer === UNANSWERED) return true;
  if (answer.na === true) return false;
  return answer.value === undefined || answer.value === null || answer.value === UNANSWERED;
}

/** The cohort an agency is ranked in: the one its file names, else the rubric's cohort listing its type, else its type alone. */
export function cohortOf(agency: AgencyHeader, cohorts: readonly Cohort[] | undefined): string {
  return agency.cohort ?? cohorts?.find((c) => c.agency_types?.includes(agency.type))?.id ?? agency.type;
}
