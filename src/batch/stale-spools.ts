import { lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { processRunning } from "../io/process-running.js";

/** The name every spool folder starts with (mkdtemp adds six characters). */
export const SPOOL_PREFIX = "egov-score-";
const OWNER = "owner.json";

/** Marks a spool folder as this process's: a later run may remove it once this process is gone. */
export function claimSpoolFolder(dir: string): void {
  writeFileSync(path.join(dir, OWNER), JSON.stringify({ pid: process.pid, host: hostname() }));
}

/**
 * Spool folders of runs that were killed (kill -9, a power cut: no handler ran) hold every agency of their
 * batch, respondents' phone numbers and e-mails with them, 130 MB for 10,000 files; Windows never empties its
 * temporary folder. Removed by the next large batch when their owner, on this machine, is no longer running.
 * A folder without a readable owner (being made now, or another tool's) or of another machine is left alone,
 * and so is one another user owns, or a link: the temporary folder is shared (/tmp), and another user's folder
 * named egov-score-… could hold a sub-folder that user swaps for a link while the recursive removal runs,
 * which then removed the files of whatever folder the link named that this user may write (done, measured).
 * `uid` is this user's (undefined on Windows, where the temporary folder is the user's own).
 */
export function sweepStaleSpools(folder: string, uid = process.getuid?.()): void {
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.startsWith(SPOOL_PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = path.join(folder, name);
    if (!ownFolder(dir, uid)) continue;
    const owner = ownerOf(dir);
    if (owner === undefined || owner.host !== hostname() || processRunning(owner.pid)) continue;
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another user's, or held open on Windows: left for another time.
    }
  }
}

/** A folder itself (not a link to one) that this user owns. */
function ownFolder(dir: string, uid: number | undefined): boolean {
  const stat = lstatSync(dir, { throwIfNoEntry: false });
  return stat !== undefined && stat.isDirectory() && (uid === undefined || stat.uid === uid);
}

function ownerOf(dir: string): { pid: number; host: string } | undefined {
  try {
    const data = JSON.parse(readFileSync(path.join(dir, OWNER), "utf8")) as { pid?: unknown; host?: unknown };
    return Number.isSafeInteger(data.pid) && typeof data.host === "string" ? { pid: data.pid as number, host: data.host } : undefined;
  } catch {
    return undefined;
  }
}
