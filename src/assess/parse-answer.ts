import type { Lang, SimpleInput } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { dateText } from "../report/format-number.js";
import { numberText } from "../core/number-text.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { dateRefusal } from "./describe.js";
import { parseDate, parseDayOfYear, parseNumber, parseYesNo } from "./parse-number.js";
import { baseUnit, figureAndWords, figureInUnit, inUnitsOf, magnitudeInUnit, slashFraction, splitFigure, wordsThenFigure } from "../core/number-words.js";
import { BARE_LINK } from "../load/schema-issues.js";
import { DRIVE } from "../core/windows-drive.js";
import { textMaxLength } from "../core/agency-schema.js";

// Text typed at a question read as its answer, or refused in words that say what to type.

/** `atLeast`: a reading below it is no answer though the input takes it (a fraction's b below a: see typed). */
export type Parsed = { ok: true; value: unknown; link?: string } | { ok: false; error: string } | { ok: "ambiguous"; readings: [number, number]; text: string; atLeast?: number };

/**
 * The readings of an ambiguous number that pass the input's checks, or the first one's error when none does.
 * Each reading is checked written so that it cannot be read two ways: 1.275 as "1.2750" ("1.275" is as
 * ambiguous as what was typed, and so was dropped: 1,275 was taken as 1275 without asking).
 */
export function possibleReadings(readings: [number, number], parse: (raw: string) => Parsed): { readings: number[]; error?: string } {
  const checked = readings.map((r) => parse(String(r).replace(/\.\d{3}$/, "$&0")));
  const ok = readings.filter((_, i) => checked[i]!.ok === true);
  const first = checked[0]!;
  return ok.length > 0 ? { readings: ok } : { readings: [], error: first.ok === false ? first.error : undefined };
}

/**
 * A free text trimmed, each run of spaces holding a tab one space: Word copies a bullet or a list's number with a tab
 * after it ("•\tTriển khai"), saved as "\t", which validate then took for a Windows path's backslash.
 */
export function withoutTabs(text: string): string {
  return text.replace(/[ \t]*\t[ \t]*/gu, " ").trim();
}

/** "85 phần trăm" is 85 %, as "85 %" is (it was "type the number alone"); without accents too, as typed with Unikey off. */
export const PERCENT_IN_WORDS = { vi: "phần trăm, phan tram", en: "percent" };

/** A % sign at the end, full-width (％) too: parseNumber reads that form as it reads ８５. */
export const PERCENT_SIGN = /[%\uff05]\s*$/;

/** A part of a fraction: "85 người" where the fraction is counted in người is 85, as for a count (it was "not a number"). */
export function nonNegative(raw: string, lang: Lang, whole: boolean, counted: { unit?: { vi: string; en: string } }, wording: readonly string[] = []): Parsed {
  if (PERCENT_SIGN.test(raw)) return { ok: false, error: message(lang, "assess-not-percent") };
  const p = parseNumber(figureInUnit(raw, counted.unit, wording) ?? raw);
  if (p.kind === "invalid") return { ok: false, error: numberRefused(raw, lang, (figure) => nonNegative(figure, lang, whole, counted), whole, counted.unit) };
  if (p.kind === "ambiguous") return { ok: "ambiguous", readings: p.readings, text: raw.trim() };
  if (whole && !Number.isInteger(p.value)) return { ok: false, error: message(lang, "assess-not-integer") };
  return p.value < 0 ? { ok: false, error: message(lang, "assess-below", { min: 0 }) } : { ok: true, value: p.value };
}

/** Over the maximum; an amount typed in the unit's base (450000000 where it counts in triệu đồng) is told the figure to type, as validate tells it of a file. */
function aboveMax(value: number, unit: { vi: string; en: string } | undefined, min: number, max: number, lang: Lang): string {
  const scaled = inUnitsOf(value, unit, min, max);
  if (scaled === undefined || !unit) return message(lang, "assess-above", { max });
  const typed = [String(value), baseUnit(unit[lang])].filter((w) => w !== "").join(" ");
  return message(lang, "assess-above-unit", { max, hint: message(lang, "unit-magnitude", { value: typed, converted: scaled, unit: unit[lang] }) });
}

