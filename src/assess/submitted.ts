import type { Lang } from "../core/rubric.js";
import { isCalendarDate } from "../core/agency.js";
import { message } from "../i18n/messages.js";
import type { Asker } from "../prompts/ask.js";
import { dateText } from "../report/format-number.js";
import { parseDate } from "./parse-number.js";

/**
 * The date the file is sent (`submitted`), asked when the file is ready to send. Enter keeps what the file
 * says, and says "not sent yet" for a file without one: a draft finished to see its score is not dated.
 * Returns the new value (null: not sent), or undefined when it stays as it is. Evidence dated after it is
 * then warned about, as validate does.
 */
export async function askSubmitted(asker: Asker, lang: Lang, current: unknown, today: string): Promise<string | null | undefined> {
  const was = typeof current === "string" && isCalendarDate(current) ? current : undefined;
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
  if (choice === "keep") return undefined;
  if (choice === "clear") return null;
  if (choice === "today") return today;
  const typed = await asker.text({ message: m("assess-submitted-date"), ...(was ? { default: dateText(was, lang) } : {}), validate: (v) => (parseDate(v) ? true : m("assess-invalid-date")) });
  return parseDate(typed)!;
}
