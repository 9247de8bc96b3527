import { parentPort, workerData } from "node:worker_threads";
import { resolveRubric } from "../load/registry.js";
import { checkFiles, type BatchInput } from "./score-files.js";

/** A worker thread of a large batch: checks its share of the files and sends the outcome back. */
interface Job { files: BatchInput[]; rubric?: string }

const job = workerData as Job;
// Fault injection for the test that a dying worker loses nothing.
if (process.env.EGOV_SCORE_TEST_WORKER_CRASH === "1") process.exit(70);
const rubric = job.rubric === undefined ? undefined : resolveRubric(job.rubric);
const checked = checkFiles(job.files, {
  ...(rubric ? { rubric } : {}),
  onProgress: (done) => { if (done % 100 === 0) parentPort!.postMessage({ progress: done }); },
});
// Rubrics travel by key: the main thread has loaded the same files and uses its own objects. The rest
// travels as one JSON string: much cheaper to pass between threads than a cloned graph of objects.
parentPort!.postMessage({
  checked: JSON.stringify({
    ...checked,
    valid: checked.valid.map((v) => ({ key: v.rubric.file, items: v.items })),
  }),
});
