import path from "node:path";
import { encodeFailure, FailureSpool, spooledFailure, type SpooledFailure } from "../../batch/failure-spool.js";
import { checkEach, foldFailures, inGivenOrder, locatedAt, type BatchInput, type FileFailure, type PlacedFailure } from "../../batch/score-files.js";
import { likenessPrints, printedLikeness, sameAgencyWarnings } from "../../batch/same-agency.js";
import type { SkippedFile } from "../../batch/skipped-kind.js";
import { findingsRecords, readFindings, spoolFindings, type FindingsPlace } from "../../batch/spooled-findings.js";
import { isNotRead } from "../../load/read.js";
import { SpoolWriter } from "../../batch/spool.js";
import { openWorkFolder, workFolderError, type WorkFolder } from "../../batch/work-folder.js";
import type { RubricOutcome } from "../../load/load-rubric.js";
import type { LocatedDiagnostic } from "../../load/located.js";
import { findingLine, message } from "../../i18n/messages.js";
import type { Context } from "../context.js";
import { EXIT } from "../errors.js";
import { gatherInputs, reportIdenticalCopies, reportSameFiles, reportSkipped, requireAgencyFiles } from "../inputs.js";
import { reportUnusableRubric, rubricOption } from "../rubric-option.js";
import { listingPace, showDiagnostic } from "../say.js";
import { jsonTextPieces } from "../../report/json-bidi.js";
import { formatDiagnostic } from "../../report/diagnostics.js";
import { hintTexts } from "../../report/hints.js";
import { checkFormat, emit, outputFile, type OutputOptions } from "../text-output.js";
import { formatOf } from "../format-of-file.js";

/** Below this many files the findings are spooled in memory (no temporary folder needed), as score's are. */
const IN_MEMORY_BELOW = 600;

/** A file as validate lists it: its findings read back from the spool when they are written. */
type Listed = FileFailure | SpooledFailure;

export async function validate(ctx: Context, paths: string[], opts: OutputOptions & { rubric?: string; format?: string }): Promise<number> {
  // -o FILE as elsewhere (Windows PowerShell 5.1's `>` writes UTF-16, which JSON readers refuse).
  const format = checkFormat(formatOf(opts, { json: "json", txt: "text", text: "text" }, "text"), ["text", "json"] as const);
  const rubric = rubricOption(opts.rubric);
  if (rubric && !rubric.ok) { reportUnusableRubric(ctx, rubric.file, rubric.diagnostics); return EXIT.usage; }
  const { inputs, failures: early } = await gatherInputs(ctx, paths);
  // The findings of every file, with their code frames, wait in a spool until they are written: 1,000 files of
  // about 110 findings each held 874 MB. What is kept of each file is its name, rubric and where its findings are.
  const work = openWorkFolder(inputs.length < IN_MEMORY_BELOW);
  try {
    return await list(ctx, work, inputs, early, opts, format, rubric);
  } catch (e) {
    throw (work.memory ? undefined : workFolderError(e, work.dir)) ?? e;
  } finally {
    work.dispose();
  }
}

