import type { SpooledBatch, SpooledSection } from "../../batch/pipeline.js";
import type { SkippedFile } from "../../batch/skipped-kind.js";
import { reaches } from "../../core/bands.js";
import type { Lang } from "../../core/rubric.js";
import { formatPercent, formatMax, formatPoints } from "../../report/format-number.js";
import { byName, HTML_DETAIL_LIMIT, namesakeIds, PROVISIONAL_MARK, periodCounts, TABLE_DETAIL_LIMIT } from "../../report/common.js";
import type { Context } from "../context.js";
import { checkedOutputs, emitReport, type OutputOptions } from "../emit-report.js";
import { decimalOption } from "../decimal-option.js";
import { EXIT, UsageError } from "../errors.js";
import { message } from "../../i18n/messages.js";
import { displayPath, gatherInputs, reportIdenticalCopies, reportSameFiles, reportSkipped, requireAgencyFiles } from "../inputs.js";
import { reportTime } from "../now.js";
import { terminalSafe } from "../../report/terminal-safe.js";
import { refuseOverwritingInputs } from "../output-guard.js";
import { reportUnusableRubric, rubricOption } from "../rubric-option.js";
import { listingPace, sayMessage, sayUndeclaredLanguage, showDiagnostic } from "../say.js";
import { sayGroupRanksAlone } from "../group-ranks-notice.js";
import { cleanUpOnInterrupt } from "../../io/interrupt-cleanup.js";

interface ScoreOptions extends OutputOptions { rubric?: string; failBelow?: string; groupRanks?: boolean }

/**
 * Formats made from the whole report in memory, and the batch they are made for: a province's agencies many times
 * over. A large batch's html is written as its agencies are read back (10,000 under a 64 MB heap: 167 MB).
 */
const IN_MEMORY_FORMATS = new Set(["table", "md"]);
export const MAX_IN_MEMORY_FILES = 15_000;

export async function score(ctx: Context, paths: string[], opts: ScoreOptions): Promise<number> {
  const rubric = rubricOption(opts.rubric);
  if (rubric && !rubric.ok) { reportUnusableRubric(ctx, rubric.file, rubric.diagnostics); return EXIT.usage; }
  const threshold = opts.failBelow === undefined ? undefined : parseThreshold(opts.failBelow);
  const { targets } = await checkedOutputs(opts); // mistakes in the output options, and reports that exist, are said before any work
  const { inputs, failures, documents } = await gatherInputs(ctx, paths);
  // Every file the run reads: those scored, those listed as not scored (a .yaml.txt to be renamed), the rubric.
  const read = [...inputs.map((i) => i.file), ...failures.map((f) => f.failure.file), ...(rubric?.ok ? [rubric.loaded.file] : [])];
  refuseOverwritingInputs(targets.flatMap((t) => (t.file ? [t.file] : [])), read);
  // These reports are made whole in memory (about 80 to 170 KB an agency, measured): above this many files they
  // would run out of it after the whole batch was scored. json, csv, xlsx and html are written as the agencies are read.
  const inMemory = targets.filter((t) => IN_MEMORY_FORMATS.has(t.format)).map((t) => t.format);
  if (inMemory.length > 0 && inputs.length > MAX_IN_MEMORY_FILES) throw new UsageError("rpt-too-many-for-format", { formats: inMemory.join(", "), count: inputs.length, limit: MAX_IN_MEMORY_FILES });
  // Stopped while scoring (Ctrl-C, a CI job's time limit: exit 130 or 143 and nothing else in its log), the
  // reports not written are said, an earlier run's files of those names being left as they were.
  const files = targets.flatMap((t) => (t.file ? [t.file] : []));
  const stopNote = files.length === 0 ? () => undefined : cleanUpOnInterrupt(() => sayMessage(ctx, "rpt-interrupted", { written: "–", pending: files.join(", ") }));
  try {
    const progress = progressLine(ctx, inputs.length);
    const { scoreSpooled } = await import("../../batch/pipeline.js");
    const batch = await scoreSpooled(inputs, { groupRanks: opts.groupRanks === true, earlier: failures, ...(rubric ? { rubric, rubricSpec: opts.rubric! } : {}), ...(progress ? { onProgress: progress } : {}) });
    try {
      return await finish(ctx, batch, opts, threshold, targets.map((t) => t.format), stopNote, documents);
    } finally {
      batch.dispose();
    }
  } finally {
    // Released however the run ends before its reports (a rubric refused, no agency file, the work folder failing):
    // left registered, it would speak of this run's reports at a later interrupt of the process.
    stopNote();
  }
}

