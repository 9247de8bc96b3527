import { isEmail } from "./email-format.js";
import { allIndicators } from "../core/codes.js";
import { EMAIL_MAX, EVIDENCE_FIELD_MAX, hasNameCharacter, NAME_MAX, NOTE_MAX, PERIOD_MAX, PHONE_MAX, POSITION_MAX, REASON_MAX, textMaxLength } from "../core/agency-schema.js";
import { MAX_LIST_ITEMS } from "./bound-lists.js";
import type { Indicator, Input, Rubric, SimpleInput } from "../core/rubric.js";
import { setOwn } from "../core/own-key.js";

/**
 * A quick check that an agency file's data is valid against the agency schema of its rubric
 * (core/agency-schema.ts), written out by hand: true only when the schema surely accepts the data.
 * False says nothing: the compiled validator then decides and explains. Warm and alone, it takes 29-34 us
 * for a generated file against the generated validator's 55; but that validator is a few hundred
 * kilobytes of code, at half speed over its first 5,000 files, and within a batch it cost 190-230 us.
 * With this check, 10,000 files took 17 % less time (8.2-8.3 s against 6.8 s, the same report). Any
 * change to the agency schema must be made here too: the tests compare both on every kind of value, on
 * every rubric's files, and on random damage. `data` is what a YAML reader makes: plain objects whose
 * properties are all enumerable (the check walks them with for-in; a hidden property would escape it).
 */
export function plainlyValid(rubric: Rubric, data: unknown): boolean {
  return checkerOf(rubric).whole(data);
}

/**
 * `data` with only the answers the quick check does not vouch for (all of them when `answers` is no
 * mapping). The schema checks each answer on its own, so the validator finds in this the very errors
 * it finds in the whole file, in the same order, without going through dozens of valid answers with
 * code V8 has not optimised (an invalid file is rare in a batch).
 */
export function doubtfulPart(rubric: Rubric, data: Record<string, unknown>): Record<string, unknown> {
  const answers = data.answers;
  if (!isObject(answers)) return data;
  const checks = checkerOf(rubric).answers;
  const doubtful: Record<string, unknown> = {};
  for (const code in answers) {
    const check = checks.get(code);
    if (!check || !check(answers[code])) setOwn(doubtful, code, answers[code]);
  }
  return { ...data, answers: doubtful };
}

interface Checker { whole: Check; answers: Map<string, Check> }

function checkerOf(rubric: Rubric): Checker {
  let checker = checkers.get(rubric);
  if (!checker) checkers.set(rubric, (checker = agencyChecker(rubric)));
  return checker;
}

type Check = (value: unknown) => boolean;

const checkers = new WeakMap<Rubric, Checker>();
const AGENCY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";
const isNonEmpty = (v: unknown): boolean => typeof v === "string" && v.length > 0;
/** A text of at most `max` characters: UTF-16 units, never fewer than the schema's code points. */
const textAtMost = (max: number): Check => (v) => typeof v === "string" && v.length <= max;
/** A note or reason as the schema takes it (NOTE_MAX, REASON_MAX). */
const isNote = textAtMost(NOTE_MAX);
const isReason = (v: unknown): boolean => isNonEmpty(v) && (v as string).length <= REASON_MAX;
/** Who verified, an agency: at most a name's length. */
const isVerifier = textAtMost(NAME_MAX);
/** A name as the agency schema takes it: a letter or digit, not spaces or invisible characters alone, at most 500 characters. */
const isName = (v: unknown): boolean => typeof v === "string" && v.length <= NAME_MAX && hasNameCharacter(v);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isInteger = (v: unknown): v is number => Number.isInteger(v);
const isUnanswered = (v: unknown): boolean => v === null || v === "?";
const orNull = (check: Check): Check => (v) => v === null || check(v);
const optional = (v: unknown, check: Check): boolean => v === undefined || check(v);

/**
 * A list whose every item passes; a hole is read as undefined and fails, as in the validator (`Array.prototype.every`
 * would skip it). A list longer than the slow path checks is left to it, which says so (bound-lists.ts).
 */
function every(list: unknown, check: Check): boolean {
  if (!Array.isArray(list) || list.length > MAX_LIST_ITEMS) return false;
  for (let i = 0; i < list.length; i++) if (!check(list[i])) return false;
  return true;
}

