import { scoreFiles } from "../../batch/score-files.js";
import { explainAgency } from "../../explain/explain.js";
import { formatExplainJson, formatExplainMarkdown, formatExplainText, PLAIN, type Style } from "../../explain/format.js";
import { message } from "../../i18n/messages.js";
import { formatDiagnostic } from "../../report/diagnostics.js";
import { formatPoints } from "../../report/format-number.js";
import type { Context } from "../context.js";
import { EXIT, UsageError } from "../errors.js";
import { formatOf } from "../format-of-file.js";
import { displayPath, gatherInputs } from "../inputs.js";
import { now } from "../now.js";
import { emit } from "../text-output.js";
import { reportUnusableRubric, rubricOption } from "../rubric-option.js";

export interface ExplainOptions {
  rubric?: string;
  format?: string;
  output?: string;
  force?: boolean;
  /** How many gains to list (text and md); 0 for all. */
  top?: string;
  /** Explain the verified score instead of the self-score. */
  verified?: boolean;
}

export const EXPLAIN_FORMATS = ["text", "md", "json"] as const;

/** `egov-score explain FILE`: why each indicator got its points, and the largest gains left. */
export async function explain(ctx: Context, file: string, opts: ExplainOptions = {}): Promise<number> {
  const asked = formatOf(opts, { txt: "text", text: "text", json: "json", md: "md", markdown: "md" }, "text").toLowerCase();
  const format = asked === "markdown" ? "md" : asked;
  if (!(EXPLAIN_FORMATS as readonly string[]).includes(format)) throw new UsageError("unknown-format", { format, formats: EXPLAIN_FORMATS.join(", ") });
  const top = opts.top === undefined ? 10 : Number(opts.top);
  if (!Number.isInteger(top) || top < 0) throw new UsageError("exp-bad-top", { top: String(opts.top) });

  const rubric = rubricOption(opts.rubric);
  if (rubric && !rubric.ok) { reportUnusableRubric(ctx, rubric.file, rubric.diagnostics); return EXIT.usage; }
  const { inputs, failures } = await gatherInputs(ctx, [file]);
  if (inputs.length + failures.length !== 1) throw new UsageError("exp-one-file", { path: file, count: inputs.length + failures.length });
  const outcome = scoreFiles(inputs, rubric ? { rubric } : {});
  outcome.failures.unshift(...failures);
  if (outcome.rubricFailures.length > 0) {
    for (const f of outcome.rubricFailures) reportUnusableRubric(ctx, f.file, f.diagnostics);
    return EXIT.usage;
  }
  for (const f of outcome.failures) for (const d of f.diagnostics) ctx.io.stderr(formatDiagnostic(d, ctx.lang, ctx.colorErr) + "\n\n");
  const section = outcome.sections[0];
  const scored = section?.agencies[0];
  if (!section || !scored) return EXIT.invalid;
  if (!ctx.quiet) for (const d of scored.warnings) ctx.io.stderr(formatDiagnostic(d, ctx.lang, ctx.colorErr) + "\n\n");
  if (opts.verified && !scored.verified) throw new UsageError("exp-no-verified", { file });
  // The self-score is explained; the collector's verified one is what the batch ranks, so say it is there.
  if (!opts.verified && scored.verified && !ctx.quiet) {
    const v = scored.verified;
    ctx.io.stderr(message(ctx.lang, "exp-has-verified", { total: formatPoints(v.total, section.rubric.rubric.rounding.decimals, ctx.lang), self: formatPoints(scored.self.total, section.rubric.rubric.rounding.decimals, ctx.lang), band: v.band?.label[ctx.lang] ?? message(ctx.lang, "no-band") }) + "\n");
  }

  const explanation = explainAgency({
    rubric: section.rubric.rubric, sha256: section.rubric.sha256, file: displayPath(ctx.io.cwd, scored.file),
    agency: scored.agency, score: opts.verified && scored.verified ? scored.verified : scored.self,
  }, ctx.lang);
  const toFile = opts.output !== undefined;
  const style: Style = toFile ? PLAIN : { bold: ctx.colorOut.bold, dim: ctx.colorOut.dim, green: ctx.colorOut.green, yellow: ctx.colorOut.yellow };
  const text = format === "json"
    ? formatExplainJson(explanation, { tool: { name: "egov-score", version: ctx.version }, generated_at: now(ctx.io.env).toISOString() })
    : format === "md" ? formatExplainMarkdown(explanation, { top }) : formatExplainText(explanation, { top, style, ...(toFile || ctx.io.stdoutColumns === undefined ? {} : { width: ctx.io.stdoutColumns }) });
  emit(ctx, text, opts, "stdout", format);
  return EXIT.ok;
}
