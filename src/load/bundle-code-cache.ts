import { createRequire, Module } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Script } from "node:vm";
import { codeCacheFor, compileCommonJs, type CommonJsModule } from "./code-cache.js";

/*
 * Node 20 parses and compiles every module of the command on every run and keeps no code cache of its
 * own (module.enableCompileCache came with Node 22): for `score ONE_FILE` that was about a fifth of the
 * run. So the build (scripts/bundle.mjs) makes dist/bundle CommonJS and leaves V8's code cache beside
 * each chunk a warm-up run loaded, and the command compiles those chunks with it. Only modules of one
 * folder that have a cache made from their very text are compiled here; everything else, and everything
 * when Node's loader is not what this expects, is left to Node.
 */
const ownFolder = path.dirname(fileURLToPath(import.meta.url));

interface BundleCodeCacheOptions {
  /** The folder whose modules are compiled here (by default this module's own: dist/bundle). */
  folder?: string;
  /** The build: compile every module of the folder here, without a cache, so that one can be made of it. */
  record?: boolean;
  /** Told of each module compiled here (with its cache, unless recording; `script.cachedDataRejected` says whether V8 took it). */
  onCompile?: (file: string, source: string, script: Script) => void;
}

type Compile = (this: CommonJsModule, content: string, filename: string, ...rest: unknown[]) => unknown;

/** From now on, compile the folder's CommonJS modules with their code cache. */
export function useBundleCodeCache(options: BundleCodeCacheOptions = {}): void {
  const folder = path.resolve(options.folder ?? ownFolder) + path.sep;
  const prototype = Module.prototype as unknown as { _compile?: Compile };
  const compile = prototype._compile;
  if (typeof compile !== "function") return;
  prototype._compile = function (content, filename, ...rest) {
    if (!filename.startsWith(folder)) return compile.call(this, content, filename, ...rest);
    const cache = options.record ? undefined : codeCacheFor(filename, content);
    if (!options.record && !cache) return compile.call(this, content, filename, ...rest);
    const { script, wrapper } = compileCommonJs(filename, content, cache);
    options.onCompile?.(filename, content, script);
    wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, path.dirname(filename));
    return undefined;
  };
}