/** Every key of `value` has a check in `checks`, and its value passes it (properties with additionalProperties: false). */
function eachKnown(value: Record<string, unknown>, checks: ReadonlyMap<string, Check>): boolean {
  for (const key in value) {
    const check = checks.get(key);
    if (!check || !check(value[key])) return false;
  }
  return true;
}

/** Every own key of `value` is in `allowed` (additionalProperties: false). */
function onlyKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

const keys = (...names: string[]): ReadonlySet<string> => new Set(names);
/** The keys an agency file has at its top (the schema's properties there). */
export const TOP_KEYS = keys("rubric", "example", "agency", "period", "respondent", "submitted", "answers");
const RUBRIC_KEYS = keys("id", "version");
const AGENCY_KEYS = keys("id", "name", "type", "cohort");
const RESPONDENT_KEYS = keys("name", "position", "email", "phone");
const FRACTION_KEYS = keys("a", "b");

function agencyChecker(rubric: Rubric): Checker {
  const types = new Set(rubric.agency_types.map((t) => t.id));
  const cohorts = new Set(rubric.cohorts?.length ? rubric.cohorts.map((c) => c.id) : types);
  const answers = new Map(allIndicators(rubric).map((i) => [i.code, answerChecker(i)]));
  const isPeriod = (v: unknown) => (isString(v) && v.length <= PERIOD_MAX) || isInteger(v);
  const isRubricRef = (v: unknown) => isObject(v) && onlyKeys(v, RUBRIC_KEYS) && isString(v.id) && isString(v.version);
  const isAgency = (v: unknown) =>
    isObject(v) && onlyKeys(v, AGENCY_KEYS) && isString(v.id) && AGENCY_ID.test(v.id) && isName(v.name) && isString(v.type) && types.has(v.type) &&
    optional(v.cohort, (c) => c === null || (isString(c) && cohorts.has(c)));
  const isRespondent = (v: unknown) =>
    isObject(v) && onlyKeys(v, RESPONDENT_KEYS) && isName(v.name) && optional(v.position, orNull(textAtMost(POSITION_MAX))) &&
    optional(v.email, orNull((e) => isString(e) && e.length <= EMAIL_MAX && isEmail(e))) && optional(v.phone, orNull(textAtMost(PHONE_MAX)));
  const isAnswers = (v: unknown) => v === null || (isObject(v) && eachKnown(v, answers));
  const whole = (data: unknown) =>
    isObject(data) && onlyKeys(data, TOP_KEYS) && isRubricRef(data.rubric) && isAgency(data.agency) && isPeriod(data.period) &&
    optional(data.example, (v) => typeof v === "boolean") && optional(data.respondent, isRespondent) &&
    optional(data.submitted, orNull(isDate)) && optional(data.answers, isAnswers);
  return { whole, answers };
}

