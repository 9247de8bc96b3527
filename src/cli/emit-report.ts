import { createWriteStream, existsSync } from "node:fs";
import path from "node:path";
import { deviceNameHere } from "../io/windows-names.js";
import { fileKey } from "../io/file-key.js";
import { cleanUpOnInterrupt } from "../io/interrupt-cleanup.js";
import { checkFolderWritable, makeFolder } from "../io/output-folder.js";
import { checkTarget, FileExistsError, WriteRefusedError, writeAtomicAsync, writeChunksAtomic, writeFileAtomic } from "../io/write-atomic.js";
import type { CsvLayout } from "../report/csv.js";
import type { RankedReport } from "../report/ranked.js";
import type { JsonChunk } from "../report/json.js";
import type { ScoreReport } from "../report/report.js";
import type { Context } from "./context.js";
import { UsageError } from "./errors.js";
import { formatOfFile } from "./format-of-file.js";
import { csvSepOption } from "./csv-sep-option.js";
import { sayMessage } from "./say.js";
import { spelledOnDisk } from "../io/spelled-on-disk.js";

/** Output options of `score`: which formats, and where they go. */
export interface OutputOptions {
  /** Comma-separated formats (`table,json`); default: from the -o extensions, else table. */
  format?: string;
  /** Files to write; the format comes from the extension unless --format names one. */
  output?: string[];
  outputDir?: string;
  force?: boolean;
  csvSep?: string;
  csvLayout?: string;
}

const FORMATS = ["table", "json", "csv", "md", "html", "xlsx"] as const;
type Format = (typeof FORMATS)[number];

/** File extension written for each format (--output-dir), and the extensions recognised for -o. */
const EXTENSION: Record<Format, string> = { table: "txt", json: "json", csv: "csv", md: "md", html: "html", xlsx: "xlsx" };
const BY_EXTENSION: Record<string, Format> = { txt: "table", text: "table", json: "json", csv: "csv", md: "md", markdown: "md", html: "html", htm: "html", xlsx: "xlsx" };
const ALIASES: Record<string, Format> = { markdown: "md", text: "table", htm: "html" };

/** The base name of files written with --output-dir. */
const REPORT_BASENAME = "egov-score-report";

/** Formats written to --output-dir when no --format is given: every file format (the table is for terminals) not written by an -o. */
const DIR_DEFAULT: Format[] = ["json", "csv", "md", "html", "xlsx"];

interface Target { format: Format; file?: string }

/** Decide what goes where, before anything is rendered or written: every mistake is a usage error up front. */
export function planOutputs(opts: OutputOptions): Target[] {
  const formats: Format[] = [];
  for (const raw of (opts.format ?? "").split(",").map((f) => f.trim().toLowerCase()).filter(Boolean)) {
    const f = (ALIASES[raw] ?? raw) as Format;
    if (!FORMATS.includes(f)) throw new UsageError("unknown-format", { format: raw, formats: FORMATS.join(", ") });
    if (!formats.includes(f)) formats.push(f);
  }
  // `--format ""` or `--format ,` names no format: refused as explain's --format "" is, not taken for the default.
  if (opts.format !== undefined && formats.length === 0) throw new UsageError("unknown-format", { format: opts.format, formats: FORMATS.join(", ") });
  const targets: Target[] = [];
  // `-o -` is standard output, as `-` is standard input among the paths: the format then comes from --format.
  const dash = (opts.output ?? []).includes("-");
  if (dash && opts.outputDir !== undefined) throw new UsageError("rpt-dash-with-dir");
  for (const file of opts.output ?? []) {
    if (file === "-") continue;
    // As outputFile: the NFD spelling stored of a name typed NFC is that file, not a look-alike to make beside it.
    targets.push({ format: formatOfFile(file, BY_EXTENSION, formats.length === 1 ? formats[0] : undefined), file: spelledOnDisk(file, { anyCase: false }) });
  }
  const covered = new Set(targets.map((t) => t.format));
  let rest = formats.filter((f) => !covered.has(f));
  if (opts.outputDir !== undefined) {
    // Without --format the folder takes every file format an -o does not already write (docs/report-format.md).
    if (formats.length === 0) rest = DIR_DEFAULT.filter((f) => !covered.has(f));
    // A folder no report goes to would be made empty and the option silently ignored.
    if (rest.length === 0) throw new UsageError("rpt-dir-unused", { dir: opts.outputDir });
    const dir = spelledOnDisk(opts.outputDir, { anyCase: false });
    for (const format of rest) targets.push({ format, file: path.join(dir, `${REPORT_BASENAME}.${EXTENSION[format]}`) });
  } else {
    if (rest.length === 0 && (targets.length === 0 || dash)) rest = ["table"];
    if (rest.length > 1) throw new UsageError("rpt-several-to-stdout", { formats: rest.join(", ") });
    if (rest[0] === "xlsx") throw new UsageError("rpt-xlsx-needs-file");
    if (rest[0]) targets.push({ format: rest[0] });
  }
  // One file named twice: by the same path, or, existing, by two names (a link, a hard link, another case on a
  // disk that ignores it): with --force the later report replaced the earlier, both said written. Windows' own
  // disks ignore case for a file not made yet too.
  const seen = new Set<string>();
  for (const t of targets) {
    if (!t.file) continue;
    const resolved = path.resolve(t.file);
    const key = fileKey(t.file) ?? (process.platform === "win32" ? resolved.toLowerCase() : resolved);
    if (seen.has(key)) throw new UsageError("rpt-same-file", { file: t.file });
    seen.add(key);
  }
  return targets;
}

