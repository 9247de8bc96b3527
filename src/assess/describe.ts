import type { Indicator, Input, Lang } from "../core/rubric.js";
import { message } from "../i18n/messages.js";
import { dateText } from "../report/format-number.js";
import { isCalendarDate, isCalendarDay } from "../core/agency.js";
import { dayAsTyped, impossibleDate, shortYearDate } from "./parse-number.js";
import { terminalSafe } from "../report/terminal-safe.js";

/**
 * Who reads the words of an answer's format: the officer at an interview's question (`prompt`: the words they
 * answer with, a part or an option by its label), a reader of the rubric (`reference`: those words and what a
 * file holds, the ids and true / false), an `init` comment (`file`: how to write it in YAML, where `có` is not
 * a yes/no value, true is).
 */
type FormatFor = "prompt" | "reference" | "file";

/** What an answer must look like, in words: shared by the interactive prompts, `rubric show` and `init` comments. */
export function answerFormat(input: Input, lang: Lang, as: FormatFor): string {
  const written = as === "file";
  const unit = "unit" in input && input.unit ? `; ${message(lang, "format-unit", { unit: input.unit[lang] })}` : "";
  // Labels only at a question (they may hold commas: "; " between them), as the list to pick from shows them.
  const options = !("options" in input) ? "" : as === "prompt" ? input.options.map((o) => o.label[lang]).join("; ") : input.options.map((o) => `${o.id} (${o.label[lang]})`).join(", ");
  switch (input.type) {
    case "boolean": return message(lang, written ? "format-boolean-written" : as === "prompt" ? "format-boolean-answer" : "format-boolean");
    case "number": return message(lang, input.integer ? "format-integer" : "format-number") + range(input.min, input.max, lang) + unit;
    case "percent": return message(lang, "format-percent");
    case "fraction": return (written ? message(lang, "format-fraction-written") + "; " : "") + message(lang, input.integer ? "format-fraction-whole" : "format-fraction", { numerator: input.numerator[lang], denominator: input.denominator[lang] }) + unit;
    case "count": return message(lang, "format-count") + (input.max !== undefined ? ", " + message(lang, "format-max", { max: input.max }) : "") + unit;
    case "choice": return message(lang, "format-choice", { options });
    case "checklist": return message(lang, "format-checklist", { options }) + (written ? "; " + message(lang, "format-checklist-written", { example: input.options.slice(0, 2).map((o) => o.id).join(", ") }) : "");
    case "level": {
      const labels = input.labels?.map((l, i) => `${(input.min ?? 0) + i} = ${l[lang]}`).join("; ");
      return message(lang, "format-level", { min: input.min ?? 0, max: input.max }) + (labels ? ` (${labels})` : "");
    }
    // In a file a date is written as YAML's ISO date; typed in a prompt, as people write it.
    case "date": return written ? message(lang, "format-date-written") + range(input.min, input.max, lang) : message(lang, "format-date") + range(input.min && dateText(input.min, lang), input.max && dateText(input.max, lang), lang);
    case "text": return message(lang, "format-text");
    case "parts": return message(lang, "format-parts") + ": " + input.fields.map((f) => `${as === "prompt" ? f.label[lang] : `${f.id} (${f.label[lang]})`}: ${answerFormat(f.input, lang, as)}`).join(" | ");
  }
}

function range(min: number | string | undefined, max: number | string | undefined, lang: Lang): string {
  if (min !== undefined && max !== undefined) return ", " + message(lang, "format-range", { min, max });
  if (min !== undefined) return ", " + message(lang, "format-min", { min });
  if (max !== undefined) return ", " + message(lang, "format-max", { max });
  return "";
}

/** The evidence rule in words, or undefined when the rubric asks for none. */
export function evidenceRule(indicator: Indicator, lang: Lang): string | undefined {
  const e = indicator.evidence;
  if (!e) return undefined;
  const fields = (e.fields ?? []).map((f) => message(lang, `evidence-${f}`).replace(/ \(.*\)$/, "").toLowerCase()).join(", ");
  // No field asked of each item: nothing to say after "with" ("with –" read as a field named "–").
  const bare = fields === "" ? "-bare" : "";
  // "At least 1" of something optional says nothing; a minimum is stated only when it is asked for.
  if (!e.required && (e.min ?? 1) <= 1) return message(lang, `assess-evidence-rule-optional${bare}`, { fields });
  // Under a batch-relative rule what an answer earns depends on the batch, so evidence is asked of any answer
  // above 0 (relative_to_best) or of every answer (min_max), not only of one that earns points (checkAgency).
  const rule = indicator.rule?.type;
  const required = rule === "min_max" ? "assess-evidence-required-always" : rule === "relative_to_best" ? "assess-evidence-required-above-zero" : "assess-evidence-required";
  const said = message(lang, `assess-evidence-rule${bare}`, { required: message(lang, e.required ? required : "assess-evidence-optional"), min: e.min ?? 1, fields });
  return e.required && e.when_missing === "no_points" ? said + message(lang, "assess-evidence-no-points") : said;
}

