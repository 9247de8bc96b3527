import type { LocatedDiagnostic } from "../load/located.js";
import { formatDiagnostic } from "../report/diagnostics.js";
import { wrapForTerminal } from "../report/wrap.js";
import type { Context } from "./context.js";

/** A file's finding on standard error, its sentences wrapped to the terminal (its code frame as the file has it). */
export function showDiagnostic(ctx: Context, d: LocatedDiagnostic): void {
  ctx.io.stderr(formatDiagnostic(d, ctx.lang, ctx.colorErr, ctx.io.stderrColumns) + "\n\n");
}

/** Lines said on standard error, wrapped at spaces on a terminal. */
export function terminalLines(ctx: Context): (text: string) => void {
  return (text) => ctx.io.stderr(wrapForTerminal(text, ctx.io.stderrColumns) + "\n");
}
