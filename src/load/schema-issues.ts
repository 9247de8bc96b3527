import type { ErrorObject } from "ajv";
import type { Issue } from "../core/issue.js";
import type { Lang, Text } from "../core/rubric.js";
import { ISO_DATE } from "../core/agency.js";
import { yesNoWord } from "../core/yes-no-words.js";
import { parseDate, parseNumber } from "../assess/parse-number.js";
import { EVIDENCE_FIELDS } from "../assess/cited-documents.js";
import { citedFields } from "./evidence-citation.js";
import { hasTypographicQuotes, invisibleCharacters, looksLikeShare, shareAsPercent, suggestCode, suggestKey, unquoted, withoutQuotes } from "../core/check-agency.js";
import { idFromText, idSpelling, LEVEL_WORDS } from "../core/label-id.js";
import { NAME_PATTERN } from "../core/agency-schema.js";
import { DRIVE } from "../core/windows-drive.js";
import { baseUnit, figureAndWords, figureInUnit, figureInUnitMagnitude, halfWidth, inUnitsOf, magnitudeInUnit, plainDashes, saysNotApplicable, slashFraction, splitRemark, wordsThenFigure, zeroTypedAsLetter } from "../core/number-words.js";
import { doubtfulNumberSource, unambiguousDecimal } from "./number-source.js";
import { rubricLineFor } from "./rubric-line.js";
import { keyInVietnamese } from "./vietnamese-keys.js";
import { numberText } from "../core/number-text.js";
import { withoutInvisible } from "../core/unicode.js";

/** A figure a hint tells to write, as YAML reads it and the officer types it: 0.0000001, not String()'s 1e-7. */
function figureToWrite(n: number): string {
  return numberText(n, "en");
}

/**
 * The number a slipped figure reads as, to suggest. A percentage read as 0–1 (`0,85`) is two readings: 85 %
 * written as a share of 1, as Excel keeps it, or 0.85 %; "did you mean 0.85?" alone was then warned about as
 * looking like a share (percent-looks-like-share). Both are said, the share first, where both are answers.
 */
function readingHint(reading: number, path: string[], known: Partial<AnswerCodes> | undefined, fits: (n: number) => boolean): Record<string, string> {
  const share = shareReadings(reading, path, known, fits);
  return share.hint_share !== undefined ? share : { suggestion: figureToWrite(reading) };
}

/** The two readings of a percentage written 0–1 (85 % as a share of 1, or 0.85 %), where both are answers; none otherwise. */
function shareReadings(reading: number, path: string[], known: Partial<AnswerCodes> | undefined, fits: (n: number) => boolean): Record<string, string> {
  const percent = shareAsPercent(reading);
  return known?.percentAt?.(path) === true && looksLikeShare(reading) && fits(percent) ? { hint_share: figureToWrite(reading), share_percent: figureToWrite(percent) } : {};
}

/** For "N/A" as an answer's value: how to answer N/A, or that this indicator takes none (then na: true is an error too). */
function naHint(path: readonly string[], value: unknown, known?: Partial<AnswerCodes>): Record<string, string> {
  if (path[0] !== "answers" || path.at(-1) !== "value" || typeof value !== "string" || !saysNotApplicable(value)) return {};
  return { hint_na: known?.naAllowed?.(path[1]!) === false ? "forbidden" : "allowed" };
}

/** on/off: YAML 1.1's booleans, which a file converted by another tool may hold (the prompt does not take them). */
const YAML_11_BOOLEANS = new Map([["on", true], ["off", false]]);

/**
 * What the rubric tells about answers: its codes (for "did you mean"), and the paths below `answers` whose
 * value is a fraction (`CODE`, or `CODE/FIELD` in a parts input), so that a plain number there is said to
 * need {a, b} rather than "a mapping".
 */
interface AnswerCodes { rubric: string; /** How `rubric show` finds the rubric (a file's path where it is not the bundled one). */ showAs?: () => string; version: string; codes: string[]; fractions?: Set<string>; /** The keys the schema allows at a path (for "did you mean"); given the document, only its branch's. */ keysAt?: (path: string[], data?: unknown) => string[]; /** The texts the schema allows at a path (an input's types). */ valuesAt?: (path: string[]) => string[]; /** The unit the number at a path is counted in. */ unitAt?: (path: string[]) => Text | undefined; /** Whether the number at a path is a percentage. */ percentAt?: (path: string[]) => boolean; /** The bounds of the level a path's answer is. */ levelAt?: (path: string[]) => { min: number; max: number } | undefined; /** The schema's maximum at a path. */ maximumAt?: (path: string[]) => number | undefined; /** Its minimum. */ minimumAt?: (path: string[]) => number | undefined; /** The id a label written instead of it stands for. */ idForLabel?: (path: string[], text: string) => string | undefined; /** The ids with labels a value at a path is one of. */ labelsAt?: (path: string[]) => readonly { id: string; label: Text }[]; /** Whether an indicator may be answered N/A. */ naAllowed?: (code: string) => boolean; /** The other bundled rubric that has an agency type, and its id there. */ typeElsewhere?: (type: string) => { rubric: string; type: string } | undefined; /** The schema's `format` at a path ("date"); given the document, its branch's. */ formatAt?: (path: string[], data?: unknown) => string | undefined; /** Whether the value at a path is written in quotes (undefined: not known). */ quotedAt?: (path: string[]) => boolean | undefined; /** The fields each evidence item of an indicator must carry. */ evidenceFields?: (code: string) => readonly string[] | undefined }