/** Render one format but xlsx (written as it is made, in emitReport). Every formatter but the table and json is imported only when asked for. */
async function renderFormat(ctx: Context, report: ScoreReport, format: Exclude<Format, "xlsx">, opts: { toFile: boolean; csvSep: string; csvLayout: CsvLayout }): Promise<string> {
  const lang = ctx.lang;
  switch (format) {
    case "table": return (await import("../report/table.js")).formatTable(report, lang, opts.toFile ? ctx.plain : ctx.colorOut, opts.toFile ? undefined : ctx.io.stdoutColumns);
    case "json": return (await import("../report/json.js")).formatJson(report);
    case "csv": return (await import("../report/csv.js")).formatCsv(report, { lang, sep: opts.csvSep, layout: opts.csvLayout });
    case "md": return (await import("../report/markdown.js")).formatMarkdown(report, { lang });
    case "html": return (await import("../report/html.js")).formatHtml(report, { lang });
  }
}

/** The report to write: made whole on demand; a large JSON report may instead be streamed in pieces. */
interface ReportSource {
  report: () => ScoreReport;
  /** One-line JSON in pieces, the same bytes formatJson would give; absent when the report is small. */
  jsonChunks?: () => Iterable<JsonChunk>;
  /**
   * The report's frame and its agencies in ranking order, read one at a time, for a csv, xlsx or html the same
   * as the report in memory gives; absent when the report is small.
   */
  ranked?: () => RankedReport;
}

/**
 * The output options, checked: usage mistakes, and report files that exist when --force is not given.
 * A command calls it before its work too, so that a long batch does not end in "file exists" (emitReport
 * checks again, for a file that appeared meanwhile).
 */
export async function checkedOutputs(opts: OutputOptions): Promise<{ targets: Target[]; csvSep: string; layout: CsvLayout; force: boolean }> {
  const targets = planOutputs(opts);
  const csvSep = await csvSepOption(opts.csvSep);
  const layout = opts.csvLayout ?? "ranking";
  if (layout !== "ranking" && layout !== "long") throw new UsageError("rpt-bad-csv-layout", { layout });
  const force = opts.force === true;
  // Said before any work about what is already there, and about folders no file can be written in (a
  // read-only disk, no permission): a long batch does not end with one report written and the next refused.
  // Writing checks again.
  // Every report file there is named at once: told only of the html, a collector gave --force and replaced
  // the csv, xlsx and md of an earlier run too (an xlsx annotated since, say) without having been told they were there.
  const existing: string[] = [];
  for (const t of targets) {
    if (!t.file) continue;
    if (deviceNameHere(t.file)) throw new WriteRefusedError(t.file, "reserved-name");
    if (existsSync(t.file)) {
      try { checkTarget(t.file, { force }); } catch (e) { if (e instanceof FileExistsError) existing.push(t.file); else throw e; }
    }
    checkFolderWritable(t.file);
  }
  if (existing.length > 0) throw new FileExistsError(existing[0]!, existing.slice(1));
  return { targets, csvSep, layout, force };
}

/**
 * Write the report in every requested format: at most one to stdout, the others atomically to files.
 * Existing files are never overwritten without --force, and that is checked for every file before any is written.
 * The command has called checkedOutputs before its work (score does), so a file found now was made meanwhile.
 */
