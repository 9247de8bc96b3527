import type { Context } from "./context.js";
import { sayMessage } from "./say.js";

/**
 * The time stamped on reports; SOURCE_DATE_EPOCH (seconds) makes it reproducible. A value that is no whole
 * number of seconds, or after 9999-12-31T16:59:59Z (the last second of 9999 in Vietnam, where the Vietnamese
 * reports date it), is not taken: a later year is written "+057704-…", no date-time of the report's schema,
 * and is milliseconds given for seconds (Date.now(), date +%s%3N).
 */
export function now(env: Record<string, string | undefined>): Date {
  return pinnedTime(env) ?? new Date();
}

/**
 * The time a report is stamped with, said when SOURCE_DATE_EPOCH is set and cannot be taken (the stamp would not be
 * the one asked for). Set empty it counts as unset, as a CI's `env: SOURCE_DATE_EPOCH: ""` or `export SOURCE_DATE_EPOCH=` means.
 */
export function reportTime(ctx: Context): Date {
  const epoch = ctx.io.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "" && pinnedTime(ctx.io.env) === undefined) sayMessage(ctx, "source-date-epoch-unused", { value: epoch }, ctx.colorErr.yellow);
  return now(ctx.io.env);
}

function pinnedTime(env: Record<string, string | undefined>): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) && Number(epoch) <= LAST_FOUR_DIGIT_SECOND ? new Date(Number(epoch) * 1000) : undefined;
}

/** 9999-12-31T23:59:59 in UTC+7, in seconds: the last moment both stamps (UTC, and Vietnam's) write with a year of four digits. */
const LAST_FOUR_DIGIT_SECOND = 253_402_275_599;
