import { isCalendarDay } from "../core/agency.js";
import { halfWidth, plainDashes } from "../core/number-words.js";
import { yesNoWord } from "../core/yes-no-words.js";
import { withoutInvisible } from "../core/unicode.js";
import type { Lang } from "../core/rubric.js";

/**
 * Numbers as Vietnamese officials type them. Vietnamese writes 1.234,5 and English 1,234.5, so "1.000"
 * may be one thousand or one: such input is ambiguous and must be asked back, never guessed.
 */
type ParsedNumber =
  | { kind: "ok"; value: number }
  | { kind: "ambiguous"; readings: [number, number] }
  | { kind: "invalid" };

export function parseNumber(raw: string): ParsedNumber {
  // Full-width digits (１２) are read, as validate reads them in a file ("did you mean 12?").
  // A word processor's dash or the minus sign in front (–5, −5, as Word or a phone types it) is the minus validate names (between figures, 5–7, a dash is still no number).
  // Characters that show as nothing pasted along with a figure (a zero-width space from Word or Zalo, the U+202A …
  // U+202C Windows puts around a copied text) are dropped: the prompt showed "95" and said "not a number".
  // The % cut, then the spaces before it (the text is trimmed): /\s*%$/ tried every space of a long run, 17–22 s for 100,000.
  const figure = plainDashes(halfWidth(withoutInvisible(raw)).normalize("NFC").trim()).replace(/%$/, "").trimEnd().replace(/^([-+])\s+/, "$1");
  // A space between digits groups thousands (1 000, 12 380 000), as validate reads it: "1 00" or "8 5" is a slip,
  // not 100 or 85, and "1.000 000" is not 1.
  const spaced = /\d\s+\d/.test(figure);
  if (spaced && !/^[-+]?\d{1,3}(\s\d{3})+([.,]\d+)?$/.test(figure)) return { kind: "invalid" };
  const text = figure.replace(/\s+/g, "");
  if (!/^[-+]?[\d.,]+$/.test(text) || !/\d/.test(text)) return { kind: "invalid" };
  const sign = text.startsWith("-") ? -1 : 1;
  const body = text.replace(/^[-+]/, "");
  const dots = (body.match(/\./g) ?? []).length, commas = (body.match(/,/g) ?? []).length;
  const num = (s: string) => sign * Number(s);
  const grouped = (s: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s);
  // 1 000.000 or 1 000,000: the mark after thousands grouped with spaces may group them too (a million) or start
  // the decimals (a thousand). Ask, as for 1.000 (it was taken as 1000).
  const mixed = spaced ? /^(\d+)[.,](\d{3})$/.exec(body) : null;
  if (mixed) return { kind: "ambiguous", readings: [num(mixed[1]! + mixed[2]!), num(`${mixed[1]!}.${mixed[2]!}`)] };

  if (dots === 0 && commas === 0) return { kind: "ok", value: num(body) };
  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimalMark = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const groupMark = decimalMark === "." ? "," : ".";
    const [whole, fraction] = [body.slice(0, body.lastIndexOf(decimalMark)), body.slice(body.lastIndexOf(decimalMark) + 1)];
    if (!grouped(whole, groupMark) || !/^\d+$/.test(fraction)) return { kind: "invalid" };
    return { kind: "ok", value: num(whole.split(groupMark).join("") + "." + fraction) };
  }
  const mark = dots > 0 ? "." : ",";
  const count = dots + commas;
  if (count > 1) return grouped(body, mark) ? { kind: "ok", value: num(body.split(mark).join("")) } : { kind: "invalid" };
  const [whole, fraction] = body.split(mark) as [string, string];
  if (whole === "" || fraction === "") return { kind: "invalid" };
  // One mark followed by exactly three digits: a thousands group or a decimal part. Ask.
  if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) return { kind: "ambiguous", readings: [num(whole + fraction), num(whole + "." + fraction)] };
  return { kind: "ok", value: num(whole + "." + fraction) };
}

/**
 * A date typed or pasted, in figures with their marks: a word processor's dashes (‐ ‑ ‒ – — −) as the hyphen they
 * stand for, full-width forms (３１／０３) as parseNumber reads them, and a date as a Vietnamese document writes it,
 * pasted from its header (ngày 15 tháng 8 năm 2025, or ngày 15/8/2025), as 15/8/2025 (it was "not a date"); spaces around
 * the marks (31 / 8 / 2025) left out.
 */
