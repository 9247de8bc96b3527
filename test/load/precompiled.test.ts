import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCommonJs, validatorOf } from "../../src/load/precompiled.js";

const dir = mkdtempSync(path.join(tmpdir(), "egov-precompiled-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test has its own file: V8 keeps compiled scripts per source text, and would not even look at a cache for a text it has seen.
function moduleFile(name: string): string {
  const file = path.join(dir, `${name}.cjs`);
  writeFileSync(file, `"use strict"; const { join } = require("node:path"); // ${name}
module.exports = validate; module.exports.default = validate;
function validate(data) { validate.errors = data === 1 ? null : [{ message: join("a", "b") }]; return data === 1; }`);
  return file;
}

describe("loadCommonJs (the build's generated validators, with V8's code cache)", () => {
  it("runs a CommonJS module with its own require and module.exports", () => {
    const validate = validatorOf(loadCommonJs(moduleFile("plain")).exports);
    expect(validate(1)).toBe(true);
    expect(validate(2)).toBe(false);
    expect(validate.errors).toEqual([{ message: path.join("a", "b") }]);
  });

  it("checks a cache against the source text; a load with the cache gives the same results", () => {
    const file = moduleFile("cached");
    const first = loadCommonJs(file);
    validatorOf(first.exports)(1);
    const cache = first.script.createCachedData();
    const cached = loadCommonJs(moduleFile("cached-again"), cache);
    expect(cached.script.cachedDataRejected).toBe(true); // another text: V8 checks the cache against the source
    const again = loadCommonJs(file, cache);
    expect(validatorOf(again.exports)(1)).toBe(true);
  });

  it("still works when the cache is not V8's (another Node version, a damaged file)", () => {
    const loaded = loadCommonJs(moduleFile("damaged"), Buffer.from("not a code cache"));
    expect(loaded.script.cachedDataRejected).toBe(true);
    expect(validatorOf(loaded.exports)(2)).toBe(false);
  });
});