/** An answer: unanswered, or an object with a typed value, N/A with a reason, evidence, a verified value. */
function answerChecker(indicator: Indicator): Check {
  const value = answerable(valueChecker(indicator.input));
  const required = indicator.evidence?.fields ?? [];
  // Each object is walked once, over the keys it has (most answers have two or three of the seven):
  // a key the schema does not know fails (whatever its value), a known one set to undefined passes as
  // if absent, as in the validator.
  const isEvidence = (e: unknown) => {
    if (!isObject(e)) return false;
    for (const key in e) {
      const v = e[key];
      if (key === "date") { if (v !== undefined && !isDate(v)) return false; continue; }
      // The longest text each takes (EVIDENCE_FIELD_MAX): UTF-16 units, never fewer than the schema's code points.
      if (!Object.hasOwn(EVIDENCE_FIELD_MAX, key)) return false;
      const max = EVIDENCE_FIELD_MAX[key as keyof typeof EVIDENCE_FIELD_MAX];
      if (v !== undefined && !((key === "issuer" ? isString(v) : isNonEmpty(v)) && (v as string).length <= max)) return false;
    }
    for (const field of required) if (e[field] === undefined) return false;
    return true;
  };
  const isEvidenceList = (list: unknown) => every(list, isEvidence);
  const isVerified = (o: unknown) => {
    if (!isObject(o)) return false;
    for (const key in o) {
      const v = o[key];
      switch (key) {
        case "value": if (!optional(v, value)) return false; break;
        case "na": if (!optional(v, isBoolean)) return false; break;
        case "reason": if (!optional(v, isReason)) return false; break;
        case "note": if (!optional(v, isNote)) return false; break;
        case "by": if (!optional(v, isVerifier)) return false; break;
        case "date": if (!optional(v, isDate)) return false; break;
        default: return false;
      }
    }
    // A value, or N/A with a reason (see agencySchema).
    return o.na === true ? o.reason !== undefined : o.value !== undefined && o.value !== null && o.value !== "?";
  };
  return (a) => {
    if (isUnanswered(a)) return true;
    if (!isObject(a)) return false;
    for (const key in a) {
      const v = a[key];
      switch (key) {
        case "value": if (!optional(v, value)) return false; break;
        case "na": case "flag": if (!optional(v, isBoolean)) return false; break;
        case "reason": if (!optional(v, isReason)) return false; break;
        case "note": if (!optional(v, isNote)) return false; break;
        case "evidence": if (!optional(v, isEvidenceList)) return false; break;
        case "verified": if (!optional(v, isVerified)) return false; break;
        default: return false;
      }
    }
    return a.na !== true || a.reason !== undefined;
  };
}

const isBoolean = (v: unknown): boolean => typeof v === "boolean";
const answerable = (check: Check): Check => (v) => isUnanswered(v) || check(v);
const within = (min: number | undefined, max: number | undefined) => (v: number) => (min === undefined || v >= min) && (max === undefined || v <= max);

function valueChecker(input: Input): Check {
  if (input.type !== "parts") return simpleChecker(input);
  const fields = new Map(input.fields.map((f) => [f.id, answerable(simpleChecker(f.input))]));
  return (v) => isObject(v) && eachKnown(v, fields);
}

function simpleChecker(input: SimpleInput): Check {
  switch (input.type) {
    case "boolean": return isBoolean;
    case "number": {
      const inRange = within(input.min, input.max);
      return input.integer ? (v) => isInteger(v) && inRange(v) : (v) => isNumber(v) && inRange(v);
    }
    case "percent": return (v) => isNumber(v) && v >= 0 && v <= 100;
    case "fraction": {
      const count = input.integer ? isInteger : isNumber;
      // A half may be "?" or empty (see agencySchema).
      const half = answerable((n) => count(n) && (n as number) >= 0);
      return (v) => isObject(v) && onlyKeys(v, FRACTION_KEYS) && half(v.a) && half(v.b);
    }
    case "count": { const inRange = within(0, input.max); return (v) => isInteger(v) && inRange(v); }
    case "choice": { const ids = new Set(input.options.map((o) => o.id)); return (v) => isString(v) && ids.has(v); }
    case "checklist": {
      const ids = new Set(input.options.map((o) => o.id));
      return (v) => every(v, (item) => isString(item) && ids.has(item)) && new Set(v as unknown[]).size === (v as unknown[]).length;
    }
    case "level": { const inRange = within(input.min ?? 0, input.max); return (v) => isInteger(v) && inRange(v); }
    case "date": return isDate;
    case "text": {
      const inRange = within(input.min_length, textMaxLength(input));
      return (v) => isString(v) && inRange(codePoints(v));
    }
  }
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DIGITS_AT = [0, 1, 2, 3, 5, 6, 8, 9];

/** The `date` format as ajv-formats checks it (YYYY-MM-DD, a real day of the Gregorian calendar), without a regular expression's match array. */
function isDate(v: unknown): boolean {
  if (typeof v !== "string" || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  for (const i of DIGITS_AT) { const c = v.charCodeAt(i); if (c < 48 || c > 57) return false; }
  const n = (i: number) => v.charCodeAt(i) - 48;
  const year = n(0) * 1000 + n(1) * 100 + n(2) * 10 + n(3);
  const month = n(5) * 10 + n(6);
  const day = n(8) * 10 + n(9);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]!);
}

/** Length as JSON Schema counts it (code points, as ajv does), without building an array. */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) { n++; continue; }
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) i++;
    n++;
  }
  return n;
}
