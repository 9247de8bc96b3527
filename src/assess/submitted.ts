import type { Lang, Rubric } from "../core/rubric.js";
import type { AgencyFile } from "../core/agency.js";
import { checkAgency } from "../core/check-agency.js";
import { isCalendarDate } from "../core/agency.js";
import { message } from "../i18n/messages.js";
import type { Asker } from "../prompts/ask.js";
import { dateText } from "../report/format-number.js";
import { parseDate, parseDayOfYear } from "./parse-number.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { dateRefusal } from "./describe.js";

/**
 * The date the file is sent (`submitted`), asked when the file is ready to send. Enter keeps what the file
 * says, and says "not sent yet" for a file without one: a draft finished to see its score is not dated.
 * Returns the new value (null: not sent), or undefined when it stays as it is. A day typed may be neither
 * after today nor before the period's year. `print` says the year a day typed without one (15/3) was given.
 */
export async function askSubmitted(asker: Asker, lang: Lang, current: unknown, today: string, period?: unknown, print: (line: string) => void = () => undefined): Promise<string | null | undefined> {
  // A day a hand edit wrote the Vietnamese way (submitted: 30/9/2025, which validate suggests writing "2025-09-30")
  // is that day: offered to keep, and kept written as the file writes days. It was cleared, Enter saying "not sent".
  const was = typeof current === "string" ? (isCalendarDate(current) ? current : parseDate(current)) : undefined;
  type Pick = "keep" | "today" | "other" | "clear";
  const m = (key: string, date?: string) => message(lang, key, date === undefined ? {} : { date: dateText(date, lang) });
  const choice = await asker.select<Pick>({
    message: m("assess-submitted"),
    choices: [
      { value: "keep", name: was === undefined ? m("assess-submitted-not-yet") : m("assess-submitted-keep", was) },
      ...(was === today ? [] : [{ value: "today" as const, name: m("assess-submitted-today", today) }]),
      { value: "other", name: m("assess-submitted-other") },
      ...(was === undefined ? [] : [{ value: "clear" as const, name: m("assess-submitted-clear") }]),
    ],
    default: "keep",
  });
  // A day written by hand that is no day (2025-13-01): "not sent" clears it.
  if (choice === "keep") return was === undefined ? (current !== undefined && current !== null ? null : undefined) : was !== current ? was : undefined;
  if (choice === "clear") return null;
  if (choice === "today") return today;
  // Not after today, nor before the period's year (25/09/2052 for 2025 is a slip of the year); a period
  // written "2025-Q3" or "2025–2026" starts with its year.
  const year = /^(\d{4})(?!\d)/.exec(String(period ?? ""))?.[1];
  const firstDay = year === undefined ? undefined : `${year}-01-01`;
  // A day typed without its year (15/3) is, as at a date question or an evidence date, given a year and said;
  // the day a file is sent is a recent one, so its year is the last in which that day is not after today
  // (15/3 typed on 6/12/2026 for period 2025 is 15/03/2026, not the period's 15/03/2025).
  const dayTyped = (v: string) => parseDate(v) ?? parseDayOfYear(v, yearOfDayTyped(v, today));
  const validate = (v: string) => {
    const day = dayTyped(v);
    if (!day) return dateRefusal(v, lang, yearOfDayTyped(v, today));
    if (day > today) return message(lang, "assess-submitted-future", { today: dateText(today, lang) });
    if (firstDay && day < firstDay) return message(lang, "assess-submitted-before-period", { period: year! });
    return true;
  };
  const typed = await asker.text({ message: m("assess-submitted-date"), ...(was ? { default: dateText(was, lang) } : {}), validate });
  const day = dayTyped(typed)!;
  if (parseDate(typed) === undefined) print(message(lang, "assess-date-year-added", { text: terminalSafe(typed.trim(), true), date: dateText(day, lang) }));
  return day;
}

/** The year a day typed without one (15/3) is read in: today's, or the year before when that day has not come yet. */
function yearOfDayTyped(typed: string, today: string): string {
  const thisYear = today.slice(0, 4);
  const day = parseDayOfYear(typed, thisYear);
  return day !== undefined && day > today ? String(Number(thisYear) - 1) : thisYear;
}

/**
 * The indicators whose evidence or dated answer is later than the day the file would be sent (`submitted`), and
 * whether any of those is an answer's own date (a plan issued after the file was sent): what assess asks about
 * before writing that day, as validate would warn of it after.
 */
export function datedAfterSent(rubric: Rubric, data: AgencyFile, submitted: string): { codes: string[]; count: number; answers: boolean } {
  const later = checkAgency(rubric, { ...data, submitted }).filter((i) => i.code === "evidence-after-submission" || i.code === "answer-after-submission");
  return { codes: [...new Set(later.map((i) => i.path[1]!))], count: later.length, answers: later.some((i) => i.code === "answer-after-submission") };
}
