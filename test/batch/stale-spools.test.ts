import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { claimSpoolFolder, sweepStaleSpools } from "../../src/batch/stale-spools.js";
import { pidOfEndedProcess } from "../helpers/ended-pid.js";

const folder = mkdtempSync(path.join(tmpdir(), "egov-stale-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const endedPid = pidOfEndedProcess();

function spool(name: string, owner?: object | string): string {
  const dir = path.join(folder, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, "local-0.entries"), "{}");
  if (owner !== undefined) writeFileSync(path.join(dir, "owner.json"), typeof owner === "string" ? owner : JSON.stringify(owner));
  return dir;
}

describe("spool folders a killed run left behind", () => {
  it("are removed when their owner on this machine has ended; others are left alone", () => {
    const killed = spool("egov-score-aaaaaa", { pid: Number(endedPid), host: hostname() });
    const running = spool("egov-score-bbbbbb", { pid: process.pid, host: hostname() });
    const elsewhere = spool("egov-score-cccccc", { pid: Number(endedPid), host: `${hostname()}-other` });
    const beingMade = spool("egov-score-dddddd");
    const garbled = spool("egov-score-eeeeee", "{not json");
    const notOurs = spool("other-tool-ffffff", { pid: Number(endedPid), host: hostname() });
    sweepStaleSpools(folder);
    expect(existsSync(killed)).toBe(false);
    for (const kept of [running, elsewhere, beingMade, garbled, notOurs]) expect(existsSync(kept), kept).toBe(true);
  });

  it("a folder claimed by this process is kept", () => {
    const dir = spool("egov-score-gggggg");
    claimSpoolFolder(dir);
    sweepStaleSpools(folder);
    expect(existsSync(dir)).toBe(true);
  });

  it("a folder another user owns is left alone, as is a link to a folder: the temporary folder is shared", () => {
    const othersFolder = spool("egov-score-hhhhhh", { pid: Number(endedPid), host: hostname() });
    // This user taken as another one: the folder, made by the test, is then another user's.
    const otherUid = (process.getuid?.() ?? 0) + 1;
    sweepStaleSpools(folder, otherUid);
    expect(existsSync(othersFolder)).toBe(true);
    const target = spool("linked-iiiiii", { pid: Number(endedPid), host: hostname() });
    symlinkSync(target, path.join(folder, "egov-score-iiiiii"));
    sweepStaleSpools(folder);
    expect(existsSync(path.join(target, "local-0.entries"))).toBe(true);
    expect(existsSync(path.join(folder, "egov-score-iiiiii"))).toBe(true);
  });

  it("a temporary folder that cannot be listed is no error", () => {
    expect(() => sweepStaleSpools(path.join(folder, "missing"))).not.toThrow();
  });
});
