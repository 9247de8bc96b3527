import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withSaveLock } from "../../src/io/save-lock.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-save-lock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const endedPid = Number(spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" }).stdout.trim());
let n = 0;
/** A folder with its agency file, and the lock's path beside it. */
function target(): { file: string; lock: string; folder: string } {
  const folder = mkdtempSync(path.join(dir, "t-"));
  const file = path.join(folder, `a${n++}.yaml`);
  writeFileSync(file, "answers: {}\n");
  return { file, lock: path.join(folder, `.${path.basename(file)}.lock`), folder };
}

describe("withSaveLock", () => {
  it("holds a lock beside the file while the work runs, and removes it after, also when the work fails", () => {
    const { file, lock, folder } = target();
    expect(withSaveLock(file, () => existsSync(lock))).toBe(true);
    expect(() => withSaveLock(file, () => { throw new Error("disk full"); })).toThrow("disk full");
    expect(readdirSync(folder)).toEqual([path.basename(file)]);
  });

  it("waits while another process's save holds it", async () => {
    const { file, lock } = target();
    // Another save, in another process, holding the lock for 400 ms.
    const other = spawn(process.execPath, ["-e", `const fs = require("fs"); fs.writeFileSync(${JSON.stringify(lock)}, process.pid + " " + require("os").hostname() + " 1"); console.log("held"); setTimeout(() => fs.rmSync(${JSON.stringify(lock)}), 400);`]);
    await new Promise((resolve) => other.stdout.once("data", resolve));
    const start = Date.now();
    withSaveLock(file, () => undefined);
    expect(Date.now() - start).toBeGreaterThanOrEqual(300);
    await new Promise((resolve) => other.once("exit", resolve));
  });

  it("takes over one left by a run that was killed (its process ended), or held far longer than a save takes", () => {
    const { file, lock } = target();
    writeFileSync(lock, `${endedPid} ${hostname()} 1`);
    const start = Date.now();
    expect(withSaveLock(file, () => "saved")).toBe("saved");
    expect(existsSync(lock)).toBe(false);
    // Held by this very process, which runs, but 20 s old.
    writeFileSync(lock, `${process.pid} ${hostname()} 1`);
    utimesSync(lock, new Date(Date.now() - 20_000), new Date(Date.now() - 20_000));
    expect(withSaveLock(file, () => "saved")).toBe("saved");
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it("leaves a lock another save took over meanwhile (this one held it past 10 s) to that save", () => {
    const { file, lock } = target();
    withSaveLock(file, () => writeFileSync(lock, `${process.pid} ${hostname()} 2`));
    expect(existsSync(lock)).toBe(true);
  });
});
