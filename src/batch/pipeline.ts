import { addressSpaceLimit } from "../io/address-space.js";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { LoadedRubric } from "../load/load-rubric.js";
import type { IndicatorFacts } from "../report/json.js";
import type { LocatedDiagnostic } from "../load/located.js";
import { readFindings, withoutFrame } from "./spooled-findings.js";
import { encodeFailure, FailureSpool, spooledFailure, type EncodedFailure, type SpooledFailure } from "./failure-spool.js";
import { duplicateFailure, foldFailures, locatedAt, inGivenOrder, notScoredInOrder, rubricOrder, sameFile, type BatchInput, type BatchOptions, type FileFailure, type PlacedFailure } from "./score-files.js";
import { checkShare, LIKENESS_WIDTH, rubricAt, mergeShareContexts, recountShare, scoreShare, type CheckedShare, type RubricContexts, type ScoredEntry, type ScoredShare } from "./share.js";
import type { ShareJob } from "./share-thread.js";
import { spoolScratch, type MemorySpools } from "./spool.js";
import { printedLikeness, repeatedNames, sameAgencyWarnings, type ComparedFile } from "./same-agency.js";
import type { SkippedFile } from "./skipped-kind.js";
import type { Scratch } from "../report/scratch.js";
import { openWorkFolder, workFolderError } from "./work-folder.js";

/** Below this many files per thread, starting threads costs more than it saves. */
const MIN_FILES_PER_THREAD = 300;
/**
 * A batch too small for two threads keeps its spools in memory (a few MB at most): it needs no temporary
 * folder, so scoring one file works where TMPDIR cannot be used. Counted in files, not threads: a
 * one-core machine runs a large batch on one thread too, and its spools must stay on disk.
 */
const IN_MEMORY_BELOW = 2 * MIN_FILES_PER_THREAD;

/** A scored agency as the main thread keeps it: which share's spool holds its report entry. */
interface PlacedEntry extends ScoredEntry { share: number; /** Likely the agency of an earlier file under another id: the warning said of it (see same-agency.ts). */ alike?: LocatedDiagnostic }

/** Whether a scored file has warnings to list: its own, or one the batch found. */
export function hasWarnings(e: PlacedEntry): boolean {
  return e.warned !== undefined || e.alike !== undefined;
}

/** `periods`: how many of the section's agencies answer each period. */
export interface SpooledSection { rubric: LoadedRubric; facts: IndicatorFacts[]; entries: PlacedEntry[]; periods: Map<string, number> }

/** A scored batch whose report entries wait on disk; dispose() removes them. */
export interface SpooledBatch {
  sections: SpooledSection[];
  /**
   * Files not scored, in file order (those of PipelineOptions.earlier at their places); the later files of repeated
   * agency ids among them. Their findings are read back with findings().
   */
  failures: SpooledFailure[];
  rubricFailures: FileFailure[];
  /** Later files with an agency id an earlier file used (also in failures). */
  duplicates: FileFailure[];
  skipped: SkippedFile[];
  /** Worker threads that died; their shares were done again on the main thread. */
  crashed: number;
  /** The file an agency came from. */
  fileOf(entry: PlacedEntry): string;
  /** The spooled report entry of an agency (JSON text without file and ranks). */
  read(entry: PlacedEntry): string;
  readBytes(entry: PlacedEntry): Buffer;
  /** A file not scored with all its findings and their code frames (what standard error shows). */
  findings(failure: SpooledFailure): FileFailure;
  /** A file not scored with its findings as the reports list them: without code frames, a smaller read. */
  reported(failure: SpooledFailure): FileFailure;
  /** A scored file's warnings, with their code frames (`frames`, what standard error shows) or without (what reports list). */
  warnings(entry: PlacedEntry, frames: boolean): LocatedDiagnostic[];
  /** A new scratch spool for a report's pieces put aside (removed with the others). */
  scratch(): Scratch;
  dispose(): void;
}