/** A title that says itself the indicator is not scored, as rubrics transcribed from a form often do: "… (không tính điểm)". */
const SAYS_UNSCORED = /không (?:tính|chấm) điểm|chỉ (?:thu thập|lấy) thông tin|not scored|information only/iu;

/**
 * What follows an indicator's title where it is asked (assess) or listed (init): " (tối đa 20 điểm)", or for one
 * that is information only " (chỉ thu thập thông tin, không tính điểm)", unless its title says so already (4.23 of
 * dti-cap-xa read "… (không tính điểm) (chỉ thu thập thông tin, không tính điểm)").
 */
export function worthAfterTitle(indicator: Indicator, lang: Lang): string {
  if (!indicator.info_only) return ` (${message(lang, "assess-max", { max: indicator.max })})`;
  return SAYS_UNSCORED.test(indicator.title[lang].normalize("NFC")) ? "" : ` (${message(lang, "assess-info-only")})`;
}

/**
 * Why a typed date is refused: the day a month lacks (31/02/2025: February 2025 has 28 days), a month past 12
 * (with the day first, where 03/31/2025 was typed month first; the month before the day, where 2025-31-03 was typed
 * year first), else the generic example. `year` as impossibleDate.
 */
export function dateRefusal(raw: string, lang: Lang, year?: string): string {
  const none = impossibleDate(raw, year);
  const short = shortYearDate(raw);
  if (short) return message(lang, "assess-date-short-year", { text: terminalSafe(raw.trim(), true), date: dayAsTyped(short, raw) });
  if (!none) return message(lang, "assess-invalid-date");
  const { y, m, d, yearFirst } = none;
  const two = (n: number) => String(n).padStart(2, "0");
  if (m < 1 || m > 12) {
    // Put right in the order it was typed: 2025-13-01 was told "with slashes the day comes first, type 13/01/2025".
    const canSwap = d >= 1 && d <= 12 && isCalendarDay(y, d, m);
    if (!canSwap) return message(lang, "assess-no-such-month", { m });
    return yearFirst ? message(lang, "assess-no-such-month-swapped-year-first", { m, swapped: `${y}-${two(d)}-${two(m)}` }) : message(lang, "assess-no-such-month-swapped", { m, swapped: `${two(m)}/${two(d)}/${y}` });
  }
  const last = [31, 30, 29, 28].find((n) => isCalendarDay(y, m, n))!;
  const month = lang === "vi" ? `${m}` : new Date(Date.UTC(2000, m - 1, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" });
  // The example in the order typed, in either language (29/02/2025 was told "type e.g. 2025-02-28" in English).
  return message(lang, "assess-no-such-day", { d, m: month, y, last, example: yearFirst ? `${y}-${two(m)}-${two(last)}` : `${two(last)}/${two(m)}/${y}` });
}

/**
 * A note when a day typed is after `today`: a document (a plan, a decision) is not dated in the future, so the year
 * or month is likely a slip; the answer is kept all the same (the officer may be filling in ahead). Undefined otherwise.
 */
export function futureDayNote(day: string, raw: string, today: string | undefined, lang: Lang): string | undefined {
  return today !== undefined && day > today ? message(lang, "assess-date-future", { date: dayAsTyped(day, raw), today: dayAsTyped(today, raw) }) : undefined;
}

/**
 * A note when a document cited at a date answer (the day a plan was issued) is dated after that day: the plan, or
 * the decision issuing it, cannot postdate it, so one of the two days is likely a slip (and the deadline scores the
 * answer's). Kept all the same: a later report on the plan may be cited. Undefined otherwise.
 */
export function laterThanAnswerNote(day: string, input: Input, value: unknown, lang: Lang): string | undefined {
  return input.type === "date" && typeof value === "string" && isCalendarDate(value) && day > value ? message(lang, "assess-evidence-after-answer", { date: dateText(day, lang), answer: dateText(value, lang) }) : undefined;
}
