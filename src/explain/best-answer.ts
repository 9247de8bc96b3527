import type { Input, Lang, Rule, SimpleInput, Term } from "../core/rubric.js";
import { worth, type CohortStats } from "../core/rules.js";
import { message } from "../i18n/messages.js";
import { measureCeiling, measureOf } from "../core/measure.js";
import { dateText } from "../report/format-number.js";
import { describeValue, num } from "./words.js";
import { exact } from "../core/number-text.js";
import { measureUnit } from "../rubric-ci/show/describe-rule.js";
import { termReachable } from "../core/reachable-max.js";
import { setOwn } from "../core/own-key.js";
import { quotedLabel } from "../core/quoted-label.js";

/**
 * An answer that earns a rule's full points, and that answer in words. `onlyIfDatedBy`: a deadline now past that
 * an unanswered date earns only if the thing was in fact done by it (see inTimeIfDone): a gain to check, not a sure one.
 */
interface BestAnswer { value: unknown; words: string; onlyIfDatedBy?: string; inTime?: InTime }

/**
 * Beside the late points of an unanswered date whose deadline has passed: the date that earns the deadline's points
 * if the thing was in fact done by it (`by`, never advice to date it so), and the last date the answer takes.
 */
export interface InTime {
  value: string;
  last?: string;
  /** The whole answer that earns the deadline's points, where the date is one part of it (default: `value`). */
  answer?: unknown;
  /** Past the last allowed date too (no sure late date): the condition in words, "if it was issued on or before …". */
  ifDated?: string;
  /** Where the date is one part of a multi-part answer: where its words sit (see placedWords). */
  at?: Place;
  /** The other parts of a `sum` past their deadline, each with the whole answer that has it in time, the rest as sure. */
  more?: MoreInTime[];
}

/** A further part of a `sum` past its deadline: its late words (none past its last allowed date), and its answer in time. */
export interface MoreInTime { value: string; answer: unknown; words: string | undefined; at?: Place }

/** Where a deadline's words sit: after its field's label ("Issue date: …"), or at its place in a `sum`'s row. */
export interface Place { label?: string; row?: RowPart[] }

/**
 * A part of a `sum`'s row, in the row's order: a part's sure words, or a part past its deadline, `deadline` 0 the
 * first (InTime itself) and i the i-th of InTime.more, with its own place and its late words (none if conditional).
 */
type RowPart = { words: string } | { deadline: number; at?: Place; late?: string };

/** A deadline's words at their place; in a row, `more` the other deadlines' words (see moreInTimeWords). */
export function placedWords(at: Place | undefined, words: string, more: (string | undefined)[] = []): string {
  if (at?.row) return rowWords(at.row, words, more);
  return at?.label !== undefined ? `${at.label}: ${words}` : words;
}

/**
 * A `sum`'s row: `first` the first deadline's words (undefined: its late words, or left out if conditional), `more`
 * the others' (undefined likewise). The only place a multi-part row is put into words.
 */
export function rowWords(row: RowPart[], first: string | undefined, more: (string | undefined)[]): string {
  const out: string[] = [];
  for (const part of row) {
    if ("words" in part) { out.push(part.words); continue; }
    const said = part.deadline === 0 ? (first === undefined ? undefined : placedWords(part.at, first)) : more[part.deadline - 1];
    const text = said ?? part.late;
    if (text !== undefined) out.push(text);
  }
  return out.join("; ");
}

/**
 * The words of the further parts past their deadline, `gains` the row's rise with each in time and `sure` the row's
 * sure gain: "Report date: dated … (the late points); if it was issued on or before 2025-08-31: +22, answer its date".
 * A part whose in-time answer adds nothing keeps its late words alone (undefined), or is left out past its last date.
 */