/**
 * Validate and score a batch of any size: shares of the files on worker threads (one per core) when the
 * batch is large, otherwise on this thread; two passes so that batch-relative rules see every cohort
 * whole; report entries spooled to a temporary folder (kept in memory for a small batch). The result
 * lists agencies in command-line order.
 */
interface PipelineOptions extends BatchOptions {
  rubricSpec?: string;
  groupRanks?: boolean;
  /** Spools in memory below this many files (IN_MEMORY_BELOW; the tests choose either way). */
  inMemoryBelow?: number;
  /** Files found not scored before the batch (named but missing, say), each at its place among the batch's files. */
  earlier?: PlacedFailure[];
}

export async function scoreSpooled(files: BatchInput[], options: PipelineOptions): Promise<SpooledBatch> {
  const { dir, memory, reader, dispose } = openWorkFolder(files.length < (options.inMemoryBelow ?? IN_MEMORY_BELOW));
  try {
    const { spools, alike, ...unfolded } = await run(files, options, dir, memory);
    const result = foldFailures(unfolded);
    const bytes = (e: PlacedEntry) => reader.read(spools[e.share]!, e.offset, e.length);
    const later = new Set(result.duplicates.map((d) => d.file));
    // As scoreFiles does: a later file of an agency id is listed as not scored, and out of the ranking.
    const sections = later.size === 0 ? result.sections : result.sections.map((s) => ({ ...s, entries: s.entries.filter((e) => !later.has(files[e.index]!.file)) }));
    // The entry keeps the finding without its code frame (what reports list); standard error reads it from `alike`.
    if (alike.size > 0) for (const s of sections) for (const e of s.entries) { const d = alike.get(e.index); if (d) e.alike = withoutFrame(d); }
    // The files not scored found outside the shares join theirs in a spool of their own.
    const spool = new FailureSpool(path.join(dir, "main.failures"), memory);
    let failures: SpooledFailure[];
    try {
      const earlier = (options.earlier ?? []).map(({ failure, at }) => ({ failure: spool.add(encodeFailure(failure)), at }));
      const laterFiles = result.duplicates.filter((d) => d.sameFileAs === undefined).map((d) => spool.add(encodeFailure(d)));
      const inBatch = notScoredInOrder(result.failures, laterFiles, files);
      const order = earlier.length > 0 && inBatch.length > 0 ? new Map(files.map((f, i) => [f.file, i])) : undefined;
      failures = inGivenOrder(earlier, inBatch, (file) => order?.get(file));
    } finally {
      spool.close();
    }
    let scratches = 0;
    return { ...result, sections, failures, scratch: () => spoolScratch(path.join(dir, `report-${scratches++}.scratch`), memory), fileOf: (e) => files[e.index]!.file, read: (e) => bytes(e).toString("utf8"), readBytes: bytes, findings: (f) => spooledFailure(reader, f, true), reported: (f) => spooledFailure(reader, f, false),
      warnings: (e, frames) => {
        const own = e.warned ? readFindings(reader, spools[e.share]!, e.warned, frames) : [];
        return e.alike ? [...own, frames ? alike.get(e.index)! : e.alike] : own;
      }, dispose };
  } catch (e) {
    dispose();
    // Only a spool folder's failure is the temporary folder's: in memory there is none.
    throw (memory ? undefined : workFolderError(e, dir)) ?? e;
  }
}

