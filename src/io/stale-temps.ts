import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { processRunning } from "./process-running.js";

/** Older than this, a temporary file is no write in progress, whatever machine made it (a shared folder). */
const STALE_MS = 60 * 60 * 1000;
const swept = new Set<string>();

/**
 * Temporary files of this target that a killed run left beside it (kill -9, a power cut: `.a.yaml.PID.TIME.tmp`,
 * shown on Windows, where a leading dot hides nothing), removed when the file is first written in a process:
 * an hour old and their process no longer running.
 */
export function removeStaleTemps(dir: string, base: string, now = Date.now()): void {
  const key = path.join(dir, base);
  if (swept.has(key)) return;
  swept.add(key);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  // Named after the target, or the short name a target near the 255-byte limit gets, or a writable-folder probe.
  const prefixes = [`.${base}.`, ".egov-score.", ".egov-score-probe."];
  for (const name of names) {
    const prefix = prefixes.find((p) => name.startsWith(p));
    if (prefix === undefined || !name.endsWith(".tmp")) continue;
    const match = /^(\d+)\.(\d+)\.tmp$/.exec(name.slice(prefix.length));
    if (!match || now - Number(match[2]) < STALE_MS || processRunning(Number(match[1]))) continue;
    try {
      rmSync(path.join(dir, name), { force: true });
    } catch {
      // Held, or not ours to remove: left as it was.
    }
  }
}
