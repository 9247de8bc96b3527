import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { writeFileAtomic, WriteRefusedError } from "../../src/io/write-atomic.js";
import { message } from "../../src/i18n/messages.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-folder-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A folder made read-only (chmod 555) refuses the temporary file beside the target; the tests run as root, whom
// no permission stops, so the refusal is the system's own error, given where the file is made.
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  const openSync = ((file: string, flags: string, ...rest: never[]) => {
    if (path.dirname(String(file)) === dir && flags === "wx") throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: "EACCES", path: String(file), syscall: "open" });
    return fs.openSync(file, flags, ...rest);
  }) as typeof fs.openSync;
  return { ...fs, default: { ...fs, openSync }, openSync };
});

describe("a save in a folder that may not be written in", () => {
  it("says the folder refuses, not the file (\"permission denied\" sent the officer to the file's own permissions)", () => {
    const file = path.join(dir, "huyen.yaml");
    writeFileSync(file, "before\n");
    let refused: unknown;
    try { writeFileAtomic(file, "after\n", { force: true }); } catch (e) { refused = e; }
    expect(refused).toBeInstanceOf(WriteRefusedError);
    expect((refused as WriteRefusedError).reason).toBe("folder-no-write");
    expect(message("vi", "output-unwritable", { file: "huyen.yaml", detail: (refused as WriteRefusedError).reason })).toContain("thư mục chứa tệp không cho ghi");
    expect(readFileSync(file, "utf8")).toBe("before\n");
  });
});
