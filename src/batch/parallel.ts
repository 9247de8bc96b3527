import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { LocatedDiagnostic } from "../load/located.js";
import { loadRubric } from "../load/load-rubric.js";
import { checkFiles, type BatchInput, type BatchOptions, type CheckedBatch, type FileFailure, type ValidAgency } from "./score-files.js";

/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_PER_THREAD = 300;

interface WorkerResult { valid: { key: string; items: ValidAgency[] }[]; failures: FileFailure[]; rubricFailures: FileFailure[]; duplicates: FileFailure[]; skipped: string[] }

/**
 * checkFiles over worker threads (one per core): each checks a contiguous share, so the merged result
 * keeps the command-line order. A worker that dies has its share checked again here: nothing is lost.
 */
export async function checkFilesParallel(files: BatchInput[], options: BatchOptions & { rubricSpec?: string }): Promise<CheckedBatch & { crashed: number }> {
  const threads = Math.min(availableParallelism(), Math.floor(files.length / MIN_FILES_PER_THREAD));
  if (threads < 2 || files.some((f) => f.text !== undefined)) return { ...checkFiles(files, options), crashed: 0 };
  const size = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size));
  const progress = new Array<number>(threads).fill(0);
  let crashed = 0;
  const results = await Promise.all(shares.map((share, i) => runWorker(share, options.rubricSpec, (done) => {
    progress[i] = done;
    options.onProgress?.(progress.reduce((a, b) => a + b, 0), files.length);
  }).catch(() => {
    crashed++;
    return toWorkerResult(checkFiles(share, options));
  })));
  options.onProgress?.(files.length, files.length);
  return { ...merge(results), crashed };
}

function runWorker(files: BatchInput[], rubric: string | undefined, onProgress: (done: number) => void): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./check-worker.js", import.meta.url), { workerData: { files, ...(rubric !== undefined ? { rubric } : {}) } });
    let settled = false;
    worker.on("message", (m: { progress?: number; checked?: string }) => {
      if (m.progress !== undefined) onProgress(m.progress);
      if (m.checked !== undefined) { settled = true; resolve(JSON.parse(m.checked) as WorkerResult); }
    });
    worker.on("error", (e) => { settled = true; reject(e); });
    worker.on("exit", (code) => { if (!settled) reject(new Error(`worker exited with code ${code}`)); });
  });
}

function toWorkerResult(c: CheckedBatch): WorkerResult {
  return { ...c, valid: c.valid.map((v) => ({ key: v.rubric.file, items: v.items })) };
}

/** Join the shares: same-rubric buckets concatenated in order; agency ids repeated across shares are duplicates too. */
function merge(results: WorkerResult[]): CheckedBatch {
  const valid = new Map<string, { rubric: ReturnType<typeof rubricFor>; items: ValidAgency[] }>();
  const seen = new Map<string, string>();
  const duplicates: FileFailure[] = [];
  const failures: FileFailure[] = [];
  const skipped: string[] = [];
  const rubricFailures = new Map<string, FileFailure>();
  for (const r of results) {
    failures.push(...r.failures);
    skipped.push(...r.skipped);
    for (const f of r.rubricFailures) rubricFailures.set(f.file, f);
    const local = new Set(r.duplicates.map((d) => d.file));
    duplicates.push(...r.duplicates);
    for (const v of r.valid) {
      const bucket = valid.get(v.key) ?? { rubric: rubricFor(v.key), items: [] };
      for (const item of v.items) {
        const id = `${v.key}\u0000${item.agency.agency.id}`;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, item.file);
        else if (!local.has(item.file)) duplicates.push({ file: item.file, diagnostics: [duplicate(item.file, item.agency.agency.id, first)] });
        bucket.items.push(item);
      }
      valid.set(v.key, bucket);
    }
  }
  return { valid: [...valid.values()], failures, rubricFailures: [...rubricFailures.values()], duplicates, skipped };
}

function rubricFor(file: string) {
  const outcome = loadRubric(file);
  if (!outcome.ok) throw new Error(`rubric ${file} loaded in a worker but not here`);
  return outcome.loaded;
}

function duplicate(file: string, id: string, first: string): LocatedDiagnostic {
  return { code: "duplicate-agency", severity: "error", file, params: { id, first } };
}