/**
 * How much of each agency the reports asked for need read back from the spool: a large batch's terminal
 * table shows rankings only (10,000 agencies: 920 → 190 MB, 18 → 7 s with the table drawn in pieces); the
 * md of a batch, the ranking csv and an html above its indicator annex's limit show rankings and groups
 * (10,000 agencies, md: 811 MB, csv: 3.3 s putting back indicator facts no column showed); the rest, everything.
 */
function detailsRead(formats: string[], agencies: number, csvLayout: string): boolean | "groups" {
  const groupsOnly = (format: string) => (format === "md" && agencies > 1) || (format === "csv" && csvLayout !== "long") || (format === "html" && agencies > HTML_DETAIL_LIMIT);
  const need = (format: string) => (format === "table" ? (agencies <= TABLE_DETAIL_LIMIT ? 2 : 0) : groupsOnly(format) ? 1 : 2);
  const most = Math.max(0, ...formats.map(need));
  return most === 2 ? true : most === 1 ? "groups" : false;
}

/**
 * Whether the report made in memory needs every finding of the files not scored: the terminal table and the md
 * show a file's first error only; the html lists them all, and so do the json and xlsx made from it when small.
 */
function wholeFindingsRead(formats: string[], streamed: boolean): boolean {
  return formats.some((f) => f === "html" || (!streamed && (f === "json" || f === "xlsx")));
}

/**
 * `stopNote` released as the reports begin: emitReport says from then on which are written. `documents`: the Word
 * and Excel files of the folders, said on standard error as they were found, listed in the reports that leaders read.
 */
