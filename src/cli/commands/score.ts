import { scoreFiles } from "../../batch/score-files.js";
import { formatDiagnostic } from "../../report/diagnostics.js";
import { buildReport } from "../../report/report.js";
import type { Context } from "../context.js";
import { emitReport, type OutputOptions } from "../emit-report.js";
import { EXIT } from "../errors.js";
import { displayPath, gatherInputs } from "../inputs.js";
import { now } from "../now.js";
import { reportUnusableRubric, rubricOption } from "../rubric-option.js";

export interface ScoreOptions extends OutputOptions { rubric?: string }

export async function score(ctx: Context, paths: string[], opts: ScoreOptions): Promise<number> {
  const rubric = rubricOption(opts.rubric);
  if (rubric && !rubric.ok) { reportUnusableRubric(ctx, rubric.file, rubric.diagnostics); return EXIT.usage; }
  const { inputs, failures } = await gatherInputs(ctx, paths);
  const outcome = scoreFiles(inputs, rubric ? { rubric } : {});
  outcome.failures.unshift(...failures);
  if (outcome.rubricFailures.length > 0) {
    for (const f of outcome.rubricFailures) reportUnusableRubric(ctx, f.file, f.diagnostics);
    return EXIT.usage;
  }
  for (const f of outcome.failures) for (const d of f.diagnostics) ctx.io.stderr(formatDiagnostic(d, ctx.lang, ctx.colorErr) + "\n\n");
  if (!ctx.quiet) {
    for (const s of outcome.sections) for (const a of s.agencies) for (const d of a.warnings) ctx.io.stderr(formatDiagnostic(d, ctx.lang, ctx.colorErr) + "\n\n");
  }

  const report = buildReport(outcome, { name: "egov-score", version: ctx.version }, now(ctx.io.env), (file) => displayPath(ctx.io.cwd, file));
  await emitReport(ctx, report, opts);
  return outcome.failures.length > 0 ? EXIT.invalid : EXIT.ok;
}