export function moreInTimeWords(more: MoreInTime[], gains: number[], sure: number, decimals: number, lang: Lang): (string | undefined)[] {
  return more.map((m, i) => {
    const gain = gains[i] ?? 0;
    if (!(Math.round((gain - sure) * 10 ** decimals) > 0)) return undefined;
    const cond = message(lang, "exp-best-if-dated-gain", { by: dateText(m.value, lang), gain: num(gain, lang) });
    // The late words are the part's own, labelled already.
    if (m.words !== undefined) return `${m.words}; ${cond}`;
    return placedWords(m.at, cond);
  });
}

/**
 * The answer that would earn the most points under a rule, starting from the current value (a fraction
 * keeps its denominator, a checklist its ticked items). Undefined when no answer can be named (text input).
 * Batch-relative rules are judged alone, as `explain` scores one file: the words say what the cohort needs.
 * `today` (YYYY-MM-DD, in Vietnam): a deadline before it can no longer be met (see lateBest).
 */
export function bestAnswer(rule: Rule, input: Input, max: number, current: unknown, lang: Lang, cohort?: CohortStats, today?: string): BestAnswer | undefined {
  const m = (key: string, params: Record<string, string | number> = {}) => message(lang, key, params);
  if (rule.type === "sum") {
    if (input.type !== "parts") return undefined;
    const value: Record<string, unknown> = { ...objectOf(current) };
    const words: string[] = [];
    // Every part whose date is past its deadline: the deadline's points, if it was in fact done by then, said at
    // that part's place as a date alone says them (its late points alone hid them; past its last allowed date it was
    // counted a sure gain, and written so, as if the officer were to backdate it). The first says the row's sure
    // gain beside its own; the others (see InTime.more) their own rise, each over the sure answer of the rest.
    const alts: { changes: Record<string, unknown>; inTime: InTime; conditional: boolean; words: string }[] = [];
    const row: RowPart[] = [];
    // What the in-time answer changes in the parts (a nested rule's answer holds every field it was given).
    const changes = (term: Term, inTime: InTime, from: Record<string, unknown>) => {
      const answer: Record<string, unknown> = {};
      mergeTerm(answer, term, inTime.answer ?? inTime.value);
      return Object.fromEntries(Object.entries(answer).filter(([k, v]) => from[k] !== v));
    };
    for (const term of rule.parts) {
      const b = termBest(term, input, max, value, lang, today);
      if (!b) continue;
      if (b.onlyIfDatedBy) {
        // No sure answer for the whole: out of it, the condition beside it.
        if (b.inTime) {
          row.push({ deadline: alts.length, at: b.inTime.at });
          alts.push({ changes: changes(term, b.inTime, value), inTime: b.inTime, conditional: true, words: b.words });
        }
        continue;
      }
      mergeTerm(value, term, b.value);
      if (b.inTime?.at?.row) {
        // A nested sum (or a best_of holding one): its row spliced into this one, each of its deadlines one of
        // this row's, as if its parts were this sum's own (as one part, its deadlines after the first went unsaid).
        const offset = alts.length;
        for (const part of b.inTime.at.row) row.push("words" in part ? part : { ...part, deadline: offset + part.deadline });
        for (const { inTime, late } of nestedDeadlines(b.inTime, b.inTime.at.row)) {
          alts.push({ changes: changes(term, inTime, value), inTime, conditional: late === undefined, words: late ?? "" });
        }
      } else if (b.inTime) {
        row.push({ deadline: alts.length, at: b.inTime.at, late: b.words });
        alts.push({ changes: changes(term, b.inTime, value), inTime: b.inTime, conditional: false, words: b.words });
      } else if (b.words) row.push({ words: b.words });
      // A nested sum with nothing left to say (its dates answered late) adds no words: "Has a plan: Yes; " was left.
      if (b.words) words.push(b.words);
    }
    if (alts.length === 0) return { value, words: words.join("; ") };
    const answerOf = (alt: (typeof alts)[number]) => {
      const answer: Record<string, unknown> = { ...value };
      for (const [k, v] of Object.entries(alt.changes)) setOwn(answer, k, v);
      return answer;
    };
    const [head, ...rest] = alts;
    const more: MoreInTime[] = rest.map((a) => ({ value: a.inTime.value, answer: answerOf(a), words: a.conditional ? undefined : a.words, at: a.inTime.at }));
    return { value, words: words.join("; "), inTime: { ...head!.inTime, answer: answerOf(head!), at: { row }, ...(more.length > 0 ? { more } : {}) } };
  }
  if (rule.type === "best_of") {
    if (input.type !== "parts") return undefined;
    // The case that can earn the most, not the one with the largest max: a choice of 15 or 8 points under a
    // max of 20 lost to a yes/no worth 16.
    const best = [...rule.cases].sort((a, b) => termReachable(b, input, max) - termReachable(a, input, max))[0];
    if (!best) return undefined;
    const value: Record<string, unknown> = { ...objectOf(current) };
    const b = termBest(best, input, max, value, lang, today);
    if (!b) return undefined;
    mergeTerm(value, best, b.value);
    if (!b.inTime) return { value, words: b.words, ...(b.onlyIfDatedBy ? { onlyIfDatedBy: b.onlyIfDatedBy } : {}) };
    // The deadline's points, if the date was in fact done by then, as a date alone says them (see lateBest).
    const answer: Record<string, unknown> = { ...objectOf(current) };
    mergeTerm(answer, best, b.inTime.answer ?? b.inTime.value);
    return { value, words: b.words, ...(b.onlyIfDatedBy ? { onlyIfDatedBy: b.onlyIfDatedBy } : {}), inTime: { ...b.inTime, answer } };
  }
  if (input.type === "parts") return undefined;
  return (cohort && cohortBest(rule, input, current, cohort, lang)) ?? simpleBest(rule, input, max, current, lang, m, today);
}

