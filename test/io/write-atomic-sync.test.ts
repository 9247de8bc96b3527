import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// The order of the calls that put a file in place: its content synced to the disk before the rename (or link) shows it.
const calls: string[] = [];
// A disk without hard links (FAT, exFAT: a USB stick) refuses every link: EPERM on Linux, EISDIR on Windows
// (libuv's name for ERROR_INVALID_FUNCTION, what CreateHardLinkW answers there).
let noLinks: string | undefined;
// A file system without fsync (some network and FUSE mounts) answers this.
let noFsync: string | undefined;
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  const traced = <F extends (...args: never[]) => unknown>(name: string, f: F) => ((...args: Parameters<F>) => { calls.push(name); return f(...args); }) as F;
  return { ...fs, fsyncSync: traced("fsync", (fd: number) => { if (noFsync) throw Object.assign(new Error(`${noFsync}: fsync`), { code: noFsync, syscall: "fsync" }); fs.fsyncSync(fd); }), renameSync: traced("rename", fs.renameSync), linkSync: traced("link", (from: string, to: string) => {
    if (noLinks) throw Object.assign(new Error(`${noLinks}: link`), { code: noLinks, syscall: "link", path: from, dest: to });
    return fs.linkSync(from, to);
  }) };
});

const { writeAtomicAsync, writeChunksAtomic, writeFileAtomic } = await import("../../src/io/write-atomic.js");
const { writeFileSync } = await import("node:fs");

const dirs: string[] = [];
const scratch = () => { const d = mkdtempSync(path.join(tmpdir(), "egov-sync-")); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); calls.length = 0; noLinks = undefined; noFsync = undefined; });

describe("a file written atomically is on the disk before it replaces the old one (a power cut loses nothing)", () => {
  const writers: [string, (file: string, force: boolean) => Promise<void> | void][] = [
    ["writeFileAtomic", (file, force) => writeFileAtomic(file, "new", { force })],
    ["writeChunksAtomic", (file, force) => writeChunksAtomic(file, ["n", "ew"], { force })],
    ["writeAtomicAsync", (file, force) => writeAtomicAsync(file, async (temp) => writeFileSync(temp, "new", { flag: "wx" }), { force })],
  ];

  it.each(writers)("%s, over a file (force) and as a new one", async (_, write) => {
    const file = path.join(scratch(), "agency.yaml");
    await write(file, false);
    expect(calls).toEqual(["fsync", "link"]);
    calls.length = 0;
    await write(file, true);
    expect(calls).toEqual(["fsync", "rename"]);
    expect(readFileSync(file, "utf8")).toBe("new");
  });

  it.each(["EPERM", "EISDIR", "EOPNOTSUPP"])("on a disk without hard links (%s), a new file is renamed in place, and one there meanwhile is still kept", async (code) => {
    noLinks = code;
    const { FileExistsError } = await import("../../src/io/write-atomic.js");
    const dir = scratch();
    const file = path.join(dir, "agency.yaml");
    writeFileAtomic(file, "new");
    expect(calls).toEqual(["fsync", "link", "rename"]);
    expect(readFileSync(file, "utf8")).toBe("new");
    const other = path.join(dir, "report.json");
    function* pieces() { yield "mine"; writeFileSync(other, "another run's"); }
    expect(() => writeChunksAtomic(other, pieces())).toThrow(FileExistsError);
    expect(readFileSync(other, "utf8")).toBe("another run's");
    expect(readdirSync(dir).sort()).toEqual(["agency.yaml", "report.json"]);
  });

  it.each(["EINVAL", "ENOTSUP"])("on a file system without fsync (%s), the file is still written; another failure of fsync is the write's", async (code) => {
    const file = path.join(scratch(), "agency.yaml");
    noFsync = code;
    writeFileAtomic(file, "new");
    expect(readFileSync(file, "utf8")).toBe("new");
    noFsync = "EIO";
    expect(() => writeFileAtomic(file, "newer", { force: true })).toThrow(/EIO/);
    expect(readFileSync(file, "utf8")).toBe("new");
  });
});
