import { scoreOneInBatch, type LeftOut, type OneInBatch } from "../../batch/one-in-batch.js";
import { inGivenOrder, sameFile } from "../../batch/score-files.js";
import { hasOwnVerified, hasVerified } from "../../core/score.js";
import { terminalSafe } from "../../report/terminal-safe.js";
import { explainAgency } from "../../explain/explain.js";
import { formatExplainJson, formatExplainMarkdown, formatExplainText, PLAIN, type Style } from "../../explain/format.js";
import { message } from "../../i18n/messages.js";
import { formatPoints, vietnamDay } from "../../report/format-number.js";
import type { Context } from "../context.js";
import { EXIT, UsageError } from "../errors.js";
import { formatOf } from "../format-of-file.js";
import { displayPath, gatherInputs, STDIN_NAME } from "../inputs.js";
import { reportTime } from "../now.js";
import { emit, outputFile } from "../text-output.js";
import { commandArgs } from "../command-args.js";
import { decimalOption } from "../decimal-option.js";
import { reportUnusableRubric, rubricOption } from "../rubric-option.js";
import { sayMessage, sayUndeclaredLanguage, showDiagnostic } from "../say.js";
import { parseYaml } from "../../load/parse-yaml.js";
import { isNotRead, readText } from "../../load/read.js";
import { isTableLine, wrapForTerminal } from "../../report/wrap.js";

export interface ExplainOptions {
  rubric?: string;
  format?: string;
  output?: string;
  force?: boolean;
  /** How many gains to list (text and md); 0 for all. */
  top?: string;
  /** Explain the verified score instead of the self-score. */
  verified?: boolean;
  /** The batch the agency is ranked in (files, folders, globs): its batch-relative indicators scored against their cohort. */
  batch?: string[];
}

const EXPLAIN_FORMATS = ["text", "md", "json"] as const;

/** `egov-score explain FILE`: why each indicator got its points, and the largest gains left. */
export async function explain(ctx: Context, file: string, opts: ExplainOptions = {}): Promise<number> {
  const asked = formatOf(opts, { txt: "text", text: "text", json: "json", md: "md", markdown: "md" }, "text").toLowerCase();
  const format = asked === "markdown" ? "md" : asked;
  if (!(EXPLAIN_FORMATS as readonly string[]).includes(format)) throw new UsageError("unknown-format", { format, formats: EXPLAIN_FORMATS.join(", ") });
  // Read as rubric impact reads --limit: Number() took "" for 0 (all), 1e1 and 0x10, and "1.000" for 1 where a
  // Vietnamese reader means a thousand.
  const top = opts.top === undefined ? 10 : decimalOption("--top", opts.top, { whole: true });
  if (top === undefined || !Number.isInteger(top)) throw new UsageError("exp-bad-top", { top: String(opts.top) });

  const rubric = rubricOption(opts.rubric);
  if (rubric && !rubric.ok) { reportUnusableRubric(ctx, rubric.file, rubric.diagnostics); return EXIT.usage; }
  const gathered = await gatherInputs(ctx, [file]);
  const { inputs } = gathered, failures = gathered.failures.map((f) => f.failure);
  if (inputs.length + failures.length !== 1) throw new UsageError("exp-one-file", { path: file, count: inputs.length + failures.length });
  if (opts.batch?.includes("-") && file === "-") throw new UsageError("exp-batch-stdin");
  const own = inputs[0];
  // The file comes first: scored as score scores the batch, it keeps its place when a batch file repeats its agency id.
  const batch = opts.batch && own ? await gatherInputs(ctx, opts.batch) : undefined;
  const rest = batch ? batch.inputs.filter((i) => i.file !== own!.file && !sameFile(i.file, own!.file)) : [];
  const outcome = own ? scoreOneInBatch(own, rest, rubric ? { rubric } : {}) : undefined;
  if (outcome && outcome.rubricFailures.length > 0) {
    for (const f of outcome.rubricFailures) reportUnusableRubric(ctx, f.file, f.diagnostics);
    return EXIT.usage;
  }
  for (const f of [...failures, ...(outcome?.failure ? [outcome.failure] : [])]) for (const d of f.diagnostics) showDiagnostic(ctx, d);
  const { rubric: loaded, agency: scored, batch: figures } = outcome?.scored ?? {};
  if (!loaded || !scored || !figures) {
    // An officer runs explain on a draft assess has just scored: say why nothing is explained.
    // assess resumes a file it can read as YAML; one it cannot (a syntax error, a repeated key) is fixed by hand first.
    // Standard input is no file to name (validate "<stdin>" fails) nor one assess can resume: validate reads it again as -.
    const stdin = own?.file === STDIN_NAME;
    // Nor one for another rubric or version, or a rubric egov-score does not have: assess leaves it as it is.
    const otherRubric = outcome?.failure?.diagnostics.some((d) => LEFT_BY_ASSESS.has(d.code)) === true;
    if (own && !ctx.quiet) sayMessage(ctx, readsAsYaml(own) && !stdin && !otherRubric ? "exp-needs-valid" : "exp-needs-valid-syntax", { args: commandArgs(stdin ? "-" : displayPath(ctx.io.cwd, own.file), opts.rubric) });
    return EXIT.invalid;
  }
  if (batch && !ctx.quiet) sayBatchLeftOut(ctx, batchLeftOut(batch, outcome!.leftOut), outcome!.otherRubrics);
  if (!ctx.quiet) for (const d of scored.warnings) showDiagnostic(ctx, d);
  sayUndeclaredLanguage(ctx, [loaded.rubric]);
  // "See the warning above" only where there is one: a value on an indicator its agency type leaves out.
  if (opts.verified && !scored.verified) throw new UsageError(hasVerified(scored.agency) ? "exp-no-verified" : "exp-no-verified-none", { file });
  // The self-score is explained; the collector's verified one is what the batch ranks, so say it is there.
  if (!opts.verified && scored.verified && !ctx.quiet) {
    const v = scored.verified;
    // Its own verified values, or only those of its cohort, which move the figures it is compared with.
    sayMessage(ctx, hasOwnVerified(loaded.rubric, scored.agency) ? "exp-has-verified" : "exp-has-verified-cohort", { total: formatPoints(v.total, loaded.rubric.rounding.decimals, ctx.lang), self: formatPoints(scored.self.total, loaded.rubric.rounding.decimals, ctx.lang), band: v.band?.label[ctx.lang] ?? message(ctx.lang, "no-band") });
  }

  const basis = opts.verified && scored.verified ? "verified" : "self";
  // Read once: the json's stamp, and the day the gains are judged on (a deadline before it cannot be met).
  const at = reportTime(ctx);
  const explanation = explainAgency({
    rubric: loaded.rubric, sha256: loaded.sha256, file: displayPath(ctx.io.cwd, scored.file),
    agency: scored.agency, score: basis === "verified" ? scored.verified! : scored.self,
    ...(batch ? { batch: { others: figures.others[basis], agencies: figures.agencies, cohort_size: figures.cohortSize } } : {}),
    ...(basis === "verified" ? { self: scored.self } : {}),
    today: vietnamDay(at),
  }, ctx.lang);
  const toFile = outputFile(opts) !== undefined;
  const style: Style = toFile ? PLAIN : { bold: ctx.colorOut.bold, dim: ctx.colorOut.dim, green: ctx.colorOut.green, yellow: ctx.colorOut.yellow };
  const text = format === "json"
    ? formatExplainJson(explanation, { tool: ctx.tool, generated_at: at.toISOString() })
    : format === "md" ? formatExplainMarkdown(explanation, { top })
    // On a terminal its sentences are wrapped at spaces (the terminal cut them inside words); the tables fit already.
    : toFile ? formatExplainText(explanation, { top, style })
    : wrapForTerminal(formatExplainText(explanation, { top, style, ...(ctx.io.stdoutColumns === undefined ? {} : { width: ctx.io.stdoutColumns }) }), ctx.io.stdoutColumns, isTableLine);
  // Every file the run reads: the agency's, its batch's, the rubric.
  await emit(ctx, text, opts, "stdout", format, [...inputs, ...failures, ...(batch ? [...batch.inputs, ...batch.failures.map((f) => f.failure)] : [])].map((f) => f.file).concat(rubric?.ok ? [rubric.loaded.file] : []));
  return EXIT.ok;
}

