import { showsNothing } from "../core/unicode.js";

/** The error a prompt throws when the user presses Ctrl-C or Ctrl-D (or the terminal closes). Apart from ask.ts: told without loading inquirer. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");
}

/** The line a text question held when Ctrl-C stopped it, carried on the prompt's error (a note half typed). */
export function lineAtExit(error: unknown): string | undefined {
  const line = isPromptExit(error) ? (error as { lineAtExit?: unknown }).lineAtExit : undefined;
  return typeof line === "string" && !showsNothing(line) ? line : undefined;
}

/** The prompt's error, carrying the line typed at it (see lineAtExit). */
export function withLineAtExit(error: unknown, line: string): unknown {
  if (isPromptExit(error)) Object.assign(error as object, { lineAtExit: line });
  return error;
}
