import path from "node:path";
import { UsageError } from "./errors.js";

/**
 * The format a command writes: `--format` when given; else the one the `-o` file's extension names, as
 * `score -o` reads it (a file whose extension names none is refused rather than filled with another
 * format); else the command's default.
 */
export function formatOf(opts: { format?: string; output?: string }, byExtension: Readonly<Record<string, string>>, fallback: string): string {
  if (opts.format !== undefined) return opts.format;
  if (opts.output === undefined || opts.output === "-") return fallback;
  return formatOfFile(opts.output, byExtension);
}

/** The format a file's extension names; a file whose extension names none is a usage error, `otherwise` aside. */
export function formatOfFile<F extends string>(file: string, byExtension: Readonly<Record<string, F>>, otherwise?: F): F {
  const format = byExtension[path.extname(file).slice(1).toLowerCase()] ?? otherwise;
  if (format === undefined) throw new UsageError("rpt-format-unknown-for-file", { file, formats: Object.keys(byExtension).map((e) => "." + e).join(", ") });
  return format;
}
