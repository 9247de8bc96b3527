import { spawnSync } from "node:child_process";

/**
 * The pid of a process that has ended: it names no running process (for as long as the system does not reuse
 * it). Taken from spawnSync itself, not from what the child prints: under FORCE_COLOR, console.log colours a
 * number, and Number("\x1b[33m4242\x1b[39m") is NaN, which made the stale-file tests fail or pass by chance.
 */
export function pidOfEndedProcess(): number {
  const r = spawnSync(process.execPath, ["-e", ""]);
  if (r.status !== 0 || !Number.isInteger(r.pid) || r.pid <= 0) throw new Error(`no ended process to name: ${String(r.error ?? r.status)}`);
  return r.pid;
}
