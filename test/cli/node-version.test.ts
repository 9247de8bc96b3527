import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { nodeTooOld, OLDEST_NODE } from "../../src/cli/node-version.js";

/** main() on a Node.js of the given version, its streams captured. */
async function runOn(nodeVersion: string, args: string[], env: Record<string, string> = { LANG: "en_US.UTF-8" }) {
  let stdout = "", stderr = "";
  const io: Io = {
    stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env,
    stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, readStdin: async () => Buffer.alloc(0), cwd: process.cwd(), nodeVersion,
  };
  return { code: await main(args, io), stdout, stderr };
}

describe("the Node.js version", () => {
  it("is the one package.json's engines names", () => {
    const engines = (JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } }).engines.node;
    expect(engines).toBe(`>=${OLDEST_NODE.replace(/\.0$/, "")}`);
  });

  it.each([
    ["18.20.4", true], ["v18.20.4", true], ["20.11.1", true], ["20.18.3", true], ["20.19.0", false], ["20.20.2", false], ["22.0.0", false], ["24.1.0-pre", false],
  ])("%s is too old: %s", (version, old) => {
    expect(nodeTooOld(version)).toBe(old);
  });

  it("an older one is said, in the user's language, with exit code 2, before any command runs (assess ended in an 'internal error')", async () => {
    const en = await runOn("18.20.4", ["score", "examples/so-khcn-quang-binh.yaml"]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe("");
    expect(en.stderr).toBe(`egov-score needs Node.js ${OLDEST_NODE} or later, and this is Node.js 18.20.4: install a current LTS release of Node.js (https://nodejs.org) and run it again\n`);
    const vi = await runOn("18.20.4", ["assess", "--lang", "vi"]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(/^egov-score cần Node\.js 20\.19\.0 trở lên, máy này đang dùng Node\.js 18\.20\.4/);
    expect((await runOn("20.11.1", ["--version"], { LANG: "vi_VN" })).stderr).toContain("cần Node.js");
  });

  it("a supported one runs the command", async () => {
    const r = await runOn("20.19.0", ["--version"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });
});
