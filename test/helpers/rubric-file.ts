import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadRubric } from "../../src/load/load-rubric.js";
import type { Rubric } from "../../src/core/rubric.js";

/** `text` written as `name` in `dir` and loaded: a rubric version for a move test, by its file and as loaded. */
export function rubricFileAt(dir: string, text: string, name: string): { file: string; rubric: Rubric } {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const outcome = loadRubric(file);
  if (!outcome.ok) throw new Error(`${name} does not load`);
  return { file, rubric: outcome.loaded.rubric };
}
