import { ISO_DATE, isCalendarDate, isUnanswered, PERIOD_IN_WORDS, periodOf, WRAPPING_QUOTES, type AgencyFile, type Answer } from "./agency.js";
import { codePointName, showsNothing, SHOWS_AS_NOTHING, withoutInvisible } from "./unicode.js";
import { indicatorApplies, indicatorByCode, naAllowed } from "./codes.js";
import type { Issue } from "./issue.js";
import { fractionPartsLeft, hasZeroDenominator, isFraction, measureOf } from "./measure.js";
import { applyRule, isBatchRelative } from "./rules.js";
import type { Indicator, Input, Rubric } from "./rubric.js";
import { brokenLink } from "./evidence-link.js";
import { truncate } from "./truncate.js";
import { editDistance } from "./edit-distance.js";
import { textsInQuotes } from "./quoted-texts.js";
import { typeList } from "./type-list.js";
import { PERIOD_MAX } from "./agency-schema.js";

/** What the derived schema cannot say about an agency file: rubric identity, N/A policy, a ≤ b, evidence. */
export function checkAgency(rubric: Rubric, agency: AgencyFile): Issue[] {
  const issues: Issue[] = [];
  const mismatch = rubricMismatch(rubric, agency);
  if (mismatch) issues.push(mismatch);
  issues.push(...blankRubricIssues(agency.rubric));

  const byCode = indicatorByCode(rubric);
  // An undeclared type is its own mistake, said by the schema: nothing is judged by it here.
  const header = typeof agency.agency === "object" && agency.agency !== null ? agency.agency : undefined;
  const type = rubric.agency_types.some((t) => t.id === header?.type) ? header!.type : undefined;
  const cohortIssue = type === undefined ? undefined : cohortMismatch(rubric, type, header!.cohort);
  if (cohortIssue) issues.push(cohortIssue);
  // Pasted from a web page or a chat: two names that look the same in a ranking would be two texts.
  const invisible = typeof header?.name === "string" ? invisibleCharacters(header.name) : undefined;
  if (invisible) issues.push({ code: "invisible-character", path: ["agency", "name"], severity: "warning", params: invisible });
  // So is the respondent's (a contact looked up by name): said the same way, at its own value.
  const respondent = typeof agency.respondent === "object" && agency.respondent !== null ? (agency.respondent as { name?: unknown }).name : undefined;
  const unseen = typeof respondent === "string" ? invisibleCharacters(respondent) : undefined;
  if (unseen) issues.push({ code: "invisible-character", path: ["respondent", "name"], severity: "warning", params: { ...unseen, name_of: "respondent" } });
  // Word's quotes around the whole name (“Sở …”) are kept as text, and published in every ranking.
  const wrapped = typeof header?.name === "string" ? WRAPPING_QUOTES.exec(header.name) : null;
  // Written back in YAML's straight double quotes: a # or a colon in the name stays text.
  if (wrapped) issues.push({ code: "name-in-quotes", path: ["agency", "name"], severity: "warning", params: { written: JSON.stringify(wrapped[1]!), ...quoteKind(header!.name as string) } });
  // Last year's file sent again, or a rubric of another year: scored all the same, but said.
  const period = periodOf(agency.period);
  // Word's quotes around it (“2025”) are kept as text: said as such, not as a file of another year.
  if (typeof agency.period === "string" && WRAPPING_QUOTES.test(agency.period)) issues.push({ code: "period-in-quotes", path: ["period"], severity: "warning", params: { written: JSON.stringify(period), ...quoteKind(agency.period) } });
  // "Năm 2025" is the year, not another period ("a file of another year" misled): read as such, and said.
  else if (typeof agency.period === "string" && PERIOD_IN_WORDS.test(agency.period.trim())) issues.push({ code: "period-in-words", path: ["period"], severity: "warning", params: { as_written: agency.period.trim(), year: period!, written: JSON.stringify(period) } });
  // One too long is the schema's finding (too-long) and no year at all: not also "a file of another year".
  if (period !== undefined && period !== "" && [...period].length <= PERIOD_MAX && rubric.period && period !== rubric.period) issues.push({ code: "period-mismatch", path: ["period"], severity: "warning", params: { period, rubric_period: rubric.period, rubric: rubric.id } });
  const slipped = submittedOutsidePeriod(agency.submitted, period);
  if (slipped) issues.push(slipped);
  issues.push(...textsInQuotes(agency, (code) => byCode.get(code)?.input.type === "text"));
  if (typeof agency.answers !== "object" || agency.answers === null) return issues;
  // A submission date with a slipped year bounds nothing: evidence is then judged against the period.
  const latest = latestEvidenceDate(agency, slipped === undefined);
  const stale = verifiedBeforeSubmission(agency);
  if (stale) issues.push(stale);
  const cited = { count: 0, latest: "" };
  const outdented = valueOutdented(agency.answers);
  for (const [code, entry] of Object.entries(agency.answers)) {
    const indicator = byCode.get(code);
    if (!indicator || typeof entry !== "object" || entry === null || Array.isArray(entry)) continue;
    const path = ["answers", code];
    // A verified value counts as an answer here too: the collector's figure would be ignored just the same.
    const verified = typeof entry.verified === "object" && entry.verified !== null ? (entry.verified as Answer) : undefined;
    if (type !== undefined && !indicatorApplies(rubric, indicator, type) && (!isUnanswered(entry) || (verified !== undefined && !isUnanswered(verified)))) {
      issues.push({ code: "not-applicable-answered", path, atKey: true, severity: "warning", params: { code, type, ...typeLabels(rubric, type) } });
      continue;
    }
    const lost = valueLineMissing(entry, path);
    if (lost && !outdented.has(code)) issues.push(lost);
    checkEntry(rubric, indicator, entry, path, issues);
    if (latest) evidenceDates(latest, entry, path, issues);
    if (latest?.code === "evidence-after-submission") answerDatesAfter(latest.date, indicator.input, entry.value, [...path, "value"], issues);
    countDates(entry, cited);
    evidenceLinks(entry, path, issues);
    if (typeof entry.verified === "object" && entry.verified !== null) checkEntry(rubric, indicator, entry.verified, [...path, "verified"], issues, false);
  }
  const copied = citedBeforePeriod(cited, period);
  if (copied) issues.push(copied);
  return issues;
}