/**
 * With the batch known (explain --batch), the answer that equals the cohort's best: the best agency's value
 * for a rule relative to it, the highest or the lowest for min-max. Lower-is-better is reached only where a
 * value can be written at the lowest measure itself (numbers, percentages, counts, levels and fractions, rounded down).
 */
function cohortBest(rule: Rule, input: SimpleInput, current: unknown, cohort: CohortStats, lang: Lang): BestAnswer | undefined {
  if (rule.type !== "relative_to_best" && rule.type !== "min_max") return undefined;
  // A cohort whose best is 0: any value above it is the new best (the words said "from 0 to 0", no gain).
  if (rule.type === "relative_to_best" && !(cohort.best > 0)) return undefined;
  const lower = rule.type === "min_max" && rule.lower_is_better === true;
  const target = rule.type === "relative_to_best" ? cohort.best : lower ? cohort.min : cohort.max;
  // A figure withheld for want of its evidence (`when_missing: no_points`) is no part of the cohort's figures and
  // can be better than they are: the answer that earns the points is the one given, not a worse one.
  const now = measureOf(input, current);
  if (now !== undefined && (lower ? now <= target : now >= target)) return { value: current, words: describeValue(input, current, lang) };
  const value = lower ? valueAtMost(input, target, current) : valueForMeasure(input, target, current);
  if (value === undefined) return undefined;
  const key = rule.type === "relative_to_best" ? "exp-best-relative-is" : lower ? "exp-best-lowest-is" : "exp-best-highest-is";
  return { value, words: message(lang, key, { value: describeValue(input, value, lang) }) };
}

/** A value whose measure is at most `measure`, for the inputs that can be written so (a fraction over its current b, else 100). */
function valueAtMost(input: SimpleInput, measure: number, current: unknown): unknown {
  switch (input.type) {
    // A falling piecewise is how a rubric scores "no" above "yes" (no incident in the year) or a low level above a high one:
    // without these, such an indicator was never among the gains.
    case "boolean": return measure >= 1;
    // Not below the lowest level: that is the best a falling rule can have when its best x is lower still.
    case "level": return Math.max(input.min ?? 0, Math.min(input.max, Math.floor(measure + 1e-9)));
    case "fraction": {
      const b = knownDenominator(current) ? (current as { b: number }).b : 100;
      return { a: Math.max(0, Math.floor((measure * b) / 100 + 1e-9)), b };
    }
    case "number": return input.integer ? Math.floor(measure + 1e-9) : measure;
    case "percent": return measure;
    case "count": return Math.floor(measure + 1e-9);
    default: return undefined;
  }
}

