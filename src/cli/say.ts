import type { LocatedDiagnostic } from "../load/located.js";
import { message } from "../i18n/messages.js";
import { formatDiagnostic } from "../report/diagnostics.js";
import { wrapForTerminal } from "../report/wrap.js";
import type { Context } from "./context.js";
import type { Rubric } from "../core/rubric.js";
import { quotedUserTexts, withLangOption } from "../load/shell-word.js";

/** A file's finding on standard error, its sentences wrapped to the terminal (its code frame as the file has it). */
export function showDiagnostic(ctx: Context, d: LocatedDiagnostic): void {
  ctx.io.stderr(formatDiagnostic(d, ctx.lang, ctx.colorErr, ctx.io.stderrColumns, ctx.langOption) + "\n\n");
}

/**
 * Lines said on standard error, wrapped at spaces on a terminal; `whole`: texts never broken (a file's path with spaces).
 * The commands they suggest keep the --lang given (before wrapping, which then counts it); `keep`: the user's texts
 * quoted, left as they are (withLangOption).
 */
export function terminalLines(ctx: Context, whole: string[] = [], keep: string[] = whole): (text: string) => void {
  return (text) => ctx.io.stderr(wrapForTerminal(withLangOption(text, ctx.langOption, keep), ctx.io.stderrColumns, undefined, whole) + "\n");
}

/**
 * A message on standard error, wrapped at spaces on a terminal, the file paths among its values (they may
 * have spaces) never broken across lines; `paint` colours it.
 */
export function sayMessage(ctx: Context, key: string, params: Record<string, unknown> = {}, paint: (text: string) => string = (t) => t): void {
  // Paths only (a separator or an extension): a list or a name may break like any text.
  const whole = Object.values(params).filter((v): v is string => typeof v === "string" && /[\\/]|\.\w{2,5}$/.test(v));
  terminalLines(ctx, whole, quotedUserTexts(params))(paint(message(ctx.lang, key, params as Record<string, string | number>)));
}

/** Files whose findings are listed on standard error between two turns of the event loop. */
const LISTED_PER_TURN = 50;

/**
 * Awaited after each file of a long listing on standard error: a reader that stalled is waited for (see
 * pipe-writes.ts), and the event loop has a turn now and then, where a Ctrl-C is heard (it was heard only at the
 * end of a listing of thousands of files).
 */
export function listingPace(ctx: Context): () => Promise<void> {
  let listed = 0;
  return async () => {
    await ctx.io.drained?.("stderr");
    if (++listed % LISTED_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  };
}

/**
 * Said once per rubric, before output in a language the rubric does not declare (`languages: [vi]`, --lang en):
 * its texts are shown in its own language (see withUndeclaredTextsFilled), the tool's words in the one asked.
 */
export function sayUndeclaredLanguage(ctx: Context, rubrics: Rubric[]): void {
  if (ctx.quiet) return;
  const said = new Set<string>();
  for (const rubric of rubrics) {
    const declared = rubric.languages[0];
    if (declared === undefined || rubric.languages.includes(ctx.lang) || said.has(rubric.id)) continue;
    said.add(rubric.id);
    sayMessage(ctx, "rubric-language-fallback", { id: rubric.id, declared: message(ctx.lang, `language-name-${declared}`), languages: rubric.languages.join(", ") }, ctx.colorErr.yellow);
  }
}
