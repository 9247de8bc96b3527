import { chmodSync, chownSync, lchownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkTarget, FileExistsError, WriteRefusedError, writeAtomicAsync, writeChunksAtomic, writeFileAtomic } from "../../src/io/write-atomic.js";
import { foreignLink } from "../../src/io/foreign-link.js";

const dirs: string[] = [];
const scratch = () => { const d = mkdtempSync(path.join(tmpdir(), "egov-write-")); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const MIB = 1 << 20;

describe("writeChunksAtomic", () => {
  // Pieces around the 1 MiB write buffer: small ones gathered, ones that end exactly at its end, larger ones on their own.
  const cases: [string, (string | Uint8Array)[]][] = [
    ["nothing", []],
    ["small strings and bytes", ["{", Buffer.from('"a":1'), ",", '"b":"Sở Tài chính"', "}"]],
    ["multi-byte text up to the buffer's end", ["x".repeat(MIB - 7), "Sở", "ệ".repeat(10), "y"]],
    ["bytes that fill the buffer exactly, then more", [Buffer.alloc(MIB - 1, 97), Buffer.from("b"), Buffer.from("c")]],
    ["a piece larger than the buffer between small ones", ["[", Buffer.alloc(3 * MIB + 5, 122), ",", "ư".repeat(MIB), "]"]],
    ["many pieces of a large report", Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? "," : i % 3 === 1 ? `{"rank":${i},` : Buffer.alloc(1200, 48 + (i % 10))))],
  ];

  it.each(cases)("%s: the file holds the pieces in order, and no temporary file is left", (_, chunks) => {
    const dir = scratch();
    const file = path.join(dir, "report.json");
    writeChunksAtomic(file, chunks);
    expect(readFileSync(file).equals(Buffer.concat(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c))))).toBe(true);
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("keeps an existing file without force, replaces it with force", () => {
    const file = path.join(scratch(), "report.json");
    writeFileSync(file, "old");
    expect(() => writeChunksAtomic(file, ["new"])).toThrow(FileExistsError);
    expect(readFileSync(file, "utf8")).toBe("old");
    writeChunksAtomic(file, ["n", "ew"], { force: true });
    expect(readFileSync(file, "utf8")).toBe("new");
  });

  it("without force, a file that appears while the pieces are written is not replaced", () => {
    const dir = scratch();
    const file = path.join(dir, "report.json");
    function* pieces() { yield "a".repeat(MIB); writeFileSync(file, "another run's"); yield "b"; }
    expect(() => writeChunksAtomic(file, pieces())).toThrow(FileExistsError);
    expect(readFileSync(file, "utf8")).toBe("another run's");
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("a failure while the pieces come leaves the old file whole and no temporary file", () => {
    const dir = scratch();
    const file = path.join(dir, "report.json");
    writeFileSync(file, "old");
    function* failing() { yield "partial"; throw new Error("spool gone"); }
    expect(() => writeChunksAtomic(file, failing(), { force: true })).toThrow("spool gone");
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });
});

describe("writeFileAtomic", () => {
  it("refuses a folder as the target, even with force", () => {
    const dir = scratch();
    mkdirSync(path.join(dir, "out.json"));
    expect(() => writeFileAtomic(path.join(dir, "out.json"), "x", { force: true })).toThrow(WriteRefusedError);
  });

  it("refuses a path below a file", () => {
    const dir = scratch();
    writeFileSync(path.join(dir, "a.yaml"), "x");
    expect(() => writeFileAtomic(path.join(dir, "a.yaml", "x.json"), "x")).toThrow(WriteRefusedError);
  });
});

describe("writeFileAtomic over an existing file", () => {
  it.skipIf(process.platform === "win32")("keeps its permissions (a file only its owner may read stays so)", () => {
    const file = path.join(scratch(), "so.yaml");
    writeFileSync(file, "old");
    chmodSync(file, 0o600);
    writeFileAtomic(file, "new", { force: true });
    expect(readFileSync(file, "utf8")).toBe("new");
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  // Replaced by a new file, a shared file became the writer's own, of the writer's group: a 0660 agency file of the
  // group egov that alice saved was alice:alice, and bob, of egov, could no longer open it (measured). Root, who may
  // give a file to anyone, keeps its owner too (sudo egov-score assess on bob's file left it root's).
  it.skipIf(process.platform === "win32" || process.getuid?.() !== 0)("keeps its owner and group, where this user may give them", () => {
    const file = path.join(scratch(), "so.yaml");
    writeFileSync(file, "old");
    chownSync(file, 4242, 4343);
    chmodSync(file, 0o660);
    writeFileAtomic(file, "new", { force: true });
    expect(readFileSync(file, "utf8")).toBe("new");
    const { uid, gid, mode } = statSync(file);
    expect([uid, gid, mode & 0o7777]).toEqual([4242, 4343, 0o660]);
  });

  // Root's report written over a file another user left in /tmp became that user's, who could then rewrite it.
  it.skipIf(process.platform === "win32" || process.getuid?.() !== 0)("keeps no owner of a file another user left in a shared folder with the sticky bit (/tmp)", () => {
    const shared = path.join(scratch(), "tmp");
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    const file = path.join(shared, "report.json");
    writeFileSync(file, "planted");
    chownSync(file, 4242, 4343);
    writeFileAtomic(file, "{}", { force: true });
    expect([statSync(file).uid, statSync(file).gid]).toEqual([0, 0]);
  });

  it.skipIf(process.platform === "win32")("through a link, replaces the link's target and leaves the link a link", () => {
    const dir = scratch();
    mkdirSync(path.join(dir, "real"));
    const target = path.join(dir, "real", "target.yaml"), link = path.join(dir, "link.yaml");
    writeFileSync(target, "old");
    symlinkSync(target, link);
    writeFileAtomic(link, "new", { force: true });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(path.join(dir, "real"))).toEqual(["target.yaml"]);
  });
});

describe("a link another user left in a shared folder with the sticky bit (/tmp)", () => {
  // The Linux kernel follows no such link where fs.protected_symlinks is on; where it is off (a container, an
  // older system), `-o /tmp/report.json --force` wrote the report over the file another user's link named.
  it.skipIf(process.platform === "win32" || process.getuid?.() !== 0)("is refused, and what it names is left as it was", () => {
    const dir = scratch();
    const shared = path.join(dir, "tmp"), home = path.join(dir, "home");
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    mkdirSync(home);
    const victim = path.join(home, ".bashrc"), link = path.join(shared, "report.json");
    writeFileSync(victim, "alias ll='ls -l'\n");
    symlinkSync(victim, link);
    lchownSync(link, 4242, 4242);
    expect(() => writeFileAtomic(link, "{}", { force: true })).toThrow(expect.objectContaining({ constructor: WriteRefusedError, reason: "foreign-link" }));
    expect(readFileSync(victim, "utf8")).toBe("alias ll='ls -l'\n");
    expect(readdirSync(home)).toEqual([".bashrc"]);
  });

  it.skipIf(process.platform === "win32" || process.getuid?.() !== 0)("is told apart: one of this user's or of the folder's owner there, or one in a folder not shared, is followed", () => {
    const dir = scratch();
    const linkIn = (folder: string, mode: number, owner: number) => {
      mkdirSync(folder);
      chmodSync(folder, mode);
      chownSync(folder, owner, owner);
      const link = path.join(folder, "a.yaml");
      symlinkSync(path.join(dir, "target.yaml"), link);
      lchownSync(link, 4242, 4242);
      return link;
    };
    writeFileSync(path.join(dir, "target.yaml"), "old");
    const shared = linkIn(path.join(dir, "tmp"), 0o1777, 0);
    expect([foreignLink(shared, 0), foreignLink(shared, 4242)]).toEqual([true, false]);
    expect(foreignLink(linkIn(path.join(dir, "theirs"), 0o1777, 4242), 0)).toBe(false);
    expect(foreignLink(linkIn(path.join(dir, "group"), 0o1775, 0), 0)).toBe(false);
    expect(foreignLink(linkIn(path.join(dir, "open"), 0o777, 0), 0)).toBe(false);
    expect(foreignLink(path.join(dir, "target.yaml"), 0)).toBe(false);
    expect(foreignLink(path.join(dir, "none.yaml"), 0)).toBe(false);
  });

  // macOS's /tmp is a link to /private/tmp: the folder was looked at as the link (no sticky bit), and
  // `-o /tmp/report.json --force` went through another user's link there, where no kernel rule stops it.
  it.skipIf(process.platform === "win32" || process.getuid?.() !== 0)("is refused when the shared folder is named through a link to it", () => {
    const dir = scratch();
    const shared = path.join(dir, "private-tmp"), tmp = path.join(dir, "tmp"), victim = path.join(dir, ".bashrc");
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    symlinkSync(shared, tmp);
    writeFileSync(victim, "alias ll='ls -l'\n");
    symlinkSync(victim, path.join(shared, "report.json"));
    lchownSync(path.join(shared, "report.json"), 4242, 4242);
    expect(foreignLink(path.join(tmp, "report.json"), 0)).toBe(true);
    expect(() => writeFileAtomic(path.join(tmp, "report.json"), "{}", { force: true })).toThrow(expect.objectContaining({ constructor: WriteRefusedError, reason: "foreign-link" }));
    expect(readFileSync(victim, "utf8")).toBe("alias ll='ls -l'\n");
  });
});

describe("a target whose name is near the system's limit (255 bytes)", () => {
  // 80 Vietnamese letters of 3 bytes and ".xlsx": 245 bytes, fine alone,
  // too long with the temporary file's dot, process and time around it.
  const name = `${"Ộ".repeat(80)}.xlsx`;

  it.each([
    ["writeFileAtomic", (file: string) => { writeFileAtomic(file, "x"); return Promise.resolve(); }],
    ["writeAtomicAsync", (file: string) => writeAtomicAsync(file, async (temp) => writeFileSync(temp, "x", { flag: "wx" }))],
  ] as const)("%s writes it through a temporary file of a shorter name (it could not be made: ENAMETOOLONG)", async (_, write) => {
    expect(Buffer.byteLength(name)).toBe(245);
    const dir = scratch();
    await write(path.join(dir, name));
    expect(readdirSync(dir)).toEqual([name]);
    expect(readFileSync(path.join(dir, name), "utf8")).toBe("x");
  });
});

describe("checkTarget (every report's target is checked before any is written)", () => {
  it("refuses an existing file without force, and a folder even with it; lets a new file or force through", () => {
    const dir = scratch();
    const file = path.join(dir, "report.csv");
    writeFileSync(file, "old");
    expect(() => checkTarget(file, {})).toThrow(FileExistsError);
    expect(() => checkTarget(file, { force: false })).toThrow(FileExistsError);
    expect(() => checkTarget(file, { force: true })).not.toThrow();
    expect(() => checkTarget(path.join(dir, "new.csv"), {})).not.toThrow();
    expect(() => checkTarget(dir, { force: true })).toThrow(WriteRefusedError);
    expect(readFileSync(file, "utf8")).toBe("old");
  });
});
