/**
 * Text cut into lines of at most `width` letters at spaces (code points: a Vietnamese letter is one
 * column), each line after the first starting with `indent`. A word longer than a line (a path, a link)
 * stays whole on a line of its own, for the terminal to wrap: cut, it could not be copied. Text that fits
 * is given back as it is; runs of spaces inside a line are kept (a path may hold two).
 */
export function wrapWords(text: string, width: number, indent = ""): string[] {
  if (columnsOf(text) <= width) return [text];
  const lead = /^ */.exec(text)![0];
  const lines: string[] = [];
  let line = lead;
  let used = lead.length;
  let words = 0;
  // Split at each space: a run of spaces gives empty words, which join back into the same run.
  for (const word of text.slice(lead.length).split(" ")) {
    const length = columnsOf(word);
    const limit = Math.max(1, width - (lines.length === 0 ? 0 : columnsOf(indent)));
    // A percent sign stays with its number ("90 %", as the rubric writes it).
    if (words > 0 && used + 1 + length > limit && !word.startsWith("%")) {
      lines.push(line);
      line = "";
      used = 0;
      words = 0;
    }
    // The spaces where a line breaks are the break.
    if (words === 0 && length === 0 && lines.length > 0) continue;
    line += words === 0 ? word : ` ${word}`;
    used += (words === 0 ? 0 : 1) + length;
    words++;
  }
  lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}

/** Columns a text takes: a code point each (a Vietnamese letter is one), colour codes none. */
function columnsOf(text: string): number {
  return [...text.replace(COLOUR, "")].length;
}

const COLOUR = /\x1b\[[0-9;]*m/g;

/**
 * Text for a terminal `columns` wide, each of its lines wrapped at spaces (the terminal would cut words at
 * its edge) and continued two columns under its start; as it is when the width is not known (a pipe).
 * `keep`: lines left as they are (a table's rows, fitted to the width already).
 */
export function wrapForTerminal(text: string, columns: number | undefined, keep: (line: string) => boolean = () => false): string {
  if (!columns) return text;
  return text.split("\n").flatMap((line) => (keep(line) ? [line] : wrapWords(line, Math.max(40, columns - 1), `${/^ */.exec(line.replace(COLOUR, ""))![0]}  `))).join("\n");
}

/** A line of a drawn table (its borders), which wrapping would break apart. */
export function isTableLine(line: string): boolean {
  return /^\s*[┌│├└┬┴┼─╭╰║═╔╚╠]/.test(line.replace(COLOUR, ""));
}
