import path from "node:path";
import type { RubricOutcome } from "../load/load-rubric.js";
import { bundledIdNear, resolveRubric } from "../load/registry.js";
import type { Context } from "./context.js";
import { UsageError } from "./errors.js";
import { sayMessage, showDiagnostic } from "./say.js";
import type { LocatedDiagnostic } from "../load/located.js";
import { yamlFileNear } from "../load/nearby-rubric.js";
import { terminalSafe } from "../report/terminal-safe.js";
import { windowsDriveOf } from "../io/windows-path.js";

/** `--rubric ID|PATH` → a rubric outcome; a name that is neither is a usage error. */
export function rubricOption(spec: string | undefined): RubricOutcome | undefined {
  if (spec === undefined) return undefined;
  const outcome = resolveRubric(spec);
  if (!outcome) throw rubricNotThere(spec, spec);
  return outcome;
}

/**
 * A rubric named that is neither a file nor a bundled id, with what it likely meant: a path, the file a slip away in
 * the folder it names (`my-rubrc.yaml` beside my-rubric.yaml); else the bundled id (`--rubric DTI-CAP-XA` or
 * `dti-cap-xa.yaml` was sent to rubric list, where an agency file naming them is told the id). `shown`: the name as printed.
 */
export function rubricNotThere(spec: string, shown: string, cwd = process.cwd()): UsageError {
  // `--rubric 'C:\egov\r.yaml'` copied from Windows: the drive is why, as `score 'C:\…'` says.
  const drive = windowsDriveOf(spec);
  if (drive !== undefined) return new UsageError("rubric-file-missing-windows-drive", { spec: shown, drive, name: terminalSafe(path.basename(spec.replaceAll("\\", "/")), true) });
  const missing = looksLikePath(spec) ? "rubric-file-missing" : "unknown-rubric-spec";
  const file = missing === "rubric-file-missing" ? yamlFileNear(spec, cwd) : undefined;
  if (file !== undefined) return new UsageError("rubric-file-missing-file-near", { spec: shown, suggestion: terminalSafe(file, true) });
  const suggestion = bundledIdNear(spec);
  return suggestion === undefined ? new UsageError(missing, { spec: shown }) : new UsageError(`${missing}-near`, { spec: shown, suggestion });
}

/** A path (a folder in it, or a YAML name): not there, it is a missing file, not an unknown rubric id. */
export function looksLikePath(spec: string): boolean {
  return /[\\/]|\.ya?ml$/i.test(spec);
}

/** Print why a rubric is unusable (its located errors) on standard error. */
export function reportUnusableRubric(ctx: Context, file: string, diagnostics: LocatedDiagnostic[]): void {
  sayMessage(ctx, "rubric-unusable", { file }, ctx.colorErr.red);
  for (const d of diagnostics) showDiagnostic(ctx, d);
}