function termBest(term: Term, input: Input & { type: "parts" }, parentMax: number, value: Record<string, unknown>, lang: Lang, today: string | undefined): BestAnswer | undefined {
  const max = term.max ?? parentMax;
  // A nested sum or best_of: its deadlines are judged on the same day as the parts around it.
  if (term.field === undefined) return bestAnswer(term.rule, input, max, value, lang, undefined, today);
  const field = input.fields.find((f) => f.id === term.field);
  if (!field) return undefined;
  const b = simpleBest(term.rule, field.input, max, value[term.field], lang, (key, params = {}) => message(lang, key, params), today);
  if (!b) return undefined;
  const labelled = (w: string) => `${field.label[lang]}: ${w}`;
  // A date past its deadline keeps what it is (a condition, the deadline's points if done by then) as a part.
  return {
    value: b.value, words: labelled(b.words),
    ...(b.onlyIfDatedBy ? { onlyIfDatedBy: b.onlyIfDatedBy } : {}),
    ...(b.inTime ? { inTime: { ...b.inTime, at: { label: field.label[lang] } } } : {}),
  };
}

/**
 * A nested row's deadlines by their number, each at its own place with its late words (none if conditional): the
 * first is `inTime` itself, the others its `more`, each with the whole answer that has it in time.
 */
function nestedDeadlines(inTime: InTime, row: RowPart[]): { inTime: InTime; late?: string }[] {
  const { more = [], at: _row, ...first } = inTime;
  const own: InTime[] = [first, ...more.map((m) => ({ value: m.value, answer: m.answer }))];
  return own.map((deadline, i) => {
    const part = row.find((p): p is Exclude<RowPart, { words: string }> => "deadline" in p && p.deadline === i);
    return { inTime: { ...deadline, ...(part?.at ? { at: part.at } : {}) }, ...(part?.late !== undefined ? { late: part.late } : {}) };
  });
}

/** A term's answer into the parts: its field's value, or the fields a nested rule (a best_of inside a sum) answered. */
function mergeTerm(value: Record<string, unknown>, term: Term, answer: unknown): void {
  if (term.field !== undefined) value[term.field] = answer;
  else for (const [key, v] of Object.entries(objectOf(answer))) setOwn(value, key, v);
}

function objectOf(v: unknown): Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** A value of this input whose measure (see core/measure.ts) is at least `measure`. */
function valueForMeasure(input: SimpleInput, measure: number, current: unknown): unknown {
  switch (input.type) {
    case "boolean": return measure > 0;
    case "percent": return Math.min(100, measure);
    case "fraction": {
      const b = knownDenominator(current) ? (current as { b: number }).b : 100;
      return { a: Math.min(b, Math.ceil((measure * b) / 100 - 1e-9)), b };
    }
    // Never above what the input accepts: a target of 80 on an input of at most 50 is reached as far as 50.
    // A whole number stays within a max that is not one (at most 50.5 is at most 50).
    case "count": return Math.min(Math.floor(input.max ?? Infinity), Math.ceil(measure - 1e-9));
    case "number": return input.integer ? Math.min(Math.floor(input.max ?? Infinity), Math.ceil(measure - 1e-9)) : Math.min(input.max ?? Infinity, measure);
    case "level": return Math.min(input.max, Math.ceil(measure - 1e-9));
    case "checklist": {
      const ticked = Array.isArray(current) ? [...current] : [];
      for (const o of input.options) if (ticked.length < measure && !ticked.includes(o.id)) ticked.push(o.id);
      return ticked;
    }
    default: return undefined;
  }
}