/** `dir`: the spool folder; with `memory`, spools are only named after it. */
async function run(files: BatchInput[], options: PipelineOptions, dir: string, memory: MemorySpools | undefined) {
  const threads = memory ? 1 : workerThreads(files);
  const size = Math.ceil(files.length / Math.max(threads, 1));
  const shares = threads < 2 ? [files] : Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size));
  const progress = new Array<number>(shares.length).fill(0);
  const report = (i: number, done: number) => {
    progress[i] = done;
    // The last step is said once both passes are over.
    options.onProgress?.(Math.min(progress.reduce((a, b) => a + b, 0), files.length - 1), files.length);
  };
  const rubrics = new Map<string, LoadedRubric>();
  let crashed = 0;
  const local = (i: number) => {
    const { failureSpool, ...spools } = spoolsOf(dir, i, "local");
    const failures = new FailureSpool(failureSpool, memory);
    const notScored: SpooledFailure[] = [];
    try {
      const checked = checkShare(shares[i]!, i * size, { ...options, onProgress: (done) => report(i, done), onFailure: (f) => notScored.push(failures.add(encodeFailure(f))) }, spools.checkSpool, rubrics, memory);
      return { ...spools, checked, notScored };
    } finally {
      failures.close();
    }
  };

  const workers: ShareWorker[] = [];
  try {
    if (threads >= 2) for (const [i, share] of shares.entries()) {
      const { failureSpool, ...spools } = spoolsOf(dir, i, "worker");
      workers.push(new ShareWorker({ files: share, base: i * size, groups: options.groupRanks === true, ...(options.rubricSpec !== undefined ? { rubric: options.rubricSpec } : {}), ...spools }, new FailureSpool(failureSpool), (done) => report(i, done)));
    }
    const checked = await Promise.all(shares.map(async (_, i) => {
      const worker = workers[i];
      if (!worker) return local(i);
      try {
        return { ...worker.job, ...(await worker.checked) };
      } catch (e) {
        // The batch failed (a worker's findings could not be spooled here): the other workers, stopped for it,
        // are no crash whose share is to be done again.
        if (workers.some((w) => w.spoolError !== undefined)) throw e;
        crashed++;
        return local(i);
      }
    }));

    const { leaveOut, ...merged } = mergeChecks(checked, files);
    if (merged.rubricFailures.length > 0) {
      for (const w of workers) w.stop();
      return { sections: [], spools: [], ...merged, crashed, alike: new Map<number, LocatedDiagnostic>() };
    }
    for (const c of checked) for (const key of c.checked.rubrics) if (!rubrics.has(key)) rubrics.set(key, rubricAt(key, options.rubric));
    // The first-pass threads gone before the second's start: under `ulimit -v` both at once might not fit (see workersWithin).
    await Promise.all(workers.map((w) => w.ended));
    for (const [i, worker] of workers.entries()) if (checked[i]!.checkSpool === worker.job.checkSpool) workers[i] = worker.secondPass(checked[i]!.checked);
    const counts = await Promise.all(checked.map(async (c, i) => {
      if (leaveOut[i]!.size === 0) return c.checked.contexts;
      const worker = workers[i];
      if (worker && c.checkSpool === worker.job.checkSpool) {
        try {
          return await worker.recount([...leaveOut[i]!]);
        } catch {
          crashed++;
          checked[i] = local(i);
        }
      }
      return recountShare(checked[i]!.checked, rubrics, leaveOut[i]!, memory);
    }));
    const contexts = mergeShareContexts(counts);
    const scored = await Promise.all(checked.map(async (c, i) => {
      const worker = workers[i];
      if (worker && c.checkSpool === worker.job.checkSpool) {
        try {
          return await worker.score(contexts);
        } catch {
          crashed++;
        }
      }
      return scoreShare(c.checked, contexts, rubrics, spoolsOf(dir, i, "local-score").scoreSpool, { groups: options.groupRanks === true, leaveOut: leaveOut[i]!, ...(memory ? { memory } : {}) });
    }));
    options.onProgress?.(files.length, files.length);
    return { sections: sectionsOf(scored, rubrics), spools: scored.map((s) => s.spool), ...merged, crashed, alike: likelySameAgencies(checked.map((c) => c.checked), leaveOut, files) };
  } catch (e) {
    // A worker left running (waiting for the batch's statistics, say) would keep the process from ending.
    for (const w of workers) w.terminate();
    throw e;
  }
}

function workerThreads(files: BatchInput[]): number {
  // From sources (the tests run TypeScript) there is no compiled worker script: one thread.
  if (import.meta.url.endsWith(".ts") || files.some((f) => f.text !== undefined)) return 1;
  return Math.min(availableParallelism(), Math.floor(files.length / MIN_FILES_PER_THREAD), workersWithin(addressSpaceLimit()));
}

