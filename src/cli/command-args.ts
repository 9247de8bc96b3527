import { looksLikePath } from "./rubric-option.js";

/**
 * A file as a command we suggest names it, with the `--rubric PATH` it was used with: a rubric that is not
 * bundled is not found from the id the file names, and the suggestion would fail as written.
 */
export function commandArgs(file: string, rubricSpec?: string): string {
  return shellWord(file) + rubricArg(rubricSpec);
}

/** " --rubric PATH" when the rubric was given as a file, else nothing (a bundled id is found from the file). */
export function rubricArg(rubricSpec?: string): string {
  return rubricSpec !== undefined && looksLikePath(rubricSpec) ? ` --rubric ${shellWord(rubricSpec)}` : "";
}

/** A word as typed at a shell: in double quotes when it holds anything but letters, digits and path signs. */
function shellWord(word: string): string {
  return /^[\p{L}\p{M}\p{N}_@%+=:,./\\-]+$/u.test(word) ? word : `"${word}"`;
}