/**
 * The value in words: a fraction by the share asked for (a is rounded up to reach it), other inputs by the
 * measure the value reaches (which an input's max may hold below the one asked for).
 */
function measureWords(input: SimpleInput, asked: number, value: unknown, lang: Lang, current: unknown): string {
  if (input.type === "boolean" || input.type === "level") return describeValue(input, value, lang);
  if (input.type === "fraction") {
    const v = value as { a: number; b: number };
    return knownDenominator(current) ? `${numeratorName(input, lang)} ≥ ${num(v.a, lang)} / ${denominatorName(input, lang)} = ${num(v.b, lang)}${input.unit ? " " + input.unit[lang] : ""} (≥ ${num(asked, lang)} %)` : `${shareName(input, lang)} ≥ ${num(asked, lang)} %`;
  }
  return `≥ ${exact(measureOf(input, value) ?? asked, lang)}${measureUnit(input, lang)}`;
}

/** measureWords for an answer that must stay at or below a measure (a falling piecewise rule). */
function measureWordsAtMost(input: SimpleInput, asked: number, value: unknown, lang: Lang, current: unknown): string {
  if (input.type === "boolean" || input.type === "level") return describeValue(input, value, lang);
  if (input.type === "fraction") {
    const v = value as { a: number; b: number };
    return knownDenominator(current) ? `${numeratorName(input, lang)} ≤ ${num(v.a, lang)} / ${denominatorName(input, lang)} = ${num(v.b, lang)}${input.unit ? " " + input.unit[lang] : ""} (≤ ${num(asked, lang)} %)` : `${shareName(input, lang)} ≤ ${num(asked, lang)} %`;
  }
  return `≤ ${exact(measureOf(input, value) ?? asked, lang)}${measureUnit(input, lang)}`;
}

/** measureWords for an answer that must stay within a band: from `lo` to `hi`, or at `lo` where the band is one point. */
function measureWordsBetween(input: SimpleInput, lo: number, hi: number, value: unknown, lang: Lang, current: unknown): string {
  if (input.type === "boolean" || input.type === "level") return describeValue(input, value, lang);
  const between = (a: string, b: string) => (lo === hi ? `= ${a}` : message(lang, "exp-best-between", { from: a, to: b }));
  const whole = input.type === "count" || (input.type === "number" && input.integer === true);
  const [from, to] = whole ? [Math.ceil(lo - 1e-9), Math.floor(hi + 1e-9)] : [lo, hi];
  const share = between(`${num(lo, lang)} %`, `${num(hi, lang)} %`);
  if (input.type === "fraction") {
    if (!knownDenominator(current)) return `${shareName(input, lang)} ${share}`;
    const b = (value as { b: number }).b;
    const unit = input.unit ? " " + input.unit[lang] : "";
    return `${numeratorName(input, lang)} ${between(num(Math.ceil((lo * b) / 100 - 1e-9), lang), num(Math.floor((hi * b) / 100 + 1e-9), lang))} / ${denominatorName(input, lang)} = ${num(b, lang)}${unit} (${share})`;
  }
  const unit = measureUnit(input, lang);
  return between(`${exact(from, lang)}${unit}`, `${exact(to, lang)}${unit}`);
}

/**
 * The file's `a` with what it counts ("Số CCVC chuyên trách (a)"): "a = b" alone sent a commune officer to the
 * rubric to learn what a was. A numerator named "a" (a rubric's own shorthand) is not repeated.
 */
function numeratorName(input: { numerator: { vi: string; en: string } }, lang: Lang): string {
  return partName(input.numerator[lang], "a");
}

/** The file's `b` with what it counts ("Tổng số CCVC (b)"), answered or not: "/ b = 53" sent the officer to the rubric for b. */
function denominatorName(input: { denominator: { vi: string; en: string } }, lang: Lang): string {
  return partName(input.denominator[lang], "b");
}

