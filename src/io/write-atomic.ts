import { chmodSync, closeSync, fsyncSync, linkSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import path from "node:path";
import { cleanUpOnInterrupt } from "./interrupt-cleanup.js";
import { deviceNameHere } from "./windows-names.js";
import { foreignLink } from "./foreign-link.js";
import { keepOwner } from "./keep-owner.js";
import { removeStaleTemps } from "./stale-temps.js";

/** `file` exists, and `more` files the same command would write exist too (said at once: --force replaces them all). */
export class FileExistsError extends Error {
  constructor(readonly file: string, readonly more: readonly string[] = []) { super(`${[file, ...more].join(", ")} exist${more.length > 0 ? "" : "s"}`); }
}

/** A file changed by another program since it was read, that cannot be read now: it is not written over. */
export class EditedMeanwhileError extends Error {
  constructor(readonly file: string) { super(`${file} was edited meanwhile and cannot be read`); }
}

/** The system refuses the target: `reason` is its error code (EISDIR, ENOTDIR, EACCES…) or "not-a-file". */
export class WriteRefusedError extends Error {
  constructor(readonly file: string, readonly reason: string) { super(`cannot write ${file}: ${reason}`); }
}

/** Write through a temporary file in the same folder, flushed to the disk, then put in place (renamed over the target, or linked where nothing may be replaced): readers never see half a file. */
export function writeFileAtomic(file: string, content: string | Uint8Array, options: { force?: boolean } = {}): void {
  throughTemp(file, options, (temp) => {
    const fd = openSync(temp, "wx");
    try {
      writeAll(fd, content);
      flushToDisk(fd);
    } finally {
      closeSync(fd);
    }
  });
}

/** The same for content that arrives in pieces (a large report): never whole in memory, still never half on disk. */
export function writeChunksAtomic(file: string, chunks: Iterable<string | Uint8Array>, options: { force?: boolean } = {}): void {
  throughTemp(file, options, (temp) => {
    const fd = openSync(temp, "wx");
    try {
      const out = new BufferedWriter(fd);
      for (const chunk of chunks) out.write(chunk);
      out.flush();
      flushToDisk(fd);
    } finally {
      closeSync(fd);
    }
  });
}

/**
 * Throw when the target may not be written: a file there without force, or, even with force, a folder,
 * a device or a pipe (a plain file would be renamed over it: /dev/full, say), another user's link in /tmp (see
 * foreign-link.ts), or on Windows a device's name.
 */
export function checkTarget(file: string, options: { force?: boolean }): void {
  if (deviceNameHere(file)) throw new WriteRefusedError(file, "reserved-name");
  if (foreignLink(file)) throw new WriteRefusedError(file, "foreign-link");
  const stat = statOf(file);
  if (stat?.isDirectory()) throw new WriteRefusedError(file, "EISDIR");
  if (stat && !stat.isFile()) throw new WriteRefusedError(file, "not-a-file");
  if (stat && !options.force) throw new FileExistsError(file);
}

/** The same for a writer that works asynchronously (a workbook written as it is made): `write` fills the temporary file. */
export async function writeAtomicAsync(file: string, write: (temp: string) => Promise<void>, options: { force?: boolean } = {}): Promise<void> {
  const t = beginTemp(file, options);
  try {
    await write(t.temp);
    syncFile(t.temp);
    t.commit();
  } catch (e) {
    throw t.fail(e);
  }
}

function throughTemp(given: string, options: { force?: boolean }, write: (temp: string) => void): void {
  const t = beginTemp(given, options);
  try {
    write(t.temp);
    t.commit();
  } catch (e) {
    throw t.fail(e);
  }
}

/**
 * A file replaced through a link is the link's target (the link stays a link), and keeps its permissions
 * (a file made readable by its owner only stays so: it may hold a respondent's phone and e-mail), owner and
 * group (see keep-owner.ts).
 * `fail` removes the temporary file and gives the error to throw.
 */
function beginTemp(given: string, options: { force?: boolean }): { temp: string; commit: () => void; fail: (e: unknown) => unknown } {
  checkTarget(given, options);
  const file = realTarget(given);
  const was = statOf(file);
  removeStaleTemps(path.dirname(file), path.basename(file));
  const temp = path.join(path.dirname(file), tempName(path.basename(file)));
  const release = cleanUpOnInterrupt(() => rmSync(temp, { force: true }));
  return {
    temp,
    commit: () => {
      if (was !== undefined) {
        // The owner first: a change of owner clears the set-id bits the mode then puts back.
        keepOwner(temp, was);
        chmodSync(temp, was.mode & 0o7777);
      }
      if (options.force) renameRetrying(temp, file);
      else placeNew(temp, file, given);
      release();
    },
    fail: (e) => {
      release();
      // The temporary file may be held a moment too (an antivirus scanning it): its removal never hides why the write failed.
      try { rmSync(temp, { force: true, recursive: true, maxRetries: 3 }); } catch { /* a leftover .tmp beside the target, named after it */ }
      const { code, path: at, syscall } = e as NodeJS.ErrnoException;
      // Windows refuses to replace a file another program holds open (Excel) with EPERM, EACCES or EBUSY.
      if (syscall === "rename" && process.platform === "win32" && typeof code === "string" && HELD.has(code)) return new WriteRefusedError(given, "in-use");
      // The temporary file not made for want of permission: the folder is what refuses (the file's own permissions may
      // be fine), said so; "permission denied" sent the officer to the file.
      if ((code === "EACCES" || code === "EPERM") && at !== undefined && path.resolve(at) === path.resolve(temp)) return new WriteRefusedError(given, "folder-no-write");
      // A write to the temporary file names no path: a full disk or quota is the target's, whatever else is read meanwhile.
      const refused = typeof code === "string" && (at === undefined ? WRITE_FAILURES.has(code) : onTheWay(file, at));
      return refused ? new WriteRefusedError(given, code!) : e;
    },
  };
}

/**
 * The temporary file's name: the target's, hidden, with the process and time, so that a leftover says what it
 * was. A name near the system's limit of 255 bytes (Vietnamese letters take two or three) gets a short one:
 * longer than the target's, it could not be made (ENAMETOOLONG).
 */
function tempName(base: string): string {
  const named = `.${base}.${process.pid}.${Date.now()}.tmp`;
  return Buffer.byteLength(named) <= 255 ? named : `.egov-score.${process.pid}.${Date.now()}.tmp`;
}

/**
 * The content on the disk before the rename puts it in place: without it, a power cut or a crash of the
 * system soon after could leave the target empty or zero-filled (the rename journaled, the data not yet
 * written), the officer's answers lost with the file they replaced.
 */
function syncFile(file: string): void {
  const fd = openSync(file, "r+");
  try {
    flushToDisk(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * fsync, where the file system has it: some network and FUSE mounts answer EINVAL or ENOTSUP, and their
 * content goes to the disk as they manage it (the save was refused as an internal error).
 */
function flushToDisk(fd: number): void {
  try {
    fsyncSync(fd);
  } catch (e) {
    if (!NO_FSYNC.has((e as NodeJS.ErrnoException).code ?? "")) throw e;
  }
}
const NO_FSYNC = new Set(["EINVAL", "ENOTSUP", "EOPNOTSUPP"]);

/**
 * Without force, the file is put in place only when nothing is there, in one step: a hard link fails on a
 * file that appeared while the content was written (a second run's report, a second window's file), where
 * a rename would replace it. A disk without hard links gets the rename after a last look: whatever else the
 * link answers, as each system says it differently (FAT on Linux EPERM, a CIFS mount EOPNOTSUPP, FAT and
 * exFAT on Windows EISDIR, libuv's name for ERROR_INVALID_FUNCTION: a USB stick); a real failure is the rename's too.
 */
function placeNew(temp: string, file: string, given: string): void {
  try {
    linkSync(temp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST" || statOf(file)) throw new FileExistsError(given);
    renameRetrying(temp, file);
    return;
  }
  try { rmSync(temp, { force: true, recursive: true, maxRetries: 3 }); } catch { /* the file is in place; a leftover .tmp beside it, named after it */ }
}

/** What Windows says of a file another program holds open, or an antivirus scans for a moment. */
const HELD = new Set(["EPERM", "EACCES", "EBUSY"]);

/**
 * renameSync, tried again for about 1.5 s on Windows while the target or the new file is held: an antivirus
 * lets go within moments (graceful-fs waits the same way); a file open in Excel stays refused and is said.
 */
function renameRetrying(from: string, to: string): void {
  for (let wait = 50; ; wait *= 2) {
    try {
      renameSync(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (process.platform !== "win32" || typeof code !== "string" || !HELD.has(code) || wait > 800) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    }
  }
}

/** Errors only a write meets: the disk or the quota is full, the file too large for it. */
const WRITE_FAILURES = new Set(["ENOSPC", "EDQUOT", "EFBIG"]);

/**
 * The file a path names once its links are followed; the path itself when nothing is there yet. A link to
 * nowhere is refused: written over, the link would be replaced by a file and what it points to never made.
 */
function realTarget(file: string): string {
  const link = lstatSync(file, { throwIfNoEntry: false });
  if (!link?.isSymbolicLink()) return file;
  try {
    return realpathSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WriteRefusedError(file, code === "ENOENT" ? "dangling-link" : typeof code === "string" ? code : "EINVAL");
  }
}

/** The target's kind, or undefined when nothing is there; a path the system cannot even look at (a file where a folder should be) is refused. */
function statOf(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw typeof code === "string" ? new WriteRefusedError(file, code) : e;
  }
}

/** Whether a failing path is the target, one of its folders, or its temporary file beside it: not, say, a spool the content is read from. */
function onTheWay(file: string, failed: string): boolean {
  const target = path.resolve(file), at = path.resolve(failed);
  return target === at || target.startsWith(at + path.sep) || path.dirname(at) === path.dirname(target);
}

/** writeSync may write less than asked: loop until every byte is out. */
export function writeAll(fd: number, text: string | Uint8Array): void {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
}

/**
 * Pieces gathered into 1 MiB writes: a large report comes as three pieces per agency (a comma, its ranks,
 * its spooled result). Strings are encoded straight into the buffer and bytes copied once (joining them
 * with Buffer.concat first cost a second copy: 145-187 against 121-126 ms for a 125 MB report, measured).
 */
class BufferedWriter {
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;

  constructor(private readonly fd: number) {}

  write(chunk: string | Uint8Array): void {
    // A string takes at most 3 UTF-8 bytes per UTF-16 unit; one that may not fit is written on its own.
    const most = typeof chunk === "string" ? chunk.length * 3 : chunk.length;
    if (this.used + most > this.buffer.length) this.flush();
    if (most > this.buffer.length) writeAll(this.fd, chunk);
    else if (typeof chunk === "string") this.used += this.buffer.write(chunk, this.used);
    else { this.buffer.set(chunk, this.used); this.used += chunk.length; }
  }

  flush(): void {
    if (this.used > 0) writeAll(this.fd, this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}
