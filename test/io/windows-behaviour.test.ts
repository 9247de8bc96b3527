// What Windows does that Linux does not, simulated here: a rename over a file Excel holds open (EPERM,
// EBUSY, EACCES), an antivirus holding a new file a moment, a volume without file indexes, no LANG.
import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const held = vi.hoisted(() => ({ rename: 0, rm: 0, code: "EPERM", ino0: false, stdinFrom: "", denyNew: false }));
vi.mock("node:fs", async (original) => {
  const real = await original<typeof import("node:fs")>();
  const fail = (code: string, syscall: string, p: string, dest?: string) => Object.assign(new Error(`${code}: ${syscall} '${p}'`), { code, syscall, path: p, dest });
  return {
    ...real,
    renameSync: (from: string, to: string) => { if (held.rename > 0) { held.rename--; throw fail(held.code, "rename", from, to); } return real.renameSync(from, to); },
    rmSync: (p: string, o?: fs.RmOptions) => { if (held.rm > 0 && String(p).endsWith(".tmp")) { held.rm--; throw fail("EBUSY", "unlink", String(p)); } return real.rmSync(p, o); },
    statSync: ((p: string, o?: fs.StatSyncOptions) => { const s = real.statSync(p, o as never) as unknown as fs.BigIntStats | undefined; if (held.ino0 && o?.bigint && s?.isFile()) (s as { ino: bigint }).ino = 0n; return s; }) as typeof real.statSync,
    // A folder whose access-control list refuses new files, as the write check would see it only by trying.
    openSync: ((p: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => { if (held.denyNew && flags === "wx") throw fail("EACCES", "open", String(p)); return real.openSync(p, flags ?? "r", mode); }) as typeof real.openSync,
    // Standard input redirected from a file of that volume (`- < a.yaml`): its device, inode 0.
    fstatSync: ((fd: number, o?: fs.StatOptions) => { if (held.ino0 && fd === 0 && held.stdinFrom) { const s = real.statSync(held.stdinFrom, { bigint: true }); (s as { ino: bigint }).ino = 0n; return s; } return real.fstatSync(fd, o as never); }) as typeof real.fstatSync,
  };
});

const { WriteRefusedError, writeFileAtomic } = await import("../../src/io/write-atomic.js");
const { message } = await import("../../src/i18n/messages.js");
const { detectLang } = await import("../../src/i18n/lang.js");
const { fileKey } = await import("../../src/io/file-key.js");

const platform = process.platform;
const asWindows = () => Object.defineProperty(process, "platform", { value: "win32" });
let dir: string;
beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), "egov-win-")); Object.assign(held, { rename: 0, rm: 0, code: "EPERM", ino0: false, stdinFrom: "", denyNew: false }); });
afterEach(() => { Object.defineProperty(process, "platform", { value: platform }); rmSync(dir, { recursive: true, force: true }); });

