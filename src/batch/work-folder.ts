import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cleanUpOnInterrupt } from "../io/interrupt-cleanup.js";
import { SpoolReader, type MemorySpools } from "./spool.js";
import { claimSpoolFolder, SPOOL_PREFIX, sweepStaleSpools } from "./stale-spools.js";

/** The temporary folder the spools go to cannot be used (missing, read-only, full): the user's to fix, with TMPDIR. */
export class WorkFolderError extends Error {
  constructor(readonly folder: string, readonly reason: string) { super(`cannot use ${folder}: ${reason}`); }
}

/**
 * Where a batch's spools go: a folder of its own in the temporary folder, removed by dispose() or on an
 * interrupt (they may hold respondents' phone numbers), or memory for a small batch (`inMemory`), which then
 * needs no temporary folder. `dir` is "" in memory: the spools are only named after it.
 */
export interface WorkFolder { dir: string; memory?: MemorySpools; reader: SpoolReader; dispose(): void }

export function openWorkFolder(inMemory: boolean): WorkFolder {
  const memory: MemorySpools | undefined = inMemory ? new Map() : undefined;
  const reader = new SpoolReader(memory);
  let dir: string | undefined;
  const removeSpool = () => { reader.close(); memory?.clear(); if (dir !== undefined) rmSync(dir, { recursive: true, force: true, maxRetries: 3 }); };
  // Listening before the folder exists: a signal between the two would leave it behind.
  const release = memory ? () => undefined : cleanUpOnInterrupt(removeSpool);
  if (!memory) {
    try {
      sweepStaleSpools(tmpdir());
      dir = mkdtempSync(path.join(tmpdir(), SPOOL_PREFIX));
      claimSpoolFolder(dir);
    } catch (e) {
      release();
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
      throw workFolderError(e, undefined) ?? e;
    }
  }
  return { dir: dir ?? "", ...(memory ? { memory } : {}), reader, dispose: () => { release(); removeSpool(); } };
}

/** What the system says of a temporary folder that cannot take the spools. */
const WORK_FOLDER_FAILURES = new Set(["ENOENT", "ENOTDIR", "EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "EFBIG"]);

/** The error as the temporary folder's failure, where it is one: a failing path elsewhere (an agency file) is not. */
export function workFolderError(e: unknown, dir: string | undefined): WorkFolderError | undefined {
  const { code, path: at } = e as NodeJS.ErrnoException;
  if (typeof code !== "string" || !WORK_FOLDER_FAILURES.has(code)) return undefined;
  // A spool write names no path.
  const ours = at === undefined || dir === undefined || path.resolve(at).startsWith(path.resolve(dir));
  return ours ? new WorkFolderError(tmpdir(), code) : undefined;
}
