import { existsSync } from "node:fs";
import path from "node:path";
import type { Context } from "../../cli/context.js";
import { EXIT, UsageError } from "../../cli/errors.js";
import { annotationPath, displayPath, windowsDriveHint } from "../../cli/inputs.js";
import { message } from "../../i18n/messages.js";
import { bundledRubricFile } from "../../load/registry.js";
import { formatGithub } from "../format/github.js";
import { formatLintJson } from "../format/json.js";
import { formatLintJunit } from "../format/lint-junit.js";
import { summarize, type LintReport } from "../format/lint-report.js";
import { formatSarif } from "../format/sarif.js";
import { acceptedLines, formatStylish, lintAsides } from "../format/stylish.js";
import type { Severity } from "../lint/catalogue.js";
import { lintFile, type LintedFile } from "../lint/lint-file.js";
import { yamlFileNear } from "../../load/nearby-rubric.js";
import { checkFormat, colorFor, emit, outputFile, type OutputOptions } from "../../cli/text-output.js";
import { formatOf } from "../../cli/format-of-file.js";
import { terminalSafe } from "../../report/terminal-safe.js";
import { looksLikePath, reportUnusableRubric, rubricNotThere, rubricOption } from "../../cli/rubric-option.js";
import type { Rubric } from "../../core/rubric.js";
import { bundledFolderFor } from "../../cli/bundled-folder.js";
import { notRubricKind, outsideLinkFinding, rubricFilesIn } from "./rubric-folder.js";
import { sayMessage } from "../../cli/say.js";

const LINT_FORMATS = ["stylish", "json", "github", "junit", "sarif"] as const;

interface LintOptions extends OutputOptions { format?: string; failSeverity: Severity; previous?: string }

/** `rubric lint FILE...`: 0 clean, 1 findings at or above --fail-severity, 2 a file that cannot be opened or is no rubric. */
export async function lint(ctx: Context, specs: string[], opts: LintOptions): Promise<number> {
  const format = checkFormat(formatOf(opts, { txt: "stylish", text: "stylish", json: "json", xml: "junit", sarif: "sarif" }, "stylish"), LINT_FORMATS);
  const found = specs.flatMap((spec) => targets(spec, ctx.io.cwd));
  const files = found.map((f) => f.file);
  // Nothing named is there, and it was README's `rubrics/` run from outside a clone: the bundled folder is named.
  const rubrics = files.every((f) => !existsSync(f)) ? bundledFolderFor(specs, ctx.io.cwd, "rubrics") : undefined;
  if (rubrics !== undefined) throw new UsageError("path-missing-rubrics", { path: specs.map((s) => terminalSafe(s, true)).join(", "), dir: rubrics });
  if (files.length === 0) throw new UsageError("no-files", { paths: specs.map((s) => terminalSafe(s, true)).join(", ") });
  // The earlier version: texts carried forward still naming the codes it had are said with the codes they are now.
  let previous: Rubric | undefined;
  if (opts.previous !== undefined) {
    const outcome = rubricOption(opts.previous)!;
    if (!outcome.ok) { reportUnusableRubric(ctx, outcome.file, outcome.diagnostics); return EXIT.usage; }
    previous = outcome.loaded.rubric;
  }
  let hidden = 0;
  const linted = found.map(({ file, folder, given }) => {
    const outside = folder === undefined ? undefined : outsideLinkFinding(file, folder);
    return { folder, linted: outside ? { file, unreadable: true, findings: [outside] } : withNotThereHint(lintFile(file, previous), ctx.io.cwd, given) };
  });
  // A folder of a repository also holds its CI workflow, fixtures' expected.yaml or agency files: skipped and said,
  // as score skips a rubric. Named one by one, such a file is an error (exit 2).
  const skipped = linted.filter(({ folder, linted: l }) => skippedInFolder(folder, l));
  if (skipped.length > 0 && skipped.length === linted.length) throw new UsageError("lint-no-rubrics", { paths: specs.map((s) => terminalSafe(s, true)).join(", "), count: skipped.length });
  // Counted once a folder's other YAML files are skipped: a folder of one rubric and its workflow names one.
  if (opts.previous !== undefined && linted.length - skipped.length !== 1) throw new UsageError("lint-previous-one-rubric", { count: linted.length - skipped.length });
  if (!ctx.quiet) for (const { linted: l } of skipped) sayMessage(ctx, `lint-skipped-${notRubricKind(l.findings)!}`, { file: terminalSafe(displayPath(ctx.io.cwd, path.resolve(ctx.io.cwd, l.file)), true) });
  const report: LintReport = {
    tool: ctx.tool,
    lang: ctx.lang,
    failSeverity: opts.failSeverity,
    files: linted.filter((l) => !skipped.includes(l)).map(({ linted }) => {
      const { file } = linted;
      // Another rubric's codes say nothing of this one's.
      if (previous && linted.id !== undefined && linted.id !== previous.id) throw new UsageError("lint-previous-other-rubric", { previous: previous.id, id: linted.id });
      const absolute = path.resolve(ctx.io.cwd, file);
      // GitHub resolves both an annotation's file and a SARIF result's relative URI against the repository's root.
      const shown = format === "github" || format === "sarif" ? annotationPath(ctx, absolute) : displayPath(ctx.io.cwd, absolute);
      // --quiet keeps only what fails the run.
      const findings = ctx.quiet ? linted.findings.filter((d) => d.severity === "error" || opts.failSeverity === "warning") : linted.findings;
      hidden += linted.findings.length - findings.length;
      // --quiet keeps the count of warnings kept on purpose (the summary's aside), not the entries that kept them.
      const acceptances = ctx.quiet ? undefined : linted.acceptances?.map((a) => ({ ...a, warnings: a.warnings.map((d) => ({ ...d, file: shown })) }));
      return { ...linted, file: shown, findings: findings.map((d) => ({ ...d, file: shown })), acceptances };
    }),
  };
  if (hidden > 0) report.hidden = hidden;
  const summary = summarize(report);
  // On a terminal the findings fit its width and their commands keep the --lang given; written to a file or to
  // standard output (-o FILE, -o -), nothing is cut and the commands are plain, as in validate's and score's reports.
  const onTerminal = outputFile(opts) === undefined && opts.output !== "-";
  if (format === "stylish") await emit(ctx, formatStylish(report, colorFor(ctx, opts, "stderr"), onTerminal ? ctx.io.stderrColumns : undefined, onTerminal ? ctx.langOption : undefined), opts, "stderr", format, files);
  else {
    const render = { json: formatLintJson, github: formatGithub, junit: formatLintJunit, sarif: formatSarif }[format];
    await emit(ctx, render(report), opts, "stdout", format, files);
    if (!ctx.quiet) ctx.io.stderr([message(ctx.lang, summary.errors + summary.warnings === 0 ? "lint-clean" : "lint-summary", { problems: summary.errors + summary.warnings, errors: summary.errors, warnings: summary.warnings, files: summary.files }), ...lintAsides(report)].join(" ") + "\n" + acceptedLines(report).map((l) => l + "\n").join(""));
  }
  // A file named that is no rubric is a usage error, as an unusable rubric is to every other command.
  const notRubric = report.files.some((f) => f.findings.some((d) => d.code === "not-rubric-file"));
  return summary.unreadable > 0 || notRubric ? EXIT.usage : summary.failed ? EXIT.invalid : EXIT.ok;
}