describe("a report written over a file Excel holds open (Windows)", () => {
  for (const code of ["EPERM", "EBUSY", "EACCES"]) {
    it(`${code} on every try: said as a file open in another program, in vi and en; no temporary file left`, () => {
      asWindows();
      const file = path.join(dir, "report.xlsx");
      writeFileSync(file, "old");
      Object.assign(held, { rename: 99, code });
      let error: unknown;
      try { writeFileAtomic(file, "new", { force: true }); } catch (e) { error = e; }
      expect(error).toBeInstanceOf(WriteRefusedError);
      const said = message("vi", "output-unwritable", { file: "report.xlsx", detail: (error as InstanceType<typeof WriteRefusedError>).reason });
      expect(said).toContain("đang được mở trong chương trình khác");
      expect(message("en", "output-unwritable", { file: "report.xlsx", detail: "in-use" })).toContain("open in another program");
      expect(readdirSync(dir)).toEqual(["report.xlsx"]);
      expect(readFileSync(file, "utf8")).toBe("old");
    });
  }

  it("an antivirus holding the new file for a moment: tried again, written", () => {
    asWindows();
    const file = path.join(dir, "report.csv");
    // Over an earlier report (--force): a new file is put in place by a link (see placeNew), not renamed.
    writeFileSync(file, "old");
    held.rename = 2;
    writeFileAtomic(file, "new", { force: true });
    expect(readFileSync(file, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["report.csv"]);
  });

  it("a temporary file that cannot be removed either does not turn the refusal into an internal error", () => {
    asWindows();
    const file = path.join(dir, "report.xlsx");
    writeFileSync(file, "old");
    Object.assign(held, { rename: 99, rm: 99 });
    expect(() => writeFileAtomic(file, "new", { force: true })).toThrow(WriteRefusedError);
  });
});

describe("the language on Windows, where LANG is not set", () => {
  it("follows the Windows regional format", () => {
    expect(detectLang(undefined, { USERPROFILE: "C:\\Users\\canbo" }, () => "vi-VN")).toBe("vi");
    expect(detectLang(undefined, { USERPROFILE: "C:\\Users\\canbo" }, () => "en-US")).toBe("en");
    expect(detectLang(undefined, { LANG: "en_US.UTF-8" }, () => "vi-VN")).toBe("en");
    expect(detectLang("en", {}, () => "vi-VN")).toBe("en");
  });
});

describe("a volume that gives no file index (ino 0)", () => {
  it("does not make two files one", () => {
    const a = path.join(dir, "a.yaml"), b = path.join(dir, "b.yaml");
    writeFileSync(a, "a");
    writeFileSync(b, "b");
    held.ino0 = true;
    expect(fileKey(a)).not.toBe(fileKey(b));
    expect(fileKey(a)).toBe(fileKey(path.join(dir, ".", "a.yaml")));
  });

  it("standard input read from a file there is never written over by a report (it may be any file of that volume)", async () => {
    const { refuseOverwritingInputs } = await import("../../src/cli/output-guard.js");
    const a = path.join(dir, "a.yaml");
    writeFileSync(a, "a");
    Object.assign(held, { ino0: true, stdinFrom: a });
    expect(() => refuseOverwritingInputs([a], ["<stdin>"])).toThrow(/output-is-input/);
  });
});

describe("a device's name as the file to write (Windows)", () => {
  it("is refused before anything is written, said in both languages; the same name is a plain file elsewhere", () => {
    const file = path.join(dir, "CON.csv");
    asWindows();
    let error: unknown;
    try { writeFileAtomic(file, "x"); } catch (e) { error = e; }
    expect((error as InstanceType<typeof WriteRefusedError>).reason).toBe("reserved-name");
    expect(readdirSync(dir)).toEqual([]);
    expect(message("vi", "output-unwritable", { file: "CON.csv", detail: "reserved-name" })).toContain("Windows dành tên này cho thiết bị");
    expect(message("en", "output-unwritable", { file: "CON.csv", detail: "reserved-name" })).toContain("Windows keeps this name for a device");
    Object.defineProperty(process, "platform", { value: platform });
    writeFileAtomic(file, "x");
    expect(readdirSync(dir)).toEqual(["CON.csv"]);
  });

  it.each([
    // A first report that would be written before the device's name is reached, were it checked only when written.
    ["-o NUL.json after another report", (d: string) => ["-o", path.join(d, "r.csv"), "-o", path.join(d, "nul.json")]],
    ["-o into a folder CON still to be made", (d: string) => ["-o", path.join(d, "CON", "r.csv")]],
    ["--output-dir ending in a dot", (d: string) => ["--output-dir", path.join(d, "reports.")]],
  ])("score %s is refused before the batch is scored (exit 2)", async (_, outputs) => {
    asWindows();
    const { runCli } = await import("../helpers/run-cli.js");
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", ...outputs(dir)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Windows keeps this name for a device");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("assess CON.yaml is refused before anything is asked (exit 2)", async () => {
    asWindows();
    const { runCli } = await import("../helpers/run-cli.js");
    const r = await runCli(["assess", path.join(dir, "CON.yaml")], { stdinIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cannot save the answers in");
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("a folder Windows' access-control list closes to new files", () => {
  it("is found by making a file there (Windows' access check reads no such list); none is left", async () => {
    const { folderRefusal } = await import("../../src/io/folder-writable.js");
    asWindows();
    expect(folderRefusal(dir)).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
    held.denyNew = true;
    expect(folderRefusal(dir)).toBe("EACCES");
  });

  it("score -o there is refused before the batch is scored, as on other systems (exit 2)", async () => {
    asWindows();
    held.denyNew = true;
    const { runCli } = await import("../helpers/run-cli.js");
    const r = await runCli(["score", "examples/so-khcn-quang-binh.yaml", "-o", path.join(dir, "r.csv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Cannot write ${path.join(dir, "r.csv")}: permission denied`);
    expect(r.stdout).toBe("");
  });
});
