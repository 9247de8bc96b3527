/**
 * What `work` returns, and the processor time it took in this process, in milliseconds. A bound on some work's
 * cost (a pattern tried at every position took seconds on a long line) is put on this, not on the clock: on a
 * loaded two-core machine the clock counts the turns of other processes too (15 ms of work measured 180 ms,
 * over a bound of 100). Each test file runs in a process of its own (vitest's forks), so no other file's
 * work is counted here.
 */
export function cpuTimed<T>(work: () => T): { result: T; ms: number } {
  const before = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(before);
  return { result, ms: (used.user + used.system) / 1000 };
}