/**
 * Why typed text is no number: "85 người" (other words than the unit) is told to type the figure alone; where the
 * figure itself is refused (85 where at most 52 are taken, 1,5 where a whole number is), that is said instead: the
 * figure named led to a second refusal.
 */
function numberRefused(raw: string, lang: Lang, check: (figure: string) => Parsed, whole: boolean, unit?: { vi: string; en: string }, notNumber: string = whole ? "assess-invalid-whole-number" : "assess-invalid-number"): string {
  const split = figureAndWords(raw);
  // "1,2 tỷ đồng" where the question counts in triệu đồng: the figure to type, 1200 (it was "not a number").
  const scaled = split ? undefined : magnitudeInUnit(raw, unit);
  const reading = scaled && parseNumber(scaled.figure);
  if (scaled && reading && reading.kind === "ok") {
    const converted = numberText(Math.round(reading.value * scaled.times * 1000) / 1000, lang);
    const checked = check(converted);
    return checked.ok === false ? checked.error : message(lang, "assess-number-magnitude", { typed: terminalSafe(raw.trim(), true), converted, unit: unit ? ` ${unit[lang]}` : "" });
  }
  // "khoảng 35%": the figure offered to type, never taken (an estimate given as the figure is the officer's call, said in the note).
  const led = wordsThenFigure(raw);
  if (led) {
    const checked = check(led.rest);
    if (checked.ok === false) return checked.error;
    const figure = splitFigure(led.rest)?.figure ?? led.rest.replace(PERCENT_SIGN, "").trim();
    return message(lang, "assess-number-words-before", { words: terminalSafe(led.words, true), figure: terminalSafe(figure, true) });
  }
  // Where only whole numbers are taken, the example is one: "e.g. 1000 or 12,5" led to 12,5, then refused.
  // A percentage's example is one (e.g. 1000 is over 100), its figures asked for: "tám mươi lăm" is refused.
  if (!split || parseNumber(split.figure).kind === "invalid") return message(lang, notNumber);
  const checked = check(split.figure);
  if (checked.ok === false) return checked.error;
  if (!unit) return message(lang, "assess-number-with-words", { figure: split.figure });
  // The question's unit named: "type the number alone" did not say that "4 100 hộ" is taken where "4 100 hộ gia
  // đình" is not, nor that "người" is not what is counted.
  return message(lang, "assess-number-other-unit", { figure: split.figure, words: terminalSafe(split.words, true), unit: unit[lang] });
}

/**
 * 66/68 typed for a percentage, as a form's cell writes a share: the percentage it makes (two decimals), to type.
 * Not taken as it is: rounded, it is the officer's figure to give. Undefined for anything else.
 */
function shareTyped(raw: string, lang: Lang): string | undefined {
  const pair = slashFraction(raw);
  if (!pair || pair.b === 0) return undefined;
  const percent = numberText(Math.round((pair.a / pair.b) * 10000) / 100, lang);
  return message(lang, "assess-percent-from-share", { text: raw.trim(), percent });
}

/**
 * A yes/no word, then (after a comma, "tại", "ở", "link:"…) a web address, or a path as Explorer copies it (D:\…,
 * \\server\…, its spaces kept), as the evidence's link takes both. The word is short (the longest, "không tìm thấy",
 * 14 letters): unbounded, and with \s*:?\s*, a pasted line of 100,000 spaces was tried from each space, 16–35 s.
 */
const YES_NO_THEN_LINK = new RegExp(String.raw`^(.{1,40}?)[\s,;:.–—-]*(?:(?:tại|tai|ở|xem|link|đường dẫn|địa chỉ)\s*(?::\s*)?)?((?:https?:\/\/|www\.)\S+|${DRIVE}[\\/].*|\\\\[^\\\s].*)$`, "iu");

/** A yes/no word, then words after a comma, a dash, a colon or in brackets: "có, đã lắp 12 camera", "không (chưa có)". */
const YES_NO_THEN_WORDS = /^(.{1,20}?)\s*(?:[,;:.–—-]+\s*|\()(.+?)\)?$/u;