/** ajv errors → issues with stable codes, the value found and what was expected; branch noise removed. */
export function schemaIssues(errors: ErrorObject[], data: unknown, known?: Partial<AnswerCodes>): Issue[] {
  const issues: Issue[] = [];
  const allowedAt = new Map<string, string[]>();
  const seen = new Set<string>();
  // A required value left empty (`id:` in a blank file) is one finding, whatever else its schema says.
  const empty = new Map<string, Issue>();
  const missing = new Map<string, Issue>();
  for (const e of errors) {
    // `propertyNames` repeats, at the mapping, what its inner error (carrying `propertyName`) says of the key.
    if (e.keyword === "if" || e.keyword === "anyOf" || e.keyword === "oneOf" || e.keyword === "allOf" || e.keyword === "propertyNames") continue;
    // A key refused by `propertyNames` is the key itself, said at the key (it was said at the mapping's first entry).
    const badKey = e.propertyName;
    const path = badKey === undefined ? pointerToPath(e.instancePath) : [...pointerToPath(e.instancePath), badKey];
    const value = badKey === undefined ? valueAt(data, path) : badKey;
    if (value === null && (e.keyword === "type" || e.keyword === "enum")) {
      // `en:` left blank in a rubric's text is the translation not yet written, as `en: ""` and `en: TODO` are.
      const untranslated = e.keyword === "type" ? emptyTextIssue(path, value, known, data) : undefined;
      if (untranslated) {
        if (!empty.has(e.instancePath)) issues.push(untranslated);
        empty.set(e.instancePath, untranslated);
        continue;
      }
      const values = e.keyword === "enum" ? { expected_key: "enum", ...allowedValues((e.params as { allowedValues: unknown[] }).allowedValues.filter((v) => v !== null).map(String), path, known) } : undefined;
      const before = empty.get(e.instancePath);
      // The allowed values say more than the type.
      if (before) { if (values) before.params = { ...before.params, ...values }; continue; }
      const issue: Issue = { code: "empty-value", path, params: values ?? { expected_key: typeExpected(e) } };
      empty.set(e.instancePath, issue);
      issues.push(issue);
      continue;
    }
    if (e.keyword === "enum") allowedAt.set(e.instancePath, (e.params as { allowedValues: unknown[] }).allowedValues.map(String));
    const issue = toIssue(e, path, value, known, data);
    if (badKey !== undefined) issue.atKey = true;
    // What asks for `required: true` here is `when_missing` (rubric schema, dependentSchemas): said, as the key
    // alone reads as always required, which it is not.
    if (e.schemaPath.includes("/dependentSchemas/when_missing/")) issue.params = { ...issue.params, hint_when_missing: "required" };
    // Every field an entry lacks in one finding: an evidence item {title} lacking number and date said only
    // "number", and the officer learned of "date" at the next run.
    if (issue.code === "missing-field") {
      const before = missing.get(e.instancePath);
      if (before) {
        if (!String(before.params.fields).split(", ").includes(`"${issue.params.field}"`)) before.params = { ...before.params, fields: `${before.params.fields}, "${issue.params.field}"`, count: Number(before.params.count) + 1 };
        continue;
      }
      missing.set(e.instancePath, issue);
    }
    const key = `${issue.code}|${issue.path.join("/")}|${JSON.stringify(issue.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  // A missing field that is a text in both languages (a rubric's title, a label): its example is the pair, not
  // the plain text an agency file's field of that name takes (an evidence item's title).
  for (const issue of missing.values()) {
    const pairs = String(issue.params.fields).split(", ").map((f) => f.slice(1, -1)).filter((f) => isTextPair(known?.keysAt?.([...issue.path, f], data)));
    if (pairs.length > 0) issue.params = { ...issue.params, text_fields: pairs.join(", ") };
  }
  return issues.flatMap((i) => numberForText(i, data, allowedAt)).flatMap((i) => withoutForbiddenReason(i, data, known)).map((i) => levelExpected(i, known));
}

/**
 * "a whole number" expected where the answer is a level (1.4 of dti-cap-xa, levels 0–5, answered "80%"): said as
 * the level it is, "a level from 0 to 5", whose bounds the officer needs and a whole number does not give. A level
 * past its bounds (7) is expected so too, not "≤ 5": the same question, asked in the same words as assess asks it.
 */
const LEVEL_EXPECTED_KEYS = new Set(["integer", "maximum", "minimum"]);

function levelExpected(issue: Issue, known: Partial<AnswerCodes> | undefined): Issue {
  const range = LEVEL_EXPECTED_KEYS.has(String(issue.params.expected_key)) ? known?.levelAt?.(issue.path) : undefined;
  return range ? { ...issue, params: { ...issue.params, expected_key: "level", level_min: range.min, level_max: range.max } } : issue;
}

/**
 * A missing `reason` of an N/A answer (or verified N/A) at an indicator that allows no N/A: na-not-allowed says
 * that (check-agency.ts), and "add a reason" before it had the reason typed for an answer refused all the same.
 * The entry's other missing fields stay said.
 */
function withoutForbiddenReason(issue: Issue, data: unknown, known: Partial<AnswerCodes> | undefined): Issue[] {
  const [top, code, verified] = issue.path;
  const atAnswer = top === "answers" && code !== undefined && (issue.path.length === 2 || (issue.path.length === 3 && verified === "verified"));
  if (issue.code !== "missing-field" || !atAnswer || known?.naAllowed?.(code) !== false || valueAt(data, [...issue.path, "na"]) !== true) return [issue];
  const fields = String(issue.params.fields).split(", ").filter((f) => f !== '"reason"');
  if (fields.length === Number(issue.params.count)) return [issue];
  if (fields.length === 0) return [];
  return [{ ...issue, params: { ...issue.params, field: fields[0]!.slice(1, -1), fields: fields.join(", "), count: fields.length } }];
}

/** Whether the keys a schema allows at a place are those of a text in both languages, `{vi, en}`. */
function isTextPair(keys: readonly string[] | undefined): boolean {
  return keys !== undefined && keys.length === 2 && keys.includes("vi") && keys.includes("en");
}

/**
 * One of two findings on a number (or yes/no) where one of some texts is asked (a choice's ids): "write it in quotes"
 * with the one it stands for when one reads as that number (03 for "03", 1.0 for "1"), else the list of
 * them ("1" is no option either).
 */
function numberForText(issue: Issue, data: unknown, allowedAt: Map<string, string[]>): Issue[] {
  const allowed = allowedAt.get(issue.path.map((p) => `/${p.replace(/~/g, "~0").replace(/\//g, "~1")}`).join(""));
  const value = valueAt(data, issue.path);
  if (allowed === undefined || (typeof value !== "number" && typeof value !== "boolean")) return [issue];
  // A yes/no where options are asked is not a matter of quotes, unless "true" is one of them.
  const meant = allowed.find((id) => (typeof value === "boolean" ? id === String(value) : id.trim() !== "" && Number(id) === value));
  if (issue.code === "wrong-type") return meant === undefined ? [] : [{ ...issue, params: { ...issue.params, hint_source: meant } }];
  return issue.code === "not-allowed-value" && meant !== undefined ? [] : [issue];
}

/** The keys of an answer (docs/agency-format.md). */
export const ANSWER_FIELDS = new Set(["value", "na", "reason", "evidence", "note", "flag", "verified"]);

/** `answers/CODE/evidence/N`: an evidence item of an answer. */
function isEvidenceItemPath(path: readonly string[]): boolean {
  return path.length === 4 && path[0] === "answers" && path[2] === "evidence" && /^\d+$/.test(path[3]!);
}

/**
 * An answer under a code the rubric lacks (`code`), as the schema's finding says it: the nearest code the file
 * leaves unanswered, or the quotes or the answer's field it was meant as, else the range of codes. `data`: the whole document.
 */
export function unknownIndicatorIssue(code: string, data: unknown, known: Partial<AnswerCodes> & { codes: string[] }): Issue {
  // A code the file answers already is no suggestion: written there, it would be a duplicate key (4.6 for 4.1 beside 4.5).
  const answers = valueAt(data, ["answers"]);
  const free = answers !== null && typeof answers === "object" ? known.codes.filter((c) => !Object.hasOwn(answers, c)) : known.codes;
  // Pasted with a character that shows as nothing, a code the file answers already: no other one is meant.
  const invisible = invisibleInCode(code, known.codes, free);
  const suggestion = invisible.hint_invisible_held === undefined ? suggestCode(code, free) : undefined;
  // A known code in a word processor's quotes (“2.1”): the quotes are what to fix.
  const curly = suggestion !== undefined && suggestion === unquoted(code) && hasTypographicQuotes(code);
  // `note:` or `evidence:` indented as an answer of its own: it belongs to the answer above.
  const answerField: Record<string, string> = ANSWER_FIELDS.has(code) ? { hint_answer_field: code, ...heldAbove(answers, code) } : {};
  const range = suggestion || answerField.hint_answer_field || invisible.hint_invisible_held ? {} : codeRange(known);
  return { code: "unknown-indicator", path: ["answers", code], atKey: true, params: { code, rubric: known.rubric ?? "", ...(curly ? { hint_curly: suggestion } : suggestion ? { suggestion } : {}), ...answerField, ...invisible, ...range } };
}

/**
 * A code pasted with characters that show as nothing (1.1 and U+200B, from Word or Zalo): they are named, and the
 * code without them where the file answers it already (suggestCode ignores them, so it names that code where free).
 * Escaped in quotes ("1.1\u200b"), the line holds no such character, and the line's own hint did not say it.
 */
function invisibleInCode(code: string, codes: string[], free: string[]): Record<string, string | number> {
  const found = invisibleCharacters(code);
  if (found === undefined) return {};
  const visible = withoutInvisible(code);
  const named = { hint_invisible: found.char!, hint_invisible_position: found.position!, ...(found.count !== undefined ? { hint_invisible_count: found.count, hint_invisible_list: found.list! } : {}) };
  return codes.includes(visible) && !free.includes(visible) ? { ...named, hint_invisible_held: visible } : named;
}

/**
 * The answer above an answer's field written as an answer of its own, when it holds that field already: indented
 * under it as the hint said, the field would be written twice there (a duplicate key), so the line is to delete.
 */
function heldAbove(answers: unknown, field: string): { hint_answer_field_held?: string } {
  if (answers === null || typeof answers !== "object") return {};
  const keys = Object.keys(answers);
  let at = keys.indexOf(field);
  while (at > 0 && ANSWER_FIELDS.has(keys[at - 1]!)) at--;
  const above = at > 0 ? keys[at - 1]! : undefined;
  const answer = above === undefined ? undefined : (answers as Record<string, unknown>)[above];
  return answer !== null && typeof answer === "object" && Object.hasOwn(answer, field) ? { hint_answer_field_held: above! } : {};
}

/** What an answer under an unknown code is expected to have when no code is suggested: the rubric's codes, first to last, and where they are listed. */
export function codeRange(known: Partial<AnswerCodes> & { codes: string[] }): Record<string, string> {
  if (known.codes.length === 0) return {};
  return { expected_key: "indicator-code", first: known.codes[0]!, last: known.codes.at(-1)!, rubric: known.rubric ?? "", show: known.showAs?.() ?? known.rubric ?? "" };
}

/**
 * What an unknown key's finding says may be written instead: the fields the mapping does not hold yet. Those it
 * holds were listed too, as if they could be added (`peroid:` beside `period:` was told period, a key twice once
 * renamed); with every field written, that there is none left.
 */
function fieldsLeft(allowed: readonly string[], held: object): Record<string, string> {
  if (allowed.length === 0) return {};
  const left = allowed.filter((k) => !Object.hasOwn(held, k) && !excludedBy(k, held));
  if (left.length === 0) return { expected_key: "field-none-left", fields: allowed.join(", ") };
  return { expected_key: left.length === allowed.length ? "field-of" : "field-of-left", fields: left.join(", ") };
}

/**
 * An answer (or a verification) gives a value or N/A with a reason, not both: beside a value, `na` and `reason` are
 * no field to add (each is a finding of its own), nor `value` beside `na`.
 */
function excludedBy(key: string, held: object): boolean {
  if (key === "na" || key === "reason") return Object.hasOwn(held, "value");
  return key === "value" && Object.hasOwn(held, "na");
}

/** A rubric declaring `languages` without English (`[vi]`): its English texts may stay placeholders. */
function viOnlyRubric(data: unknown): boolean {
  const languages = (data as { languages?: unknown } | undefined)?.languages;
  return Array.isArray(languages) && !languages.includes("en");
}

/**
 * A rubric text's `vi` or `en` written as nothing (`en: ""`, or `en:` left blank, which YAML reads as null): the
 * translation not yet written, said as `en: TODO` is; in a rubric declaring languages: [vi], the English is what
 * may stay a placeholder, and that is said. Undefined where the value is no such text.
 */
function emptyTextIssue(path: string[], value: unknown, known: Partial<AnswerCodes> | undefined, data: unknown): Issue | undefined {
  const lang = path.at(-1);
  if ((lang !== "vi" && lang !== "en") || !isTextPair(known?.keysAt?.(path.slice(0, -1), data))) return undefined;
  if (lang === "en" && viOnlyRubric(data)) return { code: "too-short", path, params: { found: describe(value), expected_key: "nonEmpty", limit: 1, hint_translation: "declared" } };
  return { code: "translation-missing", path, params: { lang, text: JSON.stringify(value) } };
}

/** A two-language text written with its Vietnamese only (`title: {vi: …}`): a mapping holding `vi` and nothing else. */
function englishLeftOut(value: unknown): boolean {
  return value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 1 && Object.hasOwn(value, "vi");
}

/** `data`: the whole document (its branch decides the keys an unknown key is said against). */
function toIssue(e: ErrorObject, path: string[], value: unknown, known?: Partial<AnswerCodes>, data?: unknown): Issue {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required": {
      const field = String(p.missingProperty);
      // A rubric's text {vi: …} without its English: how a rubric in Vietnamese only is written (see englishLeftOut).
      // A rubric already declaring `languages: [vi]` is told only what is left to write, not to declare it again.
      const translation: Record<string, string> = field === "en" && englishLeftOut(value) ? { hint_translation: viOnlyRubric(data) ? "declared" : "en" } : {};
      // Point at the key of the entry that lacks the field (the root itself when nothing encloses it).
      return { code: "missing-field", path, atKey: path.length > 0, params: { field, fields: `"${field}"`, count: 1, ...translation } };
    }
    // `unevaluatedProperties` (the rubric's bands, which extend a band set through allOf) says the same of its key.
    case "additionalProperties": case "unevaluatedProperties": {
      const field = String(p.additionalProperty ?? p.unevaluatedProperty);
      // YAML 1.1's merge key is an ordinary key in YAML 1.2, which files are read as: it merges nothing.
      if (field === "<<") return { code: "merge-key", path: [...path, field], atKey: true, params: {} };
      if (path.length === 1 && path[0] === "answers" && known?.codes) return unknownIndicatorIssue(field, data, { ...known, codes: known.codes });
      // A key the mapping has already is no suggestion: written there, it would be a key twice (`peroid:` beside `period:`).
      const held = value !== null && typeof value === "object" ? value : {};
      const open = known?.keysAt ? known.keysAt(path).filter((k) => !Object.hasOwn(held, k)) : [];
      // `minh chứng:` for `evidence:`: a key written in the officer's language names the one it stands for.
      const suggestion = known?.keysAt ? suggestKey(field, open) ?? keyInVietnamese(field, open) : undefined;
      // `{fraction: 0,5}`: in braces a comma separates entries, so the decimals became a key of their own;
      // `{value: 85,5%}`, as Excel shows a percentage cell, their key keeps the sign.
      const decimals = /^(\d+)\s*(%?)$/.exec(field);
      const comma = decimals !== null && (value as Record<string, unknown> | undefined)?.[field] === null;
      const commaHint: Record<string, string> = comma ? { hint_comma: decimals[1]!, ...(decimals[2] ? { hint_comma_percent: "%" } : {}) } : {};
      // `{a:52, b:68}`: without a space after the colon, "a:52" is one key.
      // Not a pasted address (https://…) nor a time (14:30): a word, a colon, then the value.
      const glued = /^([A-Za-z_][\w-]*):(?!\/\/)(\S.*)$/.exec(field);
      const colon: Record<string, string> = glued && (value as Record<string, unknown> | undefined)?.[field] === null ? { hint_colon: `${glued[1]}: ${glued[2]}` } : {};
      // `{value：4}`: a full-width colon (an East Asian input method's) is no colon to YAML either.
      const wide = /^([\p{L}_][\p{L}\p{N}_-]*)[ \t]*\uff1a[ \t]*(.*)$/u.exec(field);
      if (wide && (value as Record<string, unknown> | undefined)?.[field] === null) Object.assign(colon, { hint_wide_colon: wide[1]!, hint_written: wide[2] === "" ? `${wide[1]}:` : `${wide[1]}: ${halfWidth(wide[2]!)}` });
      // `{vi: “Số tin, bài”}`: Word's quotes are no quotes to YAML, so the text's comma ended it and its rest became a key.
      const curlyText = field.endsWith("”") || field.endsWith("’") || field.endsWith("»") ? curlyTextCut(held, field) : undefined;
      // No near spelling: what may be written there, so that the finding says what is expected too.
      // Of the branch the data is in: what a count input takes, not every input type's keys.
      // `verified:` (or `note:`) indented under an evidence item, one level too deep: the answer's, not the item's.
      const itemAnswerField: Record<string, string> = !suggestion && isEvidenceItemPath(path) && ANSWER_FIELDS.has(field) && field !== "evidence" ? { hint_item_answer_field: field } : {};
      const allowed = suggestion || comma || glued || wide || curlyText || itemAnswerField.hint_item_answer_field ? [] : known?.keysAt?.(path, data) ?? [];
      const expected = fieldsLeft(allowed, held);
      return { code: "unknown-field", path: [...path, field], atKey: true, params: { field, ...(suggestion ? { suggestion } : {}), ...commaHint, ...(curlyText ? { hint_curly_text: curlyText } : {}), ...colon, ...itemAnswerField, ...expected } };
    }
    case "type": {
      const expected = typeExpected(e);
      const found = describe(value);
      const na = naHint(path, value, known);
      // A number (45702, a date as Excel keeps it) where a date is asked: said against a date, not "text in quotes",
      // whose hint ("45702" in quotes) only led to the next finding.
      if (expected === "string" && known?.formatAt?.(path, data) === "date") return { code: "wrong-type", path, params: { found, expected_key: "date", ...(typeof value === "number" ? excelDateFor(value) : {}), ...na } };
      // Written without quotes, a value YAML kept as text for a character it holds (a no-break space pasted from
      // Word after 450): there are no quotes to remove, the character is what to delete (located.ts names it).
      const plain = typeof value === "string" && value.trim() !== value && known?.quotedAt?.(path) === false;
      if ((expected === "number" || expected === "integer") && typeof value === "string") {
        // A reading suggested is one the answer takes: its type, and its bounds.
        const fits = (n: number) => (expected === "number" || Number.isInteger(n)) && n <= (known?.maximumAt?.(path) ?? Infinity) && n >= (known?.minimumAt?.(path) ?? -Infinity);
        // "khoảng 35%", "gần 25": an estimate's words before the figure, said as assess says them typed: the figure to
        // write if it is the figure, the estimate said in the note (the % sign alone was told of "khoảng 35%" at a count).
        // Not a level's words ("Mức 3"), said below with the level they name.
        const led = LEVEL_WORDS.test(halfWidth(value).normalize("NFC").trim()) ? undefined : wordsThenFigure(value);
        const ledFigure = led && halfWidth(led.rest.replace(/[%\uff05]\s*$/, "").trim());
        const estimate = ledFigure && doubtfulNumberSource(ledFigure) !== "ambiguous" ? figureReading(ledFigure) : undefined;
        if (led && estimate !== undefined && fits(estimate)) return { code: "wrong-type", path, params: { found, expected_key: expected, hint_words_before: led.words, hint_figure: figureToWrite(estimate) } };
        if (/[%\uff05]\s*$/.test(value)) {
          const typed = value.replace(/[%\uff05]\s*$/, "").trim();
          const figure = halfWidth(typed);
          // A share written 0–1 (an option's fraction, a weight): 50% is 0.5 there, not 50.
          const share = Number(figure.replace(",", "."));
          const asFraction = (known?.maximumAt?.(path) ?? Infinity) <= 1 && Number.isFinite(share);
          // 85,5%: the figure to write, where taking the % away leaves no number YAML reads (85,5 failed next on its comma).
          const reading = doubtfulNumberSource(figure) === "ambiguous" ? undefined : figureReading(figure);
          // The figure to write, quoted or not: "85%" without its sign is still "85" in quotes (the next finding), and an
          // unquoted 80% was told "e.g. 95, not 95%" where "80%" in quotes was told "did you mean 80?".
          const written: Record<string, string> = reading !== undefined && fits(reading) ? { suggestion: figureToWrite(reading) } : {};
          // 0,85% at a percentage is 0.85 %, the sign says so; but 0.85 written is warned about as maybe a share of 1
          // (percent-looks-like-share): "did you mean 0.85?" alone led to that warning unannounced. Said together.
          const small = reading ?? (doubtfulNumberSource(figure) === undefined && /^\d+(\.\d+)?$/.test(figure) ? Number(figure) : undefined);
          if (!asFraction && small !== undefined && known?.percentAt?.(path) === true && looksLikeShare(small) && fits(small)) {
            return { code: "percent-sign", path, params: { source: value, found, expected_key: expected, hint_small_percent: figureToWrite(small), share_percent: figureToWrite(shareAsPercent(small)) } };
          }
          // A level or a count answered "80%" was told to write the percentage without its sign: 80, no level either.
          const unitIsPercent = Object.values(known?.unitAt?.(path) ?? {}).some((u) => typeof u === "string" && u.includes("%"));
          if (!asFraction && known?.percentAt?.(path) === false && !unitIsPercent && isAnswerValue(path)) return { code: "percent-sign", path, params: { source: value, found, expected_key: expected, not_percent: "yes" } };
          return asFraction
            ? { code: "percent-as-fraction", path, params: { source: value, found, expected_key: expected, as_fraction: String(share / 100) } }
            : { code: "percent-sign", path, params: { source: value, found, expected_key: expected, ...written } };
        }
        const written = halfWidth(value).trim();
        // `–` or "-" alone, as a form's cell says "none": no figure to suggest, what to write for each meaning instead.
        if (plainDashes(withoutQuotes(written)) === "-" && isAnswerValue(path)) {
          return { code: "wrong-type", path, params: { found, expected_key: expected, hint_dash_alone: withoutQuotes(written), ...(fits(0) ? { dash_zero: "0" } : {}), ...(known?.naAllowed?.(path[1]!) !== false ? { dash_na: "allowed" } : {}) } };
        }
        if (/^[-+]?[\d.]*,[\d.,]*$/.test(plainDashes(written)) && /\d/.test(written)) {
          // 85,5, 1.234,5, 1,000.5 and 450,000,000 have one reading, as assess reads them typed; 1,000 is a thousand
          // in English and one in Vietnamese: no guess. Over the maximum, an amount in the unit's base gets the figure to write.
          const reading = figureReading(plainDashes(written));
          const inUnit = reading !== undefined && !fits(reading) ? unitHint(reading, path, known, known?.maximumAt?.(path) ?? Infinity) : undefined;
          const hint = reading !== undefined && fits(reading) ? readingHint(reading, path, known, fits) : inUnit && fits(Number(inUnit.hint_unit)) ? inUnit : {};
          // 1,5 where a count is asked: a dot gives no answer either; the whole numbers around it are.
          const notWhole = expected === "integer" && reading !== undefined && !Number.isInteger(reading) ? wholeAround(reading, fits) : {};
          return { code: "decimal-comma", path, params: { source: value, found, expected_key: expected, ...hint, ...notWhole, ...dashHint(written, reading, fits, path, known) } };
        }
        // A number in quotes: the quotes are the mistake. Otherwise the number plainly meant, where the answer takes it.
        // Said only where taking the quotes away gives an answer the input takes ("150" is no percentage).
        if (/^[-+]?\d+(\.\d+)?$/.test(value.trim())) {
          if (plain) return { code: "wrong-type", path, params: { found, expected_key: expected, ...(doubtfulNumberSource(value.trim()) === undefined && fits(Number(value)) ? { suggestion: String(Number(value)) } : {}) } };
          // "1.000" unquoted is read as 1: "remove the quotes" alone led to the next finding. Both readings said.
          // The decimal written as no next finding reads it ("1.234" was told to write 1.234, itself ambiguous).
          const thousands = value.trim().replace(".", "");
          if (doubtfulNumberSource(value.trim()) === "ambiguous" && fits(Number(thousands))) {
            // "1.234" where a whole number is asked: only the thousands reading is an answer (unquoted, ambiguous-number-whole).
            return fits(Number(value))
              ? { code: "number-quoted-ambiguous", path, params: { source: value, found, expected_key: expected, thousands, decimal: unambiguousDecimal(value.trim()) } }
              : { code: "number-quoted-thousands", path, params: { source: value, found, expected_key: expected, thousands } };
          }
          // "0.85" at a percentage: "remove the quotes" alone led to the warning that 0.85 looks like a share of 1 (85 %).
          if (fits(Number(value))) return { code: "number-quoted", path, params: { source: value, found, expected_key: expected, ...shareReadings(Number(value), path, known, fits) } };
          // "85" at a count of at most 52: "found: 85, expected: a whole number" read as a contradiction (found shows no
          // quotes). Both mistakes said: the quotes, and the limit the figure is past without them.
          return { code: "wrong-type", path, params: { found, expected_key: expected, ...quotedPastLimit(Number(value), path, known) } };
        }
        const reading = numberReading(value);
        const dashed = dashHint(withoutQuotes(halfWidth(value)), reading, fits, path, known);
        if (reading !== undefined && fits(reading)) return { code: "wrong-type", path, params: { found, expected_key: expected, ...readingHint(reading, path, known, fits), ...dashed } };
        if (dashed.hint_dash_floor !== undefined) return { code: "wrong-type", path, params: { found, expected_key: expected, ...dashed } };
        // 450.000.000 or 450 000 000 where the answer counts in triệu đồng: an amount in đồng as Word writes one,
        // given the figure to write as 450000000 is (the reading itself, over the maximum, is no suggestion).
        const inUnit = reading !== undefined ? unitHint(reading, path, known, known?.maximumAt?.(path) ?? Infinity) : undefined;
        if (inUnit && fits(Number(inUnit.hint_unit))) return { code: "wrong-type", path, params: { found, expected_key: expected, ...inUnit } };
        // `85 người`, `4 lần`: the figure with its unit or a word after it, as a form's cell is filled in; the unit is the question's.
        const figure = figureWithWords(value.trim(), known?.unitAt?.(path));
        if (figure !== undefined && fits(Number(figure))) return { code: "number-with-unit", path, params: { source: value.trim(), found, expected_key: expected, number: figure } };
        // `95 - đạt`, `95 (ước tính)`: a remark after the figure, as a form's cell is annotated; the remark is the answer's note's.
        const remarked = splitRemark(value);
        const before = remarked && (doubtfulNumberSource(remarked.figure) === "ambiguous" ? undefined : figureReading(remarked.figure) ?? figureWithWords(remarked.figure, known?.unitAt?.(path)));
        if (remarked && before !== undefined && fits(Number(before))) {
          return { code: "number-with-unit", path, params: { source: value.trim(), found, expected_key: expected, number: String(Number(before)), ...noteHint(remarked.remark, path, data) } };
        }
        // `95 cuộc họp` at a count of at most 52: "write 95" would lead to the next error, and "wrong type" alone
        // said nothing. Both mistakes said, as for "85" in quotes there.
        const alone = figure ?? (remarked && before !== undefined ? String(Number(before)) : undefined);
        if (alone !== undefined && (expected === "number" || Number.isInteger(Number(alone)))) {
          const past = figurePastLimit(Number(alone), path, known);
          if (Object.keys(past).length > 0) return { code: "wrong-type", path, params: { found, expected_key: expected, ...past } };
        }
        // `Mức 3`, `level 3`: a level as a form names it, the word before the figure; the figure is the answer.
        // `Hình thành`: the level's label, the level it names.
        const level = LEVEL_WORDS.exec(halfWidth(value).trim())?.[1] ?? known?.idForLabel?.(path, value);
        if (level !== undefined && fits(Number(level))) return { code: "wrong-type", path, params: { found, expected_key: expected, suggestion: String(Number(level)) } };
      }
      const meant = expected === "boolean" && typeof value === "string" ? (yesNoWord(value) ?? YAML_11_BOOLEANS.get(value.trim().toLowerCase())) : undefined;
      if (meant !== undefined) {
        // "true" in quotes is text: the fix is to drop the quotes, not to write what is already there.
        const quoted = /^(true|false)$/i.test(String(value).trim());
        if (quoted && plain) return { code: "wrong-type", path, params: { found, expected_key: "boolean", suggestion: String(meant) } };
        return { code: quoted ? "boolean-quoted" : "boolean-word", path, params: { source: String(value), found, expected_key: "boolean", ...(quoted ? {} : { suggestion: String(meant) }) } };
      }
      // `- https://…` or `- D:\…` in an evidence list: the item is a mapping of fields, the address its link.
      if (expected === "object" && typeof value === "string" && path[0] === "answers" && path[2] === "evidence" && path.length === 4) {
        const fields = known?.evidenceFields?.(path[1]!) ?? [];
        const item = bareLinkItem(value.trim(), fields) ?? citationItem(value, fields);
        if (item) return { code: "wrong-type", path, params: { found, expected_key: expected, ...item } };
      }
      // `verified: 3`, the collector's figure written where its block goes: the block it stands for.
      if (expected === "object" && path[0] === "answers" && path[2] === "verified" && path.length === 3 && value !== null) {
        const written = flowValue(value);
        if (written !== undefined) return { code: "wrong-type", path, params: { found, expected_key: expected, suggestion: `verified: {value: ${written}}` } };
      }
      // `evidence: "Quyết định số …"`, one document as a text, or `evidence: {number: …}`, one item without its
      // dash: the list it should be, the item in its fields.
      if (expected === "array" && path[0] === "answers" && path[2] === "evidence" && path.length === 3) {
        const fields = known?.evidenceFields?.(path[1]!) ?? [];
        const item = typeof value === "string" ? bareLinkItem(value.trim(), fields) ?? citationItem(value, fields) : dashlessItem(value);
        if (item) return { code: "wrong-type", path, params: { found, expected_key: expected, hint_evidence_item: item.hint_evidence_item!, hint_evidence_form: item.hint_evidence_item!.includes('"…"') ? "not-list-gaps" : "not-list" } };
      }
      if (expected === "object" && known?.fractions && isFractionValue(path, known.fractions)) {
        const pair = typeof value === "string" ? slashFraction(value) : undefined;
        return { code: "wrong-type", path, params: { found, expected_key: "fraction", ...(pair ? { suggestion: `{a: ${pair.a}, b: ${pair.b}}` } : na) } };
      }
      // `input: number` or `rule: piecewise` in a rubric, as a table of types invites: the mapping it stands for.
      const last = path.at(-1);
      if (expected === "object" && typeof value === "string" && (last === "input" || last === "rule") && known?.valuesAt?.([...path, "type"]).includes(value.trim())) {
        return { code: "wrong-type", path, params: { found, expected_key: expected, suggestion: `${last}: {type: ${value.trim()}}` } };
      }
      // `title: "Nhận thức số"` in a rubric: "a mapping" did not say which; the pair in both languages does.
      if (expected === "object" && isTextPair(known?.keysAt?.(path, data))) return { code: "wrong-type", path, params: { found, expected_key: "textPair" } };
      // A checklist answered as text (`du-hop-tinh, chu-tri-hop`, or one id alone): the list it should be, labels
      // written out given as their ids. Only an answer's value: evidence as text is no list of ids.
      const answerValue = path[0] === "answers" && (path[2] === "value" || (path[2] === "verified" && path[3] === "value"));
      if (expected === "array" && typeof value === "string" && answerValue && value.trim() !== "" && !na.hint_na) {
        return { code: "wrong-type", path, params: { found, expected_key: expected, suggestion: `[${listItems(value, path, known).join(", ")}]` } };
      }
      // `rubric: dti-cap-so` as text: the mapping it should be, with the version of the rubric in use.
      if (path.length === 1 && path[0] === "rubric" && typeof value === "string" && known?.rubric !== undefined && known.version !== undefined) {
        return { code: "wrong-type", path, params: { found, expected_key: expected, suggestion: rubricLineFor(known.rubric, known.version) } };
      }
      return { code: "wrong-type", path, params: { found, expected_key: expected, ...na } };
    }
    case "minimum": case "maximum": case "exclusiveMinimum": case "exclusiveMaximum": {
      // 450000000 where the answer counts in triệu đồng: the amount in đồng, and the figure to write.
      const inUnit = e.keyword === "maximum" && typeof value === "number" ? unitHint(value, path, known, Number(p.limit)) : undefined;
      // A rubric's `fraction: 1.5` (an option's or a step's): points written as a share of the max.
      const points: Record<string, string> = e.keyword === "maximum" && path.at(-1) === "fraction" && typeof value === "number" ? { hint_fraction_points: describe(value) } : {};
      return { code: "out-of-range", path, params: { found: describe(value), expected_key: e.keyword, limit: Number(p.limit), ...inUnit, ...points } };
    }
    case "enum": case "const": {
      const values = (e.keyword === "enum" ? (p.allowedValues as unknown[]) : [p.allowedValue]).map(String);
      const suggestion = typeof value === "string" ? suggestCode(value, values) ?? known?.idForLabel?.(path, value) ?? suggestCode(idSpelling(value), values) : undefined;
      // `type: commune` in a file answering dti-cap-so: the list of the department rubric's types alone read as "pick one".
      const elsewhere = suggestion === undefined && typeof value === "string" && path.length === 2 && path[0] === "agency" && path[1] === "type" ? known?.typeElsewhere?.(value) : undefined;
      const typeHint: Record<string, string> = elsewhere ? { hint_type_written: value as string, hint_type_rubric: elsewhere.rubric, hint_type_id: elsewhere.type } : {};
      // `[du-hop-tinh，chu-tri-hop]`: a full-width comma (an East Asian input method's) is no comma to YAML, so the list is one item.
      // Matched only from a run of spaces' first: from each of its spaces it took 19 s on 100,000 of them.
      const wideComma: Record<string, string> = typeof value === "string" && value.includes("\uff0c") ? { hint_wide_comma: value, hint_comma_written: value.replace(/(?<![ \t\u3000])[ \t\u3000]*\uff0c[ \t\u3000]*/gu, ", ") } : {};
      return { code: "not-allowed-value", path, params: { found: describe(value), expected_key: "enum", ...allowedValues(values, path, known), ...(suggestion ? { suggestion } : naHint(path, value, known)), ...typeHint, ...wideComma } };
    }
    case "format":
      // Written as a date should be, but no such day (2025-02-30): the form is not what is wrong.
      if (p.format === "date" && typeof value === "string" && ISO_DATE.test(value)) return { code: "no-such-date", path, params: { found: describe(value) } };
      return { code: "bad-format", path, params: { found: describe(value), expected_key: String(p.format), ...(p.format === "date" ? isoDateFor(value) : {}), ...naHint(path, value, known) } };
    case "pattern": {
      const expected = PATTERN_WORDS[String(p.pattern)] ?? "pattern";
      // An id written as words, with accents or spaces (`id: Sở KH&CN`): the id they spell.
      const id = typeof value === "string" && (expected === "idPattern" || expected === "lowerIdPattern") ? idFromText(value) : undefined;
      // A code in a word processor's quotes (`code: “1.7”`): YAML kept the quotes; the code inside them is what was meant.
      const curly = typeof value === "string" && expected === "codePattern" && hasTypographicQuotes(value) && new RegExp(String(p.pattern)).test(unquoted(value)) ? unquoted(value) : undefined;
      return { code: "bad-format", path, params: { found: describe(value), expected_key: expected, pattern: String(p.pattern), ...(id ? { suggestion: id } : curly ? { hint_curly: curly } : {}) } };
    }
    case "minLength": case "minItems": {
      // `en: ""` in a rubric's text: the translation left out, said as `en: TODO` is; in a rubric declaring
      // languages: [vi], the English is what may stay a placeholder, and that is said.
      const untranslated = e.keyword === "minLength" ? emptyTextIssue(path, value, known, data) : undefined;
      if (untranslated) return untranslated;
      // "At least 1 characters" reads badly: a text that must not be empty says so.
      const key = e.keyword === "minLength" && Number(p.limit) === 1 ? "nonEmpty" : e.keyword;
      return { code: "too-short", path, params: { found: describe(value), expected_key: key, limit: Number(p.limit) } };
    }
    case "maxLength":
      // How long it is, in the code points the limit counts: "found" shows only its start, and the writer must know how much to cut.
      return { code: "too-long", path, params: { found: describe(value), expected_key: "maxLength", limit: Number(p.limit), count: [...String(value)].length } };
    case "uniqueItems":
      return { code: "duplicate-item", path, params: { found: describe(value), expected_key: "unique" } };
    case "not":
      // The one `not` in the agency schema: a verified value may not be left unanswered (agencySchema).
      if (path[path.length - 2] === "verified") return { code: "verified-unanswered", path, params: { found: describe(value) } };
      return { code: "invalid-value", path, params: { detail: e.message ?? e.keyword } };
    default:
      return { code: "invalid-value", path, params: { detail: e.message ?? e.keyword } };
  }
}

/** The key whose text opens with a word processor's quote and stops short of the closing one, `field` (a key without a value) being the rest of it. */
function curlyTextCut(held: object, field: string): string | undefined {
  if ((held as Record<string, unknown>)[field] !== null) return undefined;
  return Object.entries(held).find(([, v]) => typeof v === "string" && /^[“‘«„]/.test(v) && !/[”’»“]$/.test(v))?.[0];
}

function typeExpected(e: ErrorObject): string {
  const type = (e.params as { type: unknown }).type;
  return String(Array.isArray(type) ? type[0] : type);
}

function pointerToPath(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The value at a path of the data (undefined when the path is not there); a "__proto__" key is a key. */
export function valueAt(data: unknown, path: string[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** The answer's limit a figure passes, and which side; undefined within its range. */
function limitPassed(n: number, path: string[], known: Partial<AnswerCodes> | undefined): { side: "over" | "under"; limit: string } | undefined {
  const max = known?.maximumAt?.(path);
  const min = known?.minimumAt?.(path);
  if (max !== undefined && n > max) return { side: "over", limit: String(max) };
  if (min !== undefined && n < min) return { side: "under", limit: String(min) };
  return undefined;
}

/** A quoted figure past the answer's range: the figure and the limit it passes, for the hint. */
function quotedPastLimit(n: number, path: string[], known: Partial<AnswerCodes> | undefined): Record<string, string> {
  const passed = limitPassed(n, path, known);
  return passed === undefined ? {} : { [`hint_quoted_${passed.side}`]: String(n), quoted_limit: passed.limit };
}

/** A figure written with words (a unit, a remark) past the answer's range: the figure and the limit it passes, for the hint. */
function figurePastLimit(n: number, path: string[], known: Partial<AnswerCodes> | undefined): Record<string, string> {
  const passed = limitPassed(n, path, known);
  return passed === undefined ? {} : { [`hint_figure_${passed.side}`]: String(n), figure_limit: passed.limit };
}

/** A short rendering of the value found, for "found: …". */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "–";
  // A mapping or list as YAML writes it on one line ({a: 40, b: 50}), as the officer wrote it, not as JSON.
  const text = typeof value === "object" && value !== null ? flow(value, 0) : JSON.stringify(value) ?? String(value);
  return [...text].length > 60 ? [...text].slice(0, 57).join("") + "…" : text;
}

/** A value in YAML's one-line (flow) style; text that could read as something else is quoted. Deep values are cut. */
function flow(value: unknown, depth: number): string {
  if (Array.isArray(value)) return depth > 3 ? "[…]" : `[${value.slice(0, 20).map((v) => flow(v, depth + 1)).join(", ")}${value.length > 20 ? ", …" : ""}]`;
  // `!!set {vi, en}` reads as a Set and `!!omap` as a Map, which have no entries of their own: as written.
  if (value instanceof Set) return depth > 3 ? "{…}" : `{${[...value].slice(0, 20).map((v) => flow(v, depth + 1)).join(", ")}${value.size > 20 ? ", …" : ""}}`;
  if (value instanceof Map) return flow(Object.fromEntries(value), depth);
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    return depth > 3 ? "{…}" : `{${entries.slice(0, 20).map(([k, v]) => `${plainText(k)}: ${flow(v, depth + 1)}`).join(", ")}${entries.length > 20 ? ", …" : ""}}`;
  }
  return typeof value === "string" ? plainText(value) : String(value);
}

/** Text as YAML leaves it unquoted where it cannot be misread (no indicator, no number or keyword form). */
function plainText(text: string): string {
  return /^[\p{L}_][\p{L}\p{N} _./-]*$/u.test(text) && !/^(true|false|null|yes|no|on|off)$/i.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}

/** answers/CODE/value (or its verified value), and answers/CODE/value/FIELD of a parts input. */
function isFractionValue(path: string[], fractions: Set<string>): boolean {
  if (path[0] !== "answers" || path.length < 3) return false;
  const code = path[1]!;
  const rest = path.slice(2);
  const value = rest[0] === "verified" ? rest.slice(1) : rest;
  if (value[0] !== "value") return false;
  return value.length === 1 ? fractions.has(code) : value.length === 2 && fractions.has(`${code}/${value[1]}`);
}

/** The schemas' patterns said in words (an officer reads no regular expression); another pattern is shown as written. */
const PATTERN_WORDS: Record<string, string> = {
  "^[A-Za-z0-9][A-Za-z0-9._-]*$": "idPattern",
  "^[a-z0-9][a-z0-9._-]*$": "lowerIdPattern",
  "^[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*$": "codePattern",
  [NAME_PATTERN]: "textPattern",
  // expected.yaml's fixtures: a file of the fixtures folder itself, never a path out of it.
  "^[^/\\\\]+\\.ya?ml$": "fixtureFilePattern",
};

/**
 * A date written day first, as Vietnamese documents do (31/03/2025, 31-3-2025, 31.03.2025), as assess reads it: the
 * ISO form it should be. With a time after it, as a spreadsheet or a database exports a date (2025-02-14T00:00:00,
 * 2025-02-14 00:00:00Z): at midnight the date it is; at another time only the date part, said as such (the time
 * may be the point); a time with its zone is dated as in Vietnam (2025-02-13T17:00:00Z is midnight of 14/02 there).
 * All digits in quotes ("45702"): a date as Excel keeps it.
 */
function isoDateFor(value: unknown): Record<string, string> {
  if (typeof value !== "string") return {};
  // “2025-02-14” in a word processor's quotes is the date inside them.
  const text = unquoted(value).trim();
  const iso = parseDate(text);
  if (iso) return { suggestion: `"${iso}"` };
  const timed = DATE_TIME.exec(text);
  const day = timed ? parseDate(timed[1]!) : undefined;
  if (!timed || !day) return /^\d+$/.test(text) ? excelDateFor(Number(text)) : {};
  if (MIDNIGHT.test(timed[2]!)) return { suggestion: `"${day}"` };
  // A moment with its zone is the day it is in Vietnam, where the agency dates its documents: a program in UTC+7
  // exports midnight of 14/02 as 2025-02-13T17:00:00Z, whose date part is the day before.
  const there = timed[3] === undefined ? undefined : vietnamMoment(day, timed[2]!, timed[3]);
  if (there === undefined) return { hint_date_part: `"${day}"` };
  return there.midnight ? { suggestion: `"${there.day}"` } : { hint_date_part: `"${there.day}"` };
}

/** A date, then a time of day (T or spaces between), perhaps with seconds, their fraction and a time zone. */
const DATE_TIME = /^(\S+?)(?:T|\s+)(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const MIDNIGHT = /^0?0:00(?::00(?:[.,]0+)?)?$/;

/** Vietnam's offset from UTC in minutes (UTC+7 all year). */
const VIETNAM_OFFSET_MIN = 7 * 60;

/** The day in Vietnam of a date, time and zone (Z, +09, -0800, +07:00), and whether it is midnight there; undefined for no time of a day. */
function vietnamMoment(day: string, time: string, zone: string): { day: string; midnight: boolean } | undefined {
  const [h, m, sec = "0"] = time.split(":") as [string, string, string?];
  const written = /^[+-](\d{2}):?(\d{2})?$/.exec(zone);
  const [zh, zm] = written ? [Number(written[1]), Number(written[2] ?? 0)] : [0, 0];
  if (Number(h) > 23 || Number(m) > 59 || zh > 14 || zm > 59) return undefined;
  const offset = (zone.startsWith("-") ? -1 : 1) * (zh * 60 + zm);
  const minutes = Number(h) * 60 + Number(m) - offset + VIETNAM_OFFSET_MIN;
  const shift = Math.floor(minutes / 1440);
  const date = new Date(0);
  const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
  date.setUTCFullYear(y, mo - 1, d + shift);
  // A moment past 9999 in Vietnam has no date of four digits to offer.
  if (date.getUTCFullYear() > 9999) return undefined;
  const midnight = ((minutes % 1440) + 1440) % 1440 === 0 && Number(sec.replace(",", ".")) === 0;
  return { day: `${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`, midnight };
}

/** Excel's day numbers of 2000-01-01 and 2099-12-31: a whole number between them in a date field is most likely one. */
const EXCEL_SERIAL_RANGE = [36526, 73050] as const;

/**
 * A whole number in Excel's range of this century's dates (45702, a date cell pasted as its number): the date it
 * stands for. Excel counts 1900-01-01 as day 1 and takes 1900 for a leap year, so from day 61 (1900-03-01) on,
 * day n is n days after 1899-12-30.
 */
function excelDateFor(serial: number): Record<string, string> {
  if (!Number.isInteger(serial) || serial < EXCEL_SERIAL_RANGE[0] || serial > EXCEL_SERIAL_RANGE[1]) return {};
  const day = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
  return { suggestion: `"${day}"`, hint_excel_date: String(serial) };
}

/**
 * The number a text plainly means where it is written as no YAML number: "85" in quotes, 1 000 with spaces
 * between thousands, 1.000.000 with dots, −5 with a minus sign from a word processor, full-width ８５,
 * “85” in a word processor's quotes, 2O with a letter O for a zero.
 */
/**
 * –5: a dash Word or a phone's keyboard types (or the minus sign of a symbol table) before the figure, not the
 * keyboard's -, named. Below the answer's least (a count, a percentage) no minus was meant, nor is one suggested:
 * the figure alone may be the answer (hint_dash_floor), unless it is over the answer's most (hint_dash_max).
 */
function dashHint(written: string, reading: number | undefined, fits: (n: number) => boolean, path: string[], known: Partial<AnswerCodes> | undefined): Record<string, string> {
  const dash = reading !== undefined && reading < 0 ? DASH_BEFORE_FIGURE.exec(written)?.[1] : undefined;
  if (dash === undefined) return {};
  if (fits(reading!)) return { hint_dash: dash };
  const floor = String(known?.minimumAt?.(path) ?? 0);
  if (fits(-reading!)) return { hint_dash: dash, hint_dash_floor: floor };
  // –500 at a percentage: the figure alone is over the answer's most too; "delete the dash" would lead to out-of-range.
  const max = known?.maximumAt?.(path);
  if (max !== undefined && -reading! > max) return { hint_dash: dash, hint_dash_floor: floor, hint_dash_max: String(max) };
  return { hint_dash: dash };
}

/** Whether a path is an answer's value or a verified one (answers/CODE/value, answers/CODE/verified/value, a part of either). */
function isAnswerValue(path: readonly string[]): boolean {
  return path[0] === "answers" && (path[2] === "value" || (path[2] === "verified" && path[3] === "value"));
}

/** A dash or minus sign other than the keyboard's before a figure: hyphen, figure dash, en and em dash, horizontal bar, minus sign. */
const DASH_BEFORE_FIGURE = /^([\u2010-\u2015\u2212])(?=\d)/;

function numberReading(text: string): number | undefined {
  // Full-width forms only: 10² (NFKC's 102) and ① are no figure written another way.
  const typed = withoutQuotes(halfWidth(text)).replace(DASH_BEFORE_FIGURE, "-");
  // 2O: a letter O typed for a zero, as a code's 5.1O is read as 5.10.
  const t = zeroTypedAsLetter(typed) ? typed.replace(/[Oo]/g, "0") : typed;
  const plain = /^-?\d+(\.\d+)?$/.test(t) ? t : /^-?\d{1,3}([ \u00a0\u202f]\d{3})+$/.test(t) ? t.replace(/[ \u00a0\u202f]/g, "") : /^-?\d{1,3}(\.\d{3}){2,}$/.test(t) ? t.replace(/\./g, "") : undefined;
  return plain === undefined ? undefined : Number(plain);
}

/**
 * The one reading of a figure: as numberReading reads it, or, holding a comma, as assess reads it typed (12,5;
 * 1.234,5; 1,000.5; 450,000,000); none for 1,000, a thousand in English and one in Vietnamese.
 */
function figureReading(text: string): number | undefined {
  if (!halfWidth(text).includes(",")) return numberReading(text);
  const parsed = parseNumber(text);
  return parsed.kind === "ok" ? parsed.value : undefined;
}

/**
 * An amount over the answer's maximum that is the answer in its unit's base (450000000 đồng where it counts in
 * triệu đồng): the figure to write and the units to name, as params of the finding; undefined otherwise.
 */
function unitHint(value: number, path: string[], known: Partial<AnswerCodes> | undefined, max: number): Record<string, string> | undefined {
  const unit = known?.unitAt?.(path);
  const scaled = inUnitsOf(value, unit, known?.minimumAt?.(path) ?? 0, max);
  if (scaled === undefined || !unit) return undefined;
  return { hint_unit: String(scaled), unit_vi: unit.vi, unit_en: unit.en, base_vi: baseUnit(unit.vi), base_en: baseUnit(unit.en) };
}

/**
 * The figure of "85 người" (the number the answer is), or undefined where the figure alone is not what was
 * meant: "10 triệu" (a word that multiplies it) or "1.000 người" (a thousand in Vietnamese, 1 to YAML); only a
 * figure as YAML writes numbers (digits, one decimal point) or with its thousands grouped (12 380, 1.000.000).
 */
function figureWithWords(text: string, unit: Text | undefined): string | undefined {
  // "150 triệu đồng" where the question counts in triệu đồng: the figure is the number, the magnitude word is the unit's.
  const inUnit = figureInUnit(text, unit) ?? figureInUnitMagnitude(text, unit);
  // "1,2 tỷ đồng" where it counts in triệu đồng: the figure in the question's unit, 1200.
  const scaled = inUnit === undefined ? magnitudeInUnit(text, unit) : undefined;
  if (scaled) {
    const figure = doubtfulNumberSource(scaled.figure) === "ambiguous" ? undefined : figureReading(scaled.figure);
    return figure === undefined ? undefined : String(Math.round(figure * scaled.times * 1000) / 1000);
  }
  const split = inUnit !== undefined ? { figure: inUnit } : figureAndWords(text);
  if (!split || doubtfulNumberSource(split.figure) === "ambiguous") return undefined;
  // 12 380 hộ, 12,5 triệu đồng: read as a figure alone is.
  const reading = figureReading(split.figure);
  return reading === undefined ? undefined : figureToWrite(reading);
}

/** A web address, or a path to a file as Explorer copies it (D:\…, \\server\…). */
export const BARE_LINK = new RegExp(String.raw`^(?:https?:\/\/|www\.)\S+$|^${DRIVE}[\\/]|^\\\\[^\\\s]`, "i");

/**
 * An evidence item written as a bare address: the item it should be, `- {link: …}`, with the other fields the
 * indicator asks for as "…" to fill in; the address plain where a one-line mapping reads it so, else in single
 * quotes (a backslash is a backslash there, and a comma or # stays text). Undefined for other text.
 */
function bareLinkItem(text: string, fields: readonly string[]): Record<string, string> | undefined {
  if (!BARE_LINK.test(text)) return undefined;
  const link = /^[\w.:/?=&%~+-]+$/.test(text) && !text.includes("\\") ? text : `'${text.replace(/'/g, "''")}'`;
  const asked = fields.filter((f) => f !== "link");
  const item = `- {${[...asked.map((f) => `${f}: "…"`), `link: ${link}`].join(", ")}}`;
  return { hint_evidence_item: item, ...(asked.length > 0 ? { hint_evidence_fields: asked.join(", ") } : {}) };
}

/**
 * A verified value as YAML's flow style writes it: a number, a yes/no, a choice's id, a date, or a list of ids. Other
 * text (`"3 cuộc"`) gets none: moved into the block as it is, it would only be the next finding.
 */
function flowValue(value: unknown): string | undefined {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string" && ISO_DATE.test(value)) return JSON.stringify(value);
  if (typeof value === "string") return /^[a-z][a-z0-9-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/.test(value) ? value : undefined;
  const items = Array.isArray(value) && value.length > 0 ? value.map((v) => (typeof v === "string" ? flowValue(v) : undefined)) : [];
  if (items.length > 0 && items.every((v) => v !== undefined)) return `[${items.join(", ")}]`;
  return undefined;
}

/** An evidence item's fields: those assess asks, and the issuer a hand-written item may add. */
const ITEM_FIELDS = [...EVIDENCE_FIELDS, "issuer"] as const;

/** `evidence: {number: "18/QĐ-SKHCN", date: …}`: the item as a list's line, where it holds only an item's fields, as texts. */
function dashlessItem(value: unknown): Record<string, string> | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length === 0 || !entries.every(([k, v]) => (ITEM_FIELDS as readonly string[]).includes(k) && typeof v === "string")) return undefined;
  return { hint_evidence_item: `- {${entries.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(", ")}}` };
}

/**
 * `- "Thông báo số 12/TB-BCĐ ngày 28/3/2025"`: the item it stands for; any other text (`- Biên bản họp`) is the
 * document's title. A field the indicator asks and the text lacks is written "…", to fill in.
 */
function citationItem(text: string, fields: readonly string[]): Record<string, string> | undefined {
  if (text.trim() === "") return undefined;
  const cited = citedFields(text);
  const written: Partial<Record<string, string>> = cited ? { ...cited } : { title: text.normalize("NFC").trim() };
  const keys = EVIDENCE_FIELDS.filter((f) => written[f] !== undefined || fields.includes(f));
  const gaps = keys.some((f) => written[f] === undefined);
  return { hint_evidence_item: `- {${keys.map((f) => `${f}: ${written[f] !== undefined ? JSON.stringify(written[f]) : '"…"'}`).join(", ")}}`, hint_evidence_form: `${cited ? "citation" : "text"}${gaps ? "-gaps" : ""}` };
}

/**
 * Where a remark written after an answer's figure goes: its note, written in YAML's double quotes (a # or a colon in
 * it stays text); "add" where the answer has a note already (a second `note:` would be a key twice).
 */
function noteHint(remark: string, path: string[], data: unknown): Record<string, string> {
  const entry = path[0] === "answers" ? path.slice(0, path.lastIndexOf("value")) : [];
  if (entry.length < 2) return {};
  const note = valueAt(data, [...entry, "note"]);
  return { hint_note: JSON.stringify(remark), ...(note !== undefined && note !== null ? { hint_note_add: "add" } : {}) };
}

/**
 * A checklist written as text, as the list of ids it stands for: the ids as written, labels given as their ids. A
 * label may hold a comma ("Dự đủ các phiên họp, hội nghị CĐS của tỉnh"), so the longest run of pieces that is one
 * label is taken (split at each comma, its second half was offered as an item of its own, which the list then refused).
 */
function listItems(text: string, path: string[], known: Partial<AnswerCodes> | undefined): string[] {
  const pieces = text.split(",").map((v) => v.trim()).filter((v) => v !== "");
  // Runs no longer than the longest label holding a comma: a long text is not searched piece by piece many times over.
  const longest = Math.max(0, ...(known?.labelsAt?.(path) ?? []).flatMap((o) => [o.label.vi, o.label.en]).filter((l) => l.includes(",")).map((l) => l.length));
  const items: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let end = i + 1;
    for (let length = pieces[i]!.length; end < pieces.length && length + 2 + pieces[end]!.length <= longest; end++) length += 2 + pieces[end]!.length;
    let id: string | undefined;
    while (end > i && (id = known?.idForLabel?.([...path, String(items.length)], pieces.slice(i, end).join(", "))) === undefined) end--;
    items.push(id ?? pieces[i]!);
    i = id === undefined ? i + 1 : end;
  }
  return items;
}

/**
 * The allowed values as the message shows them: each id with its label in the reader's language where the
 * rubric gives one (`department (Sở, ban, ngành cấp tỉnh)`), and null as leaving it empty; `values` as the ids alone.
 */
function allowedValues(values: string[], path: string[], known: Partial<AnswerCodes> | undefined): { values: string; values_vi: string; values_en: string } {
  const labels = new Map((known?.labelsAt?.(path) ?? []).map((o) => [o.id, o.label]));
  const shown = (lang: Lang) => values.map((v) => (v === "null" ? (lang === "vi" ? "để trống (null)" : "empty (null)") : labels.has(v) ? `${v} (${labels.get(v)![lang]})` : v)).join(", ");
  return { values: values.join(", "), values_vi: shown("vi"), values_en: shown("en") };
}

/** A figure with a fraction where a whole number is asked (1,5 applications): the whole numbers each side that the answer takes. */
function wholeAround(reading: number, fits: (n: number) => boolean): Record<string, string> {
  const around = [Math.floor(reading), Math.ceil(reading)].filter(fits);
  return { hint_not_whole: figureToWrite(reading), ...(around.length > 0 ? { whole_around: around.join(" | ") } : {}) };
}
