import type { Context } from "./context.js";
import { sayMessage } from "./say.js";

/**
 * The time stamped on reports; SOURCE_DATE_EPOCH (seconds) makes it reproducible. A value that is no whole
 * number of seconds, or beyond the dates JavaScript holds (about 275,000 years), is not taken.
 */
export function now(env: Record<string, string | undefined>): Date {
  return pinnedTime(env) ?? new Date();
}

/** The time a report is stamped with, said when SOURCE_DATE_EPOCH is set and cannot be taken (the stamp would not be the one asked for). */
export function reportTime(ctx: Context): Date {
  const epoch = ctx.io.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && pinnedTime(ctx.io.env) === undefined) sayMessage(ctx, "source-date-epoch-unused", { value: epoch }, ctx.colorErr.yellow);
  return now(ctx.io.env);
}

function pinnedTime(env: Record<string, string | undefined>): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  const pinned = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
  return pinned !== undefined && !Number.isNaN(pinned.getTime()) ? pinned : undefined;
}
