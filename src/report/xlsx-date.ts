import type { Lang } from "../core/rubric.js";

/**
 * A calendar date (YYYY-MM-DD) as a spreadsheet keeps one: the serial number of the 1900 date system, days since
 * 1899-12-30 (Excel counts a 29th of February 1900 that was not, so from March 1900 on the two agree). Written as
 * text, a date sorted as text (02/04/2025 before 12/03/2025) and a filter offered no years or months. Undefined for
 * what is not a whole date of 1900-03-01 to 9999-12-31 (a period "2025", a date field of a parts answer): text it stays.
 */
export function dateSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || time < Date.UTC(1900, 2, 1)) return undefined;
  return (time - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A date cell's format, as the report's other formats write a date in its language (14/02/2025; 2025-02-14). */
export function dateFormat(lang: Lang): string {
  return lang === "vi" ? "dd/mm/yyyy" : "yyyy-mm-dd";
}