async function list(ctx: Context, work: WorkFolder, inputs: BatchInput[], early: PlacedFailure[], opts: OutputOptions, format: "text" | "json", rubric: RubricOutcome | undefined): Promise<number> {
  // `like`: the agency's likeness as score compares it (four numbers), for the same agency under two ids; `late`: that warning.
  const valid: { file: string; rubric: { id: string; version: string }; warned?: FindingsPlace; id: string; like: number[]; late?: LocatedDiagnostic }[] = [];
  const checked: { failures: SpooledFailure[]; duplicates: FileFailure[]; skipped: SkippedFile[] } = { failures: [], duplicates: [], skipped: [] };
  const rubricFailures = new Map<string, FileFailure>();
  const failureSpool = new FailureSpool(path.join(work.dir, "validate.failures"), work.memory);
  const warningSpool = new SpoolWriter(path.join(work.dir, "validate.warnings"), work.memory);
  const warningsFile = warningSpool.file;
  try {
    checkEach(inputs, rubric ? { rubric } : {}, {
      // A repeated agency id makes its later file invalid, as score lists it: each file is counted once.
      valid: (item, loaded, repeated) => {
        if (repeated) return;
        const warned = item.warnings.length > 0 ? spoolFindings(warningSpool, findingsRecords(item.warnings)) : undefined;
        valid.push({ file: item.file, rubric: { id: loaded.rubric.id, version: loaded.rubric.version }, ...(warned ? { warned } : {}), id: item.agency.agency.id, like: likenessPrints(item.agency, loaded.file) });
      },
      failure: (f) => checked.failures.push(failureSpool.add(encodeFailure(f))),
      rubricFailure: (f) => rubricFailures.set(f.file, f),
      duplicate: (f) => checked.duplicates.push(f),
      skipped: (s) => checked.skipped.push(s),
    });
  } finally {
    failureSpool.close();
    warningSpool.close();
  }
  if (rubricFailures.size > 0) {
    for (const f of rubricFailures.values()) reportUnusableRubric(ctx, f.file, f.diagnostics);
    return EXIT.usage;
  }
  const folded = foldFailures(checked);
  // In the order the paths were given, as score lists its files not scored: each file where it was named or found,
  // valid or not (the valid ones were listed first, then the invalid, then those repeating an agency id), and what
  // could not be read as a file (named but not there, a folder that cannot be read, a file saved as .txt) at its place.
  const place = new Map(inputs.map((input, i) => [input.file, i]));
  const at = (file: string) => place.get(file) ?? -1;
  // One agency sent under two ids, as score warns of it: found before the ranking, when the older file can still be taken out.
  const compared = valid.map((v, i) => ({ file: v.file, index: i, id: v.id, like: printedLikeness(v.like), rubric: "", ...(inputs[at(v.file)]?.text !== undefined ? { text: inputs[at(v.file)]!.text! } : {}) }));
  for (const [i, d] of sameAgencyWarnings(compared, locatedAt)) valid[i]!.late = d;
  const inBatch: Listed[] = [...folded.failures, ...folded.duplicates.filter((d) => d.sameFileAs === undefined)].sort((a, b) => at(a.file) - at(b.file));
  const failures = inGivenOrder<Listed>(early, inBatch, (file) => place.get(file));
  const earlyAt = new Map<Listed, number>(early.map((p) => [p.failure, p.at]));
  // Where a file not scored stands among the inputs, for the valid files to be merged in before it.
  const before = (f: Listed) => earlyAt.get(f) ?? at(f.file);
  reportSameFiles(ctx, folded.duplicates);
  reportIdenticalCopies(ctx, failures);
  reportSkipped(ctx, checked.skipped);
  requireAgencyFiles(checked.skipped.length, failures.length + valid.length);
  const findings = (f: Listed, frames: boolean): LocatedDiagnostic[] => ("diagnostics" in f ? f.diagnostics : spooledFailure(work.reader, f, frames).diagnostics);
  const warnings = (v: (typeof valid)[number], frames: boolean): LocatedDiagnostic[] => [...(v.warned ? readFindings(work.reader, warningsFile, v.warned, frames) : []), ...(v.late ? [v.late] : [])];
  const reads = inputs.map((i) => i.file);
  const folders = failures.filter((f) => firstCode(f) === "folder-unreadable").length;
  const unread = failures.filter((f) => firstCode(f) !== "folder-unreadable" && isNotRead(firstCode(f))).length;
  const closing = summary(ctx, valid.length, failures.length, unread, folders) + "\n";
  if (format === "json") {
    // Every key in every finding, null where it has no place (a file not there, the 100-finding cut), as score's json writes them;
    // `hints`: the lines text prints after "hint:", for a tool that shows the finding (a portal) to say the fix too.
    const entry = (file: string, ok: boolean, rubricOf: { id: string; version: string } | null, diagnostics: LocatedDiagnostic[]) => ({ file, valid: ok, rubric: rubricOf, diagnostics: diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.line ?? null, col: d.col ?? null, length: d.length ?? null, file: d.file, path: d.path ?? null, params: d.params, message: findingLine(ctx.lang, d), hints: hintTexts(d, ctx.lang) })) });
    const validEntry = (v: (typeof valid)[number]) => entry(v.file, true, { id: v.rubric.id, version: v.rubric.version }, warnings(v, false));
    // Both lists are in file order: merged, as they were found.
    const files = function* () {
      let next = 0;
      for (const f of failures) {
        for (; next < valid.length && at(valid[next]!.file) < before(f); next++) yield validEntry(valid[next]!);
        yield entry(f.file, false, null, findings(f, false));
      }
      for (; next < valid.length; next++) yield validEntry(valid[next]!);
    };
    await emit(ctx, jsonTextPieces({ tool: ctx.tool, valid: valid.length, invalid: failures.length }, "files", files()), opts, "stdout", "json", reads);
  } else if (outputFile(opts) || opts.output === "-") {
    // The findings as the terminal shows them, plain, and the summary line; `-o -` asks for them on standard output.
    // A report to share, as score's and the json are: the commands it suggests are plain, without the --lang given.
    const pieces = function* () {
      for (const f of failures) for (const d of findings(f, true)) yield formatDiagnostic(d, ctx.lang, ctx.plain) + "\n\n";
      if (!ctx.quiet) for (const v of valid) for (const d of warnings(v, true)) yield formatDiagnostic(d, ctx.lang, ctx.plain) + "\n\n";
      yield closing;
    };
    await emit(ctx, pieces(), opts, "stderr", "text", reads);
  } else {
    const turn = listingPace(ctx);
    for (const f of failures) {
      for (const d of findings(f, true)) showDiagnostic(ctx, d);
      await turn();
    }
    if (!ctx.quiet) {
      for (const v of valid) {
        if (!v.warned && !v.late) continue;
        for (const d of warnings(v, true)) showDiagnostic(ctx, d);
        await turn();
      }
      ctx.io.stderr(closing);
    }
  }
  return failures.length > 0 ? EXIT.invalid : EXIT.ok;
}

/** The first finding's code of a file listed: a file or folder that could not be read is counted apart. */
function firstCode(f: Listed): string | undefined {
  return "diagnostics" in f ? f.diagnostics[0]?.code : f.headline?.code;
}

/** "3 valid, 1 invalid": a file that could not be read (not there), and a folder, are counted apart from the invalid files. */
function summary(ctx: Context, valid: number, failures: number, unread: number, folders: number): string {
  const parts = [message(ctx.lang, "summary-valid", { valid, invalid: failures - unread - folders })];
  if (unread > 0) parts.push(message(ctx.lang, "summary-unread-files", { unread }));
  if (folders > 0) parts.push(message(ctx.lang, "summary-unreadable-folders", { folders }));
  return parts.join(", ");
}
