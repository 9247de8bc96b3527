import type { Issue } from "../../core/issue.js";
import type { Input, Rubric, Rule } from "../../core/rubric.js";
import { indicatorsOf } from "../tree.js";
import { nodeCode } from "./accepted.js";
import { forEachText } from "../../core/texts.js";

/** A year of this century or the last, as a word (not a piece of a longer number). */
const YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/gu;
/** A document number (922/QĐ-BTTTT, 42/2022/NĐ-CP, 57-NQ/TW) or a legal instrument cited by name (Luật … năm 2023). */
const CITATION = /\d+\s*[/-]\s*(?:\d{4}\s*\/\s*)?\p{Lu}|(?<!\p{L})(?:luật|nghị định|nghị quyết|quyết định|thông tư|chỉ thị|công văn|pháp lệnh|law|decree|resolution|decision|circular|directive)(?!\p{L})/iu;
/** Where a citation's clause ends, looking back from a year: the year after it is the text's own. */
const CLAUSE_END = /[;:!?]|\.\s/g;
/**
 * The year named as the previous one, right beside it ("kết quả năm trước (năm 2025)", "năm 2025 (năm liền trước)",
 * "the previous year's (2025) plan"): written so on purpose, where last year's results are what is measured. Beside
 * it only: "số hồ sơ năm 2025 tăng so với năm trước" compares the text's own year with the one before, and copied
 * forward unchanged it is stale. "Kết quả năm 2025" alone may be either, and is still said (accept it in the
 * rubric's `lint.accept`, with the reason).
 */
const PREVIOUS = "(?:năm trước|năm liền trước|năm liền kề trước|(?:the )?previous year|(?:the )?prior year|last year)";
const NAMED_BEFORE = new RegExp(`(?<!\\p{L})${PREVIOUS}(?:['’]s)?[\\s(),:–-]*(?:năm\\s+)?$`, "iu");
const NAMED_AFTER = new RegExp(`^[\\s(),:–-]*(?:(?:tức|là|i\\.e\\.|that is)[\\s,]+)?${PREVIOUS}(?!\\p{L})`, "iu");
/** Texts that name a source, not the period: the issuer and provenance keep the years of what they cite. */
const SOURCE_KEYS = new Set(["issuer", "provenance", "legal_basis"]);

/**
 * stale-year: a text still says the year before the rubric's period ("Kế hoạch chuyển đổi số năm 2025" in a
 * rubric whose period became 2026): copied forward from last year's revision, it would be shown to every
 * officer and printed in the report. Only the year just before the period's is looked for (older years in a
 * text are references, as "chỉ tiêu năm 2023"), and a year that is part of a citation is not: a document number
 * (42/2022/NĐ-CP), a year after one in the same clause (922/QĐ-BTTTT năm 2022) or after a law's name (Luật Giao
 * dịch điện tử năm 2023), a standard's edition (ISO 9001:2015). One finding per text and language, with
 * the text as it would read with the period's year.
 */
export function checkStaleYears(rubric: Rubric): Issue[] {
  const period = PERIOD_YEAR.exec(rubric.period);
  if (!period) return [];
  const stale = String(Number(period[0]) - 1);
  const issues: Issue[] = [];
  forEachText(rubric, [], (text, path) => {
    if (SOURCE_KEYS.has(path[0]!)) return;
    for (const lang of rubric.languages) {
      const value = text[lang];
      const at = staleAt(value, stale);
      if (at === undefined) continue;
      const fixed = value.slice(0, at) + period[0] + value.slice(at + 4);
      issues.push({ code: "stale-year", severity: "warning", path: [...path, lang], inText: { value, at, length: 4 }, params: { year: stale, period: rubric.period, text: excerpt(value, at), fixed: excerpt(fixed, at), ...acceptEntry("stale-year", nodeCode(rubric, path)) } });
    }
  });
  return issues;
}

const PERIOD_YEAR = /(?:19|20)\d\d/;

