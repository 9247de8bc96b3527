import { closeSync, constants, fstatSync, linkSync, lstatSync, openSync, readSync, realpathSync, renameSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { hostname } from "node:os";
import path from "node:path";
import { processRunning } from "./process-running.js";
import { writeAll } from "./write-atomic.js";

/** A save takes milliseconds (20 ms with its fsync, measured): a lock this old is a holder stuck or gone. */
const STALE_MS = 10_000;
/** How long a save waits for another one before it goes on without the lock (the merge still takes most in). */
const WAIT_MS = 5_000;

/**
 * `work` (reading a file, putting this session's answers into what it holds, writing it back) done while no
 * other egov-score process does the same to that file. Two windows on one agency file each read it and wrote it
 * back: a save that read the file before the other's rename wrote over the answer that other one had just saved,
 * unsaid, and later saves never put it back (two processes saving 300 answers each back to back kept 290 to 320
 * of the 600, measured). The lock is a file beside the target, `.NAME.lock`, made only where none is (O_EXCL),
 * holding its process and machine; one left by a killed run is taken over once its process has ended, or after
 * 10 s. A folder that takes no lock file (read-only: the write then says why) gets no lock.
 */
export function withSaveLock<T>(file: string, work: () => T, waitMs = WAIT_MS): T {
  const lock = lockFile(file);
  const token = take(lock, waitMs);
  try {
    return work();
  } finally {
    if (token !== undefined) release(lock, token);
  }
}

/**
 * Beside the file its name leads to: two names of one file (a link) take one lock. A name near the system's
 * limit of 255 bytes (about 85 Vietnamese letters) gets a short one made from it: `.NAME.lock` could not be
 * made (ENAMETOOLONG), and the save went on without a lock.
 */
function lockFile(file: string): string {
  let real = file;
  try { real = realpathSync(file); } catch { /* not there yet */ }
  const base = path.basename(real);
  const named = `.${base}.lock`;
  const short = `.egov-score.${createHash("sha256").update(base).digest("hex").slice(0, 16)}.lock`;
  return path.join(path.dirname(real), Buffer.byteLength(named) <= 255 ? named : short);
}

/**
 * The locks a save of this process gave up waiting for that cannot be taken over, each as it was then (lockMark):
 * another user's stale lock in a folder with the sticky bit, a pipe or link named as the lock. Each later save
 * waited 5 s for it again: assess froze 5 s after every answer.
 */
const gaveUpOn = new Map<string, string>();

/** The lock's content once taken, or undefined when it could not be (waited too long, or the folder refuses it). */
function take(lock: string, waitMs: number): string | undefined {
  const token = `${process.pid} ${hostname()} ${Date.now()}`;
  const giveUp = Date.now() + waitMs;
  const given = gaveUpOn.get(lock);
  if (given !== undefined && given === lockMark(lock)) return undefined;
  gaveUpOn.delete(lock);
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(lock, "wx");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") return undefined;
    }
    if (fd !== undefined) return written(lock, fd, token);
    // One not ours to remove (another user's, in a shared folder with the sticky bit: /tmp) is waited for as a
    // held one: tried again at once, it made the save spin forever at full processor.
    const judged = stale(lock);
    if (judged !== undefined && takenOver(lock, judged)) continue;
    if (Date.now() > giveUp) {
      // Remembered only where no wait can end it: stale but not ours to remove, or no lock this tool can read (a
      // pipe, a link). A live save's, held past this wait, is waited for again: passed by, the next save went on
      // without the lock while that save still wrote.
      const mark = judged !== undefined || lockHeld(lock) === undefined ? lockMark(lock) : undefined;
      if (mark !== undefined) gaveUpOn.set(lock, mark);
      return undefined;
    }
    // Gone meanwhile or held: tried again in 5 ms.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  }
}

/**
 * The lock just made, with its content; one whose content is refused (a full disk or quota: O_EXCL took a free inode,
 * the write finds no block) is removed, being this save's: left empty beside the file, it outlived the session, and
 * saves waited 5 s for it as for a lock being written, then saved without one.
 */
