import { fileWord, shellWord } from "../load/shell-word.js";
import { looksLikePath } from "./rubric-option.js";

export { shellWord };

/**
 * A file as a command we suggest names it, with the `--rubric PATH` it was used with: a rubric that is not
 * bundled is not found from the id the file names, and the suggestion would fail as written.
 */
export function commandArgs(file: string, rubricSpec?: string): string {
  // An option's value may begin with - (`--rubric -bo.yaml`): it stays.
  return fileWord(file) + rubricArg(rubricSpec);
}

/** " --rubric PATH" when the rubric was given as a file, else nothing (a bundled id is found from the file). */
export function rubricArg(rubricSpec?: string): string {
  return rubricSpec !== undefined && looksLikePath(rubricSpec) ? ` --rubric ${shellWord(rubricSpec)}` : "";
}

