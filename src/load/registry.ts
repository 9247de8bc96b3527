import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { suggestCode } from "../core/check-agency.js";
import type { Issue } from "../core/issue.js";
import { loadRubric, type LoadedRubric, type RubricOutcome } from "./load-rubric.js";
import { shellWord } from "./shell-word.js";
import { packagePath } from "./package-path.js";

/** The rubric used when neither --rubric nor the agency file names one. */
export const DEFAULT_RUBRIC_ID = "dti-cap-so";

export function bundledRubricFiles(): string[] {
  const dir = packagePath("rubrics");
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f));
}

/**
 * The finding for a rubric id that no bundled rubric has, with the bundled id it likely meant
 * (DTI-CAP-SO, dti-cap-s0 → dti-cap-so).
 */
export function rubricNotFound(id: string, version: string | undefined): Issue {
  const suggestion = suggestCode(id, bundledRubricFiles().map((f) => path.basename(f).replace(/\.ya?ml$/, "")));
  return { code: "rubric-not-found", path: ["rubric", "id"], params: { id, version: version ?? "?", ...(suggestion ? { suggestion } : {}) } };
}

/** A bundled rubric by id; bundled files are named after their id. */
export function bundledRubricFile(id: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) return undefined;
  for (const ext of [".yaml", ".yml"]) {
    const file = packagePath("rubrics", id + ext);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** The rubric as `rubric show` finds it: its id when the file is the bundled one, else its file, as typed at a shell. */
export function showName(loaded: LoadedRubric): string {
  const bundled = bundledRubricFile(loaded.rubric.id);
  return bundled !== undefined && path.resolve(bundled) === path.resolve(loaded.file) ? loaded.rubric.id : shellWord(loaded.file);
}

/** `--rubric ID|PATH`: an existing file wins, else a bundled id. Undefined when neither exists. */
export function resolveRubric(spec: string): RubricOutcome | undefined {
  if (existsSync(spec)) return loadRubric(spec);
  const file = bundledRubricFile(spec);
  return file ? loadRubric(file) : undefined;
}