async function finish(ctx: Context, batch: SpooledBatch, opts: ScoreOptions, threshold: Threshold | undefined, formats: string[], stopNote: () => void, documents: readonly SkippedFile[]): Promise<number> {
  if (batch.crashed > 0) sayMessage(ctx, "worker-crashed", { count: batch.crashed });
  if (batch.rubricFailures.length > 0) {
    for (const f of batch.rubricFailures) reportUnusableRubric(ctx, f.file, f.diagnostics);
    return EXIT.usage;
  }
  reportSkipped(ctx, batch.skipped);
  reportSameFiles(ctx, batch.duplicates);
  reportIdenticalCopies(ctx, batch.failures);
  requireAgencyFiles(batch.skipped.length, batch.failures.length + batch.sections.reduce((n, s) => n + s.entries.length, 0));
  // Each file's findings read back from the spool as they are shown, the event loop given a turn now and then:
  // a Ctrl-C during the listing of thousands of files was heard only at its end.
  const turn = listingPace(ctx);
  for (const f of batch.failures) {
    for (const d of batch.findings(f).diagnostics) showDiagnostic(ctx, d);
    await turn();
  }
  if (!ctx.quiet) {
    for (const s of batch.sections) {
      for (const e of s.entries) {
        // Its own warnings, or one the batch found (one agency under two ids).
        if (e.warned === undefined && e.alike === undefined) continue;
        for (const d of batch.warnings(e, true)) showDiagnostic(ctx, d);
        await turn();
      }
    }
    // Agencies of different years ranked together (a file of last year's batch left in the folder).
    for (const s of batch.sections) {
      if (s.periods.size < 2) continue;
      const periods = periodCounts(s.periods, ctx.lang, (period) => terminalSafe(period, true));
      sayMessage(ctx, "mixed-periods", { rubric: `${s.rubric.rubric.id} ${s.rubric.rubric.version}`, periods }, ctx.colorErr.yellow);
    }
    // Ranks per group asked of an agency alone (in the batch, or in its cohort): every group is 1 of 1.
    if (opts.groupRanks) sayGroupRanksAlone(ctx, batch.sections);
    sayUndeclaredLanguage(ctx, batch.sections.map((s) => s.rubric.rubric));
  }

  const { jsonSections, materializeReport, rankedSpooledSections, reportFrame, spooledNames } = await import("../../batch/spooled-report.js");
  const { writtenOnOneLine, jsonChunks } = await import("../../report/json.js");
  const agencies = batch.sections.reduce((n, s) => n + s.entries.length, 0);
  const streamed = writtenOnOneLine(agencies, batch.failures.length);
  const details = detailsRead(formats, agencies, opts.csvLayout ?? "ranking");
  const reportOptions = { tool: ctx.tool, now: reportTime(ctx), showPath: (file: string) => displayPath(ctx.io.cwd, file), groupRanks: opts.groupRanks === true, details, passedOver: documents, ...(wholeFindingsRead(formats, streamed) ? {} : { notScored: "headline" as const }) };
  stopNote();
  await emitReport(ctx, {
    report: () => materializeReport(batch, reportOptions),
    // A large batch's json and csv are written as the agencies are read from the spool, never whole in memory.
    ...(streamed ? { jsonChunks: () => jsonChunks(reportFrame(batch, reportOptions), jsonSections(batch, reportOptions)), ranked: () => ({ frame: reportFrame(batch, reportOptions), sections: rankedSpooledSections(batch, reportOptions), scratch: batch.scratch }) } : {}),
  }, opts);
  // Points above a rubric's whole scale fail every agency of it: said, as a percentage would not.
  if (threshold?.kind === "points") {
    for (const s of batch.sections) {
      const { id, scale } = s.rubric.rubric;
      // "with several rubrics, give a percentage" told a run of one rubric of a case it is not.
      const aboveScale = batch.sections.length > 1 ? "threshold-above-scale" : "threshold-above-scale-one";
      if (threshold.value > scale) sayMessage(ctx, aboveScale, { threshold: shownThreshold(threshold, ctx.lang), rubric: id, scale }, ctx.colorErr.yellow);
      // 0.8 typed for 80 % (a share, as a spreadsheet keeps it) passes every agency silently: said, with the percentage to write.
      else if (threshold.value > 0 && threshold.value < 1 && scale >= 10) {
        const percent = shownThreshold({ kind: "points", value: 0, digits: String(Number((threshold.value * 100).toFixed(10))) }, ctx.lang);
        // The option as typed (0.8 stays 0.8 in Vietnamese: it was shown as 0,8, not what the user wrote), the points in the reader's way.
        sayMessage(ctx, "threshold-looks-like-share", { typed: opts.failBelow!.trim(), threshold: shownThreshold(threshold, ctx.lang), rubric: id, scale, percent }, ctx.colorErr.yellow);
      }
    }
  }
  const below = threshold ? belowThreshold(batch, threshold, ctx.lang, (s) => spooledNames(batch, s)) : [];
  // "; " between agencies: a name may hold a comma.
  if (below.length > 0) sayMessage(ctx, "below-threshold", { threshold: shownThreshold(threshold!, ctx.lang), agencies: below.join("; ") }, ctx.colorErr.red);
  return batch.failures.length > 0 || below.length > 0 ? EXIT.invalid : EXIT.ok;
}

type Threshold = { kind: "points" | "percent"; value: number; digits: string };

/** `--fail-below 800` (points) or `--fail-below 80%` (percent of the scale); a decimal comma is read as Vietnamese writes it. */
function parseThreshold(text: string): Threshold {
  const match = /^\s*([^%]*?)\s*(%?)\s*$/.exec(text);
  // "50%%", "%50": no reading, said as such (it was an internal error).
  if (!match) throw new UsageError("bad-threshold", { value: text });
  const percent = match[2] === "%";
  // A percentage above 100 is no reading: 1.000% is 1 %.
  const value = decimalOption("--fail-below", match[1]!, { largest: percent ? 100 : Infinity });
  if (value === undefined) throw new UsageError("bad-threshold", { value: text });
  const threshold: Threshold = { kind: percent ? "percent" : "points", value, digits: String(value) };
  // Every agency would fail: a slip of the keyboard, not a threshold.
  if (threshold.kind === "percent" && threshold.value > 100) throw new UsageError("bad-threshold-percent", { value: text });
  return threshold;
}

