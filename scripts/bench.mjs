// `npm run bench [-- FILES]`: start-up and batch figures of the built command (run `npm run build` first).
// Times are medians of several runs of whole processes, measured with performance.now() around spawnSync.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = path.join(root, "bin/egov-score.js");
const count = Number(process.argv[2] ?? 1000);

function time(args, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "ignore"] });
    samples.push(performance.now() - start);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}`);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** A corpus of `count` agency files: the bundled department examples with new ids and shifted figures. */
function makeCorpus(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = ["so-khcn-quang-binh", "so-tai-chinh-quang-binh", "ban-qlkkt-quang-binh"].map((n) => readFileSync(path.join(root, "examples", n + ".yaml"), "utf8"));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = sources[i % sources.length].replace(/^(\s*id:\s*)(\S+)/m, `$1bench-${i}`).replace(/value: (\d+)$/m, (_, n) => `value: ${Number(n) + (i % 7)}`);
    writeFileSync(path.join(dir, `agency-${String(i).padStart(6, "0")}.yaml`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

const baseline = time(["-e", "0"], 15);
const version = time([bin, "--version"], 15);
const one = time([bin, "score", "examples/so-khcn-quang-binh.yaml"], 10);
const corpusDir = path.join(root, ".bench", "corpus");
const bytes = makeCorpus(corpusDir);
const batch = time([bin, "score", corpusDir, "--format", "json"], 3);

const rows = [
  ["node -e 0", baseline, 1],
  ["egov-score --version", version, version / baseline],
  ["egov-score score ONE_FILE (seed agency)", one, one / baseline],
  [`egov-score score ${count} files --format json (${(bytes / count / 1024).toFixed(1)} KB each)`, batch, batch / baseline],
];
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
for (const [name, ms, ratio] of rows) console.log(`${name.padEnd(70)} ${ms.toFixed(0).padStart(7)} ms  ${ratio.toFixed(2)}× node -e 0`);
console.log(`per file in the batch: ${(batch / count).toFixed(2)} ms`);

// Interactive prompt latency (issue 3): its own script, through a real pseudo-terminal.
const assess = spawnSync(process.execPath, [path.join(root, "scripts/bench-assess.mjs")], { encoding: "utf8" });
process.stdout.write(assess.stdout || assess.stderr);