export function parseSimple(input: SimpleInput, raw: string, lang: Lang, wording: readonly string[] = []): Parsed {
  switch (input.type) {
    case "boolean": {
      const v = parseYesNo(raw, lang);
      // The page where the item was found, pasted as the answer (un-losi-2022 asks whether the portal has it).
      if (v === undefined && BARE_LINK.test(raw.trim())) return { ok: false, error: message(lang, "answer-yes-no-link") };
      // "có, tại https://…": the answer and where it is, on one line (it was refused as no yes or no); the link is offered next.
      const withLink = YES_NO_THEN_LINK.exec(raw.trim());
      const said = withLink ? parseYesNo(withLink[1]!, lang) : undefined;
      if (v === undefined && said !== undefined) return { ok: true, value: said, link: withLink![2]! };
      if (v !== undefined) return { ok: true, value: v };
      // "có, đã lắp 12 camera": answered, with what belongs in the note (it was only "answer yes or no").
      const withWords = YES_NO_THEN_WORDS.exec(raw.trim());
      if (withWords && parseYesNo(withWords[1]!, lang) !== undefined) return { ok: false, error: message(lang, "answer-yes-no-words", { word: terminalSafe(withWords[1]!, true), rest: terminalSafe(withWords[2]!, true) }) };
      return { ok: false, error: message(lang, "answer-yes-no") };
    }
    case "date": {
      // 15/3 where the question takes days of 2025 only: 15/03/2025 (it was "no valid day").
      const year = input.min && input.max && input.min.slice(0, 4) === input.max.slice(0, 4) ? input.min.slice(0, 4) : undefined;
      const v = parseDate(raw) ?? parseDayOfYear(raw, year);
      if (!v) return { ok: false, error: dateRefusal(raw, lang, year) };
      if ((input.min && v < input.min) || (input.max && v > input.max)) return { ok: false, error: message(lang, "assess-date-range", { min: input.min ? dateText(input.min, lang) : "…", max: input.max ? dateText(input.max, lang) : "…" }) };
      return { ok: true, value: v };
    }
    case "text": {
      const v = withoutTabs(raw);
      // Letters as the schema counts them (code points), so that what is taken here passes validate.
      const length = [...v].length;
      if (length < Math.max(1, input.min_length ?? 1)) return { ok: false, error: input.min_length ? message(lang, "assess-too-short", { min: input.min_length }) : message(lang, "assess-required") };
      const max = textMaxLength(input);
      if (length > max) return { ok: false, error: message(lang, "assess-too-long", { max, count: length }) };
      return { ok: true, value: v };
    }
    case "number": case "percent": case "count": {
      // 80% typed for a count is no count: the sign was dropped and 80 taken.
      if (input.type !== "percent" && !(input.type === "number" && input.unit?.en.includes("%")) && PERCENT_SIGN.test(raw)) return { ok: false, error: message(lang, "assess-not-percent") };
      const p = parseNumber(figureInUnit(raw, input.type === "percent" ? PERCENT_IN_WORDS : input.unit, wording) ?? raw);
      if (p.kind === "invalid" && input.type === "percent") { const share = shareTyped(raw, lang); if (share) return { ok: false, error: share }; }
      if (p.kind === "invalid") {
        const percent = input.type === "percent";
        const whole = input.type === "count" || (input.type === "number" && input.integer === true);
        return { ok: false, error: numberRefused(raw, lang, (figure) => parseSimple(input, figure, lang), whole, percent ? undefined : input.unit, percent ? "assess-invalid-percent" : undefined) };
      }
      // An ambiguous reading is checked once the officer has said which one they meant.
      if (p.kind === "ambiguous") return { ok: "ambiguous", readings: p.readings, text: raw.trim() };
      const min = input.type === "number" ? input.min : 0;
      const max = input.type === "percent" ? 100 : input.max;
      if ((input.type === "count" || (input.type === "number" && input.integer)) && !Number.isInteger(p.value)) return { ok: false, error: message(lang, "assess-not-integer") };
      if (min !== undefined && p.value < min) return { ok: false, error: message(lang, "assess-below", { min }) };
      if (max !== undefined && p.value > max) return { ok: false, error: aboveMax(p.value, input.type === "percent" ? undefined : input.unit, min ?? 0, max, lang) };
      return { ok: true, value: p.value };
    }
    default: return { ok: false, error: message(lang, "assess-required") };
  }
}
