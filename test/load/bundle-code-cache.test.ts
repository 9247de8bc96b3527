import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { codeCacheFile } from "../../src/load/code-cache.js";

// The hook changes how Node compiles CommonJS modules, so each case runs in a fresh process, with the
// built module (dist/load, made by the tests' global setup).
const HOOK = path.resolve("dist/load/bundle-code-cache.js");
const CACHE = path.resolve("dist/load/code-cache.js");
const root = mkdtempSync(path.join(tmpdir(), "egov-bundle-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder of two CommonJS modules, a.js requiring b.js, and a module outside it. */
function bundleFolder(name: string): string {
  const folder = path.join(root, name, "bundle");
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "package.json"), '{"type":"commonjs"}\n');
  writeFileSync(path.join(folder, "a.js"), `const b = require("./b.js");\nconst outside = require("../outside.js");\nmodule.exports = { answer: b.value + outside.value, here: __filename, stack: () => new Error("made here").stack };\n`);
  writeFileSync(path.join(folder, "b.js"), `exports.value = 40;\n`);
  writeFileSync(path.join(folder, "..", "outside.js"), `exports.value = 2;\n`);
  return folder;
}

/** Run a.js with the hook on (recording or using), and say what was compiled through it. */
function run(folder: string, mode: "record" | "use"): { answer: number; here: string; stack: string; compiled: string[] } {
  const script = `
    const { useBundleCodeCache } = await import(${JSON.stringify(HOOK)});
    const { codeCacheBytes, codeCacheFile } = await import(${JSON.stringify(CACHE)});
    const { writeFileSync } = await import("node:fs");
    const { createRequire } = await import("node:module");
    const compiled = [];
    useBundleCodeCache({ folder: ${JSON.stringify(folder)}, record: ${mode === "record"}, onCompile: (file, source, script) => {
      compiled.push(file + (script.cachedDataRejected ? " rejected" : ""));
      if (${mode === "record"}) process.on("exit", () => writeFileSync(codeCacheFile(file), codeCacheBytes(source, script.createCachedData())));
    } });
    const a = createRequire(${JSON.stringify(path.join(folder, "x.js"))})("./a.js");
    console.log(JSON.stringify({ answer: a.answer, here: a.here, stack: a.stack(), compiled }));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as { answer: number; here: string; stack: string; compiled: string[] };
}

describe("useBundleCodeCache", () => {
  it("records the folder's modules at build time, then compiles them with their cache; modules outside are left to Node", () => {
    const folder = bundleFolder("roundtrip");
    const a = path.join(folder, "a.js");
    const b = path.join(folder, "b.js");
    const recorded = run(folder, "record");
    expect(recorded.compiled).toEqual([a, b]);
    expect(readdirSync(folder).filter((f) => f.endsWith(".v8cache")).sort()).toEqual(["a.js.v8cache", "b.js.v8cache"]);

    const used = run(folder, "use");
    expect(used.compiled).toEqual([a, b]); // each with its cache, and V8 took it (no "rejected")
    expect(used.answer).toBe(42);
    expect(used.here).toBe(a);
    // The module's own line and column, as Node would give them.
    expect(used.stack).toContain(`${a}:3:`);
    expect(used.stack.split("\n")[1]).toMatch(/a\.js:3:\d+\)$/);
  });

  it("leaves a module with no cache, or a cache made from another text or damaged, to Node: it runs the same", () => {
    const folder = bundleFolder("fallback");
    run(folder, "record");
    writeFileSync(path.join(folder, "b.js"), `exports.value = 39 + 1;\n`); // its cache no longer matches
    const cache = readFileSync(codeCacheFile(path.join(folder, "a.js")));
    cache[cache.length - 50]! ^= 0xff;
    writeFileSync(codeCacheFile(path.join(folder, "a.js")), cache);
    const used = run(folder, "use");
    expect(used.compiled).toEqual([]);
    expect(used.answer).toBe(42);
    expect(used.stack).toContain(`${path.join(folder, "a.js")}:3:`);
  });
});

describe("the built bundle's code cache", () => {
  it("covers what `score` of one file loads, and V8 takes it in a fresh process and in a worker thread with a bounded heap", () => {
    const bundle = path.resolve("dist/bundle");
    const check = `
      const { useBundleCodeCache } = require(${JSON.stringify(path.join(bundle, "code-cache.js"))});
      const compiled = [];
      useBundleCodeCache({ onCompile: (file, source, script) => compiled.push(require("node:path").basename(file) + (script.cachedDataRejected ? " rejected" : "")) });
      const io = { stdout() {}, stderr() {}, env: {}, stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, readStdin: async () => Buffer.alloc(0), cwd: process.cwd() };
      require(${JSON.stringify(path.join(bundle, "main.js"))}).main(["score", ${JSON.stringify(path.resolve("examples/so-khcn-quang-binh.yaml"))}], io)
        .then((code) => { const out = JSON.stringify({ code, compiled }); if (require("node:worker_threads").parentPort) require("node:worker_threads").parentPort.postMessage(out); else console.log(out); });`;
    const inWorker = `const { Worker } = require("node:worker_threads"); new Worker(${JSON.stringify(check)}, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 } }).on("message", (m) => console.log(m));`;
    for (const script of [check, inWorker]) {
      const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      const { code, compiled } = JSON.parse(r.stdout) as { code: number; compiled: string[] };
      expect(code).toBe(0);
      // The entry, the chunk that reads and checks agency files, and the batch's: how the bundler cuts chunks may change.
      expect(compiled).toEqual(expect.arrayContaining(["main.js", expect.stringMatching(/^score-files-[\w-]+\.js$/), expect.stringMatching(/^pipeline-[\w-]+\.js$/)]));
      expect(compiled.filter((f) => f.endsWith("rejected"))).toEqual([]);
    }
  });
});