function dateFigures(raw: string): string {
  // Spaces around a mark between figures (31 / 8 / 2025) are not kept: it was "not a date".
  const text = plainDashes(halfWidth(withoutInvisible(raw)).normalize("NFC").trim()).replace(/^ngày\s+/iu, "").replace(/(\d)[ \t\u00a0]*([/.-])[ \t\u00a0]*(?=\d)/gu, "$1$2");
  const words = /^(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?$/iu.exec(text);
  return words ? [words[1], words[2], words[3]].filter((part) => part !== undefined).join("/") : text;
}

/** A day (YYYY-MM-DD) written in the order `raw` was typed in: year first (2025-10-15) or day first (15/10/2025). */
export function dayAsTyped(iso: string, raw: string): string {
  const [y, m, d] = iso.split("-");
  return /^\d{4}/.test(dateFigures(raw)) ? iso : `${d}/${m}/${y}`;
}

/** Dates as typed: 2025-03-31, 31/03/2025 or 31-3-2025 → "YYYY-MM-DD"; undefined when not a real date. */
export function parseDate(raw: string): string | undefined {
  const text = dateFigures(raw);
  let y: number, m: number, d: number;
  // Year first is year, month, day whatever the mark between (2025/03/31, as some software exports it).
  let match = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (match) [y, m, d] = [Number(match[1]), Number(match[3]), Number(match[4])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return undefined;
  if (!isCalendarDay(y, m, d)) return undefined;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * A date typed in a date's shape (31/02/2025, 2025-13-01; 31/2 with `year`, as parseDayOfYear reads it) whose
 * day or month is none: its figures, to say which. Undefined for a real day or for what is no date's shape.
 */
export function impossibleDate(raw: string, year?: string): { y: number; m: number; d: number; yearFirst: boolean } | undefined {
  const text = dateFigures(raw);
  const full = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/.exec(text);
  const dayFirst = full ? undefined : /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(text);
  const parts = full ? { y: Number(full[1]), m: Number(full[3]), d: Number(full[4]), yearFirst: true }
    : dayFirst && (dayFirst[3] ?? year) !== undefined ? { y: Number(dayFirst[3] ?? year), m: Number(dayFirst[2]), d: Number(dayFirst[1]), yearFirst: false } : undefined;
  return parts && !isCalendarDay(parts.y, parts.m, parts.d) ? parts : undefined;
}

/**
 * A day written with a two-digit year (31/8/25, 31-08-25): the day it would be in 20YY, to name in the refusal
 * (it was only "not a date"). Undefined for any other text, or when no such day is.
 */
export function shortYearDate(raw: string): string | undefined {
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$/.exec(dateFigures(raw));
  return match ? parseDate(`${match[1]}/${match[3]}/20${match[4]}`) : undefined;
}

/**
 * A day written without its year (15/3, 15/03) where only one year is possible (`year`, the question's range
 * lies within it): that day of that year; undefined otherwise.
 */
export function parseDayOfYear(raw: string, year: string | undefined): string | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})$/.exec(dateFigures(raw));
  return match && year !== undefined ? parseDate(`${match[1]}/${match[2]}/${year}`) : undefined;
}

/**
 * Yes/no as typed in Vietnamese or English, at a prompt in `lang`; undefined when it is neither. At the prompt one
 * key answers too (y/n, 1/0; c/k, đ/s for đúng/sai at a Vietnamese one, which says "c/k"): in a file a single letter
 * or digit is more likely a slip than an answer, so validate's list (yesNoWord) leaves them out. An English prompt
 * says "y/N", and there c reads as cancel: it moved the file at "Move … to version 2? (y/N)".
 */
export function parseYesNo(raw: string, lang: Lang): boolean | undefined {
  const text = withoutInvisible(raw).normalize("NFC").trim().toLowerCase();
  if ((lang === "vi" ? ["c", "đ", "1"] : ["1"]).includes(text)) return true;
  if ((lang === "vi" ? ["k", "s", "0"] : ["0"]).includes(text)) return false;
  return yesNoWord(text);
}