/**
 * stale-date: a date that decides scores still lies before the rubric's period, as a revision bumping `period` to 2026
 * leaves it: a date input's `max` (every answer dated in the period is out of range, refused by validate and taken
 * as unanswered) or a deadline's `by` (every answer dated in the period is late). At the value, with the date in the
 * period's year to write. A `min` before the period is usual (a plan issued in the last months of the year before).
 */
export function checkStaleDates(rubric: Rubric): Issue[] {
  const period = PERIOD_YEAR.exec(rubric.period);
  if (!period) return [];
  const start = `${period[0]}-01-01`;
  const issues: Issue[] = [];
  for (const { node, path } of indicatorsOf(rubric)) {
    const stale = (date: string, at: string[], key: "max" | "by") => {
      if (date >= start) return;
      issues.push({ code: "stale-date", severity: "warning", path: at, params: { code: node.code, key, date, period: rubric.period, fixed: inYear(date, period[0]), ...acceptEntry("stale-date", node.code) } });
    };
    const inputs = (input: Input, at: string[]) => {
      if (input.type === "date" && input.max !== undefined) stale(input.max, [...at, "max"], "max");
      if (input.type === "parts") input.fields.forEach((f, k) => inputs(f.input, [...at, "fields", String(k), "input"]));
    };
    const rules = (rule: Rule, at: string[]) => {
      if (rule.type === "deadline") stale(rule.by, [...at, "by"], "by");
      if (rule.type === "sum") rule.parts.forEach((t, i) => rules(t.rule, [...at, "parts", String(i), "rule"]));
      if (rule.type === "best_of") rule.cases.forEach((t, i) => rules(t.rule, [...at, "cases", String(i), "rule"]));
    };
    inputs(node.input, [...path, "input"]);
    if (node.rule) rules(node.rule, [...path, "rule"]);
  }
  return issues;
}

/** The same day in another year; 29 February, in a year without one, the 28th. */
function inYear(date: string, year: string): string {
  const moved = `${year}${date.slice(4)}`;
  return moved.endsWith("-02-29") && !isLeap(Number(year)) ? `${year}-02-28` : moved;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Where the text says the stale year as its own (not cited), or undefined. */
function staleAt(text: string, stale: string): number | undefined {
  for (const m of text.matchAll(YEAR)) {
    if (m[0] !== stale) continue;
    const i = m.index!;
    // 42/2022/NĐ-CP: the year inside a document number; ISO 9001:2015: a standard's edition.
    if (/^\s*\/\s*\p{Lu}/u.test(text.slice(i + 4)) || text[i - 1] === ":") continue;
    if (CITATION.test(clauseBefore(text, i))) continue;
    if (NAMED_BEFORE.test(text.slice(0, i)) || NAMED_AFTER.test(text.slice(i + 4))) continue;
    return i;
  }
  return undefined;
}

/** The text of the clause that leads up to index `i`, from the last sentence break before it. */
function clauseBefore(text: string, i: number): string {
  const before = text.slice(0, i);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_END)) start = m.index! + m[0].length;
  return before.slice(start);
}

/** About forty characters on each side of the year, cut at words, with … where cut. */
function excerpt(text: string, at: number): string {
  const from = Math.max(0, text.lastIndexOf(" ", Math.max(0, at - 40)));
  const cut = text.indexOf(" ", at + 44);
  const to = cut === -1 ? text.length : cut;
  return (from > 0 ? "…" : "") + text.slice(from, to).trim() + (to < text.length ? "…" : "");
}

/** The `lint.accept` entry that keeps this finding, to copy: the `_vi`/`_en` params are the message's {accept}. */
function acceptEntry(rule: string, code: string | undefined): Record<string, string> {
  const entry = (why: string) => `{rule: ${rule}, ${code !== undefined ? `code: "${code}", ` : ""}reason: "${why}"}`;
  return { accept_vi: entry("LÝ DO"), accept_en: entry("WHY") };
}