/**
 * The share asked for while b is not answered, by what a and b count ("Online applications (a) / All
 * applications (b)"): "a/b ≥ 50 %" alone named neither, where a ratio's gain named a.
 */
function shareName(input: { numerator: { vi: string; en: string }; denominator: { vi: string; en: string } }, lang: Lang): string {
  return `${numeratorName(input, lang)} / ${denominatorName(input, lang)}`;
}

function partName(label: string, letter: "a" | "b"): string {
  const name = label.trim();
  return name === "" || name === letter ? letter : `${name} (${letter})`;
}

/**
 * After a deadline has passed, a date answered records when the thing was done (the plan was signed then):
 * advising an earlier one would be advising to backdate it, and any date still to come is late as well. So
 * only a document not yet dated has something left: the late points, dated from today (or the earliest date
 * the answer takes), unless the answer takes no date that late.
 */
function lateBest(rule: { by: string; late_points?: number }, input: SimpleInput, current: unknown, today: string, lang: Lang): BestAnswer | undefined {
  const { by } = rule;
  if (typeof current === "string" && /^\d{4}-\d{2}-\d{2}$/.test(current)) return undefined;
  const from = input.type === "date" && input.min !== undefined && input.min > today ? input.min : today;
  if (input.type === "date" && input.max !== undefined && from > input.max) return inTimeIfDone(rule, input, lang);
  // The last date the answer takes, where it has one: "or later" alone let a date past it read as late points too.
  const last = input.type === "date" ? input.max : undefined;
  const late = { value: from, words: message(lang, last !== undefined ? "exp-best-late-until" : "exp-best-late", { date: dateText(from, lang), by: dateText(by, lang), ...(last !== undefined ? { last: dateText(last, lang) } : {}) }) };
  // It may as well have been issued in time and only not entered: the late points alone hid the deadline's.
  return inTimeAllowed(rule, input) ? { ...late, inTime: { value: by, ...(input.type === "date" && input.max !== undefined ? { last: input.max } : {}) } } : late;
}

/** Whether the answer takes a date on or before the deadline. */
function inTimeAllowed(rule: { by: string }, input: SimpleInput): boolean {
  return !(input.type === "date" && input.min !== undefined && input.min > rule.by);
}

/**
 * The sure late points and the deadline's, if it was already done by then, in one row: "+10 now: answer the date
 * it is issued, by 2025-12-31; if it was already issued on or before 2025-08-31: +20, answer that date".
 */
export function lateOrInTimeWords(inTime: InTime, now: number, ifInTime: number, lang: Lang, more?: (string | undefined)[]): string {
  const params = { now: num(now, lang), gain: num(ifInTime, lang), by: dateText(inTime.value, lang), ...(inTime.last ? { last: dateText(inTime.last, lang) } : {}) };
  // Past the last allowed date too, the sure points are the other parts': the date's are there only if it was done in time.
  const words = inTime.ifDated !== undefined ? message(lang, "exp-best-if-dated-gain", params) : message(lang, inTime.last ? "exp-best-late-or-in-time" : "exp-best-late-or-in-time-open", params);
  return placedWords(inTime.at, words, more);
}

/** A row whose whole gain holds only if the date was done by its deadline, past its last allowed date (see inTimeIfDone). */
export function ifDatedWords(inTime: InTime & { ifDated: string }, more?: (string | undefined)[]): string {
  return placedWords(inTime.at, inTime.ifDated, more);
}

/**
 * Unanswered, past the deadline and the last date the answer takes: the document may well have been issued in
 * time and only not entered, so its points are still there, but only as a condition (never advice to date it
 * so): "if it was issued on or before 31/08/2025: answer its date", with the late points of a later date.
 */