/**
 * What of the batch takes no part in the file's cohorts: invalid files, paths that gave nothing to read (a file
 * not there is not an invalid one), files with this agency's id (left out for the file explained, which stands
 * for them: no mistake of the batch), and agencies of other rubrics.
 */
function sayBatchLeftOut(ctx: Context, leftOut: LeftOut[], otherRubrics: OneInBatch["otherRubrics"]): void {
  sayLeftOut(ctx, leftOut.filter((f) => !f.sameAgency && !f.notRead), "exp-batch-left-out");
  sayLeftOut(ctx, leftOut.filter((f) => f.notRead), "exp-batch-not-read");
  sayLeftOut(ctx, leftOut.filter((f) => f.sameAgency), "exp-batch-same-agency");
  if (otherRubrics.count > 0) sayMessage(ctx, "exp-batch-other-rubrics", { count: otherRubrics.count, rubrics: otherRubrics.rubrics.join(", ") });
}

/** The batch's files left out, the paths that gave none to read each at its place: in the order the paths were given, as score lists them. */
function batchLeftOut(batch: Awaited<ReturnType<typeof gatherInputs>>, leftOut: LeftOut[]): LeftOut[] {
  if (batch.failures.length === 0) return leftOut;
  const index = new Map(batch.inputs.map((input, i) => [input.file, i]));
  const placed = batch.failures.map(({ at, failure }) => ({ at, failure: { file: failure.file, sameAgency: false, ...(isNotRead(failure.diagnostics[0]?.code) ? { notRead: true as const } : {}) } }));
  return inGivenOrder(placed, leftOut, (file) => index.get(file));
}

/** Files of the batch that take no part in the cohort figures (invalid, or repeating an agency id): named, five at most. */
function sayLeftOut(ctx: Context, failures: LeftOut[], key: string): void {
  if (failures.length === 0) return;
  const names = failures.slice(0, LEFT_OUT_NAMED).map((f) => displayPath(ctx.io.cwd, f.file)).join(", ");
  const files = failures.length > LEFT_OUT_NAMED ? message(ctx.lang, "impact-files-more", { names, count: failures.length - LEFT_OUT_NAMED }) : names;
  sayMessage(ctx, key, { count: failures.length, files: terminalSafe(files, true) });
}

const LEFT_OUT_NAMED = 5;

/**
 * Findings that make assess leave a file as it is (it answers another rubric than the one in use, or is no agency
 * file: a rubric named in its place): no use suggesting it.
 */
const LEFT_BY_ASSESS = new Set(["rubric-mismatch", "rubric-version-mismatch", "rubric-not-found", "not-agency-file"]);

function readsAsYaml(input: { file: string; text?: string }): boolean {
  const text = input.text ?? (() => { const read = readText(input.file); return read.ok ? read.text : undefined; })();
  return text !== undefined && parseYaml(text).ok;
}
