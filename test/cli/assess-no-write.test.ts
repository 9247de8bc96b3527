import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-no-write-"));
// The officer's home folder, one that takes files wherever the tests run.
const home = mkdtempSync(path.join(tmpdir(), "egov-home-"));
// A home folder with a space and an apostrophe (C:\Users\Nguyen Van A, /home/o'brien).
const spacedHome = mkdtempSync(path.join(tmpdir(), "egov home o'k-"));
afterAll(() => [dir, home, spacedHome].forEach((d) => rmSync(d, { recursive: true, force: true })));

// A folder made read-only (chmod 555): the tests run as root, whom no permission stops, so the system's refusal is given.
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  const accessSync = ((file: string, mode?: number) => {
    if (path.resolve(String(file)) === dir) throw Object.assign(new Error(`EACCES: permission denied, access '${file}'`), { code: "EACCES" });
    return fs.accessSync(file, mode);
  }) as typeof fs.accessSync;
  return { ...fs, default: { ...fs, accessSync }, accessSync };
});

describe("assess in a folder that may not be written in", () => {
  // "Cannot write in the folder ." told an officer inside it nothing, and "choose another folder" not how.
  it("names the folder in full and the command to run elsewhere", async () => {
    const cwd = process.cwd(), before = process.env.HOME;
    process.chdir(dir);
    process.env.HOME = home;
    try {
      const r = await runCli(["assess", "huyen.yaml", "--lang", "vi"], { stdinIsTTY: true, columns: 200, cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Không ghi được vào thư mục ${dir} (không có quyền)`);
      expect(r.stderr).toContain(`ví dụ: egov-score --lang vi assess ${path.join(home, "huyen.yaml")}`);
      expect(r.stderr).not.toContain("thư mục . ");
    } finally {
      process.chdir(cwd);
      if (before === undefined) delete process.env.HOME; else process.env.HOME = before;
    }
  });

  // The command suggested named the home folder unquoted: copied, the shell split it at the space.
  it.each(["vi", "en"] as const)("a home folder with a space or an apostrophe is quoted in the command (%s)", async (lang) => {
    const cwd = process.cwd(), before = process.env.HOME;
    process.chdir(dir);
    process.env.HOME = spacedHome;
    try {
      const r = await runCli(["assess", "huyen.yaml", "--lang", lang], { stdinIsTTY: true, columns: 400, cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`egov-score --lang ${lang} assess "${path.join(spacedHome, "huyen.yaml")}"`);
    } finally {
      process.chdir(cwd);
      if (before === undefined) delete process.env.HOME; else process.env.HOME = before;
    }
  });
});
