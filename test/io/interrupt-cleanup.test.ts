import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Signals are sent to a process of its own, which loads the module as the build compiled it (the tests build first). */
const COMPILED = path.resolve("dist/io/interrupt-cleanup.js");

describe.skipIf(process.platform === "win32")("cleanUpOnInterrupt", () => {
  const run = (script: string) => spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 20_000 });

  it("removes what is registered and ends the run with 128 + the signal", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "egov-interrupt-"));
    const file = path.join(dir, "work.tmp");
    writeFileSync(file, "phone: 0912 345 000");
    try {
      const r = run(`import { rmSync } from "node:fs"; import { cleanUpOnInterrupt } from ${JSON.stringify(COMPILED)};
        cleanUpOnInterrupt(() => rmSync(${JSON.stringify(file)}));
        process.kill(process.pid, "SIGTERM"); setTimeout(() => {}, 5000);`);
      expect(r.status).toBe(143);
      expect(existsSync(file)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("still stops the run on a signal that arrives while synchronous work releases its files (it was lost, and the run went on)", () => {
    const r = run(`import { cleanUpOnInterrupt } from ${JSON.stringify(COMPILED)};
      const release = cleanUpOnInterrupt(() => {});
      process.kill(process.pid, "SIGINT"); // delivered after this synchronous block
      release();
      setTimeout(() => { console.log("went on"); }, 200);`);
    expect(r.status).toBe(130);
    expect(r.stdout).not.toContain("went on");
  });
});