function inTimeIfDone(rule: { by: string; late_points?: number }, input: SimpleInput, lang: Lang): BestAnswer | undefined {
  // No date the answer takes is in time: nothing to earn by the deadline.
  if (!inTimeAllowed(rule, input)) return undefined;
  const last = input.type === "date" && input.max !== undefined && input.max > rule.by && (rule.late_points ?? 0) > 0 ? input.max : undefined;
  const params = { by: dateText(rule.by, lang), ...(last ? { last: dateText(last, lang) } : {}) };
  const words = message(lang, last ? "exp-best-if-dated-late" : "exp-best-if-dated", params);
  // As a part of a multi-part answer, the condition beside the sure answer of the other parts (see bestAnswer).
  return { value: rule.by, words, onlyIfDatedBy: rule.by, inTime: { value: rule.by, ...(last ? { last } : {}), ifDated: words } };
}

function knownDenominator(current: unknown): boolean {
  return typeof (current as { b?: unknown })?.b === "number" && (current as { b: number }).b > 0;
}

function simpleBest(rule: Rule, input: SimpleInput, max: number, current: unknown, lang: Lang, m: (key: string, params?: Record<string, string | number>) => string, today: string | undefined): BestAnswer | undefined {
  switch (rule.type) {
    case "fixed": return { value: true, words: message(lang, "yes") };
    case "ratio": {
      // Already a = b when both are 0 (a zero denominator): what is missing is a denominator.
      if (input.type === "fraction") {
        const answered = knownDenominator(current) ? ` = ${num((current as { b: number }).b, lang)}${input.unit ? " " + input.unit[lang] : ""}` : "";
        return { value: valueForMeasure(input, 100, current), words: m((current as { b?: unknown } | null)?.b === 0 ? "exp-best-all-nonzero" : "exp-best-all", { a: numeratorName(input, lang), b: denominatorName(input, lang) + answered }) };
      }
      if (input.type === "percent") return { value: 100, words: "100 %" };
      if (input.type === "level") return { value: input.max, words: describeValue(input, input.max, lang) };
      if (input.type === "boolean") return { value: true, words: message(lang, "yes") };
      return undefined;
    }
    case "target": {
      const v = valueForMeasure(input, rule.target, current);
      return v === undefined ? undefined : { value: v, words: measureWords(input, rule.target, v, lang, current) };
    }
    case "bands": {
      // The best step an answer can reach, at its lowest: a step above the input's max is out of reach.
      const reachable = rule.steps.filter((step) => step.min <= measureCeiling(input));
      const top = [...(reachable.length > 0 ? reachable : rule.steps)].sort((a, b) => worth(b, max) - worth(a, max) || a.min - b.min)[0];
      if (!top) return undefined;
      const v = valueForMeasure(input, top.min, current);
      return v === undefined ? undefined : { value: v, words: measureWords(input, top.min, v, lang, current) };
    }
    case "piecewise": {
      const { points } = rule;
      const top = Math.max(...points.map(([, y]) => y));
      // The first run of points at the top: below its first x the rule takes the first point's y, past its last the last's.
      const from = points.findIndex(([, y]) => y === top);
      if (from === -1) return undefined;
      let to = from;
      while (to + 1 < points.length && points[to + 1]![1] === top) to++;
      const [lo, hi] = [points[from]![0], points[to]![0]];
      const falls = to < points.length - 1;
      // Falling from its first point (fewer days, fewer incidents score more): the most is earned at or
      // below the last x that still gives it, and "≥ 0 days" was advice any answer already met.
      if (from === 0 && falls) {
        const v = valueAtMost(input, hi, current);
        return v === undefined ? undefined : { value: v, words: measureWordsAtMost(input, hi, v, lang, current) };
      }
      // Rising to a middle band and falling after it: "≥ 50 %" told an agency at 90 % that more was better.
      if (falls) {
        const now = measureOf(input, current);
        const v = now !== undefined && now > hi ? valueAtMost(input, hi, current) : valueForMeasure(input, lo, current);
        return v === undefined ? undefined : { value: v, words: measureWordsBetween(input, lo, hi, v, lang, current) };
      }
      const v = valueForMeasure(input, lo, current);
      return v === undefined ? undefined : { value: v, words: measureWords(input, lo, v, lang, current) };
    }
    case "choice": {
      if (input.type !== "choice") return undefined;
      const top = [...input.options].sort((a, b) => worth(b, max) - worth(a, max))[0];
      // The id too: it is what the file holds, for an officer who edits it by hand.
      return top ? { value: top.id, words: `${quotedLabel(top.label[lang], lang)} (${top.id})` } : undefined;
    }
    case "checklist": {
      if (input.type !== "checklist") return undefined;
      const cap = rule.cap ?? max;
      const ticked = Array.isArray(current) ? current.filter((x): x is string => typeof x === "string") : [];
      let total = input.options.filter((o) => ticked.includes(o.id)).reduce((s, o) => s + worth(o, max), 0);
      const add: string[] = [];
      const value = [...ticked];
      const byWorth = [...input.options].sort((a, b) => worth(b, max) - worth(a, max));
      while (total < cap - 1e-9) {
        const open = byWorth.filter((o) => !value.includes(o.id) && worth(o, max) > 0);
        // The smallest item that fills what is left to the cap, else the largest: the largest alone was said
        // "(+10)" in a row whose total rose by the 5 left.
        const fills = open.filter((x) => worth(x, max) >= cap - total - 1e-9);
        const least = Math.min(...fills.map((x) => worth(x, max)));
        const o = fills.find((x) => worth(x, max) === least) ?? open[0];
        if (!o) break;
        value.push(o.id);
        // An item worth more than is left to the cap brings only what is left: "(+2)" beside a row gaining 1
        // read as if the item's own points counted.
        const brings = Math.min(worth(o, max), cap - total);
        add.push(brings < worth(o, max) - 1e-9
          ? m("exp-best-tick-capped", { label: o.label[lang], id: o.id, brings: num(brings, lang), worth: num(worth(o, max), lang), cap: num(cap, lang) })
          : `${o.label[lang]} (${o.id}, +${num(worth(o, max), lang)})`);
        total += worth(o, max);
      }
      // "also" only beside items already ticked: of an unanswered list it read as if some counted.
      const none = !input.options.some((o) => ticked.includes(o.id));
      return { value, words: m(none ? "exp-best-tick-none" : "exp-best-tick", { items: add.join("; ") }) };
    }
    case "per_unit": {
      const need = Math.ceil((rule.cap ?? max) / rule.points - 1e-9);
      const v = valueForMeasure(input, need, current);
      return v === undefined ? undefined : { value: v, words: measureWords(input, need, v, lang, current) };
    }
    case "deadline": {
      if (today !== undefined && today > rule.by) return lateBest(rule, input, current, today, lang);
      // A date the answer cannot take is no answer to give: the earliest it takes, when that is after the deadline.
      const earliest = input.type === "date" && input.min !== undefined && input.min > rule.by ? input.min : undefined;
      return earliest === undefined ? { value: rule.by, words: m("exp-best-deadline", { by: dateText(rule.by, lang) }) } : { value: earliest, words: m("exp-best-earliest", { date: dateText(earliest, lang) }) };
    }
    case "relative_to_best": {
      const v = positive(input, current);
      return v === undefined ? undefined : { value: v, words: m("exp-best-relative") };
    }
    case "min_max": {
      const v = current ?? valueForMeasure(input, 0, current);
      return v === undefined ? undefined : { value: v, words: m(rule.lower_is_better ? "exp-best-lowest" : "exp-best-highest") };
    }
    default: return undefined;
  }
}

/** For a rule relative to the best: the current value when it is positive, else the smallest positive one. */
function positive(input: SimpleInput, current: unknown): unknown {
  if (typeof current === "number" && current > 0) return current;
  return valueForMeasure(input, 1, current);
}
