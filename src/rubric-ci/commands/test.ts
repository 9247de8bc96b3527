import path from "node:path";
import type { Context } from "../../cli/context.js";
import { EXIT, UsageError } from "../../cli/errors.js";
import { annotationPath, displayPath } from "../../cli/inputs.js";
import { sayMessage } from "../../cli/say.js";
import { reportUnusableRubric, rubricOption } from "../../cli/rubric-option.js";
import type { LoadedRubric } from "../../load/load-rubric.js";
import { bundledRubricFiles } from "../../load/registry.js";
import { formatTestGithub, formatTestJson, formatTestJunit, formatTestText } from "../fixtures/format-test.js";
import type { UnusableRubric } from "../format/unusable.js";
import { defaultFixturesDir, runFixtures } from "../fixtures/run-fixtures.js";
import { testFailed, testSummary } from "../fixtures/test-words.js";
import { renumbering } from "../fixtures/renumbered.js";
import { checkFormat, checkOutputFree, colorFor, emit, outputFile, type OutputOptions } from "../../cli/text-output.js";
import { formatOf } from "../../cli/format-of-file.js";
import { notRubricKind, outsideLinkFinding, rubricFilesIn } from "./rubric-folder.js";
import { terminalSafe } from "../../report/terminal-safe.js";

const TEST_FORMATS = ["table", "json", "junit", "github"] as const;

interface TestOptions extends OutputOptions { format?: string; fixtures?: string; previous?: string }

/** `rubric test [RUBRIC...]` (default: every bundled rubric): 0 all fixtures pass, 1 any fails, 2 an unusable rubric. */
export async function test(ctx: Context, specs: string[], opts: TestOptions): Promise<number> {
  const format = checkFormat(formatOf(opts, { txt: "table", text: "table", json: "json", xml: "junit" }, "table"), TEST_FORMATS);
  // A folder names its rubrics, as in `rubric lint` (a workflow's `rubrics/*.yaml` left out the .yml ones).
  const folderOf = new Map<string, string>();
  const named = specs.flatMap((spec) => {
    const inFolder = rubricFilesIn(spec);
    for (const file of inFolder ?? []) folderOf.set(file, spec);
    return inFolder ?? [spec];
  });
  if (specs.length > 0 && named.length === 0) throw new UsageError("no-files", { paths: specs.map((s) => terminalSafe(s, true)).join(", ") });
  // Each rubric named loaded first, said below: a folder's CI workflow, fixtures' expected.yaml or agency file is
  // skipped, as rubric lint skips it, and not counted as a rubric by the checks that take one.
  const loaded = (specs.length > 0 ? named : bundledRubricFiles()).map((spec) => {
    const folder = folderOf.get(spec);
    const outside = folder === undefined ? undefined : outsideLinkFinding(spec, folder);
    if (outside) return { spec, outside };
    const outcome = rubricOption(spec)!;
    return { spec, outcome, skippedAs: folder === undefined || outcome.ok ? undefined : notRubricKind(outcome.diagnostics) };
  });
  const skipped = loaded.filter((l) => l.skippedAs !== undefined);
  if (skipped.length > 0 && skipped.length === loaded.length) throw new UsageError("lint-no-rubrics", { paths: specs.map((s) => terminalSafe(s, true)).join(", "), count: skipped.length });
  const count = specs.length > 0 ? loaded.length - skipped.length : 0;
  if (opts.fixtures !== undefined && count !== 1) throw new UsageError("test-fixtures-one-rubric", count > 1 ? { count } : {});
  if (opts.previous !== undefined && count !== 1) throw new UsageError("test-previous-one-rubric", count > 1 ? { count } : {});
  checkOutputFree(opts);
  if (!ctx.quiet) for (const { spec, skippedAs } of skipped) sayMessage(ctx, `lint-skipped-${skippedAs!}`, { file: terminalSafe(displayPath(ctx.io.cwd, path.resolve(ctx.io.cwd, spec)), true) });
  const rubrics: LoadedRubric[] = [];
  // An unusable rubric does not stop the others: their fixtures run, and the report (a JUnit file CI
  // reads) says which rubric could not be loaded; the exit code is 2 all the same.
  const unusable: UnusableRubric[] = [];
  for (const l of loaded) {
    if (l.outside !== undefined) { reportUnusableRubric(ctx, l.spec, [l.outside]); unusable.push({ file: l.spec, diagnostics: [l.outside] }); continue; }
    const { outcome, skippedAs } = l;
    if (skippedAs !== undefined || outcome === undefined) continue;
    if (!outcome.ok) { reportUnusableRubric(ctx, outcome.file, outcome.diagnostics); unusable.push({ file: outcome.file, diagnostics: outcome.diagnostics }); continue; }
    rubrics.push(outcome.loaded);
  }
  // The version the fixtures were written for: the codes it renumbered are named with their new ones.
  let previous: LoadedRubric | undefined;
  if (opts.previous !== undefined) {
    const outcome = rubricOption(opts.previous)!;
    if (!outcome.ok) { reportUnusableRubric(ctx, outcome.file, outcome.diagnostics); unusable.push({ file: outcome.file, diagnostics: outcome.diagnostics }); }
    else previous = outcome.loaded;
  }
  // Another rubric's codes say nothing of this one's: its "recodings" would be guesses.
  if (previous && rubrics[0] && previous.rubric.id !== rubrics[0].rubric.id) throw new UsageError("test-previous-other-rubric", { previous: previous.rubric.id, id: rubrics[0].rubric.id });
  const tests = rubrics.map((r) => runFixtures(r, opts.fixtures ?? defaultFixturesDir(r), previous && renumbering(previous.rubric, r.rubric)));
  // Every file the run reads: the rubrics, their fixtures and expected scores.
  const read = [...rubrics.map((r) => r.file), ...tests.flatMap((t) => [path.join(t.dir, "expected.yaml"), ...t.fixtures.map((f) => f.file)])];
  const show = (file: string) => (format === "github" ? annotationPath(ctx, file) : displayPath(ctx.io.cwd, file));
  // On a terminal the lines fit its width; written to a file (-o), nothing is cut.
  if (format === "table") await emit(ctx, formatTestText(tests, ctx.lang, colorFor(ctx, opts, "stdout"), show, unusable.length, outputFile(opts) === undefined ? ctx.io.stdoutColumns : undefined), opts, "stdout", format, read);
  else {
    await emit(ctx, format === "json" ? formatTestJson(tests, ctx.tool, ctx.lang, show, unusable) : format === "junit" ? formatTestJunit(tests, ctx.lang, show, unusable) : formatTestGithub(tests, ctx.lang, show, unusable), opts, "stdout", format, read);
    if (!ctx.quiet && tests.length > 0) ctx.io.stderr(testSummary(tests, ctx.lang, unusable.length) + "\n");
  }
  if (unusable.length > 0) return EXIT.usage;
  return testFailed(tests) ? EXIT.invalid : EXIT.ok;
}
