// Build step (after tsc): bundle the command into dist/bundle/, which bin/egov-score.js runs. Node 20 loads
// one ES module file at a time (resolve, read, compile, link); the command's 150 modules and their
// libraries took about a fifth of `score ONE_FILE`. Dynamic imports stay chunks of their own, so
// `--version` still loads only commander and the command line, and `assess` alone loads inquirer.
// share-worker.js keeps its name: the pipeline starts it by that name beside its own chunk. yaml, ajv and
// ajv-formats stay outside: src/load/lazy.ts loads them with require() on first use, and one copy of
// each is enough.
import { build } from "rolldown";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
await build({
  input: { main: path.join(root, "dist/cli/main.js"), "share-worker": path.join(root, "dist/batch/share-worker.js") },
  platform: "node",
  external: [/^yaml(\/|$)/, /^ajv(\/|$)/, /^ajv-formats(\/|$)/],
  logLevel: "warn",
  output: { dir: path.join(root, "dist/bundle"), format: "esm", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
});
