import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// The order of the calls that put a file in place: its content synced to the disk before the rename (or link) shows it.
const calls: string[] = [];
// A disk without hard links (FAT, exFAT: a USB stick) refuses every link with EPERM.
let noLinks = false;
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  const traced = <F extends (...args: never[]) => unknown>(name: string, f: F) => ((...args: Parameters<F>) => { calls.push(name); return f(...args); }) as F;
  return { ...fs, fsyncSync: traced("fsync", fs.fsyncSync), renameSync: traced("rename", fs.renameSync), linkSync: traced("link", (from: string, to: string) => {
    if (noLinks) throw Object.assign(new Error("EPERM: operation not permitted, link"), { code: "EPERM", syscall: "link", path: from, dest: to });
    return fs.linkSync(from, to);
  }) };
});

const { writeAtomicAsync, writeChunksAtomic, writeFileAtomic } = await import("../../src/io/write-atomic.js");
const { writeFileSync } = await import("node:fs");

const dirs: string[] = [];
const scratch = () => { const d = mkdtempSync(path.join(tmpdir(), "egov-sync-")); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); calls.length = 0; noLinks = false; });

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

  it("on a disk without hard links, a new file is renamed in place, and one there meanwhile is still kept", async () => {
    noLinks = true;
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
});
