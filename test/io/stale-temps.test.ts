import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeStaleTemps } from "../../src/io/stale-temps.js";
import { writeFileAtomic } from "../../src/io/write-atomic.js";
import { pidOfEndedProcess } from "../helpers/ended-pid.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-stale-temps-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const endedPid = pidOfEndedProcess();
const HOUR = 60 * 60 * 1000;
const now = Date.now();

describe("temporary files a killed run left beside its target", () => {
  it("are removed when an hour old and their process has ended; a write in progress, or another file's, is kept", () => {
    const folder = mkdtempSync(path.join(dir, "a-"));
    const name = (pid: number, at: number, base = "a.yaml") => { const n = `.${base}.${pid}.${at}.tmp`; writeFileSync(path.join(folder, n), "half"); return n; };
    const killed = name(endedPid, now - 2 * HOUR);
    const recent = name(endedPid, now - 60_000);
    const running = name(process.pid, now - 2 * HOUR);
    const other = name(endedPid, now - 2 * HOUR, "b.yaml");
    const short = name(endedPid, now - 2 * HOUR, "egov-score");
    const probe = name(endedPid, now - 2 * HOUR, "egov-score-probe");
    writeFileSync(path.join(folder, "a.yaml"), "kept");
    removeStaleTemps(folder, "a.yaml", now);
    expect(readdirSync(folder).sort()).toEqual([recent, running, other, "a.yaml"].sort());
    for (const gone of [killed, short, probe]) expect(existsSync(path.join(folder, gone)), gone).toBe(false);
  });

  it("are looked for once a target per process (assess saves after every answer)", () => {
    const folder = mkdtempSync(path.join(dir, "b-"));
    writeFileAtomic(path.join(folder, "b.yaml"), "first\n");
    const left = `.b.yaml.${endedPid}.${now - 2 * HOUR}.tmp`;
    writeFileSync(path.join(folder, left), "half");
    writeFileAtomic(path.join(folder, "b.yaml"), "second\n", { force: true });
    expect(readdirSync(folder).sort()).toEqual([left, "b.yaml"].sort());
  });

  it("are removed by the first write of the target", () => {
    const folder = mkdtempSync(path.join(dir, "c-"));
    const left = `.c.yaml.${endedPid}.${now - 2 * HOUR}.tmp`;
    writeFileSync(path.join(folder, left), "half");
    writeFileAtomic(path.join(folder, "c.yaml"), "answers\n");
    expect(readdirSync(folder)).toEqual(["c.yaml"]);
  });
});
