import { createHash } from "node:crypto";
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
  const source = readFileSync(file, "utf8");
  return validatorOf(loadCommonJs(file, source, codeCacheFor(file, source)).exports);
}

export function validatorOf(exports: unknown): ValidateFunction {
  return (typeof exports === "function" ? exports : (exports as { default: ValidateFunction }).default) as ValidateFunction;
}

/*
 * V8's code cache of a generated module, beside it: the agency validator of a rubric is a few hundred
 * kilobytes of generated code, and parsing and compiling it was a quarter of `score ONE_FILE` (60–85 ms;
 * 15–20 ms from the cache). V8 checks a cache only against the source's length and its own version, and
 * a damaged cache can crash the process; so the file starts with the sha256 of the source it was made
 * from and of its own payload, and a cache that does not match both is not used.
 */
const CACHE_HEADER = "egov-score-v8-code-cache";
const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

export function codeCacheFile(file: string): string {
  return `${file}.v8cache`;
}

/** The code cache to write for a module's source. */
export function codeCacheBytes(source: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${CACHE_HEADER} ${sha256(source)} ${sha256(data)}\n`), data]);
}

/** The cache beside a module, when it was made from this very source and is whole. */
export function codeCacheFor(file: string, source: string): Buffer | undefined {
  const cacheFile = codeCacheFile(file);
  if (!existsSync(cacheFile)) return undefined;
  const bytes = readFileSync(cacheFile);
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  const [header, sourceSha, dataSha] = bytes.subarray(0, newline).toString("latin1").split(" ");
  const data = bytes.subarray(newline + 1);
  return header === CACHE_HEADER && sourceSha === sha256(source) && dataSha === sha256(data) ? data : undefined;
}

/**
 * A CommonJS module of our own build, compiled with a code cache when there is one. The wrapper takes
 * a line of its own, and lineOffset -1 gives back the file's own lines and columns in stack traces.
 */
export function loadCommonJs(file: string, source: string, cachedData?: Buffer): { exports: unknown; script: Script } {
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, { filename: file, lineOffset: -1, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: typeof module, f: string, d: string) => void;
  wrapper(module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script };
}