/** The threshold in the tool's form: the user's decimal sign, a space before % as every percentage the tool writes ("50 %", typed 50%). */
function shownThreshold(threshold: Threshold, lang: Lang): string {
  return (lang === "vi" ? threshold.digits.replace(".", ",") : threshold.digits) + (threshold.kind === "percent" ? " %" : "");
}

/** Agencies named under a failed threshold, lowest first: a batch of thousands is a count and the worst, not a wall of text. */
const BELOW_LISTED = 20;

/**
 * Agencies whose final score (verified where given) is below the threshold, named as the ranking names them (the
 * name, and the id of one whose name another agency of the ranking has), with the score that put them
 * there (and their rubric, when the run holds several). A percentage is compared exactly, as the bands compare it; the reports cut it to two decimals, so
 * that 799.96 of 1000 reads 79.99 %, below 80 %.
 */
function belowThreshold(batch: SpooledBatch, threshold: Threshold, lang: Lang, namesOf: (section: SpooledSection) => { name: string; id: string }[]): string[] {
  // With several rubrics, each agency's is named: an id may be used under two of them (a department and a commune), two agencies.
  const several = batch.sections.length > 1;
  const below = batch.sections.flatMap((s) => {
    const { id: rubricId, scale, rounding } = s.rubric.rubric;
    // A provisional total marked as the ranking marks it ("816,14 †"): the threshold may pass once the cohort is scored together.
    const points = (n: number, provisional?: true) => formatPoints(n, rounding.decimals, lang) + (provisional ? ` ${PROVISIONAL_MARK}` : "");
    const failing = s.entries.flatMap((e, i) => (reaches(threshold.kind === "percent" ? (e.total / scale) * 100 : e.total, threshold.value) ? [] : [i]));
    // Names read from the spool only for a ranking with an agency below: a batch that passes reads none.
    const names = failing.length > 0 ? namesOf(s) : [];
    const namesakes = namesakeIds(names);
    return failing
      .map((i) => {
        const e = s.entries[i]!;
        const name = terminalSafe(names[i]!.name, true);
        // The percentage cut, not rounded, as every report gives it: 56.996 % below 57 % reads 56.99, never 57.00.
        const percent = formatPercent(e.total, scale, lang);
        const score = (threshold.kind === "percent" ? `${points(e.total, e.provisional)} / ${formatMax(scale, rounding.decimals, lang)}, ${percent}` : points(e.total, e.provisional)) + (e.verified ? `, ${message(lang, "rpt-verified-basis")}` : "") +
          // Said in words too: with -o the terminal holds no ranking whose legend explains the †.
          (e.provisional ? `, ${message(lang, "rpt-provisional-basis")}` : "");
        // A namesake's id goes in the bracket after its name, as the ranking writes it, the score after a colon (as the
        // incomplete files are listed): "Name (id) (score)" read as two asides, the second of no one's.
        const text = namesakes.has(e.id) ? `${name} (${terminalSafe(e.id, true)}${several ? `, ${rubricId}` : ""}): ${score}` : `${name} (${several ? `${rubricId}: ` : ""}${score})`;
        return { share: e.total / scale, id: e.id, name: names[i]!.name, text };
      });
  });
  // Lowest first however many (a short list was in file order): the collector calls the furthest below first.
  // Equal shares in the ranking's order (by name as Vietnamese sorts it, then id): the two lists name tied agencies alike.
  const lowest = [...below].sort((a, b) => a.share - b.share || byName(a, b)).map((b) => b.text);
  if (lowest.length <= BELOW_LISTED) return lowest;
  return [...lowest.slice(0, BELOW_LISTED), message(lang, "below-threshold-more", { count: below.length - BELOW_LISTED })];
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