/**
 * How many worker threads fit in a virtual memory limit (`ulimit -v`): each maps about 600 MB (its isolate's
 * reservations, its own malloc arena), the main thread about 1.1 GB (measured: VmPeak 1.09 GB on one thread,
 * 2.24 GB with two workers, 3.47 GB with four). V8 aborts the whole process when a worker cannot reserve its
 * memory (no error to catch: exit 133, the spool left behind), so fewer threads are started, or none.
 */
export function workersWithin(limit: number | undefined): number {
  if (limit === undefined) return Infinity;
  return Math.max(0, Math.floor((limit - MAIN_THREAD_MAPS) / WORKER_MAPS));
}
const MAIN_THREAD_MAPS = 1.25 * 2 ** 30;
const WORKER_MAPS = 640 * 2 ** 20;

function spoolsOf(dir: string, share: number, who: string): { checkSpool: string; scoreSpool: string; failureSpool: string } {
  return { checkSpool: path.join(dir, `${who}-${share}.agencies`), scoreSpool: path.join(dir, `${who}-${share}.entries`), failureSpool: path.join(dir, `${who}-${share}.failures`) };
}

/** Join the shares' findings in command-line order; an agency id met in an earlier share makes a duplicate too. */
function mergeChecks(checked: { checked: CheckedShare; notScored: SpooledFailure[] }[], files: BatchInput[]) {
  const shares = checked.map((c) => c.checked);
  const failures: SpooledFailure[] = [];
  const skipped: SkippedFile[] = [];
  const duplicates: FileFailure[] = [];
  const rubricFailures = new Map<string, FileFailure>();
  const seen = new Map<string, string>();
  // Per share: files whose agency id an earlier share used (their figures are counted out again, see recountShare).
  const leaveOut = shares.map(() => new Set<number>());
  for (const [i, share] of shares.entries()) {
    // One by one: a share may hold 100,000 of them, too many to spread into push().
    for (const f of checked[i]!.notScored) failures.push(f);
    for (const f of share.skipped) skipped.push(f);
    for (const f of share.rubricFailures) rubricFailures.set(f.file, f);
    // Every duplicate is also a valid record: walking those in order lists duplicates in file order, as one thread does.
    const local = new Map(share.duplicates.map((d) => [d.file, d]));
    // The share's own first file of each agency id: what the share's duplicates were measured against.
    const localFirst = new Map<string, string>();
    for (const v of share.valid) {
      const id = `${share.rubrics[v.rubric]}\u0000${v.id.toLowerCase()}`;
      const file = files[v.index]!.file;
      const first = seen.get(id);
      const found = local.get(file);
      if (!localFirst.has(id)) localFirst.set(id, file);
      if (first === undefined) seen.set(id, file);
      // Measured against the batch's first file already: kept as the share found it.
      else if (found && localFirst.get(id) === first) duplicates.push(found);
      // The share measured it against its own first file, itself a later file of an earlier share's agency:
      // measured again against the batch's first, as one thread does (whether it is that file, and which
      // file was submitted first), whatever it was to the share's first (a link to it, or a later submission).
      else if (found) duplicates.push(laterFile(file, v.id, first));
      else {
        duplicates.push(laterFile(file, v.id, first));
        leaveOut[i]!.add(v.index);
      }
    }
  }
  return { failures, skipped, duplicates, rubricFailures: [...rubricFailures.values()], leaveOut };
}

/**
 * The ranked files (not a later file of an agency id, which is not ranked) compared in file order for one agency
 * sent under two ids: the warning of each later one, by batch index.
 */
