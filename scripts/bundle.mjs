// Build step (after tsc): bundle the command into dist/bundle/, which bin/egov-score.js runs. Node 20 loads
// one module file at a time (resolve, read, compile); the command's 150 modules and their libraries took
// about a fifth of `score ONE_FILE`. Dynamic imports stay chunks of their own, so `--version` still loads
// only commander and the command line, and `assess` alone loads inquirer. share-worker.js keeps its
// name: the pipeline starts it by that name. yaml, ajv and ajv-formats stay outside: src/load/lazy.ts
// loads them with require() on first use, and one copy of each is enough. exceljs stays outside too: its
// streaming writer reaches archiver-utils 2's `new Buffer()`, whose deprecation warning Node says only
// for code outside node_modules (bundled, every xlsx report printed it); loaded from node_modules, it
// takes the same 0.2 s.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "rolldown";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
await build({
  input: { main: path.join(root, "dist/cli/main.js"), "share-worker": path.join(root, "dist/batch/share-worker.js"), "code-cache": path.join(root, "dist/load/bundle-code-cache.js") },
  platform: "node",
  external: [/^yaml(\/|$)/, /^ajv(\/|$)/, /^ajv-formats(\/|$)/, /^exceljs(\/|$)/],
  logLevel: "warn",
  output: { dir: path.join(root, "dist/bundle"), format: "cjs", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
});

// The bundle is CommonJS (its own package.json says so, the package being ESM): Node 20 keeps no code
// cache, but CommonJS modules can be compiled with one (src/load/bundle-code-cache.ts). The caches are
// made here, after a warm-up run in this process of what a user runs most (so that the functions such
// a run calls are compiled and in them).
const out = path.join(root, "dist/bundle");
writeFileSync(path.join(out, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
const require = createRequire(import.meta.url);
const { codeCacheBytes, codeCacheFile } = await import(pathToFileURL(path.join(root, "dist/load/code-cache.js")).href);
const compiled = [];
require(path.join(out, "code-cache.js")).useBundleCodeCache({ record: true, onCompile: (file, source, script) => compiled.push({ file, source, script }) });
const { main } = require(path.join(out, "main.js"));
const silent = { stdout() {}, stderr() {}, env: { LANG: "en_US.UTF-8", NO_COLOR: "1" }, stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, readStdin: async () => Buffer.alloc(0), cwd: root };
const examples = path.join(root, "examples");
for (const argv of [["--version"], ["score", path.join(examples, "so-khcn-quang-binh.yaml")], ["score", examples], ["validate", examples]]) await main(argv, silent);
for (const { file, source, script } of compiled) writeFileSync(codeCacheFile(file), codeCacheBytes(source, script.createCachedData()));
