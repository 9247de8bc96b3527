import { percentDown, roundTo } from "../core/round.js";
import type { Lang } from "../core/rubric.js";

/** Points with the rubric's decimals; Vietnamese uses a decimal comma (and no thousands separator, which would be ambiguous). */
export function formatPoints(value: number, decimals: number, lang: Lang): string {
  const text = value.toFixed(decimals);
  return lang === "vi" ? text.replace(".", ",") : text;
}

/** A maximum as a rubric writes it: a whole number without decimals (1000, not 1000.00), any other with the rubric's. */
export function formatMax(value: number, decimals: number, lang: Lang): string {
  return formatPoints(value, Number.isInteger(value) ? 0 : decimals, lang);
}

/** points / max as "68.85 %": two decimals, cut from the exact quotient as every report gives it (see percentDown). */
export function formatPercent(points: number, max: number, lang: Lang): string {
  return formatPoints(percentDown(points, max, 2), 2, lang) + " %";
}

/**
 * count / size as "70.53 %", rounded: a share of agencies reaches no band, and cut as a score's percentage is
 * (formatPercent), the bands' shares of 285 agencies added up to 99.99 % (84 Fair 29.47 %, 201 Average 70.52 %).
 */
export function formatShare(count: number, size: number, lang: Lang): string {
  return formatPoints(size > 0 ? roundTo((count * 100) / size, 2) : 0, 2, lang) + " %";
}

/** A bar of `width` cells filled in proportion to value / max. */
export function bar(value: number, max: number, width: number): string {
  const filled = max > 0 ? Math.round((Math.max(0, Math.min(value, max)) / max) * width) : 0;
  return "█".repeat(filled) + "░".repeat(width - filled);
}

/** A calendar date (YYYY-MM-DD) as each language writes it: 14/02/2025 in Vietnamese; anything else as it is. */
export function dateText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m && lang === "vi" ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The day in Vietnam (UTC+7) at a moment: the date an agency writes (the day its file is sent), whatever the machine's zone. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * When a report was made, to the minute, as each language writes a time: in Vietnamese at Vietnam's time
 * (UTC+7 all year, no daylight saving), which the agencies and their reports keep; otherwise in UTC. Either
 * way it does not depend on the machine's zone, so a report is reproducible.
 */
export function formatStamp(iso: string, lang: Lang): string {
  const utc = new Date(iso);
  if (Number.isNaN(utc.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  const t = lang === "vi" ? new Date(utc.getTime() + VIETNAM_OFFSET_MS) : utc;
  const time = `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
  return lang === "vi"
    ? `${time} ngày ${dateText(t.toISOString().slice(0, 10), lang)} (giờ Việt Nam, UTC+7)`
    : `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} ${time} UTC`;
}

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