function likelySameAgencies(shares: CheckedShare[], leaveOut: Set<number>[], files: BatchInput[]): Map<number, LocatedDiagnostic> {
  const rows = (share: CheckedShare, i: number) => Array.from({ length: share.likeness.length / LIKENESS_WIDTH }, (_, r) => r * LIKENESS_WIDTH).filter((at) => !leaveOut[i]!.has(share.likeness[at]!));
  const names = new Float64Array(shares.flatMap((share, i) => rows(share, i).map((at) => share.likeness[at + 1]!)));
  const repeated = repeatedNames(names);
  if (repeated.size === 0) return new Map();
  const compared: ComparedFile[] = [];
  for (const [i, share] of shares.entries()) {
    const ids = new Map(share.valid.map((v) => [v.index, v.id]));
    for (const at of rows(share, i)) {
      if (!repeated.has(share.likeness[at + 1]!)) continue;
      const index = share.likeness[at]!;
      const { file, text } = files[index]!;
      compared.push({ index, rubric: "", id: ids.get(index)!, like: printedLikeness(share.likeness.slice(at + 1, at + LIKENESS_WIDTH)), file, ...(text !== undefined ? { text } : {}) });
    }
  }
  return sameAgencyWarnings(compared.sort((a, b) => a.index - b.index), locatedAt);
}

/** A later file of an agency id, as one thread lists it: the batch's first file under another name, or a duplicate of it. */
function laterFile(file: string, id: string, first: string): FileFailure {
  return sameFile(file, first) ? { file, diagnostics: [], sameFileAs: first } : duplicateFailure(file, id, first);
}

/** Sections in rubric order (rubricOrder: never the order the files came in); agencies in command-line order. */
function sectionsOf(scored: ScoredShare[], rubrics: Map<string, LoadedRubric>): SpooledSection[] {
  const sections = new Map<string, SpooledSection>();
  const cohorts = new Map<string, string>();
  const entries: { key: string; entry: PlacedEntry }[] = [];
  scored.forEach((s, share) => {
    for (const e of s.entries) {
      // Each cohort name arrives as its own copy from a worker: keep one.
      const cohort = cohorts.get(e.cohort) ?? e.cohort;
      cohorts.set(cohort, cohort);
      const placed = e as PlacedEntry;
      placed.cohort = cohort;
      placed.share = share;
      entries.push({ key: s.rubrics[e.rubric]!, entry: placed });
    }
  });
  entries.sort((a, b) => a.entry.index - b.entry.index);
  for (const { key, entry } of entries) {
    let section = sections.get(key);
    if (!section) {
      const facts = scored.find((s) => s.facts.has(key))!.facts.get(key)!;
      const periods = new Map<string, number>();
      for (const s of scored) for (const [period, count] of s.periods.get(key) ?? []) periods.set(period, (periods.get(period) ?? 0) + count);
      section = { rubric: rubrics.get(key)!, facts, entries: [], periods };
      sections.set(key, section);
    }
    section.entries.push(entry);
  }
  return [...sections.values()].sort((a, b) => rubricOrder(a.rubric, b.rubric));
}

/** A worker thread running one pass over a share: the first on start, or (see secondPass) the second when given the batch's statistics. */
class ShareWorker {
  readonly checked: Promise<{ checked: CheckedShare; notScored: SpooledFailure[] }>;
  private readonly worker: Worker;
  private scored?: { resolve: (s: ScoredShare) => void; reject: (e: Error) => void };
  private recounted?: { resolve: (c: Map<string, RubricContexts>) => void; reject: (e: Error) => void };
  private exited = false;
  /** Settled when the thread has ended, however. */
  readonly ended: Promise<void>;
  /** The share's files not scored, sent one by one in file order during the first pass (see share-thread.ts), their findings spooled. */
  private readonly notScored: SpooledFailure[] = [];
  /** The share's scored agencies, sent some thousands at a time during the second pass (see scoreShare). */
  private readonly entries: ScoredEntry[] = [];
  /** Why this thread could not spool the share's files not scored: the batch's failure, not a crash to recover from. */
  spoolError: unknown;

