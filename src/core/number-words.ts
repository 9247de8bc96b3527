import { nfc } from "./unicode.js";

/**
 * A figure followed by words, as a form's cell is filled in: "85 người", "4 cuộc họp", "12,5 tỷ đồng", and
 * "1 000 hộ", thousands grouped with spaces as a figure alone may be (it was no figure then, "not a number").
 */
const FIGURE_THEN_WORDS = /^([-+]?\d(?:[\d.,]|[\s\u00a0](?=\d))*)\s*(\p{L}[\p{L}\p{M}\s./,]*)$/u;

/** Words that multiply the figure before them: "10 triệu" is ten million, not 10. */
const MAGNITUDE_WORDS = new Set(["chục", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tr", "tỷ", "tỉ", "k", "m", "b", "hundred", "thousand", "million", "billion", "mn", "bn"]);

/** The figure and the words after it ("85 người" → 85, người), as written; undefined when the text is not so. */
export function splitFigure(text: string): { figure: string; words: string } | undefined {
  const match = FIGURE_THEN_WORDS.exec(nfc(text).trim());
  return match ? { figure: match[1]!, words: match[2]!.trim() } : undefined;
}

/**
 * The figure and the words after it, or undefined also when the first word multiplies the figure ("10 triệu",
 * "5 nghìn người"): the figure alone is then not the number meant.
 */
export function figureAndWords(text: string): { figure: string; words: string } | undefined {
  const split = splitFigure(text);
  if (!split || zeroTypedAsLetter(text)) return undefined;
  const first = split.words.split(/[\s./,]/u)[0]!.toLowerCase();
  return MAGNITUDE_WORDS.has(first) ? undefined : split;
}

/**
 * Words before a figure, as an estimate is said ("khoảng 35%", "gần 25", "~120 hộ"): the words, and the figure with
 * what follows it; undefined when the text does not start so. Found by the first digit, not a pattern that
 * backtracks over a pasted run of spaces.
 */
export function wordsThenFigure(text: string): { words: string; rest: string } | undefined {
  const t = nfc(text).trim();
  const at = t.search(/\d/u);
  if (at <= 0) return undefined;
  const words = t.slice(0, at).replace(/[\s.:]+$/u, "");
  return /^[\p{L}~≈][\p{L}\p{M}\s~≈]*$/u.test(words) ? { words: words.trim(), rest: t.slice(at) } : undefined;
}

/**
 * The figure of "4 cuộc họp" where the question counts in cuộc họp (its Vietnamese or English unit), or in its
 * first words as officers shorten it ("4 cuộc"); of a unit that lists several ("tin, bài, chương trình"), in any of
 * them ("12 bài") or the list's first words ("12 tin bài"). Undefined otherwise ("4 buổi", "4 họp": another unit).
 * `wording`, the question's own texts (its title, a fraction's a and b): the unit's longer form as they write it
 * ("4 100 hộ gia đình" where the unit is hộ and the title counts hộ gia đình) is the unit too; a longer form they
 * do not write ("hộ kinh doanh", households of another kind) is not.
 */
export function figureInUnit(text: string, unit: { vi: string; en: string } | undefined, wording: readonly string[] = []): string | undefined {
  const split = splitFigure(text);
  if (!split || !unit) return undefined;
  const said = unitWords(split.words);
  // A rate (doanh nghiệp/1000 dân, firms per 1,000 residents) is said whole, in either language's words: its first
  // words are another count (5 doanh nghiệp, 5 firms), and its comma groups thousands, it lists no units.
  const rate = [unit.vi, unit.en].some((u) => u.includes("/") || /(^|\s)per\s/iu.test(u));
  const startsWith = (whole: string[]) => (rate ? said.length === whole.length : said.length <= whole.length) && said.every((w, i) => w === whole[i]);
  const units = [unit.vi, unit.en].flatMap((u) => (rate ? [u] : [u, ...u.split(/[,;]/u)]));
  if (units.some((u) => startsWith(unitWords(u)))) return split.figure;
  const longer = !rate && units.some((u) => { const whole = unitWords(u); return whole.length > 0 && said.length > whole.length && whole.every((w, i) => w === said[i]); });
  return longer && wording.some((t) => writes(t, said)) ? split.figure : undefined;
}

function unitWords(text: string): string[] {
  return text.normalize("NFC").toLowerCase().split(/[\s,;]+/u).filter((w) => w !== "");
}

/** Whether `text` has these words one after another (whole words, any case). */
function writes(text: string, words: string[]): boolean {
  const all = text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u);
  return all.some((_, i) => words.every((w, k) => all[i + k] === w));
}

/** "2O", "1O5", "8O.5": a letter O typed for a zero among the digits, no word after the figure (twenty, not 2). */
export function zeroTypedAsLetter(text: string): boolean {
  const t = nfc(text).trim();
  return /^[-+]?\d[\dOo]*(?:\.[\dOo]+)?$/u.test(t) && /[Oo]/u.test(t);
}

/** What the first word of a unit multiplies by: "triệu đồng" counts in millions (of đồng). */
const UNIT_MAGNITUDES: Record<string, number> = { "nghìn": 1e3, "ngàn": 1e3, "thousand": 1e3, "triệu": 1e6, "tr": 1e6, "million": 1e6, "tỷ": 1e9, "tỉ": 1e9, "billion": 1e9 };

/** What a unit's first word multiplies by (1e6 for triệu đồng), in either language; undefined for a unit that multiplies nothing. */
function unitFactor(unit: { vi: string; en: string }): number | undefined {
  return [unit.vi, unit.en].map((u) => UNIT_MAGNITUDES[u.normalize("NFC").trim().split(/\s+/u)[0]!.toLowerCase()]).find((f) => f !== undefined);
}

/**
 * The figure of "1250 triệu" (or "1250 tr") where the question counts in triệu đồng: the unit's magnitude word
 * alone, its "đồng" left out as it is said aloud, is the same amount; undefined otherwise ("1250 tỷ" is another).
 */
export function figureInUnitMagnitude(text: string, unit: { vi: string; en: string } | undefined): string | undefined {
  const split = splitFigure(text);
  if (!split || !unit) return undefined;
  const factor = unitFactor(unit);
  return factor !== undefined && UNIT_MAGNITUDES[split.words.toLowerCase()] === factor ? split.figure : undefined;
}

/**
 * Words that multiply a figure, and by what, where a question's unit does not already say it: "1,2 tỷ" or "500k" where
 * it counts in triệu đồng, "5 nghìn" where it counts people. Not "m" or "b": 5 m may be metres.
 */
const TYPED_MAGNITUDES: Record<string, number> = { "chục": 10, "trăm": 100, "nghìn": 1e3, "ngàn": 1e3, "k": 1e3, "vạn": 1e4, "triệu": 1e6, "tr": 1e6, "tỷ": 1e9, "tỉ": 1e9, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9 };

/**
 * "1,2 tỷ đồng" where the question counts in triệu đồng, "5 nghìn người" where it counts người: the figure as typed
 * and what it is multiplied by to be in the question's unit (1000: tỷ is a thousand triệu). Only a word that multiplies
 * it, then nothing or the unit (its base where the unit multiplies: đồng); undefined otherwise, and for the unit's own
 * magnitude ("1250 triệu", the figure as it is: figureInUnitMagnitude).
 */
export function magnitudeInUnit(text: string, unit: { vi: string; en: string } | undefined): { figure: string; times: number } | undefined {
  const split = splitFigure(text);
  if (!split) return undefined;
  const [first, ...rest] = unitWords(split.words);
  const magnitude = first === undefined ? undefined : TYPED_MAGNITUDES[first];
  const factor = (unit && unitFactor(unit)) ?? 1;
  if (magnitude === undefined || magnitude === factor) return undefined;
  const named = unit ? [unit.vi, unit.en].map((u) => unitWords(factor === 1 ? u : baseUnit(u))) : [];
  if (rest.length > 0 && !named.some((words) => words.length === rest.length && words.every((w, i) => w === rest[i]))) return undefined;
  return { figure: split.figure, times: magnitude / factor };
}

/** Where a remark after " - " (or an en or em dash) starts: a run of spaces after a non-space, the dash, spaces, a letter. */
const DASH_REMARK = /(?<=\S)\s+[-\u2013\u2014]\s+(?=\p{L})/gu;
/** What ends a line: no figure, and no remark after a dash, holds one (a parenthesis may). */
const LINE_END = /[\n\r\u2028\u2029]/u;

/**
 * "95 - đạt", "95 (ước tính)": the figure (with any unit after it) and the remark written after it, as a form's
 * cell is annotated; undefined when the text is not so ("95 - 100", a range, has no remark). The figure is the
 * shortest that has a digit in its first word. Found in one pass over the text: one regular expression for the
 * whole took the square of its length (24 s for a value of 100,000 spaces between two figures).
 */
export function splitRemark(text: string): { figure: string; remark: string } | undefined {
  const t = nfc(text).trim();
  const firstWord = /^\S*/u.exec(t)![0];
  if (!/\d/.test(firstWord)) return undefined;
  const lineEnd = t.search(LINE_END);
  const firstBreak = lineEnd < 0 ? t.length : lineEnd;
  const lastBreak = Math.max(...["\n", "\r", "\u2028", "\u2029"].map((c) => t.lastIndexOf(c)));
  // The figure ends before its first line end; a remark after a dash starts after the last.
  let dash: { end: number; remark: string } | undefined;
  for (const m of t.matchAll(DASH_REMARK)) {
    if (m.index > firstBreak) break;
    if (m.index + m[0].length > lastBreak) { dash = { end: m.index, remark: t.slice(m.index + m[0].length) }; break; }
  }
  // In parentheses at the end: from the last "(", after a space, to the closing ")", with a letter and no bracket inside.
  const open = t.lastIndexOf("(");
  const inner = t.endsWith(")") && open > 0 ? t.slice(open + 1, -1) : undefined;
  const parenEnd = t.slice(0, open).trimEnd().length;
  const paren = inner !== undefined && !inner.includes(")") && /\p{L}/u.test(inner) && parenEnd < open && parenEnd <= firstBreak ? { end: parenEnd, remark: inner } : undefined;
  const found = dash && paren ? (dash.end < paren.end ? dash : paren) : dash ?? paren;
  return found ? { figure: t.slice(0, found.end), remark: found.remark.trim() } : undefined;
}

/**
 * A number over its maximum that is the answer written in the unit's base ("450000000" đồng where the answer
 * counts in triệu đồng): the figure in the question's unit, when it is one the answer takes; undefined otherwise.
 */
export function inUnitsOf(value: number, unit: { vi: string; en: string } | undefined, min: number, max: number): number | undefined {
  if (!unit) return undefined;
  const factor = unitFactor(unit);
  if (factor === undefined || Math.abs(value) < factor) return undefined;
  // At most three decimals in the unit (450.5 triệu đồng): a figure that needs more was no amount in the base unit.
  const scaled = Math.round((value / factor) * 1000) / 1000;
  return Math.abs(scaled * factor - value) < 1e-6 * factor && scaled >= min && scaled <= max ? scaled : undefined;
}

/** The unit without the word that multiplies it: "triệu đồng" → "đồng" (the unit a figure in the base is written in). */
export function baseUnit(unit: string): string {
  return unit.trim().split(/\s+/u).slice(1).join(" ");
}

/**
 * "N/A" and its Vietnamese forms, written as an answer's value (where `na: true` with a reason was meant) or typed
 * at assess's prompt (which says "na if not applicable"): the same words both ways.
 */
export function saysNotApplicable(text: string): boolean {
  return /^(n\/?a|không áp dụng|khong ap dung|k\/?a\/?d|not applicable)$/iu.test(nfc(text).trim());
}

/** Two figures joined by words, as an officer says a share ("5 trên 8", "5 of 8", "5 out of 8"): written `5/8`; else the text as it is. */
export function shareWordsSlashed(text: string): string {
  return nfc(text).replace(/^(\s*[\d.,]+)\s+(?:trên(?: tổng số)?|trong(?: tổng)? số|out of|of)\s+([\d.,]+\s*)$/iu, "$1/$2");
}

/** `66/68` (or `66 trên 68`), a share as a form's cell writes it: the {a, b} it stands for. None where a > b (which is which is unsure). */
export function slashFraction(text: string): { a: number; b: number } | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(shareWordsSlashed(halfWidth(text)));
  if (!m || Number(m[1]) > Number(m[2])) return undefined;
  return { a: Number(m[1]), b: Number(m[2]) };
}

/** A word processor's dashes and the minus sign (‐ ‑ ‒ – — ― −) as the keyboard's hyphen-minus officers mean. */
export function plainDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212]/gu, "-");
}

/** A no-break, narrow or wide space (U+00A0, U+202F, U+3000 …), pasted from a word processor, as the keyboard's space. */
export function plainSpaces(text: string): string {
  return text.replace(/\p{Zs}/gu, " ");
}

/**
 * Full-width digits, signs and marks (１２，５, as an East Asian input method types them) in their ASCII form. Only
 * those: NFKC would also make 10² the figure 102 and ① a 1.
 */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/gu, " ");
}
