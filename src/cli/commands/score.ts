import { scoreChecked } from "../../batch/score-files.js";
import { formatDiagnostic } from "../../report/diagnostics.js";
import { buildReport } from "../../report/report.js";
import type { Context } from "../context.js";
import { emitReport, type OutputOptions } from "../emit-report.js";
import { EXIT, UsageError } from "../errors.js";
import { message } from "../../i18n/messages.js";
import type { ScoreReport } from "../../report/report.js";
import { displayPath, gatherInputs, reportSkipped } from "../inputs.js";
import { now } from "../now.js";
import { reportUnusableRubric, rubricOption } from "../rubric-option.js";

export interface ScoreOptions extends OutputOptions { rubric?: string; failBelow?: string; groupRanks?: boolean }

export async function score(ctx: Context, paths: string[], opts: ScoreOptions): Promise<number> {
  const rubric = rubricOption(opts.rubric);
  if (rubric && !rubric.ok) { reportUnusableRubric(ctx, rubric.file, rubric.diagnostics); return EXIT.usage; }
  const threshold = opts.failBelow === undefined ? undefined : parseThreshold(opts.failBelow);
  const { inputs, failures } = await gatherInputs(ctx, paths);
  const progress = progressLine(ctx, inputs.length);
  const { checkFilesParallel } = await import("../../batch/parallel.js");
  const checked = await checkFilesParallel(inputs, { ...(rubric ? { rubric, rubricSpec: opts.rubric! } : {}), ...(progress ? { onProgress: progress } : {}) });
  if (checked.crashed > 0) ctx.io.stderr(message(ctx.lang, "worker-crashed", { count: checked.crashed }) + "\n");
  const outcome = scoreChecked(checked);
  outcome.failures.unshift(...failures);
  if (outcome.rubricFailures.length > 0) {
    for (const f of outcome.rubricFailures) reportUnusableRubric(ctx, f.file, f.diagnostics);
    return EXIT.usage;
  }
  reportSkipped(ctx, outcome.skipped);
  for (const f of [...outcome.failures, ...outcome.duplicates]) for (const d of f.diagnostics) ctx.io.stderr(formatDiagnostic(d, ctx.lang, ctx.colorErr) + "\n\n");
  if (!ctx.quiet) {
    for (const s of outcome.sections) for (const a of s.agencies) for (const d of a.warnings) ctx.io.stderr(formatDiagnostic(d, ctx.lang, ctx.colorErr) + "\n\n");
  }

  const report = buildReport(outcome, { name: "egov-score", version: ctx.version }, now(ctx.io.env), (file) => displayPath(ctx.io.cwd, file), { groupRanks: opts.groupRanks === true });
  await emitReport(ctx, report, opts);
  const below = threshold ? belowThreshold(report, threshold) : [];
  if (below.length > 0) ctx.io.stderr(ctx.colorErr.red(message(ctx.lang, "below-threshold", { threshold: opts.failBelow!, agencies: below.join(", ") })) + "\n");
  return outcome.failures.length > 0 || outcome.duplicates.length > 0 || below.length > 0 ? EXIT.invalid : EXIT.ok;
}

type Threshold = { kind: "points" | "percent"; value: number };

/** `--fail-below 800` (points) or `--fail-below 80%` (percent of the scale). */
function parseThreshold(text: string): Threshold {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!match) throw new UsageError("bad-threshold", { value: text });
  return { kind: match[2] ? "percent" : "points", value: Number(match[1]) };
}

/** Agencies whose final score (verified where given) is below the threshold. */
function belowThreshold(report: ScoreReport, threshold: Threshold): string[] {
  return report.rubrics.flatMap((r) => r.agencies).filter((a) => {
    const s = a.verified ?? a.score;
    return (threshold.kind === "percent" ? s.percent : s.total) < threshold.value;
  }).map((a) => `${a.score.agency.id} (${(a.verified ?? a.score).total})`);
}

/** A progress line on a terminal for long batches; nothing otherwise. */
function progressLine(ctx: Context, total: number): ((done: number, total: number) => void) | undefined {
  if (!ctx.io.stderrIsTTY || ctx.quiet || total < 200) return undefined;
  let last = 0;
  return (done, all) => {
    const now = Date.now();
    if (done < all && now - last < 100) return;
    last = now;
    ctx.io.stderr(`\r${message(ctx.lang, "progress", { done, total: all })}${done === all ? "\n" : ""}`);
  };
}
