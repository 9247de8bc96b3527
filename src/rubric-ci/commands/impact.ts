import type { Context } from "../../cli/context.js";
import { decimalOption } from "../../cli/decimal-option.js";
import { EXIT, UsageError } from "../../cli/errors.js";
import { displayPath, gatherInputs, reportSameFiles, reportSkipped } from "../../cli/inputs.js";
import { reportUnusableRubric, rubricOption } from "../../cli/rubric-option.js";
import { message } from "../../i18n/messages.js";
import { formatImpactJson } from "../impact/format-json.js";
import { formatImpactMd } from "../impact/format-md.js";
import { formatImpactTable, formatInvalid } from "../impact/format-table.js";
import { runImpact } from "../impact/run-impact.js";
import { checkFormat, colorFor, emit, outputFile, type OutputOptions } from "../../cli/text-output.js";
import { formatOf } from "../../cli/format-of-file.js";
import { wrapForTerminal } from "../../report/wrap.js";

export const IMPACT_FORMATS = ["table", "md", "json"] as const;

export interface ImpactOptions extends OutputOptions { corpus: string[]; budgetPoints?: string; budgetRank?: string; format?: string; limit: string }

/** `rubric impact OLD NEW --corpus PATH...`: 0 within budget, 1 a budget exceeded, 2 usage or an unusable rubric. */
export async function impact(ctx: Context, oldSpec: string, newSpec: string, opts: ImpactOptions): Promise<number> {
  const format = checkFormat(formatOf(opts, { txt: "table", text: "table", json: "json", md: "md", markdown: "md" }, "table"), IMPACT_FORMATS);
  const budgetPoints = budget("--budget-points", opts.budgetPoints);
  const budgetRank = budget("--budget-rank", opts.budgetRank, true);
  const limit = budget("--limit", opts.limit, true) ?? 25;
  const before = rubricOption(oldSpec)!, after = rubricOption(newSpec)!;
  let unusable = false;
  for (const r of [before, after]) if (!r.ok) { reportUnusableRubric(ctx, r.file, r.diagnostics); unusable = true; }
  if (unusable || !before.ok || !after.ok) return EXIT.usage;

  const { inputs, failures } = await gatherInputs(ctx, opts.corpus);
  const report = runImpact(inputs, { old: before.loaded, new: after.loaded }, {
    tool: ctx.tool,
    showPath: (file) => displayPath(ctx.io.cwd, file),
    onForeign: (file) => reportSkipped(ctx, [file]),
    onSameFile: (file, first) => reportSameFiles(ctx, [{ file, diagnostics: [], sameFileAs: first }]),
    unreadable: failures.length,
    ...(budgetPoints !== undefined ? { budgetPoints } : {}),
    ...(budgetRank !== undefined ? { budgetRank } : {}),
  });
  report.invalid.unshift(...failures);
  if (report.invalid.length > 0) {
    ctx.io.stderr(formatInvalid(report, ctx.lang, ctx.colorErr, ctx.io.stderrColumns));
    ctx.io.stderr(wrapForTerminal(ctx.colorErr.red(message(ctx.lang, "impact-corpus-invalid", { count: report.invalid.length })), ctx.io.stderrColumns) + "\n");
  }
  const text = format === "json" ? formatImpactJson(report)
    : format === "md" ? formatImpactMd(report, ctx.lang, limit)
    : formatImpactTable(report, ctx.lang, colorFor(ctx, opts, "stdout"), limit, outputFile(opts) === undefined ? ctx.io.stdoutColumns : undefined);
  await emit(ctx, text, opts, "stdout", format, [before.loaded.file, after.loaded.file, ...inputs.map((i) => i.file), ...failures.map((f) => f.file)]);
  // An invalid corpus file predates the change: without a budget it is reported, not failed; with one, the
  // budget cannot be checked on it (see checkBudgets).
  return report.budgets.breaches.length > 0 ? EXIT.invalid : EXIT.ok;
}

/** A budget or count as its user writes it (decimal comma, no thousands guessed; see decimalOption). */
function budget(option: string, value: string | undefined, count = false): number | undefined {
  if (value === undefined) return undefined;
  const n = decimalOption(option, value, { whole: count });
  // Places and rows are counted in whole numbers: a count is told so whatever was wrong with it, quoted as typed (1,5, not 1.5).
  if (n === undefined || (count && !Number.isInteger(n))) throw new UsageError(count ? "impact-bad-count" : "impact-bad-budget", { option, value });
  return n;
}