function written(lock: string, fd: number, token: string): string | undefined {
  try {
    // Closed before any removal: Windows removes no file held open.
    try { writeAll(fd, token); } finally { closeSync(fd); }
    return token;
  } catch {
    try { rmSync(lock, { force: true }); } catch { /* the next save finds it stale after 10 s */ }
    return undefined;
  }
}

/** Which lock (its text and time) was left by a run that ended without removing it (kill -9, a power cut), or held far longer than a save takes. */
function stale(lock: string): string | undefined {
  const held = lockHeld(lock);
  // Gone meanwhile, or no lock this tool made: tried again, and nothing removed (a lock taken since by another save would be).
  if (held === undefined) return undefined;
  const [pid, host] = held.text.split(" ");
  // Empty: being written by its maker now.
  const gone = pid === undefined || pid === "" ? false : host === hostname() && !processRunning(Number(pid));
  return held.age > STALE_MS || gone ? identity(held) : undefined;
}

/**
 * The stale lock moved aside, then removed. Two saves may judge one lock stale at once: the first removed it and
 * took its own, and the second's removal then took that one away, both saving as if without locks. A rename moves
 * one file only once, and what it moved is read before it is removed: a lock other than the one judged stale is
 * put back where no other has been taken since (a link, which never replaces a file), and waited for as a held one.
 */
function takenOver(lock: string, stale: string): boolean {
  // Named as a temporary file, so that one left here (the removal failing) is swept with those a killed run left.
  const aside = path.join(path.dirname(lock), `.egov-score.${process.pid}.${Date.now()}.tmp`);
  try {
    renameSync(lock, aside);
  } catch {
    // Gone meanwhile (taken over by another save), or not ours to move: tried again, or waited for.
    return false;
  }
  const movedHeld = lockHeld(aside);
  const moved = movedHeld && identity(movedHeld);
  if (moved !== stale) {
    try { linkSync(aside, lock); } catch { /* another lock taken since: that one is waited for */ }
  }
  try { rmSync(aside, { force: true }); } catch { /* swept later */ }
  return moved === stale;
}

/** A lock told from another by its time as well: one just made by its save is empty too, like an old one whose maker died writing it. */
function identity(held: { text: string; mtimeMs: number }): string {
  return `${held.mtimeMs} ${held.text}`;
}

/** Removed only while it is still this save's: one taken over from it (held past 10 s) is the other's. */
function release(lock: string, token: string): void {
  try {
    if (lockHeld(lock)?.text === token) rmSync(lock, { force: true });
  } catch {
    // Gone already, or held open (Windows): the next save finds it stale.
  }
}

/**
 * What tells a lock file from another made since (a pipe or a link, too), and its text where it is one to read: a
 * lock made anew may take the freed inode (ext4 gives it back at once) and, on a share that keeps times to the
 * second, the same time, and a lock's text is the same length; its process and time are not the same.
 */
function lockMark(lock: string): string | undefined {
  try {
    const s = lstatSync(lock);
    return `${s.dev} ${s.ino} ${s.mtimeMs} ${s.size} ${lockHeld(lock)?.text ?? ""}`;
  } catch {
    return undefined;
  }
}

/** A lock's content is a process, a machine's name and a time: more is no lock of ours. */
const LOCK_MAX = 1024;

/**
 * What a lock holds and how old it is; undefined when it is gone, or is no plain file: a lock named so in a
 * folder others write to (a network share, /tmp) may be a pipe, whose reading waited forever for a writer,
 * or a link to /dev/zero, whose reading never ended (1.1 GB in 20 s, measured). Opened without following a
 * link nor waiting (where the system has those flags), and read no further than a lock's length.
 */
function lockHeld(lock: string): { text: string; age: number; mtimeMs: number } | undefined {
  let fd: number;
  try {
    fd = openSync(lock, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    const bytes = Buffer.alloc(LOCK_MAX);
    const read = readSync(fd, bytes, 0, LOCK_MAX, 0);
    return { text: bytes.toString("utf8", 0, read), age: Date.now() - stat.mtimeMs, mtimeMs: stat.mtimeMs };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
