import type { ChalkInstance } from "chalk";
import type { Context } from "./context.js";
import { UsageError } from "./errors.js";
import { existsSync } from "node:fs";
import { checkFolderWritable, makeFolderFor } from "../io/output-folder.js";
import { checkTarget, writeChunksAtomic } from "../io/write-atomic.js";
import { refuseOverwritingInputs } from "./output-guard.js";
import { sayMessage } from "./say.js";
import { spelledOnDisk } from "../io/spelled-on-disk.js";

export interface OutputOptions { output?: string; force?: boolean }

/**
 * The file a report goes to: none for standard output (no -o, or `-o -` as score takes it). A name typed composed
 * (NFC) is the file stored decomposed (NFD, from a Mac's archive) when that is there: it was left in place, a
 * second file of the same visible name written beside it without a word of the one that exists.
 */
export function outputFile(opts: OutputOptions): string | undefined {
  return opts.output === undefined || opts.output === "" || opts.output === "-" ? undefined : spelledOnDisk(opts.output, { anyCase: false });
}

/**
 * Said before a command's work, as score says it: -o naming a file that exists without --force, or a place no file
 * can be written, rather than a long run (a corpus rescored twice) ending in "exists". emit checks again when writing.
 */
export function checkOutputFree(opts: OutputOptions): void {
  const file = outputFile(opts);
  if (!file) return;
  if (existsSync(file)) checkTarget(file, { force: opts.force === true });
  checkFolderWritable(file);
}

/** The colour for a report: none when it goes to a file. */
export function colorFor(ctx: Context, opts: OutputOptions, stream: "stdout" | "stderr"): ChalkInstance {
  if (outputFile(opts)) return ctx.plain;
  return stream === "stdout" ? ctx.colorOut : ctx.colorErr;
}

/**
 * A report goes to -o FILE (atomically, never over an existing file without --force nor over one of the files
 * the run `reads`, its folder made as score makes it, and said on standard error as score and explain say it)
 * or to its stream. `text` whole, or in pieces made as they are written (a large batch's findings, never whole
 * in memory).
 */
export async function emit(ctx: Context, text: string | Iterable<string>, opts: OutputOptions, stream: "stdout" | "stderr", format: string, reads: Iterable<string>): Promise<void> {
  const file = outputFile(opts);
  const pieces = typeof text === "string" ? [text] : text;
  if (!file) {
    const to = opts.output === "-" ? "stdout" : stream;
    // A reader that stalled is waited for between pieces, not given the rest in memory (see pipe-writes.ts).
    for (const piece of pieces) {
      ctx.io[to](piece);
      await ctx.io.drained?.(to);
    }
    return;
  }
  refuseOverwritingInputs([file], reads);
  makeFolderFor(file);
  writeChunksAtomic(file, pieces, { force: opts.force === true });
  if (!ctx.quiet) sayMessage(ctx, "rpt-written", { file, format });
}

export function checkFormat<T extends string>(format: string, formats: readonly T[]): T {
  if (!formats.includes(format as T)) throw new UsageError("unknown-format", { format, formats: formats.join(", ") });
  return format as T;
}
