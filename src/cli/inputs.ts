import path from "node:path";
import { expandPaths } from "../batch/expand-paths.js";
import type { FileFailure } from "../batch/score-files.js";
import { withFrame } from "../load/located.js";
import { textOf } from "../load/read.js";
import type { Context } from "./context.js";
import { UsageError } from "./errors.js";
import { message } from "../i18n/messages.js";

export const STDIN_NAME = "<stdin>";

/** Command-line paths → files to read (folders expanded, `-` read from standard input). */
export async function gatherInputs(ctx: Context, paths: string[]): Promise<{ inputs: { file: string; text?: string; walked?: boolean }[]; failures: FileFailure[] }> {
  const failures: FileFailure[] = [];
  const inputs: { file: string; text?: string; walked?: boolean }[] = [];
  const named = paths.filter((p) => p !== "-");
  const { files, missing, walked, repeated } = expandPaths(named);
  if (missing.length > 0) throw new UsageError("path-missing", { path: missing.join(", ") });
  if (!ctx.quiet) for (const [file, first] of repeated) ctx.io.stderr(message(ctx.lang, "same-file", { file, first }) + "\n");
  if (paths.includes("-")) {
    const read = textOf(await ctx.io.readStdin());
    if (read.ok) inputs.push({ file: STDIN_NAME, text: read.text });
    else failures.push({ file: STDIN_NAME, diagnostics: read.diagnostics.map((d) => withFrame(d, STDIN_NAME, undefined)) });
  }
  // One by one: spreading 130,000 files into push() overflows the stack.
  for (const file of files) inputs.push(walked.has(file) ? { file, walked: true } : { file });
  if (inputs.length === 0 && failures.length === 0) throw new UsageError("no-files");
  return { inputs, failures };
}

/** Paths in reports: relative to the working folder when inside it, so reports do not depend on where a clone lives. */
export function displayPath(cwd: string, file: string): string {
  if (file === STDIN_NAME || !path.isAbsolute(file)) return file;
  const relative = path.relative(cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}

/** YAML files a folder brought in that are not agency files (a CI workflow, a note): said, not hidden. */
export function reportSkipped(ctx: Context, files: string[]): void {
  if (ctx.quiet) return;
  for (const file of files) ctx.io.stderr(message(ctx.lang, "skipped-foreign", { file }) + "\n");
}
