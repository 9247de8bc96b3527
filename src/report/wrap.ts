import { stripVTControlCharacters } from "node:util";
import { wrapWords } from "./wrap-words.js";

// Kept apart, with no node: import, so the pure explain formatter can wrap its cells too.
export { wrapWords };

/** The width lines are wrapped to on a terminal `columns` wide: one less (a line that fills the last column makes some terminals add an empty one); none below 20. */
export function wrapWidth(columns: number | undefined): number | undefined {
  return columns !== undefined && columns >= 20 ? columns - 1 : undefined;
}

/**
 * Text for a terminal `columns` wide, each of its lines wrapped at spaces (the terminal would cut words at
 * its edge) and continued two columns under its start; as it is when the width is not known (a pipe) or
 * too small to wrap to. `keep`: lines left as they are (a table's rows, fitted to the width already).
 */
export function wrapForTerminal(text: string, columns: number | undefined, keep: (line: string) => boolean = () => false, whole: string[] = []): string {
  const width = wrapWidth(columns);
  if (width === undefined) return text;
  return text.split("\n").flatMap((line) => (keep(line) ? [line] : wrapWords(line, width, `${/^ */.exec(stripVTControlCharacters(line))![0]}  `, whole))).join("\n");
}

/** A line of a drawn table (its borders), which wrapping would break apart. */
export function isTableLine(line: string): boolean {
  return /^\s*[┌│├└┬┴┼─╭╰║═╔╚╠]/.test(stripVTControlCharacters(line));
}
