import { parentPort, workerData } from "node:worker_threads";
import type { LoadedRubric } from "../load/load-rubric.js";
import { resolveRubric } from "../load/registry.js";
import { encodeFailure } from "./failure-spool.js";
import { checkShare, recountShare, rubricAt, scoreShare, type CheckedShare, type RubricContexts } from "./share.js";
import type { BatchInput } from "./score-files.js";

/**
 * A worker thread of a large batch, for one pass over its share: without `checked`, the first (check every file,
 * send the share's summary, end); with it, the second (wait for the whole batch's statistics, then score).
 */
export interface ShareJob {
  files: BatchInput[]; base: number; rubric?: string; groups: boolean; checkSpool: string; scoreSpool: string;
  /** The share the first pass checked, given to the thread of the second (see ShareWorker.secondPass). */
  checked?: CheckedShare;
}

const job = workerData as ShareJob;
const port = parentPort!;
// Fault injection for the tests that a dying worker loses nothing: "check" dies at once, "score" in the second pass.
const crash = process.env.EGOV_SCORE_TEST_WORKER_CRASH;
if ((crash === "1" || crash === "check") && !job.checked) process.exit(70);

const rubric = job.rubric === undefined ? undefined : resolveRubric(job.rubric);
if (job.checked) secondPass(job.checked);
else firstPass();

function firstPass(): void {
  const checked = checkShare(job.files, job.base, {
    ...(rubric ? { rubric } : {}),
    onProgress: (done) => { if (done % 100 === 0) port.postMessage({ progress: done }); },
    // Sent as found, not kept to the end: 500 files of 100 findings each filled this heap, and the worker died.
    // Encoded here: the main thread writes the text to its spool as it is.
    onFailure: (failure) => port.postMessage({ failure: encodeFailure(failure) }),
  }, job.checkSpool, new Map());
  port.postMessage({ checked });
  // The thread ends: its heap, full of the pass's garbage, is given back (see ShareWorker.secondPass).
  port.close();
}

/**
 * Messages: null (stop), { leaveOut } (count the statistics again without those files), or the batch's statistics
 * (score). The files left out of the statistics are left out of the periods counted when scoring too.
 */
function secondPass(checked: CheckedShare): void {
  const rubrics = new Map<string, LoadedRubric>(checked.rubrics.map((key) => [key, rubricAt(key, rubric)]));
  let leaveOut = new Set<number>();
  port.on("message", (m: Map<string, RubricContexts> | { leaveOut: number[] } | null) => {
    if (m !== null && !(m instanceof Map)) { leaveOut = new Set(m.leaveOut); port.postMessage({ recounted: recountShare(checked, rubrics, leaveOut) }); return; }
    if (m === null || crash === "score") process.exit(m === null ? 0 : 70);
    // The scored agencies sent as they are made: kept here to the end, they were the batch's peak of memory.
    const scored = scoreShare(checked, m, rubrics, job.scoreSpool, { groups: job.groups, leaveOut, onEntries: (entries) => port.postMessage({ entries }) });
    port.postMessage({ scored });
    port.close();
  });
}
