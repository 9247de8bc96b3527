// `npm run bench` — the figures in docs/performance.md, on this machine.
//   npm run bench                 start-up, the 10,000-file batch against its floor and ajv-cli, prompt latency
//   npm run bench -- gen N DIR    only generate a corpus of N agency files (see scripts/gen-corpus.mjs)
//   npm run bench -- --large      also the 100,000-file batch (time and peak RSS; needs a few minutes)
// Whole processes are timed with performance.now() around spawnSync, taking turns (see measureTogether);
// peak RSS comes from GNU time.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generate } from "./gen-corpus.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = path.join(root, "bin/egov-score.js");
const work = path.join(root, ".bench");
const args = process.argv.slice(2);

if (args[0] === "gen") {
  const n = Number(args[1] ?? 1000), dir = args[2] ?? path.join(work, `corpus-${n}`);
  const bytes = generate(n, dir);
  console.log(`${n} files in ${dir}, ${(bytes / n / 1024).toFixed(1)} KB each on average`);
  process.exit(0);
}

const hasTime = existsSync("/usr/bin/time");
/** One run: wall time (ms) and peak RSS (MB, when GNU time is there). */
function runOnce(command, commandArgs, cwd = root) {
  const argv = hasTime ? ["-f", "%M", command, ...commandArgs] : commandArgs;
  const start = performance.now();
  const r = spawnSync(hasTime ? "/usr/bin/time" : command, argv, { cwd, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${commandArgs.join(" ")} exited ${r.status}: ${r.stderr.slice(-500)}`);
  return { ms, rss: hasTime ? Number(r.stderr.trim().split("\n").pop()) / 1024 : 0 };
}

/**
 * Median wall time and largest peak RSS of each command over `runs` rounds. The commands take turns
 * within a round: this VM's speed drifts by tens of percent over minutes, and a ratio between two
 * figures is only fair when the drift hits both alike.
 */
function measureTogether(commands, runs) {
  const samples = commands.map(() => ({ times: [], rss: 0 }));
  for (let i = 0; i < runs; i++) {
    commands.forEach(([command, commandArgs], j) => {
      const { ms, rss } = runOnce(command, commandArgs);
      samples[j].times.push(ms);
      samples[j].rss = Math.max(samples[j].rss, rss);
    });
  }
  return samples.map(({ times, rss }) => ({ ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)], rss }));
}

/** Every file of a folder read once, so that a timed run finds it in the page cache. */
function warm(dir) {
  for (const f of readdirSync(dir)) readFileSync(path.join(dir, f));
}

function corpus(n) {
  const dir = path.join(work, `corpus-${n}`);
  if (!existsSync(dir) || readdirSync(dir).length !== n) { rmSync(dir, { recursive: true, force: true }); generate(n, dir); }
  return dir;
}

const node = process.execPath;
const rows = [];
const row = (name, m, ratioTo, ratioName) => rows.push([name, m.ms, m.rss, ratioTo ? m.ms / ratioTo : undefined, ratioName]);

const c10 = corpus(10_000);
// Read once before the rounds: otherwise the first command of the first round alone reads it from disk.
warm(c10);
const oneFile = path.join(c10, "agency-000000.yaml");
const [baseline, version, single] = measureTogether([[node, ["-e", "0"]], [node, [bin, "--version"]], [node, [bin, "score", oneFile]]], 15);
row("node -e 0", baseline);
row("egov-score --version", version, baseline.ms, "node -e 0");
row("egov-score score ONE_FILE", single, baseline.ms, "node -e 0");

// The floor: the same files read and parsed in one process with the fastest parser, no validation.
writeFileSync(path.join(work, "floor.mjs"), `import { readdirSync, readFileSync } from "node:fs"; import jsyaml from "${path.join(root, "node_modules/js-yaml/dist/js-yaml.mjs")}";
const dir = process.argv[2]; for (const f of readdirSync(dir)) jsyaml.load(readFileSync(dir + "/" + f, "utf8"), { schema: jsyaml.CORE_SCHEMA });`);
// The same floor with egov-score's own plain reader (src/load/plain-yaml.ts), which reads these files
// about three times faster than js-yaml: shown beside the target's floor so that no one mistakes which
// parser the target is measured against.
writeFileSync(path.join(work, "floor-plain.mjs"), `import { readdirSync, readFileSync } from "node:fs"; import { readPlainYaml } from "${pathToFileURL(path.join(root, "dist/load/plain-yaml.js")).href}";
const dir = process.argv[2]; for (const f of readdirSync(dir)) if (!readPlainYaml(readFileSync(dir + "/" + f, "utf8"))) throw new Error("refused " + f);`);
// ajv-cli 5 validating the same files against the generated agency schema (no line:col in its output): the one
// egov-score validates with, not the longer one `schema agency` writes for editors (labels, anyOf for hovers).
const { loadRubric } = await import(pathToFileURL(path.join(root, "dist/load/load-rubric.js")).href);
const { agencySchema } = await import(pathToFileURL(path.join(root, "dist/core/agency-schema.js")).href);
const loaded = loadRubric(path.join(root, "rubrics/dti-cap-so.yaml"));
if (!loaded.ok) throw new Error("the default rubric does not load");
writeFileSync(path.join(work, "agency.schema.json"), JSON.stringify(agencySchema(loaded.loaded.rubric)));
const out = path.join(work, "report.json");
const [floor, plainFloor, ajvCli, ours10] = measureTogether([
  [node, [path.join(work, "floor.mjs"), c10]],
  [node, [path.join(work, "floor-plain.mjs"), c10]],
  [node, [path.join(root, "node_modules/ajv-cli/dist/index.js"), "validate", "-s", path.join(work, "agency.schema.json"), "-d", `${c10}/*.yaml`, "-c", "ajv-formats", "--spec=draft2020", "--all-errors", "--errors=text"]],
  [node, [bin, "score", c10, "--format", "json", "-o", out, "--force", "--quiet"]],
], 5);
row("floor: read + js-yaml parse 10,000 files (1 thread)", floor);
row("ajv-cli 5: validate 10,000 files", ajvCli);
row("egov-score: validate + score + rank 10,000 files, json", ours10, ajvCli.ms, "ajv-cli");
rows.push(["  … against the parse floor", ours10.ms, 0, ours10.ms / floor.ms, "floor"]);
row("floor with egov-score's plain reader instead of js-yaml", plainFloor);
rows.push(["  … against that floor", ours10.ms, 0, ours10.ms / plainFloor.ms, "plain-reader floor"]);

if (args.includes("--large")) {
  const c100 = corpus(100_000);
  // Its files read once first, as the 10,000 files were by the rounds above: on this VM the kernel's
  // proactive reclaim (DAMON) drops a corpus left from an earlier run from the page cache within the hour, and
  // the run would then be timed reading 100,000 files from disk against 10,000-file runs that read memory.
  warm(c100);
  // The 100,000-file run takes a minute or two: it is compared with 10,000-file runs made just before
  // and just after it, so that the drift of those minutes weighs on both sides.
  const score = (dir) => runOnce(node, [bin, "score", dir, "--format", "json", "-o", out, "--force", "--quiet"]);
  const before = score(c10), ours100 = score(c100), after = score(c10);
  const beside = (before.ms + after.ms) / 2;
  row("egov-score: 100,000 files, json", ours100, beside, `10,000-file time (${before.ms.toFixed(0)} and ${after.ms.toFixed(0)} ms around it)`);
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
for (const [name, ms, rss, ratio, ratioName] of rows) {
  console.log(`${name.padEnd(62)} ${ms.toFixed(0).padStart(7)} ms${rss ? `  ${rss.toFixed(0).padStart(5)} MB` : "         "}${ratio !== undefined ? `  ${ratio.toFixed(2)}× ${ratioName}` : ""}`);
}
const assess = spawnSync(node, [path.join(root, "scripts/bench-assess.mjs")], { encoding: "utf8" });
process.stdout.write(assess.stdout || assess.stderr);