/** A file a folder brought in that is no rubric (its one finding says so): skipped, not linted. */
function skippedInFolder(folder: string | undefined, linted: LintedFile): boolean {
  return folder !== undefined && linted.findings.length === 1 && linted.findings[0]!.code === "not-rubric-file";
}

/**
 * A file that is not there, with the YAML file a slip away in its folder: "did you mean rubrics/my-rubric.yaml?"; or,
 * `given` as typed on a Windows drive (`C:\rubrics\dti.yaml`), the drive this machine has not, as score says.
 */
function withNotThereHint(linted: LintedFile, cwd: string, given: string | undefined): LintedFile {
  if (!linted.unreadable) return linted;
  const drive = given === undefined ? {} : windowsDriveHint(given);
  const near = Object.keys(drive).length > 0 ? undefined : yamlFileNear(linted.file, cwd);
  const hint = near === undefined ? drive : { suggestion: terminalSafe(displayPath(cwd, path.resolve(cwd, near)), true) };
  if (Object.keys(hint).length === 0) return linted;
  return { ...linted, findings: linted.findings.map((d) => d.code === "file-not-found" ? { ...d, params: { ...d.params, ...hint } } : d) };
}

/** A file, a bundled rubric id, or a folder (see rubricFilesIn); `folder`: the folder a file was found in; `given`: a path not there, as typed. */
function targets(spec: string, cwd: string): { file: string; folder?: string; given?: string }[] {
  const at = path.resolve(cwd, spec);
  const inFolder = rubricFilesIn(at);
  if (inFolder) return inFolder.map((file) => ({ file, folder: at }));
  if (existsSync(at)) return [{ file: at }];
  const bundled = bundledRubricFile(spec);
  if (bundled) return [{ file: bundled }];
  // A name that is no path is a rubric id mistyped, said as `rubric show` says it; a path is reported missing with the rest.
  if (!looksLikePath(spec)) throw rubricNotThere(spec, terminalSafe(spec, true));
  return [{ file: at, given: spec }];
}
