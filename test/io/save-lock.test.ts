import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { withSaveLock } from "../../src/io/save-lock.js";
import { pidOfEndedProcess } from "../helpers/ended-pid.js";

// Locks the system refuses to remove, as another user's in a shared folder with the sticky bit (/tmp), until this time.
const refused = vi.hoisted(() => new Map<string, number>());
// Run once, just before a lock is removed or moved: another save acting between this one's look and its step.
const beforeRemoval = vi.hoisted(() => new Map<string, () => void>());
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  const removing = (file: string, verb: string): void => {
    beforeRemoval.get(file)?.();
    beforeRemoval.delete(file);
    if (Date.now() < (refused.get(file) ?? 0)) throw Object.assign(new Error(`EPERM: ${verb} ${file}`), { code: "EPERM" });
  };
  return {
    ...fs,
    rmSync: (file: string, options?: object) => { removing(String(file), "rm"); fs.rmSync(file, options); },
    renameSync: (from: string, to: string) => { removing(String(from), "rename"); fs.renameSync(from, to); },
  };
});

const dir = mkdtempSync(path.join(tmpdir(), "egov-save-lock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const endedPid = pidOfEndedProcess();
// The wait of the tests that run it out: as long as a save's, it took 15 s of the suite; what they guard (no read
// of a pipe, no spin) shows as well against a shorter one.
const SHORT_WAIT_MS = 500;
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
    const { file, lock, folder } = target();
    // Another save, in another process, holding the lock for 400 ms; it marks that it is done just before it lets go.
    // What the work sees proves the wait: a time measured here from "held" was short by however long this process
    // paused after it (a pause of 250 ms on a loaded machine measured 161 ms, under the 300 asked).
    const done = path.join(folder, "other-done");
    const other = spawn(process.execPath, ["-e", `const fs = require("fs"); fs.writeFileSync(${JSON.stringify(lock)}, process.pid + " " + require("os").hostname() + " 1"); console.log("held"); setTimeout(() => { fs.writeFileSync(${JSON.stringify(done)}, ""); fs.rmSync(${JSON.stringify(lock)}); }, 400);`]);
    await new Promise((resolve) => other.stdout.once("data", resolve));
    expect(withSaveLock(file, () => existsSync(done))).toBe(true);
    await new Promise((resolve) => other.once("exit", resolve));
  });

  // A full disk or a quota refuses the lock's few bytes after it was made (O_EXCL takes an inode, no block): the
  // empty lock was left beside the officer's file when assess ended, and every save of the next 10 s, in this
  // window or another, waited 5 s for it ("being written by its maker now") then saved without a lock.
  // `ulimit -f 0` refuses every write (EFBIG), as a full disk does, without being root; the built module runs there.
  it.skipIf(process.platform === "win32")("removes the lock it made when its content cannot be written (a full disk), and still saves", () => {
    const { file, folder } = target();
    const module = pathToFileURL(path.resolve("dist/io/save-lock.js")).href;
    const script = `import(${JSON.stringify(module)}).then((m) => console.log(m.withSaveLock(${JSON.stringify(file)}, () => "saved")));`;
    const r = spawnSync("/bin/sh", ["-c", 'ulimit -f 0 && exec "$0" "$@"', process.execPath, "-e", script], { encoding: "utf8" });
    expect([r.status, r.stdout.trim()]).toEqual([0, "saved"]);
    expect(readdirSync(folder)).toEqual([path.basename(file)]);
  });

  it.skipIf(process.platform === "win32")("waits while a save on another machine holds it (a shared folder), whatever process has that id here", async () => {
    const { file, lock, folder } = target();
    // The other machine's save: its process id is one that has ended here. It lets go after 200 ms, marking that it is done.
    writeFileSync(lock, `${endedPid} ${hostname()}-other 1`);
    const done = path.join(folder, "other-done");
    const other = spawn("sh", ["-c", `sleep 0.2; : > '${done}'; rm '${lock}'`]);
    expect(withSaveLock(file, () => existsSync(done))).toBe(true);
    await new Promise((resolve) => other.once("exit", resolve));
  });

  // A mutant that let no refusal through (every failure to make the lock taken as "held") passed every test: the
  // save then waited the whole 5 s for a lock no wait could make, before going on without one.
  it("goes on at once without a lock where none can be made (a folder that is not there: the write says why)", () => {
    const start = Date.now();
    expect(withSaveLock(path.join(dir, "not-there", "a.yaml"), () => "went on", 5_000)).toBe("went on");
    expect(Date.now() - start).toBeLessThan(1000);
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

  it("leaves a lock another save took after both found the old one stale to that save (both saved as if without locks)", async () => {
    const { file, lock, folder } = target();
    writeFileSync(lock, `${endedPid} ${hostname()} 1`);
    // The other save, in its own process, takes the lock over between this one's judgement and its removal, holds it
    // 400 ms and marks that it is done just before it lets go: this save's work runs after that, or it held no lock.
    const done = path.join(folder, "other-done");
    const go = path.join(folder, "other-go");
    const other = spawn(process.execPath, ["-e", `const fs = require("fs"); console.log("ready"); const poll = setInterval(() => { if (!fs.existsSync(${JSON.stringify(go)})) return; clearInterval(poll); fs.rmSync(${JSON.stringify(lock)}); fs.writeFileSync(${JSON.stringify(lock)}, process.pid + " " + require("os").hostname() + " 2"); setTimeout(() => { fs.writeFileSync(${JSON.stringify(done)}, ""); fs.rmSync(${JSON.stringify(lock)}); }, 400); }, 5);`]);
    await new Promise((resolve) => other.stdout.once("data", resolve));
    beforeRemoval.set(lock, () => {
      writeFileSync(go, "");
      // The other process's step is awaited here, inside this one's synchronous save: its lock's text polled for. Between
      // its removal of the old lock and the writing of its own there is none: a read failing there threw from this hook,
      // out of the rename, and the save never met the other's lock where the stale one was (the step this test is about).
      const text = () => { try { return readFileSync(lock, "utf8"); } catch { return ""; } };
      const until = Date.now() + 5000;
      while (!text().endsWith(" 2") && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    });
    expect(withSaveLock(file, () => existsSync(done))).toBe(true);
    await new Promise((resolve) => other.once("exit", resolve));
    expect(readdirSync(folder).sort()).toEqual([path.basename(file), "other-done", "other-go"]);
  });

  it("leaves a lock another save took over meanwhile (this one held it past 10 s) to that save", () => {
    const { file, lock } = target();
    withSaveLock(file, () => writeFileSync(lock, `${process.pid} ${hostname()} 2`));
    expect(existsSync(lock)).toBe(true);
  });

  it("waits no longer than for a held one when a stale lock is not this user's to remove (it spun at full processor forever)", () => {
    const { file, lock } = target();
    writeFileSync(lock, `${endedPid} ${hostname()} 1`);
    // Refused for 8 s: a save that never gives up waits that long, then takes the lock.
    refused.set(lock, Date.now() + 8000);
    const start = Date.now();
    expect(withSaveLock(file, () => existsSync(lock) && readFileSync(lock, "utf8").startsWith(`${process.pid} `), SHORT_WAIT_MS)).toBe(false);
    expect(Date.now() - start).toBeLessThan(7000);
    refused.delete(lock);
  }, 20_000);

  it("waits once for a lock it cannot take over: the next save goes on at once while that lock stays as it was (assess froze 5 s after every answer)", () => {
    const { file, lock } = target();
    writeFileSync(lock, `${endedPid} ${hostname()} 1`);
    refused.set(lock, Date.now() + 2000);
    const mine = () => existsSync(lock) && readFileSync(lock, "utf8").startsWith(`${process.pid} `);
    expect(withSaveLock(file, mine, 300)).toBe(false);
    // Waiting its full 20 s, this save would take the lock over once the refusal ends, after 2 s.
    expect(withSaveLock(file, mine, 20_000)).toBe(false);
    // The lock made anew (here by the same content written again: a new time), it is waited for and taken over again.
    writeFileSync(lock, `${endedPid} ${hostname()} 2`);
    utimesSync(lock, new Date(), new Date(Date.now() + 5000));
    expect(withSaveLock(file, mine, 20_000)).toBe(true);
    refused.delete(lock);
  }, 30_000);

  it("looks again at a lock made anew in the place of one it gave up on, though its inode, time and size are the same (a second's time on a share, an inode used again)", () => {
    const { file, lock } = target();
    const then = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    writeFileSync(lock, `${endedPid} ${hostname()} 1`);
    utimesSync(lock, then, then);
    refused.set(lock, Date.now() + 60_000);
    const mine = () => existsSync(lock) && readFileSync(lock, "utf8").startsWith(`${process.pid} `);
    expect(withSaveLock(file, mine, 300)).toBe(false);
    // Another lock where it was, as lstat sees it the same: the inode used again, the time within the share's second.
    const before = lstatSync(lock);
    writeFileSync(lock, `${endedPid} ${hostname()} 2`);
    utimesSync(lock, then, then);
    const after = lstatSync(lock);
    expect([after.ino, after.mtimeMs, after.size]).toEqual([before.ino, before.mtimeMs, before.size]);
    refused.delete(lock);
    expect(withSaveLock(file, mine, 2_000)).toBe(true);
  });

  it("waits again for a live save's lock it gave up on: that save lets go later (it went on at once, without the lock)", async () => {
    const { file, lock, folder } = target();
    // Another save, in another process, holding the lock longer than this one's first wait, letting go 600 ms later.
    const done = path.join(folder, "other-done");
    const other = spawn(process.execPath, ["-e", `const fs = require("fs"); fs.writeFileSync(${JSON.stringify(lock)}, process.pid + " " + require("os").hostname() + " 1"); console.log("held"); setTimeout(() => { fs.writeFileSync(${JSON.stringify(done)}, ""); fs.rmSync(${JSON.stringify(lock)}); }, 600);`]);
    await new Promise((resolve) => other.stdout.once("data", resolve));
    expect(withSaveLock(file, () => existsSync(done), 100)).toBe(false);
    // The same lock, still held: waited for, not passed by as one that cannot be taken over.
    expect(withSaveLock(file, () => existsSync(done), 10_000)).toBe(true);
    await new Promise((resolve) => other.once("exit", resolve));
  });

  it.skipIf(process.platform === "win32")("reads no pipe nor link named as the lock (a pipe waited forever, a link to /dev/zero filled the memory): saves without the lock", async () => {
    const { file, lock } = target();
    spawnSync("mkfifo", [lock]);
    // Were the pipe read, this writer would end the wait after 8 s with a lock to take over.
    const writer = spawn("sh", ["-c", `sleep 8; printf '${endedPid} ${hostname()} 1' > '${lock}'`]);
    const start = Date.now();
    expect(withSaveLock(file, () => statSync(lock).isFIFO(), SHORT_WAIT_MS)).toBe(true);
    expect(Date.now() - start).toBeLessThan(7000);
    writer.kill();
    rmSync(lock);
    symlinkSync("/dev/zero", lock);
    expect(withSaveLock(file, () => "saved", SHORT_WAIT_MS)).toBe("saved");
    expect(lstatSync(lock).isSymbolicLink()).toBe(true);
  }, 30_000);

  // A pipe or link is no lock a wait can end: waited for at every save, assess froze after every answer (5 s each).
  it.skipIf(process.platform === "win32")("waits once for a pipe or link named as the lock: the next save goes on at once", () => {
    for (const make of [(lock: string) => spawnSync("mkfifo", [lock]), (lock: string) => symlinkSync("/dev/zero", lock)]) {
      const { file, lock } = target();
      make(lock);
      const first = Date.now();
      expect(withSaveLock(file, () => "saved", 1000)).toBe("saved");
      expect(Date.now() - first).toBeGreaterThanOrEqual(1000);
      const next = Date.now();
      expect(withSaveLock(file, () => "saved", 1000)).toBe("saved");
      expect(Date.now() - next).toBeLessThan(500);
    }
  });

  it("takes a lock also for a name near the system's limit of 255 bytes (.NAME.lock could not be made)", () => {
    const folder = mkdtempSync(path.join(dir, "t-"));
    const file = path.join(folder, `${"đ".repeat(123)}.yaml`);
    writeFileSync(file, "answers: {}\n");
    expect(withSaveLock(file, () => readdirSync(folder).filter((n) => n.endsWith(".lock")).length)).toBe(1);
    expect(readdirSync(folder)).toEqual([path.basename(file)]);
  });
});
