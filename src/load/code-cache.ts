import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Script } from "node:vm";

/*
 * V8's code cache of a module of our own build, beside it (the agency validators of precompiled.ts, the
 * chunks of dist/bundle): parsing and compiling that code is a large part of a short run. V8 checks a
 * cache only against the source's length and its own version, and a damaged cache can crash the
 * process; so the file starts with the sha256 of the source it was made from and of its own payload,
 * and a cache that does not match both is not used.
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

export interface CommonJsModule { exports: unknown }
type CommonJsWrapper = (this: unknown, exports: unknown, require: NodeJS.Require, module: CommonJsModule, filename: string, dirname: string) => void;

/**
 * A CommonJS module's source compiled as Node wraps it, with a code cache when there is one. The
 * wrapper takes a line of its own, and lineOffset -1 gives back the file's own lines and columns in
 * stack traces.
 */
export function compileCommonJs(file: string, source: string, cachedData?: Buffer): { script: Script; wrapper: CommonJsWrapper } {
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, { filename: file, lineOffset: -1, ...(cachedData ? { cachedData } : {}) });
  return { script, wrapper: script.runInThisContext() as CommonJsWrapper };
}

/** A CommonJS module of our own build, run outside Node's module registry (a generated validator). */
export function loadCommonJs(file: string, source: string, cachedData?: Buffer): { exports: unknown; script: Script } {
  const { script, wrapper } = compileCommonJs(file, source, cachedData);
  const module: CommonJsModule = { exports: {} };
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script };
}
