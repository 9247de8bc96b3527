import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Script } from "node:vm";
import type { ValidateFunction } from "ajv";
import type { Rubric } from "../core/rubric.js";
import { packagePath } from "./package-path.js";

/**
 * What the build precompiled for the bundled rubrics (scripts/precompile.mjs), keyed by the sha256 of a
 * rubric file's bytes. Used only by the built command: sources run by the tests always take the normal
 * path, so a stale build can never hide a change.
 */
const enabled = import.meta.url.includes("/dist/");
const dir = packagePath("dist", "precompiled");

export function precompiledRubric(sha256: string): Rubric | undefined {
  const file = `${dir}/${sha256}.rubric.json`;
  return enabled && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Rubric) : undefined;
}

export function precompiledAgencyValidator(sha256: string): ValidateFunction | undefined {
  const file = `${dir}/${sha256}.agency.cjs`;
  if (!enabled || !existsSync(file)) return undefined;
  return validatorOf(loadCommonJs(file, codeCacheOf(file)).exports);
}

export function validatorOf(exports: unknown): ValidateFunction {
  return (typeof exports === "function" ? exports : (exports as { default: ValidateFunction }).default) as ValidateFunction;
}

/** The build's V8 code cache of a generated module, beside it. */
export function codeCacheOf(file: string): Buffer | undefined {
  const cache = `${file}.v8cache`;
  return existsSync(cache) ? readFileSync(cache) : undefined;
}

/**
 * A CommonJS module of our own build, compiled with V8's code cache when there is one: the agency
 * validator of a rubric is 0.8–1.1 MB of generated code, and parsing and compiling it was a quarter of
 * the time of `score ONE_FILE` (60–85 ms; 15–20 ms from the cache). A cache made by another Node version
 * is rejected by V8 and the code is compiled as usual.
 */
export function loadCommonJs(file: string, cachedData?: Buffer): { exports: unknown; script: Script } {
  const source = readFileSync(file, "utf8");
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: typeof module, f: string, d: string) => void;
  wrapper(module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script };
}
