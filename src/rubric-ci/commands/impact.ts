import type { Context } from "../../cli/context.js";
import { decimalOption } from "../../cli/decimal-option.js";
import { EXIT, UsageError } from "../../cli/errors.js";
import { annotationPath, displayPath, gatherInputs, STDIN_NAME, reportSameFiles, reportSkipped } from "../../cli/inputs.js";
import { inGivenOrder } from "../../batch/score-files.js";
import { reportUnusableRubric, rubricOption } from "../../cli/rubric-option.js";
import { formatImpactJson } from "../impact/format-json.js";
import { formatImpactMd } from "../impact/format-md.js";
import { formatImpactTable, formatInvalid } from "../impact/format-table.js";
import { formatImpactGithub } from "../impact/format-github.js";
import { formatImpactJunit } from "../impact/format-junit.js";
import { githubCommands } from "../format/github.js";
import { junitXml } from "../format/junit.js";
import { unusableAnnotations, unusableImpactJson, unusableImpactMd, unusableImpactText, unusableSuites, type UnusableRubric } from "../format/unusable.js";
import { impactPlaces } from "../impact/places.js";
import { onlyInvalidData, runImpact } from "../impact/run-impact.js";
import { ciSummary } from "../impact/ci-words.js";
import { leftOutText } from "../impact/words.js";
import { checkFormat, checkOutputFree, colorFor, emit, outputFile, type OutputOptions } from "../../cli/text-output.js";
import { formatOf } from "../../cli/format-of-file.js";
import { wrapForTerminal } from "../../report/wrap.js";

const IMPACT_FORMATS = ["table", "md", "json", "github", "junit"] as const;

interface ImpactOptions extends OutputOptions { corpus: string[]; budgetPoints?: string; budgetRank?: string; format?: string; limit: string }