/** Dated documents cited this many times or more, all before the period's year, are likelier a copied file than old rules still in force. */
const COPIED_FILE_MIN_DATES = 3;

/**
 * Last year's file copied for this year, its period changed and its documents not: every document it cites is
 * dated before the year assessed. One of them being older (a decision still in force, a plan made in December)
 * is common; all of them is not. A warning: the file is scored as it is.
 */
/**
 * Straight quotes inside YAML's own ('"Sở A"') are no word processor's curly ones: the warning says which it
 * found, for "curly quotes" sent the writer looking for quotes the file does not have.
 */
function quoteKind(text: string): { quotes?: "straight" } {
  return /^\s*["']/u.test(text) ? { quotes: "straight" } : {};
}

function citedBeforePeriod(cited: { count: number; latest: string }, period: string | undefined): Issue | undefined {
  if (cited.count < COPIED_FILE_MIN_DATES || period === undefined || !/^\d{4}$/.test(period) || cited.latest >= `${period}-01-01`) return undefined;
  return { code: "evidence-before-period", path: ["period"], severity: "warning", params: { period, count: cited.count, latest: cited.latest } };
}

/** How many of an answer's evidence items carry a date written as one (YYYY-MM-DD), and the latest of them. */
function countDates(entry: Answer, cited: { count: number; latest: string }): void {
  if (!Array.isArray(entry.evidence)) return;
  for (const item of entry.evidence) {
    const date = (item as { date?: unknown } | null)?.date;
    if (typeof date !== "string" || !ISO_DATE.test(date)) continue;
    cited.count++;
    if (date > cited.latest) cited.latest = date;
  }
}

/**
 * Characters that show as nothing: Unicode's default-ignorable ones. Among them zero-width spaces and joiners, word
 * joiner, soft hyphen, byte-order mark, the bidirectional marks, embeddings, overrides and isolates (Windows wraps a
 * pasted text in U+202A … U+202C, which every report drops), and the tag characters (U+E0000 …), which no terminal,
 * spreadsheet or browser shows: a name ending in one looked like another agency's in every report, and was not taken
 * for the same agency under two ids. Not the combining grapheme joiner, which nfc() itself puts in an overlong run of
 * combining marks.
 */
const INVISIBLE = SHOWS_AS_NOTHING;


/** Invisible characters named in one warning: a name pasted with several would otherwise show them one run at a time. */
const INVISIBLE_NAMED = 5;

/**
 * The first invisible character of a name or a code (`char`, `position` in characters, from 1) and, where there are more, each
 * of them (`count`, `list`: the first five by code point and position).
 */
export function invisibleCharacters(name: string): Record<string, string | number> | undefined {
  // One walk, counting positions as it goes: each one counted from the start took 77 s for a name of 80,000.
  const named: { char: string; position: number }[] = [];
  let count = 0, position = 0;
  for (const char of name) {
    position++;
    if (!INVISIBLE.test(char)) continue;
    count++;
    if (named.length < INVISIBLE_NAMED) named.push({ char: codePointName(char), position });
  }
  if (count === 0) return undefined;
  const first = { char: named[0]!.char, position: named[0]!.position };
  if (count === 1) return first;
  const list = named.map((f) => `${f.char} (${f.position})`).join(", ") + (count > INVISIBLE_NAMED ? ", …" : "");
  return { ...first, count, list };
}

/** The agency type's label in both languages, for messages (see message()). */
function typeLabels(rubric: Rubric, type: string): { type_label_vi: string; type_label_en: string } {
  const label = rubric.agency_types.find((t) => t.id === type)!.label;
  return { type_label_vi: label.vi, type_label_en: label.en };
}

/** A cohort that ranks other agency types than the agency's: it would be ranked among agencies it is not compared with. */
function cohortMismatch(rubric: Rubric, type: string, cohort: unknown): Issue | undefined {
  if (typeof cohort !== "string") return undefined;
  const found = rubric.cohorts?.find((c) => c.id === cohort);
  const types = found?.agency_types;
  if (!found || !types || types.includes(type)) return undefined;
  // Listed as every other list of types is (typeList): quoted only when a label holds a comma of its own.
  const labels = (lang: "vi" | "en") => typeList(types.map((t) => rubric.agency_types.find((x) => x.id === t)?.label[lang] ?? t), lang);
  return { code: "cohort-type-mismatch", path: ["agency", "cohort"], params: { type, cohort, types: types.join(", "), ...typeLabels(rubric, type), cohort_label_vi: found.label.vi, cohort_label_en: found.label.en, types_vi: labels("vi"), types_en: labels("en") } };
}

/**
 * A `rubric:` value that names no rubric: left empty (`rubric:`, `rubric: ""`, `rubric: {}`, `{id: "", version: ""}`),
 * as a hand-made template leaves it. Not another rubric called "": the file says nothing of what it answers.
 */
export function namesNoRubricValue(ref: unknown): boolean {
  if (ref === null || ref === undefined || isBlankText(ref)) return true;
  if (typeof ref !== "object" || Array.isArray(ref)) return false;
  return Object.values(ref).every((value) => value === null || isBlankText(value));
}

/**
 * A rubric line left empty in text the schema takes (`rubric: ""`, `{id: "", version: ""}`) is one finding at the
 * key, as `rubric:` is; a part of it left empty (`{id: "", version: "2025.1"}`), one at that part. Both get the line
 * to write (load/rubric-line.ts). Not "rubric \"\" not found": the file names none.
 */
function blankRubricIssues(ref: unknown): Issue[] {
  // `rubric:` alone (null) is the schema's finding already; a list or a number, its wrong type.
  if (ref === null || Array.isArray(ref) || typeof ref !== "object" && typeof ref !== "string") return [];
  if (namesNoRubricValue(ref)) return [{ code: "empty-value", path: ["rubric"], params: { expected_key: "object" } }];
  if (typeof ref === "string") return [];
  return Object.entries(ref).filter(([key, value]) => (key === "id" || key === "version") && isBlankText(value)).map(([key]) => ({ code: "empty-value", path: ["rubric", key], params: { expected_key: "string" } }));
}

/** Text of spaces only, or none. */
export function isBlankText(value: unknown): value is string {
  return typeof value === "string" && value.trim() === "";
}

/** The file names another rubric (or another version): compared only when it names them as text. */
export function rubricMismatch(rubric: Rubric, agency: AgencyFile): Issue | undefined {
  const ref = agency.rubric as unknown;
  if (isBlankText(ref)) return undefined;
  // `rubric: dti-cap-xa` written as text names the rubric all the same (the schema says how to write it).
  // `expected_key`: the "expected:" line under the frame, as every finding with a found value has it.
  if (typeof ref === "string") return ref !== rubric.id ? { code: "rubric-mismatch", path: ["rubric"], params: { found: ref, expected: rubric.id, expected_key: "const", values: rubric.id } } : undefined;
  if (typeof ref !== "object" || ref === null || Array.isArray(ref)) return undefined;
  const { id, version } = ref as Record<string, unknown>;
  if (typeof id === "string" && !isBlankText(id) && id !== rubric.id) return { code: "rubric-mismatch", path: ["rubric", "id"], params: { found: id, expected: rubric.id, expected_key: "const", values: rubric.id } };
  if (id === rubric.id && typeof version === "string" && !isBlankText(version) && version !== rubric.version) {
    // A file of a later version (this year's, checked with last year's rubric, the bundled one say) is not
    // moved back: writing the older version into it would score this year's answers by last year's rules.
    // Nor is it told "expected: 2025.1" under the frame: only an older version's file is to write the one in use.
    // An older version's file for another period is another year's file (last year's sent again): writing this
    // version into it would rank last year's answers among this year's; the agency is to send this year's.
    const period = periodOf(agency.period);
    const otherYear = period !== undefined && period !== "" && rubric.period && period !== rubric.period;
    const hint: Record<string, string> = isLaterVersion(version, rubric.version) ? { hint_later_version: version } : otherYear ? { hint_other_year: period, rubric_period: rubric.period } : { hint_version: rubric.version, expected_key: "const", values: rubric.version };
    return { code: "rubric-version-mismatch", path: ["rubric", "version"], params: { found: version, expected: rubric.version, rubric: rubric.id, ...hint } };
  }
  return undefined;
}

/**
 * Whether version `a` comes after `b`, their runs of digits compared as numbers ("2026.1" after "2025.1",
 * "2025.10" after "2025.9"); false when they do not both carry a number, where no order can be told.
 */
function isLaterVersion(a: string, b: string): boolean {
  if (!/\d/.test(a) || !/\d/.test(b)) return false;
  return a.localeCompare(b, "en", { numeric: true }) > 0;
}

/** An answer's evidence as written holds something: a list with an item, or what a hand edit wrote in place of one. */
function holdsEvidence(evidence: unknown): boolean {
  return evidence !== undefined && evidence !== null && evidence !== "" && !(Array.isArray(evidence) && evidence.length === 0);
}

/**
 * An answer holding evidence or a note but no `value:` line at all (deleted by mistake in an editor): it was counted
 * as unanswered by validate, score and explain, and nobody was told. Said at the answer's key, once: not where the
 * answer is N/A, leaves its value empty or "?" (written, so seen: the file's own "later"), or has a reason (its
 * `reason-without-na` says it is unanswered already).
 */
function valueLineMissing(entry: Answer, path: string[]): Issue | undefined {
  if (entry.na === true || Object.hasOwn(entry, "value")) return undefined;
  if (typeof entry.reason === "string" && entry.reason.trim() !== "") return undefined;
  const held = [...(holdsEvidence(entry.evidence) ? ["evidence"] : []), ...(holdsNote(entry.note) ? ["note"] : [])];
  if (held.length === 0) return undefined;
  return { code: "value-line-missing", path, atKey: true, severity: "warning", params: { code: path[path.length - 1]!, held: held.join(", "), hint_value_line: held[0]! } };
}

/**
 * A note written: text not blank, or anything else (a number, a map: wrong-type says so). Not String() of it: a
 * note written `{toString: 1}` could not be made text and stopped validate, score and explain with an internal error.
 */
function holdsNote(note: unknown): boolean {
  if (note === undefined || note === null) return false;
  return typeof note === "string" ? note.trim() !== "" : true;
}

/** An answer's fields, which written at the codes' column are read as codes of their own. */
const ANSWER_KEYS = new Set(["value", "na", "reason", "evidence", "note", "flag", "verified"]);

/**
 * The answers whose `value:` (or `na:`) line is indented as a code of its own below them: that line's
 * unknown-indicator finding says to indent it under the answer, which then lacks no value line.
 */
function valueOutdented(answers: Record<string, unknown>): Set<string> {
  const keys = Object.keys(answers);
  const owners = new Set<string>();
  keys.forEach((key, i) => {
    if (key !== "value" && key !== "na") return;
    let at = i;
    while (at > 0 && ANSWER_KEYS.has(keys[at - 1]!)) at--;
    if (at > 0) owners.add(keys[at - 1]!);
  });
  return owners;
}

function checkEntry(rubric: Rubric, indicator: Indicator, entry: Answer, path: string[], issues: Issue[], self = true): void {
  const code = indicator.code;
  if (entry.na === true) {
    if (entry.value !== undefined && entry.value !== null && entry.value !== "?") issues.push({ code: "na-with-value", path: [...path, "value"], params: {} });
    if (!naAllowed(rubric, indicator)) issues.push({ code: "na-not-allowed", path: [...path, "na"], params: { code } });
    // A reason of spaces or invisible characters (" ", a zero-width space pasted) passed the schema's minLength and
    // the N/A was scored as explained: said as `reason: ""` is.
    if (typeof entry.reason === "string" && entry.reason !== "" && showsNothing(entry.reason)) issues.push({ code: "too-short", path: [...path, "reason"], params: { found: JSON.stringify(entry.reason), expected_key: "nonEmpty", limit: 1 } });
    // Evidence left from the value it replaced (a hand edit, or assess stopped before the note) scores nothing: said.
    if (self && holdsEvidence(entry.evidence)) issues.push({ code: "evidence-with-na", path: [...path, "evidence"], atKey: true, severity: "warning", params: { code } });
    return;
  }
  // A reason for not applicable without `na: true` (forgotten, or left when the answer changed): without a value
  // the indicator was scored as unanswered, 0 points, and nobody was told.
  if (typeof entry.reason === "string" && entry.reason.trim() !== "") {
    const answered = !isUnanswered(entry);
    issues.push({ code: answered ? "reason-with-value" : "reason-without-na", path: [...path, "reason"], atKey: true, severity: "warning", params: { code } });
  }
  if (isUnanswered(entry)) return;
  checkValue(indicator.input, entry.value, [...path, "value"], issues);
  // A verified value with no part given verifies nothing, as `value: "?"` there (an error of the schema's): the
  // verified score counted the indicator unanswered, and the file passed with a warning.
  if (!self && answersNothingYet(indicator, entry.value)) {
    issues.push({ code: "verified-unanswered", path: [...path, "value"], params: { found: partsWritten(entry.value) } });
    return;
  }
  // A fraction with one half typed and the other set aside ("?" in assess): kept, said, and unanswered until whole.
  const halves = fractionPartsLeft(indicator.input, entry.value);
  if (halves.length > 0) {
    issues.push({ code: "fraction-part-unanswered", path: [...path, "value", halves[0]!], severity: "warning", params: { code: indicator.code, fields: halves.join(", ") } });
    return;
  }
  // The same half as a part, the other parts "?" ({ket-noi: {a: 5, b: "?"}, ung-dung: "?"}): no part is given, so
  // none is "left unanswered", and the a typed passed without a word.
  const half = halfInParts(indicator, entry.value);
  if (half) {
    issues.push({ code: "fraction-part-unanswered", path: [...path, "value", half.field, half.left], severity: "warning", params: { code: indicator.code, fields: `${half.field}.${half.left}` } });
    return;
  }
  unansweredParts(indicator, entry.value, [...path, "value"], issues, self ? "part-unanswered" : "verified-part-unanswered");
  // Evidence proves points claimed: an answer that earns nothing ("no", 0) needs none. Whether it earns
  // points is asked last, only of answers short of evidence (it means scoring the answer).
  const min = indicator.evidence?.required ? (indicator.evidence.min ?? 1) : 0;
  const count = Array.isArray(entry.evidence) ? entry.evidence.length : 0;
  // Evidence written as a text, not a list, is the schema's finding at that text: "it has 0" beside it misled.
  const notAList = entry.evidence !== undefined && entry.evidence !== null && !Array.isArray(entry.evidence);
  if (self && count < min && !notAList && claimsPoints(indicator, entry.value)) {
    // Under `when_missing: no_points` the file is scored, the answer earning nothing: said, as the agency loses them.
    const scored = indicator.evidence?.when_missing === "no_points";
    issues.push({ code: scored ? "evidence-missing-no-points" : "evidence-missing", path: Array.isArray(entry.evidence) ? [...path, "evidence"] : path, atKey: !Array.isArray(entry.evidence), ...(scored ? { severity: "warning" as const } : {}), params: { code, min, count } });
  }
}

/**
 * Parts of an answer left out or "?" earn nothing: said, not silent (the indicator was scored and counted as
 * answered, up to 40 of 50 points short, and nobody was told). A warning: the rest of the answer still counts.
 * With no part given the indicator is unanswered, as `value: "?"` makes it, and no more said than there;
 * so under `best_of`, whose parts are alternatives, never (one answered is a whole answer, see missingParts).
 */
function unansweredParts(indicator: Indicator, value: unknown, path: string[], issues: Issue[], code: string): void {
  const missing = missingParts(indicator, value);
  if (indicator.input.type === "parts" && missing.length > 0 && missing.length < indicator.input.fields.length) issues.push({ code, path, severity: "warning", params: { code: indicator.code, fields: missing.join(", "), count: missing.length } });
}

/**
 * A fraction with one half given and the other set aside, alone ({a: 800, b: "?"}) or as the only part given of a
 * parts answer: no answer yet, but what was typed, which a question shows as its current answer.
 */
export function halfGiven(indicator: Indicator, value: unknown): boolean {
  return fractionPartsLeft(indicator.input, value).length === 1 || halfInParts(indicator, value) !== undefined;
}

/** In a parts answer with no part given, the first fraction part with one half given: that part and its half left. */
function halfInParts(indicator: Indicator, value: unknown): { field: string; left: "a" | "b" } | undefined {
  if (indicator.input.type !== "parts" || !noPartGiven(indicator, value)) return undefined;
  const parts = value as Record<string, unknown>;
  for (const f of indicator.input.fields) {
    const left = Object.hasOwn(parts, f.id) ? fractionPartsLeft(f.input, parts[f.id]) : [];
    if (left.length === 1) return { field: f.id, left: left[0]! };
  }
  return undefined;
}

/** A parts value as written, for a finding's "found:" line ({ket-noi: ?, ung-dung: ?}). */
function partsWritten(value: unknown): string {
  if (typeof value !== "object" || value === null) return String(value);
  return `{${Object.entries(value).map(([k, v]) => `${k}: ${v === null ? "" : typeof v === "object" ? "…" : String(v)}`).join(", ")}}`;
}

/**
 * The parts of a parts answer left out, empty or "?". Under `best_of`, whose parts are alternatives, one
 * answered is a whole answer: the parts are missing only when none is answered (then the indicator earns
 * nothing, and would otherwise be scored 0 without a word, and `assess` would not ask it again).
 */
export function missingParts(indicator: Indicator, value: unknown): string[] {
  if (indicator.input.type !== "parts" || typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const parts = value as Record<string, unknown>;
  // A part holding a fraction with a half "?" ({a: 8, b: "?"}) is no answer yet either.
  const missing = indicator.input.fields.filter((f) => !Object.hasOwn(parts, f.id) || parts[f.id] === null || parts[f.id] === "?" || fractionPartsLeft(f.input, parts[f.id]).length > 0).map((f) => f.id);
  if (indicator.rule?.type === "best_of" && missing.length < indicator.input.fields.length) return [];
  return missing;
}

/** A parts answer with no part given (all left out or "?"): it answers nothing yet, as `value: "?"`. */
export function noPartGiven(indicator: Indicator, value: unknown): boolean {
  return indicator.input.type === "parts" && missingParts(indicator, value).length === indicator.input.fields.length;
}

/** No part given, or a fraction with a half left "?": no answer yet, scored and counted as `value: "?"` is. */
export function answersNothingYet(indicator: Indicator, value: unknown): boolean {
  return noPartGiven(indicator, value) || fractionPartsLeft(indicator.input, value).length > 0;
}

/**
 * A file sent before its period's year or after the year that follows it (2052 or 2015 for 2025) most likely
 * has a slipped year, as evidence dates are judged; assess asks no such day. A warning: the file is scored.
 */
function submittedOutsidePeriod(submitted: unknown, period: string | undefined): Issue | undefined {
  if (typeof submitted !== "string" || !isCalendarDate(submitted) || period === undefined || !/^\d{4}$/.test(period)) return undefined;
  const year = Number(submitted.slice(0, 4));
  if (year >= Number(period) && year <= Number(period) + 1) return undefined;
  return { code: "submitted-outside-period", path: ["submitted"], severity: "warning", params: { submitted, period } };
}

/**
 * Verified values dated before the file's submission date: the file was sent again after the collector
 * verified it, and the answers under those values may have changed. One warning for the file, at the first
 * such date, naming every indicator concerned (the values still count: the collector decides).
 */
function verifiedBeforeSubmission(agency: AgencyFile): Issue | undefined {
  const submitted = agency.submitted;
  if (typeof submitted !== "string" || !isCalendarDate(submitted)) return undefined;
  const earlier = Object.entries(agency.answers ?? {}).filter(([, entry]) => {
    const date = typeof entry === "object" && entry !== null ? (entry.verified as { date?: unknown } | undefined)?.date : undefined;
    return typeof date === "string" && isCalendarDate(date) && date < submitted;
  });
  if (earlier.length === 0) return undefined;
  const [code, entry] = earlier[0]!;
  const date = String((entry as Answer).verified!.date);
  return { code: "verified-before-submission", path: ["answers", code, "verified", "date"], severity: "warning", params: { codes: earlier.map(([c]) => c).join(", "), first: code, date, submitted } };
}

/** The last day evidence may be dated, with what sets it (see evidenceDates). */
interface LatestDate { date: string; params: Record<string, string>; code: "evidence-after-submission" | "evidence-after-period" }

function latestEvidenceDate(agency: AgencyFile, submittedFits = true): LatestDate | undefined {
  // Dates that are no day of the calendar are the schema's finding (no-such-date): nothing is compared with them.
  if (submittedFits && typeof agency.submitted === "string" && isCalendarDate(agency.submitted)) return { date: agency.submitted, params: { submitted: agency.submitted }, code: "evidence-after-submission" };
  const period = periodOf(agency.period);
  if (period === undefined || !/^\d{4}$/.test(period)) return undefined;
  return { date: `${Number(period) + 1}-12-31`, params: { period }, code: "evidence-after-period" };
}

/**
 * Evidence dated after the file was submitted (or, without a submission date, after the year that follows
 * the period) is most likely a mistyped year (2052 for 2025): a warning, the file is still scored.
 */
function evidenceDates(latest: LatestDate, entry: Answer, path: string[], issues: Issue[]): void {
  if (!Array.isArray(entry.evidence)) return;
  entry.evidence.forEach((item, i) => {
    const date = (item as { date?: unknown } | null)?.date;
    // The text comparison first: it settles nearly every date, and the calendar's is the costly one.
    if (typeof date !== "string" || date <= latest.date || !isCalendarDate(date)) return;
    issues.push({ code: latest.code, path: [...path, "evidence", String(i), "date"], severity: "warning", params: { date, ...latest.params } });
  });
}

/**
 * A date answer (a plan's issue date), or a date part of one, after the date the file was sent: no document is dated
 * after the file that cites it was sent, so one of the two is mistyped (it was said of evidence dates only). A warning.
 */
function answerDatesAfter(submitted: string, input: Input, value: unknown, path: string[], issues: Issue[]): void {
  if (input.type === "parts") {
    if (typeof value !== "object" || value === null) return;
    for (const field of input.fields) answerDatesAfter(submitted, field.input, (value as Record<string, unknown>)[field.id], [...path, field.id], issues);
    return;
  }
  // A date that is no day of the calendar is the schema's finding: nothing is compared with it.
  if (input.type !== "date" || typeof value !== "string" || !ISO_DATE.test(value) || value <= submitted || !isCalendarDate(value)) return;
  issues.push({ code: "answer-after-submission", path, severity: "warning", params: { date: value, submitted } });
}

const QUOTED_LINK = 120;

/** A link meant as a web address that no report can make a link of ("www.…", "htps://…", two in one): a warning, with the address it likely is. */
function evidenceLinks(entry: Answer, path: string[], issues: Issue[]): void {
  if (!Array.isArray(entry.evidence)) return;
  entry.evidence.forEach((item, i) => {
    const link = (item as { link?: unknown } | null)?.link;
    const broken = typeof link === "string" ? brokenLink(link) : undefined;
    // Quoted as far as a line of the message goes: a pasted data: link is a whole file, and the code frame shows it.
    if (broken) issues.push({ code: broken.code, path: [...path, "evidence", String(i), "link"], severity: "warning", params: { ...broken, link: truncate(link as string, QUOTED_LINK) } });
  });
}

/** Whether this answer earns points (then the evidence it needs is required). */
export function claimsPoints(indicator: Indicator, value: unknown): boolean {
  if (!indicator.rule) return false;
  if (hasZeroDenominator(indicator.input, value)) return indicator.input.type === "fraction" && indicator.input.zero_denominator === "full";
  if (isBatchRelative(indicator.rule)) return (measureOf(indicator.input, value) ?? 0) > 0 || indicator.rule.type === "min_max";
  return applyRule(indicator.rule, indicator.input, value, indicator.max) > 0;
}

function checkValue(input: Input, value: unknown, path: string[], issues: Issue[]): void {
  if (input.type === "parts") {
    if (typeof value !== "object" || value === null) return;
    for (const field of input.fields) {
      const inner = (value as Record<string, unknown>)[field.id];
      if (inner !== undefined && inner !== null && inner !== "?") checkValue(field.input, inner, [...path, field.id], issues);
    }
    return;
  }
  if (input.type === "fraction" && isFraction(value)) {
    if (value.a > value.b) issues.push({ code: "fraction-a-gt-b", path: [...path, "a"], params: { a: value.a, b: value.b } });
    if (value.b === 0 && input.zero_denominator === "invalid") issues.push({ code: "zero-denominator", path: [...path, "b"], params: {} });
  }
  // 0.85 copied from a percentage cell in Excel is 85 %: scored as 0.85 % it earns almost nothing, without a word.
  if (input.type === "percent" && typeof value === "number" && looksLikeShare(value)) {
    issues.push({ code: "percent-looks-like-share", path, severity: "warning", params: { found: value, percent: shareAsPercent(value) } });
  }
  // A day that is no day of the calendar (2025-13-01) is the schema's no-such-date: not also out of range.
  if (input.type === "date" && typeof value === "string" && ISO_DATE.test(value) && ((input.min && value < input.min) || (input.max && value > input.max)) && isCalendarDate(value)) {
    // The range is said: last year's date in a file carried to this year's rubric is the usual case.
    const range: Record<string, string> = input.min && input.max ? { expected_key: "dateBetween", min: input.min, max: input.max } : input.min ? { expected_key: "dateFrom", min: input.min } : { expected_key: "dateUntil", max: input.max! };
    issues.push({ code: "date-out-of-range", path, params: { found: value, ...range } });
  }
}

/** A percentage that reads like a share of 1 (0.85, or 1 for 100 %), as an Excel percentage cell copies it. */
export function looksLikeShare(value: number): boolean {
  return value > 0 && value <= 1;
}

/** A share of 1 as the percentage it stands for (0.85 → 85; 0.07 × 100 is 7.000000000000001 in binary, said as 7). */
export function shareAsPercent(share: number): number {
  return Number((share * 100).toPrecision(12));
}

/** The closest known code to a mistyped one (edit distance ≤ 2), for "did you mean …?". */
export function suggestCode(code: string, known: Iterable<string>): string | undefined {
  let best: string | undefined, bestDistance = 3;
  // A word processor's quotes kept as part of the code (“2.1”): the code inside them, whatever its length.
  // Nor characters that show as nothing ("1.1" and U+200B, pasted from Word or Zalo): 1.1 is no slip away.
  const bare = unquoted(withoutInvisible(code));
  const typed = lookAlike(bare);
  for (const candidate of known) {
    // Look-alikes typed by mistake (O for 0, l or I for 1) cost nothing, so "1.1O" suggests 1.10; a code in
    // another group costs more than a slip within the same one ("1.1O" is 1.1 before 5.10 when there is no 1.10).
    const looks = lookAlike(candidate);
    const sameGroup = !bare.includes(".") || !candidate.includes(".") || typed.split(".")[0] === looks.split(".")[0];
    const slips = editDistance(typed, looks);
    // In another group, one slip at most: "9.9" shares nothing with 1.3 but the dot (two slips, it was suggested).
    if (!sameGroup && slips > 1) continue;
    const d = slips + (bare.length === candidate.length ? 0 : 0.5) + (sameGroup ? 0 : 0.75);
    // Equally close: the nearer number wins (3.5 renumbered to 3.6 is nearer 3.6 than 3.1).
    if (d < bestDistance || (d === bestDistance && best !== undefined && lastNumberGap(bare, candidate) < lastNumberGap(bare, best))) { best = candidate; bestDistance = d; }
  }
  return best;
}

/**
 * The known key a misspelt one stands for: the same key in smart quotes (a word processor's “answers”),
 * full-width letters or another case, one or two slips in a longer key ("evidnece"), or one slip in a key of
 * two or three letters that only one known key is that near ("mx" for max, "cpa" for cap).
 */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  const bare = unquoted(key).toLowerCase();
  const same = known.find((k) => k.toLowerCase() === bare);
  if (same !== undefined) return same === key ? undefined : same;
  if (bare.length < 4) return shortSlip(bare, known);
  const allowed = bare.length >= 8 ? 2 : 1;
  let best: string | undefined, bestDistance = allowed + 1;
  for (const candidate of known) {
    const d = editDistance(bare, candidate.toLowerCase());
    if (d < bestDistance) { best = candidate; bestDistance = d; }
  }
  return best;
}

/**
 * Short keys (na, by, id, min, max) are near many others: one slip is said only when a single known key is that
 * near ("mix" is as near min as max: nothing). In two letters a letter changed is half the key ("no" for na): only a
 * letter left out ("mx" for max) or two swapped ("an" for na) is said.
 */
function shortSlip(bare: string, known: readonly string[]): string | undefined {
  if (bare.length < 2) return undefined;
  // Every key one slip away competes, the kinds not said included: "in" is as near id (a letter changed) as min.
  const near = known.filter((k) => editDistance(bare, k.toLowerCase()) === 1);
  if (near.length !== 1) return undefined;
  const candidate = near[0]!.toLowerCase();
  const said = bare.length === 3 || candidate.length === 3 || [...bare].sort().join("") === [...candidate].sort().join("");
  return said ? near[0] : undefined;
}

function lastNumberGap(a: string, b: string): number {
  const last = (s: string) => Number(/(\d+)$/.exec(s)?.[1] ?? NaN);
  const gap = Math.abs(last(a) - last(b));
  return Number.isNaN(gap) ? Infinity : gap;
}

/** Text without the quotes a word processor or a careless copy puts around it, in full-width form too. */
export function unquoted(text: string): string {
  return withoutQuotes(text.normalize("NFKC"));
}

/** Text without such quotes, its characters otherwise as written (a figure: NFKC would make 10² the figure 102). */
export function withoutQuotes(text: string): string {
  return text.replace(/[“”„‟‘’‚‛"'`«»]/g, "").trim();
}

/** Whether text holds a word processor's quotes (curly or angle), the kind unquoted() takes away. */
export function hasTypographicQuotes(text: string): boolean {
  return /[“”„‟‘’‚‛«»]/.test(text);
}

/** Whether `code` is `known` written with a slip that costs nothing (O for 0, l for 1, a word processor's quotes): that code meant. */
export function writtenFor(code: string, known: string): boolean {
  return lookAlike(unquoted(code)) === lookAlike(known);
}

function lookAlike(text: string): string {
  return withoutInvisible(text).toLowerCase().replace(/o/g, "0").replace(/[il]/g, "1");
}

