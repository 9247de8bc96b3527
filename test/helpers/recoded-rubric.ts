import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadRubric, type LoadedRubric } from "../../src/load/load-rubric.js";

/**
 * assess-mini's next version, written in `dir` and loaded: 1.5 (a choice) re-coded 1.6, as dti-cap-so 2025.2
 * re-codes 1.6 to 1.7. A file answered against version 1 has its 1.5 under a code version 2 lacks.
 */
export function recodedMiniRubric(dir: string): { file: string; loaded: LoadedRubric } {
  const file = path.join(dir, "assess-mini-2.yaml");
  writeFileSync(file, readFileSync("test/fixtures/rubrics/assess-mini.yaml", "utf8").replace('version: "1"', 'version: "2"').replace('- code: "1.5"', '- code: "1.6"'));
  const outcome = loadRubric(file);
  if (!outcome.ok) throw new Error("test rubric does not load");
  return { file, loaded: outcome.loaded };
}