/** `rubric impact OLD NEW --corpus PATH...`: 0 within budget, 1 a budget exceeded, 2 usage or an unusable rubric. */
export async function impact(ctx: Context, oldSpec: string, newSpec: string, opts: ImpactOptions): Promise<number> {
  const format = checkFormat(formatOf(opts, { txt: "table", text: "table", json: "json", md: "md", markdown: "md", xml: "junit" }, "table"), IMPACT_FORMATS);
  const budgetPoints = budget("--budget-points", opts.budgetPoints);
  const budgetRank = budget("--budget-rank", opts.budgetRank, true);
  const limit = budget("--limit", opts.limit, true) ?? 25;
  checkOutputFree(opts);
  const before = rubricOption(oldSpec)!, after = rubricOption(newSpec)!;
  if (!before.ok || !after.ok) {
    const unusable: UnusableRubric[] = [];
    for (const [role, r] of [["old", before], ["new", after]] as const) if (!r.ok) { reportUnusableRubric(ctx, r.file, r.diagnostics); unusable.push({ file: r.file, diagnostics: r.diagnostics, role }); }
    // As rubric test does: a CI that publishes the test report or the annotations shows why, where it showed nothing.
    const show = (file: string) => (format === "github" ? annotationPath(ctx, file) : displayPath(ctx.io.cwd, file));
    const read = [before, after].map((r) => (r.ok ? r.loaded.file : r.file));
    if (format === "junit") await emit(ctx, junitXml("egov-score rubric impact", unusableSuites(unusable, ctx.lang, show)), opts, "stdout", format, read);
    if (format === "github") await emit(ctx, githubCommands(unusableAnnotations(unusable, ctx.lang, show), ctx.lang), opts, "stdout", format, read);
    // A CI step that keeps the json or the comment as its report got an empty one: it says why there is no impact.
    if (format === "json") await emit(ctx, unusableImpactJson(unusable, ctx.tool, ctx.lang, show), opts, "stdout", format, read);
    if (format === "md") await emit(ctx, unusableImpactMd(unusable, ctx.lang, show), opts, "stdout", format, read);
    // The table to a file (-o): that file says why, where none was written; on the terminal standard error has said it.
    if (format === "table" && outputFile(opts) !== undefined) await emit(ctx, unusableImpactText(unusable, ctx.lang, colorFor(ctx, opts, "stdout")), opts, "stdout", format, read);
    return EXIT.usage;
  }

  const gathered = await gatherInputs(ctx, opts.corpus);
  const { inputs } = gathered, failures = gathered.failures.map((f) => f.failure);
  // GitHub resolves an annotation's file against the repository's root, as for lint.
  const show = (file: string) => (format === "github" && file !== STDIN_NAME ? annotationPath(ctx, file) : displayPath(ctx.io.cwd, file));
  const report = runImpact(inputs, { old: before.loaded, new: after.loaded }, {
    tool: ctx.tool,
    showPath: show,
    onForeign: (skipped) => reportSkipped(ctx, [skipped]),
    onSameFile: (file, first) => reportSameFiles(ctx, [{ file, diagnostics: [], sameFileAs: first }]),
    unreadable: failures.length,
    ...(budgetPoints !== undefined ? { budgetPoints } : {}),
    ...(budgetRank !== undefined ? { budgetRank } : {}),
  });
  // Paths that could not be read are as typed, relative to the working folder: an annotation names them from the root.
  const notRead = format === "github" ? gathered.failures.map((p) => ({ ...p, failure: { ...p.failure, file: show(p.failure.file) } })) : gathered.failures;
  // Each at its place among the invalid files, in the order the paths were given, as score lists its files not scored.
  const index = notRead.length > 0 ? new Map(inputs.map((input, i) => [show(input.file), i])) : undefined;
  report.invalid = inGivenOrder(notRead, report.invalid, (file) => index?.get(file));
  if (report.invalid.length > 0) {
    ctx.io.stderr(formatInvalid(report, ctx.lang, ctx.colorErr, ctx.io.stderrColumns, ctx.langOption));
    ctx.io.stderr(wrapForTerminal(ctx.colorErr.red(leftOutText("impact-corpus-invalid", report.invalid, ctx.lang)), ctx.io.stderrColumns) + "\n");
  }
  const places = () => impactPlaces(after.loaded, inputs, show);
  const text = format === "json" ? formatImpactJson(report, ctx.lang)
    : format === "md" ? formatImpactMd(report, ctx.lang, limit)
    : format === "github" ? formatImpactGithub(report, ctx.lang, places())
    : format === "junit" ? formatImpactJunit(report, ctx.lang, places())
    : formatImpactTable(report, ctx.lang, colorFor(ctx, opts, "stdout"), limit, outputFile(opts) === undefined ? ctx.io.stdoutColumns : undefined);
  await emit(ctx, text, opts, "stdout", format, [before.loaded.file, after.loaded.file, ...inputs.map((i) => i.file), ...failures.map((f) => f.file)]);
  // A CI log shows the annotations or the test report elsewhere: the summary and the budgets say here why the step failed.
  if ((format === "github" || format === "junit") && !ctx.quiet) ctx.io.stderr(ciSummary(report, ctx.lang, format).join("\n") + "\n");
  // An invalid corpus file predates the change: without a budget it is reported, not failed; with one, the
  // budget cannot be checked on it (see checkBudgets). Every file invalid leaves only invalid data, nothing
  // compared: exit 1, as for any command given only invalid data.
  return report.budgets.breaches.length > 0 || onlyInvalidData(report) ? EXIT.invalid : EXIT.ok;
}

/** A budget or count as its user writes it (decimal comma, no thousands guessed; see decimalOption). */
function budget(option: string, value: string | undefined, count = false): number | undefined {
  if (value === undefined) return undefined;
  const n = decimalOption(option, value, { whole: count });
  // Places and rows are counted in whole numbers: a count is told so whatever was wrong with it, quoted as typed (1,5, not 1.5).
  if (n === undefined || (count && !Number.isInteger(n))) throw new UsageError(count ? "impact-bad-count" : "impact-bad-budget", { option, value });
  return n;
}
