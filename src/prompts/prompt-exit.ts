/** The error a prompt throws when the user presses Ctrl-C or Ctrl-D (or the terminal closes). Apart from ask.ts: told without loading inquirer. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");
}
