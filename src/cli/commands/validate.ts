import { checkEach, foldFailures, type CheckedBatch, type FileFailure } from "../../batch/score-files.js";
import type { LocatedDiagnostic } from "../../load/located.js";
import { findingText, message } from "../../i18n/messages.js";
import type { Context } from "../context.js";
import { EXIT } from "../errors.js";
import { gatherInputs, reportSameFiles, reportSkipped, requireAgencyFiles } from "../inputs.js";
import { reportUnusableRubric, rubricOption } from "../rubric-option.js";
import { showDiagnostic } from "../say.js";
import { jsonText } from "../../report/json-bidi.js";
import { formatDiagnostic } from "../../report/diagnostics.js";
import { checkFormat, emit, outputFile, type OutputOptions } from "../text-output.js";
import { formatOf } from "../format-of-file.js";

export async function validate(ctx: Context, paths: string[], opts: OutputOptions & { rubric?: string; format?: string }): Promise<number> {
  // -o FILE as elsewhere (Windows PowerShell 5.1's `>` writes UTF-16, which JSON readers refuse).
  const format = checkFormat(formatOf(opts, { json: "json", txt: "text", text: "text" }, "text"), ["text", "json"] as const);
  const rubric = rubricOption(opts.rubric);
  if (rubric && !rubric.ok) { reportUnusableRubric(ctx, rubric.file, rubric.diagnostics); return EXIT.usage; }
  const { inputs, failures: early } = await gatherInputs(ctx, paths);
  // What is kept of each valid file is its name, rubric and warnings, not its answers: 100,000 files fit.
  const valid: { file: string; rubric: { id: string; version: string }; warnings: LocatedDiagnostic[] }[] = [];
  const checked: Pick<CheckedBatch, "failures" | "duplicates" | "skipped"> = { failures: [], duplicates: [], skipped: [] };
  const rubricFailures = new Map<string, FileFailure>();
  checkEach(inputs, rubric ? { rubric } : {}, {
    // A repeated agency id makes its later file invalid, as score lists it: each file is counted once.
    valid: (item, loaded, repeated) => { if (!repeated) valid.push({ file: item.file, rubric: { id: loaded.rubric.id, version: loaded.rubric.version }, warnings: item.warnings }); },
    failure: (f) => checked.failures.push(f),
    rubricFailure: (f) => rubricFailures.set(f.file, f),
    duplicate: (f) => checked.duplicates.push(f),
    skipped: (file) => checked.skipped.push(file),
  });
  if (rubricFailures.size > 0) {
    for (const f of rubricFailures.values()) reportUnusableRubric(ctx, f.file, f.diagnostics);
    return EXIT.usage;
  }
  const folded = foldFailures(checked);
  const failures = [...early, ...folded.failures, ...folded.duplicates.filter((d) => d.sameFileAs === undefined)];
  reportSameFiles(ctx, folded.duplicates);
  reportSkipped(ctx, checked.skipped);
  requireAgencyFiles(checked.skipped.length, failures.length + valid.length);
  const reads = inputs.map((i) => i.file);
  if (format === "json") {
    const files = [
      ...valid.map((v) => ({ file: v.file, valid: true, rubric: { id: v.rubric.id, version: v.rubric.version }, diagnostics: v.warnings })),
      ...failures.map((f) => ({ file: f.file, valid: false, rubric: null, diagnostics: f.diagnostics })),
    // Every key in every finding, null where it has no place (a file not there, the 100-finding cut), as score's json writes them.
    ].map((f) => ({ ...f, diagnostics: f.diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.line ?? null, col: d.col ?? null, length: d.length ?? null, file: d.file, path: d.path ?? null, params: d.params, message: findingText(ctx.lang, d) })) }));
    emit(ctx, jsonText({ valid: valid.length, invalid: failures.length, files }), opts, "stdout", "json", reads);
  } else if (outputFile(opts) || opts.output === "-") {
    // The findings as the terminal shows them, plain, and the summary line; `-o -` asks for them on standard output.
    const shown = [...failures.flatMap((f) => f.diagnostics), ...(ctx.quiet ? [] : valid.flatMap((v) => v.warnings))];
    emit(ctx, [...shown.map((d) => formatDiagnostic(d, ctx.lang, ctx.plain) + "\n\n"), summary(ctx, valid.length, failures) + "\n"].join(""), opts, "stderr", "text", reads);
  } else {
    for (const f of failures) for (const d of f.diagnostics) showDiagnostic(ctx, d);
    if (!ctx.quiet) for (const v of valid) for (const d of v.warnings) showDiagnostic(ctx, d);
    if (!ctx.quiet) ctx.io.stderr(summary(ctx, valid.length, failures) + "\n");
  }
  return failures.length > 0 ? EXIT.invalid : EXIT.ok;
}

/** "3 valid, 1 invalid": a folder that could not be read is counted apart from the invalid files. */
function summary(ctx: Context, valid: number, failures: FileFailure[]): string {
  const folders = failures.filter((f) => f.diagnostics[0]?.code === "folder-unreadable").length;
  const invalid = failures.length - folders;
  return folders === 0 ? message(ctx.lang, "summary-valid", { valid, invalid }) : message(ctx.lang, "summary-valid-folders", { valid, invalid, folders });
}