  /** `failures`: where the first pass's files not scored go; none for a thread started for the second pass alone. */
  constructor(readonly job: ShareJob, private readonly failures: FailureSpool | undefined, private readonly onProgress: (done: number) => void) {
    // A bounded heap: V8 would otherwise let garbage pile up to gigabytes before collecting. What a
    // worker keeps grows with its share (measured: 43 MB live at 50,000 files, 15 of them its code and
    // rubric); the rest is per-file garbage that dies young, except while one large invalid file is
    // located with `yaml` (a 1.8 MB file needs about 60 MB), hence the fixed part. A file too large
    // even for that stops the worker, and its share is done again on this thread.
    const heapMb = 96 + Math.ceil(job.files.length / 2000);
    this.worker = new Worker(new URL("./share-worker.js", import.meta.url), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 8 } });
    this.ended = new Promise((resolve) => this.worker.once("exit", () => resolve()));
    this.checked = new Promise((resolve, reject) => {
      const fail = (e: Error) => {
        // A crashed worker's spool is never read (its share is done again): a write of it failing changes nothing.
        try { failures?.close(); } catch { /* see above */ }
        reject(e); this.scored?.reject(e); this.recounted?.reject(e);
      };
      this.worker.on("message", (m: { progress?: number; failure?: EncodedFailure; checked?: CheckedShare; entries?: ScoredEntry[]; scored?: ScoredShare; recounted?: Map<string, RubricContexts> }) => {
        if (m.progress !== undefined) onProgress(m.progress);
        if (this.spoolError !== undefined) return;
        try {
          // One still queued when the worker failed is not taken: its share is done again on this thread.
          if (m.failure && failures?.open) this.notScored.push(failures.add(m.failure));
          if (m.checked) { failures?.close(); resolve({ checked: m.checked, notScored: this.notScored }); }
        } catch (e) {
          // This thread's spool failed (a full disk), not the worker: thrown from here it ended the process with
          // Node's trace. The batch fails as when a spool of this thread fails.
          this.spoolError = e;
          this.terminate();
          reject(e as Error);
          return;
        }
        if (m.entries) for (const e of m.entries) this.entries.push(e);
        if (m.scored) this.scored?.resolve({ ...m.scored, entries: this.entries });
        if (m.recounted) this.recounted?.resolve(m.recounted);
      });
      // Started for the second pass alone: its share is checked already.
      if (job.checked) resolve({ checked: job.checked, notScored: [] });
      this.worker.on("error", fail);
      this.worker.on("exit", (code) => { this.exited = true; fail(new Error(`worker exited with code ${code}`)); });
    });
    // A crash before the first pass ends is handled by whoever awaits `checked`.
    this.checked.catch(() => undefined);
  }

  /**
   * The thread of the share's second pass, given what this one's first pass checked. This one has ended: a thread
   * kept for both passes held the first's garbage, which V8 collects late, into the main thread's merge, the peak
   * of a large batch's memory (see docs/performance.md, forty-third session).
   */
  secondPass(share: CheckedShare): ShareWorker {
    // The main thread compares the files' likeness; the second pass needs only the valid agencies and the statistics.
    const checked: CheckedShare = { ...share, likeness: new Float64Array(0), rubricFailures: [], duplicates: [], skipped: [] };
    return new ShareWorker({ ...this.job, files: [], checked }, undefined, this.onProgress);
  }

  score(contexts: Map<string, RubricContexts>): Promise<ScoredShare> {
    return new Promise((resolve, reject) => {
      if (this.exited) { reject(new Error("worker gone")); return; }
      this.scored = { resolve, reject };
      this.worker.postMessage(contexts);
    });
  }

  /** The share's cohort statistics without these files' agencies (see recountShare). */
  recount(leaveOut: number[]): Promise<Map<string, RubricContexts>> {
    return new Promise((resolve, reject) => {
      if (this.exited) { reject(new Error("worker gone")); return; }
      this.recounted = { resolve, reject };
      this.worker.postMessage({ leaveOut });
    });
  }

  stop(): void {
    if (!this.exited) this.worker.postMessage(null);
  }

  /**
   * Ended at once, whatever it is doing: the batch has failed. Its spool here is closed now, not when the thread's
   * end is heard: out of descriptors (ulimit -n), the one it held kept the spool folder from being listed and removed.
   */
  terminate(): void {
    void this.worker.terminate();
    try { this.failures?.close(); } catch { /* never read: the batch has failed */ }
  }
}
