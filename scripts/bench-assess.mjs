// Prompt latency of `egov-score assess` on a 100-indicator rubric, through a real pseudo-terminal
// (util-linux `script`): the time from pressing Enter on an answer to the next question's prompt,
// autosave (atomic write of the agency file) and the points shown included.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "egov-bench-assess-"));
const N = 100;

const groups = Array.from({ length: 5 }, (_, g) => ({
  code: String(g + 1), title: { vi: `Nhóm ${g + 1}`, en: `Group ${g + 1}` }, max: 200,
  items: Array.from({ length: N / 5 }, (_, i) => ({
    code: `${g + 1}.${i + 1}`, title: { vi: `Chỉ số ${g + 1}.${i + 1}`, en: `Indicator ${g + 1}.${i + 1}` }, max: 10,
    input: { type: "count" }, rule: { type: "bands", steps: [{ min: 4, points: 10 }, { min: 2, points: 5 }] },
  })),
}));
const rubric = {
  id: "bench-100", version: "1", title: { vi: "Bench", en: "Bench" }, issuer: { vi: "x", en: "x" }, legal_basis: [], period: "2025", scale: 1000,
  provenance: { fidelity: "illustrative", sources: [{ title: "benchmark" }] }, agency_types: [{ id: "department", label: { vi: "Sở", en: "Department" } }],
  groups, bands: { basis: "percent", levels: [{ id: "a", min: 0, label: { vi: "A", en: "A" } }] },
};
writeFileSync(path.join(dir, "bench-100.yaml"), JSON.stringify(rubric));
writeFileSync(path.join(dir, "agency.yaml"), `rubric: {id: bench-100, version: "1"}\nagency: {id: b, name: Bench, type: department}\nperiod: "2025"\nrespondent: {name: Bench, position: null, phone: null, email: null}\nanswers: {}\n`);

const cmd = `exec '${process.execPath}' '${path.join(root, "bin/egov-score.js")}' assess agency.yaml --rubric bench-100.yaml --lang en`;
const child = spawn("script", ["-qfec", cmd, "/dev/null"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
let buffer = "";
let waiter;
child.stdout.on("data", (d) => { buffer += d.toString(); if (waiter && buffer.includes(waiter.text)) { const w = waiter; waiter = undefined; w.resolve(); } });
// A prompt that never comes (the interview asks something else first) ends the run with the screen, not a hang.
const waitFor = (text) => new Promise((resolve) => {
  if (buffer.includes(text)) { resolve(); return; }
  const timer = setTimeout(() => { child.kill("SIGKILL"); console.error(`bench-assess: no "${text}" prompt within 30 s; the screen:\n${buffer.slice(-800)}`); process.exit(1); }, 30_000);
  waiter = { text, resolve: () => { clearTimeout(timer); resolve(); } };
});

const samples = [];
await waitFor("Value");
for (let i = 0; i < 40; i++) {
  buffer = "";
  const start = performance.now();
  child.stdin.write("4\r");
  await waitFor("Note");
  buffer = "";
  const noteStart = performance.now();
  child.stdin.write("\r");
  await waitFor("Value");
  samples.push(performance.now() - noteStart);
  void start;
}
child.kill("SIGKILL");
rmSync(dir, { recursive: true, force: true });
samples.sort((a, b) => a - b);
const pct = (p) => samples[Math.min(samples.length - 1, Math.floor(samples.length * p))].toFixed(1);
console.log(`assess, ${N}-indicator rubric: Enter → next question (autosave included), over ${samples.length} answers: median ${pct(0.5)} ms, p90 ${pct(0.9)} ms, max ${pct(1)} ms`);