export async function emitReport(ctx: Context, source: ReportSource, opts: OutputOptions): Promise<void> {
  const { targets, csvSep, layout, force } = await checkedOutputs(opts).catch((e: unknown) => { throw madeMeanwhile(e); });
  if (opts.outputDir !== undefined) makeFolder(spelledOnDisk(opts.outputDir, { anyCase: false }));

  let report: ScoreReport | undefined;
  // Stopped between reports (Ctrl-C), the files written and those not are said: with --force over an earlier
  // run, the new html beside the old xlsx would otherwise go out as one set; one report stopped is said too.
  const files = targets.flatMap((t) => (t.file ? [t.file] : []));
  const written: string[] = [];
  const sayPending = () => {
    const pending = files.filter((f) => !written.includes(f));
    if (pending.length > 0) sayMessage(ctx, "rpt-interrupted", { written: written.join(", ") || "–", pending: pending.join(", ") });
  };
  const release = files.length === 0 ? () => undefined : cleanUpOnInterrupt(sayPending);
  try {
    for (const target of targets) {
      // Scoring a small batch and writing a report are done in one go: a Ctrl-C meanwhile is handled here,
      // before the next report is begun (imports between them give the event loop no turn).
      await new Promise((resolve) => setImmediate(resolve));
      if (target.format === "xlsx") {
        // planOutputs sends xlsx to a file only.
        if (!target.file) throw new UsageError("rpt-xlsx-needs-file");
        const { writeXlsx } = await import("../report/xlsx.js");
        const workbook = source.ranked ? source.ranked() : (await import("../report/ranked.js")).rankedReport((report ??= source.report()));
        makeFolder(path.dirname(target.file));
        await writeAtomicAsync(target.file, (temp) => writeXlsx(createWriteStream(temp, { flags: "wx" }), workbook, { lang: ctx.lang }), { force });
        written.push(target.file);
        if (!ctx.quiet) sayMessage(ctx, "rpt-written", { file: target.file, format: target.format });
        continue;
      }
      const streamed = target.format === "json" && source.jsonChunks ? source.jsonChunks()
        : target.format === "csv" && source.ranked ? (await import("../report/csv.js")).csvLines(source.ranked().sections, { lang: ctx.lang, sep: csvSep, layout })
        : target.format === "html" && source.ranked ? (await import("../report/html.js")).htmlChunks(source.ranked(), { lang: ctx.lang })
        : undefined;
      const content = streamed ?? await renderFormat(ctx, (report ??= source.report()), target.format, { toFile: target.file !== undefined, csvSep, csvLayout: layout });
      if (!target.file) {
        if (typeof content === "string") ctx.io.stdout(content);
        else {
          // As bytes where the output takes them: a pipe's reader is waited for (see pipe-writes.ts).
          const write = ctx.io.stdoutBytes ?? ((bytes: Uint8Array) => ctx.io.stdout(Buffer.from(bytes).toString("utf8")));
          for (const chunk of batched(content)) {
            write(chunk);
            await ctx.io.drained?.("stdout");
          }
        }
        continue;
      }
      makeFolder(path.dirname(target.file));
      if (typeof content === "string") writeFileAtomic(target.file, content, { force });
      else writeChunksAtomic(target.file, content, { force }); // gathered into large writes there
      written.push(target.file);
      if (!ctx.quiet) sayMessage(ctx, "rpt-written", { file: target.file, format: target.format });
      // Excel on a Windows set for Vietnamese splits a row at ';' and reads 89,52 as a number: a comma csv opens
      // there as one column. Said once, in Vietnamese only (the English locale reads this csv as it is).
      if (target.format === "csv" && csvSep === "," && ctx.lang === "vi" && !ctx.quiet) sayMessage(ctx, "rpt-csv-excel-vi");
    }
  } catch (e) {
    // A report refused after others were written (a full disk): said as an interruption is, or the earlier
    // run's file of that name would go out with the new ones as one set.
    if (written.length > 0) sayPending();
    throw madeMeanwhile(e);
  } finally {
    release();
  }
}

/**
 * The command checked its outputs before its work (score does, before reading a file): a report file without
 * --force that is there now was made by another program while the batch was scored, not missed by that check.
 */
function madeMeanwhile(e: unknown): unknown {
  return e instanceof FileExistsError ? new UsageError("output-made-meanwhile", { file: e.file }) : e;
}

/** Small pieces joined into writes of about 1 MB for standard output (pieces are whole strings or entries: no character is split). */
function* batched(chunks: Iterable<JsonChunk>): Generator<Buffer> {
  let parts: Uint8Array[] = [];
  let size = 0;
  for (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    parts.push(bytes);
    size += bytes.length;
    if (size >= 1 << 20) { yield Buffer.concat(parts); parts = []; size = 0; }
  }
  if (parts.length > 0) yield Buffer.concat(parts);
}
