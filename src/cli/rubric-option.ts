import type { RubricOutcome } from "../load/load-rubric.js";
import { resolveRubric } from "../load/registry.js";
import type { Context } from "./context.js";
import { UsageError } from "./errors.js";
import { sayMessage, showDiagnostic } from "./say.js";
import type { LocatedDiagnostic } from "../load/located.js";

/** `--rubric ID|PATH` → a rubric outcome; a name that is neither is a usage error. */
export function rubricOption(spec: string | undefined): RubricOutcome | undefined {
  if (spec === undefined) return undefined;
  const outcome = resolveRubric(spec);
  // A path (a folder in it, or a YAML name) that is not there is a missing file, not an unknown id.
  if (!outcome) throw new UsageError(/[\\/]|\.ya?ml$/i.test(spec) ? "rubric-file-missing" : "unknown-rubric-spec", { spec });
  return outcome;
}

/** Print why a rubric is unusable (its located errors) on standard error. */
export function reportUnusableRubric(ctx: Context, file: string, diagnostics: LocatedDiagnostic[]): void {
  sayMessage(ctx, "rubric-unusable", { file }, ctx.colorErr.red);
  for (const d of diagnostics) showDiagnostic(ctx, d);
}
