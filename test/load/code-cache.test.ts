import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { codeCacheBytes, codeCacheFile, codeCacheFor, loadCommonJs } from "../../src/load/code-cache.js";
import { validatorOf } from "../../src/load/precompiled.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-precompiled-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test has its own text: V8 keeps compiled scripts per source text within a process.
function moduleFile(name: string, body = "return data === 1;"): { file: string; source: string } {
  const file = path.join(dir, `${name}.cjs`);
  const source = `"use strict"; const { join } = require("node:path"); module.exports = validate; module.exports.default = validate; function validate(data) { if (data === "throw") throw new Error("made here"); validate.errors = data === 1 ? null : [{ message: join("a", "b") }]; ${body} }`;
  writeFileSync(file, source);
  return { file, source };
}

/** A cache made the way the build makes it: after a run of the module. */
function writeCache(file: string, source: string): void {
  const { exports, script } = loadCommonJs(file, source);
  validatorOf(exports)(1);
  writeFileSync(codeCacheFile(file), codeCacheBytes(source, script.createCachedData()));
}

describe("generated validator modules (loadCommonJs)", () => {
  it("run as CommonJS with their own require and module.exports", () => {
    const { file, source } = moduleFile("plain");
    const validate = validatorOf(loadCommonJs(file, source).exports);
    expect(validate(1)).toBe(true);
    expect(validate(2)).toBe(false);
    expect(validate.errors).toEqual([{ message: path.join("a", "b") }]);
  });

  it("place errors at the file's own line and column", () => {
    const { file, source } = moduleFile("stack");
    const column = source.indexOf("new Error") + 1; // V8 places an error where it is made
    expect(() => validatorOf(loadCommonJs(file, source).exports)("throw")).toThrow(expect.objectContaining({ stack: expect.stringContaining(`${file}:1:${column}`) }));
  });
});

describe("their code cache (codeCacheFor)", () => {
  it("is used when it was made from the same text and is whole", () => {
    const { file, source } = moduleFile("cached");
    writeCache(file, source);
    const cache = codeCacheFor(file, source);
    expect(cache).toBeInstanceOf(Buffer);
    expect(validatorOf(loadCommonJs(file, source, cache).exports)(1)).toBe(true);
  });

  it("is not used for another text of the same length (V8 itself would take it)", () => {
    const { file, source } = moduleFile("samelen", "return data === 1;");
    writeCache(file, source);
    const edited = source.replace("data === 1;", "data === 2;");
    expect(edited.length).toBe(source.length);
    expect(codeCacheFor(file, edited)).toBeUndefined();
  });

  it.each([["one byte of the payload changed", (b: Buffer) => { b[b.length - 100]! ^= 0xff; }], ["cut short", (b: Buffer) => b.subarray(0, b.length - 10)], ["no header", (b: Buffer) => b.subarray(b.indexOf(10) + 1)], ["not a cache at all", () => Buffer.from("not a code cache")]] as const)(
    "is not used when damaged: %s",
    (name, damage) => {
      const { file, source } = moduleFile(`damaged-${name.replace(/\W+/g, "-")}`);
      writeCache(file, source);
      const bytes = readFileSync(codeCacheFile(file));
      writeFileSync(codeCacheFile(file), damage(bytes) ?? bytes);
      expect(codeCacheFor(file, source)).toBeUndefined();
      expect(validatorOf(loadCommonJs(file, source).exports)(2)).toBe(false);
    },
  );

  it("of every bundled rubric's validator is accepted by this Node in a fresh process (the build and the run agree)", () => {
    const precompiled = path.resolve("dist/precompiled");
    const files = readdirSync(precompiled).filter((f) => f.endsWith(".agency.cjs")).map((f) => path.join(precompiled, f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    const script = `import { codeCacheFor, loadCommonJs } from ${JSON.stringify(path.resolve("dist/load/code-cache.js"))}; import { readFileSync } from "node:fs";
      for (const file of ${JSON.stringify(files)}) { const source = readFileSync(file, "utf8"); const cache = codeCacheFor(file, source); console.log(cache === undefined ? "missing" : loadCommonJs(file, source, cache).script.cachedDataRejected ? "rejected" : "used"); }`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim().split("\n")).toEqual(files.map(() => "used"));
  });
});
