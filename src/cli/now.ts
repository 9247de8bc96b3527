/** The time stamped on reports; SOURCE_DATE_EPOCH (seconds) makes it reproducible. */
export function now(env: Record<string, string | undefined>): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}
