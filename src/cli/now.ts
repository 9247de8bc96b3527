/**
 * The time stamped on reports; SOURCE_DATE_EPOCH (seconds) makes it reproducible. A value that is no whole
 * number of seconds, or beyond the dates JavaScript holds (about 275,000 years), is not taken.
 */
export function now(env: Record<string, string | undefined>): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  const pinned = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
  return pinned !== undefined && !Number.isNaN(pinned.getTime()) ? pinned : new Date();
}
